"""Relations read from the dependency parse: subjects, agents, parties and places of initiatives."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.syntactic import syntactic_relations
from tests.loaders.relation_reading import mentions_of

SPECS = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Mora kommun", E.MUNICIPALITY, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("Polisens", E.POLICE_UNIT, "Polisen"),
    ("samverkansavtalet", E.INITIATIVE, "samverkansavtal"),
    ("Samverkansavtalet", E.INITIATIVE, "samverkansavtal"),
    ("samverkansavtal", E.INITIATIVE, "samverkansavtal"),
    ("projektet Trygg hamn", E.INITIATIVE, "Trygg hamn"),
    ("Noret", E.PLACE, None),
]


def _edges(text: str) -> set[tuple[str, str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, SPECS), text=text)
    return {(f.type.value, f.source.canonical, f.target.canonical) for _, f in syntactic_relations(context)}


def test_the_parties_of_an_agreement_between_them_run_it() -> None:
    found = _edges("Samverkansavtalet mellan Tullverket och Polisen gäller i tre år.")
    assert ("RUNS", "Tullverket", "samverkansavtal") in found
    assert ("RUNS", "Polisen", "samverkansavtal") in found


def test_the_partners_of_an_agreement_with_them_take_part() -> None:
    found = _edges("Samverkansavtalet med Tullverket och Kustbevakningen gäller i tre år.")
    assert ("PARTICIPATES_IN", "Tullverket", "samverkansavtal") in found
    assert ("PARTICIPATES_IN", "Kustbevakningen", "samverkansavtal") in found


def test_the_subject_of_a_verb_of_carrying_out_runs_its_object() -> None:
    assert ("RUNS", "Kustbevakningen", "samverkansavtal") in _edges(
        "Under våren genomförde Kustbevakningen samverkansavtalet."
    )


def test_a_genitive_owner_runs_the_initiative() -> None:
    assert ("RUNS", "Polisen", "samverkansavtal") in _edges("Polisens samverkansavtal gäller i tre år.")


def test_a_negated_verb_states_nothing() -> None:
    assert not _edges("Kustbevakningen genomförde inte samverkansavtalet.")


def test_a_sentence_without_an_initiative_is_not_parsed() -> None:
    assert not _edges("Tullverket och Kustbevakningen kontrollerade fartyg vid Noret.")


def test_the_subject_of_a_verb_that_controls_an_infinitive_runs_its_object() -> None:
    found = _edges("Mora kommun blir först i länet att börja med projektet Trygg hamn.")
    assert ("RUNS", "Mora kommun", "Trygg hamn") in found


def test_a_controlling_verb_of_wishing_runs_nothing() -> None:
    found = _edges("Mora kommun vill börja med projektet Trygg hamn.")
    assert not {e for e in found if e[0] == "RUNS"}


def test_who_leads_what_a_fronted_phrase_says_is_done_runs_it() -> None:
    assert ("RUNS", "Kustbevakningen", "Trygg hamn") in _edges(
        "Under ledning av Kustbevakningen genomfördes projektet Trygg hamn i Noret."
    )
    assert ("RUNS", "Mora kommun", "Trygg hamn") in _edges(
        "I regi av Mora kommun genomförs projektet Trygg hamn varje sommar."
    )


def test_a_leader_of_something_else_runs_nothing() -> None:
    found = _edges("Under ledning av Kustbevakningen diskuterades projektet Trygg hamn.")
    assert ("RUNS", "Kustbevakningen", "Trygg hamn") not in found


def test_an_operation_held_is_run() -> None:
    assert ("RUNS", "Tullverket", "Trygg hamn") in _edges(
        "Tullverket har under hösten haft projektet Trygg hamn i Noret."
    )
