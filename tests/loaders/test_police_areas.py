"""Local police areas the gazetteer does not list, placed by their town's county; 'LPO X' as a
name of a local police area. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences
from loaders.mentions.gazetteer import load_gazetteer
from loaders.relations.structure.police_areas import covering_areas
from tests.loaders.relation_reading import R, edge, no_edge, read


def test_an_unlisted_local_area_lies_in_its_countys_area_and_region() -> None:
    names = [a.name for a in covering_areas(load_gazetteer(), "Lokalpolisområde Hedemora")]
    assert names == ["Polisområde Dalarna", "Polisregion Bergslagen"]


def test_a_split_county_gives_the_region_alone() -> None:
    names = [a.name for a in covering_areas(load_gazetteer(), "Lokalpolisområde Hörby")]
    assert names == ["Polisregion Syd"]


def test_an_area_named_after_two_towns_takes_the_first() -> None:
    names = [a.name for a in covering_areas(load_gazetteer(), "Lokalpolisområde Sala/Heby")]
    assert names == ["Polisområde Västmanland", "Polisregion Mitt"]


def test_an_area_not_named_after_a_town_is_not_placed() -> None:
    assert covering_areas(load_gazetteer(), "Lokalpolisområde Västra Fjällen") == []


def test_the_region_the_text_names_is_the_parent() -> None:
    found = read(
        "Lokalpolisområde Hedemora får i höst stöd av polisregion Bergslagen.",
        [
            ("Lokalpolisområde Hedemora", E.POLICE_UNIT, None),
            ("polisregion Bergslagen", E.POLICE_UNIT, "Polisregion Bergslagen"),
        ],
    )
    edge(found, R.PART_OF, "Lokalpolisområde Hedemora", "Polisregion Bergslagen")
    edge(found, R.PART_OF, "Lokalpolisområde Hedemora", "Polisen")


def test_the_only_police_area_named_is_not_taken_across_counties() -> None:
    found = read(
        "Polisområde Värmland har presenterat sina löften. Lokalpolisområde Hedemora deltar inte.",
        [
            ("Polisområde Värmland", E.POLICE_UNIT, None),
            ("Lokalpolisområde Hedemora", E.POLICE_UNIT, None),
        ],
    )
    no_edge(found, R.PART_OF, "Lokalpolisområde Hedemora", "Polisområde Värmland")


def test_in_a_split_county_the_one_area_of_its_region_named() -> None:
    found = read(
        "Polisområde Södra Skåne leder arbetet. Lokalpolisområde Hörby bidrar med personal.",
        [
            ("Polisområde Södra Skåne", E.POLICE_UNIT, None),
            ("Lokalpolisområde Hörby", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PART_OF, "Lokalpolisområde Hörby", "Polisområde Södra Skåne")


def test_lpo_and_a_town_is_a_local_police_area() -> None:
    text = "LPO Hedemora och kommunen har tecknat en överenskommelse."
    mentions = find_document_mentions(text, split_sentences(text))
    assert "Lokalpolisområde Hedemora" in {m.canonical for m in mentions if m.type == E.POLICE_UNIT}


def _police(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.POLICE_UNIT}


def test_the_police_authority_in_a_local_area_named_with_its_direction() -> None:
    assert "Lokalpolisområde Norra Lappland" in _police(
        "Polismyndigheten i norra Lappland och kommunen samverkar."
    )


def test_the_police_in_a_place_of_two_words() -> None:
    units = _police("Polisen i Västra Götaland har skärpt kontrollerna.")
    assert "Polisen i Västra Götaland" in units
    assert "Polisen i Västra" not in units


def test_the_police_in_a_town_before_a_name() -> None:
    units = _police("Enligt polisen i Hedemora Anna Ek har det varit lugnt.")
    assert "Lokalpolisområde Hedemora" in units


def test_a_regional_function_belongs_to_the_region() -> None:
    found = read(
        "Lokalpolisområde Hedemora och polisregion Bergslagen deltar. Regionala utredningsenheten leder arbetet.",
        [
            ("Lokalpolisområde Hedemora", E.POLICE_UNIT, None),
            ("polisregion Bergslagen", E.POLICE_UNIT, "Polisregion Bergslagen"),
            ("Regionala utredningsenheten", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PART_OF, "Regionala utredningsenheten", "Polisregion Bergslagen")
    no_edge(found, R.PART_OF, "Regionala utredningsenheten", "Lokalpolisområde Hedemora")
