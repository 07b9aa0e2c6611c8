import math

POD_QUOTA = 10  # the namespace's ResourceQuota: pods


def surge(deployment, replicas):
    """Extra pods a rolling update of `replicas` pods may start (maxSurge, default 25%)."""
    rolling = ((deployment["spec"].get("strategy") or {}).get("rollingUpdate")) or {}
    value = rolling.get("maxSurge", "25%")
    if isinstance(value, str) and value.endswith("%"):
        return math.ceil(replicas * int(value[:-1]) / 100)
    return int(value)


def test_hpa_targets_the_deployment(hpa, deployment):
    """scaleTargetRef names the Deployment of k8s.yaml (apps/v1, Deployment, tracker)."""
    target = hpa["spec"].get("scaleTargetRef") or {}
    expected = {"apiVersion": "apps/v1", "kind": "Deployment", "name": deployment["metadata"]["name"]}
    assert target == expected, (
        f"scaleTargetRef is {target}, expected {expected}: an HPA whose target does not exist "
        "is accepted by the API server and scales nothing (kubectl describe hpa shows "
        "FailedGetScale)"
    )


def test_scales_on_average_cpu_utilization(hpa):
    """One Resource metric: cpu, target type Utilization, averageUtilization 50..85."""
    metrics = hpa["spec"].get("metrics") or []
    cpu = [
        metric
        for metric in metrics
        if metric.get("type") == "Resource" and (metric.get("resource") or {}).get("name") == "cpu"
    ]
    assert cpu, "a metric of type Resource on the cpu resource"
    target = cpu[0]["resource"].get("target") or {}
    assert target.get("type") == "Utilization", (
        f"target type {target.get('type')!r}: use Utilization, a percentage of the pods' CPU "
        "requests; an AverageValue in cores silently breaks when someone changes the requests"
    )
    value = target.get("averageUtilization")
    assert isinstance(value, int) and 50 <= value <= 85, (
        f"averageUtilization {value}: aim between 50 and 85 %. Below, you pay for idle pods; "
        "above, a burst saturates the pods before new ones are ready (they take a while to "
        "start and pass their readiness probe)"
    )


def test_replica_bounds_fit_the_quota(hpa, deployment):
    """minReplicas >= 2, maxReplicas > minReplicas, and maxReplicas + maxSurge <= 10 pods."""
    spec = hpa["spec"]
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    assert low >= 2, (
        f"minReplicas {low}: keep 2 at least, or a quiet night leaves one pod and its node's "
        "next drain is an outage"
    )
    assert isinstance(high, int) and high > low, "maxReplicas above minReplicas, or nothing scales"
    extra = surge(deployment, high)
    assert high + extra <= POD_QUOTA, (
        f"maxReplicas {high} + maxSurge {extra} = {high + extra} pods during a rollout at full "
        f"scale, over the namespace's quota of {POD_QUOTA}: the surge pod would never be "
        "created and the rollout would hang"
    )


def test_deployment_leaves_replicas_to_the_hpa(deployment):
    """The Deployment no longer sets spec.replicas (the HPA owns it)."""
    assert "replicas" not in deployment["spec"], (
        "remove spec.replicas from the Deployment: the HPA sets the replica count, and every "
        "kubectl apply of a manifest with replicas: 3 would scale a busy Deployment back to 3"
    )


def test_containers_request_cpu(deployment):
    """Every container of the Deployment requests cpu (utilisation is relative to it)."""
    for container in deployment["spec"]["template"]["spec"]["containers"]:
        requests = (container.get("resources") or {}).get("requests") or {}
        assert "cpu" in requests, (
            f"{container['name']}: resources.requests.cpu: CPU utilisation is usage divided by "
            "the request; without one the HPA cannot compute it and does not scale"
        )
