"""Efforts of one kind in different places are different efforts.

A text may tell of two operations of the same kind: "en insats mot narkotikahandeln i Noret"
and, later, "en ny insats i Västby". The second names no topic of its own, so it would be read
as a reference back to the first; its own place says it is another effort. A bare effort tied
to a place is therefore one of its own, unless an effort named before is in that place too
("Insatsen i Noret" after "en insats mot narkotikahandeln i Noret" is that one). Only efforts
that happen somewhere are told apart so; work spoken of in a place is the document's one work.
"""

from __future__ import annotations

from collections.abc import Callable

from loaders.mentions.candidates import Candidate

__all__ = ["placed_apart"]

# Heads of efforts that happen somewhere, one operation a place: "en insats i Västby". Work and
# plans in a place ("arbetet i Mora") are the document's one effort spoken of there.
_OPERATION_HEADS = frozenset(["insats", "satsning", "kontroll", "händelse", "projekt"])


def placed_apart(
    members: list[Candidate],
    keyed: list[int],
    bare: list[int],
    place_of: Callable[[Candidate], str | None],
    union: Callable[[int, int], None],
) -> tuple[list[int], list[int]]:
    """The keyed and bare members, with each bare member tied to a place of its own moved to the
    keyed ones (joined to an earlier member in that place, if any)."""
    by_place: dict[str, int] = {}
    for i in keyed:
        place = place_of(members[i])
        if place:
            by_place.setdefault(place, i)
    still_bare: list[int] = []
    placed: list[int] = []
    for i in bare:
        place = place_of(members[i]) if members[i].head in _OPERATION_HEADS else None
        if not place:
            still_bare.append(i)
            continue
        if place in by_place:
            union(i, by_place[place])
        else:
            by_place[place] = i
        placed.append(i)
    return sorted(keyed + placed), still_bare
