"""The effort a document is about is run by the organisation it is told from (made-up texts)."""

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _runs(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="t"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "RUNS"}


def test_the_leading_organisation_runs_the_initiative_of_the_title() -> None:
    text = (
        "Operation Vinterljus avslutad\n\n"
        "Under sex veckor har många personer lagförts i Gislaved.\n\n"
        "Polisen i Gislaved har gripit fyra personer. Polisen i Gislaved beslagtog också narkotika. "
        "Gislaveds kommun har bidragit med lokaler."
    )
    assert any(
        a == "Lokalpolisområde Gislaved" and b.startswith("Operation Vinterljus") for a, b in _runs(text)
    )


def test_no_runner_when_two_organisations_lead_alike() -> None:
    text = (
        "Operation Vinterljus avslutad\n\n"
        "Polisen har gripit fyra personer. Gislaveds kommun har bidragit med lokaler.\n\n"
        "Polisen och Gislaveds kommun är nöjda."
    )
    assert not any(b.startswith("Operation Vinterljus") for _, b in _runs(text))
