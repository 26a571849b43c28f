import copy
import json
from pathlib import Path
from typing import Any

import pytest

from loaders.evaluation import Counts, EvaluationReport, format_report, score

GOLD_PATH = Path(__file__).resolve().parents[3] / "shared" / "gold" / "huddinge.json"


def as_extracted(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold graph in the shape the extraction writes."""
    return {
        "documents": [{"id": d["id"]} for d in gold.get("documents", [])],
        "entities": [
            {
                "id": e["id"],
                "type": e["type"],
                "name": e["name"],
                "aliases": list(e.get("aliases", [])),
                "documents": list(e.get("documents", [])),
            }
            for e in gold["entities"]
        ],
        "relations": [
            {
                "source": r["source"],
                "target": r["target"],
                "type": r["type"],
                "properties": dict(r.get("properties", {})),
                "confidence": 1.0,
                "evidence": [
                    {"document": doc, "start": 0, "end": 1, "text": r["evidence"]}
                    for doc in r.get("documents", [])
                ],
            }
            for r in gold["relations"]
        ],
    }


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    if not GOLD_PATH.exists():
        pytest.skip(f"gold annotation not found at {GOLD_PATH}")
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def entity(id_: str, type_: str, name: str, *aliases: str, **extra: Any) -> dict[str, Any]:
    return {"id": id_, "type": type_, "name": name, "aliases": list(aliases), **extra}


def rel(source: str, target: str, type_: str) -> dict[str, Any]:
    return {"source": source, "target": target, "type": type_}


# A small hand-made gold graph in the gold file's shape.
SMALL_GOLD: dict[str, Any] = {
    "entities": [
        entity("pol", "PoliceUnit", "Polisen", "polismyndigheten", types=["PoliceUnit"]),
        entity("kom", "Municipality", "Sundby kommun", "kommunen", types=["Municipality"]),
        entity("alby", "Place", "Alby", types=["Place"]),
        entity("anna", "Person", "Anna Andersson", types=["Person"]),
        entity(
            "natverk",
            "CriminalGroup",
            "kriminella nätverk i Alby",
            "kriminella nätverk",
            types=["CriminalGroup"],
            generic=True,
            head="nätverk",
        ),
        entity(
            "grupper",
            "CriminalGroup",
            "kriminella grupper i Alby",
            types=["CriminalGroup"],
            generic=True,
            head="grupp",
        ),
        entity(
            "vakt",
            "Group",
            "Ordningsvakterna",
            types=["Group", "Organisation"],
        ),
    ],
    "relations": [
        {**rel("pol", "kom", "COLLABORATES_WITH"), "documents": ["d1"], "evidence": "x"},
        {**rel("natverk", "alby", "ESTABLISHED_IN"), "documents": ["d1"], "evidence": "y"},
        {**rel("anna", "kom", "WORKS_FOR"), "documents": ["d1"], "evidence": "z"},
        {**rel("pol", "alby", "ACTIVE_IN"), "documents": ["d1"], "evidence": "w"},
    ],
}


# -- the gold file -------------------------------------------------------------


def test_perfect_extraction_of_gold_scores_one(gold: dict[str, Any]) -> None:
    report = score(as_extracted(gold), gold)
    for section in (report.entities, report.relations):
        assert section.overall.precision == 1.0
        assert section.overall.recall == 1.0
        assert section.overall.f1 == 1.0
        assert section.missed == [] and section.spurious == []
        for counts in section.per_type.values():
            assert counts.f1 == 1.0


def test_removing_gold_items_lowers_recall_exactly(gold: dict[str, Any]) -> None:
    extracted = as_extracted(gold)
    n_entities, n_relations = len(gold["entities"]), len(gold["relations"])
    removed = extracted["entities"].pop(0)
    extracted["relations"] = extracted["relations"][3:]
    touching = sum(removed["id"] in (r["source"], r["target"]) for r in gold["relations"][3:])
    report = score(extracted, gold)
    assert report.entities.overall.recall == pytest.approx((n_entities - 1) / n_entities)
    assert report.entities.overall.precision == 1.0
    expected = (n_relations - 3 - touching) / n_relations
    assert report.relations.overall.recall == pytest.approx(expected)
    assert f"{removed['type']}: {removed['name']}" in report.entities.missed
    assert len(report.relations.missed) == 3 + touching


def test_spurious_items_lower_precision(gold: dict[str, Any]) -> None:
    extracted = as_extracted(gold)
    extracted["entities"].append(entity("x1", "Person", "Kerstin Alm"))
    extracted["entities"].append(entity("x2", "Place", "Norrby"))
    first = extracted["entities"][0]["id"]
    extracted["relations"].append(rel(first, "x2", "ACTIVE_IN"))
    report = score(extracted, gold)
    n = len(gold["entities"])
    assert report.entities.overall.precision == pytest.approx(n / (n + 2))
    assert report.entities.overall.recall == 1.0
    assert report.entities.spurious == ["Person: Kerstin Alm", "Place: Norrby"]
    m = len(gold["relations"])
    assert report.relations.overall.precision == pytest.approx(m / (m + 1))
    first_name = extracted["entities"][0]["name"]
    assert report.relations.spurious == [f"ACTIVE_IN: {first_name} -> Norrby"]


def test_report_formats_and_serialises(gold: dict[str, Any]) -> None:
    extracted = as_extracted(gold)
    extracted["entities"] = extracted["entities"][1:]
    report = score(extracted, gold)
    text = format_report(report)
    assert "Entities" in text and "Relations" in text and "Missed entities" in text
    data = report.to_dict()
    json.dumps(data)
    assert data["entities"]["overall"]["gold"] == len(gold["entities"])
    assert set(data["relations"]["per_type"]) == {r["type"] for r in gold["relations"]}


# -- matching rules on a small graph ------------------------------------------


def test_definite_and_genitive_forms_match() -> None:
    extracted = {
        "entities": [
            entity("a", "PoliceUnit", "polisens"),
            entity("b", "Municipality", "Sundby kommuns"),
            entity("c", "Place", "Albys"),
            entity("d", "Group", "ordningsvakter", "ordningsvakterna"),
        ],
        "relations": [],
    }
    report = score(extracted, SMALL_GOLD)
    assert report.entities.spurious == []
    assert report.entities.overall.precision == 1.0
    assert report.entities.per_type["Group"].gold_matched == 1


def test_type_must_agree() -> None:
    extracted = {"entities": [entity("a", "Place", "Polisen")], "relations": []}
    report = score(extracted, SMALL_GOLD)
    assert report.entities.overall.precision == 0.0
    assert report.entities.spurious == ["Place: Polisen"]


def test_any_listed_gold_type_is_accepted() -> None:
    extracted = {"entities": [entity("a", "Organisation", "Ordningsvakterna")], "relations": []}
    report = score(extracted, SMALL_GOLD)
    assert report.entities.overall.extracted_matched == 1
    # Per type: the extracted side by its own type, the gold side by its first.
    assert report.entities.per_type["Organisation"].extracted_matched == 1
    assert report.entities.per_type["Group"].gold_matched == 1


def test_alias_of_extracted_matches_gold_name() -> None:
    extracted = {
        "entities": [entity("a", "Person", "A. Andersson", "Anna Andersson")],
        "relations": [],
    }
    assert score(extracted, SMALL_GOLD).entities.overall.extracted_matched == 1


def test_generic_head_matching() -> None:
    extracted = {
        "entities": [
            entity("n", "CriminalGroup", "kriminella nätverken i Norrby"),
            entity("g", "CriminalGroup", "stökiga grupper"),
            entity("x", "CriminalGroup", "Bröderna Svensson"),
            entity("p", "Group", "nätverk för föräldrar"),
        ],
        "relations": [],
    }
    report = score(extracted, SMALL_GOLD)
    assert report.entities.spurious == [
        "CriminalGroup: Bröderna Svensson",
        "Group: nätverk för föräldrar",
    ]
    counts = report.entities.per_type["CriminalGroup"]
    assert (counts.extracted_matched, counts.extracted) == (2, 3)
    assert (counts.gold_matched, counts.gold) == (2, 2)


def test_symmetric_collaboration_either_order() -> None:
    extracted = {
        "entities": [
            entity("k", "Municipality", "kommunen"),
            entity("p", "PoliceUnit", "Polismyndigheten"),
            entity("a", "Place", "Alby"),
        ],
        "relations": [
            rel("k", "p", "COLLABORATES_WITH"),
            rel("a", "p", "ACTIVE_IN"),  # wrong direction: not symmetric
        ],
    }
    report = score(extracted, SMALL_GOLD)
    assert report.relations.per_type["COLLABORATES_WITH"].f1 == 1.0
    assert report.relations.per_type["ACTIVE_IN"].extracted_matched == 0
    assert report.relations.spurious == ["ACTIVE_IN: Alby -> Polismyndigheten"]
    assert "ACTIVE_IN: Polisen -> Alby" in report.relations.missed


def test_duplicate_relations_are_counted_once() -> None:
    extracted = {
        "entities": [
            entity("k", "Municipality", "Sundby kommun"),
            entity("p", "PoliceUnit", "Polisen"),
        ],
        "relations": [
            rel("k", "p", "COLLABORATES_WITH"),
            rel("p", "k", "COLLABORATES_WITH"),
        ],
    }
    counts = score(extracted, SMALL_GOLD).relations.overall
    assert (counts.extracted, counts.extracted_matched, counts.gold_matched) == (1, 1, 1)


def test_relation_ends_match_through_generic_entities() -> None:
    extracted = {
        "entities": [
            entity("n", "CriminalGroup", "tungt kriminella nätverk"),
            entity("a", "Place", "Albys"),
        ],
        "relations": [rel("n", "a", "ESTABLISHED_IN")],
    }
    report = score(extracted, SMALL_GOLD)
    assert report.relations.overall.extracted_matched == 1
    assert report.relations.per_type["ESTABLISHED_IN"].recall == 1.0


def test_many_to_one_counts_and_duplicates() -> None:
    extracted = {
        "entities": [
            entity("p1", "PoliceUnit", "Polisen"),
            entity("p2", "PoliceUnit", "polismyndigheten"),
        ],
        "relations": [],
    }
    report = score(extracted, SMALL_GOLD)
    counts = report.entities.overall
    assert (counts.extracted, counts.extracted_matched) == (2, 2)
    assert counts.gold_matched == 1
    assert report.entities.duplicates == ["PoliceUnit: Polisen <- Polisen, polismyndigheten"]


def test_per_type_numbers() -> None:
    extracted = {
        "entities": [
            entity("p", "PoliceUnit", "Polisen"),
            entity("x", "PoliceUnit", "Gränspolisen"),
            entity("a", "Place", "Alby"),
        ],
        "relations": [rel("p", "a", "ACTIVE_IN"), rel("x", "a", "ACTIVE_IN")],
    }
    report = score(extracted, SMALL_GOLD)
    police = report.entities.per_type["PoliceUnit"]
    assert (police.precision, police.recall) == (0.5, 1.0)
    assert police.f1 == pytest.approx(2 / 3)
    person = report.entities.per_type["Person"]
    assert (person.extracted, person.gold, person.recall) == (0, 1, 0.0)
    overall = report.entities.overall
    assert overall.precision == pytest.approx(2 / 3)
    assert overall.recall == pytest.approx(2 / 7)
    active = report.relations.per_type["ACTIVE_IN"]
    assert (active.precision, active.recall) == (0.5, 1.0)
    assert report.relations.overall.recall == pytest.approx(1 / 4)


def test_empty_graphs() -> None:
    report = score({"entities": [], "relations": []}, {"entities": [], "relations": []})
    assert report.entities.overall == Counts()
    assert report.entities.overall.f1 == 1.0
    report = score({}, SMALL_GOLD)
    assert report.entities.overall.precision == 0.0
    assert report.entities.overall.recall == 0.0


def test_scoring_does_not_modify_inputs() -> None:
    before = copy.deepcopy(SMALL_GOLD)
    score(SMALL_GOLD, SMALL_GOLD)
    assert before == SMALL_GOLD


def test_scoring_time_grows_with_size_not_its_square() -> None:
    import gc
    import time

    def scored(size: int) -> tuple[float, EvaluationReport]:
        gold = {
            "entities": [entity(f"g{i}", "Place", f"Plats{i}by") for i in range(size)],
            "relations": [rel(f"g{i}", f"g{i + 1}", "LOCATED_IN") for i in range(size - 1)],
        }
        extracted = {
            "entities": [entity(f"e{i}", "Place", f"Plats{i}bys") for i in range(size)],
            "relations": [rel(f"e{i}", f"e{i + 1}", "LOCATED_IN") for i in range(size - 1)],
        }
        # CPU time, without the collector's passes over what earlier tests left on the heap
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            report = score(extracted, gold)
            return time.process_time() - start, report
        finally:
            gc.enable()

    small = min(scored(5_000)[0] for _ in range(2))
    large, report = min((scored(20_000) for _ in range(2)), key=lambda pair: pair[0])
    # Four times the entities: about 7 times as long today (candidates grow with the name index);
    # comparing each with every other would take 16 times as long.
    assert large / max(small, 1e-3) < 12, f"5,000: {small:.2f} s, 20,000: {large:.2f} s"
    assert report.entities.overall.f1 == 1.0
    assert report.relations.overall.f1 == 1.0
