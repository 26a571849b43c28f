"""Who works for whom: roles after or around a name, chairs in a body's protocol, municipal
offices, signature blocks with the role on the line under the name, police offices."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_role_with_vid_after_the_name() -> None:
    found = read(
        "– Vi ser tydliga resultat, säger Anna Berg, verksamhetsutvecklare vid Sundsvalls kommun.",
        [("Anna Berg", E.PERSON, None), ("Sundsvalls kommun", E.MUNICIPALITY, None)],
    )
    role = edge(found, R.WORKS_FOR, "Anna Berg", "Sundsvalls kommun").properties["role"]
    assert role == "verksamhetsutvecklare"


def test_roles_with_pa_and_for() -> None:
    found = read(
        "Mötet leddes av Per Holm, samordnare på Fryshuset, och Karin Lund, chef för socialförvaltningen.",
        [
            ("Per Holm", E.PERSON, None),
            ("Fryshuset", E.ORGANISATION, None),
            ("Karin Lund", E.PERSON, None),
            ("socialförvaltningen", E.MUNICIPAL_BODY, "Socialförvaltningen"),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Per Holm", "Fryshuset").properties == {"role": "samordnare"}
    assert edge(found, R.WORKS_FOR, "Karin Lund", "Socialförvaltningen").properties == {"role": "chef"}


def test_uncommon_role_words_after_a_name() -> None:
    found = read(
        "Det berättar Omar Said, fritidsledare på Kulturhuset Fyren, och Eva Lind, "
        "socialsekreterare i Härnösands kommun.",
        [
            ("Omar Said", E.PERSON, None),
            ("Kulturhuset Fyren", E.ORGANISATION, None),
            ("Eva Lind", E.PERSON, None),
            ("Härnösands kommun", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Omar Said", "Kulturhuset Fyren")
    edge(found, R.WORKS_FOR, "Eva Lind", "Härnösands kommun")


def test_the_chair_in_a_protocol_works_for_the_body() -> None:
    text = (
        "Socialnämnden\n\nSammanträdesprotokoll 2023-03-14\n\n"
        "Närvarande ledamöter: Lars Ek (M), ordförande, Maria Holm (S), vice ordförande\n\n"
        "§ 12 Trygghetsplan\n\n"
        "Ordföranden Lars Ek (M) föreslår att nämnden antar trygghetsplanen."
    )
    found = read(
        text,
        [
            ("Socialnämnden", E.MUNICIPAL_BODY, None),
            ("Lars Ek", E.PERSON, None),
            ("Maria Holm", E.PERSON, None),
            ("trygghetsplanen", E.INITIATIVE, "trygghetsplan"),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Lars Ek", "Socialnämnden").properties == {"role": "ordförande"}
    assert edge(found, R.WORKS_FOR, "Maria Holm", "Socialnämnden").properties == {"role": "vice ordförande"}
    edge(found, R.MEMBER_OF, "Lars Ek", "Moderaterna")


def test_the_chair_of_the_municipal_board() -> None:
    text = (
        "Protokoll från kommunstyrelsen i Vänersborgs kommun\n\n"
        "Kommunstyrelsens ordförande Benny Ek (S) inledde sammanträdet."
    )
    found = read(
        text,
        [
            ("kommunstyrelsen i Vänersborgs kommun", E.MUNICIPAL_BODY, "Kommunstyrelsen i Vänersborg"),
            ("Kommunstyrelsens", E.MUNICIPAL_BODY, "Kommunstyrelsen i Vänersborg"),
            ("Benny Ek", E.PERSON, None),
        ],
    )
    edge(found, R.WORKS_FOR, "Benny Ek", "Kommunstyrelsen i Vänersborg")


def test_municipal_councillor_in_a_named_municipality() -> None:
    found = read(
        "Sara Lind (S), kommunalråd i Sigtuna, välkomnar beslutet.",
        [("Sara Lind", E.PERSON, None), ("Sigtuna", E.PLACE, None)],
    )
    assert edge(found, R.WORKS_FOR, "Sara Lind", "Sigtuna kommun").properties == {"role": "kommunalråd"}


def test_signature_block_with_the_role_on_the_next_line() -> None:
    text = (
        "Välkommen till trygghetsvandring i Sätra.\n\n"
        "Anna Berg\nbrottsförebyggande samordnare, Gävle kommun\n\n"
        "Johan Öst\nenhetschef\nSocialförvaltningen"
    )
    found = read(
        text,
        [
            ("Sätra", E.PLACE, None),
            ("Anna Berg", E.PERSON, None),
            ("Gävle kommun", E.MUNICIPALITY, None),
            ("Johan Öst", E.PERSON, None),
            ("Socialförvaltningen", E.MUNICIPAL_BODY, None),
        ],
    )
    role = edge(found, R.WORKS_FOR, "Anna Berg", "Gävle kommun").properties["role"]
    assert role == "brottsförebyggande samordnare"
    edge(found, R.WORKS_FOR, "Johan Öst", "Socialförvaltningen")


def test_according_to_a_community_police_officer() -> None:
    text = (
        "Polisen har ökat närvaron i Skäggetorp. Enligt Johan Ek, kommunpolis i Linköping, har oron minskat."
    )
    found = read(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Skäggetorp", E.PLACE, None),
            ("Johan Ek", E.PERSON, None),
            ("Linköping", E.PLACE, None),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Johan Ek", "Polisen").properties == {"role": "kommunpolis"}


def test_a_person_named_beside_an_organisation_without_a_role_works_for_none() -> None:
    found = read(
        "Anna Berg besökte Fryshuset i går.",
        [("Anna Berg", E.PERSON, None), ("Fryshuset", E.ORGANISATION, None)],
    )
    no_edge(found, R.WORKS_FOR)


def test_a_proposal_that_the_body_adopt_a_plan_is_not_the_chair_running_it() -> None:
    found = read(
        "Ordföranden Maja Ek (L) föreslår att nämnden antar Trygghetsplan 2024.",
        [("Maja Ek", E.PERSON, None), ("Trygghetsplan 2024", E.INITIATIVE, None)],
    )
    edge(found, R.PROPOSES, "Maja Ek", "Trygghetsplan 2024")
    no_edge(found, R.RUNS)


def test_an_area_officer_of_the_local_police() -> None:
    found = read(
        "Lokalpolisområde Gävle informerar. – Vi är på plats varje kväll, säger Erik Lind, områdespolis i Gävle.",
        [
            ("Lokalpolisområde Gävle", E.POLICE_UNIT, None),
            ("Erik Lind", E.PERSON, None),
            ("Gävle", E.PLACE, None),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Erik Lind", "Lokalpolisområde Gävle").properties == {
        "role": "områdespolis"
    }


def test_seats_listed_one_a_line_in_a_protocol() -> None:
    text = (
        "Protokoll fört vid sammanträde med Socialnämnden i Tierps kommun\n\n"
        "Beslutande\nKarin Nord (S)\nordförande\nPer Ås (M)\nledamot\n\n"
        "Övriga deltagare\nLisa Berg, nämndsekreterare"
    )
    found = read(
        text,
        [
            ("Socialnämnden i Tierps kommun", E.MUNICIPAL_BODY, "Socialnämnden i Tierp"),
            ("Karin Nord", E.PERSON, None),
            ("Per Ås", E.PERSON, None),
            ("Lisa Berg", E.PERSON, None),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Karin Nord", "Socialnämnden i Tierp").properties == {
        "role": "ordförande"
    }
    assert edge(found, R.WORKS_FOR, "Per Ås", "Socialnämnden i Tierp").properties == {"role": "ledamot"}
    no_edge(found, R.WORKS_FOR, "Lisa Berg")
