"""Investigations read as initiatives: named by their complement or by the crime a report gives.

The sentences are made up for these tests.
"""

from __future__ import annotations

from graph.model import Document, Graph
from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def graph(text: str) -> Graph:
    return extract(LoadedDocument(document=Document(id="d", title="t"), text=text))


def initiatives(text: str) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.aliases} for e in graph(text).entities if e.type == E.INITIATIVE}


def test_the_investigation_of_a_reported_crime_is_named_after_the_crime() -> None:
    text = "Skottlossningen i Norrby i natt utreds som mordförsök. Utredningen leds av polisen i Åby."
    found = initiatives(text)
    assert "utredningen av skottlossningen i Norrby" in found
    assert "Utredningen" in found["utredningen av skottlossningen i Norrby"]


def test_a_later_bare_investigation_is_the_one_the_text_named() -> None:
    text = (
        "Polisen har inlett en förundersökning om grov misshandel efter rånet i Vallby. "
        "Utredningen har hög prioritet, säger polisen."
    )
    found = initiatives(text)
    assert len([n for n in found if "utredning" in n.lower() or "förundersökning" in n.lower()]) == 1
    assert "förundersökning om grov misshandel" in found


def test_an_inquiry_without_a_crime_or_a_determiner_is_no_initiative() -> None:
    assert not initiatives("Kommunen har läst utredningen. Enligt utredningen räcker lokalerna i skolan.")
    assert not initiatives("Utredning om skolans lokaler klar")


def test_an_investigation_is_active_only_where_its_crime_was_committed() -> None:
    g = graph("Mordet i Norrby utreds av polisen. Polisen i Åby leder utredningen, som pågår i Åby.")
    names = {e.id: e.name for e in g.entities}
    placed = {names[r.target] for r in g.relations if r.type == R.ACTIVE_IN and "utredning" in r.source}
    assert "Åby" not in placed


def test_the_unit_that_handles_an_investigation_runs_it() -> None:
    g = graph(
        "Rånet i Norrby skrämde många. Det är grova brott inom polisregion Syd som hanterar utredningen."
    )
    names = {e.id: e.name for e in g.entities}
    runs = {(names[r.source], names[r.target]) for r in g.relations if r.type == R.RUNS}
    assert ("Grova brott inom polisregion Syd", "utredningen av rånet i Norrby") in runs
