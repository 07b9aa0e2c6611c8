from sample_repo import assert_findings, aws_key, finding, github_token, password


def test_sample_finds_each_kind(learner):
    files = {
        "app/config.py": "\n".join([
            "import os",
            "",
            f"# the CI user (rotate it!): {aws_key()}",
            f'DATABASE_URL = "postgresql://app:{password()}@db.internal:5432/app"',
            f'GITHUB_TOKEN = "{github_token()}"',
            f'SECRET_KEY = "{password()}"',
            'DEPLOY_KEY = """-----BEGIN RSA PRIVATE KEY-----',
            "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
            '-----END RSA PRIVATE KEY-----"""',
        ]),
    }  # fmt: skip
    path = "app/config.py"
    assert_findings(learner, files, [
        finding(path, 3, "aws-access-key"),
        finding(path, 4, "password-in-url"),
        finding(path, 5, "github-token"),
        finding(path, 5, "hardcoded-secret"),
        finding(path, 6, "hardcoded-secret"),
        finding(path, 7, "private-key"),
    ])  # fmt: skip


def test_sample_clean_code_has_no_findings(learner):
    files = {
        "app/settings.py": "\n".join([
            "import os",
            'DATABASE_URL = os.environ["DATABASE_URL"]',
            'SECRET_KEY = os.environ.get("SECRET_KEY")',
            "API_TOKEN = read_secret('/run/secrets/api_token')",
            'DEBUG = os.environ.get("DEBUG") == "1"',
        ]),
        "README.md": "# Orders\n\nRun `make up`, then open http://localhost:8000/docs.\n",
    }  # fmt: skip
    assert_findings(learner, files, [], "reading a secret from the environment is the fix")
