"""What a politician or a coalition asks for, read as the proposal of every party behind it.

'Fredrik Holm (M) ... – Vi vill ha fler nattvandrare, säger Fredrik Holm.': the politician speaks
for the party the document puts the person in, wherever in the document it does so; a proposal
of a person is then the party's too, and a proposed sum (FUNDS with ``status: proposed``) as well.

'De tre allianspartierna Moderaterna, Liberalerna och Kristdemokraterna ...  Partierna vill ...':
a coalition of parties proposes as one; the parties that propose a measure in the same sentence as
the coalition are its members (else those that propose a measure together, in a document where the
coalition proposes), and every proposal of the coalition or of one of its members is
then the proposal of each of them (ONTOLOGY.md: lists distribute). Each member is PART_OF the
coalition (``loaders.relations.politics.coalitions`` then gives a coalition whose members the text names
to them alone). Likewise a motion that two parties write together ('Vi i Vänsterpartiet och
Miljöpartiet ...', or signed by politicians of both) is proposed by both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.politics.coalitions import is_coalition

__all__ = ["party_voices", "politicians_not_councils"]

_COUNCILS = frozenset([E.MUNICIPALITY, E.MUNICIPAL_BODY])
# A quoted line: opened by a dash, or closed by 'säger X'.
_QUOTE = re.compile(r"^\s*[–—-]|\bsäger\b|\bsade\b", re.IGNORECASE)
_WE_IN = re.compile(r"\b[Vv]i\s+(?:i|från|inom)\s+(?=[A-ZÅÄÖ])")
_LINK = re.compile(r"\s*(?:,|och|samt)?\s*")
_SIGNATURES = 8  # closing sentences read as signatures
# A closing line that signs for a party, the names on the lines after it: 'För Vänsterpartiet'.
_SIGNED_FOR = re.compile(r"^\s*(?:för|från)\s+", re.IGNORECASE)
_SIGNATURE_LENGTH = 60
_SIGNATURE_WORDS = 2  # beside the names: a role ('gruppledare'), a place


def _proposal(rel: FoundRelation) -> bool:
    """A proposal, or a sum only proposed."""
    if rel.type is R.PROPOSES:
        return True
    return rel.type is R.FUNDS and rel.properties.get("status") == "proposed"


def party_voices(
    by_sentence: dict[int, list[FoundRelation]], context: RelationContext | None = None
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the proposals of the parties behind a politician, a coalition
    or a text that several parties write together (``context``: the document, for its authors)."""
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
    if context is not None:
        authors = co_authors(context)
        if len(authors) >= 2:
            names = {m.canonical for m in authors}
            for i, rel in list(voices):
                if _proposal(rel) and rel.source.canonical in names:
                    for m in authors:
                        if m.canonical != rel.source.canonical:
                            add(
                                i,
                                FoundRelation(
                                    m, rel.target, rel.type, round(rel.confidence - 0.1, 2), rel.properties
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


def politicians_not_councils(by_sentence: dict[int, list[FoundRelation]], context: RelationContext) -> None:
    """'– Vi kräver en handlingsplan, säger oppositionsrådet Eva Ek (M)': the 'vi' of a quoted
    politician is the politician's party, not the municipality the politician holds office in. A
    proposal (or proposed sum) read from such a quote as the municipality's is, in place, the
    politician's and the party's instead."""
    parties: dict[str, list[Mention]] = defaultdict(list)
    for found in by_sentence.values():
        for rel in found:
            if rel.type is R.MEMBER_OF and rel.target.type == E.POLITICAL_PARTY:
                parties[rel.source.canonical].append(rel.target)
    if not parties:
        return
    for i, found in by_sentence.items():
        councils = [f for f in found if _proposal(f) and f.source.type in _COUNCILS]
        if not councils or not _QUOTE.search(context.sentences[i].text):
            continue
        speakers = [m for m in context.mentions[i] if m.type == E.PERSON and m.canonical in parties]
        if len(speakers) != 1:
            continue
        speaker = speakers[0]
        voiced = [speaker, *parties[speaker.canonical]]
        kept = [f for f in found if f not in councils]
        for f in councils:
            kept += [FoundRelation(m, f.target, f.type, f.confidence, f.properties) for m in voiced]
        by_sentence[i] = kept


def co_authors(context: RelationContext) -> list[Mention]:
    """The parties a text is written by, when it names more than one: 'Vi i Vänsterpartiet och
    Miljöpartiet ...', or signatures that carry different party letters ('Eva Ek (V)' / 'Ola Berg
    (MP)') or sign for different parties ('För Vänsterpartiet' / 'För Miljöpartiet')."""
    for i, sentence in enumerate(context.sentences):
        we = _WE_IN.search(sentence.text)
        if we is None:
            continue
        listed: list[Mention] = []
        pos = we.end()
        for m in context.mentions[i]:
            at = m.start - sentence.start
            if at < pos:
                continue
            if m.type != E.POLITICAL_PARTY or not _LINK.fullmatch(sentence.text, pos, at):
                break
            listed.append(m)
            pos = m.end - sentence.start
        if listed:
            return _distinct(listed)
    n = len(context.sentences)
    signed: list[Mention] = []
    for i in range(max(0, n - _SIGNATURES), n):
        if len(context.sentences[i].text) > _SIGNATURE_LENGTH:
            continue
        parties = [m for m in context.mentions[i] if m.type == E.POLITICAL_PARTY]
        people = [m for m in context.mentions[i] if m.type == E.PERSON]
        if (
            len(parties) == 1
            and (people or _SIGNED_FOR.match(context.sentences[i].text))
            and _only_names(context, i)
        ):
            signed.append(parties[0])
    return _distinct(signed)


def _only_names(context: RelationContext, i: int) -> bool:
    """Whether sentence ``i`` is a signature: its names, and at most a role beside them."""
    sentence = context.sentences[i]
    rest = sentence.text
    for m in sorted(context.mentions[i], key=lambda m: -m.start):
        rest = rest[: m.start - sentence.start] + " " + rest[m.end - sentence.start :]
    return len(re.findall(r"\w+", rest)) <= _SIGNATURE_WORDS


def _distinct(parties: list[Mention]) -> list[Mention]:
    return list({m.canonical: m for m in parties}.values())


def _coalition_members(
    found: list[tuple[int, FoundRelation]],
) -> dict[Mention, tuple[int, list[Mention]]]:
    """Each coalition of the document, with the first sentence that names its members, and its
    members: the parties that propose in the same sentence as it, or else the parties that propose
    together, two or more in one sentence ('M, L, C och KD föreslår ...'), in a document where the
    coalition proposes."""
    by_target: dict[tuple[int, str], list[Mention]] = defaultdict(list)
    for i, rel in found:
        if _proposal(rel) and rel.source.type == E.POLITICAL_PARTY:
            by_target[(i, rel.target.canonical)].append(rel.source)
    members: dict[str, tuple[int, Mention, dict[str, Mention]]] = {}
    joint: tuple[int, dict[str, Mention]] | None = None
    coalitions: dict[str, Mention] = {}
    for (i, _), proposers in sorted(by_target.items()):
        parts = [m for m in proposers if not is_coalition(m)]
        for coalition in (m for m in proposers if is_coalition(m)):
            coalitions.setdefault(coalition.canonical, coalition)
            if not parts:
                continue
            known = members.setdefault(coalition.canonical, (i, coalition, {}))[2]
            for part in parts:
                known.setdefault(part.canonical, part)
        if len({m.canonical for m in parts}) >= 2:
            if joint is None:
                joint = (i, {})
            for part in parts:
                joint[1].setdefault(part.canonical, part)
    if joint is not None:
        for name, coalition in coalitions.items():
            members.setdefault(name, (joint[0], coalition, joint[1]))
    return {mention: (first, list(known.values())) for first, mention, known in members.values()}
