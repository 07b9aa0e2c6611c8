"""Keep the garbage collector's full passes off the request path.

A server process starts with a couple of hundred thousand objects (modules, the app, problem
packages) that live as long as it does. Each full collection walks all of them again: 50 to
130 ms measured on this project's processes, long enough to double a submission's wait for its
first event when one lands on it. Moving them to the permanent generation once start-up is
done (what `gc.freeze` is for) leaves full passes only the objects made since."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_freezing = False


def freeze_in_this_process() -> None:
    """Called by the `serve` and `worker` commands, whose process serves one app until it
    exits. Elsewhere (the tests start hundreds of apps in one process) the collector is left
    alone: freezing and thawing each app's start-up made the suite 17 % slower."""
    global _freezing
    _freezing = True


@contextmanager
def startup_objects_frozen() -> Iterator[int]:
    """In a server process, exempt every tracked object from collections until the block ends
    (yields how many; 0 where freezing is off). Both are constant-time list moves, and no
    collection runs first: that would cost a pause like those this avoids."""
    if not _freezing:
        yield 0
        return
    gc.freeze()
    try:
        yield gc.get_freeze_count()
    finally:
        gc.unfreeze()
