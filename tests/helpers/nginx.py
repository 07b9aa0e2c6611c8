"""nginx as the load balancer in front of API replicas, run by a test with its own config:
a plain one, or the deployment's own TLS configuration (deploy/nginx/winterarc.conf) rendered
with the test's ports, certificate and replicas."""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.processes import ROOT, Process, ProcessGroup, free_port, start
from tests.helpers.services import in_ci

DEPLOY_CONFIG = ROOT / "deploy" / "nginx" / "winterarc.conf"
_PLACEHOLDER = re.compile(r"\$\{(WINTERARC_NGINX_[A-Z_]+)\}")

# The process-level frame the nginx image's own nginx.conf provides around conf.d/ in a
# container, with every path under the test's prefix.
FRAME = """
daemon off;
master_process on;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
{http}
}}
"""

PLAIN = """
    access_log off;
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


def _run(processes: ProcessGroup, name: str, prefix: Path, http: str, port: int) -> Process:
    """nginx with FRAME around `http` (the http {} context), stopped with the test."""
    binary = nginx_binary()
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(FRAME.format(prefix=prefix, http=http))
    command = [binary, "-c", str(config), "-p", str(prefix)]
    process = start(name, [], {}, processes.logs, port, command=command)
    processes.processes.append(process)
    return process


def start_nginx(processes: ProcessGroup, upstreams: list[int], prefix: Path) -> Process:
    """nginx balancing round-robin over 127.0.0.1:<upstreams>, WebSocket upgrades included."""
    port = free_port()
    servers = "\n".join(f"        server 127.0.0.1:{p};" for p in upstreams)
    return _run(processes, "nginx", prefix, PLAIN.format(servers=servers, port=port), port)


def render_deploy_config(values: Mapping[str, str]) -> str:
    """deploy/nginx/winterarc.conf with its ${WINTERARC_NGINX_*} filled in, as the nginx
    image's envsubst step does; a placeholder without a value is an error, not an empty hole."""
    template = DEPLOY_CONFIG.read_text()
    missing = sorted(set(_PLACEHOLDER.findall(template)) - set(values))
    if missing:
        raise KeyError(f"no value for {', '.join(missing)}")
    return _PLACEHOLDER.sub(lambda found: values[found.group(1)], template)


# The deployment's configuration, included as conf.d/ would be; the access log records which
# replica served each request.
TLS_HTTP = """
    log_format upstreams '$upstream_addr $status $request_uri';
    access_log {prefix}/access.log upstreams;
    include {prefix}/winterarc.conf;
"""


@dataclass
class TLSBalancer:
    process: Process
    http_port: int
    https_port: int
    access_log: Path

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def plain_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def upstreams(self) -> list[str]:
        """The replica ("127.0.0.1:PORT") that served each logged request, in order."""
        if not self.access_log.exists():
            return []
        return [line.split()[0] for line in self.access_log.read_text().splitlines() if line]


def start_tls_nginx(
    processes: ProcessGroup,
    upstreams: list[int],
    prefix: Path,
    certificate: Path,
    key: Path,
) -> TLSBalancer:
    """nginx with the deployment's configuration: HTTPS on one free port, redirects on another,
    balancing over 127.0.0.1:<upstreams>."""
    http_port, https_port = free_port(), free_port()
    rendered = render_deploy_config(
        {
            "WINTERARC_NGINX_SERVER_NAME": "127.0.0.1 localhost",
            "WINTERARC_NGINX_LISTEN_HTTP": f"127.0.0.1:{http_port}",
            "WINTERARC_NGINX_LISTEN_HTTPS": f"127.0.0.1:{https_port}",
            "WINTERARC_NGINX_HTTPS_PORT_SUFFIX": f":{https_port}",
            "WINTERARC_NGINX_CERTIFICATE": str(certificate),
            "WINTERARC_NGINX_CERTIFICATE_KEY": str(key),
            "WINTERARC_NGINX_UPSTREAM_SERVERS": " ".join(
                f"server 127.0.0.1:{port};" for port in upstreams
            ),
            "WINTERARC_NGINX_TRUSTED_PROXY": "127.0.0.1",
        }
    )
    prefix.mkdir(parents=True, exist_ok=True)
    (prefix / "winterarc.conf").write_text(rendered)
    process = _run(processes, "nginx-tls", prefix, TLS_HTTP.format(prefix=prefix), https_port)
    return TLSBalancer(process, http_port, https_port, prefix / "access.log")
