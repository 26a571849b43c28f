"""Who acts during an effort runs it; whose task an effort is runs it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Polisen", E.POLICE_UNIT, None),
    ("polisen", E.POLICE_UNIT, "Polisen"),
    ("kommunen", E.MUNICIPALITY, "Arvika kommun"),
    ("insatsen Vinterljus", E.INITIATIVE, "Vinterljus"),
    ("Insatsen Vinterljus", E.INITIATIVE, "Vinterljus"),
    ("Nämndens", E.MUNICIPAL_BODY, "Socialnämnden"),
    ("en handlingsplan mot klotter", E.INITIATIVE, "handlingsplan mot klotter"),
]


def test_the_police_acting_during_a_named_operation_run_it() -> None:
    found = read("Under insatsen Vinterljus har polisen gripit tolv personer.", SPECS)
    edge(found, R.RUNS, "Polisen", "Vinterljus")


def test_the_operation_referred_back_to() -> None:
    found = read(
        "Insatsen Vinterljus inleddes i november. Polisen har under insatsen beslagtagit fyra vapen.", SPECS
    )
    edge(found, R.RUNS, "Polisen", "Vinterljus")


def test_a_partner_named_after_a_preposition_is_no_runner() -> None:
    found = read("Under insatsen Vinterljus har polisen tillsammans med kommunen besökt skolor.", SPECS)
    edge(found, R.RUNS, "Polisen", "Vinterljus")
    no_edge(found, R.RUNS, "Arvika kommun", "Vinterljus")


def test_every_partner_of_a_list_after_a_preposition_is_no_runner() -> None:
    found = read(
        "Under insatsen Vinterljus samverkar polisen med kommunen, Tullverket och Skatteverket.",
        [*SPECS, ("Tullverket", E.AGENCY, None), ("Skatteverket", E.AGENCY, None)],
    )
    edge(found, R.RUNS, "Polisen", "Vinterljus")
    for partner in ("Arvika kommun", "Tullverket", "Skatteverket"):
        no_edge(found, R.RUNS, partner, "Vinterljus")


def test_nothing_done_during_an_operation_runs_nothing() -> None:
    no_edge(read("Under insatsen Vinterljus har polisen inte gripit någon.", SPECS), R.RUNS)


def test_whose_task_an_effort_is_runs_it() -> None:
    found = read("Nämndens uppgift är att ta fram en handlingsplan mot klotter.", SPECS)
    edge(found, R.RUNS, "Socialnämnden", "handlingsplan mot klotter")
