"""What a process loads once and keeps: the lexicons, the gazetteer and the syntax model.

They hold about 160,000 objects that live as long as the process. Python's cyclic garbage
collector walks every tracked object at each full collection (about 0.1 s here, a few times per
hundred documents); once they are loaded they are moved out of its way (``gc.freeze``), so that
full collections walk only what reading documents leaves behind.

Reading a document allocates many short-lived objects (matches, spans, mentions): at Python's
default of a young collection every 700 allocations, collections took about 3% of the extraction's
CPU time; every 20,000 they take about 1%, and the garbage they find waits a few milliseconds more.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 20_000  # allocations between two collections of the youngest generation


def keep_loaded() -> None:
    """Collect what is garbage now, then exempt everything still alive from later collections."""
    gc.collect()
    gc.freeze()
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), older, oldest)
