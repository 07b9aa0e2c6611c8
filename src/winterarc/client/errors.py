"""The client's failures: one readable line and an exit status scripts can branch on."""

from __future__ import annotations

FAILED = 1  # a request failed, or a verdict other than AC
USAGE = 2  # bad arguments, files missing, not inside a fetched problem
LOGIN_NEEDED = 3  # not logged in, or the login ended (revoked or expired)
UNREACHABLE = 4  # the server did not answer


class ClientError(Exception):
    def __init__(self, message: str, exit_code: int = FAILED, *, status: int | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.status = status  # the HTTP status, when the server answered with an error


class LoginNeeded(ClientError):
    def __init__(self, message: str) -> None:
        super().__init__(message, LOGIN_NEEDED)
