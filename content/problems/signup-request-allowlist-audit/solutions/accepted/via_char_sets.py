# Complexity: O(total length of all fields) time: every character is checked against small sets
# a constant number of times; O(number of records) extra memory for the report.
import string

LOWER = set(string.ascii_lowercase)
DIGITS = set(string.digits)
ALNUM = set(string.ascii_letters) | DIGITS


def bad_username(u):
    if not 3 <= len(u) <= 20:
        return "length"
    if any(c not in LOWER and c not in DIGITS and c != "_" for c in u):
        return "charset"
    if u[0] not in LOWER:
        return "start"
    if u in ("admin", "root", "system", "support", "null"):
        return "reserved"
    return None


def good_label(label):
    return (0 < len(label) <= 63 and all(c in ALNUM or c == "-" for c in label)
            and label[0] != "-" and label[-1] != "-")


def good_email(e):
    if len(e) > 254 or e.count("@") != 1:
        return False
    local, domain = e.split("@")
    if not 1 <= len(local) <= 64 or any(c not in ALNUM and c not in "._+-" for c in local):
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not all(good_label(x) for x in labels):
        return False
    tld = labels[-1]
    return len(tld) >= 2 and all(c in string.ascii_letters for c in tld)


def good_avatar(p):
    if not 1 <= len(p) <= 255:
        return False
    parts = p.split("/")
    if len(parts) > 8:
        return False
    for s in parts:
        if not 1 <= len(s) <= 64 or s[0] not in ALNUM:
            return False
        if any(c not in ALNUM and c not in "_.-" for c in s):
            return False
    return any(parts[-1].endswith(x) for x in (".png", ".jpg", ".jpeg", ".webp"))


class Solution:
    def audit(self, records: list[dict]) -> list[list[str]]:
        out = []
        for r in records:
            row = []
            why = bad_username(r["username"])
            if why:
                row.append("username:" + why)
            if not good_email(r["email"]):
                row.append("email:format")
            if r["sort"] not in ("created_at", "-created_at", "name", "-name", "price", "-price"):
                row.append("sort:not-allowed")
            if not good_avatar(r["avatar"]):
                row.append("avatar:path")
            out.append(row)
        return out
