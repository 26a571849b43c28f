"""What a process keeps loaded is out of the collector's way, and young collections are rare."""

import gc

from loaders.resident import YOUNG_THRESHOLD, keep_loaded


def test_loaded_objects_are_frozen_and_young_collections_spaced() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        keep_loaded()
        young, older, oldest = gc.get_threshold()
        assert young == YOUNG_THRESHOLD
        assert (older, oldest) == (10, 10)  # the older generations keep their setting
        assert gc.get_freeze_count() > 0
    finally:
        gc.set_threshold(*before)


def test_a_higher_threshold_set_by_the_process_is_kept() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(YOUNG_THRESHOLD * 2, 10, 10)
        keep_loaded()
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD * 2
    finally:
        gc.set_threshold(*before)
