"""What lives as long as the program is frozen out of the garbage collector's sight once
the database is open (pos_app.ui.collector): a full collection then visits only what came
after, instead of every object of Qt, SQLAlchemy and the app (~100 ms, issue 14)."""

from __future__ import annotations

import gc
import weakref

from pos_app.ui.collector import GarbageCollector


class Node:
    """A plain object that can be put in a reference cycle."""

    def __init__(self) -> None:
        self.me: Node | None = None


def tracked(obj: object) -> bool:
    """Whether a collection would visit ``obj`` (frozen objects are not listed)."""
    return any(o is obj for o in gc.get_objects())


def test_garbage_is_freed_then_what_lives_is_left_out_of_later_collections() -> None:
    gc.unfreeze()  # whatever an earlier test froze: this test freezes on its own
    try:
        garbage = Node()
        garbage.me = garbage  # a cycle only the collector frees
        gone = weakref.ref(garbage)
        del garbage
        kept = Node()
        assert tracked(kept)

        GarbageCollector.keep_for_good()

        assert gone() is None, "garbage made before was frozen instead of freed"
        assert not tracked(kept), "an object alive at start-up is still visited"
        later = Node()
        assert tracked(later), "an object made afterwards must still be collected"
        frozen = gc.get_freeze_count()

        GarbageCollector.keep_for_good()  # a second database opened in the same process

        assert gc.get_freeze_count() == frozen
        assert tracked(later), "only the first call freezes"
    finally:
        gc.unfreeze()
