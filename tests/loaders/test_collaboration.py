"""Cliques of collaboration: partners listed together, joint signers, umbrellas, bare nouns."""

from __future__ import annotations

from loaders.mentions.document import Mention, find_document_mentions
from loaders.relations.collaboration.partner_checks import without_false_partners
from loaders.relations.found_relation import FoundRelation
from tests.loaders.relation_reading import E, R, edge, no_edge, partners, read


def test_partners_listed_after_one_trigger_work_with_each_other() -> None:
    text = "Tullverket genomförde kontrollen i samverkan med Skatteverket, Kustbevakningen och Lunds kommun."
    found = read(
        text,
        [
            ("Tullverket", E.AGENCY, None),
            ("Skatteverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
            ("Lunds kommun", E.MUNICIPALITY, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Skatteverket", "Kustbevakningen"}) in pairs
    assert frozenset({"Kustbevakningen", "Lunds kommun"}) in pairs
    assert frozenset({"Tullverket", "Lunds kommun"}) in pairs


def test_an_umbrella_word_gives_way_to_the_partners_it_introduces() -> None:
    text = "Polisen arbetar i samverkan med flera aktörer, Tullverket, Kronofogden och Ystads kommun."
    found = read(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("aktörer", E.GROUP, "aktörer"),
            ("Tullverket", E.AGENCY, None),
            ("Kronofogden", E.AGENCY, None),
            ("Ystads kommun", E.MUNICIPALITY, None),
        ],
    )
    no_edge(found, R.COLLABORATES_WITH, "Polisen", "aktörer")
    assert frozenset({"Tullverket", "Ystads kommun"}) in partners(found)


def test_examples_stand_in_for_an_umbrella() -> None:
    text = "Kommunen vill fördjupa samverkan med andra aktörer, exempelvis föreningar och trossamfund."
    found = read(
        text,
        [
            ("Kommunen", E.MUNICIPALITY, "Ljusdals kommun"),
            ("andra aktörer", E.GROUP, "andra aktörer"),
            ("föreningar", E.GROUP, None),
            ("trossamfund", E.GROUP, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Ljusdals kommun", "föreningar"}) in pairs
    assert frozenset({"Ljusdals kommun", "trossamfund"}) in pairs
    assert frozenset({"Ljusdals kommun", "andra aktörer"}) not in pairs


def test_persons_who_sign_together_work_together() -> None:
    text = (
        "Kommunalrådet Eva Ek (C) och polischefen Per Berg undertecknade i går ett gemensamt medborgarlöfte."
    )
    found = read(
        text,
        [
            ("Eva Ek", E.PERSON, None),
            ("(C)", E.POLITICAL_PARTY, "Centerpartiet"),
            ("Per Berg", E.PERSON, None),
        ],
    )
    assert frozenset({"Eva Ek", "Per Berg"}) in partners(found)


def test_signers_in_a_relative_clause() -> None:
    text = "Löftena som Anna Lind, Bo Ek och Cecilia Holm signerade gäller i två år."
    found = read(
        text, [("Anna Lind", E.PERSON, None), ("Bo Ek", E.PERSON, None), ("Cecilia Holm", E.PERSON, None)]
    )
    assert len(partners(found)) == 3


def test_a_joint_possessive_joins_its_owners() -> None:
    text = "De två partierna Liberalerna och Moderaterna presenterade sitt gemensamma budgetförslag."
    found = read(text, [("Liberalerna", E.POLITICAL_PARTY, None), ("Moderaterna", E.POLITICAL_PARTY, None)])
    assert frozenset({"Liberalerna", "Moderaterna"}) in partners(found)


def test_a_signature_block_of_politicians() -> None:
    text = (
        "Vi föreslår att fullmäktige inrättar ett brottsförebyggande råd.\n\n"
        "Karin Berg, Socialdemokraterna\n\nOlof Lund, Vänsterpartiet"
    )
    found = read(
        text,
        [
            ("Karin Berg", E.PERSON, None),
            ("Socialdemokraterna", E.POLITICAL_PARTY, None),
            ("Olof Lund", E.PERSON, None),
            ("Vänsterpartiet", E.POLITICAL_PARTY, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Karin Berg", "Olof Lund"}) in pairs
    assert frozenset({"Socialdemokraterna", "Vänsterpartiet"}) in pairs


def test_a_contact_line_is_no_signature() -> None:
    text = "Frågor besvaras av presstjänsten.\n\nKarin Berg, Polisen\n\nOlof Lund, Polisen"
    found = read(
        text,
        [("Karin Berg", E.PERSON, None), ("Olof Lund", E.PERSON, None), ("Polisen", E.POLICE_UNIT, None)],
    )
    assert frozenset({"Karin Berg", "Olof Lund"}) not in partners(found)


def test_generic_polisen_is_the_local_area_and_the_authority() -> None:
    text = "Lokalpolisområde Mora har en ny chef. Polisen och Mora kommun samverkar kring tryggheten."
    found = read(
        text,
        [
            ("Lokalpolisområde Mora", E.POLICE_UNIT, None),
            ("Polisen", E.POLICE_UNIT, "Polisen"),
            ("Mora kommun", E.MUNICIPALITY, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Lokalpolisområde Mora", "Mora kommun"}) in pairs
    assert frozenset({"Polisen", "Mora kommun"}) in pairs


def test_bare_polis_och_kommun_in_a_one_municipality_document() -> None:
    text = (
        "Tierps kommun har antagit en plan. Polis och kommun ska i samverkan genomföra trygghetsvandringar."
    )
    found = read(text, [("Tierps kommun", E.MUNICIPALITY, None)])
    assert frozenset({"Polisen", "Tierps kommun"}) in partners(found)


def test_a_thing_worked_with_is_no_partner() -> None:
    text = "Analysen tas fram tillsammans med kunskap från Skatteverket."
    found = read(text, [("Analysen", E.INITIATIVE, None), ("Skatteverket", E.AGENCY, None)])
    assert not partners(found)


def test_municipalities_named_by_their_places_after_kommunerna() -> None:
    text = "Uppsala kommun samarbetar med kommunerna Enköping och Tierp."
    mentions = find_document_mentions(text)
    names = {(m.type, m.canonical) for m in mentions}
    assert (E.MUNICIPALITY, "Enköpings kommun") in names
    assert (E.MUNICIPALITY, "Tierps kommun") in names


def test_a_short_form_in_brackets_keeps_the_list_together() -> None:
    text = "Polisen ökar sin närvaro i Norrby. Samverkan sker med Norrby bostäder (NB) och Ekby kommun."
    found = read(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Norrby bostäder", E.ORGANISATION, None),
            ("NB", E.ORGANISATION, "Norrby bostäder"),
            ("Ekby kommun", E.MUNICIPALITY, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Polisen", "Norrby bostäder"}) in pairs
    assert frozenset({"Polisen", "Ekby kommun"}) in pairs


def test_a_committee_is_no_partner_of_its_own_municipality() -> None:
    text = (
        "Socialnämnden i Ekby kommun och Ekby kommun samverkar med Polisen. "
        "Socialnämnden i Ekby kommun ska också samverka med skolorna."
    )
    found = read(
        text,
        [
            ("Socialnämnden i Ekby kommun", E.MUNICIPAL_BODY, None),
            ("Ekby kommun", E.MUNICIPALITY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("skolorna", E.GROUP, "skolor"),
        ],
    )
    edge(found, R.PART_OF, "Socialnämnden i Ekby kommun", "Ekby kommun")
    pairs = partners(found)
    assert frozenset({"Socialnämnden i Ekby kommun", "Ekby kommun"}) not in pairs
    assert frozenset({"Ekby kommun", "Polisen"}) in pairs


def test_people_named_in_a_sentence_of_joint_work_work_together() -> None:
    text = "Sara Holm är samordnare för det gemensamma trygghetsrådet, där Omar Berg är sekreterare."
    found = read(text, [("Sara Holm", E.PERSON, None), ("Omar Berg", E.PERSON, None)])
    assert frozenset({"Sara Holm", "Omar Berg"}) in partners(found)


def test_people_named_apart_are_no_team() -> None:
    text = "Sara Holm bor i Ekby och Omar Berg flyttade dit i fjol."
    found = read(text, [("Sara Holm", E.PERSON, None), ("Omar Berg", E.PERSON, None)])
    assert frozenset({"Sara Holm", "Omar Berg"}) not in partners(found)


def test_a_signer_whose_surname_was_not_read_still_signs() -> None:
    text = "Löftena som Per Ek, Eva Lindqvist och Ali Sund signerat gäller i två år."
    found = read(
        text,
        [("Per Ek", E.PERSON, None), ("Eva", E.PERSON, "Eva Lindkvist"), ("Ali Sund", E.PERSON, None)],
    )
    pairs = partners(found)
    assert frozenset({"Per Ek", "Eva Lindkvist"}) in pairs
    assert frozenset({"Eva Lindkvist", "Ali Sund"}) in pairs


def test_work_done_with_the_support_of_another_is_joint_work() -> None:
    text = "Ekby kommun rustar upp parken med stöd av Länsstyrelsen i Norrlands län."
    found = read(
        text,
        [
            ("Ekby kommun", E.MUNICIPALITY, None),
            ("Länsstyrelsen i Norrlands län", E.AGENCY, None),
        ],
    )
    assert frozenset({"Ekby kommun", "Länsstyrelsen i Norrlands län"}) in partners(found)


def test_the_parties_of_a_meeting_between_them_work_together() -> None:
    text = "Under veckan hölls ett möte mellan Ekby kommun, Tullverket och Kustbevakningen om hamnen."
    found = read(
        text,
        [
            ("Ekby kommun", E.MUNICIPALITY, None),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Ekby kommun", "Tullverket"}) in pairs
    assert frozenset({"Tullverket", "Kustbevakningen"}) in pairs


def test_only_a_municipal_body_and_its_municipality_are_one_party() -> None:
    def actor(name: str, type_: E) -> Mention:
        return Mention(0, len(name), name, type_, name)

    body, town = actor("Socialnämnden", E.MUNICIPAL_BODY), actor("Ekby kommun", E.MUNICIPALITY)
    team, area = actor("Trafikgruppen", E.POLICE_UNIT), actor("Lokalpolisområde Ekby", E.POLICE_UNIT)
    found = {
        0: [FoundRelation(body, town, R.PART_OF, 0.8), FoundRelation(team, area, R.PART_OF, 0.8)],
        1: [
            FoundRelation(body, town, R.COLLABORATES_WITH, 0.5),
            FoundRelation(team, area, R.COLLABORATES_WITH, 0.5),
        ],
    }
    kept = partners(without_false_partners(found)[1])
    assert frozenset({"Socialnämnden", "Ekby kommun"}) not in kept
    assert frozenset({"Trafikgruppen", "Lokalpolisområde Ekby"}) in kept


def test_the_chair_of_kommunstyrelsen_speaks_for_the_municipality() -> None:
    text = (
        "Ekby kommun satsar på fler fältassistenter i centrum. "
        "– Vi samarbetar varje vecka med Polisen, säger Eva Ek, ordförande i kommunstyrelsen i Ekby."
    )
    found = read(
        text,
        [
            ("Ekby kommun", E.MUNICIPALITY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Eva Ek", E.PERSON, None),
            ("kommunstyrelsen i Ekby", E.MUNICIPAL_BODY, "Kommunstyrelsen i Ekby"),
        ],
    )
    edge(found, R.WORKS_FOR, "Eva Ek", "Kommunstyrelsen i Ekby")
    pairs = partners(found)
    assert frozenset({"Ekby kommun", "Polisen"}) in pairs
    assert frozenset({"Kommunstyrelsen i Ekby", "Polisen"}) not in pairs


def test_a_mere_word_for_partners_is_no_partner_but_a_kind_of_partner_is() -> None:
    text = "Polisen i Ås arbetar i samverkan med andra aktörer. Kommunen samverkar med myndigheter i länet."
    found = read(
        text,
        [
            ("Polisen i Ås", E.POLICE_UNIT, None),
            ("andra aktörer", E.GROUP, "andra aktörer"),
            ("Kommunen", E.MUNICIPALITY, "Ås kommun"),
            ("myndigheter", E.GROUP, "myndigheter"),
        ],
    )
    pairs = partners(found)
    assert frozenset({"Polisen i Ås", "andra aktörer"}) not in pairs
    assert frozenset({"Ås kommun", "myndigheter"}) in pairs


def test_coordinating_the_work_with_partners_is_working_with_them() -> None:
    specs = [
        ("Ås kommun", E.MUNICIPALITY, None),
        ("Tullverket", E.AGENCY, None),
        ("Skatteverket", E.AGENCY, None),
    ]
    pairs = partners(read("Ås kommun samordnar sina insatser med Tullverket och Skatteverket.", specs))
    assert frozenset(("Ås kommun", "Tullverket")) in pairs
    assert frozenset(("Ås kommun", "Skatteverket")) in pairs
    assert not partners(read("Ås kommun samordnar arbetet med trygghetsfrågor.", specs))


def test_subjectless_joint_work_is_that_of_the_organisation_opening_the_sentence_before() -> None:
    specs = [
        ("Lokalpolisområde Ås", E.POLICE_UNIT, None),
        ("Polisen", E.POLICE_UNIT, None),
        ("Ås kommun", E.MUNICIPALITY, None),
        ("Åsbostäder", E.ORGANISATION, None),
    ]
    text = (
        "Lokalpolisområde Ås har fått förstärkning. Polisen ökar nu sin närvaro i centrum. "
        "Samverkan sker med Åsbostäder och Ås kommun."
    )
    pairs = partners(read(text, specs))
    assert frozenset(("Polisen", "Åsbostäder")) in pairs
    assert frozenset(("Polisen", "Ås kommun")) in pairs
    assert frozenset(("Lokalpolisområde Ås", "Åsbostäder")) not in pairs


def test_a_council_that_decides_on_the_work_is_no_partner_in_it() -> None:
    def actor(name: str, type_: E) -> Mention:
        return Mention(0, len(name), name, type_, name)

    council = actor("Kommunfullmäktige i Ekby", E.MUNICIPAL_BODY)
    office = actor("Fritidsförvaltningen i Ekby", E.MUNICIPAL_BODY)
    guards, customs = actor("ordningsvakter", E.GROUP), actor("Tullverket", E.AGENCY)
    found = {
        0: [
            FoundRelation(council, guards, R.COLLABORATES_WITH, 0.55),
            FoundRelation(office, customs, R.COLLABORATES_WITH, 0.5),
        ]
    }
    kept = partners(without_false_partners(found)[0])
    assert frozenset({"Kommunfullmäktige i Ekby", "ordningsvakter"}) not in kept
    assert frozenset({"Fritidsförvaltningen i Ekby", "Tullverket"}) in kept
