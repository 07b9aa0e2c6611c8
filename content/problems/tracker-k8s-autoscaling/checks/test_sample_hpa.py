import kubernetes_validate


def test_sample_an_autoscaling_v2_hpa_named_tracker(hpa):
    assert hpa.get("apiVersion") == "autoscaling/v2", (
        f"apiVersion {hpa.get('apiVersion')!r}: use autoscaling/v2 (v1 can only scale on CPU "
        "and has no behavior settings)"
    )
    assert (hpa.get("metadata") or {}).get("name") == "tracker", "name the HPA tracker"


def schema_problem(name, document):
    kind = document.get("kind")
    version = kubernetes_validate.latest_version()
    try:
        kubernetes_validate.validate(document, version, strict=True)
    except kubernetes_validate.ValidationError as error:
        where = ".".join(str(part) for part in error.absolute_path) or "(the document)"
        return f"{name}: {kind}: {error.message} at {where} (Kubernetes {version})"
    except kubernetes_validate.SchemaNotFoundError as error:
        return f"{name}: no schema for {kind} ({document.get('apiVersion')}): {error.message}"
    return None


def test_sample_documents_match_the_kubernetes_schema(manifests):
    problems = [
        problem
        for name, documents in manifests.items()
        for problem in (schema_problem(name, document) for document in documents)
        if problem
    ]
    assert not problems, "\n".join(problems)
