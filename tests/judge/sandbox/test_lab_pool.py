"""The pool of booted lab jails: a jail ready before the lab is known, the next one booted once
the lent one is closed (not while it is judging), and nothing left running after close()."""

from __future__ import annotations

import pytest

from tests.helpers.judge import require_lab_runtime, require_sandbox
from winterarc.judge.sandbox import lab_pool
from winterarc.judge.sandbox.lab_pool import LabPool


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> LabPool:
    require_sandbox()
    runtime = require_lab_runtime()
    # No deadline for the lent jail: the next boot waits for it to close, whatever the load.
    monkeypatch.setattr(lab_pool, "DEFER_SECONDS", None)
    return LabPool(runtime)


def test_a_jail_is_lent_booted_and_the_next_boots_after_it_closes(pool: LabPool) -> None:
    try:
        assert pool.wait_ready(120)
        box = pool.take()
        assert box is not None and box.booted
        assert pool.take() is None  # one at a time: the next waits for this one
        # While the lent jail judges, no boot competes with it for the cores.
        assert not pool.wait_ready(1.0)
        box.close()
        assert box.closed
        assert pool.wait_ready(120)  # closing it let the pool boot the next
        second = pool.take()
        assert second is not None and second is not box and second.booted
        second.close()
    finally:
        pool.close()


def test_close_closes_the_ready_jails_and_stops_booting(pool: LabPool) -> None:
    assert pool.wait_ready(120)
    ready = pool._ready.queue[0]
    pool.close()
    assert ready.closed
    assert pool.take() is None
    assert not pool._thread.is_alive()


def test_a_pool_holds_at_least_one_jail() -> None:
    with pytest.raises(ValueError, match="at least one"):
        LabPool(require_lab_runtime(), size=0)
