"""An initiative nobody is tied to is run by its clause's subject when that subject runs others."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.running.untied_runners import untied_runner_relations
from tests.loaders.relation_reading import Spec, mentions_of

_SPECS: list[Spec] = [
    ("Ekby kommun", E.MUNICIPALITY, None),
    ("Ekby kommuns", E.MUNICIPALITY, "Ekby kommun"),
    ("projektet Gryning", E.INITIATIVE, "Gryning"),
    ("Kvällsfika", E.INITIATIVE, None),
]
_FIRST = "Ekby kommun driver projektet Gryning. "


def _runs(text: str, *, runs_gryning: bool = True) -> set[tuple[str, str]]:
    context = RelationContext(split_sentences(text), mentions_of(text, _SPECS), text=text)
    found: dict[int, list[FoundRelation]] = {}
    if runs_gryning:
        council, gryning = context.mentions[0][0], context.mentions[0][1]
        found[0] = [FoundRelation(council, gryning, R.RUNS, 0.8)]
    return {(f.source.canonical, f.target.canonical) for _, f in untied_runner_relations(context, found)}


def test_the_running_subject_runs_an_untied_initiative_of_its_clause() -> None:
    assert ("Ekby kommun", "Kvällsfika") in _runs(
        _FIRST + "Ekby kommun har under sommaren haft fokus på Kvällsfika."
    )


def test_an_organisation_that_runs_nothing_else_is_no_runner() -> None:
    text = _FIRST + "Ekby kommun har under sommaren haft fokus på Kvällsfika."
    assert not _runs(text, runs_gryning=False)


def test_a_genitive_or_a_wish_is_no_runner() -> None:
    assert not _runs(_FIRST + "Ekby kommuns statistik visar att Kvällsfika behövs.")
    assert not _runs(_FIRST + "Ekby kommun vill gärna ha mer fokus på Kvällsfika.")
    assert not _runs(_FIRST + "Ekby kommun har inte haft fokus på Kvällsfika.")


def test_an_initiative_tied_to_someone_else_keeps_its_ties() -> None:
    text = _FIRST + "Ekby kommun har under sommaren haft fokus på Kvällsfika."
    context = RelationContext(split_sentences(text), mentions_of(text, _SPECS), text=text)
    council, gryning = context.mentions[0][0], context.mentions[0][1]
    fika = next(m for m in context.mentions[1] if m.canonical == "Kvällsfika")
    found = {
        0: [FoundRelation(council, gryning, R.RUNS, 0.8)],
        1: [FoundRelation(council, fika, R.FUNDS, 0.8)],
    }
    assert not untied_runner_relations(context, found)
