"""Turning a learner's exception into a one-line message and a traceback of learner frames only.

traceback/linecache are imported only when a child actually failed, not in the zygote.
"""

from __future__ import annotations

from .protocol import MESSAGE_CAP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType

SOURCE_FILENAME = "solution.py"
LAB_DIR = "/lab/"  # a lab's submitted files, inside the jail


def is_learner_file(filename: str) -> bool:
    return filename == SOURCE_FILENAME or filename.startswith(LAB_DIR)


class LearnerError(Exception):
    """A runtime error the harness detected on the learner's behalf (no learner frame)."""


def _safe_str(value: object) -> str:
    try:
        text = str(value)
    except BaseException:  # a hostile __str__ must not take the harness down
        text = "<unprintable>"
    return text if len(text) <= MESSAGE_CAP else text[:MESSAGE_CAP] + "..."


def learner_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """(file, line) of the innermost frame of learner code in a traceback."""
    found = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if is_learner_file(filename):
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


# Where a plain jail's refusals surface when the learner reaches for more processes.
_PROCESS_MODULES = ("/multiprocessing/", "/concurrent/futures/process.py", "/subprocess.py")
ONE_PROCESS_HINT = (
    "this problem runs your code in one process: fork, subprocess and multiprocessing "
    "are not available"
)


def _refused_process(exc: BaseException) -> bool:
    if not isinstance(exc, PermissionError | FileNotFoundError):
        return False
    tb = exc.__traceback__
    while tb is not None:
        if any(part in tb.tb_frame.f_code.co_filename for part in _PROCESS_MODULES):
            return True
        tb = tb.tb_next
    return False


def describe(exc: BaseException) -> str:
    """`ZeroDivisionError: division by zero (line 3)`; in a lab `(app.py line 3)`."""
    if isinstance(exc, LearnerError):
        return _safe_str(exc)
    name = _safe_str(type(exc).__name__)
    text = _safe_str(exc)
    if _refused_process(exc):
        text = f"{text} — {ONE_PROCESS_HINT}" if text else ONE_PROCESS_HINT
    message = f"{name}: {text}" if text else name
    found = learner_frame(exc.__traceback__)
    if found is None:
        return message
    filename, line = found
    where = f"{filename.removeprefix(LAB_DIR)} line" if filename.startswith(LAB_DIR) else "line"
    return f"{message} ({where} {line})"


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
            if is_learner_file(frame.filename)
        ]
        text = ["Traceback (most recent call last):\n"] if frames else []
        text += traceback.format_list(frames)
        text += traceback.format_exception_only(type(exc), exc)
        return "".join(text)
    except BaseException:
        return describe(exc) + "\n"
