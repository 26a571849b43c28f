"""An actor named the way people name it: by id, by name or alias, or near enough.

Used where a person types an actor (`samverkan map --entity`, `samverkan report --entity`,
GET /paths): an id is taken as it is; otherwise the best search hit (graph ranked as in
api.search: exact name, alias, word, prefix, then fuzzy; ties by number of relations). When
nothing matches well enough, the error names the closest actors.
"""

from __future__ import annotations

from api.search import closest_names, search
from graph.errors import NotFound, SamverkanError
from graph.model import Entity
from graph.store import GraphStore

GOOD_ENOUGH = 0.7  # a part of a name or better; fuzzy hits are only suggested
SUGGESTED = 3


class UnknownActor(NotFound):
    """No actor by that name; the message suggests the closest ones."""

    code = "unknown_actor"


def resolve_entity(store: GraphStore, name_or_id: str) -> Entity:
    """The actor with this id, or the one the name means; UnknownActor with suggestions otherwise."""
    try:
        return store.entity(name_or_id)
    except SamverkanError:
        pass
    hits = search(store, name_or_id, limit=SUGGESTED)
    if hits and hits[0].score >= GOOD_ENOUGH:
        return hits[0].entity
    shown = name_or_id if len(name_or_id) <= 60 else name_or_id[:59] + "…"
    closest = [h.entity.name for h in hits] or closest_names(store, name_or_id, SUGGESTED)
    if closest:
        raise UnknownActor(f"Ingen aktör heter '{shown}'. Menade du: {', '.join(closest)}?")
    raise UnknownActor(f"Ingen aktör heter '{shown}' och ingen har ett liknande namn")
