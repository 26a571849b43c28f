"""What a lägesbild (a briefing on one actor or place) says, independent of the file it is written to.

Built from the actor's neighbourhood: who it works with (relation, counterpart, number of
sources, first and last date), the initiatives it runs, funds or takes part in (with amounts
where the text gives them), the criminal groups and places it is tied to, what changed in
the period, and every statement with its quoted source sentence and the document's title,
date, publisher and address. graph.report_docx and graph.report_pdf write it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graph import timeline
from graph.map_style import RELATION_STYLES
from graph.model import ENTITY_LABELS_SV, Document, Entity, EntityType, Graph, Relation, RelationType

MAX_STATEMENTS = 200


@dataclass(frozen=True)
class Row:
    """One line of a table: the relation in words, the counterpart, and how well it is sourced."""

    relation: str
    counterpart: str
    counterpart_type: str
    sources: int
    first: str
    last: str
    amount: str = ""


@dataclass(frozen=True)
class Statement:
    """A relation as a sentence of the source, with where it comes from."""

    claim: str
    quote: str
    title: str
    date: str
    publisher: str
    address: str  # the web address when known, else the file read

    @property
    def web_address(self) -> str | None:
        return self.address if self.address.startswith(("http://", "https://")) else None


@dataclass
class Briefing:
    entity: Entity
    period_text: str
    generated: dt.date
    partners: list[Row] = field(default_factory=list)
    initiatives: list[Row] = field(default_factory=list)
    groups_and_places: list[Row] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    documents: int = 0

    @property
    def title(self) -> str:
        return f"Lägesbild: {self.entity.name}"

    @property
    def summary(self) -> str:
        kind = ENTITY_LABELS_SV[self.entity.type].lower()
        return (
            f"{self.entity.name} ({kind}) har {len(self.partners) + len(self.initiatives) + len(self.groups_and_places)} "
            f"kända relationer i {self.documents} dokument. {self.period_text}."
        )


def _amount(rel: Relation) -> str:
    value = rel.properties.get("amount_sek")
    if not isinstance(value, int | float) or value <= 0:
        return ""
    if value >= 1_000_000:
        return f"{value / 1_000_000:g} mnkr".replace(".", ",")
    return f"{int(value):,} kr".replace(",", " ")


def _dates(rel: Relation, docs: dict[str, Document]) -> tuple[str, str]:
    days = sorted(d.date for ev in rel.evidence if (d := docs.get(ev.document)) and d.date)
    first = rel.valid_from or (days[0].isoformat() if days else "")
    last = rel.valid_to or (days[-1].isoformat() if days else "")
    return first or "odaterad", last or "odaterad"


# A directed relation read from its target's side.
_INWARDS: dict[RelationType, str] = {
    RelationType.ESTABLISHED_IN: "har etablerad",
    RelationType.ACTIVE_IN: "har verksam",
    RelationType.FUNDS: "finansieras av",
    RelationType.PROPOSES: "föreslås av",
    RelationType.RUNS: "drivs av",
    RelationType.PARTICIPATES_IN: "har som deltagare",
    RelationType.PART_OF: "omfattar",
    RelationType.LOCATED_IN: "har inom sig",
    RelationType.MEMBER_OF: "har som medlem",
    RelationType.WORKS_FOR: "har anställd",
    RelationType.COUNTERS: "motverkas av",
}


def _wording(rel: Relation, center: str) -> str:
    """The relation read from the actor's side: 'driver' outwards, 'drivs av' inwards."""
    style = RELATION_STYLES[rel.type]
    if rel.source == center or not style.directed:
        return style.label
    return _INWARDS.get(rel.type, style.label)


def build_briefing(
    entity: Entity,
    graph: Graph,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> Briefing:
    """The briefing on `entity` from its neighbourhood `graph` (already narrowed to the period)."""
    docs = {d.id: d for d in graph.documents}
    names = {e.id: e for e in graph.entities}
    if start or end:
        period_text = f"Perioden {start.isoformat() if start else '…'}–{end.isoformat() if end else '…'}"
    else:
        period_text = "Alla kända dokument"
    briefing = Briefing(entity=entity, period_text=period_text, generated=today or dt.date.today())
    own = [r for r in graph.relations if entity.id in (r.source, r.target)]
    own.sort(key=lambda r: (-len(r.documents), r.type.value, r.source, r.target))
    for rel in own:
        other = names.get(rel.target if rel.source == entity.id else rel.source)
        if other is None:
            continue
        first, last = _dates(rel, docs)
        row = Row(
            relation=_wording(rel, entity.id),
            counterpart=other.name,
            counterpart_type=ENTITY_LABELS_SV[other.type],
            sources=len(rel.documents),
            first=first,
            last=last,
            amount=_amount(rel),
        )
        if other.type is EntityType.INITIATIVE:
            briefing.initiatives.append(row)
        elif other.type in (EntityType.CRIMINAL_GROUP, EntityType.PLACE):
            briefing.groups_and_places.append(row)
        else:
            briefing.partners.append(row)
        for ev in rel.evidence:
            if len(briefing.statements) >= MAX_STATEMENTS:
                break
            doc = docs.get(ev.document)
            source, target = names.get(rel.source), names.get(rel.target)
            briefing.statements.append(
                Statement(
                    claim=f"{source.name if source else rel.source} {RELATION_STYLES[rel.type].label} "
                    f"{target.name if target else rel.target}",
                    quote=" ".join(ev.text.split()),
                    title=(doc.title if doc and doc.title else ev.document),
                    date=doc.date.isoformat() if doc and doc.date else "odaterat",
                    publisher=(doc.publisher or "") if doc else "",
                    address=(doc.source_url or doc.path or "") if doc else "",
                )
            )
    if start or end:
        first_day, last_day = start or dt.date.min, end or dt.date.max
        for change in timeline.changes(Graph(documents=graph.documents, relations=own), first_day, last_day):
            rel = change.relation
            if rel is None:
                continue
            other = names.get(rel.target if rel.source == entity.id else rel.source)
            verb = "tillkom" if change.change == "appeared" else "upphörde"
            label = RELATION_STYLES[rel.type].label
            briefing.changes.append(
                f"{change.date.isoformat()}: {verb}: {label} {other.name if other else ''}"
            )
    briefing.documents = len({d for r in own for d in r.documents} | set(entity.documents) & set(docs))
    return briefing
