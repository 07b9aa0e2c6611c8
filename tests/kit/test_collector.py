"""Start-up objects are frozen while a process serves, and thawed when it stops."""

from __future__ import annotations

import gc

import pytest

from winterarc.kit import collector
from winterarc.kit.collector import freeze_in_this_process, startup_objects_frozen


def test_a_process_that_did_not_ask_for_it_is_left_alone() -> None:
    with startup_objects_frozen() as frozen:
        assert frozen == 0 and gc.get_freeze_count() == 0


def test_objects_are_frozen_inside_the_block_and_collectable_again_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(collector, "_freezing", False)  # put back after the test
    freeze_in_this_process()

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector can free it

    kept = Node()
    with startup_objects_frozen() as frozen:
        assert frozen > 0 and gc.get_freeze_count() > 0
        assert not any(obj is kept for obj in gc.get_objects())  # out of every generation
    assert gc.get_freeze_count() == 0
    assert any(obj is kept for obj in gc.get_objects(generation=2))
