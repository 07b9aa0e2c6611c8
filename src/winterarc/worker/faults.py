"""Fault injection for resilience tests and drills: off unless an environment variable is set.

WINTERARC_FAULT_CRASH_MARKER=TEXT makes a worker process exit at once (os._exit, no cleanup,
like a segfault) when it starts judging a source containing TEXT: a message that crashes its
worker every time, to prove it ends in the dead-letter queue rather than looping."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("winterarc.worker")
CRASH_EXIT_CODE = 86


def crash_if_marked(source: str) -> None:
    marker = os.environ.get("WINTERARC_FAULT_CRASH_MARKER")
    if marker and marker in source:
        logger.critical("fault injection: crashing on a marked submission")
        logging.shutdown()
        os._exit(CRASH_EXIT_CODE)
