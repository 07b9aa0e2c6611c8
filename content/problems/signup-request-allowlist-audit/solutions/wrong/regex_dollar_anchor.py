import re

# re.match with "^...$": "$" also matches just before a trailing "\n", so "alice\n" passes.

USER = re.compile(r"^[a-z0-9_]+$")
EMAIL = re.compile(r"^(?!\.)(?!.*\.\.)[A-Za-z0-9._+-]{1,64}(?<!\.)@"
                   r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
SEGMENT = r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"
AVATAR = re.compile(rf"^(?:{SEGMENT}/){{0,7}}{SEGMENT}$")


class Solution:
    def audit(self, records: list[dict]) -> list[list[str]]:
        out = []
        for r in records:
            row = []
            u = r["username"]
            if not 3 <= len(u) <= 20:
                row.append("username:length")
            elif not USER.match(u):
                row.append("username:charset")
            elif not u[0].isalpha():
                row.append("username:start")
            elif u in ("admin", "root", "system", "support", "null"):
                row.append("username:reserved")
            e = r["email"]
            if len(e) > 254 or not EMAIL.match(e) or len(e.split("@")[-1]) > 253:
                row.append("email:format")
            if r["sort"] not in ("created_at", "-created_at", "name", "-name", "price", "-price"):
                row.append("sort:not-allowed")
            a = r["avatar"]
            if not (1 <= len(a) <= 255 and AVATAR.match(a) and a.endswith((".png", ".jpg", ".jpeg", ".webp"))):
                row.append("avatar:path")
            out.append(row)
        return out
