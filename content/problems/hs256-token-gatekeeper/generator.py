"""One token per test: valid ones, tampered ones, foreign algorithms, clock edges, audiences."""
import base64
import hashlib
import hmac
import json
import random
import sys


def enc(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..8, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 8
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~"
    secret = "".join(rng.choice(letters) for _ in range(rng.randint(1, 64)))
    now = rng.randint(0, 2**40)
    audience = rng.choice(["orders-api", "billing", "https://api.example.com", "svc-" + str(seed)])
    claims = {"sub": f"user-{rng.randrange(10**6)}", "iat": now - rng.randint(0, 10**4),
              "scope": " ".join(rng.sample(["read", "write", "admin", "export", "audit"], 3)),
              "pad": "".join(rng.choice(letters) for _ in range(rng.randint(0, 2500)))}
    kind = seed % 8
    if kind != 5:
        claims["exp"] = now + rng.choice([-1, 0, 1, rng.randint(2, 10**6)])
    if rng.random() < 0.5:
        claims["nbf"] = now + rng.choice([-5, 0, 1, 0])
    if kind == 2:
        claims["aud"] = rng.sample([audience, audience + "-v2", "other", audience.upper()], 3)
    elif kind != 6:
        claims["aud"] = audience if rng.random() < 0.8 else audience[:-1]
    alg = "HS256"
    if kind == 3:
        alg = rng.choice(["none", "HS512", "RS256", "HS384", "hs256", "NONE"])
    header = {"alg": alg, "typ": "JWT"}
    h = enc(json.dumps(header).encode())
    p = enc(json.dumps(claims).encode())
    digest = hashlib.sha512 if alg == "HS512" else hashlib.sha256
    sig = enc(hmac.new(secret.encode(), f"{h}.{p}".encode(), digest).digest())
    if alg.lower() == "none":
        sig = ""
    token = f"{h}.{p}.{sig}"
    if kind == 4:  # privilege escalation attempt: edited claims, original signature
        forged = dict(claims, scope="admin", sub="user-0")
        token = f"{h}.{enc(json.dumps(forged).encode())}.{sig}"
    if kind == 7:
        token = token.replace(".", rng.choice(["..", ". ", ""]), 1)
    print(json.dumps({"args": [token, secret, now, audience]}))


main()
