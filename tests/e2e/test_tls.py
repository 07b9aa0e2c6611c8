"""The deployment's nginx configuration (deploy/nginx/winterarc.conf) for real: TLS made with
trustme's certificates in front of two API replicas on PostgreSQL, RabbitMQ and Redis."""

from __future__ import annotations

import socket
import ssl
from collections import Counter
from pathlib import Path

import httpx
import pytest
import trustme

from tests.e2e.cluster import Cluster
from tests.helpers.factories import solution
from tests.helpers.nginx import TLSBalancer, start_tls_nginx
from tests.helpers.pipeline import expected_progress, follow_events, progress
from tests.helpers.processes import account
from tests.helpers.waiting import wait_until

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.rabbitmq,
    pytest.mark.redis,
]


def issue_certificate(ca: trustme.CA, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    # An RSA key, so that static-RSA suites could be agreed if the configuration allowed them.
    issued = ca.issue_cert("127.0.0.1", "localhost", key_type=trustme.KeyType.RSA)
    chain, key = folder / "chain.pem", folder / "key.pem"
    issued.cert_chain_pems[0].write_to_path(str(chain))
    for blob in issued.cert_chain_pems[1:]:
        blob.write_to_path(str(chain), append=True)
    issued.private_key_pem.write_to_path(str(key))
    return chain, key


def wait_serving(balancer: TLSBalancer, trust: ssl.SSLContext) -> None:
    def ready() -> bool | None:
        if not balancer.process.alive():
            raise AssertionError(f"nginx exited:\n{balancer.process.output()}")
        try:
            response = httpx.get(f"{balancer.url}/readyz", verify=trust, timeout=2)
        except httpx.HTTPError:
            return None
        return response.status_code == 200 or None

    wait_until(ready, seconds=60, what="nginx to serve HTTPS")


def handshake(port: int, context: ssl.SSLContext) -> str | None:
    """The TLS version agreed with the server, or None when it refuses the client."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        try:
            with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
                return tls.version()
        except ssl.SSLError:
            return None


async def test_https_and_a_websocket_over_tls_through_nginx_balancing_two_replicas(
    cluster: Cluster, tmp_path: Path
) -> None:
    ca = trustme.CA()
    trust = ssl.create_default_context()
    ca.configure_trust(trust)
    chain, key = issue_certificate(ca, tmp_path / "tls")

    first = cluster.api("api-1")
    second = cluster.api("api-2", sync_content=False)
    cluster.worker()
    balancer = start_tls_nginx(
        cluster.processes, [first.port or 0, second.port or 0], tmp_path / "nginx", chain, key
    )
    wait_serving(balancer, trust)

    async with httpx.AsyncClient(base_url=balancer.url, verify=trust, timeout=30) as https:
        for _ in range(6):
            page = await https.get("/healthz")
            assert page.status_code == 200
            assert page.headers.get_list("strict-transport-security") == [
                "max-age=63072000; includeSubDomains"
            ]
    # Round-robin: both replicas answered.
    served = Counter(balancer.upstreams())
    assert {f"127.0.0.1:{first.port}", f"127.0.0.1:{second.port}"} <= set(served), served

    # Plain HTTP is only a redirect to the same address over HTTPS.
    async with httpx.AsyncClient(timeout=30) as plain:
        moved = await plain.get(f"{balancer.plain_url}/problems?difficulty=easy")
    assert moved.status_code == 308
    assert moved.headers["location"] == f"{balancer.url}/problems?difficulty=easy"

    # A submission made over HTTPS, followed live over a WebSocket over TLS to its verdict.
    headers = await account(balancer.url, "learner1", verify=trust)
    async with httpx.AsyncClient(
        base_url=balancer.url, headers=headers, verify=trust, timeout=30
    ) as https:
        made = await https.post(
            "/api/v1/submissions",
            json={"problem": "sum-stdio", "code": solution("sum-stdio", "accepted", "ref.py")},
        )
        assert made.status_code == 202, made.text
        submission_id = str(made.json()["id"])
        events = await follow_events(balancer.url, submission_id, headers, tls=trust)
        tests = len((await https.get(f"/api/v1/submissions/{submission_id}")).json()["tests"])
    assert progress(events) == expected_progress(tests), events

    # TLS 1.2+ with forward-secret AEAD suites only.
    modern = ssl.create_default_context()
    ca.configure_trust(modern)
    assert handshake(balancer.https_port, modern) in {"TLSv1.2", "TLSv1.3"}
    tls12 = ssl.create_default_context()
    ca.configure_trust(tls12)
    tls12.maximum_version = ssl.TLSVersion.TLSv1_2
    tls12.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256")
    assert handshake(balancer.https_port, tls12) == "TLSv1.2"
    static_rsa = ssl.create_default_context()
    ca.configure_trust(static_rsa)
    static_rsa.maximum_version = ssl.TLSVersion.TLSv1_2
    static_rsa.set_ciphers("AES128-GCM-SHA256:AES256-GCM-SHA384")  # no forward secrecy
    assert handshake(balancer.https_port, static_rsa) is None
