"""An organisation commissioned to carry a measure out runs it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_a_committee_given_the_task_runs_the_measure() -> None:
    text = "Socialnämnden fick i uppdrag att upphandla en riktad insats mot langning i Ås."
    found = read(
        text,
        [
            ("Socialnämnden", E.MUNICIPAL_BODY, None),
            ("riktad insats mot langning", E.INITIATIVE, None),
            ("Ås", E.PLACE, None),
        ],
    )
    edge(found, R.RUNS, "Socialnämnden", "riktad insats mot langning")


def test_an_inverted_subject_and_the_commissioner_who_runs_nothing() -> None:
    text = (
        "Vidare får tekniska förvaltningen i uppdrag av kommunstyrelsen att ta fram "
        "en trygghetsplan för stationsområdet."
    )
    found = read(
        text,
        [
            ("tekniska förvaltningen", E.MUNICIPAL_BODY, "Tekniska förvaltningen"),
            ("kommunstyrelsen", E.MUNICIPAL_BODY, "Kommunstyrelsen"),
            ("trygghetsplan för stationsområdet", E.INITIATIVE, None),
        ],
    )
    edge(found, R.RUNS, "Tekniska förvaltningen", "trygghetsplan för stationsområdet")
    no_edge(found, R.RUNS, "Kommunstyrelsen", "trygghetsplan för stationsområdet")


def test_a_task_not_given_is_run_by_nobody() -> None:
    text = "Tekniska nämnden har ännu inte fått något uppdrag att upphandla väktare till centrum."
    found = read(
        text,
        [
            ("Tekniska nämnden", E.MUNICIPAL_BODY, None),
            ("väktare till centrum", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.RUNS, "Tekniska nämnden", "väktare till centrum")


def test_a_task_a_motion_asks_for_is_run_by_nobody_yet() -> None:
    text = (
        "Vi föreslår kommunfullmäktige besluta\n\n"
        "att socialnämnden får i uppdrag att upphandla en riktad insats mot langning,\n\n"
        "att kommunen anställer fler fältassistenter."
    )
    found = read(
        text,
        [
            ("socialnämnden", E.MUNICIPAL_BODY, "Socialnämnden"),
            ("riktad insats mot langning", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.RUNS, "Socialnämnden", "riktad insats mot langning")


def test_the_one_who_hands_out_the_task_runs_nothing_and_a_review_is_no_run() -> None:
    text = (
        "Regeringen gav Länsstyrelsen i Dalarnas län i uppdrag att samordna det regionala arbetet mot "
        "organiserad brottslighet. "
        "Regeringen har gett Brottsförebyggande rådet i uppdrag att utvärdera det nationella avhopparprogrammet."
    )
    found = read(
        text,
        [
            ("Regeringen", E.AGENCY, None),
            ("Länsstyrelsen i Dalarnas län", E.AGENCY, None),
            ("regionala arbetet mot organiserad brottslighet", E.INITIATIVE, None),
            ("Brottsförebyggande rådet", E.AGENCY, None),
            ("nationella avhopparprogrammet", E.INITIATIVE, None),
        ],
    )
    edge(found, R.RUNS, "Länsstyrelsen i Dalarnas län", "regionala arbetet mot organiserad brottslighet")
    no_edge(found, R.RUNS, "Regeringen", "regionala arbetet mot organiserad brottslighet")
    no_edge(found, R.RUNS, "Brottsförebyggande rådet", "nationella avhopparprogrammet")
