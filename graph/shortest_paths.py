"""All shortest paths between two actors, found the same way whatever holds the graph.

Both stores answer `paths` with this search, so they agree on which paths they give when
there are more than the limit: the first ones in order of their actors' ids.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

# For a set of actor ids, each one's neighbours (relations read in both directions).
Expand = Callable[[set[str]], Mapping[str, Collection[str]]]

MAX_PATHS = 100


def shortest_paths(
    expand: Expand, source: str, target: str, max_length: int, limit: int = MAX_PATHS
) -> list[list[str]]:
    """The actor ids of each shortest path of at most `max_length` steps, the `limit` first in order.

    A breadth-first search from both ends, one layer at a time from the smaller side, stops
    at the first layer where the two meet; the paths are then read off in sorted order.
    """
    if source == target:
        return [[source]]
    # Each reached actor with the actors one step closer to its own side's start.
    towards_source: dict[str, set[str]] = {source: set()}
    towards_target: dict[str, set[str]] = {target: set()}
    front_source, front_target = {source}, {target}
    steps = 0
    meeting: set[str] = set()
    while front_source and front_target and steps < max_length:
        from_source = len(front_source) <= len(front_target)
        front = front_source if from_source else front_target
        reached, other = (towards_source, towards_target) if from_source else (towards_target, towards_source)
        adjacency = expand(front)
        layer: dict[str, set[str]] = {}
        for node in front:
            for neighbour in adjacency.get(node, ()):
                if neighbour not in reached:
                    layer.setdefault(neighbour, set()).add(node)
        reached.update(layer)
        steps += 1
        if from_source:
            front_source = set(layer)
        else:
            front_target = set(layer)
        meeting = set(layer) & other.keys()
        if meeting:
            break
    if not meeting:
        return []
    # From the source towards the meeting layer, only the actors that lead there.
    ahead: dict[str, set[str]] = {}
    todo = list(meeting)
    useful = set(meeting)
    while todo:
        node = todo.pop()
        for previous in towards_source[node]:
            ahead.setdefault(previous, set()).add(node)
            if previous not in useful:
                useful.add(previous)
                todo.append(previous)

    found: list[list[str]] = []

    def walk(trail: list[str]) -> None:
        node = trail[-1]
        if node == target:
            found.append(list(trail))
            return
        following = towards_target[node] if node in meeting or node not in ahead else ahead[node]
        for nxt in sorted(following):
            if len(found) >= limit:
                return
            trail.append(nxt)
            walk(trail)
            trail.pop()

    walk([source])
    return found
