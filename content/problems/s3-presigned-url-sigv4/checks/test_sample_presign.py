from sample_aws_examples import KEY_EXAMPLE, URL_EXAMPLE, URL_EXPECTED


def test_sample_signing_key_matches_the_aws_example(learner):
    example = dict(KEY_EXAMPLE)
    expected = example.pop("signing_key")
    derived = learner.call("presign", "signing_key", *example.values())
    assert derived == expected, (
        "kDate = HMAC(\"AWS4\" + secret, date), kRegion = HMAC(kDate, region), "
        "kService = HMAC(kRegion, service), kSigning = HMAC(kService, \"aws4_request\"): each "
        "step keys the next with the raw 32-byte digest, not its hex"
    )


def test_sample_presigned_url_matches_the_aws_example(learner):
    example = dict(URL_EXAMPLE)
    url = learner.call(
        "presign", "presign", example.pop("method"), example.pop("host"), example.pop("key"),
        **example,
    )
    assert url == URL_EXPECTED
