from conftest import ALERTS, seconds


def test_sample_three_alerts(alerts):
    missing = [name for name in ALERTS if name not in alerts]
    assert not missing, f"alerts.yml needs the alerts {', '.join(missing)}"


def test_sample_every_alert_waits_pages_and_explains(alerts):
    for name in ALERTS:
        rule = alerts.get(name) or {}
        wait = seconds(rule.get("for"))
        assert wait is not None and 60 <= wait <= 900, (
            f"{name}: for: {rule.get('for')!r}: wait between 1m and 15m before firing, so one "
            "bad scrape or a 20-second blip does not page anyone at 3 a.m."
        )
        assert (rule.get("labels") or {}).get("severity") == "page", (
            f"{name}: labels: {{severity: page}} (Alertmanager routes on it)"
        )
        notes = rule.get("annotations") or {}
        for key in ("summary", "description"):
            assert str(notes.get(key, "")).strip(), f"{name}: annotations.{key}"
        assert str(notes.get("runbook_url", "")).startswith("https://"), (
            f"{name}: annotations.runbook_url (https://...): whoever is paged needs the next step"
        )
