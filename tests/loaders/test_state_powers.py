"""The parliament and the government named as a pair without articles. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def _agencies(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.AGENCY}


def test_parliament_and_government_as_a_pair() -> None:
    assert _agencies("Uppdraget kom från riksdag och regering förra året.") == {"Riksdagen", "Regeringen"}
    assert _agencies("Regering och riksdag har gett kommunerna ett nytt ansvar.") == {
        "Regeringen",
        "Riksdagen",
    }


def test_a_government_alone_in_its_bare_form_is_a_common_noun() -> None:
    assert not _agencies("Landet fick en ny regering efter valet.")
