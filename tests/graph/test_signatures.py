"""The ontology's type signatures: what the gold annotation uses fits, the obvious misfits do not."""

from __future__ import annotations

from graph.model import EntityType, RelationType
from graph.signatures import fits, signature_sv

T = EntityType
R = RelationType


def test_every_relation_of_the_gold_annotation_fits(gold: dict) -> None:
    types = {e["id"]: e.get("types") or [e["type"]] for e in gold["entities"]}
    for rel in gold["relations"]:
        assert any(
            fits(R(rel["type"]), T(s), T(t)) for s in types[rel["source"]] for t in types[rel["target"]]
        ), rel


def test_misfits_are_refused() -> None:
    assert not fits(R.MEMBER_OF, T.MUNICIPALITY, T.POLITICAL_PARTY)
    assert not fits(R.LOCATED_IN, T.PLACE, T.MUNICIPALITY)
    assert not fits(R.PART_OF, T.INITIATIVE, T.MUNICIPALITY)
    assert not fits(R.COLLABORATES_WITH, T.PLACE, T.POLICE_UNIT)
    assert fits(R.PART_OF, T.MUNICIPAL_BODY, T.MUNICIPALITY)
    assert fits(R.WORKS_FOR, T.PERSON, T.POLICE_UNIT)


def test_signatures_read_in_swedish() -> None:
    assert signature_sv(R.MEMBER_OF) == "från person till parti"
    assert signature_sv(R.RUNS) == "från en aktör till insats/initiativ"
