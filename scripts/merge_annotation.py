"""Merge per-document annotation files into one corpus-level gold file (ONTOLOGY.md JSON).

Each part file annotates one document with ids of its own. Across documents an actor is the
same gold entity when type and normalised name agree (``Polisen`` in every press release);
aliases and documents are united. Relations are keyed by (type, source, target), with the
ends of a symmetric type sorted, and their evidence spans (offsets only) united.

    python scripts/merge_annotation.py tests/data/real/parts -o tests/data/real/gold.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from loaders.evaluation import SYMMETRIC_RELATIONS  # noqa: E402
from loaders.language.text import normalize  # noqa: E402


def _global_id(entity: dict[str, Any]) -> str:
    return f"{entity['type']}:{normalize(entity['name'])}"


def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """One gold graph from the annotations of single documents."""
    documents: list[dict[str, Any]] = []
    entities: dict[str, dict[str, Any]] = {}
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    for part in parts:
        # A title is the document's own words: only its id and metadata are kept.
        documents.extend({k: v for k, v in d.items() if k != "title"} for d in part["documents"])
        local: dict[str, str] = {}
        for raw in part["entities"]:
            key = _global_id(raw)
            local[raw["id"]] = key
            merged = entities.setdefault(key, {**raw, "aliases": [], "documents": []})
            for alias in [raw["name"], *raw.get("aliases", [])]:
                if alias != merged["name"] and alias not in merged["aliases"]:
                    merged["aliases"].append(alias)
            for doc in raw.get("documents", []):
                if doc not in merged["documents"]:
                    merged["documents"].append(doc)
            if raw.get("types"):
                merged["types"] = sorted(set(merged.get("types", [])) | set(raw["types"]))
        for raw in part["relations"]:
            source, target = local[raw["source"]], local[raw["target"]]
            if raw["type"] in SYMMETRIC_RELATIONS:
                source, target = sorted((source, target))
            key = (raw["type"], source, target)
            merged = relations.setdefault(
                key,
                {
                    "source": source,
                    "target": target,
                    "type": raw["type"],
                    "properties": {},
                    "documents": [],
                    "evidence": [],
                },
            )
            merged["properties"].update(raw.get("properties") or {})
            for doc in raw.get("documents", []):
                if doc not in merged["documents"]:
                    merged["documents"].append(doc)
            merged["evidence"].extend(raw.get("evidence", []))
    ids = {key: f"e{number}" for number, key in enumerate(sorted(entities))}
    out_entities = []
    for key in sorted(entities):
        entity = entities[key]
        entity["id"] = ids[key]
        entity.setdefault("types", [entity["type"]])
        if entity["type"] not in entity["types"]:
            entity["types"] = [entity["type"], *entity["types"]]
        out_entities.append(entity)
    out_relations = []
    for rel in sorted(relations.values(), key=lambda r: (r["type"], r["source"], r["target"])):
        rel["source"], rel["target"] = ids[rel["source"]], ids[rel["target"]]
        out_relations.append(rel)
    documents.sort(key=lambda d: d["id"])
    return {"documents": documents, "entities": out_entities, "relations": out_relations}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", type=Path, help="folder of per-document annotation files")
    parser.add_argument("-o", "--out", type=Path, required=True)
    args = parser.parse_args()
    parts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.parts.glob("*.json"))]
    gold = merge(parts)
    args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{len(gold['documents'])} dokument, {len(gold['entities'])} aktörer, "
        f"{len(gold['relations'])} relationer -> {args.out}"
    )


if __name__ == "__main__":
    main()
