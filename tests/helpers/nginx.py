"""nginx as the load balancer in front of API replicas, run by a test with its own config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers.processes import Process, ProcessGroup, free_port, start
from tests.helpers.services import in_ci

CONFIG = """
daemon off;
master_process on;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    map $http_upgrade $connection_upgrade {{ default upgrade; '' close; }}
    upstream api {{
{servers}
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://api;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 1h;
        }}
    }}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if found is None:
        message = "nginx is not installed: run scripts/bootstrap --dev (apt-get install nginx)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return found


def start_nginx(processes: ProcessGroup, upstreams: list[int], prefix: Path) -> Process:
    """nginx balancing round-robin over 127.0.0.1:<upstreams>, WebSocket upgrades included."""
    binary = nginx_binary()
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    port = free_port()
    servers = "\n".join(f"        server 127.0.0.1:{p};" for p in upstreams)
    config = prefix / "nginx.conf"
    config.write_text(CONFIG.format(prefix=prefix, port=port, servers=servers))
    process = start(
        "nginx",
        [],
        {},
        processes.logs,
        port,
        command=[binary, "-c", str(config), "-p", str(prefix)],
    )
    processes.processes.append(process)
    return process
