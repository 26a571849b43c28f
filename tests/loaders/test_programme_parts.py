"""Initiatives inside larger programmes: 'en del av', 'ett led i', 'inom ramen för', 'där ... ingår'."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read, read_page


def test_a_part_of_a_programme_owned_in_the_genitive() -> None:
    found = read(
        "Sommarlovsentrén är en del i kommunens Trygg stad.",
        [
            ("Sommarlovsentrén", E.INITIATIVE, None),
            ("kommunens", E.MUNICIPALITY, "Ludvika kommun"),
            ("Trygg stad", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Sommarlovsentrén", "Trygg stad")


def test_a_list_is_a_step_in_a_programme() -> None:
    found = read(
        "Nattfika och Läxhjälp Plus är också ett led i Projekt Gryning.",
        [
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
            ("Projekt Gryning", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Projekt Gryning")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Projekt Gryning")


def test_carried_out_within_the_frame_of() -> None:
    found = read(
        "Inom ramen för Projekt Gryning ordnas Nattfika och Läxhjälp Plus varje vecka.",
        [
            ("Projekt Gryning", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Projekt Gryning")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Projekt Gryning")
    no_edge(found, R.PART_OF, "Projekt Gryning")


def test_a_package_where_measures_are_included() -> None:
    found = read(
        "Fullmäktige antog Trygghetslyftet, där bland annat Nattfika och Läxhjälp Plus ingår.",
        [
            ("Trygghetslyftet", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Trygghetslyftet")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Trygghetslyftet")


def test_two_initiatives_side_by_side_are_not_parts() -> None:
    found = read(
        "Projekt Gryning och Nattfika startar i vår, och Läxhjälp Plus fortsätter.",
        [
            ("Projekt Gryning", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.PART_OF)


def test_measures_counted_among_the_promises_of_the_pact() -> None:
    found = read(
        "Polisen och Ludvika kommun har skrivit under årets medborgarlöfte. "
        "Nattfika, fler kameror och Läxhjälp Plus är några av de sju åtgärder som parterna lovar.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Ludvika kommun", E.MUNICIPALITY, None),
            ("medborgarlöfte", E.INITIATIVE, "Ludvikas medborgarlöfte"),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Ludvikas medborgarlöfte")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Ludvikas medborgarlöfte")


def test_fronted_programme_includes_a_list() -> None:
    found = read(
        "I Trygghetslyftet ingår Nattfika, fler lampor och Läxhjälp Plus.",
        [
            ("Trygghetslyftet", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Trygghetslyftet")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Trygghetslyftet")


def test_a_programme_contains_measures() -> None:
    found = read(
        "Projekt Gryning innehåller bland annat Nattfika och Läxhjälp Plus.",
        [
            ("Projekt Gryning", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Projekt Gryning")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Projekt Gryning")
    no_edge(found, R.PART_OF, "Projekt Gryning")


def test_a_part_done_as_part_of_the_work_with_a_programme() -> None:
    found = read(
        "Som en del i arbetet med Trygg vardag genomförs kvällsfika i skolorna.",
        [("Trygg vardag", E.INITIATIVE, None), ("kvällsfika", E.INITIATIVE, None)],
    )
    edge(found, R.PART_OF, "kvällsfika", "Trygg vardag")


def test_one_of_the_focus_areas_of_a_plan() -> None:
    found = read(
        "Läxhjälpen är ett av fokusområdena i trygghetsplanen.",
        [("Läxhjälpen", E.INITIATIVE, None), ("trygghetsplanen", E.INITIATIVE, "trygghetsplan")],
    )
    edge(found, R.PART_OF, "Läxhjälpen", "trygghetsplan")


def test_one_of_the_measures_of_a_plan_named_first() -> None:
    found = read(
        "En av åtgärderna i trygghetsplanen är kvällsfika och en annan är Läxhjälpen.",
        [
            ("trygghetsplanen", E.INITIATIVE, "trygghetsplan"),
            ("kvällsfika", E.INITIATIVE, None),
            ("Läxhjälpen", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "kvällsfika", "trygghetsplan")
    no_edge(found, R.PART_OF, "trygghetsplan")


def test_a_part_of_a_programme_named_again_by_its_noun() -> None:
    # 'satsningen' is the programme introduced as 'satsningen Ljusare Kvällar', not the measure
    # named earlier in its own sentence.
    found = read(
        "Polisen i Ekby driver satsningen Ljusare Kvällar. Nattfika är också en del i satsningen.",
        [
            ("Polisen i Ekby", E.POLICE_UNIT, None),
            ("Ljusare Kvällar", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Ljusare Kvällar")
    no_edge(found, R.PART_OF, "Nattfika", "Nattfika")


def test_a_part_of_a_programme_named_after_its_kind() -> None:
    # 'kommunens satsning Ljusare Kvällar': the owner's genitive and the kind of initiative stand
    # between the frame and the name.
    found = read(
        "Nattfika är också en del i kommunens satsning Ljusare Kvällar.",
        [
            ("Nattfika", E.INITIATIVE, None),
            ("Ljusare Kvällar", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Ljusare Kvällar")


def test_an_owner_in_the_genitive_before_the_kind_of_initiative_runs_it() -> None:
    found = read_page(
        "Det är polisens nya insats Ljusare Kvällar som har gett resultat.",
        [
            ("polisens", E.POLICE_UNIT, "Polisen"),
            ("Ljusare Kvällar", E.INITIATIVE, None),
        ],
    )
    edge(found, R.RUNS, "Polisen", "Ljusare Kvällar")


def test_a_part_as_a_natural_part_of_a_programme() -> None:
    found = read(
        "Nattfika blir en naturlig del av Projekt Gryning.",
        [("Nattfika", E.INITIATIVE, None), ("Projekt Gryning", E.INITIATIVE, None)],
    )
    edge(found, R.PART_OF, "Nattfika", "Projekt Gryning")


def test_what_is_done_within_a_programme_is_part_of_it() -> None:
    found = read(
        "Inom satsningen Projekt Gryning ordnas Nattfika och Läxhjälp Plus varje vecka.",
        [
            ("Projekt Gryning", E.INITIATIVE, None),
            ("Nattfika", E.INITIATIVE, None),
            ("Läxhjälp Plus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PART_OF, "Nattfika", "Projekt Gryning")
    edge(found, R.PART_OF, "Läxhjälp Plus", "Projekt Gryning")
