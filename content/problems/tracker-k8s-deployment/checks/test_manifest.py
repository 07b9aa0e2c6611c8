import re

from conftest import port_of

IMAGE = "ghcr.io/winterarc/tracker"
SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY", re.I)


def test_selectors_match_the_pod_labels(deployment, service, pod):
    """The Deployment's matchLabels and the Service's selector match the pod labels."""
    labels = pod["metadata"].get("labels") or {}
    selector = deployment["spec"]["selector"].get("matchLabels") or {}
    assert selector and selector.items() <= labels.items(), (
        "the Deployment's spec.selector.matchLabels must match the pod template's labels"
    )
    chosen = service["spec"].get("selector") or {}
    assert chosen and chosen.items() <= labels.items(), (
        f"the Service selects {chosen}, the pods are labelled {labels}: a Service that selects "
        "no pod has no endpoints, and every request through it fails"
    )


def test_service_targets_the_container_port(service, containers):
    """The Service listens on 80 and targets the container's port 8000."""
    ports = service["spec"]["ports"]
    assert [port["port"] for port in ports] == [80], "the Service listens on port 80"
    target = ports[0].get("targetPort", 80)
    assert any(port_of(container, target) == 8000 for container in containers), (
        f"targetPort {target!r} is not the container's port 8000"
    )


def test_ingress_routes_to_the_service_port(ingress, service):
    """The Ingress sends https://tracker.example.com/ to the Service's port, with TLS."""
    spec = ingress["spec"]
    assert spec.get("ingressClassName") == "nginx", "ingressClassName: nginx"
    rules = [rule for rule in spec.get("rules") or [] if rule.get("host") == "tracker.example.com"]
    assert rules, "a rule for host tracker.example.com"
    paths = (rules[0].get("http") or {}).get("paths") or []
    root = [path for path in paths if path.get("path") == "/" and path.get("pathType") == "Prefix"]
    assert root, "path: / with pathType: Prefix (everything under the host)"
    backend = root[0]["backend"].get("service") or {}
    assert backend.get("name") == "tracker", "the backend is the Service tracker"
    port = backend.get("port") or {}
    service_ports = service["spec"]["ports"]
    names = {entry.get("name") for entry in service_ports if entry.get("name")}
    numbers = {entry.get("port") for entry in service_ports}
    assert port.get("number") in numbers or port.get("name") in names, (
        f"the backend port {port} is not one of the Service's ports {sorted(numbers)}: an "
        "Ingress talks to the Service (port 80), not to the container (8000)"
    )
    tls = [entry for entry in spec.get("tls") or [] if "tracker.example.com" in entry.get("hosts", [])]
    assert tls and tls[0].get("secretName"), (
        "tls: hosts [tracker.example.com] with a secretName (the certificate's Secret)"
    )


def test_probes_check_the_right_endpoints(containers):
    """Readiness probes /readyz, liveness probes /healthz (never /readyz), on port 8000."""
    for container in containers:
        for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
            http = (container.get(probe) or {}).get("httpGet") or {}
            assert http.get("path") == path, (
                f"{probe}: httpGet on {path}, not {http.get('path')!r}. /readyz fails while "
                "the database is down; as a liveness probe it would restart every pod, which "
                "does not bring the database back"
                if probe == "livenessProbe"
                else f"{probe}: httpGet on {path}"
            )
            assert port_of(container, http.get("port")) == 8000, f"{probe}: on port 8000"


def test_every_container_has_requests_and_limits(containers):
    """Every container requests and limits cpu and memory (limit >= request)."""
    units = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 10**3, "M": 10**6, "G": 10**9, "m": 1e-3}

    def amount(value):
        match = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", str(value))
        assert match, f"cannot read the quantity {value!r}"
        return float(match.group(1)) * units.get(match.group(2), 1)

    for container in containers:
        resources = container.get("resources") or {}
        for kind in ("requests", "limits"):
            found = resources.get(kind) or {}
            assert {"cpu", "memory"} <= set(found), (
                f"{container['name']}: resources.{kind} for both cpu and memory: requests are "
                "what the scheduler reserves, limits where the container is throttled or killed"
            )
        for resource in ("cpu", "memory"):
            request, limit = resources["requests"][resource], resources["limits"][resource]
            assert amount(limit) >= amount(request), (
                f"{container['name']}: the {resource} limit {limit} is below its request {request}"
            )


def test_security_context_is_restricted(pod, containers):
    """Pods meet the restricted Pod Security Standard and the root filesystem is read-only."""
    pod_context = pod["spec"].get("securityContext") or {}
    for container in containers:
        context = container.get("securityContext") or {}
        name = container["name"]

        def setting(key):
            return context.get(key, pod_context.get(key))

        assert setting("runAsNonRoot") is True, f"{name}: runAsNonRoot: true (pod or container)"
        seccomp = (setting("seccompProfile") or {}).get("type")
        assert seccomp in ("RuntimeDefault", "Localhost"), (
            f"{name}: seccompProfile.type: RuntimeDefault (the runtime's syscall filter)"
        )
        assert context.get("allowPrivilegeEscalation") is False, (
            f"{name}: allowPrivilegeEscalation: false, so no setuid binary can gain privileges"
        )
        dropped = (context.get("capabilities") or {}).get("drop") or []
        assert "ALL" in dropped, (
            f"{name}: capabilities.drop: [ALL]: a web server on port 8000 needs no Linux "
            "capability, and each one kept is a tool for an attacker"
        )
        assert context.get("readOnlyRootFilesystem") is True, (
            f"{name}: readOnlyRootFilesystem: true (mount an emptyDir where it must write)"
        )


def test_db_password_comes_from_a_secret(containers):
    """DB_PASSWORD comes from the Secret tracker-db (key password); no literal secret in env."""
    for container in containers:
        env = {entry["name"]: entry for entry in container.get("env") or []}
        for name, entry in env.items():
            assert not (SECRET_NAME.search(name) and "value" in entry), (
                f"{container['name']}: env {name} has a literal value in the manifest, which is "
                "committed and readable by anyone who can read the Deployment"
            )
        reference = ((env.get("DB_PASSWORD") or {}).get("valueFrom") or {}).get("secretKeyRef")
        assert reference == {"name": "tracker-db", "key": "password"}, (
            f"{container['name']}: DB_PASSWORD from valueFrom.secretKeyRef "
            "{name: tracker-db, key: password}"
        )


def test_image_is_pinned(containers):
    """The image is the tracker with a version tag or a digest, not :latest."""
    for container in containers:
        image = container.get("image", "")
        match = re.fullmatch(
            re.escape(IMAGE) + r"(?::([\w][\w.-]*))?(@sha256:[0-9a-f]{64})?", image
        )
        assert match, f"the image is {IMAGE}"
        tag, digest = match.groups()
        assert digest or (tag and tag != "latest"), (
            "pin a version tag (or a digest): with :latest two pods of one Deployment can run "
            "different code, and a rollback rolls back to whatever latest is today"
        )


def test_rolling_update_keeps_full_capacity(deployment):
    """At least 2 replicas, and a rolling update never goes below them (maxUnavailable 0)."""
    spec = deployment["spec"]
    replicas = spec.get("replicas", 1)
    assert isinstance(replicas, int) and replicas >= 2, "at least 2 replicas"
    strategy = spec.get("strategy") or {}
    assert strategy.get("type", "RollingUpdate") == "RollingUpdate", "strategy RollingUpdate"
    rolling = strategy.get("rollingUpdate") or {}
    assert rolling.get("maxUnavailable") in (0, "0%"), (
        "rollingUpdate.maxUnavailable: 0 (the default, 25%, takes pods down before their "
        "replacements are ready)"
    )
    assert rolling.get("maxSurge", "25%") not in (0, "0%"), "maxSurge must be above 0"
