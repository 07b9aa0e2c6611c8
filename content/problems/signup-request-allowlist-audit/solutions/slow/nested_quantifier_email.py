# Slow: one email regex with a nested quantifier, (\.?x+)*: correct answers, but a long local
# part followed by a character it refuses backtracks exponentially (ReDoS).
import re

USERNAME_CHARS = re.compile(r"[a-z0-9_]*")
LOCAL_PART = re.compile(r"[A-Za-z0-9._+-]{1,64}")
LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
TLD = re.compile(r"[A-Za-z]{2,63}")
PATH_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
RESERVED = {"admin", "root", "system", "support", "null"}
SORT_FIELDS = {"created_at", "-created_at", "name", "-name", "price", "-price"}
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


def username_problem(name: str):
    if not 3 <= len(name) <= 20:
        return "length"
    if not USERNAME_CHARS.fullmatch(name):  # fullmatch: "$" would accept a trailing newline
        return "charset"
    if not "a" <= name[0] <= "z":
        return "start"
    if name in RESERVED:
        return "reserved"
    return None


EMAIL = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.?[A-Za-z0-9_+-]+)*"  # nested quantifiers: exponential backtracking
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def email_ok(email: str) -> bool:
    if not EMAIL.fullmatch(email):
        return False
    local, domain = email.split("@")
    return len(email) <= 254 and len(local) <= 64 and len(domain) <= 253


def avatar_ok(path: str) -> bool:
    segments = path.split("/")
    return (
        1 <= len(path) <= 255
        and len(segments) <= 8
        and all(PATH_SEGMENT.fullmatch(s) for s in segments)
        and segments[-1].endswith(IMAGE_SUFFIXES)
    )


class Solution:
    def audit(self, records: list[dict]) -> list[list[str]]:
        report = []
        for record in records:
            problems = []
            reason = username_problem(record["username"])
            if reason:
                problems.append(f"username:{reason}")
            if not email_ok(record["email"]):
                problems.append("email:format")
            if record["sort"] not in SORT_FIELDS:
                problems.append("sort:not-allowed")
            if not avatar_ok(record["avatar"]):
                problems.append("avatar:path")
            report.append(problems)
        return report
