"""Collaborations stated by a verb and taken up as a noun are initiatives, on texts written for
the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


def test_a_collaboration_taken_up_is_named_by_its_topic() -> None:
    text = (
        "I höst ska bostadsbolaget Hemmet och kommunen samarbeta närmare för en ökad trygghet. "
        "Samarbetet gäller bevakning av gårdarna."
    )
    assert "samarbete för en ökad trygghet" in initiatives(text)


def test_without_a_topic_it_is_named_by_its_two_parties() -> None:
    text = "Polisen och Mora kommun samverkar sedan länge. En del av denna samverkan är en trygghetsvandring."
    assert "samverkan mellan Polisen och Mora kommun" in initiatives(text)


def test_a_collaboration_never_taken_up_is_no_initiative() -> None:
    text = "Polisen och Mora kommun samverkar för en ökad trygghet. Skolan i Noret är stor."
    assert not any(name.startswith("samverkan") for name in initiatives(text))


def test_collaboration_as_a_manner_does_not_take_it_up() -> None:
    text = "Polisen och Mora kommun samverkar ofta. Polisen arbetar i samverkan med skolan."
    assert not any(name.startswith("samverkan") for name in initiatives(text))
