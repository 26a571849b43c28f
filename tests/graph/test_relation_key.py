"""``relation_key`` gives a relation's key before the relation is built, as ``Relation.key`` does."""

from __future__ import annotations

import pytest

from graph.model import SYMMETRIC_TYPES, Relation, RelationType, relation_key


@pytest.mark.parametrize("type_", list(RelationType))
def test_key_before_the_relation_is_the_relations_key(type_: RelationType) -> None:
    for source, target in (("Organisation:b", "Agency:a"), ("Agency:a", "Organisation:b")):
        built = Relation(source=source, target=target, type=type_)
        assert relation_key(source, type_, target) == built.key


def test_symmetric_ends_are_sorted_and_directed_ends_kept() -> None:
    symmetric = next(iter(SYMMETRIC_TYPES))
    directed = next(t for t in RelationType if t not in SYMMETRIC_TYPES)
    assert relation_key("z", symmetric, "a") == relation_key("a", symmetric, "z")
    assert relation_key("z", directed, "a") != relation_key("a", directed, "z")
