from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.cluster import Cluster
from tests.helpers.judge import require_sandbox
from tests.helpers.processes import ProcessGroup
from tests.helpers.rabbitmq import private_vhost
from tests.helpers.services import require_service, tcp_open
from winterarc.db import migrate


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[ProcessGroup]:
    """Real processes for this test; all of them are stopped when it ends, even on failure."""
    require_sandbox()
    group = ProcessGroup(tmp_path / "logs")
    yield group
    group.stop_all()


@pytest.fixture
def cluster(
    processes: ProcessGroup,
    tmp_path: Path,
    make_postgres_database: Callable[[str], str],
) -> Iterator[Cluster]:
    """PostgreSQL (a fresh migrated database), RabbitMQ (a private vhost) and Redis."""
    redis_url = os.environ.get("WINTERARC_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    if not tcp_open("127.0.0.1", 6379):
        require_service("Redis", "start redis-server on 127.0.0.1:6379")
    database_url = make_postgres_database("e2e_" + uuid.uuid4().hex[:8])
    migrate.upgrade(database_url)
    with private_vhost() as broker_url:
        yield Cluster(processes, tmp_path, database_url, broker_url, redis_url)
        processes.stop_all()  # before the vhost goes
