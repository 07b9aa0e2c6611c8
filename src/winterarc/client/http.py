"""The server's API over HTTP: bearer tokens refreshed on the way, errors as one line."""

from __future__ import annotations

import time
from typing import Any

import httpx

from winterarc import __version__
from winterarc.client import config
from winterarc.client.config import Credentials
from winterarc.client.errors import UNREACHABLE, ClientError, LoginNeeded

API = "/api/v1"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def login_again(server: str) -> LoginNeeded:
    return LoginNeeded(
        f"your login on {server} has ended (revoked or expired): run `winterarc login` again"
    )


def problem_detail(response: httpx.Response) -> str:
    """The one line an error response explains itself with (problem+json `detail`)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def unreachable(server: str, error: httpx.HTTPError) -> ClientError:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return ClientError(f"cannot reach the server at {server}: {reason}", UNREACHABLE)


class Api:
    """One server, optionally as the logged-in learner."""

    def __init__(self, server: str, credentials: Credentials | None) -> None:
        self.server = server
        self.credentials = credentials
        self._http = httpx.Client(
            base_url=server,
            timeout=TIMEOUT,
            headers={"User-Agent": f"winterarc-cli/{__version__}"},
        )

    @classmethod
    def connect(cls, server: str | None = None, *, login: bool = True) -> Api:
        """The configured server; with `login`, fail unless logged in to it."""
        address = config.server(server)
        stored = config.load()
        credentials = stored if stored is not None and stored.server == address else None
        if login and credentials is None:
            raise LoginNeeded(f"not logged in to {address}: run `winterarc login` first")
        return cls(address, credentials)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # --- tokens ------------------------------------------------------------------------

    def bearer(self) -> str:
        """A fresh access token (refreshing it first when it is about to expire)."""
        if self.credentials is None:
            raise LoginNeeded(f"not logged in to {self.server}: run `winterarc login` first")
        if not self.credentials.access_fresh():
            self.refresh()
        return self.credentials.access_token

    def refresh(self) -> None:
        """Rotate the refresh token; a refused one ends the stored login."""
        assert self.credentials is not None
        response = self._send(
            "POST",
            f"{API}/auth/refresh",
            json={"refresh_token": self.credentials.refresh_token},
        )
        if response.status_code in (400, 401, 422):
            config.clear()
            self.credentials = None
            raise login_again(self.server)
        self._check(response)
        self.store_tokens(response.json(), self.credentials.username)

    def store_tokens(
        self, tokens: dict[str, Any], username: str, *, persist: bool = True
    ) -> Credentials:
        self.credentials = Credentials(
            server=self.server,
            username=username,
            access_token=str(tokens["access_token"]),
            access_expires_at=time.time() + float(tokens["expires_in"]),
            refresh_token=str(tokens["refresh_token"]),
        )
        if persist:
            config.save(self.credentials)
        return self.credentials

    # --- requests ------------------------------------------------------------------------

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send with the access token when logged in; after a 401 refresh once and retry."""
        if self.credentials is None:
            return self._check(self._send(method, path, **kwargs))
        response = self._send(method, path, **self._authorized(kwargs))
        if response.status_code == 401:
            self.refresh()
            response = self._send(method, path, **self._authorized(kwargs))
        return self._check(response)

    def get(self, path: str, **params: Any) -> Any:
        cleaned = {k: v for k, v in params.items() if v not in (None, [], ())}
        return self.request("GET", f"{API}{path}", params=cleaned).json()

    def post(self, path: str, body: Any, headers: dict[str, str] | None = None) -> Any:
        return self.request("POST", f"{API}{path}", json=body, headers=headers or {}).json()

    def download(self, path: str) -> bytes:
        return self.request("GET", f"{API}{path}").content

    def post_form(self, path: str, data: dict[str, str]) -> httpx.Response:
        """An unauthenticated form POST whose error answers the caller reads itself."""
        return self._send("POST", f"{API}{path}", data=data)

    def _authorized(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        headers = {**kwargs.get("headers", {}), "Authorization": f"Bearer {self.bearer()}"}
        return {**kwargs, "headers": headers}

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.HTTPError as error:
            raise unreachable(self.server, error) from None

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400:
            return response
        detail = problem_detail(response)
        if response.status_code == 401:
            if self.credentials is None:
                raise LoginNeeded(f"{detail} Run `winterarc login` first.")
            raise login_again(self.server)
        raise ClientError(detail)
