"""The municipality's own units named in its genitive: 'kommunens larmcentral', 'kommunens politiska ledning'."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.extract import find_document_mentions
from loaders.language.text import split_sentences
from tests.loaders.relation_reading import R, edge, read


def _bodies(text: str) -> set[str]:
    mentions = find_document_mentions(text, split_sentences(text))
    return {m.canonical for m in mentions if m.type == E.MUNICIPAL_BODY}


def test_the_municipalitys_alarm_centre_is_a_unit_of_its_own() -> None:
    bodies = _bodies("Ludvika kommun bygger ut. Kommunens trygghets- och larmcentral har öppet dygnet runt.")
    assert "kommunens trygghets- och larmcentral i Ludvika" in bodies


def test_the_political_leadership() -> None:
    bodies = _bodies("Borås stad har fått en ny plan. Den ska lyftas till kommunens politiska ledning.")
    assert "kommunens politiska ledning i Borås" in bodies


def test_a_plain_noun_after_the_genitive_is_no_unit() -> None:
    assert not _bodies("Ludvika kommun bygger ut. Kommunens invånare är nöjda med kommunens centrum.")


def test_the_unit_is_part_of_the_municipality() -> None:
    found = read(
        "Ludvika kommun bygger ut. Kommunens larmcentral har öppet dygnet runt.",
        [
            ("Ludvika kommun", E.MUNICIPALITY, None),
            ("Kommunens larmcentral", E.MUNICIPAL_BODY, "kommunens larmcentral i Ludvika"),
        ],
    )
    edge(found, R.PART_OF, "kommunens larmcentral i Ludvika", "Ludvika kommun")


def test_the_office_for_individuals_and_families_is_a_municipal_body() -> None:
    from loaders.extract import find_document_mentions
    from loaders.language.text import split_sentences

    text = "Individ- och familjeomsorgen i Ljusdal har fått fler socialsekreterare."
    bodies = {
        m.canonical
        for m in find_document_mentions(text, split_sentences(text))
        if m.type.value == "MunicipalBody"
    }
    assert any(b.startswith("Individ- och familjeomsorgen") for b in bodies)


def test_a_service_after_the_citys_capitalised_genitive() -> None:
    bodies = _bodies("Polisen och Borås Stads socialtjänst har träffat familjerna.")
    assert "Socialtjänsten i Borås" in bodies


def test_the_municipalitys_own_social_services_in_its_genitive() -> None:
    bodies = _bodies("Mora kommun deltar. Även kommunens socialtjänst var med. Socialtjänst behövs överallt.")
    assert bodies == {"Socialtjänsten i Mora"}


def test_a_unit_named_after_its_kind_opening_a_sentence() -> None:
    bodies = _bodies("Mora kommun har en ny enhet. Enheten Trygghet och säkerhet ansvarar för kamerorna.")
    assert "Trygghet och säkerhet" in bodies


def test_offices_and_sectors_named_by_their_field() -> None:
    bodies = _bodies(
        "Mora kommun deltar. Trafikkontoret och Sektor Samhällsbyggnad ansvarar, inte sektor Orsa."
    )
    assert bodies == {"Trafikkontoret i Mora", "Sektor Samhällsbyggnad i Mora"}


def test_the_municipalitys_units_for_a_field_in_the_plural() -> None:
    bodies = _bodies("Mora kommun deltar. Arbetet sker med kommunens olika enheter för skola och fritid.")
    assert bodies == {"kommunens olika enheter för skola och fritid i Mora"}


def test_a_unit_named_by_its_field() -> None:
    bodies = _bodies(
        "Ludvika kommun samverkar med polisen. Enheten för trygghet och säkerhet leder arbetet, "
        "och kommunens avdelning för fritid bidrar."
    )
    assert {"Enheten för trygghet och säkerhet i Ludvika", "Avdelningen för fritid i Ludvika"} <= bodies


def test_another_owners_unit_for_a_field_is_no_municipal_unit() -> None:
    bodies = _bodies("Ludvika kommun samverkar med Skatteverket. Skatteverkets enhet för kontroll deltar.")
    assert not any(b.startswith("Enheten för") for b in bodies)
