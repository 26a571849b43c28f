"""A small hand-made graph of two documents, for the store contract suite."""

from __future__ import annotations

import datetime as dt

from graph.model import Document, DocumentKind, Entity, EntityType, Evidence, Graph, Relation, RelationType


def ent(type_: EntityType, id_: str, name: str, doc: str, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(id=id_, type=type_, name=name, aliases=list(aliases), documents=[doc], mentions={doc: 1})


def rel(
    source: str, type_: RelationType, target: str, doc: str, start: int, text: str, **props: object
) -> Relation:
    return Relation(
        source=source,
        target=target,
        type=type_,
        properties=dict(props),
        confidence=0.8,
        evidence=[Evidence(document=doc, start=start, end=start + len(text), text=text)],
    )


def doc_a() -> Graph:
    d = "doc-a"
    return Graph(
        documents=[
            Document(
                id=d, title="Polisen ökar närvaron", date=dt.date(2023, 3, 1), kind=DocumentKind.PRESS_RELEASE
            )
        ],
        entities=[
            ent(EntityType.POLICE_UNIT, "police", "Polisen", d, ("polisen",)),
            ent(EntityType.MUNICIPALITY, "town", "Exempelby kommun", d, ("kommunen",)),
            ent(EntityType.PLACE, "district", "Norrdal", d),
            ent(EntityType.PLACE, "townplace", "Exempelby", d),
            ent(EntityType.INITIATIVE, "effort", "trygghetsinsats", d),
        ],
        relations=[
            rel("police", RelationType.COLLABORATES_WITH, "town", d, 0, "Polisen samverkar med kommunen."),
            rel("police", RelationType.RUNS, "effort", d, 40, "Polisen driver en trygghetsinsats."),
            rel("effort", RelationType.ACTIVE_IN, "district", d, 80, "Insatsen pågår i Norrdal."),
            rel("district", RelationType.LOCATED_IN, "townplace", d, 80, "Insatsen pågår i Norrdal."),
        ],
    )


def doc_b() -> Graph:
    d = "doc-b"
    return Graph(
        documents=[
            Document(
                id=d, title="Kommunen avsätter medel", date=dt.date(2024, 5, 2), kind=DocumentKind.PROTOCOL
            )
        ],
        entities=[
            ent(EntityType.MUNICIPALITY, "town", "Exempelby kommun", d, ("Exempelbys kommun",)),
            ent(EntityType.INITIATIVE, "fund", "trygghetsfond", d, ("trygghetsfonden",)),
            ent(EntityType.POLITICAL_PARTY, "party", "Centerpartiet", d, ("(C)",)),
            ent(EntityType.POLICE_UNIT, "police", "Polismyndigheten", d),
            ent(EntityType.CRIMINAL_GROUP, "gang", "kriminella nätverk i Exempelby", d),
            ent(EntityType.PLACE, "district", "Norrdal", d),
        ],
        relations=[
            rel(
                "party",
                RelationType.FUNDS,
                "fund",
                d,
                0,
                "Centerpartiet avsätter 5 mnkr till en trygghetsfond.",
                amount_sek=5_000_000,
                status="proposed",
            ),
            rel(
                "town",
                RelationType.COLLABORATES_WITH,
                "police",
                d,
                60,
                "Kommunen samarbetar med Polismyndigheten.",
            ),
            rel(
                "gang",
                RelationType.ESTABLISHED_IN,
                "district",
                d,
                120,
                "Nätverk har etablerat sig i Norrdal.",
            ),
            rel(
                "town",
                RelationType.COUNTERS,
                "gang",
                d,
                160,
                "Kommunen motverkar nätverken.",
                valid_from="2024-01-01",
            ),
        ],
    )
