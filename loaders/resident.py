"""What a process loads once and keeps: the lexicons, the gazetteer and the syntax model.

They hold about 160,000 objects that live as long as the process. Python's cyclic garbage
collector walks every tracked object at each full collection (about 0.1 s here, a few times per
hundred documents); once they are loaded they are moved out of its way (``gc.freeze``), so that
full collections walk only what reading documents leaves behind.
"""

from __future__ import annotations

import gc


def keep_loaded() -> None:
    """Collect what is garbage now, then exempt everything still alive from later collections."""
    gc.collect()
    gc.freeze()
