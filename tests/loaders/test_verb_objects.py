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


def test_a_package_of_measures_is_an_initiative_taken_forward() -> None:
    found = _runs("Kommunfullmäktige i Gislaved går vidare med trygghetspaketet för Anderstorp.")
    assert ("Kommunfullmäktige i Gislaved", "Gislaveds trygghetspaket") in found
    assert _runs("Tullen hittade ett paket med narkotika i Gislaved.") == set()


def test_a_party_that_wants_a_plan_started_proposes_it_and_does_not_run_it() -> None:
    graph = extract(
        LoadedDocument(
            document=Document(id="d", title="t"),
            text="Moderaterna i Gislaved vill starta en handlingsplan mot klotter.",
        )
    )
    types = {r.type.value for r in graph.relations}
    assert "PROPOSES" in types
    assert "RUNS" not in types


def test_a_council_that_is_to_coordinate_the_work_runs_it() -> None:
    found = _runs("Brottsförebyggande rådet i Gislaved ska samordna kommunens brottsförebyggande arbete.")
    assert any(a.endswith("brottsförebyggande råd") and "brottsförebyggande arbete" in b for a, b in found), (
        found
    )
    found = _runs(
        "Länsstyrelsen i Jönköpings län har fått i uppdrag av regeringen att samordna "
        "det regionala arbetet mot ekonomisk brottslighet."
    )
    assert ("Länsstyrelsen i Jönköpings län", "regionala arbetet mot ekonomisk brottslighet") in found


def test_more_of_a_measure_after_an_auxiliary_and_an_adverb() -> None:
    found = _runs("Polisen kommer dessutom att genomföra fler hastighetskontroller i Anderstorp.")
    assert ("Polisen", "fler hastighetskontroller") in found
