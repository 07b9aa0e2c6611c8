"""`/metrics`, the alert rules and the dashboard: labels by route template, rules that
Prometheus accepts, panels that only ask for metrics we export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from prometheus_client import REGISTRY

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).parents[2]
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "winterarc.json"
PROMETHEUS_OWN = {"up"}  # series Prometheus makes itself


def exported_names() -> set[str]:
    import winterarc.kit.metrics  # noqa: F401  (registers every metric)

    suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"]}
    names = set()
    for metric in REGISTRY.collect():
        names.update(metric.name + suffix for suffix in suffixes.get(metric.type, [""]))
    return names


async def test_metrics_label_requests_by_route_template_not_raw_path(
    client: httpx.AsyncClient,
) -> None:
    await client.get("/api/v1/problems/no-such-problem")
    await client.get("/no/such/page/at/all")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'route="/api/v1/problems/{slug}"' in text
    assert "no-such-problem" not in text
    assert "/no/such/page" not in text
    assert 'route="<unmatched>"' in text
    assert 'winterarc_queue_depth{queue="judge"}' in text
    assert "winterarc_queue_oldest_age_seconds" in text


def test_the_alert_rules_pass_promtool() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.fail("promtool is missing: apt-get install prometheus (scripts/bootstrap --dev)")
    checked = subprocess.run(
        [promtool, "check", "rules", str(ALERTS)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_alert_and_dashboard_expression_names_an_exported_metric() -> None:
    exported = exported_names() | PROMETHEUS_OWN
    dashboard = json.loads(DASHBOARD.read_text())
    expressions = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    expressions += re.findall(r"expr: \|?\s*(.+)", ALERTS.read_text())
    assert len(dashboard["panels"]) >= 10
    for expr in expressions:
        names = set(re.findall(r"\b(winterarc_[a-z_]+|up)\b", expr))
        assert names, expr
        assert names <= exported, f"{expr}: {names - exported} are not exported"
    assert {"uid", "title", "panels", "schemaVersion"} <= set(dashboard)
    assert len({panel["id"] for panel in dashboard["panels"]}) == len(dashboard["panels"])
