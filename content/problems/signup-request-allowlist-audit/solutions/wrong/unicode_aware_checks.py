import re

# str.islower()/isalnum() and \w are Unicode-aware: Cyrillic, full-width and accented
# letters pass for "a-z", so "аdmin" (Cyrillic a) gets through as a look-alike of "admin".


class Solution:
    def audit(self, records: list[dict]) -> list[list[str]]:
        out = []
        for r in records:
            row = []
            u = r["username"]
            if not 3 <= len(u) <= 20:
                row.append("username:length")
            elif not all((c.isalnum() and not c.isupper()) or c == "_" for c in u):
                row.append("username:charset")
            elif not u[0].isalpha():
                row.append("username:start")
            elif u in ("admin", "root", "system", "support", "null"):
                row.append("username:reserved")
            e = r["email"]
            ok = len(e) <= 254 and e.count("@") == 1
            if ok:
                local, domain = e.split("@")
                labels = domain.split(".")
                ok = (re.fullmatch(r"[\w.+-]{1,64}", local) is not None and not local.startswith(".")
                      and not local.endswith(".") and ".." not in local and len(domain) <= 253
                      and len(labels) >= 2
                      and all(re.fullmatch(r"\w(?:[\w-]{0,61}\w)?", x) and "_" not in x for x in labels)
                      and re.fullmatch(r"[^\W\d_]{2,63}", labels[-1]) is not None)
            if not ok:
                row.append("email:format")
            if r["sort"] not in ("created_at", "-created_at", "name", "-name", "price", "-price"):
                row.append("sort:not-allowed")
            a = r["avatar"]
            parts = a.split("/")
            if not (1 <= len(a) <= 255 and len(parts) <= 8
                    and all(re.fullmatch(r"[^\W_][\w.-]{0,63}", s) for s in parts)
                    and a.endswith((".png", ".jpg", ".jpeg", ".webp"))):
                row.append("avatar:path")
            out.append(row)
        return out
