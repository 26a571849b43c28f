"""Joint groups and meetings named by a compound of collaboration, on sentences written for the
tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


def test_joint_groups_and_meetings_are_initiatives() -> None:
    text = (
        "ABC-gruppen träffas varje vecka. Kommunen har en samverkansgrupp mot klotter. "
        "Polisen kallade till ett trygghetsmöte i Noret. Socialtjänsten leder insatsgruppen."
    )
    assert {"ABC-grupp", "samverkansgrupp", "trygghetsmöte", "insatsgrupp"} <= initiatives(text)


def test_groups_and_meetings_of_other_kinds_are_none() -> None:
    text = "Arbetsgruppen och ledningsgruppen möts före föräldramötet i skolan."
    assert not initiatives(text)


def test_meetings_in_the_plural_or_with_their_partners_are_not_read_here() -> None:
    text = "Kontinuerliga samverkansmöten hålls i Noret. Ett samverkansmöte med skolan hölls."
    assert "samverkansmöte" not in initiatives(text)
