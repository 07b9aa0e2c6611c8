"""Reading security headers the way a browser does, with messages that say what is missing."""

import re

ONE_YEAR = 365 * 24 * 3600
REFERRER_POLICIES = {
    "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"
}  # fmt: skip
# Sources that let an injected script run: inline code, eval, any host, whole schemes.
UNSAFE_SOURCES = {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "http:", "https:",
                  "data:", "blob:"}  # fmt: skip


def csp(response):
    """{directive: [sources]} of the Content-Security-Policy header ({} when there is none)."""
    policy = {}
    for part in response.headers.get("content-security-policy", "").split(";"):
        words = part.split()
        if words:
            policy.setdefault(words[0].lower(), words[1:])  # the first one wins, as in browsers
    return policy


def where(response):
    return f"{response.request.method} {response.request.url.path} ({response.status_code})"


def assert_csp(response):
    policy = csp(response)
    at = where(response)
    assert policy, f"{at}: no Content-Security-Policy header"
    default = policy.get("default-src")
    assert default is not None and set(default) <= {"'self'", "'none'"}, (
        f"{at}: CSP needs default-src 'self' (or 'none'): everything not listed falls back to it"
    )
    scripts = policy.get("script-src", default)
    unsafe = sorted(set(scripts) & UNSAFE_SOURCES) + [
        source for source in scripts if re.match(r"^(https?://|\*\.)", source)
    ]
    assert not unsafe, (
        f"{at}: script-src allows {unsafe}: with 'unsafe-inline' an injected <script> runs "
        "anyway, which is what the policy is for. Move inline code to a file and allow 'self'"
    )
    assert policy.get("object-src", default) == ["'none'"], f"{at}: CSP needs object-src 'none'"
    assert policy.get("base-uri") in (["'none'"], ["'self'"]), (
        f"{at}: CSP needs base-uri 'none' (or 'self'): an injected <base href> would move every "
        "relative script URL to the attacker's host"
    )
    assert policy.get("form-action") == ["'self'"], f"{at}: CSP needs form-action 'self'"
    assert policy.get("frame-ancestors") == ["'none'"], (
        f"{at}: CSP needs frame-ancestors 'none': no other site may frame the page "
        "(clickjacking). It does not fall back to default-src"
    )


def assert_hsts(response):
    at = where(response)
    value = response.headers.get("strict-transport-security", "")
    found = re.search(r"(?i)\bmax-age\s*=\s*\"?(\d+)", value)
    assert found and int(found.group(1)) >= ONE_YEAR, (
        f"{at}: Strict-Transport-Security {value!r}: max-age must be at least one year "
        f"({ONE_YEAR}); a short max-age lets the browser forget and fall back to plain HTTP"
    )
    assert re.search(r"(?i)\bincludesubdomains\b", value), (
        f"{at}: Strict-Transport-Security needs includeSubDomains (a cookie set by a plain-HTTP "
        "subdomain could otherwise overwrite the session)"
    )


def assert_other_headers(response):
    at = where(response)
    assert response.headers.get("x-content-type-options", "").lower() == "nosniff", (
        f"{at}: X-Content-Type-Options: nosniff, or a browser may run an uploaded text file as "
        "a script"
    )
    assert response.headers.get("x-frame-options", "").upper() == "DENY", (
        f"{at}: X-Frame-Options: DENY (frame-ancestors for older browsers)"
    )
    policy = response.headers.get("referrer-policy", "").lower()
    assert policy in REFERRER_POLICIES, (
        f"{at}: Referrer-Policy {policy!r}: use one of {sorted(REFERRER_POLICIES)} so full URLs "
        "(with their query strings) do not leak to other sites"
    )


def assert_secure_headers(response):
    assert_csp(response)
    assert_hsts(response)
    assert_other_headers(response)
