"""Requests the checks ask the policy about, as (action, resource, request context)."""

from conftest import BUCKET

READ_LABEL = ("s3:GetObject", f"{BUCKET}/labels/2026/03/TRK-1001.pdf", {})
WRITE_LABEL = ("s3:PutObject", f"{BUCKET}/labels/2026/03/TRK-1001.pdf", {})
DELETE_LABEL = ("s3:DeleteObject", f"{BUCKET}/labels/2026/03/TRK-1001.pdf", {})
