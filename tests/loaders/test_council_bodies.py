"""Municipal bodies named by their field, drafting committees, staff offices and services.
Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def _bodies(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.MUNICIPAL_BODY}


def test_a_committee_named_by_its_field() -> None:
    bodies = _bodies("Mora kommun har fattat beslut. Nämnden för arbetsmarknad och vuxenutbildning ansvarar.")
    assert "Nämnden för arbetsmarknad och vuxenutbildning i Mora" in bodies


def test_drafting_committees_staff_offices_and_services() -> None:
    bodies = _bodies(
        "Mora kommun samverkar med polisen. Trygghetsberedningen, kommunledningsstaben och elevhälsan deltar."
    )
    assert {"Trygghetsberedningen i Mora", "Kommunledningsstaben i Mora", "Elevhälsan i Mora"} <= bodies


def test_the_preparing_of_a_matter_is_no_body() -> None:
    assert not _bodies("Mora kommun har ärendet. Ärendeberedningen tar en månad.")
