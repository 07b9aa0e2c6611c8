"""Made-up states of the world the alerts are evaluated in: the tracker (job="tracker",
three pods) and another service scraped by the same Prometheus (job="billing")."""

import math

from promql import Series, World

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, math.inf)
SHIPMENTS = "/shipments/{shipment_id}"
LIFETIME = 1_000_000  # requests since the pods started, in a healthy past


def _lifetime(status):
    # Counters' totals since start: a long, healthy history (5xx almost never).
    return {"2": LIFETIME, "4": LIFETIME / 20, "5": LIFETIME / 10_000}[status[0]]


def route(world, job, route_path, rps, statuses, latencies, pods=3):
    """Requests to one route: `rps` per second over all pods, `statuses` {"200": share, ...},
    `latencies` [(seconds, share), ...]."""
    for pod in range(pods):
        labels = {"job": job, "instance": f"10.0.{len(job)}.{pod + 1}:8000", "method": "GET", "route": route_path}
        share = rps / pods
        for status, fraction in statuses.items():
            world.series.append(
                Series(
                    {"__name__": "http_requests_total", **labels, "status": status},
                    value=_lifetime(status) / pods,
                    rate=share * fraction,
                    counter=True,
                )
            )
        for bound in BUCKETS:
            below = sum(fraction for seconds, fraction in latencies if seconds <= bound)
            world.series.append(
                Series(
                    {"__name__": "http_request_duration_seconds_bucket", **labels,
                     "le": "+Inf" if math.isinf(bound) else repr(bound)},
                    value=LIFETIME / pods * (1.0 if bound >= 0.05 else 0.5),
                    rate=share * below,
                    counter=True,
                )
            )
        mean = sum(seconds * fraction for seconds, fraction in latencies)
        world.series.append(
            Series({"__name__": "http_request_duration_seconds_count", **labels},
                   value=LIFETIME / pods, rate=share, counter=True)
        )
        world.series.append(
            Series({"__name__": "http_request_duration_seconds_sum", **labels},
                   value=LIFETIME / pods * 0.03, rate=share * mean, counter=True)
        )


def up(world, job, values):
    for pod, value in enumerate(values):
        world.series.append(
            Series({"__name__": "up", "job": job, "instance": f"10.0.{len(job)}.{pod + 1}:8000"},
                   value=float(value))
        )


FAST = [(0.02, 0.95), (0.2, 0.04), (2.0, 0.01)]
HEALTHY = {"200": 0.9, "404": 0.09, "503": 0.01}


def world(tracker_routes=(), billing_routes=(), tracker_up=(1, 1, 1), billing_up=(1, 1)):
    found = World()
    for path, rps, statuses, latencies in tracker_routes:
        route(found, "tracker", path, rps, statuses, latencies)
    for path, rps, statuses, latencies in billing_routes:
        route(found, "billing", path, rps, statuses, latencies, pods=2)
    if tracker_up is not None:
        up(found, "tracker", tracker_up)
    up(found, "billing", billing_up)
    return found


BILLING_OK = [("/invoices", 40, {"200": 0.99, "500": 0.01}, FAST)]
BILLING_BROKEN = [("/invoices", 40, {"200": 0.4, "500": 0.6}, [(3.0, 1.0)])]

# The error-rate alert: more than 5 % of the tracker's requests answered 5xx.
ERRORS_MUST_FIRE = {
    "an outage: 10 % of 105 req/s are 503": world(
        [(SHIPMENTS, 100, {"200": 0.85, "404": 0.05, "503": 0.10}, FAST),
         ("/healthz", 5, {"200": 1.0}, FAST)], BILLING_OK),
    "a quiet night: 2 req/s, a quarter of them 503": world(
        [(SHIPMENTS, 2, {"200": 0.75, "503": 0.25}, FAST)], BILLING_OK),
    "500s, not 503s: 8 % of 100 req/s": world(
        [(SHIPMENTS, 100, {"200": 0.92, "500": 0.08}, FAST)], BILLING_OK),
}
ERRORS_MUST_STAY_QUIET = {
    "healthy: 1 % 503 at 100 req/s": world([(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_OK),
    "a busy day: 1 % 5xx at 1000 req/s": world(
        [(SHIPMENTS, 1000, {"200": 0.97, "404": 0.02, "500": 0.005, "503": 0.005}, FAST)],
        BILLING_OK),
    "a scanner: 40 % 404, 0.5 % 503": world(
        [(SHIPMENTS, 50, {"200": 0.595, "404": 0.4, "503": 0.005}, FAST)], BILLING_OK),
    "no traffic at all": world([(SHIPMENTS, 0, HEALTHY, FAST)], BILLING_OK),
    "billing is failing (60 % 500), the tracker is fine": world(
        [(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_BROKEN),
}

# The latency alert: the p95 of all the tracker's requests is above 0.5 s.
LATENCY_MUST_FIRE = {
    "a slow tail: 20 % take 1.5 s (the mean is still 0.33 s)": world(
        [(SHIPMENTS, 100, HEALTHY, [(0.04, 0.8), (1.5, 0.2)])], BILLING_OK),
    "everything takes 0.8 s": world([(SHIPMENTS, 100, HEALTHY, [(0.8, 1.0)]),
                                     ("/healthz", 5, {"200": 1.0}, [(0.8, 1.0)])], BILLING_OK),
}
LATENCY_MUST_STAY_QUIET = {
    "fast: p95 under 30 ms": world([(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_OK),
    "one rare slow route: /readyz, 0.2 req/s at 2 s": world(
        [(SHIPMENTS, 100, HEALTHY, FAST), ("/readyz", 0.2, {"200": 1.0}, [(2.0, 1.0)])],
        BILLING_OK),
    "no traffic at all": world([(SHIPMENTS, 0, HEALTHY, FAST)], BILLING_OK),
    "billing is slow (3 s), the tracker is fast": world(
        [(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_BROKEN),
}

# The down alert: no tracker pod is up.
DOWN_MUST_FIRE = {
    "every pod fails its scrape (up == 0)": world([(SHIPMENTS, 0, HEALTHY, FAST)], BILLING_OK,
                                                  tracker_up=(0, 0, 0)),
    "no tracker target at all (scaled to zero, or the Service was deleted)": world(
        [], BILLING_OK, tracker_up=None),
}
DOWN_MUST_STAY_QUIET = {
    "all three pods up": world([(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_OK),
    "one pod of three down (the others serve)": world(
        [(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_OK, tracker_up=(1, 0, 1)),
    "billing is down, the tracker is up": world(
        [(SHIPMENTS, 100, HEALTHY, FAST)], BILLING_OK, billing_up=(0, 0)),
}
