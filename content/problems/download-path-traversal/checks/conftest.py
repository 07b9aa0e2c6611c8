"""What the file share holds, and the secrets an attacker is after."""

PUBLIC_FILES = {
    "welcome.txt": "Welcome to the team file share.\n",
    "reports/2024/q1.txt": "Q1 revenue: 1.2M, costs: 0.9M\n",
    "v2..3-upgrade.txt": "Upgrading from 2 to 3: run the migrations first.\n",
}
# Pieces of files outside storage/public/: the deploy notes next to your code in /lab, the
# payroll in storage/public_internal/, the system's user list.
SECRETS = ["Tr0ub4dor-and-3", "correct-horse-battery", "alice,98000", "root:x:0:0"]


def download(http, name):
    return http.get("/download", params={"name": name})


def assert_refused(response, name):
    assert response.status_code in (400, 403, 404), (
        f"name={name!r}: expected 404 (or 400/403), got {response.status_code}. Only regular "
        "files inside storage/public/ may be served"
    )
    for secret in SECRETS:
        assert secret not in response.text, f"name={name!r} leaked a file outside storage/public/"
