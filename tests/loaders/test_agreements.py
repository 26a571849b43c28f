"""Collaboration agreements named by an '-avtal' compound, on sentences written for the tests."""

from __future__ import annotations

from graph.model import EntityType
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == EntityType.INITIATIVE}


def test_a_collaboration_agreement_is_an_initiative() -> None:
    assert "samverkansavtal" in initiatives("Frivården skriver samverkansavtal med kommunerna i Dalarna.")
    assert "samarbetsavtal" in initiatives("Samarbetsavtalet mellan polisen och Mora kommun gäller i tre år.")


def test_a_contract_is_no_initiative() -> None:
    assert not initiatives("Föreningen sade upp hyresavtalet för lokalen i Mora.")
    assert not initiatives("Facket och arbetsgivaren tecknade ett nytt kollektivavtal.")
