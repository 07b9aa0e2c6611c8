"""JWT access tokens and opaque refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from pydantic import SecretStr

from winterarc.db.base import utcnow
from winterarc.kit.errors import InvalidToken

ALGORITHM = "HS256"


@dataclass(frozen=True, slots=True)
class AccessClaims:
    user_id: int
    role: str
    token_id: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class TokenSigner:
    secret: SecretStr
    issuer: str
    audience: str
    access_ttl: timedelta

    def issue(self, *, user_id: int, role: str, now: datetime | None = None) -> str:
        issued = now or utcnow()
        claims = {
            "sub": str(user_id),
            "role": role,
            "typ": "access",
            "jti": uuid.uuid4().hex,
            "iss": self.issuer,
            "aud": self.audience,
            "iat": issued,
            "nbf": issued,
            "exp": issued + self.access_ttl,
        }
        return jwt.encode(claims, self.secret.get_secret_value(), algorithm=ALGORITHM)

    def verify(self, token: str) -> AccessClaims:
        try:
            # Pinning the algorithm list is what rejects "alg: none" and key-confusion tokens.
            claims = jwt.decode(
                token,
                self.secret.get_secret_value(),
                algorithms=[ALGORITHM],
                audience=self.audience,
                issuer=self.issuer,
                options={"require": ["exp", "iat", "sub", "iss", "aud", "jti"]},
                leeway=5,
            )
        except jwt.ExpiredSignatureError:
            raise InvalidToken("The access token has expired.") from None
        except jwt.InvalidTokenError:
            raise InvalidToken("The access token is invalid.") from None
        if claims.get("typ") != "access" or not str(claims["sub"]).isdigit():
            raise InvalidToken("The access token is invalid.")
        return AccessClaims(
            user_id=int(claims["sub"]),
            role=str(claims.get("role", "")),
            token_id=str(claims["jti"]),
            expires_at=datetime.fromtimestamp(claims["exp"]).astimezone(),
        )


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def hash_refresh_token(token: str) -> str:
    """Refresh tokens are stored only as SHA-256: a database leak yields no usable token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
