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


@contextmanager
def startup_objects_frozen() -> Iterator[int]:
    """Exempt every tracked object from collections until the block ends (yields how many).
    Both are constant-time list moves; no collection first, which would cost as much as the
    pauses this avoids each time the tests start an app. Thawed at the end, so a process that
    starts several apps in turn (the tests) can still free each one's objects."""
    gc.freeze()
    try:
        yield gc.get_freeze_count()
    finally:
        gc.unfreeze()
