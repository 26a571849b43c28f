"""Police units named by their function: 'polisens utredningsenhet', 'den lokala underrättelsetjänsten'."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences


def _units(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.POLICE_UNIT}


def test_a_local_intelligence_unit_is_a_police_unit() -> None:
    units = _units(
        "Lokalpolisområde Ludvika ökar närvaron. Den lokala underrättelsetjänsten tar fram lägesbilden."
    )
    assert "Lokala underrättelsetjänsten" in units


def test_the_polices_investigation_unit() -> None:
    units = _units("Polisens utredningsenhet har fått fler utredare i år.")
    assert "Utredningsenhet" in units


def test_a_function_unit_needs_the_police_in_the_document() -> None:
    assert not _units("Den lokala underrättelsetjänsten på företaget har vuxit.")


def test_an_activity_without_article_is_no_unit() -> None:
    units = _units("Lokalpolisområde Ludvika satsar på underrättelseverksamhet i år.")
    assert not any("verksamhet" in u.casefold() for u in units)


def test_a_function_unit_of_a_named_region() -> None:
    units = _units("Polisregion Nords underrättelseenhet har kartlagt nätverket.")
    assert "Polisregion Nords underrättelseenhet" in units


def test_a_function_unit_is_part_of_the_unit_in_its_genitive() -> None:
    from tests.loaders.relation_reading import R, edge, read

    found = read(
        "Polisområde Dalarnas utredningsenhet har tagit över ärendet.",
        [("Polisområde Dalarnas utredningsenhet", E.POLICE_UNIT, None)],
    )
    edge(found, R.PART_OF, "Polisområde Dalarnas utredningsenhet", "Polisområde Dalarna")
    edge(found, R.PART_OF, "Polisområde Dalarnas utredningsenhet", "Polisen")


def test_units_in_the_polices_genitive() -> None:
    units = _units("Polisens regionala insatsstyrka och polisens kommunikationsavdelning var på plats.")
    assert {"Polisens regionala insatsstyrka", "Polisens kommunikationsavdelning"} <= units


def test_units_and_centres_in_the_polices_genitive() -> None:
    units = _units("Polisens gängenhet och polisens kontaktcenter tog emot tipsen.")
    assert {"Polisens gängenhet", "Polisens kontaktcenter"} <= units


def test_a_person_in_the_polices_genitive_is_no_unit() -> None:
    units = _units("Polisens insatsledare och polisens presstalesperson bekräftar uppgifterna.")
    assert units <= {"Polisen"}


def test_the_regional_command_centre() -> None:
    assert "Regionledningscentralen" in _units(
        "Polisen larmades. Regionledningscentralen skickade två patruller."
    )


def _extracted(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    from graph.model import Document
    from loaders.extract import extract
    from loaders.reading.read import LoadedDocument

    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    entities = {(e.type.value, e.name) for e in graph.entities}
    return entities, {(r.type.value, names[r.source], names[r.target]) for r in graph.relations}


def test_a_function_named_by_its_police_area_is_a_unit_of_that_area() -> None:
    entities, relations = _extracted("Ärendet utreds nu av grova brott inom polisområde Dalarna.")
    assert ("PoliceUnit", "Grova brott inom polisområde Dalarna") in entities
    assert ("PoliceUnit", "Polisområde Dalarna") in entities
    assert ("PART_OF", "Grova brott inom polisområde Dalarna", "Polisområde Dalarna") in relations
    assert ("PART_OF", "Grova brott inom polisområde Dalarna", "Polisen") in relations


def test_a_team_of_a_police_region_named_without_its_prefix() -> None:
    entities, relations = _extracted("Beslutet togs i ledningsgruppen i region Nord i går kväll.")
    assert ("PoliceUnit", "Ledningsgruppen i region Nord") in entities
    assert ("PART_OF", "Ledningsgruppen i region Nord", "Polisregion Nord") in relations


def test_a_county_councils_region_is_no_police_area() -> None:
    entities, _ = _extracted("Ledningsgruppen i Region Stockholm har mötts om vårdköerna.")
    assert not any(kind == "PoliceUnit" and "Ledningsgruppen" in name for kind, name in entities)


def test_a_service_of_a_police_region_opening_a_sentence() -> None:
    entities, relations = _extracted("Kriminalunderrättelsetjänsten i region Syd har kartlagt nätverket.")
    assert ("PoliceUnit", "Kriminalunderrättelsetjänsten i region Syd") in entities
    assert ("PART_OF", "Kriminalunderrättelsetjänsten i region Syd", "Polisregion Syd") in relations


def test_the_police_signing_by_its_area_without_a_preposition() -> None:
    from loaders.mentions.document import find_document_mentions

    text = "Polisen Gävleborg och Polisen Sundsvall har gripit två män. Polisen Anna Ek svarade."
    units = {m.canonical for m in find_document_mentions(text) if m.type.value == "PoliceUnit"}
    assert units == {"Polisområde Gävleborg", "Lokalpolisområde Sundsvall", "Polisen"}


def test_police_units_named_together_in_the_plural() -> None:
    from loaders.mentions.document import find_document_mentions

    text = "Lokalpolisområdena Mora och Orsa samt polisområdena Dalarna och Gävleborg deltar."
    found = {(m.type.value, m.canonical) for m in find_document_mentions(text)}
    assert {
        ("PoliceUnit", "Lokalpolisområde Mora"),
        ("PoliceUnit", "Lokalpolisområde Orsa"),
        ("PoliceUnit", "Polisområde Dalarna"),
        ("PoliceUnit", "Polisområde Gävleborg"),
    } <= found
    assert not [name for type_, name in found if type_ == "Municipality"]


def test_the_area_a_police_chief_heads_is_the_unit_not_a_place() -> None:
    text = "Anders Ek, lokalpolisområdeschef norra Byhult, och Mats Ek, kommunalråd, skrev under."
    mentions = find_document_mentions(text)
    assert (E.POLICE_UNIT, "Lokalpolisområde Norra Byhult") in {(m.type, m.canonical) for m in mentions}
    assert not any(m.type == E.PLACE for m in mentions)
