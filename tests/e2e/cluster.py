"""The scaled-out setup as real processes: PostgreSQL, RabbitMQ (a private vhost or server),
Redis, `winterarc serve` API replicas and `winterarc worker` processes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.helpers.content import copy_content
from tests.helpers.processes import Process, ProcessGroup, base_env, free_port, wait_ready


@dataclass
class Cluster:
    processes: ProcessGroup
    tmp_path: Path
    database_url: str
    broker_url: str
    redis_url: str

    def env(self, **settings: str) -> dict[str, str]:
        return base_env(
            self.tmp_path / "data",
            database_url=self.database_url,
            broker_url=self.broker_url,
            redis_url=self.redis_url,
            workers="0",
            **settings,
        )

    def api(self, name: str = "api", *, sync_content: bool = True, **settings: str) -> Process:
        port = free_port()
        env = self.env(
            port=str(port),
            content_dir=str(copy_content(self.tmp_path / name, ["sum-stdio"])),
            sync_content_on_start="true" if sync_content else "false",
            **settings,
        )
        server = self.processes.start(name, ["serve"], env, port)
        wait_ready(server)
        return server

    def worker(self, name: str = "worker", concurrency: int = 2, **settings: str) -> Process:
        return self.processes.start(
            name, ["worker", "--concurrency", str(concurrency)], self.env(**settings)
        )
