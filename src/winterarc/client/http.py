"""The server's API over HTTP: bearer tokens refreshed on the way, errors as one line.

Built on the standard library's urllib on purpose: httpx imports its command-line client (rich,
click, pygments) with itself, which alone takes longer than the whole start-up budget of a
learner's command (bench/cli.py)."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from winterarc import __version__
from winterarc.client import config
from winterarc.client.config import Credentials
from winterarc.client.errors import UNREACHABLE, ClientError, LoginNeeded

API = "/api/v1"
TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Response:
    status_code: int
    headers: Mapping[str, str]
    content: bytes

    def json(self) -> Any:
        return json.loads(self.content.decode("utf-8"))


def login_again(server: str) -> LoginNeeded:
    return LoginNeeded(
        f"your login on {server} has ended (revoked or expired): run `winterarc login` again"
    )


def problem_detail(response: Response) -> str:
    """The one line an error response explains itself with (problem+json `detail`)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        return str(body["detail"])
    try:
        phrase = HTTPStatus(response.status_code).phrase
    except ValueError:
        phrase = ""
    return f"HTTP {response.status_code} {phrase}".strip()


def unreachable(server: str, error: BaseException) -> ClientError:
    reason = getattr(error, "reason", None) or error
    text = str(reason).strip() or type(reason).__name__
    return ClientError(f"cannot reach the server at {server}: {text}", UNREACHABLE)


class Api:
    """One server, optionally as the logged-in learner."""

    def __init__(self, server: str, credentials: Credentials | None) -> None:
        self.server = config.normalize_server(server)  # http(s) only: never file: or others
        self.credentials = credentials

    @classmethod
    def connect(cls, server: str | None = None, *, login: bool = True) -> Api:
        """The configured server; with `login`, fail unless logged in to it."""
        address = config.server(server)
        stored = config.load()
        credentials = stored if stored is not None and stored.server == address else None
        if login and credentials is None:
            raise LoginNeeded(f"not logged in to {address}: run `winterarc login` first")
        return cls(address, credentials)

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
        response = self.send(
            "POST",
            f"{API}/auth/refresh",
            json_body={"refresh_token": self.credentials.refresh_token},
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

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """Send with the access token when logged in; after a 401 refresh once and retry."""
        if self.credentials is None:
            return self._check(
                self.send(method, path, json_body=json_body, params=params, headers=headers)
            )
        response = self.send(
            method, path, json_body=json_body, params=params, headers=self._authorized(headers)
        )
        if response.status_code == 401:
            self.refresh()
            response = self.send(
                method, path, json_body=json_body, params=params, headers=self._authorized(headers)
            )
        return self._check(response)

    def get(self, path: str, **params: Any) -> Any:
        cleaned = {k: v for k, v in params.items() if v not in (None, [], ())}
        return self.request("GET", f"{API}{path}", params=cleaned).json()

    def post(self, path: str, body: Any, headers: Mapping[str, str] | None = None) -> Any:
        return self.request("POST", f"{API}{path}", json_body=body, headers=headers).json()

    def download(self, path: str) -> bytes:
        return self.request("GET", f"{API}{path}").content

    def post_form(self, path: str, data: Mapping[str, str]) -> Response:
        """An unauthenticated form POST whose error answers the caller reads itself."""
        return self.send("POST", f"{API}{path}", form=data)

    def send(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        form: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """One request as it is, whatever its status; only an unreachable server raises."""
        url = self.server + path
        if params:
            url += "?" + urllib.parse.urlencode(params, doseq=True)
        sent = {"User-Agent": f"winterarc-cli/{__version__}", "Accept": "application/json"}
        sent.update(headers or {})
        data = None
        if json_body is not None:
            data = json.dumps(json_body).encode("utf-8")
            sent["Content-Type"] = "application/json"
        elif form is not None:
            data = urllib.parse.urlencode(form).encode("ascii")
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        # The scheme is http or https: __init__ normalised the server address.
        request = urllib.request.Request(url, data=data, headers=sent, method=method)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as answer:  # noqa: S310
                return Response(answer.status, dict(answer.headers), answer.read())
        except urllib.error.HTTPError as refused:
            with refused:
                return Response(refused.code, dict(refused.headers or {}), refused.read())
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            raise unreachable(self.server, error) from None

    def _authorized(self, headers: Mapping[str, str] | None) -> dict[str, str]:
        return {**(headers or {}), "Authorization": f"Bearer {self.bearer()}"}

    def _check(self, response: Response) -> Response:
        if response.status_code < 400:
            return response
        detail = problem_detail(response)
        if response.status_code == 401:
            if self.credentials is None:
                raise LoginNeeded(f"{detail} Run `winterarc login` first.")
            raise login_again(self.server)
        raise ClientError(detail, status=response.status_code)
