"""The examples from AWS's documentation of Signature Version 4."""

# "Examples of how to derive a signing key for Signature Version 4" (IAM, 2012-02-15).
KEY_EXAMPLE = {
    "secret_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "date": "20120215",
    "region": "us-east-1",
    "service": "iam",
    "signing_key": "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
}

# "Authenticating Requests: Using Query Parameters (AWS Signature Version 4)", Amazon S3.
URL_EXAMPLE = {
    "method": "GET",
    "host": "examplebucket.s3.amazonaws.com",
    "key": "test.txt",
    "region": "us-east-1",
    "access_key": "AKIAIOSFODNN7EXAMPLE",
    "secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "now": "20130524T000000Z",
    "expires": 86400,
}
URL_EXPECTED = (
    "https://examplebucket.s3.amazonaws.com/test.txt"
    "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
    "&X-Amz-Date=20130524T000000Z"
    "&X-Amz-Expires=86400"
    "&X-Amz-SignedHeaders=host"
    "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
)
