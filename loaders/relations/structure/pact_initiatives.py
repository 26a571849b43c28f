"""The initiatives a pact's document presents: run by the pact's signatories.

A page about a medborgarlöfte or a samverkansöverenskommelse between a municipality and the police
describes what the two do together: 'trygghetsvandringar i centrum', 'en gemensam lägesbild',
'arbetet mot narkotikahandeln'. Where the document says nothing else about who runs such an
initiative, its signatories do (the annotation conventions: those who carry out a joint effort run
it). An initiative someone else is said to run, own, fund or propose keeps only that actor; the
pact itself is run by its signatories already (loaders.relations.structure.pacts).

An initiative named by a place's genitive as work, cooperation or a plan ('Kalmars åtgärdsplan',
'Luleås samverkan kring tryggheten') is the place's work as a whole, not one of the pact's items:
its runners are not implied by the signatures. A measure so named ('Moras medborgardialoger') is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.pacts import pacts_and_signatories

__all__ = ["pact_initiative_relations"]

# Relations that tie an initiative to an actor of its own: it is not the pact's then.
_TIED = frozenset([R.RUNS, R.FUNDS, R.PROPOSES, R.PARTICIPATES_IN])
_PLACES = frozenset([E.MUNICIPALITY, E.PLACE])
# Heads that name a place's work as a whole; 'Moras medborgardialoger' names a measure still.
_WORK_AS_A_WHOLE = re.compile(r"\b[\wåäö]*(?:arbete|arbetet|samverkan|samarbete|samarbetet|plan|planen)\b")
_PLACE_SUFFIX = re.compile(r"\s+(?:kommun|stad|län|region)$", re.IGNORECASE)


def pact_initiative_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from each signatory to each initiative nobody else is tied to."""
    pacts, signatories = pacts_and_signatories(context)
    if not signatories:
        return
    pact_names = {p.canonical for p in pacts}
    tied = {rel.target.canonical for rels in found.values() for rel in rels if rel.type in _TIED}
    seen: set[str] = set()
    genitives = _place_genitives(context)
    for i, mention in context.all_mentions():
        name = mention.canonical
        if mention.type != E.INITIATIVE or name in pact_names or name in tied or name in seen:
            continue
        seen.add(name)
        if name.split(" ", 1)[0] in genitives and _WORK_AS_A_WHOLE.search(name):
            continue
        for signatory in signatories:
            yield i, FoundRelation(signatory, mention, R.RUNS, 0.45)


def _place_genitives(context: RelationContext) -> frozenset[str]:
    """The genitives of the places the document names: 'Kalmars' for 'Kalmar kommun', 'Luleås'."""
    bases = {_PLACE_SUFFIX.sub("", m.canonical) for _, m in context.all_mentions() if m.type in _PLACES}
    return frozenset(
        base if base.endswith(("s", "x", "z")) else f"{base}s" for base in bases if " " not in base
    )
