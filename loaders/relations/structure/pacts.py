"""Relations of a joint pact between police and municipality: medborgarlöften and
samverkansöverenskommelser.

A medborgarlöfte (a citizen promise) is by definition signed by the local police and the
municipality; a samverkansöverenskommelse or samverkansavtal between them is the same kind of
document. So where a document names such a pact, its signatories RUN it: the municipality the
document is about, the local police areas it names, and Polisen itself when named. The pact is
ACTIVE_IN the municipality's place, and the measures a medborgarlöfte lists are read item by item
(loaders.relations.structure.pact_items). An överenskommelse or avtal only counts as such a pact when
the document names both a municipality and a police unit (a pact of Kriminalvården with
'kommunerna' is run by Kriminalvården alone, which the sentence triggers read). The parties of a
pact work together (ONTOLOGY.md, "Annotation conventions"): the municipality COLLABORATES_WITH each
police unit that signs, whichever sentence names them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.pact_items import item_relations

__all__ = ["pact_relations", "pacts_and_signatories"]

_PROMISE = re.compile(r"medborgar(?:löfte|löften)", re.IGNORECASE)
_AGREEMENT = re.compile(r"samverkans(?:överenskommelse|avtal)", re.IGNORECASE)
_AREA = re.compile(r"^(?:lokalpolisområde|polisområde)\b", re.IGNORECASE)


def _pacts(context: RelationContext) -> Iterator[tuple[int, Mention, bool]]:
    """(sentence index, initiative, is a medborgarlöfte) for each pact at its first mention."""
    seen: set[str] = set()
    for i, mention in context.all_mentions():
        if mention.type != E.INITIATIVE or mention.canonical in seen:
            continue
        name = f"{mention.canonical} {mention.text}"
        promise = bool(_PROMISE.search(name))
        if promise or _AGREEMENT.search(name):
            seen.add(mention.canonical)
            yield i, mention, promise


def _signatories(context: RelationContext) -> tuple[Mention | None, list[Mention]]:
    """The municipality and the police (local areas and Polisen) that sign a pact."""
    police: dict[str, Mention] = {}
    for _, mention in context.all_mentions():
        if mention.type != E.POLICE_UNIT:
            continue
        if mention.canonical == POLICE_ROOT or _AREA.match(mention.canonical):
            police.setdefault(mention.canonical, mention)
    return context.municipality, list(police.values())


def pacts_and_signatories(context: RelationContext) -> tuple[list[Mention], list[Mention]]:
    """The pacts between municipality and police the document names, and who signs them."""
    pacts = [pact for _, pact, _ in _pacts(context)]
    municipality, police = _signatories(context)
    if not pacts or municipality is None or not police:
        return pacts, []
    local = [p for p in police if p.canonical != POLICE_ROOT]  # the area signs, not all of Polisen
    return pacts, [municipality, *(local or police)]


def pact_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation): who runs each pact the document names, and where it is active."""
    pacts = list(_pacts(context))
    if not pacts:
        return
    municipality, police = _signatories(context)
    place = context.home_place
    partnered: set[int] = set()  # sentences whose pact already joined the parties
    for i, pact, promise in pacts:
        if not promise and (municipality is None or not police):
            continue
        runners = [m for m in (municipality, *police) if m is not None]
        for runner in runners:
            yield i, FoundRelation(runner, pact, R.RUNS, 0.6)
        if municipality is not None and i not in partnered:
            partnered.add(i)
            for unit in police:
                yield i, FoundRelation(municipality, unit, R.COLLABORATES_WITH, 0.6)
        if place is not None and runners:
            yield i, FoundRelation(pact, place, R.ACTIVE_IN, 0.55)
    # The lists of a medborgarlöfte are its measures; those of an agreement are mostly the parties'
    # own tasks (coordinators, steering groups, reporting), not measures of their own.
    promises = [(i, pact) for i, pact, promise in pacts if promise]
    # A measure promised by 'Polis:' is the signing area's; Polisen as a whole signs none of them.
    local = [p for p in police if p.canonical != POLICE_ROOT]
    yield from item_relations(context, promises, municipality, local or police)
