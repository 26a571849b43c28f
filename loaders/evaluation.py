"""Graph-level scoring of an extraction against a gold annotation.

Works on plain dicts in the ONTOLOGY.md JSON shape, so it reads an extracted
file and ``gold/huddinge.json`` alike. Gold entities may carry ``types`` (the
acceptable types), ``generic`` and ``head``; extracted entities carry
``type``. Evidence is ignored for matching (a string in gold, a list of
objects in extractions).

Rules (ONTOLOGY.md, "How extraction is scored"):

- An extracted entity matches a gold entity when its type is one of the gold
  types and a name or alias of one equals a name or alias of the other after
  ``loaders.language.text.normalize``. A generic gold entity (``"generic": true``)
  also matches an extracted entity of an accepted type whose name contains
  the head: some word of the normalised name contains the normalised head
  (``grupp`` in ``grupper``, ``nätverk`` in ``brottsnätverk``), or has the
  same lemma. Heads shorter than four letters must equal a word or its lemma.
- A relation matches when the type agrees and both ends match (either order
  for ``COLLABORATES_WITH``).
- Many-to-one is allowed: precision = extracted items that match some gold
  item / extracted items; recall = gold items matched by some extracted item /
  gold items. So two extracted nodes for one gold actor are both counted
  correct; they are listed as ``duplicates`` in the report. Relations are
  counted once per distinct (type, source, target), unordered for symmetric
  types.
- Per type: extracted items are grouped by their ``type``, gold items by
  their first type (``type``, else ``types[0]``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from loaders.language.text import lemma, normalize

__all__ = [
    "SYMMETRIC_RELATIONS",
    "Counts",
    "EvaluationReport",
    "SectionReport",
    "format_report",
    "restrict_to_documents",
    "score",
]

SYMMETRIC_RELATIONS = frozenset({"COLLABORATES_WITH"})
_SHORT_HEAD = 4


@dataclass(frozen=True)
class Counts:
    """Matched and total counts on both sides, and the metrics from them."""

    extracted: int = 0
    extracted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    @property
    def precision(self) -> float:
        if self.extracted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.extracted_matched / self.extracted

    @property
    def recall(self) -> float:
        if self.gold == 0:
            return 1.0 if self.extracted == 0 else 0.0
        return self.gold_matched / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class SectionReport:
    """Scores for entities or for relations."""

    overall: Counts
    per_type: dict[str, Counts]
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "per_type": {t: c.to_dict() for t, c in self.per_type.items()},
            "missed": list(self.missed),
            "spurious": list(self.spurious),
            "duplicates": list(self.duplicates),
        }


@dataclass
class EvaluationReport:
    entities: SectionReport
    relations: SectionReport

    def to_dict(self) -> dict[str, Any]:
        return {"entities": self.entities.to_dict(), "relations": self.relations.to_dict()}


@dataclass(frozen=True)
class _Entity:
    id: str
    type: str
    types: frozenset[str]
    name: str
    keys: frozenset[str]
    head: str | None

    @property
    def label(self) -> str:
        return f"{self.type}: {self.name}"


def _entity(raw: Mapping[str, Any]) -> _Entity:
    types = list(raw.get("types") or [])
    primary = raw.get("type") or (types[0] if types else "")
    if primary and primary not in types:
        types.insert(0, primary)
    name = str(raw.get("name", ""))
    keys = {normalize(n) for n in [name, *(raw.get("aliases") or [])] if n}
    keys.discard("")
    head = raw.get("head") if raw.get("generic") else None
    return _Entity(
        id=str(raw.get("id", name)),
        type=primary,
        types=frozenset(types),
        name=name,
        keys=frozenset(keys),
        head=normalize(head) if head else None,
    )


def _head_matches(head: str, name_key: str) -> bool:
    head_lemma = lemma(head)
    for word in name_key.split():
        if word == head or lemma(word) == head_lemma:
            return True
        if len(head) >= _SHORT_HEAD and head in word:
            return True
    return False


def _match_entities(extracted: list[_Entity], gold: list[_Entity]) -> dict[str, set[str]]:
    """Extracted id -> ids of the gold entities it matches."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    generic: dict[str, list[_Entity]] = defaultdict(list)
    for g in gold:
        for t in g.types:
            for key in g.keys:
                index[(t, key)].add(g.id)
            if g.head:
                generic[t].append(g)
    matches: dict[str, set[str]] = {}
    for e in extracted:
        found: set[str] = set()
        for key in e.keys:
            found |= index.get((e.type, key), set())
        name_key = normalize(e.name)
        for g in generic.get(e.type, ()):
            if g.head and _head_matches(g.head, name_key):
                found.add(g.id)
        matches[e.id] = matches.get(e.id, set()) | found
    return matches


def _counts_by_type(
    extracted: Iterable[tuple[str, bool]], gold: Iterable[tuple[str, bool]]
) -> tuple[Counts, dict[str, Counts]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for type_, ok in extracted:
        table[type_][0] += 1
        table[type_][1] += ok
    for type_, ok in gold:
        table[type_][2] += 1
        table[type_][3] += ok
    per_type = {t: Counts(*table[t]) for t in sorted(table)}
    overall = Counts(*(sum(c[i] for c in table.values()) for i in range(4)))
    return overall, per_type


def _score_entities(
    extracted: list[_Entity], gold: list[_Entity], matches: dict[str, set[str]]
) -> SectionReport:
    matched_by: dict[str, list[_Entity]] = defaultdict(list)
    for e in extracted:
        for gid in matches[e.id]:
            matched_by[gid].append(e)
    overall, per_type = _counts_by_type(
        ((e.type, bool(matches[e.id])) for e in extracted),
        ((g.type, g.id in matched_by) for g in gold),
    )
    return SectionReport(
        overall=overall,
        per_type=per_type,
        missed=[g.label for g in gold if g.id not in matched_by],
        spurious=[e.label for e in extracted if not matches[e.id]],
        duplicates=[
            f"{g.label} <- " + ", ".join(e.name for e in matched_by[g.id])
            for g in gold
            if len(matched_by[g.id]) > 1
        ],
    )


_RelKey = tuple[str, str, str]


def _relation_keys(raw_relations: Iterable[Mapping[str, Any]]) -> list[_RelKey]:
    """Distinct (type, source, target); symmetric types in a fixed order."""
    seen: dict[_RelKey, None] = {}
    for r in raw_relations:
        type_, source, target = str(r["type"]), str(r["source"]), str(r["target"])
        if type_ in SYMMETRIC_RELATIONS and target < source:
            source, target = target, source
        seen.setdefault((type_, source, target), None)
    return list(seen)


def _score_relations(
    extracted: list[_RelKey],
    gold: list[_RelKey],
    matches: dict[str, set[str]],
    names: Mapping[str, str],
) -> SectionReport:
    gold_index: dict[_RelKey, _RelKey] = {}
    for key in gold:
        type_, source, target = key
        gold_index[key] = key
        if type_ in SYMMETRIC_RELATIONS:
            gold_index[(type_, target, source)] = key
    found: set[_RelKey] = set()
    extracted_ok: list[bool] = []
    for type_, source, target in extracted:
        hits = {
            gold_index[(type_, gs, gt)]
            for gs in matches.get(source, ())
            for gt in matches.get(target, ())
            if (type_, gs, gt) in gold_index
        }
        found |= hits
        extracted_ok.append(bool(hits))
    overall, per_type = _counts_by_type(
        ((k[0], ok) for k, ok in zip(extracted, extracted_ok, strict=True)),
        ((k[0], k in found) for k in gold),
    )

    def label(key: _RelKey, prefix: str) -> str:
        type_, source, target = key
        s = names.get(prefix + source, source)
        t = names.get(prefix + target, target)
        return f"{type_}: {s} -> {t}"

    return SectionReport(
        overall=overall,
        per_type=per_type,
        missed=[label(k, "g:") for k in gold if k not in found],
        spurious=[label(k, "e:") for k, ok in zip(extracted, extracted_ok, strict=True) if not ok],
    )


def score(extracted: Mapping[str, Any], gold: Mapping[str, Any]) -> EvaluationReport:
    """Score an extracted graph against a gold graph (both ONTOLOGY JSON)."""
    ext_entities = [_entity(e) for e in extracted.get("entities", [])]
    gold_entities = [_entity(g) for g in gold.get("entities", [])]
    matches = _match_entities(ext_entities, gold_entities)
    names = {"e:" + e.id: e.name for e in ext_entities}
    names.update({"g:" + g.id: g.name for g in gold_entities})
    return EvaluationReport(
        entities=_score_entities(ext_entities, gold_entities, matches),
        relations=_score_relations(
            _relation_keys(extracted.get("relations", [])),
            _relation_keys(gold.get("relations", [])),
            matches,
            names,
        ),
    )


def _table(title: str, section: SectionReport) -> list[str]:
    width = max([len(title), *(len(t) + 2 for t in section.per_type)])
    header = f"{title:<{width}}  {'P':>6} {'R':>6} {'F1':>6}  {'tp/extracted':>12}  {'tp/gold':>9}"
    rows = [header, "-" * len(header)]
    for label, c in [("all", section.overall), *section.per_type.items()]:
        name = label if label == "all" else f"  {label}"
        rows.append(
            f"{name:<{width}}  {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  "
            f"{f'{c.extracted_matched}/{c.extracted}':>12}  {f'{c.gold_matched}/{c.gold}':>9}"
        )
    return rows


def _listing(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    return [f"{title} ({len(items)}):", *(f"  - {item}" for item in items)]


def restrict_to_documents(gold: Mapping[str, Any], document_ids: Iterable[str]) -> dict[str, Any]:
    """The part of an annotation that the given documents state.

    An entity is kept when one of its documents is among them; a relation when one of its
    documents is and both its ends are kept. Items that name no documents are kept as they are.
    """
    wanted = set(document_ids)

    def stated(item: Mapping[str, Any]) -> bool:
        docs = item.get("documents")
        return not docs or bool(wanted.intersection(docs))

    entities = [e for e in gold.get("entities", []) if stated(e)]
    kept = {e["id"] for e in entities}
    relations = [
        r for r in gold.get("relations", []) if stated(r) and r["source"] in kept and r["target"] in kept
    ]
    documents = [d for d in gold.get("documents", []) if d.get("id") in wanted]
    return {**gold, "documents": documents, "entities": entities, "relations": relations}


def format_report(report: EvaluationReport, *, summary: bool = False) -> str:
    """A compact plain-text table, then (unless `summary`) the missed and spurious items."""
    lines = [
        *_table("Entities", report.entities),
        "",
        *_table("Relations", report.relations),
    ]
    if summary:
        return "\n".join(lines)
    for title, items in [
        ("Missed entities", report.entities.missed),
        ("Spurious entities", report.entities.spurious),
        ("Duplicate entities (one gold, several extracted)", report.entities.duplicates),
        ("Missed relations", report.relations.missed),
        ("Spurious relations", report.relations.spurious),
    ]:
        listing = _listing(title, items)
        if listing:
            lines += ["", *listing]
    return "\n".join(lines)
