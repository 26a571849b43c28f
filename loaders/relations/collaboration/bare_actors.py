"""'polis och kommun', 'kommun, polis och utlämningsställen': the bare nouns stand for the Police
Authority and the document's municipality where they are coordinated with another actor."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from graph.model import EntityType as E
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT

__all__ = ["bare_actors", "document_municipality"]

_BARE = re.compile(r"\b(?P<police>[Pp]olis)\b|\b(?P<municipal>[Kk]ommun)\b")
_GATE = re.compile(r"\b(?:[Pp]olis|[Kk]ommun)\b")
# Between two coordinated actors.
_COORDINATION = re.compile(r"\s*(?:,|och|samt|&|/|,\s*och)\s*|\s+tillsammans\s+med\s+|\s+med\s+")
# An article or a determiner makes the noun a person or one municipality among many.
_DETERMINED = re.compile(
    r"\b(?:en|ett|varje|någon|ingen|annan|egen|vilken|per|som|till|av|varannan)\s+\Z", re.I
)


def document_municipality(mentions: Sequence[Mention]) -> Mention | None:
    """The one municipality a document names (none where it names several)."""
    counts = Counter(m.canonical for m in mentions if m.type == E.MUNICIPALITY)
    if len(counts) != 1:
        return None
    best = counts.most_common(1)[0][0]
    return next(m for m in mentions if m.type == E.MUNICIPALITY and m.canonical == best)


def bare_actors(
    text: str, offset: int, mentions: Sequence[Mention], municipality: Mention | None
) -> list[Mention]:
    """Mentions for bare 'polis'/'kommun' in sentence ``text`` (at ``offset``) coordinated with an actor."""
    if not _GATE.search(text):
        return []
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    bare: list[tuple[int, int, Mention]] = []
    for match in _BARE.finditer(text):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken) or _DETERMINED.search(
            text, max(0, start - 12), start
        ):
            continue
        if match.group("police"):
            mention = Mention(
                offset + start, offset + end, match.group(0), E.POLICE_UNIT, POLICE_ROOT, rule="bare"
            )
        elif municipality is not None:
            mention = Mention(
                offset + start,
                offset + end,
                match.group(0),
                E.MUNICIPALITY,
                municipality.canonical,
                rule="bare",
            )
        else:
            continue
        bare.append((start, end, mention))
    spans = sorted([*taken, *((s, e) for s, e, _ in bare)])
    out = []
    for start, end, mention in bare:
        if any(_COORDINATION.fullmatch(text, b, start) for a, b in spans if b <= start) or any(
            _COORDINATION.fullmatch(text, end, a) for a, b in spans if a >= end
        ):
            out.append(mention)
    return out
