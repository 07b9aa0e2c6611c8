"""The client's side of the device grant against a real server: it backs off on slow_down."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.client.conftest import Cli, browser, decide, register, serve
from tests.helpers.processes import ProcessGroup
from winterarc.client.http import Api
from winterarc.client.login import device_login
from winterarc.client.render import Output

pytestmark = pytest.mark.slow


def test_a_client_polling_too_fast_is_slowed_down_and_then_logged_in(
    processes: ProcessGroup, tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = serve(processes, tmp_path)
    register(server.url, "dee")
    monkeypatch.setenv("WINTERARC_CONFIG_DIR", str(cli.home / "config"))
    waits: list[float] = []
    codes: list[str] = []

    class Announced(Output):
        def json(self, data: object) -> None:
            assert isinstance(data, dict)
            codes.append(str(data["user_code"]))

    with browser(server.url, "dee") as learner:

        def sleep(seconds: float) -> None:
            waits.append(seconds)
            if len(waits) == 3:  # two polls without waiting: pending, then slow_down
                assert decide(learner, codes[0], "approve").status_code == 200
                time.sleep(seconds)  # the interval the server asked for: the protocol's wait

        credentials = device_login(Api(server.url, None), Announced(json_mode=True), sleep=sleep)
    assert waits == [1.0, 1.0, 6.0]
    assert credentials.username == "dee"
    assert cli.credentials.is_file()
