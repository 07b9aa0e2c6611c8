import kubernetes_validate


def test_sample_a_deployment_a_service_and_an_ingress(documents):
    kinds = sorted(str(document.get("kind")) for document in documents)
    assert kinds == ["Deployment", "Ingress", "Service"], (
        "three documents separated by ---: a Deployment, a Service and an Ingress"
    )
    for document in documents:
        name = (document.get("metadata") or {}).get("name")
        assert name == "tracker", f"{document['kind']} is named {name!r}, expected tracker"


def schema_problem(document):
    """What the newest Kubernetes schema says is wrong with a document, or None."""
    kind = document.get("kind")
    version = kubernetes_validate.latest_version()
    try:
        kubernetes_validate.validate(document, version, strict=True)
    except kubernetes_validate.ValidationError as error:
        where = ".".join(str(part) for part in error.absolute_path) or "(the document)"
        return f"{kind}: {error.message} at {where} (Kubernetes {version})"
    except kubernetes_validate.SchemaNotFoundError as error:
        return f"no schema for {kind} ({document.get('apiVersion')}): {error.message}"
    return None


def test_sample_documents_match_the_kubernetes_schema(documents):
    problems = [problem for problem in map(schema_problem, documents) if problem]
    assert not problems, "\n".join(problems)
