"""RabbitMQ for tests: a private virtual host per test on the machine's server, or a private
server of our own (another node name and port) for tests that stop and restart it."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.helpers.services import require_service, tcp_open
from tests.helpers.waiting import wait_until

RABBITMQ_HOST = "127.0.0.1"
RABBITMQ_PORT = int(os.environ.get("WINTERARC_TEST_RABBITMQ_PORT", "5672"))


def _ctl(*args: str, node: str | None = None, env: dict[str, str] | None = None) -> None:
    command = ["rabbitmqctl", *(["-n", node] if node else []), *args]
    subprocess.run(command, check=True, capture_output=True, timeout=60, env=env)


@contextmanager
def private_vhost() -> Iterator[str]:
    """An empty virtual host on the shared server, deleted afterwards: tests never share queues."""
    if not tcp_open(RABBITMQ_HOST, RABBITMQ_PORT) or shutil.which("rabbitmqctl") is None:
        require_service(
            "RabbitMQ", "start rabbitmq-server (and have rabbitmqctl) on 127.0.0.1:5672"
        )
    vhost = f"winterarc-test-{uuid.uuid4().hex[:12]}"
    _ctl("add_vhost", vhost)
    _ctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*")
    try:
        yield f"amqp://guest:guest@{RABBITMQ_HOST}:{RABBITMQ_PORT}/{vhost}"
    finally:
        _ctl("delete_vhost", vhost)


class OwnRabbitMQ:
    """A rabbitmq-server of this test's own: its node name, port and data directory."""

    def __init__(self, base: Path, port: int, dist_port: int) -> None:
        self.port = port
        self.node = f"winterarc-{uuid.uuid4().hex[:8]}@localhost"
        self.env = {
            **os.environ,
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_PORT": str(port),
            "RABBITMQ_DIST_PORT": str(dist_port),
            "RABBITMQ_MNESIA_BASE": str(base / "mnesia"),
            "RABBITMQ_LOG_BASE": str(base / "log"),
            "RABBITMQ_CONFIG_FILE": str(base / "rabbitmq"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(base / "enabled_plugins"),
            "RABBITMQ_PID_FILE": str(base / "rabbitmq.pid"),
            "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
        }
        base.mkdir(parents=True, exist_ok=True)
        (base / "enabled_plugins").write_text("[].\n")
        (base / "rabbitmq.conf").write_text("loopback_users = none\n")
        self.url = f"amqp://guest:guest@127.0.0.1:{port}/"

    def start(self, seconds: float = 300.0) -> None:
        subprocess.run(
            ["/usr/lib/rabbitmq/bin/rabbitmq-server", "-detached"],
            env=self.env,
            check=True,
            capture_output=True,
        )

        def started() -> bool | None:
            # await_startup blocks until the node has booted; it fails fast while the node
            # does not exist yet, so it is retried until the deadline.
            done = subprocess.run(
                ["/usr/lib/rabbitmq/bin/rabbitmqctl", "-n", self.node, "await_startup"],
                env=self.env,
                capture_output=True,
                timeout=seconds,
                check=False,
            )
            return (done.returncode == 0 and tcp_open("127.0.0.1", self.port)) or None

        wait_until(started, seconds=seconds, every=0.5, what=f"rabbitmq-server {self.node}")

    def stop(self) -> None:
        subprocess.run(
            ["/usr/lib/rabbitmq/bin/rabbitmqctl", "-n", self.node, "shutdown"],
            env=self.env,
            capture_output=True,
            timeout=300,  # shutting a node down takes minutes on busy cores
            check=False,
        )
        pid_file = Path(self.env["RABBITMQ_PID_FILE"])
        if pid_file.exists():  # shutdown failed: do not leave a server behind
            with contextlib.suppress(ValueError, ProcessLookupError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
            pid_file.unlink(missing_ok=True)
