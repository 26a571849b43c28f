"""A town that carries out an initiative is its municipality: 'Borås startar projektet X'.

Swedish news names a municipality by its town when it acts: 'I vår börjar Järfälla och
Upplands-Bro med metoden X', 'Sala driver sedan i höstas en mobil fritidsgård'. A place does not
run anything; the municipality the town is the seat of does. So a town (one of the country's
municipalities, by the gazetteer) that is the subject of a verb of carrying out whose object is an
initiative reads as that municipality, and it RUNS the initiative. Districts and villages are not
municipalities and stay places; a town in any other role ('insatsen i Borås') stays a place.

Read from the parse of the sentences the syntactic reading parses already, so it costs no parse.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import load_gazetteer
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.syntactic import (
    CARRYING_OUT,
    OBJECTS,
    clause_role,
    controls,
    negated,
    sentences_to_parse,
)
from loaders.relations.trees import mention_head, parsed

__all__ = ["as_municipality", "town_runner_relations"]


@cache
def _municipalities() -> dict[str, str]:
    """Each municipality's town (its name as a place) -> the municipality's own name."""
    return {
        entry.parent: entry.name
        for entry in load_gazetteer().entries
        if entry.type == E.MUNICIPALITY.value and entry.parent
    }


def as_municipality(place: Mention) -> Mention | None:
    """The municipality a town's mention stands for when it acts, or None for any other place."""
    name = _municipalities().get(place.canonical)
    if name is None:
        return None
    return Mention(place.start, place.end, place.text, E.MUNICIPALITY, name, rule="town")


def town_runner_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from the municipality of each town that carries out an initiative."""
    towns = _municipalities()
    wanted = [
        i
        for i in sentences_to_parse(context)
        if any(m.type == E.PLACE and m.canonical in towns for m in context.mentions[i])
    ]
    for i, doc in parsed(context, wanted).items():
        offset = context.sentences[i].start
        heads = [(m, mention_head(doc, offset, m)) for m in context.mentions[i]]
        initiatives = [(m, t) for m, t in heads if t is not None and m.type == E.INITIATIVE]
        places = [(m, t) for m, t in heads if t is not None and m.type == E.PLACE and m.canonical in towns]
        for place, ptok in places:
            prole, pverb = clause_role(ptok, place.end - offset)
            if prole != "nsubj":
                continue
            for initiative, itok in initiatives:
                irole, iverb = clause_role(itok)
                verb = iverb if pverb.i != iverb.i and controls(pverb, iverb) else pverb
                if verb.i != iverb.i or irole not in OBJECTS or negated(verb):
                    continue
                municipality = as_municipality(place)
                if municipality is not None and verb.lower_.startswith(CARRYING_OUT):
                    yield i, FoundRelation(municipality, initiative, R.RUNS, 0.5)
