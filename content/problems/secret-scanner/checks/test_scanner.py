from sample_repo import assert_findings, aws_key, finding, github_token, password


def test_every_file_type_is_scanned(learner):
    """Secrets are found in .env, YAML, JSON, INI, Dockerfiles and files without extension."""
    files = {
        ".env": f"DEBUG=true\nDB_PASSWORD={password()}\n",
        ".env.production": f"STRIPE_API_KEY={password()}\n",
        "deploy/values.yaml": f"image: orders:1.4\ndatabase:\n  password: {password()}\n",
        "web/package.json": f'{{\n  "name": "web",\n  "apiKey": "{password()}"\n}}\n',
        "setup.cfg": f"[upload]\nrepository = pypi\npassword = {password()}\n",
        "Dockerfile": f"FROM python:3.12-slim\nENV GH={github_token()}\n",
        "scripts/deploy": f"#!/bin/sh\naws configure set aws_access_key_id {aws_key()}\n",
    }  # fmt: skip
    assert_findings(learner, files, [
        finding(".env", 2, "hardcoded-secret"),
        finding(".env.production", 1, "hardcoded-secret"),
        finding("deploy/values.yaml", 3, "hardcoded-secret"),
        finding("web/package.json", 3, "hardcoded-secret"),
        finding("setup.cfg", 3, "hardcoded-secret"),
        finding("Dockerfile", 2, "github-token"),
        finding("scripts/deploy", 2, "aws-access-key"),
    ], "secrets hide in configuration files more than in code: scan every file")  # fmt: skip


def test_secret_names_in_any_case_and_style(learner):
    """DB_Password, client-secret, apiKey, secret_key, exported and commented-out ones count."""
    files = {
        "app.py": "\n".join([
            f'DB_Password = "{password()}"',
            f"secret_key = '{password()}'",
            f'# OLD_ADMIN_PASSWORD = "{password()}"',
            f'    "aws_secret_access_key": "{password()}",',
        ]),
        "config.yml": f"oauth:\n  client-secret: {password()}\n",
        "env.sh": f'export API_TOKEN="{password()}"\n',
    }  # fmt: skip
    assert_findings(learner, files, [
        finding("app.py", 1, "hardcoded-secret"),
        finding("app.py", 2, "hardcoded-secret"),
        finding("app.py", 3, "hardcoded-secret"),
        finding("app.py", 4, "hardcoded-secret"),
        finding("config.yml", 2, "hardcoded-secret"),
        finding("env.sh", 1, "hardcoded-secret"),
    ], "names are compared case-insensitively, with - and . as _")  # fmt: skip


def test_names_that_only_contain_a_keyword(learner):
    """token_url, password_hint, tokenizer and secret_santa are not secrets."""
    files = {
        "app.py": "\n".join([
            'token_url = "https://auth.example/oauth/token"',
            'password_hint = "the name of your first pet"',
            'tokenizer = "models/bpe-tokenizer-v2.json"',
            'SECRET_SANTA_GROUP = "office-party-2024"',
            'passwords_required = "always-on-login"',
        ]),
    }  # fmt: skip
    assert_findings(learner, files, [], "the name must END with a secret word; a scanner that "
                    "cries wolf gets switched off")  # fmt: skip


def test_placeholders_are_not_findings(learner):
    """${VAR}, <...>, {{ ... }}, %(...)s, ****, short and empty values are not secrets."""
    files = {
        "app.py": "\n".join([
            'DB_PASSWORD = "${DB_PASSWORD}"',
            'API_TOKEN = "<your token here>"',
            'SECRET_KEY = "{{ vault_secret_key }}"',
            'password = "%(password)s"',
            'ADMIN_PASSWORD = "********"',
            'ROOT_PASSWORD = "xxxxxxxxxxxx"',
            'TOKEN = "abc"',
            'PASSWORD = ""',
        ]),
        "docker-compose.yml": "\n".join([
            "services:",
            "  api:",
            "    environment:",
            "      DATABASE_URL: postgresql://app:${DB_PASSWORD}@db:5432/app",
            "      REDIS_URL: redis://default:<password>@cache:6379/0",
            "      DB_PASSWORD:",
        ]),
    }  # fmt: skip
    assert_findings(learner, files, [], "placeholders and references to a secret are the "
                    "right way to write config")  # fmt: skip


def test_documentation_example_keys_are_ignored(learner):
    """AWS's documentation keys (ending in EXAMPLE) are ignored; real-looking ones are not."""
    real = aws_key()
    files = {
        "docs/aws.md": "\n".join([
            "Configure the CLI:",
            "    aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "Or the temporary one ASIAIOSFODNN7EXAMPLE.",
            f"Our CI user is {real} (rotate it!).",
            f"Not a key: X{real} or {real}Z.",
        ]),
    }  # fmt: skip
    assert_findings(
        learner, files, [finding("docs/aws.md", 4, "aws-access-key")],
        "AKIA + 16 capitals/digits as a whole word, unless it ends in EXAMPLE",
    )  # fmt: skip


def test_allow_pragma_suppresses_a_line(learner):
    """A line with scanner:allow is skipped; the next one is not."""
    token = github_token()
    files = {
        "tests/test_auth.py": "\n".join([
            f'FAKE_TOKEN = "{token}"  # scanner:allow (a revoked token for the tests)',
            f'REAL_TOKEN = "{github_token()}"',
        ]),
    }  # fmt: skip
    assert_findings(learner, files, [
        finding("tests/test_auth.py", 2, "github-token"),
        finding("tests/test_auth.py", 2, "hardcoded-secret"),
    ])  # fmt: skip


def test_private_keys_once_per_block_and_not_public_ones(learner):
    """A private key is reported at its BEGIN line; public keys and certificates are not."""
    body = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj"] * 8
    files = {
        "keys/server.key": "\n".join(["-----BEGIN PRIVATE KEY-----", *body,
                                      "-----END PRIVATE KEY-----"]),
        "keys/id_ed25519": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n"
                           "-----END OPENSSH PRIVATE KEY-----\n",
        "keys/server.pub": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0B\n"
                           "-----END PUBLIC KEY-----\n",
        "keys/server.crt": "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE\n"
                           "-----END CERTIFICATE-----\n",
    }  # fmt: skip
    assert_findings(learner, files, [
        finding("keys/server.key", 1, "private-key"),
        finding("keys/id_ed25519", 1, "private-key"),
    ])  # fmt: skip
