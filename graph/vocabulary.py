"""The ontology's words: actor types, relation types, document kinds and their Swedish labels.

Plain enums with nothing heavy behind them, so that the command line can offer them as
choices without loading the models.
"""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    POLICE_UNIT = "PoliceUnit"
    MUNICIPALITY = "Municipality"
    MUNICIPAL_BODY = "MunicipalBody"
    AGENCY = "Agency"
    POLITICAL_PARTY = "PoliticalParty"
    CRIMINAL_GROUP = "CriminalGroup"
    PERSON = "Person"
    ORGANISATION = "Organisation"
    GROUP = "Group"
    PLACE = "Place"
    INITIATIVE = "Initiative"


class RelationType(StrEnum):
    COLLABORATES_WITH = "COLLABORATES_WITH"
    ESTABLISHED_IN = "ESTABLISHED_IN"
    ACTIVE_IN = "ACTIVE_IN"
    FUNDS = "FUNDS"
    PROPOSES = "PROPOSES"
    RUNS = "RUNS"
    PARTICIPATES_IN = "PARTICIPATES_IN"
    PART_OF = "PART_OF"
    LOCATED_IN = "LOCATED_IN"
    MEMBER_OF = "MEMBER_OF"
    WORKS_FOR = "WORKS_FOR"
    COUNTERS = "COUNTERS"


class DocumentKind(StrEnum):
    PRESS_RELEASE = "press release"
    PROTOCOL = "protocol"
    NEWS = "news article"
    POLITICAL = "blog post"
    OTHER = "other"


SYMMETRIC_TYPES = frozenset({RelationType.COLLABORATES_WITH})

# Swedish labels for people who read the maps and the explorer.
ENTITY_LABELS_SV: dict[EntityType, str] = {
    EntityType.POLICE_UNIT: "Polis",
    EntityType.MUNICIPALITY: "Kommun/region",
    EntityType.MUNICIPAL_BODY: "Kommunalt organ",
    EntityType.AGENCY: "Myndighet",
    EntityType.POLITICAL_PARTY: "Parti",
    EntityType.CRIMINAL_GROUP: "Kriminell grupp",
    EntityType.PERSON: "Person",
    EntityType.ORGANISATION: "Organisation",
    EntityType.GROUP: "Grupp",
    EntityType.PLACE: "Plats",
    EntityType.INITIATIVE: "Insats/initiativ",
}
RELATION_LABELS_SV: dict[RelationType, str] = {
    RelationType.COLLABORATES_WITH: "samverkar med",
    RelationType.ESTABLISHED_IN: "etablerad i",
    RelationType.ACTIVE_IN: "verkar i",
    RelationType.FUNDS: "finansierar",
    RelationType.PROPOSES: "föreslår",
    RelationType.RUNS: "driver",
    RelationType.PARTICIPATES_IN: "deltar i",
    RelationType.PART_OF: "del av",
    RelationType.LOCATED_IN: "ligger i",
    RelationType.MEMBER_OF: "medlem i",
    RelationType.WORKS_FOR: "arbetar för",
    RelationType.COUNTERS: "motverkar",
}
