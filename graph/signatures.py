"""The type signatures of ONTOLOGY.md: which kinds of actor each relation may join (from -> to).

"Actor" is every type but Place and Initiative; "organisation" (WORKS_FOR) is any
organised body a person can work for.
"""

from __future__ import annotations

from graph.model import ENTITY_LABELS_SV, EntityType, RelationType

T = EntityType
ACTORS = frozenset(EntityType) - {T.PLACE, T.INITIATIVE}
ORGANISATIONS = frozenset(
    {T.POLICE_UNIT, T.MUNICIPALITY, T.MUNICIPAL_BODY, T.AGENCY, T.POLITICAL_PARTY, T.ORGANISATION}
)
PLACE = frozenset({T.PLACE})
INITIATIVE = frozenset({T.INITIATIVE})

Types = frozenset[EntityType]

# Each relation type: the (from, to) pairs of type sets it may join.
SIGNATURES: dict[RelationType, tuple[tuple[Types, Types], ...]] = {
    RelationType.COLLABORATES_WITH: ((ACTORS, ACTORS),),
    RelationType.ESTABLISHED_IN: ((frozenset({T.CRIMINAL_GROUP}), PLACE),),
    RelationType.ACTIVE_IN: ((ACTORS | INITIATIVE, PLACE),),
    RelationType.FUNDS: ((ACTORS, INITIATIVE | ACTORS),),
    RelationType.PROPOSES: ((ACTORS, INITIATIVE),),
    RelationType.RUNS: ((ACTORS, INITIATIVE),),
    RelationType.PARTICIPATES_IN: ((ACTORS, INITIATIVE),),
    RelationType.PART_OF: ((ACTORS, ACTORS), (INITIATIVE, INITIATIVE)),
    RelationType.LOCATED_IN: ((PLACE, PLACE),),
    RelationType.MEMBER_OF: ((frozenset({T.PERSON}), frozenset({T.POLITICAL_PARTY})),),
    RelationType.WORKS_FOR: ((frozenset({T.PERSON}), ORGANISATIONS),),
    RelationType.COUNTERS: ((ACTORS, frozenset({T.CRIMINAL_GROUP})),),
}


def fits(relation: RelationType, source: EntityType, target: EntityType) -> bool:
    """Whether a relation of this type may go from an actor of one type to one of the other."""
    return any(source in froms and target in tos for froms, tos in SIGNATURES[relation])


def _side_sv(types: Types) -> str:
    if types == ACTORS:
        return "en aktör"
    if types == ACTORS | INITIATIVE:
        return "en aktör eller en insats"
    if types == INITIATIVE | ACTORS:
        return "en insats eller en aktör"
    if types == ORGANISATIONS:
        return "en organisation"
    return " eller ".join(ENTITY_LABELS_SV[t].lower() for t in sorted(types))


def signature_sv(relation: RelationType) -> str:
    """The signature in Swedish, for messages: 'från en person till ett parti' and the like."""
    return "; ".join(f"från {_side_sv(froms)} till {_side_sv(tos)}" for froms, tos in SIGNATURES[relation])
