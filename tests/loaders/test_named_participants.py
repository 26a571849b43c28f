"""Participants read from an initiative's own phrase, from lists around a verb of taking part, and
unnamed partner groups listed together."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.text import split_sentences
from loaders.mentions.document import Mention, find_document_mentions
from loaders.relations.discourse import RelationContext
from loaders.relations.partaking.participants import named_participants
from loaders.relations.reader import find_relations


def _read(text: str) -> set[tuple[str, str, str]]:
    sentences = split_sentences(text)
    context = RelationContext(sentences, find_document_mentions(text, sentences), text=text)
    return {
        (rel.type.value, rel.source.canonical, rel.target.canonical)
        for s in sentences
        for rel in find_relations(s.text, s.start, [], context=context)
    }


def _participants(text: str) -> set[tuple[str, str]]:
    return {(s, t) for type_, s, t in _read(text) if type_ == R.PARTICIPATES_IN.value}


def test_partners_named_in_a_meeting_take_part_but_not_its_organiser() -> None:
    found = _read("Uppsala kommun anordnade ett möte med näringsidkare och fastighetsägare i centrum.")
    meeting = "möte med näringsidkare och fastighetsägare i centrum"
    assert ("PARTICIPATES_IN", "näringsidkare", meeting) in found
    assert ("PARTICIPATES_IN", "fastighetsägare", meeting) in found
    assert ("PARTICIPATES_IN", "Uppsala kommun", meeting) not in found


def test_the_people_a_measure_is_for_do_not_take_part() -> None:
    found = _participants("Uppsala kommun startar en satsning för barn och unga i Gränby.")
    assert not any(source in ("barn", "unga") for source, _ in found)


def test_a_where_clause_lists_the_participants() -> None:
    found = _participants(
        "Uppsala kommun har startat projektet Trygg i Gränby, där bland annat Polisen och Uppsalahem ingår."
    )
    assert ("Polisen", "Trygg i Gränby") in found
    assert ("Uppsalahem", "Trygg i Gränby") in found


def test_a_fronted_list_of_participants() -> None:
    found = _participants(
        "Uppsala kommun har startat projektet Trygg i Gränby. Med i projektet är Polisen, Uppsalahem och "
        "fastighetsägare."
    )
    assert {("Polisen", "Trygg i Gränby"), ("fastighetsägare", "Trygg i Gränby")} <= found


def test_a_subject_list_that_is_with_the_work() -> None:
    found = _participants(
        "Polisen har inlett Operation Rimfrost. Även Tullverket och Kriminalvården är med i arbetet."
    )
    assert {("Tullverket", "Operation Rimfrost"), ("Kriminalvården", "Operation Rimfrost")} <= found


def test_partners_of_the_work_take_part_in_what_the_runner_runs() -> None:
    found = _participants(
        "Uppsala kommun driver projektet Trygg i Gränby. Arbetet sker i samverkan med Polisen och fastighetsägare."
    )
    assert {("Polisen", "Trygg i Gränby"), ("fastighetsägare", "Trygg i Gränby")} <= found


def test_a_list_of_partner_groups_is_a_list_of_actors() -> None:
    text = "Fler behöver hjälpa till, t.ex. kvinnojourer, brottsofferjourer, fastighetsägare och idrottsrörelsen."
    groups = {m.canonical for m in find_document_mentions(text) if m.type is E.GROUP}
    assert {"kvinnojourer", "brottsofferjourer", "fastighetsägare", "idrottsrörelsen"} <= groups


def test_those_a_dialogue_meets_are_its_audience_not_its_partners() -> None:
    found = _participants("Polisen i Uppsala genomför medborgardialoger i Gränby under hösten.")
    assert not any(source == "medborgare" for source, _ in found)


def test_examples_of_the_actors_the_work_needs_take_part() -> None:
    found = _participants(
        "Uppsala kommun driver projektet Trygg i Gränby. Fler aktörer behövs, till exempel Uppsalahem, "
        "fastighetsägare och föreningar."
    )
    assert {("Uppsalahem", "Trygg i Gränby"), ("fastighetsägare", "Trygg i Gränby")} <= found


def test_the_professionals_a_training_is_for_are_its_audience() -> None:
    text = "Ås kommun ordnar ett kompetenslyft för kuratorer och socionomer. Det följs av ett möte med Tullverket."
    sentences = split_sentences(text)
    training = "kompetenslyft för kuratorer och socionomer"
    meeting = "möte med Tullverket"
    mentions = [
        Mention(text.index(training), text.index(training) + len(training), training, E.INITIATIVE, training),
        Mention(text.index(meeting), text.index(meeting) + len(meeting), meeting, E.INITIATIVE, meeting),
    ]
    context = RelationContext(sentences, mentions, text=text)
    found = {(rel.source.canonical, rel.target.canonical) for _, rel in named_participants(context, {})}
    assert ("Tullverket", meeting) in found
    assert not any(target == training for _, target in found)
