"""Taking part in and running initiatives: 'deltar i', 'är en av parterna i', 'drivs av',
'är projektägare', joint operations led by one actor with partners."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, no_edge, partners, read


def test_a_listed_subject_takes_part_each() -> None:
    found = read(
        "Västerås stad, Skatteverket och Tullverket deltar i Operation Kvarnen.",
        [
            ("Västerås stad", E.MUNICIPALITY, None),
            ("Skatteverket", E.AGENCY, None),
            ("Tullverket", E.AGENCY, None),
            ("Operation Kvarnen", E.INITIATIVE, None),
        ],
    )
    for actor in ("Västerås stad", "Skatteverket", "Tullverket"):
        edge(found, R.PARTICIPATES_IN, actor, "Operation Kvarnen")


def test_medverkar_with_the_subject_after_the_verb() -> None:
    found = read(
        "Sedan i höstas medverkar även Kronofogden och Försäkringskassan i Samverkan Norrland.",
        [
            ("Kronofogden", E.AGENCY, None),
            ("Försäkringskassan", E.AGENCY, None),
            ("Samverkan Norrland", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Kronofogden", "Samverkan Norrland")
    edge(found, R.PARTICIPATES_IN, "Försäkringskassan", "Samverkan Norrland")


def test_one_of_the_parties() -> None:
    found = read(
        "Länsstyrelsen i Kalmar län är en av parterna i Trygg i Kalmar. "
        "Studieförbundet Vuxenskolan är också med i Trygg i Kalmar.",
        [
            ("Länsstyrelsen i Kalmar län", E.AGENCY, None),
            ("Trygg i Kalmar", E.INITIATIVE, None),
            ("Studieförbundet Vuxenskolan", E.ORGANISATION, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Länsstyrelsen i Kalmar län", "Trygg i Kalmar")
    edge(found, R.PARTICIPATES_IN, "Studieförbundet Vuxenskolan", "Trygg i Kalmar")


def test_fronted_initiative_with_its_participants_after_the_verb() -> None:
    found = read(
        "I satsningen Lugna gatan deltar Umeå kommun, Polisen och Västerbottens museum.",
        [
            ("Lugna gatan", E.INITIATIVE, None),
            ("Umeå kommun", E.MUNICIPALITY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Västerbottens museum", E.ORGANISATION, None),
        ],
    )
    for actor in ("Umeå kommun", "Polisen", "Västerbottens museum"):
        edge(found, R.PARTICIPATES_IN, actor, "Lugna gatan")


def test_project_owner_runs_and_the_others_take_part() -> None:
    found = read(
        "Projektet Trygg Sundsvall startade i januari. "
        "Sundsvalls kommun är projektägare och Polisen, Mittuniversitetet och Region Västernorrland deltar.",
        [
            ("Trygg Sundsvall", E.INITIATIVE, None),
            ("Sundsvalls kommun", E.MUNICIPALITY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Mittuniversitetet", E.ORGANISATION, None),
            ("Region Västernorrland", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.RUNS, "Sundsvalls kommun", "Trygg Sundsvall")
    for actor in ("Polisen", "Mittuniversitetet", "Region Västernorrland"):
        edge(found, R.PARTICIPATES_IN, actor, "Trygg Sundsvall")
        no_edge(found, R.RUNS, actor)
    assert frozenset(("Sundsvalls kommun", "Polisen")) in partners(found)


def test_owner_named_after_the_word_projektägare() -> None:
    found = read(
        "Fritid för alla är ett treårigt projekt. Projektägare är Luleå kommun och projektet leds av "
        "Anna Nordin.",
        [
            ("Fritid för alla", E.INITIATIVE, None),
            ("Luleå kommun", E.MUNICIPALITY, None),
            ("Anna Nordin", E.PERSON, None),
        ],
    )
    edge(found, R.RUNS, "Luleå kommun", "Fritid för alla")
    edge(found, R.RUNS, "Anna Nordin", "Fritid för alla")


def test_passive_runner_and_a_participant_in_the_next_clause() -> None:
    found = read(
        "Projektet Unga vuxna drivs av Örebro kommun och Region Örebro län medverkar i projektet.",
        [
            ("Projektet Unga vuxna", E.INITIATIVE, "Unga vuxna"),
            ("Örebro kommun", E.MUNICIPALITY, None),
            ("Region Örebro län", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.RUNS, "Örebro kommun", "Unga vuxna")
    edge(found, R.PARTICIPATES_IN, "Region Örebro län", "Unga vuxna")
    no_edge(found, R.RUNS, "Region Örebro län")


def test_led_by() -> None:
    found = read(
        "Arbetet med Tryggare Visby leds av Region Gotland.",
        [("Tryggare Visby", E.INITIATIVE, None), ("Region Gotland", E.MUNICIPALITY, None)],
    )
    edge(found, R.RUNS, "Region Gotland", "Tryggare Visby")


def test_a_police_operation_with_partners() -> None:
    found = read(
        "Lokalpolisområde Norrköping informerar. Under helgen genomförde polisen tillsammans med "
        "kommunen och Skatteverket en gemensam kontroll av restauranger i centrala Norrköping.",
        [
            ("Lokalpolisområde Norrköping", E.POLICE_UNIT, None),
            ("polisen", E.POLICE_UNIT, "Polisen"),
            ("kommunen", E.MUNICIPALITY, "Norrköpings kommun"),
            ("Skatteverket", E.AGENCY, None),
            ("gemensam kontroll", E.INITIATIVE, None),
            ("Norrköping", E.PLACE, None),
        ],
    )
    edge(found, R.RUNS, "Lokalpolisområde Norrköping", "gemensam kontroll")
    edge(found, R.PARTICIPATES_IN, "Norrköpings kommun", "gemensam kontroll")
    edge(found, R.PARTICIPATES_IN, "Skatteverket", "gemensam kontroll")
    assert frozenset(("Lokalpolisområde Norrköping", "Skatteverket")) in partners(found)
    no_edge(found, R.RUNS, "Skatteverket")


def test_an_operation_in_cooperation_with_partners_subject_first() -> None:
    found = read(
        "Polisen i Jönköping genomförde i samverkan med Tullverket en trafikinsats vid Torsvik.",
        [
            ("Polisen i Jönköping", E.POLICE_UNIT, None),
            ("Tullverket", E.AGENCY, None),
            ("trafikinsats", E.INITIATIVE, None),
            ("Torsvik", E.PLACE, None),
        ],
    )
    edge(found, R.RUNS, "Polisen i Jönköping", "trafikinsats")
    edge(found, R.PARTICIPATES_IN, "Tullverket", "trafikinsats")
    assert frozenset(("Polisen i Jönköping", "Tullverket")) in partners(found)


def test_no_participation_when_denied() -> None:
    found = read(
        "Tullverket deltar inte i Operation Kvarnen.",
        [("Tullverket", E.AGENCY, None), ("Operation Kvarnen", E.INITIATIVE, None)],
    )
    no_edge(found, R.PARTICIPATES_IN)


def test_a_municipality_and_its_staff_act_together() -> None:
    found = read(
        "Lokalpolisområde Eskilstuna har arbetat med Operation Vår. "
        "Arbetet har skett tillsammans med kommunens fältassistenter och Eskilstunahem.",
        [
            ("Lokalpolisområde Eskilstuna", E.POLICE_UNIT, None),
            ("Operation Vår", E.INITIATIVE, None),
            ("kommunens", E.MUNICIPALITY, "Eskilstuna kommun"),
            ("fältassistenter", E.GROUP, None),
            ("Eskilstunahem", E.ORGANISATION, None),
        ],
    )
    edge(found, R.RUNS, "Lokalpolisområde Eskilstuna", "Operation Vår")
    for partner in ("Eskilstuna kommun", "fältassistenter", "Eskilstunahem"):
        assert frozenset(("Lokalpolisområde Eskilstuna", partner)) in partners(found)


def test_partners_of_an_operation_named_as_the_subject_take_part_in_it() -> None:
    found = read(
        "Polisen i Gävle har genomfört Operation Sätra. "
        "Insatsen har skett i samverkan med Gävle kommun och Tullverket. "
        "Polisen har också tagit hjälp av Kronofogden.",
        [
            ("Polisen i Gävle", E.POLICE_UNIT, None),
            ("Polisen", E.POLICE_UNIT, "Polisen i Gävle"),
            ("Operation Sätra", E.INITIATIVE, None),
            ("Gävle kommun", E.MUNICIPALITY, None),
            ("Tullverket", E.AGENCY, None),
            ("Kronofogden", E.AGENCY, None),
        ],
    )
    for partner in ("Gävle kommun", "Tullverket"):
        edge(found, R.PARTICIPATES_IN, partner, "Operation Sätra")
        assert frozenset(("Polisen i Gävle", partner)) in partners(found)
    assert frozenset(("Polisen i Gävle", "Kronofogden")) in partners(found)


def test_a_subject_list_acting_jointly_works_together() -> None:
    found = read(
        "Lokalpolisområde Borlänge och Borlänge kommun ska gemensamt arbeta i Jakobsgårdarna.",
        [
            ("Lokalpolisområde Borlänge", E.POLICE_UNIT, None),
            ("Borlänge kommun", E.MUNICIPALITY, None),
            ("Jakobsgårdarna", E.PLACE, None),
        ],
    )
    assert frozenset(("Lokalpolisområde Borlänge", "Borlänge kommun")) in partners(found)
    edge(found, R.ACTIVE_IN, "Borlänge kommun", "Jakobsgårdarna")


def test_a_project_run_by_those_named_in_a_relative_clause() -> None:
    found = read(
        "Länsstyrelsen Gävleborg har beviljat 1,5 miljoner kronor till Trygg i Sätra, som drivs av "
        "Gävle kommun och Gavlegårdarna.",
        [
            ("Länsstyrelsen Gävleborg", E.AGENCY, None),
            ("Trygg i Sätra", E.INITIATIVE, None),
            ("Gävle kommun", E.MUNICIPALITY, None),
            ("Gavlegårdarna", E.ORGANISATION, None),
        ],
    )
    edge(found, R.FUNDS, "Länsstyrelsen Gävleborg", "Trygg i Sätra")
    edge(found, R.RUNS, "Gävle kommun", "Trygg i Sätra")
    edge(found, R.RUNS, "Gavlegårdarna", "Trygg i Sätra")


def test_the_actors_a_heading_line_calls_taking_part() -> None:
    found = read(
        "Ås kommun startade Lugna gatan i fjol. Deltagande aktörer: Tullverket och Kustbevakningen.",
        [
            ("Lugna gatan", E.INITIATIVE, None),
            ("Ås kommun", E.MUNICIPALITY, None),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
        ],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == "Lugna gatan"}
    assert {"Tullverket", "Kustbevakningen"} <= got
