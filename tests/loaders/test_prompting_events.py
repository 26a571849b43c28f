"""An effort started because of events in a place is active there (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("en särskild insats", E.INITIATIVE, "särskild insats"),
    ("extra fältassistenter", E.INITIATIVE, "extra fältassistenter"),
    ("Norrby", E.PLACE, None),
    ("Söderby", E.PLACE, None),
    ("Åby", E.PLACE, None),
    ("polisen", E.POLICE_UNIT, "Polisen"),
]


def test_the_places_of_the_events_that_prompted_an_operation() -> None:
    found = read("Efter skjutningarna i stadsdelen Norrby i Åby inleder polisen en särskild insats.", SPECS)
    assert edge(found, R.ACTIVE_IN, "särskild insats", "Norrby")
    assert edge(found, R.ACTIVE_IN, "särskild insats", "Åby")


def test_a_list_of_places_of_the_events_distributes() -> None:
    found = read(
        "Med anledning av oroligheterna på Norrby och Söderby har kommunen anställt extra fältassistenter.",
        SPECS,
    )
    assert edge(found, R.ACTIVE_IN, "extra fältassistenter", "Norrby")
    assert edge(found, R.ACTIVE_IN, "extra fältassistenter", "Söderby")


def test_a_wished_response_is_nowhere_yet() -> None:
    found = read("Efter bränderna i Norrby vill partiet ha extra fältassistenter.", SPECS)
    no_edge(found, R.ACTIVE_IN, "extra fältassistenter", "Norrby")
