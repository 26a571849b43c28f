"""Measures named as the object of a verb of carrying out, and who runs them (made-up sentences)."""

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _runs(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="t"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "RUNS"}


def test_subject_runs_each_measure_of_a_coordinated_object() -> None:
    found = _runs("I höstas införde Gislaveds kommun hembesök och föräldrautbildning i Anderstorp.")
    assert ("Gislaveds kommun", "hembesök") in found
    assert ("Gislaveds kommun", "föräldrautbildning") in found


def test_coordinated_subjects_and_a_complement() -> None:
    found = _runs("Polisen och Gislaveds kommun genomför riktade kontroller mot langning av alkohol.")
    assert {
        ("Polisen", "riktade kontroller mot langning"),
        ("Gislaveds kommun", "riktade kontroller mot langning"),
    } <= {(a, b[: len("riktade kontroller mot langning")]) for a, b in found}


def test_objects_that_name_no_activity_and_wishes_are_no_measures() -> None:
    assert _runs("Gislaveds kommun erbjuder lokaler till föreningarna i Anderstorp.") == set()
    assert _runs("Gislaveds kommun borde genomföra hembesök i Anderstorp.") == set()
    assert _runs("Gislaveds kommun genomför inte hembesök i Anderstorp.") == set()


def test_commissioning_an_effort_runs_it() -> None:
    found = _runs("Kampanjen Sommarljus genomförs på uppdrag av Gislaveds kommun.")
    assert ("Gislaveds kommun", "Sommarljus") in found
