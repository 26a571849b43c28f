"""Employers beside a name that a title alone does not give: the employer in the genitive, a verb
of working, a duty between the title and its organisation. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument
from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_an_employer_in_the_genitive_before_the_name() -> None:
    found = read(
        "– Det har blivit lugnare på kvällarna, säger socialtjänstens Lina Dahl.",
        [("socialtjänstens", E.MUNICIPAL_BODY, "Socialtjänsten"), ("Lina Dahl", E.PERSON, None)],
    )
    edge(found, R.WORKS_FOR, "Lina Dahl", "Socialtjänsten")


def test_a_noun_before_the_name_is_no_genitive_employer() -> None:
    found = read(
        "Vid mötet med Tullverket Lina Dahl och andra deltog.",
        [("Tullverket", E.AGENCY, None), ("Lina Dahl", E.PERSON, None)],
    )
    no_edge(found, R.WORKS_FOR, "Lina Dahl", "Tullverket")


def test_a_verb_of_working_before_the_employer() -> None:
    found = read(
        "Tove Lind arbetar på Skatteverket och Jon Ek, som jobbar vid Kriminalvården, berättar.",
        [
            ("Tove Lind", E.PERSON, None),
            ("Skatteverket", E.AGENCY, None),
            ("Jon Ek", E.PERSON, None),
            ("Kriminalvården", E.AGENCY, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Tove Lind", "Skatteverket")
    edge(found, R.WORKS_FOR, "Jon Ek", "Kriminalvården")


def test_a_duty_between_the_title_and_the_organisation() -> None:
    found = read(
        "– Vi ser en ökning, säger Sara Holm, chef för underrättelseenheten på Polisregion Nord.",
        [("Sara Holm", E.PERSON, None), ("Polisregion Nord", E.POLICE_UNIT, None)],
    )
    assert edge(found, R.WORKS_FOR, "Sara Holm", "Polisregion Nord").properties == {"role": "chef"}


def test_a_duty_in_place_of_a_title() -> None:
    found = read(
        "– Vi ser en ökning, säger Sara Holm, som leder arbetet på Länsstyrelsen i Norrbotten.",
        [("Sara Holm", E.PERSON, None), ("Länsstyrelsen i Norrbotten", E.AGENCY, None)],
    )
    edge(found, R.WORKS_FOR, "Sara Holm", "Länsstyrelsen i Norrbotten")


def test_a_new_office_is_the_office() -> None:
    found = read(
        "Mats Öberg är ny chef för Kustbevakningen.",
        [("Mats Öberg", E.PERSON, None), ("Kustbevakningen", E.AGENCY, None)],
    )
    assert edge(found, R.WORKS_FOR, "Mats Öberg", "Kustbevakningen").properties == {"role": "chef"}


def test_a_body_in_the_genitive_after_a_copula() -> None:
    found = read(
        "Eva Strand är kommunstyrelsens ordförande sedan valet.",
        [("Eva Strand", E.PERSON, None), ("kommunstyrelsens", E.MUNICIPAL_BODY, "Kommunstyrelsen")],
    )
    assert edge(found, R.WORKS_FOR, "Eva Strand", "Kommunstyrelsen").properties == {"role": "ordförande"}


def _extracted(text: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return set(names.values()), {(r.type.value, names[r.source], names[r.target]) for r in graph.relations}


def test_the_genitive_employer_is_not_part_of_the_name() -> None:
    names, relations = _extracted("– Det märks redan, säger Polisens Lina Dahl.")
    assert "Lina Dahl" in names and "Polisens Lina Dahl" not in names
    assert ("WORKS_FOR", "Lina Dahl", "Polisen") in relations


def test_where_a_person_works_is_no_presence_of_the_person() -> None:
    _, relations = _extracted("Tove Lind arbetar på Skatteverket i Falun.")
    assert ("WORKS_FOR", "Tove Lind", "Skatteverket") in relations
    assert not any(r[0] == "ACTIVE_IN" for r in relations)


def test_an_organisation_in_the_genitive_and_the_office_after_the_name() -> None:
    found = read(
        "– Läget är allvarligt, säger Jon Ek, Tullverkets utredare i Malmö.",
        [("Jon Ek", E.PERSON, None), ("Tullverkets", E.AGENCY, "Tullverket")],
    )
    assert edge(found, R.WORKS_FOR, "Jon Ek", "Tullverket").properties == {"role": "utredare"}


def test_a_duty_of_an_organisation_in_the_genitive() -> None:
    found = read(
        "– Läget är allvarligt, säger Jon Ek som leder Kustbevakningens arbete i norr.",
        [("Jon Ek", E.PERSON, None), ("Kustbevakningens", E.AGENCY, "Kustbevakningen")],
    )
    edge(found, R.WORKS_FOR, "Jon Ek", "Kustbevakningen")


def test_the_office_in_the_next_sentence_after_a_pronoun() -> None:
    _, relations = _extracted("– Vi ser fler anmälningar, säger Lina Dahl. Hon är samordnare på Tullverket.")
    assert ("WORKS_FOR", "Lina Dahl", "Tullverket") in relations
    _, relations = _extracted(
        "– Vi ser fler anmälningar, säger Lina Dahl. Hon är glad att Tullverket hjälper till."
    )
    assert not any(r[0] == "WORKS_FOR" for r in relations)


def test_a_police_office_after_a_verb_of_working() -> None:
    _, relations = _extracted("Jon Ek jobbar som kommunpolis i Bergby. Polisen har fått fler tips.")
    assert ("WORKS_FOR", "Jon Ek", "Polisen") in relations


def test_a_title_then_the_organisation_after_a_comma() -> None:
    _, relations = _extracted("Kontakt: Lina Dahl, kommunikatör, Tullverket.")
    assert ("WORKS_FOR", "Lina Dahl", "Tullverket") in relations


def test_an_office_in_a_committee_is_an_office_in_its_municipality() -> None:
    _, relations = _extracted(
        "Orsa kommun satsar på trygghet. – Det är ett viktigt steg, säger Maria Lund (S), ordförande i "
        "socialnämnden i Orsa kommun."
    )
    assert ("WORKS_FOR", "Maria Lund", "Orsa kommun") in relations
    assert any(r[0] == "WORKS_FOR" and r[1] == "Maria Lund" and "ocialnämnden" in r[2] for r in relations)


def test_an_office_with_a_time_adverbial_or_a_verb_of_working() -> None:
    _, relations = _extracted("Det berättar Lina Dahl, som sedan i våras är samordnare på Tullverket.")
    assert ("WORKS_FOR", "Lina Dahl", "Tullverket") in relations
    _, relations = _extracted("Jon Ek har arbetat som utredare på Kustbevakningen i tio år.")
    assert ("WORKS_FOR", "Jon Ek", "Kustbevakningen") in relations


def test_a_police_office_and_its_area_before_the_name() -> None:
    _, relations = _extracted(
        "Polisen har fått fler tips. Kommunpolisen i Orsa, Lina Dahl, berättar om arbetet."
    )
    assert ("WORKS_FOR", "Lina Dahl", "Polisen") in relations


def test_an_office_said_once_after_a_list_of_names() -> None:
    _, relations = _extracted("Lina Dahl och Jon Ek, båda utredare på Tullverket, berättade om arbetet.")
    assert {("WORKS_FOR", "Lina Dahl", "Tullverket"), ("WORKS_FOR", "Jon Ek", "Tullverket")} <= relations
    _, relations = _extracted("Lina Dahl och Jon Ek från Kustbevakningen berättade om arbetet.")
    assert ("WORKS_FOR", "Lina Dahl", "Kustbevakningen") in relations
    _, relations = _extracted("Lina Dahl och Jon Ek träffade Tullverket i går.")
    assert not any(r[0] == "WORKS_FOR" for r in relations)


def test_an_employer_in_brackets_after_the_name() -> None:
    found = read(
        "Stina Ek (Skatteverket) och Olle Sand (Tullverket) höll varsitt föredrag.",
        [
            ("Stina Ek", E.PERSON, None),
            ("Skatteverket", E.AGENCY, None),
            ("Olle Sand", E.PERSON, None),
            ("Tullverket", E.AGENCY, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Stina Ek", "Skatteverket")
    edge(found, R.WORKS_FOR, "Olle Sand", "Tullverket")
    no_edge(found, R.WORKS_FOR, "Stina Ek", "Tullverket")


def test_a_municipal_staff_office_is_held_in_the_documents_municipality() -> None:
    found = read(
        "Hedemora kommun har anställt fler. Trygghetssamordnaren Lena Ås och Bo Ek, fältassistent, berättar.",
        [
            ("Hedemora kommun", E.MUNICIPALITY, None),
            ("Lena Ås", E.PERSON, None),
            ("Bo Ek", E.PERSON, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Lena Ås", "Hedemora kommun")
    edge(found, R.WORKS_FOR, "Bo Ek", "Hedemora kommun")


def test_a_staff_office_with_its_employer_named_is_not_the_municipalitys() -> None:
    found = read(
        "Hedemora kommun har anställt fler. Nils Ek, säkerhetschef på Vaktbolaget, deltog.",
        [
            ("Hedemora kommun", E.MUNICIPALITY, None),
            ("Nils Ek", E.PERSON, None),
            ("Vaktbolaget", E.ORGANISATION, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Nils Ek", "Vaktbolaget")
    no_edge(found, R.WORKS_FOR, "Nils Ek", "Hedemora kommun")


def test_a_staff_office_before_the_next_name_is_that_persons() -> None:
    found = read(
        "Hedemora kommun bjöd in. Där talade Eva Lind, säkerhetssamordnare Per Holm och andra.",
        [
            ("Hedemora kommun", E.MUNICIPALITY, None),
            ("Eva Lind", E.PERSON, None),
            ("Per Holm", E.PERSON, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Per Holm", "Hedemora kommun")
    no_edge(found, R.WORKS_FOR, "Eva Lind", "Hedemora kommun")


def test_a_party_in_the_genitive_before_the_name() -> None:
    found = read(
        "Enligt Vänsterpartiets Lisa Holm behövs fler fältassistenter.",
        [("Vänsterpartiets", E.POLITICAL_PARTY, "Vänsterpartiet"), ("Lisa Holm", E.PERSON, None)],
    )
    edge(found, R.MEMBER_OF, "Lisa Holm", "Vänsterpartiet")


def test_a_seat_held_for_a_party() -> None:
    found = read(
        "Jonas Ås, ledamot i kommunstyrelsen för Liberalerna, håller med. Eva Sand är gruppledare för Moderaterna.",
        [
            ("Jonas Ås", E.PERSON, None),
            ("kommunstyrelsen", E.MUNICIPAL_BODY, "Kommunstyrelsen"),
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("Eva Sand", E.PERSON, None),
            ("Moderaterna", E.POLITICAL_PARTY, None),
        ],
    )
    edge(found, R.MEMBER_OF, "Jonas Ås", "Liberalerna")
    edge(found, R.MEMBER_OF, "Eva Sand", "Moderaterna")


def test_an_office_only_the_police_hold_is_the_polices_when_no_unit_is_named() -> None:
    _, relations = _extracted("– Det har blivit lugnare i år, säger Tove Lind som är kommunpolis i Rättvik.")
    assert ("WORKS_FOR", "Tove Lind", "Polisen") in relations


def test_a_plain_police_officer_in_apposition() -> None:
    _, relations = _extracted("Tove Lind, polis i Rättvik, berättar om arbetet med de unga.")
    assert ("WORKS_FOR", "Tove Lind", "Polisen") in relations


def test_police_as_a_word_of_a_list_is_no_office() -> None:
    _, relations = _extracted("Tove Lind är forskare och polis och har skrivit en bok om gängen.")
    assert not any(r[0] == "WORKS_FOR" for r in relations)


def test_a_municipal_staff_office_in_the_documents_own_town() -> None:
    _, relations = _extracted(
        "Rättviks kommun satsar på fältarbete. Tove Lind, fältassistent i Rättvik, möter unga varje kväll."
    )
    assert ("WORKS_FOR", "Tove Lind", "Rättviks kommun") in relations


def test_a_municipal_staff_office_in_another_town_is_not_the_documents() -> None:
    _, relations = _extracted(
        "Rättviks kommun satsar på fältarbete. Tove Lind, fältassistent i Leksand, har gett råd."
    )
    assert ("WORKS_FOR", "Tove Lind", "Rättviks kommun") not in relations


def test_an_adverbial_beside_the_copula_keeps_the_title_and_its_employer() -> None:
    for text in (
        "Lina Dahl är till vardags utredare på Tullverket.",
        "Lina Dahl är sedan 2021 samordnare vid Tullverket.",
        "Lina Dahl, som till vardags är utredare vid Tullverket, håller med.",
    ):
        found = read(text, [("Lina Dahl", E.PERSON, None), ("Tullverket", E.AGENCY, None)])
        edge(found, R.WORKS_FOR, "Lina Dahl", "Tullverket")


def test_people_after_a_fronted_from_work_for_the_organisation_that_opens_the_sentence() -> None:
    specs = [
        ("Tullverket", E.AGENCY, None),
        ("Lina Dahl", E.PERSON, None),
        ("Per Ås", E.PERSON, None),
    ]
    found = read("Från Tullverket deltog även Lina Dahl och Per Ås.", specs)
    edge(found, R.WORKS_FOR, "Lina Dahl", "Tullverket")
    edge(found, R.WORKS_FOR, "Per Ås", "Tullverket")
    found = read("Från Tullverket kom beskedet i går, enligt Lina Dahl.", specs)
    no_edge(found, R.WORKS_FOR, "Lina Dahl", "Tullverket")


def test_a_list_of_names_both_from_one_organisation() -> None:
    found = read(
        "Lina Dahl och Per Ås, båda från Tullverket, visade beslaget.",
        [("Tullverket", E.AGENCY, None), ("Lina Dahl", E.PERSON, None), ("Per Ås", E.PERSON, None)],
    )
    edge(found, R.WORKS_FOR, "Lina Dahl", "Tullverket")
    edge(found, R.WORKS_FOR, "Per Ås", "Tullverket")


def test_the_head_of_a_municipal_service_works_for_the_municipality_named_with_the_title() -> None:
    found = read(
        "– Vi ser färre anmälningar, säger Lina Dahl, socialchef i Mora.",
        [("Lina Dahl", E.PERSON, None), ("Mora", E.PLACE, None)],
    )
    assert [f.target.canonical for f in found if f.type is R.WORKS_FOR] == ["Mora kommun"]
