"""The groundwork a plan is drawn up from is neither part of it nor run by its signatories."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument
from tests.loaders.relation_reading import E, R, edges, read_page

_SPECS = [
    ("Lokalpolisområde Norrby", E.POLICE_UNIT, None),
    ("Norrby kommun", E.MUNICIPALITY, None),
    ("medborgarlöfte", E.INITIATIVE, None),
    ("Trygghetsenkät", E.INITIATIVE, None),
    ("Dialogmöten med skolor", E.INITIATIVE, None),
    ("Nattvandring i centrum", E.INITIATIVE, None),
]


def _page(cue: str) -> str:
    return (
        "Lokalpolisområde Norrby och Norrby kommun lovar gemensamt följande medborgarlöfte.\n\n"
        f"{cue}\n\n"
        " 1. Trygghetsenkät\n"
        " 2. Dialogmöten med skolor\n"
    )


def test_the_groundwork_listed_after_its_cue_is_no_part_of_the_plan() -> None:
    found = read_page(_page("Följande underlag ligger till grund för medborgarlöftet"), _SPECS)
    basis = {"Trygghetsenkät", "Dialogmöten med skolor"}
    assert not {e for e in edges(found, R.PART_OF) | edges(found, R.RUNS) if basis & {e[1], e[2]}}


def test_a_list_of_measures_keeps_its_parts() -> None:
    found = read_page(_page("Inom medborgarlöftet gör polis och kommun följande"), _SPECS)
    basis = {"Trygghetsenkät", "Dialogmöten med skolor"}
    assert {e for e in edges(found, R.PART_OF) | edges(found, R.RUNS) if basis & {e[1], e[2]}}


def test_the_groundwork_of_a_plan_is_no_actor_of_the_graph() -> None:
    text = (
        "Lokalpolisområde Norrby och Norrby kommun lovar gemensamt följande medborgarlöfte.\n\n"
        "Följande processer ligger till grund för medborgarlöftet\n\n"
        " 1. Medborgardialog\n"
        " 2. Medarbetardialoger\n\n"
        "Polisen ska genomföra trygghetsvandringar i centrum varje månad.\n"
    )
    graph = extract(LoadedDocument(document=Document(id="lofte", title="Medborgarlöfte"), text=text))
    names = {e.name.lower() for e in graph.entities}
    assert not {n for n in names if "dialog" in n}
