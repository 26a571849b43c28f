"""'regionen' after a named police region is that police region, unless the text names a regional
council. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def _read(text: str) -> set[tuple[E, str, str]]:
    return {(m.type, m.canonical, m.text) for m in find_document_mentions(text)}


def test_the_region_after_a_police_region_is_that_police_region() -> None:
    found = _read(
        "Polisregion Bergslagen har beslutat om en särskild händelse i Örebro. "
        "Till stöd finns hela regionens resurser."
    )
    assert (E.POLICE_UNIT, "Polisregion Bergslagen", "regionens") in found
    assert not any(t == E.MUNICIPALITY and name.startswith("Region ") for t, name, _ in found)


def test_the_region_where_a_regional_council_is_named_is_no_police_region() -> None:
    found = _read(
        "Polisregion Bergslagen och Region Örebro län samverkar i Örebro. Regionen bidrar med vården."
    )
    assert not any(t == E.POLICE_UNIT and surface == "Regionen" for t, _, surface in found)


def test_the_region_without_a_police_region_is_the_regional_council() -> None:
    found = _read("Örebro kommun samverkar med polisen. Regionen bidrar med vården.")
    assert (E.MUNICIPALITY, "Region Örebro län", "Regionen") in found
