from sample_iam import decide
from sample_requests import DELETE_LABEL, READ_LABEL, WRITE_LABEL


def test_sample_the_tracker_reads_and_writes_labels(policy):
    assert policy.get("Version") == "2012-10-17", (
        'Version "2012-10-17" (the older "2008-10-17" has no policy variables and other '
        "surprises; it is not a date you choose)"
    )
    for action, resource, context in (READ_LABEL, WRITE_LABEL):
        assert decide(policy, action, resource, context) == "Allow", f"{action} on {resource}"


def test_sample_deleting_a_label_is_denied(policy):
    action, resource, context = DELETE_LABEL
    assert decide(policy, action, resource, context) != "Allow", (
        "the tracker never deletes a label: s3:DeleteObject must not be allowed (least "
        "privilege: a leaked credential can do only what the app does)"
    )
