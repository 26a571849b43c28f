"""What a politician or a coalition asks for, read as the proposal of every party behind it.

'Fredrik Holm (M) ... – Vi vill ha fler nattvandrare, säger Fredrik Holm.': the politician speaks
for the party the document puts the person in, wherever in the document it does so; a proposal
of a person is then the party's too, and a proposed sum (FUNDS with ``status: proposed``) as well.

'De tre allianspartierna Moderaterna, Liberalerna och Kristdemokraterna ...  Partierna vill ...':
a coalition of parties proposes as one; the parties that propose a measure in the same sentence as
the coalition are its members, and every proposal of the coalition or of one of its members is
then the proposal of each of them (ONTOLOGY.md: lists distribute). Each member is PART_OF the
coalition.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.found_relation import FoundRelation

__all__ = ["party_voices"]

# Names of coalitions of parties: 'Allianspartierna', 'Alliansen', 'De rödgröna', 'Tidöpartierna'.
_COALITION = re.compile(r"(?:allians|rödgröna|tidöpartierna|samarbetspartierna|oppositionspartierna)", re.I)
_VOICED = (R.PROPOSES, R.FUNDS)


def _proposal(rel: FoundRelation) -> bool:
    """A proposal, or a sum only proposed."""
    if rel.type is R.PROPOSES:
        return True
    return rel.type is R.FUNDS and rel.properties.get("status") == "proposed"


def _is_coalition(m: Mention) -> bool:
    return m.type == E.POLITICAL_PARTY and _COALITION.search(m.canonical) is not None


def party_voices(by_sentence: dict[int, list[FoundRelation]]) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the proposals of the parties behind a politician or a coalition."""
    found = [(i, rel) for i in sorted(by_sentence) for rel in by_sentence[i]]
    parties: dict[str, list[Mention]] = defaultdict(list)
    for _, rel in found:
        if rel.type is R.MEMBER_OF and rel.target.type == E.POLITICAL_PARTY:
            parties[rel.source.canonical].append(rel.target)
    stated = {(rel.source.canonical, rel.target.canonical, rel.type) for _, rel in found}
    added: list[tuple[int, FoundRelation]] = []

    def add(i: int, rel: FoundRelation) -> None:
        key = (rel.source.canonical, rel.target.canonical, rel.type)
        if key not in stated:
            stated.add(key)
            added.append((i, rel))

    for i, rel in found:
        if _proposal(rel) and rel.source.type == E.PERSON and rel.source.canonical in parties:
            for party in parties[rel.source.canonical]:
                add(
                    i,
                    FoundRelation(
                        party, rel.target, rel.type, round(rel.confidence - 0.1, 2), rel.properties
                    ),
                )
    voices = found + added
    members = _coalition_members(voices)
    for coalition, (i_first, parts) in members.items():
        bloc = [coalition, *parts]
        for part in parts:
            add(i_first, FoundRelation(part, coalition, R.PART_OF, 0.6))
        names = {m.canonical for m in bloc}
        for i, rel in voices:
            if not _proposal(rel) or rel.source.canonical not in names:
                continue
            for m in bloc:
                if m.canonical != rel.source.canonical:
                    add(
                        i,
                        FoundRelation(
                            m, rel.target, rel.type, round(rel.confidence - 0.1, 2), rel.properties
                        ),
                    )
    yield from added


def _coalition_members(
    found: list[tuple[int, FoundRelation]],
) -> dict[Mention, tuple[int, list[Mention]]]:
    """Each coalition of the document, with the first sentence that names its members and the
    parties that propose in the same sentence as it: its members."""
    by_target: dict[tuple[int, str], list[Mention]] = defaultdict(list)
    for i, rel in found:
        if _proposal(rel) and rel.source.type == E.POLITICAL_PARTY:
            by_target[(i, rel.target.canonical)].append(rel.source)
    members: dict[str, tuple[int, Mention, dict[str, Mention]]] = {}
    for (i, _), proposers in sorted(by_target.items()):
        coalitions = [m for m in proposers if _is_coalition(m)]
        parts = [m for m in proposers if not _is_coalition(m)]
        for coalition in coalitions:
            if not parts:
                continue
            known = members.setdefault(coalition.canonical, (i, coalition, {}))[2]
            for part in parts:
                known.setdefault(part.canonical, part)
    return {mention: (first, list(known.values())) for first, mention, known in members.values()}
