"""Where a printed map writes its names: next to each actor, never over another name or shape.

Sizes are in points on the page. Actors are taken most connected first; each name tries a
few places around its shape (below, above, right, left) and takes the first that overlaps
nothing placed before it and stays inside the map. A name that finds no place is left out,
and the caller says so under the map: the hubs keep their names, the crowd goes without.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in points, y growing downwards
LINE_HEIGHT = 1.2  # line spacing of a wrapped name, in font sizes
WRAP = 24  # characters per line of a name
MAX_LINES = 2


@dataclass(frozen=True)
class Label:
    """A placed name: its text, anchor point and alignment, and the box it covers."""

    id: str
    text: str
    x: float
    y: float
    ha: str
    va: str
    box: Box


@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in points of one line of text at `size` points, in the map's font."""
    font = FontProperties(family="DejaVu Sans", weight="bold" if bold else "normal")
    return float(TextPath((0, 0), text, size=size, prop=font).get_extents().width)


def wrap_name(name: str) -> str:
    return textwrap.fill(" ".join(name.split()), WRAP, max_lines=MAX_LINES, placeholder="…")


def text_box_size(text: str, size: float, bold: bool = False) -> tuple[float, float]:
    lines = text.split("\n")
    width = max(text_width(line, size, bold) for line in lines) if lines else 0.0
    return width, len(lines) * size * LINE_HEIGHT


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class Occupied:
    """Boxes already taken on the page, looked up through a coarse grid."""

    def __init__(self, cell: float = 40.0) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[Box]] = {}

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        c = self.cell
        return [
            (i, j)
            for i in range(int(box[0] // c), int(box[2] // c) + 1)
            for j in range(int(box[1] // c), int(box[3] // c) + 1)
        ]

    def free(self, box: Box, ignore: Box | None = None) -> bool:
        return not any(
            other is not ignore and overlaps(box, other)
            for cell in self._cells(box)
            for other in self.grid.get(cell, ())
        )

    def add(self, box: Box) -> None:
        for cell in self._cells(box):
            self.grid.setdefault(cell, []).append(box)


def place_labels(
    order: list[str],
    names: dict[str, str],
    points: dict[str, tuple[float, float]],
    radius: dict[str, float],
    area: Box,
    size: float,
    bold: frozenset[str] = frozenset(),
    taken: Occupied | None = None,
) -> list[Label]:
    """Names for the actors in `order` (most important first) that fit without overlapping.

    `taken` collects the boxes of shapes and names, so that later texts can keep clear of them.
    """
    taken = taken if taken is not None else Occupied()
    shapes: dict[str, Box] = {}
    for ent_id, (x, y) in points.items():
        r = radius[ent_id]
        shapes[ent_id] = (x - r, y - r, x + r, y + r)
        taken.add(shapes[ent_id])
    placed: list[Label] = []
    gap = 1.5
    for ent_id in order:
        x, y = points[ent_id]
        r = radius[ent_id]
        text = wrap_name(names[ent_id])
        width, height = text_box_size(text, size, ent_id in bold)
        candidates = [
            (
                x,
                y + r + gap,
                "center",
                "top",
                (x - width / 2, y + r + gap, x + width / 2, y + r + gap + height),
            ),
            (
                x,
                y - r - gap,
                "center",
                "bottom",
                (x - width / 2, y - r - gap - height, x + width / 2, y - r - gap),
            ),
            (
                x + r + gap,
                y,
                "left",
                "center",
                (x + r + gap, y - height / 2, x + r + gap + width, y + height / 2),
            ),
            (
                x - r - gap,
                y,
                "right",
                "center",
                (x - r - gap - width, y - height / 2, x - r - gap, y + height / 2),
            ),
            (x + r, y + r, "left", "top", (x + r, y + r, x + r + width, y + r + height)),
            (x - r, y + r, "right", "top", (x - r - width, y + r, x - r, y + r + height)),
            (x + r, y - r, "left", "bottom", (x + r, y - r - height, x + r + width, y - r)),
            (x - r, y - r, "right", "bottom", (x - r - width, y - r - height, x - r, y - r)),
        ]
        # Then the same places a line further out, before the name is given up.
        far = size * LINE_HEIGHT
        candidates += [
            (lx + dx, ly + dy, ha, va, (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy))
            for (lx, ly, ha, va, b), (dx, dy) in zip(
                candidates[:4], [(0, far), (0, -far), (far, 0), (-far, 0)], strict=True
            )
        ]
        for lx, ly, ha, va, box in candidates:
            inside = box[0] >= area[0] and box[2] <= area[2] and box[1] >= area[1] and box[3] <= area[3]
            if inside and taken.free(box, ignore=shapes[ent_id]):
                taken.add(box)
                placed.append(Label(ent_id, text, lx, ly, ha, va, box))
                break
    return placed
