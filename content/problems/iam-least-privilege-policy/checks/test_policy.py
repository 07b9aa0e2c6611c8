import re

import jsonschema
from conftest import BUCKET, KEY, VIA_S3, statements
from policy_schema import SCHEMA
from sample_iam import decide

OBJECT_PREFIX = re.compile(r"arn:aws:s3:::tracker-labels-prod/[A-Za-z0-9_.-]+/\*")


def allowed(policy, action, resource, context=None):
    return decide(policy, action, resource, context or {}) == "Allow"


def test_policy_matches_the_schema(policy):
    """policy.json is an identity policy document: Version, Statement, known keys only."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(policy), key=lambda error: list(error.absolute_path))
    problems = [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(top level)'}: {error.message}"
        for error in errors
    ]
    assert not problems, "not a valid policy document:\n" + "\n".join(problems[:5])


def test_allow_statements_name_every_action_and_resource(policy):
    """Allow statements list actions without wildcards, and resources without * (but prefix/*)."""
    for statement in statements(policy):
        if statement.get("Effect") != "Allow":
            continue
        sid = statement.get("Sid", "an Allow statement")
        assert "NotAction" not in statement and "NotResource" not in statement, (
            f"{sid}: NotAction/NotResource in an Allow grants everything else, including "
            "actions AWS adds next year"
        )
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        for action in actions:
            assert "*" not in action and "?" not in action, (
                f"{sid}: {action!r}: name each action. s3:* includes DeleteBucket, "
                "PutBucketPolicy and PutObjectAcl (make an object public); s3:Get* includes "
                "GetBucketPolicy and more"
            )
        resources = statement["Resource"] if isinstance(statement["Resource"], list) else [statement["Resource"]]
        for resource in resources:
            if "*" in resource or "?" in resource:
                assert OBJECT_PREFIX.fullmatch(resource), (
                    f"{sid}: resource {resource!r}: the only wildcard allowed is the objects "
                    "under one prefix of the bucket, such as "
                    "arn:aws:s3:::tracker-labels-prod/labels/*"
                )


def test_the_tracker_can_do_its_job(policy):
    """Everything the story needs is allowed (labels, photos, listing labels/, the KMS key via S3)."""
    needed = [
        ("s3:GetObject", f"{BUCKET}/labels/2026/03/TRK-1001.pdf", {}),
        ("s3:PutObject", f"{BUCKET}/labels/2026/04/TRK-2040.pdf", {}),
        ("s3:GetObject", f"{BUCKET}/uploads/TRK-1002/photo-1.jpg", {}),
        ("s3:ListBucket", BUCKET, {"s3:prefix": "labels/2026/03/"}),
        ("s3:ListBucket", BUCKET, {"s3:prefix": "labels/"}),
        ("kms:Decrypt", KEY, VIA_S3),
        ("kms:GenerateDataKey", KEY, VIA_S3),
    ]
    for action, resource, context in needed:
        assert allowed(policy, action, resource, context), (
            f"{action} on {resource} {context or ''} is not allowed. Object actions "
            "(GetObject, PutObject) apply to object ARNs (bucket/key); ListBucket applies to "
            "the bucket's ARN itself (arn:aws:s3:::bucket, no /*)"
        )


def test_no_other_s3_actions(policy):
    """Deleting, changing ACLs or the bucket policy, listing every bucket: all denied."""
    refused = [
        ("s3:DeleteObject", f"{BUCKET}/labels/2026/03/TRK-1001.pdf"),
        ("s3:PutObjectAcl", f"{BUCKET}/labels/2026/03/TRK-1001.pdf"),
        ("s3:PutBucketPolicy", BUCKET),
        ("s3:DeleteBucket", BUCKET),
        ("s3:ListAllMyBuckets", "*"),
        ("s3:GetBucketPolicy", BUCKET),
    ]
    for action, resource in refused:
        assert not allowed(policy, action, resource), f"{action} on {resource} must be denied"


def test_objects_outside_its_prefixes_are_denied(policy):
    """Other buckets, other prefixes, and uploading photos: denied."""
    refused = [
        ("s3:GetObject", "arn:aws:s3:::tracker-billing-prod/invoices/2026-03.pdf"),
        ("s3:GetObject", f"{BUCKET}/backups/db-2026-03-14.sql.gz"),
        ("s3:GetObject", f"{BUCKET}/labels"),
        ("s3:PutObject", f"{BUCKET}/uploads/TRK-1002/photo-2.jpg"),
        ("s3:PutObject", f"{BUCKET}/index.html"),
        ("s3:GetObject", "arn:aws:s3:::tracker-labels-prod-copy/labels/x.pdf"),
    ]
    for action, resource in refused:
        assert not allowed(policy, action, resource), (
            f"{action} on {resource} must be denied: the tracker reads and writes labels/, "
            "reads uploads/ (the couriers' app writes there), and nothing else"
        )


def test_listing_is_limited_to_the_labels_prefix(policy):
    """s3:ListBucket is allowed only with an s3:prefix under labels/."""
    for prefix in (None, "", "uploads/", "backups/", "label"):
        context = {} if prefix is None else {"s3:prefix": prefix}
        assert not allowed(policy, "s3:ListBucket", BUCKET, context), (
            f"ListBucket with prefix {prefix!r} must be denied: without a condition on "
            "s3:prefix the tracker can list every key of the bucket (backups included); "
            'add Condition {"StringLike": {"s3:prefix": ["labels/", "labels/*"]}}'
        )


def test_kms_key_is_used_only_through_s3(policy):
    """The KMS key works only via S3 (kms:ViaService), and no other key or KMS action does."""
    other_key = "arn:aws:kms:eu-west-3:123456789012:key/0a9d2e7c-1111-4b3a-9c2d-77e5f0a1b2c3"
    refused = [
        ("kms:Decrypt", KEY, {}),
        ("kms:Decrypt", KEY, {"kms:ViaService": "secretsmanager.eu-west-3.amazonaws.com"}),
        ("kms:Decrypt", other_key, VIA_S3),
        ("kms:ScheduleKeyDeletion", KEY, VIA_S3),
        ("kms:Encrypt", KEY, VIA_S3),
    ]
    for action, resource, context in refused:
        assert not allowed(policy, action, resource, context), (
            f"{action} on {resource} {context or '(called directly)'} must be denied: with "
            'Condition {"StringEquals": {"kms:ViaService": "s3.eu-west-3.amazonaws.com"}} the '
            "key decrypts labels for S3 and cannot be used to decrypt anything else directly"
        )
