"""Where actors act and groups are based: 'pågår i A och B', 'riktas mot', 'i områdena A, B och
C', 'kriminella nätverk i A och B', 'verksamma i', 'fått fäste i'; and which way PART_OF points."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, no_edge, read


def test_an_initiative_goes_on_in_listed_places() -> None:
    found = read(
        "Polisen startade Operation Höstmörker i oktober. Insatsen pågår i Hageby och Navestad.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Operation Höstmörker", E.INITIATIVE, None),
            ("Hageby", E.PLACE, None),
            ("Navestad", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "Operation Höstmörker", "Hageby")
    edge(found, R.ACTIVE_IN, "Operation Höstmörker", "Navestad")


def test_aimed_at_places() -> None:
    found = read(
        "Trygg vinter riktas mot Araby och Dalbo.",
        [("Trygg vinter", E.INITIATIVE, None), ("Araby", E.PLACE, None), ("Dalbo", E.PLACE, None)],
    )
    edge(found, R.ACTIVE_IN, "Trygg vinter", "Araby")
    edge(found, R.ACTIVE_IN, "Trygg vinter", "Dalbo")


def test_in_the_areas_a_b_and_c() -> None:
    found = read(
        "Fältgruppen i Södertälje arbetar i områdena Hovsjö, Ronna och Geneta.",
        [
            ("Fältgruppen i Södertälje", E.MUNICIPAL_BODY, None),
            ("Hovsjö", E.PLACE, None),
            ("Ronna", E.PLACE, None),
            ("Geneta", E.PLACE, None),
        ],
    )
    for place in ("Hovsjö", "Ronna", "Geneta"):
        edge(found, R.ACTIVE_IN, "Fältgruppen i Södertälje", place)


def test_more_presence_and_walks_carried_out_in_places() -> None:
    found = read(
        "Polisen i Örebro ska öka närvaron i Vivalla. Trygghetsvandringar genomförs i Baronbackarna och Oxhagen.",
        [
            ("Polisen i Örebro", E.POLICE_UNIT, None),
            ("Vivalla", E.PLACE, None),
            ("Trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
            ("Baronbackarna", E.PLACE, None),
            ("Oxhagen", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "Polisen i Örebro", "Vivalla")
    edge(found, R.ACTIVE_IN, "trygghetsvandringar", "Baronbackarna")
    edge(found, R.ACTIVE_IN, "trygghetsvandringar", "Oxhagen")


def test_a_place_that_only_qualifies_another_noun_is_not_where_the_subject_acts() -> None:
    found = read(
        "Polisen utreder skjutningen i Rinkeby. Kommunen har fått kritik från boende i Tensta.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Rinkeby", E.PLACE, None),
            ("Kommunen", E.MUNICIPALITY, "Stockholms stad"),
            ("Tensta", E.PLACE, None),
        ],
    )
    no_edge(found, R.ACTIVE_IN)


def test_criminal_networks_in_each_listed_place() -> None:
    found = read(
        "Kriminella nätverk i Skäggetorp, Ryd och Berga rekryterar allt yngre.",
        [
            ("Kriminella nätverk", E.CRIMINAL_GROUP, "kriminella nätverk"),
            ("Skäggetorp", E.PLACE, None),
            ("Ryd", E.PLACE, None),
            ("Berga", E.PLACE, None),
        ],
    )
    assert {t for (_, _, t) in edges(found, R.ESTABLISHED_IN)} == {"Skäggetorp", "Ryd", "Berga"}


def test_networks_active_in_and_taking_hold_in_places() -> None:
    found = read(
        "Nätverken som är verksamma i Gottsunda och Valsätra har fått fäste i Sävja.",
        [
            ("Nätverken", E.CRIMINAL_GROUP, "kriminella nätverk"),
            ("Gottsunda", E.PLACE, None),
            ("Valsätra", E.PLACE, None),
            ("Sävja", E.PLACE, None),
        ],
    )
    assert {t for (_, _, t) in edges(found, R.ESTABLISHED_IN)} == {"Gottsunda", "Valsätra", "Sävja"}


def test_a_department_in_a_city_is_part_of_the_city() -> None:
    found = read(
        "Socialförvaltningen i Malmö stad ingår i Samverkan Syd. "
        "Malmö stad och socialförvaltningen samverkar med polisen.",
        [
            ("Socialförvaltningen i Malmö stad", E.MUNICIPAL_BODY, "Socialförvaltningen i Malmö"),
            ("socialförvaltningen", E.MUNICIPAL_BODY, "Socialförvaltningen i Malmö"),
            ("Malmö stad", E.MUNICIPALITY, None),
            ("Samverkan Syd", E.INITIATIVE, None),
            ("polisen", E.POLICE_UNIT, "Polisen"),
        ],
    )
    edge(found, R.PART_OF, "Socialförvaltningen i Malmö", "Malmö stad")
    no_edge(found, R.PART_OF, "Malmö stad", "Socialförvaltningen i Malmö")


def test_part_of_never_points_from_a_municipality_to_its_body() -> None:
    found = read(
        "I Umeå kommun ingår Fritidsförvaltningen Umeå som en del av organisationen. "
        "Umeå kommun är en del av Fritidsförvaltningen Umeå.",
        [
            ("Umeå kommun", E.MUNICIPALITY, None),
            ("Fritidsförvaltningen Umeå", E.MUNICIPAL_BODY, None),
        ],
    )
    no_edge(found, R.PART_OF, "Umeå kommun")
    edge(found, R.PART_OF, "Fritidsförvaltningen Umeå", "Umeå kommun")


def test_a_body_within_a_named_municipality_or_unit() -> None:
    found = read(
        "Kultur- och fritidsförvaltningen i Luleå kommun samarbetar med lokalpolisområde Luleå "
        "inom polisområde Norrbotten.",
        [
            ("Kultur- och fritidsförvaltningen", E.MUNICIPAL_BODY, None),
            ("Luleå kommun", E.MUNICIPALITY, None),
            ("lokalpolisområde Luleå", E.POLICE_UNIT, "Lokalpolisområde Luleå"),
            ("polisområde Norrbotten", E.POLICE_UNIT, "Polisområde Norrbotten"),
        ],
    )
    edge(found, R.PART_OF, "Kultur- och fritidsförvaltningen", "Luleå kommun")
    edge(found, R.PART_OF, "Lokalpolisområde Luleå", "Polisområde Norrbotten")
    no_edge(found, R.PART_OF, "Luleå kommun")
    # Every police unit is part of Polisen, named or not (ONTOLOGY.md: a unit's parent is Polisen).
    edge(found, R.PART_OF, "Polisområde Norrbotten", "Polisen")
    edge(found, R.PART_OF, "Lokalpolisområde Luleå", "Polisen")


def test_a_wish_to_start_something_somewhere_is_not_activity_there() -> None:
    found = read(
        "Det vore bra att inrätta en avhopparverksamhet i Gävle. "
        "Kommunen har inrättat Fältgruppen Gävle i Sätra.",
        [
            ("avhopparverksamhet", E.INITIATIVE, None),
            ("Gävle", E.PLACE, None),
            ("Kommunen", E.MUNICIPALITY, "Gävle kommun"),
            ("Fältgruppen Gävle", E.INITIATIVE, None),
            ("Sätra", E.PLACE, None),
        ],
    )
    no_edge(found, R.ACTIVE_IN, "avhopparverksamhet")
    edge(found, R.ACTIVE_IN, "Fältgruppen Gävle", "Sätra")


def test_a_group_named_with_its_place_and_more_places_after_it() -> None:
    found = read(
        "Kriminella nätverk i Rinkeby och Tensta har under flera år rekryterat unga.",
        [
            ("Kriminella nätverk", E.CRIMINAL_GROUP, "kriminella nätverk i Rinkeby"),
            ("Rinkeby", E.PLACE, None),
            ("Tensta", E.PLACE, None),
        ],
    )
    assert {t for (_, _, t) in edges(found, R.ESTABLISHED_IN)} == {"Rinkeby", "Tensta"}


def test_places_that_where_stands_for() -> None:
    found = read(
        "Insatserna riktas mot Vivalla, Oxhagen och Varberga, där kriminella nätverk har fått fäste.",
        [
            ("Vivalla", E.PLACE, None),
            ("Oxhagen", E.PLACE, None),
            ("Varberga", E.PLACE, None),
            ("kriminella nätverk", E.CRIMINAL_GROUP, None),
        ],
    )
    assert {t for (_, _, t) in edges(found, R.ESTABLISHED_IN)} == {"Vivalla", "Oxhagen", "Varberga"}


def test_who_carries_out_an_initiative_somewhere_is_active_there() -> None:
    found = read(
        "Polisen i Jönköping genomförde en trafikkontroll i Råslätt och Öxnehaga. "
        "Regionen har antagit en handlingsplan i Huskvarna.",
        [
            ("Polisen i Jönköping", E.POLICE_UNIT, None),
            ("trafikkontroll", E.INITIATIVE, None),
            ("Råslätt", E.PLACE, None),
            ("Öxnehaga", E.PLACE, None),
            ("Regionen", E.MUNICIPALITY, "Region Jönköpings län"),
            ("handlingsplan", E.INITIATIVE, None),
            ("Huskvarna", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "Polisen i Jönköping", "Råslätt")
    edge(found, R.ACTIVE_IN, "Polisen i Jönköping", "Öxnehaga")
    no_edge(found, R.ACTIVE_IN, "Region Jönköpings län")


def test_an_initiative_run_among_other_places_in_named_districts() -> None:
    found = read(
        "Kommunen har startat Nattvandring Plus bland annat i stadsdelarna Norrby och Hässleholmen.",
        [
            ("Kommunen", E.MUNICIPALITY, "Borås stad"),
            ("Nattvandring Plus", E.INITIATIVE, None),
            ("Norrby", E.PLACE, None),
            ("Hässleholmen", E.PLACE, None),
        ],
    )
    for place in ("Norrby", "Hässleholmen"):
        edge(found, R.ACTIVE_IN, "Nattvandring Plus", place)
        edge(found, R.ACTIVE_IN, "Borås stad", place)


def test_an_initiative_described_as_an_effort_in_a_place() -> None:
    found = read(
        "Lugna kvarter, en trygghetssatsning i Bergsjön, har gett resultat. Rapporten, en text i Kortedala.",
        [
            ("Lugna kvarter", E.INITIATIVE, None),
            ("Bergsjön", E.PLACE, None),
            ("Kortedala", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "Lugna kvarter", "Bergsjön")
    no_edge(found, R.ACTIVE_IN, "Lugna kvarter", "Kortedala")


def test_patrols_and_field_workers_where_they_move_about() -> None:
    found = read(
        "Under helgen patrullerade polisen i Hammarkullen. Fältgruppen fanns på plats i Angered. "
        "Ungdomsenheten rör sig i Lövgärdet på kvällarna. Boende rör sig i Rannebergen.",
        [
            ("polisen", E.POLICE_UNIT, "Polisen"),
            ("Hammarkullen", E.PLACE, None),
            ("Fältgruppen", E.MUNICIPAL_BODY, None),
            ("Angered", E.PLACE, None),
            ("Ungdomsenheten", E.MUNICIPAL_BODY, None),
            ("Lövgärdet", E.PLACE, None),
            ("Boende", E.GROUP, "boende"),
            ("Rannebergen", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "Polisen", "Hammarkullen")
    edge(found, R.ACTIVE_IN, "Fältgruppen", "Angered")
    edge(found, R.ACTIVE_IN, "Ungdomsenheten", "Lövgärdet")
    no_edge(found, R.ACTIVE_IN, "boende")


def test_checks_and_raids_a_police_unit_carries_out_in_a_place() -> None:
    found = read(
        "Under kvällen genomförde polisen kontroller i Gårdsten.",
        [("polisen", E.POLICE_UNIT, "Polisen"), ("Gårdsten", E.PLACE, None)],
    )
    edge(found, R.ACTIVE_IN, "Polisen", "Gårdsten")
    found = read(
        "Polisen i Lund gjorde ett tillslag i Norra Fäladen.",
        [("Polisen i Lund", E.POLICE_UNIT, None), ("Norra Fäladen", E.PLACE, None)],
    )
    edge(found, R.ACTIVE_IN, "Polisen i Lund", "Norra Fäladen")


def test_a_project_run_in_and_reaching_out_to_places() -> None:
    found = read(
        "Trygg höst har startat i Eriksberg. Projektet drivs i Gottsunda och vänder sig till unga i Sävja. "
        "Polisen har funnits på plats i Valsätra.",
        [
            ("Trygg höst", E.INITIATIVE, None),
            ("Projektet", E.INITIATIVE, "Trygg höst"),
            ("Eriksberg", E.PLACE, None),
            ("Gottsunda", E.PLACE, None),
            ("Sävja", E.PLACE, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Valsätra", E.PLACE, None),
        ],
    )
    for place in ("Eriksberg", "Gottsunda", "Sävja"):
        edge(found, R.ACTIVE_IN, "Trygg höst", place)
    edge(found, R.ACTIVE_IN, "Polisen", "Valsätra")
    no_edge(found, R.ACTIVE_IN, "Polisen", "Sävja")


def test_residents_who_are_in_a_place_do_not_act_there() -> None:
    found = read(
        "Det finns många ungdomar i Bergsjön. I helgen arbetade nattvandrare i Kortedala.",
        [
            ("ungdomar", E.GROUP, None),
            ("Bergsjön", E.PLACE, None),
            ("nattvandrare", E.GROUP, None),
            ("Kortedala", E.PLACE, None),
        ],
    )
    no_edge(found, R.ACTIVE_IN, "ungdomar")
    edge(found, R.ACTIVE_IN, "nattvandrare", "Kortedala")


def test_field_workers_moving_about_a_place_work_there() -> None:
    found = read(
        "Fältassistenterna rör sig i Skäggetorp och Ryd på kvällarna. Boende rör sig i Berga.",
        [
            ("Fältassistenterna", E.GROUP, "fältassistenter"),
            ("Skäggetorp", E.PLACE, None),
            ("Ryd", E.PLACE, None),
            ("Boende", E.GROUP, "boende"),
            ("Berga", E.PLACE, None),
        ],
    )
    edge(found, R.ACTIVE_IN, "fältassistenter", "Skäggetorp")
    edge(found, R.ACTIVE_IN, "fältassistenter", "Ryd")
    no_edge(found, R.ACTIVE_IN, "boende")


def test_a_place_said_to_be_a_district_of_another() -> None:
    found = read(
        "Björkhagen är en stadsdel i Ljusdal med många unga.",
        [("Björkhagen", E.PLACE, None), ("Ljusdal", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Björkhagen", "Ljusdal")


def test_a_town_in_a_part_of_its_county() -> None:
    found = read(
        "Skjutningen i Ljusdal i norra Hälsingland utreds nu.",
        [("Ljusdal", E.PLACE, None), ("Hälsingland", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Ljusdal", "Hälsingland")
