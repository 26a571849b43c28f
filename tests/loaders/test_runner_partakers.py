"""Who runs an initiative is not also read as taking part in it."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import split_sentences
from loaders.mentions.document import Mention, find_document_mentions
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.runner_partakers import without_runner_partakers
from loaders.relations.reader import find_relations

_POLICE = Mention(0, 7, "Polisen", E.POLICE_UNIT, "Polisen")
_TOWN = Mention(10, 22, "Ekby kommun", E.MUNICIPALITY, "Ekby kommun")
_SCHOOL = Mention(40, 50, "Ekbyskolan", E.ORGANISATION, "Ekbyskolan")
_EFFORT = Mention(
    60,
    100,
    "samverkan mellan Polisen och Ekby kommun",
    E.INITIATIVE,
    "samverkan mellan Polisen och Ekby kommun",
)


def test_a_runner_found_in_another_sentence_does_not_also_take_part() -> None:
    by_sentence = {
        0: [
            FoundRelation(_POLICE, _EFFORT, R.RUNS, 0.7),
            FoundRelation(_SCHOOL, _EFFORT, R.PARTICIPATES_IN, 0.6),
        ],
        3: [
            FoundRelation(_POLICE, _EFFORT, R.PARTICIPATES_IN, 0.6),
            FoundRelation(_TOWN, _EFFORT, R.RUNS, 0.7),
        ],
        5: [FoundRelation(_TOWN, _EFFORT, R.PARTICIPATES_IN, 0.6)],
    }
    without_runner_partakers(by_sentence)
    kept = {(f.source.text, f.type) for found in by_sentence.values() for f in found}
    assert kept == {
        ("Polisen", R.RUNS),
        ("Ekby kommun", R.RUNS),
        ("Ekbyskolan", R.PARTICIPATES_IN),
    }


def test_no_actor_both_runs_and_takes_part_in_one_effort() -> None:
    text = (
        "Ekby kommun och Polisen samverkar för att minska skadegörelsen i Ekby. "
        "En del av denna samverkan blir att ordna trygghetsvandringar. "
        "Ekby kommun leder samverkan mellan Polisen och Ekby kommun."
    )
    sentences = split_sentences(text)
    context = RelationContext(sentences, find_document_mentions(text, sentences), text=text)
    found = [rel for s in sentences for rel in find_relations(s.text, s.start, [], context=context)]
    runs = {(r.source.canonical, r.target.canonical) for r in found if r.type is R.RUNS}
    partakes = {(r.source.canonical, r.target.canonical) for r in found if r.type is R.PARTICIPATES_IN}
    assert runs, "the joint work's parties run it"
    assert not runs & partakes


def test_a_partner_in_the_clause_takes_part_and_does_not_run() -> None:
    text = "Polisen i Ekby genomförde i samverkan med Kustbevakningen en båtinsats vid Ekbyviken."
    sentences = split_sentences(text)
    context = RelationContext(sentences, find_document_mentions(text, sentences), text=text)
    found = {
        (r.type, r.source.canonical)
        for s in sentences
        for r in find_relations(s.text, s.start, [], context=context)
        if r.type in (R.RUNS, R.PARTICIPATES_IN)
    }
    assert (R.PARTICIPATES_IN, "Kustbevakningen") in found
    assert (R.RUNS, "Kustbevakningen") not in found
