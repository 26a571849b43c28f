"""Export of a graph to the formats other tools read: JSON, GraphML, GEXF and CSV.

- `json`: the ONTOLOGY.md interchange format, as `Graph.to_json` writes it.
- `graphml` and `gexf`: a directed multigraph for Gephi, yEd and networkx; each actor a
  node (label = name), each relation an edge (label = Swedish name of its type, with
  `symmetric` true for a relation read both ways). List values (aliases, documents, evidence) are
  joined with " | ", since both formats hold only scalar attributes.
- `csv`: a zip of `nodes.csv`, `edges.csv` and `evidence.csv` (one row per sentence), in
  UTF-8 with a byte order mark so that Excel reads Swedish letters; the columns `Id`,
  `Label`, `Source`, `Target` and `Type` are the ones Gephi's spreadsheet import expects.
  A cell that a spreadsheet would run as a formula (starting with =, +, -, @) is prefixed
  with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.export_format import ExportFormat as ExportFormat
from graph.model import (
    ENTITY_LABELS_SV,
    RELATION_LABELS_SV,
    SYMMETRIC_TYPES,
    Document,
    Graph,
    Relation,
)

JOIN = " | "


def export_bytes(graph: Graph, fmt: ExportFormat) -> bytes:
    """The graph in the format asked for."""
    if fmt is ExportFormat.JSON:
        return (graph.to_json() + "\n").encode("utf-8")
    if fmt is ExportFormat.GRAPHML:
        return _xml(nx.generate_graphml(to_networkx(graph), encoding="utf-8"))
    if fmt is ExportFormat.GEXF:
        return _xml(nx.generate_gexf(to_networkx(graph), encoding="utf-8"))
    return to_csv_zip(graph)


def _xml(lines: Iterable[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Actors as nodes and relations as edges, with scalar attributes only."""
    documents = {d.id: d for d in graph.documents}
    out = nx.MultiDiGraph(name="Samverkan")
    for ent in graph.entities:
        out.add_node(
            ent.id,
            label=ent.name,
            entity_type=ent.type.value,
            type_sv=ENTITY_LABELS_SV[ent.type],
            aliases=JOIN.join(ent.aliases),
            documents=JOIN.join(ent.documents),
        )
    for rel in graph.relations:
        attrs: dict[str, Any] = {
            "label": RELATION_LABELS_SV[rel.type],
            "relation": rel.type.value,
            "confidence": rel.confidence,
            "documents": JOIN.join(rel.documents),
            "document_titles": JOIN.join(_title(documents, d) for d in rel.documents),
            "evidence": JOIN.join(e.text for e in rel.evidence),
            "symmetric": rel.type in SYMMETRIC_TYPES,
        }
        attrs.update(_scalar_properties(rel))
        out.add_edge(rel.source, rel.target, key=_edge_id(rel), **attrs)
    return out


def _edge_id(rel: Relation) -> str:
    return "|".join(rel.key)


def _title(documents: dict[str, Document], document_id: str) -> str:
    doc = documents.get(document_id)
    return doc.title if doc is not None and doc.title else document_id


def _scalar_properties(rel: Relation) -> dict[str, Any]:
    """Relation properties as attributes: scalars kept, anything else as JSON text."""
    result: dict[str, Any] = {}
    for key, value in sorted(rel.properties.items()):
        if value is None:
            continue
        name = f"prop_{key}" if key in _RESERVED else key
        if isinstance(value, bool | int | float | str):
            result[name] = value
        else:
            result[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return result


# Edge attribute names that the writers give a meaning of their own.
_RESERVED = frozenset(
    {"label", "relation", "confidence", "documents", "document_titles", "evidence", "symmetric"}
    | {"id", "key", "type", "weight", "start", "end", "spells", "viz"}
)

NODE_COLUMNS = ["Id", "Label", "type", "type_sv", "aliases", "documents"]
EDGE_COLUMNS = [
    "Source",
    "Target",
    "Type",
    "Label",
    "relation",
    "source_name",
    "target_name",
    "confidence",
    "valid_from",
    "valid_to",
    "properties",
    "documents",
    "evidence",
]
EVIDENCE_COLUMNS = [
    "source",
    "target",
    "relation",
    "document",
    "title",
    "date",
    "kind",
    "start",
    "end",
    "text",
]


def to_csv_zip(graph: Graph) -> bytes:
    """A zip of nodes.csv, edges.csv and evidence.csv."""
    names = {e.id: e.name for e in graph.entities}
    documents = {d.id: d for d in graph.documents}
    nodes = [
        [e.id, e.name, e.type.value, ENTITY_LABELS_SV[e.type], JOIN.join(e.aliases), JOIN.join(e.documents)]
        for e in graph.entities
    ]
    edges = [
        [
            r.source,
            r.target,
            "Undirected" if r.type in SYMMETRIC_TYPES else "Directed",
            RELATION_LABELS_SV[r.type],
            r.type.value,
            names.get(r.source, ""),
            names.get(r.target, ""),
            r.confidence,
            r.valid_from or "",
            r.valid_to or "",
            json.dumps(r.properties, ensure_ascii=False, sort_keys=True) if r.properties else "",
            JOIN.join(r.documents),
            JOIN.join(e.text for e in r.evidence),
        ]
        for r in graph.relations
    ]
    evidence = []
    for r in graph.relations:
        for ev in r.evidence:
            doc = documents.get(ev.document)
            evidence.append(
                [
                    r.source,
                    r.target,
                    r.type.value,
                    ev.document,
                    doc.title if doc else "",
                    doc.date.isoformat() if doc and doc.date else "",
                    doc.kind.value if doc and doc.kind else "",
                    ev.start,
                    ev.end,
                    ev.text,
                ]
            )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nodes.csv", _csv(NODE_COLUMNS, nodes))
        archive.writestr("edges.csv", _csv(EDGE_COLUMNS, edges))
        archive.writestr("evidence.csv", _csv(EVIDENCE_COLUMNS, evidence))
    return buffer.getvalue()


def _csv(header: list[str], rows: list[list[Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return text.getvalue().encode("utf-8-sig")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value a spreadsheet shows as text: a would-be formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
