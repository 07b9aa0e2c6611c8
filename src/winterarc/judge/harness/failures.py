"""Turning a learner's exception into a one-line message and a traceback of learner frames only.

traceback/linecache are imported only when a child actually failed, not in the zygote.
"""

from __future__ import annotations

from .protocol import MESSAGE_CAP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType

SOURCE_FILENAME = "solution.py"


class LearnerError(Exception):
    """A runtime error the harness detected on the learner's behalf (no learner frame)."""


def _safe_str(value: object) -> str:
    try:
        text = str(value)
    except BaseException:  # a hostile __str__ must not take the harness down
        text = "<unprintable>"
    return text if len(text) <= MESSAGE_CAP else text[:MESSAGE_CAP] + "..."


def learner_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == SOURCE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def describe(exc: BaseException) -> str:
    """`ZeroDivisionError: division by zero (line 3)`."""
    if isinstance(exc, LearnerError):
        return _safe_str(exc)
    name = _safe_str(type(exc).__name__)
    text = _safe_str(exc)
    message = f"{name}: {text}" if text else name
    line = learner_line(exc.__traceback__)
    return f"{message} (line {line})" if line is not None else message


def learner_traceback(exc: BaseException, source: str) -> str:
    """The traceback a learner would see, minus the harness's frames."""
    if isinstance(exc, LearnerError):
        return describe(exc) + "\n"
    try:
        import linecache
        import traceback

        lines = source.splitlines(keepends=True)
        linecache.cache[SOURCE_FILENAME] = (len(source), None, lines, SOURCE_FILENAME)
        frames = [
            frame
            for frame in traceback.extract_tb(exc.__traceback__)
            if frame.filename == SOURCE_FILENAME
        ]
        text = ["Traceback (most recent call last):\n"] if frames else []
        text += traceback.format_list(frames)
        text += traceback.format_exception_only(type(exc), exc)
        return "".join(text)
    except BaseException:
        return describe(exc) + "\n"
