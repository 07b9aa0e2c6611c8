"""Batches of sign-up requests: honest users, typos, look-alikes, injection and traversal payloads."""
import json
import random
import sys

ATTACKS = [
    "' OR '1'='1", "admin'--", "x; DROP TABLE users;--", "1 UNION SELECT password FROM users",
    "../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "%2e%2e%2f%2e%2e%2fetc", "a/../../b.png",
    "<script>alert(1)</script>", "name\n", "alice\n", "${jndi:ldap://x}", "{{7*7}}", "a\x00b.png",
    "аdmin", "ｒｏｏｔ", "name DESC", "price,(SELECT 1)", "-name--", "avatars//x.png", "x.png/",
]
WORDS = ["maria", "li", "omar", "sven", "keiko", "ada", "zoe", "ravi", "noor", "theo"]


def username(rng):
    r = rng.random()
    if r < 0.6:
        return rng.choice(WORDS) + rng.choice(["", "_", "_dev", str(rng.randrange(1000))])
    if r < 0.7:
        return rng.choice(["admin", "root", "support", "system", "null", "Admin"])
    if r < 0.8:
        return rng.choice(WORDS).capitalize()
    if r < 0.85:
        return "x" * rng.choice([1, 2, 3, 20, 21, 40])
    return rng.choice(ATTACKS)


def email(rng):
    r = rng.random()
    local = rng.choice(WORDS) + rng.choice(["", ".k", "+news", "_1", "-x"])
    domain = rng.choice(["example.com", "mail.example.org", "uni.ac.uk", "x-y.io"])
    if r < 0.65:
        return f"{local}@{domain}"
    if r < 0.85:
        return rng.choice([f"{local}@@{domain}", f".{local}@{domain}", f"{local}.@{domain}",
                           f"{local}@localhost", f"{local}@{domain}.", f"{local}@-{domain}",
                           f"{local}@{domain}\n", f"{local}@{domain[:-3]}c0m", f"{local} @{domain}",
                           f"{local}@bücher.de", f"{local}..x@{domain}", local])
    return rng.choice(ATTACKS)


def sort_field(rng):
    r = rng.random()
    if r < 0.7:
        return rng.choice(["created_at", "-created_at", "name", "-name", "price", "-price"])
    if r < 0.85:
        return rng.choice(["Name", "rating", "id", "-id", " name", "price ", "--price", ""])
    return rng.choice(ATTACKS)


def avatar(rng):
    r = rng.random()
    if r < 0.65:
        depth = rng.randint(0, 7)
        parts = [rng.choice(["avatars", "u", str(rng.randrange(10**6)), "2024", "img"]) for _ in range(depth)]
        name = rng.choice(WORDS) + rng.choice([".png", ".jpg", ".jpeg", ".webp"])
        return "/".join(parts + [name])
    if r < 0.85:
        return rng.choice(["face.gif", "face.PNG", ".face.png", "face.png.exe", "face", "a/b/c/d/e/f/g/h/i.png",
                           "avatars/./x.png", "C:\\x.png", "~/x.png", "x" * 70 + ".png", "sp ace.png"])
    return rng.choice(ATTACKS)


def extreme(rng):
    """Named mode (seed 30): 10^4 records; emails at the limits: local parts of 20..64 allowed
    characters ending in one refused one (the worst case of a backtracking regex), 64- and
    65-character local parts, 254 and 255 characters in all."""
    out = []
    for i in range(10**4):
        kind = i % 4
        local = "".join(rng.choice("ab1_+-") for _ in range(rng.randint(20, 64)))
        if kind == 0:
            mail = local + rng.choice("!,'\"\n\u00e9") + "@example.com"
        elif kind == 1:
            mail = local[:63] + rng.choice("ab") + rng.choice(["", "c"]) + "@example.com"
        elif kind == 2:
            labels = ["d" * 63, "d" * 63, "d" * 63, "c" * rng.choice([59, 60])]
            mail = "a@" + ".".join(labels)  # 254 characters or 255
        else:
            mail = local + "@" + local.replace("_", "x").replace("+", "y") + ".com"
        out.append({"username": username(rng), "email": mail, "sort": sort_field(rng), "avatar": avatar(rng)})
    return out


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        print(json.dumps({"args": [extreme(rng)]}))
        return
    n = rng.randint(5, 30) if seed <= 3 else (1000 if seed <= 6 else 10**4)
    records = [{"username": username(rng), "email": email(rng), "sort": sort_field(rng), "avatar": avatar(rng)}
               for _ in range(n)]
    print(json.dumps({"args": [records]}))


main()
