"""Relations that hold by structure and role, read from whole made-up documents: police units
inside Polisen and the larger units named, offices that name their unit or agency, appositions
and credit lines, municipal units and companies inside their municipality, places in their town."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import split_sentences
from loaders.mentions.document import find_document_mentions
from loaders.relations.reader import FoundRelation, RelationContext, find_relations
from tests.loaders.relation_reading import edge, no_edge


def read_document(text: str) -> list[FoundRelation]:
    sentences = split_sentences(text)
    mentions = find_document_mentions(text, sentences)
    context = RelationContext(sentences, mentions)
    found: list[FoundRelation] = []
    for s in sentences:
        in_sentence = [m for m in mentions if s.start <= m.start and m.end <= s.end]
        found += find_relations(s.text, s.start, in_sentence, context=context)
    return found


def names(text: str, type_: E) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == type_}


# --------------------------------------------------------------------------- police units


def test_a_police_unit_is_part_of_polisen_and_of_every_larger_unit_named() -> None:
    found = read_document("Lokalpolisområde Gävle har genomfört en insats. Polisregion Mitt stödjer arbetet.")
    edge(found, R.PART_OF, "Lokalpolisområde Gävle", "Polisregion Mitt")
    edge(found, R.PART_OF, "Lokalpolisområde Gävle", "Polisen")
    edge(found, R.PART_OF, "Polisregion Mitt", "Polisen")


def test_a_police_region_by_its_bare_name() -> None:
    found = read_document("– Vi är nöjda, säger Sara Lind, regionpolischef i region Nord.")
    edge(found, R.WORKS_FOR, "Sara Lind", "Polisregion Nord")


def test_an_office_names_its_local_police_area() -> None:
    found = read_document("– Vi jobbar vidare, säger Johan Berg, lokalpolisområdeschef i Tensta.")
    edge(found, R.WORKS_FOR, "Johan Berg", "Lokalpolisområde Tensta")
    edge(found, R.PART_OF, "Lokalpolisområde Tensta", "Polisen")


def test_a_police_title_before_the_next_name_is_that_persons() -> None:
    found = read_document(
        "Lokalpolisområde Gävle bjöd in. Där talade trygghetssamordnare Anna Berg, "
        "lokalpolisområdeschef Per Ek och kommunpolis Lisa Ström."
    )
    no_edge(found, R.WORKS_FOR, "Anna Berg")
    edge(found, R.WORKS_FOR, "Per Ek", "Lokalpolisområde Gävle")


def test_lower_case_words_of_a_police_area_name() -> None:
    assert "Lokalpolisområde Piteå älvdal" in names(
        "Lokalpolisområde Piteå älvdal har fått ny chef.", E.POLICE_UNIT
    )


# --------------------------------------------------------------------------- people and employers


def test_an_organisation_in_apposition_to_a_name() -> None:
    found = read_document("Konferensen leddes av Eva Strand, Tullverket, och Per Holm, Skatteverket.")
    edge(found, R.WORKS_FOR, "Eva Strand", "Tullverket")
    edge(found, R.WORKS_FOR, "Per Holm", "Skatteverket")


def test_a_role_and_its_organisation_without_a_preposition() -> None:
    found = read_document("– Det är viktigt, säger Karin Ek, kommundirektör Ludvika kommun.")
    edge(found, R.WORKS_FOR, "Karin Ek", "Ludvika kommun")


def test_an_office_in_a_body_after_the_name_and_party() -> None:
    found = read_document(
        "– Vi satsar på trygghet, säger Olle Berg (C) kommunstyrelsens ordförande i Ludvika."
    )
    edge(found, R.WORKS_FOR, "Olle Berg", "Kommunstyrelsen i Ludvika")
    edge(found, R.WORKS_FOR, "Olle Berg", "Ludvika kommun")


def test_an_authoritys_own_picture_names_its_source_not_an_employer() -> None:
    found = read_document("Foto: Kriminalvården/Lina Ström")
    assert not any(f.type == R.WORKS_FOR for f in found)


def test_an_office_named_after_its_agency_and_a_county_unit() -> None:
    found = read_document(
        "Kriminalvården i Dalarna samarbetar med polisen. – Det ger resultat, säger Nils Åberg, "
        "kriminalvårdschef i Dalarna."
    )
    edge(found, R.PART_OF, "Kriminalvården i Dalarna", "Kriminalvården")
    assert edge(found, R.WORKS_FOR, "Nils Åberg", "Kriminalvården").properties["role"] == "kriminalvårdschef"
    edge(found, R.WORKS_FOR, "Nils Åberg", "Kriminalvården i Dalarna")


def test_the_head_of_a_named_municipal_unit() -> None:
    found = read_document("– Det fungerar, säger Eva Lund, chef för enheten för Säkerhet och beredskap.")
    edge(found, R.WORKS_FOR, "Eva Lund", "Säkerhet och beredskap")


# --------------------------------------------------------------------------- municipal parts, agencies, places


def test_a_housing_company_is_part_of_its_municipality_and_employs_its_vd() -> None:
    found = read_document(
        "Det kommunala bostadsbolaget Ludvikahem och Ludvika kommun samarbetar. Ludvikahems vd Eva Ek är nöjd."
    )
    edge(found, R.PART_OF, "Ludvikahem", "Ludvika kommun")
    edge(found, R.WORKS_FOR, "Eva Ek", "Ludvikahem")


def test_a_body_is_part_of_the_municipality_of_the_town_it_is_in() -> None:
    found = read_document("Kommunfullmäktige beslutade om kameror i Ludvika.")
    edge(found, R.PART_OF, "Kommunfullmäktige i Ludvika", "Ludvika kommun")


def test_coordinated_councils_and_the_social_services_beside_the_police() -> None:
    found = read_document(
        "Arbetet sker i trygghets- och folkhälsorådet i Ludvika, där polis och socialtjänst ingår."
    )
    edge(found, R.PART_OF, "Trygghets- och folkhälsorådet i Ludvika", "Ludvika kommun")
    edge(found, R.PART_OF, "Socialtjänsten i Ludvika", "Ludvika kommun")


def test_courts_and_state_boards_are_agencies() -> None:
    text = "Beslutet överklagades till övervakningsnämnden, tingsrätten och sedan hovrätten."
    assert {"Övervakningsnämnden", "Tingsrätten", "Hovrätten"} <= names(text, E.AGENCY)
    assert not names(text, E.MUNICIPAL_BODY)


def test_a_city_core_is_in_its_town() -> None:
    edge(read_document("Polisen patrullerar i Borlänge city."), R.LOCATED_IN, "Borlänge city", "Borlänge")
