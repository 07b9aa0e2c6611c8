# A block list: reject what looks dangerous instead of accepting only what is known good.
# Encoded traversal, backslashes, absolute paths and odd characters slip through.

BAD = ("'", '"', ";", "--", "/*", "<", ">", " ", "\n", "\t", "\x00", "\\")


def dangerous(s):
    return any(b in s for b in BAD)


class Solution:
    def audit(self, records: list[dict]) -> list[list[str]]:
        out = []
        for r in records:
            row = []
            u = r["username"]
            if not 3 <= len(u) <= 20:
                row.append("username:length")
            elif dangerous(u) or u != u.lower() or "@" in u or "." in u or "-" in u:
                row.append("username:charset")
            elif not ("a" <= u[0] <= "z"):
                row.append("username:start")
            elif u in ("admin", "root", "system", "support", "null"):
                row.append("username:reserved")
            e = r["email"]
            if dangerous(e) or e.count("@") != 1 or "." not in e.split("@")[1] or len(e) > 254:
                row.append("email:format")
            if r["sort"] not in ("created_at", "-created_at", "name", "-name", "price", "-price"):
                row.append("sort:not-allowed")
            a = r["avatar"]
            if (dangerous(a) or ".." in a or a.startswith("/") or len(a) > 255
                    or not a.endswith((".png", ".jpg", ".jpeg", ".webp"))):
                row.append("avatar:path")
            out.append(row)
        return out
