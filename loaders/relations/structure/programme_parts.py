"""Initiatives inside larger programmes, as one sentence says it.

- 'A och B är en del av / en del i / ett led i / ingår i (Polisens) C': each of A and B is PART_OF C,
  also when a genitive owner stands before C.
- 'A genomförs inom ramen för C', 'A, som är en del av C': the same, with a verb or a relative clause.
- 'Inom ramen för C genomförs A och B', 'Inom satsningen C ordnas A och B': the initiatives a
  sentence opened by 'inom (ramen för) C' names after it.
- 'C, där bland annat A och B ingår': the initiatives a relative 'där ... ingår' lists.
- 'A är ett av fokusområdena i C', 'En av åtgärderna i C är A': one of the parts a whole counts.
- 'I C ingår A och B', 'C omfattar / innehåller / består av A och B': the initiatives listed
  after the verb.
- 'A, B och C hör till de sju åtgärder som parterna har lovat': measures counted among
  the promises are PART_OF the pact (medborgarlöfte, samverkansöverenskommelse) the document
  names, when it names one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.descriptors import DESCRIPTOR
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.pacts import pacts_and_signatories

_CONFIDENCE = 0.7
_ADVERB = r"(?:(?:också|även|därmed|alltså|nu|redan|därför|numera|fortfarande|bland\s+annat)\s+)?"
# Between a part and its whole; the whole may follow a genitive owner ('Polisens').
_PART_OF = re.compile(
    r"\s*,?\s*(?:som\s+)?(?:(?:är|utgör|blir|var|blev|har\s+blivit)\s+"
    + _ADVERB
    + r"(?:en\s+(?:\w+\s+)?del\s+(?:av|i)"
    r"|ett\s+(?:\w+\s+)?led\s+i)"
    r"|(?:ingår|ingick|ingått)\s+" + _ADVERB + r"i"
    r"|(?:är|utgör|blir|var)\s+"
    + _ADVERB
    + r"(?:ett|en)\s+av\s+(?:de\s+)?(?:\w+\s+)?\w+(?:na|erna|arna)\s+(?:i|inom)"
    r"|(?:\w+\s+){0,3}?inom\s+ramen\s+för"
    r"|(?:\w+\s+){0,2}?som\s+(?:en\s+)?(?:\w+\s+)?del\s+(?:av|i)"  # 'som en naturlig del av'
    r"|(?:\w+\s+){0,2}?som\s+ett\s+led\s+i)"
    r"\s+(?:(?:den|det|de|en|ett)\s+)?(?:\S+s\s+)?(?:" + DESCRIPTOR + r")?$",
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"^\W*(?:inom\s+ramen\s+för|inom|som\s+(?:en\s+)?(?:\w+\s+)?del\s+(?:av|i)|som\s+ett\s+(?:\w+\s+)?led\s+i)\s+"
    r"(?:(?:arbetet|satsningen|projektet|insatsen)\s+(?:med|mot|för|kring)\s+)?(?:(?:den|det|de)\s+)?(?:\S+s\s+)?"
    r"(?:" + DESCRIPTOR + r")?$",
    re.IGNORECASE,
)
_FRONTED_WHOLE = re.compile(
    r"^\W*i\s+(?:(?:den|det|de)\s+)?(?:\S+s\s+)?(?:" + DESCRIPTOR + r")?$", re.IGNORECASE
)
_INCLUDES_NEXT = re.compile(
    r"^\s+(?:ingår|ingick|finns|fanns|ryms)\s+" + _ADVERB + r"(?:\S+\s+){0,2}?$", re.IGNORECASE
)
_CONTAINS = re.compile(
    r"^\s+(?:omfattar|omfattade|innehåller|innehöll|innefattar|inkluderar|består\s+av|bestod\s+av|rymmer)\s+"
    + _ADVERB
    + r"(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)
# 'En av åtgärderna i X är A (och B)': the whole named inside the subject, the parts after 'är'.
_ONE_OF_BEFORE = re.compile(
    r"^\W*(?:en|ett|två|tre|fyra|fem|några)\s+av\s+(?:de\s+)?(?:\w+\s+)?(?:åtgärd|insats|aktivitet|del|fokusområde"
    r"|löfte|punkt|satsning)\w*\s+(?:i|inom)\s+(?:(?:den|det|de)\s+)?(?:\S+s\s+)?$",
    re.IGNORECASE,
)
_ONE_OF_VERB = re.compile(r"^\s+(?:är|var|blir)\s+" + _ADVERB + r"(?:att\s+\w+\s+)?$", re.IGNORECASE)
_WHERE_LISTED = re.compile(r"^\s*,\s*där\s+" + _ADVERB + r"$", re.IGNORECASE)
_INCLUDED = re.compile(r"^\s*(?:ingår|ingick|finns\s+med)\b", re.IGNORECASE)
_LIST = re.compile(r"^\s*(?:,|och|samt|liksom)\s*(?:och\s+)?$")
_MAX_GAP = 80
# Between two initiatives of a list, maybe past items that are no initiative of their own ('A, fler
# nattvandrare och B').
_LIST_ITEMS = re.compile(
    r"^\s*(?:,|och|samt|liksom)\s*(?:och\s+)?$|^\s*,\s*[\w\s-]{1,50}?(?:,|\soch|\ssamt)\s+$"
)
# The rest of a list of measures up to its verb: more items, commas and 'och', no clause of its own.
_LIST_REST = re.compile(r"[^.;:!?()]*")
_MAX_LIST = 120
_AMONG_MEASURES = re.compile(
    r"\s(?:är|var|blir)\s+" + _ADVERB + r"(?:några|ett\s+par|en|ett|två|tre|fyra|fem)\s+av\s+(?:de|dem)?\s*"
    r"(?:\S+\s+){0,3}?(?:åtgärder|åtgärderna|aktiviteter|aktiviteterna|insatser|insatserna|löften|löftena)\b",
    re.IGNORECASE,
)


def programme_parts(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PART_OF) for each initiative a sentence puts inside another."""
    pact: Mention | None = None
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        initiatives = [m for m in mentions if m.type == E.INITIATIVE]
        text, offset = sentence.text, sentence.start
        found = list(_pairs(text, offset, mentions, initiatives)) if len(initiatives) > 1 else []
        if initiatives and _AMONG_MEASURES.search(text):
            pact = pact or _the_pact(context)
            if pact is not None:
                found += [(part, pact) for part in _counted(text, offset, initiatives)]
        for part, whole in found:
            if part.canonical != whole.canonical:
                yield i, FoundRelation(part, whole, R.PART_OF, _CONFIDENCE)


def _the_pact(context: RelationContext) -> Mention | None:
    """The one pact the document names."""
    pacts = {p.canonical: p for p in pacts_and_signatories(context)[0]}
    return next(iter(pacts.values())) if len(pacts) == 1 else None


def _counted(text: str, offset: int, initiatives: list[Mention]) -> list[Mention]:
    """The initiatives of the list that stands before 'är några av de åtgärder'."""
    cue = _AMONG_MEASURES.search(text)
    if cue is None:
        return []
    return [
        m
        for m in initiatives
        if m.end - offset <= cue.start()
        and cue.start() - (m.end - offset) <= _MAX_LIST
        and _LIST_REST.fullmatch(text[m.end - offset : cue.start()])
    ]


def _between(text: str, offset: int, a: Mention, b: Mention) -> str:
    return text[a.end - offset : b.start - offset]


def _listed_before(text: str, offset: int, initiatives: list[Mention], k: int) -> list[Mention]:
    """The initiative at ``k`` and those listed right before it ('A, B och C')."""
    members = [initiatives[k]]
    while k > 0 and _LIST.match(_between(text, offset, initiatives[k - 1], initiatives[k])):
        k -= 1
        members.insert(0, initiatives[k])
    return members


def _listed_after(text: str, offset: int, initiatives: list[Mention], k: int) -> list[Mention]:
    members = [initiatives[k]]
    while k + 1 < len(initiatives) and _LIST_ITEMS.match(
        _between(text, offset, initiatives[k], initiatives[k + 1])
    ):
        k += 1
        members.append(initiatives[k])
    return members


def _others_between(mentions: list[Mention], a: Mention, b: Mention) -> bool:
    """Whether an actor other than a genitive owner stands between two initiatives."""
    inside = [m for m in mentions if a.end <= m.start and m.end <= b.start]
    return any(m.type == E.INITIATIVE for m in inside) or len(inside) > 1


def _pairs(
    text: str, offset: int, mentions: list[Mention], initiatives: list[Mention]
) -> Iterator[tuple[Mention, Mention]]:
    for k in range(len(initiatives) - 1):
        part, whole = initiatives[k], initiatives[k + 1]
        between = _between(text, offset, part, whole)
        if (
            len(between) <= _MAX_GAP
            and _PART_OF.fullmatch(between)
            and not _others_between(mentions, part, whole)
        ):
            for member in _listed_before(text, offset, initiatives, k):
                yield member, whole
    first = initiatives[0]
    if _FRAME.match(text[: first.start - offset]):
        for part in initiatives[1:]:
            yield part, first
    for k in range(len(initiatives) - 1):
        whole, first_part = initiatives[k], initiatives[k + 1]
        between = _between(text, offset, whole, first_part)
        fronted = (
            k == 0 and _FRONTED_WHOLE.match(text[: whole.start - offset]) and _INCLUDES_NEXT.match(between)
        )
        if (fronted or _CONTAINS.match(between)) and not _others_between(mentions, whole, first_part):
            for member in _listed_after(text, offset, initiatives, k + 1):
                yield member, whole
    if (
        len(initiatives) > 1
        and _ONE_OF_BEFORE.match(text[: first.start - offset])
        and _ONE_OF_VERB.match(_between(text, offset, first, initiatives[1]))
    ):
        for part in _listed_after(text, offset, initiatives, 1):
            yield part, first
    for k in range(len(initiatives) - 1):
        whole = initiatives[k]
        if not _WHERE_LISTED.match(_between(text, offset, whole, initiatives[k + 1])):
            continue
        members = _listed_after(text, offset, initiatives, k + 1)
        if _INCLUDED.match(text[members[-1].end - offset :]):
            for member in members:
                yield member, whole
