import jsonschema
import promql
import scenarios
from rule_schema import SCHEMA


def expression(alerts, name):
    rule = alerts.get(name)
    assert rule is not None, f"no alert named {name}"
    try:
        promql.parse(rule["expr"])
    except promql.PromQLError as error:
        raise AssertionError(f"{name}: cannot read expr: {error}") from None
    return rule["expr"]


def run(name, expr, world):
    try:
        return promql.fires(expr, world)
    except promql.PromQLError as error:
        raise AssertionError(f"{name}: {error}") from None


def must_fire(alerts, name, worlds, why):
    expr = expression(alerts, name)
    for situation, world in worlds.items():
        assert run(name, expr, world), f"{name} stayed quiet in this situation: {situation}. {why}"


def must_stay_quiet(alerts, name, worlds, why):
    expr = expression(alerts, name)
    for situation, world in worlds.items():
        result = run(name, expr, world)
        shown = ", ".join(f"{labels or '{}'} {value:.4g}" for labels, value in result[:3])
        assert not result, f"{name} fired in this situation: {situation} (it returned {shown}). {why}"


def test_rule_file_matches_the_schema(rule_file):
    """alerts.yml has the shape of a Prometheus rule file (groups, rules, known keys)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(rule_file), key=lambda error: list(error.absolute_path))
    problems = [
        f"{'.'.join(str(part) for part in error.absolute_path) or '(top level)'}: {error.message}"
        for error in errors
    ]
    assert not problems, "not a valid rule file:\n" + "\n".join(problems[:5])


def test_every_expression_can_be_read(alerts):
    """Every alert's expr is PromQL the checks can read."""
    for name, rule in alerts.items():
        try:
            promql.parse(rule.get("expr"))
        except promql.PromQLError as error:
            raise AssertionError(f"{name}: {error}") from None


def test_rates_use_windows_of_one_to_fifteen_minutes(alerts):
    """Counters are read through rate()/increase() over windows between 1m and 15m."""
    for name, rule in alerts.items():
        for node in promql.walk(promql.parse(rule.get("expr"))):
            if isinstance(node, promql.Selector) and node.window is not None:
                assert 60 <= node.window <= 900, (
                    f"{name}: a [{node.window:g}s] window: with a 15 s scrape interval, shorter "
                    "than 1m holds too few samples (rate() is noisy, or empty after one missed "
                    "scrape); longer than 15m notices an outage, and its end, far too late"
                )


def test_error_alert_fires_on_a_high_5xx_ratio(alerts):
    """TrackerHighErrorRate fires when more than 5 % of the tracker's requests are 5xx."""
    must_fire(
        alerts, "TrackerHighErrorRate", scenarios.ERRORS_MUST_FIRE,
        "Alert on the ratio sum(rate(5xx[5m])) / sum(rate(all[5m])) > 0.05: a fixed number of "
        "errors per second misses a failing service at night, and a total since the pods "
        "started (a counter without rate()) hardly moves during an outage.",
    )


def test_error_alert_stays_quiet_when_healthy(alerts):
    """TrackerHighErrorRate stays quiet on healthy traffic, 4xx floods, idle, other jobs."""
    must_stay_quiet(
        alerts, "TrackerHighErrorRate", scenarios.ERRORS_MUST_STAY_QUIET,
        'Count only 5xx (status=~"5..") of job="tracker", and sum both sides into one ratio: '
        "a 404 is the client's mistake, not an outage, and another service's errors are not "
        "the tracker's.",
    )


def test_latency_alert_fires_when_the_p95_is_slow(alerts):
    """TrackerHighLatency fires when the p95 of all the tracker's requests is above 0.5 s."""
    must_fire(
        alerts, "TrackerHighLatency", scenarios.LATENCY_MUST_FIRE,
        "Use histogram_quantile(0.95, sum by (le) (rate(..._bucket[5m]))) > 0.5: an average "
        "hides a slow tail, and a sum that drops the le label leaves no buckets to read.",
    )


def test_latency_alert_stays_quiet_when_fast(alerts):
    """TrackerHighLatency stays quiet when the tracker's p95 is fast (and when it is idle)."""
    must_stay_quiet(
        alerts, "TrackerHighLatency", scenarios.LATENCY_MUST_STAY_QUIET,
        "Sum the buckets of every pod and route (by le only) before histogram_quantile: one "
        "rarely used slow endpoint is not the service's p95, and only job=\"tracker\" counts.",
    )


def test_down_alert_fires_when_no_pod_is_up(alerts):
    """TrackerDown fires when every pod is down, and when there is no target at all."""
    must_fire(
        alerts, "TrackerDown", scenarios.DOWN_MUST_FIRE,
        'With no target, up{job="tracker"} has no series and sum(...) == 0 returns nothing: '
        "absent() is the way to alert on something that is not there.",
    )


def test_down_alert_ignores_one_pod_down(alerts):
    """TrackerDown stays quiet while at least one tracker pod is up."""
    must_stay_quiet(
        alerts, "TrackerDown", scenarios.DOWN_MUST_STAY_QUIET,
        "One pod down of three is not an outage (the others serve; Kubernetes replaces it): "
        "page only when no tracker pod is up.",
    )
