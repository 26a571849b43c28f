"""Those who spend resources on an effort, or keep it in their own hands, run it."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Vimmerby kommun", E.MUNICIPALITY, None),
    ("Vimmerby", E.PLACE, None),
    ("projektet Lugn kväll", E.INITIATIVE, "Lugn kväll"),
    ("en avhopparverksamhet", E.INITIATIVE, "avhopparverksamhet"),
]


def test_spending_resources_on_an_effort_runs_it() -> None:
    found = read("Vimmerby kommun lägger stora resurser på projektet Lugn kväll.", SPECS)
    edge(found, R.RUNS, "Vimmerby kommun", "Lugn kväll")


def test_spending_nothing_runs_nothing() -> None:
    no_edge(read("Vimmerby kommun lägger inte resurser på projektet Lugn kväll.", SPECS), R.RUNS)


def test_an_effort_in_its_own_hands_is_run_by_the_town_as_its_municipality() -> None:
    found = read("Vimmerby driver sedan länge en avhopparverksamhet i egen regi.", SPECS)
    edge(found, R.RUNS, "Vimmerby kommun", "avhopparverksamhet")
