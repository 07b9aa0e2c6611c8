"""Accounts: registration, login, refresh-token rotation with replay detection, logout."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth import passwords, repository
from winterarc.auth.models import RefreshToken, Role, User, WebSession
from winterarc.auth.tokens import (
    AccessClaims,
    TokenSigner,
    hash_refresh_token,
    new_refresh_token,
)
from winterarc.db.base import utcnow
from winterarc.kit.errors import Conflict, InvalidCredentials, InvalidInput, InvalidToken
from winterarc.kit.metrics import LOGINS
from winterarc.revocation import Denylist
from winterarc.settings import Settings, ensure_jwt_secret


@dataclass(frozen=True, slots=True)
class TokenPolicy:
    signer: TokenSigner
    refresh_ttl: timedelta
    reuse_grace: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> TokenPolicy:
        """The policy the settings describe; fails fast on a missing or weak secret."""
        return cls(
            signer=TokenSigner(
                secret=ensure_jwt_secret(settings),
                issuer=settings.jwt_issuer,
                audience=settings.jwt_audience,
                access_ttl=timedelta(seconds=settings.access_token_ttl_seconds),
            ),
            refresh_ttl=timedelta(seconds=settings.refresh_token_ttl_seconds),
            reuse_grace=timedelta(seconds=settings.refresh_reuse_grace_seconds),
        )


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    expires_in: int
    refresh_token: str
    refresh_expires_in: int


TAKEN = "That username is taken."
_USERNAME_CHARACTERS = re.compile(r"^[A-Za-z0-9_-]+$")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


async def signup_problems(
    session: AsyncSession, *, username: str, password: str, display_name: str
) -> dict[str, str]:
    """Every field's problem with a sign-up form at once, in plain words ({field: message});
    empty when the account can be created. The sign-up page shows them all beside the fields."""
    problems: dict[str, str] = {}
    name = username.strip()
    if not name:
        problems["username"] = "Choose a username."
    elif not 3 <= len(name) <= 32:
        problems["username"] = f"Use 3 to 32 characters (this one has {len(name)})."
    elif not _USERNAME_CHARACTERS.match(name):
        problems["username"] = 'Use only letters, digits, "-" and "_" (no spaces).'
    elif await repository.get_user_by_username(session, name) is not None:
        problems["username"] = TAKEN
    shown = display_name.strip()
    if len(shown) > 64:
        problems["display_name"] = f"Use at most 64 characters (this one has {len(shown)})."
    elif _CONTROL_CHARACTERS.search(shown):
        problems["display_name"] = "Use only printable characters."
    if not password:
        problems["password"] = "Choose a password."  # noqa: S105 (a message, not a secret)
    elif violations := passwords.policy_violations(password, name):
        problems["password"] = "The password " + " and ".join(violations) + "."
    return problems


async def register(
    session: AsyncSession,
    *,
    username: str,
    password: str,
    display_name: str | None = None,
    role: Role = Role.LEARNER,
) -> User:
    """Create an account after checking the password policy."""
    violations = passwords.policy_violations(password, username)
    if violations:
        raise InvalidInput(
            f"password: {'; '.join(violations)}",
            errors=[{"loc": ["body", "password"], "msg": v} for v in violations],
        )
    if await repository.get_user_by_username(session, username) is not None:
        raise Conflict("That username is taken.")
    user = User(
        username=username.lower(),
        display_name=display_name,
        password_hash=await passwords.hash_password(password),
        role=role.value,
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError:
        # A concurrent registration won the race for the same name.
        raise Conflict("That username is taken.") from None
    return user


async def authenticate(session: AsyncSession, *, username: str, password: str) -> User:
    """The user with these credentials; unknown user and wrong password look the same."""
    user = await repository.get_user_by_username(session, username.strip())
    if user is None:
        await passwords.spend_verification_time(password)
        LOGINS.labels("failure").inc()
        raise InvalidCredentials("Incorrect username or password.")
    ok, new_hash = await passwords.verify_password(password, user.password_hash)
    if not ok or not user.is_active:
        LOGINS.labels("failure").inc()
        raise InvalidCredentials("Incorrect username or password.")
    LOGINS.labels("success").inc()
    if new_hash is not None:
        user.password_hash = new_hash
    return user


async def issue_tokens(
    session: AsyncSession,
    policy: TokenPolicy,
    user: User,
    *,
    family_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> TokenPair:
    now = now or utcnow()
    raw = new_refresh_token()
    session.add(
        RefreshToken(
            user_id=user.id,
            family_id=family_id or uuid.uuid4(),
            token_hash=hash_refresh_token(raw),
            created_at=now,
            expires_at=now + policy.refresh_ttl,
        )
    )
    await session.flush()
    return TokenPair(
        access_token=policy.signer.issue(user_id=user.id, role=user.role, now=now),
        expires_in=int(policy.signer.access_ttl.total_seconds()),
        refresh_token=raw,
        refresh_expires_in=int(policy.refresh_ttl.total_seconds()),
    )


async def refresh(session: AsyncSession, policy: TokenPolicy, raw_token: str) -> TokenPair:
    """Rotate a refresh token. Replaying a used one revokes its whole family (RFC 9700)."""
    now = utcnow()
    token = await repository.get_refresh_token_for_update(session, hash_refresh_token(raw_token))
    if token is None or token.revoked_at is not None or token.expires_at <= now:
        raise InvalidToken("The refresh token is invalid or expired.")
    if token.used_at is not None:
        within_grace = now - _aware(token.used_at) <= policy.reuse_grace
        if within_grace and not await repository.family_has_used_successor(
            session, token.family_id, _aware(token.used_at)
        ):
            # A client retrying a refresh whose answer it lost: replace the unused successor.
            await repository.revoke_live_tokens(session, token.family_id, now)
        else:
            await repository.revoke_family(session, token.family_id, now)
            # The revocation must persist although the request fails.
            await session.commit()
            raise InvalidToken("The refresh token was already used; its session has been revoked.")
    token.used_at = now
    user = await repository.get_user(session, token.user_id)
    if user is None or not user.is_active:
        raise InvalidToken("The refresh token is invalid or expired.")
    return await issue_tokens(session, policy, user, family_id=token.family_id, now=now)


async def access_claims(
    session: AsyncSession, signer: TokenSigner, denylist: Denylist, token: str
) -> AccessClaims:
    """A valid access token's claims, unless it was revoked (logged out) before it expired."""
    claims = signer.verify(token)
    if await denylist.is_revoked(session, claims.token_id):
        raise InvalidToken("The access token has been revoked.")
    return claims


async def revoke_access_token(
    session: AsyncSession, signer: TokenSigner, denylist: Denylist, token: str
) -> None:
    """End an access token now; an invalid or expired one needs nothing."""
    try:
        claims = signer.verify(token)
    except InvalidToken:
        return
    await denylist.revoke(session, claims.token_id, claims.expires_at)


async def logout(session: AsyncSession, raw_token: str) -> None:
    """Revoke the session (token family) of this refresh token; unknown tokens are ignored."""
    token = await repository.get_refresh_token_for_update(session, hash_refresh_token(raw_token))
    if token is not None:
        await repository.revoke_family(session, token.family_id, utcnow())


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


async def start_web_session(session: AsyncSession, user: User, ttl: timedelta) -> str:
    """Log a browser in: the raw token goes in its cookie, only the hash is stored."""
    now = utcnow()
    await repository.delete_expired_web_sessions(session, user.id, now)
    raw = new_refresh_token()
    session.add(
        WebSession(
            user_id=user.id,
            token_hash=hash_refresh_token(raw),
            created_at=now,
            expires_at=now + ttl,
        )
    )
    await session.flush()
    return raw


async def web_session_user(session: AsyncSession, raw_token: str) -> User | None:
    """The user a session cookie belongs to; None when unknown, expired or deactivated."""
    return await repository.get_web_session_user(session, hash_refresh_token(raw_token), utcnow())


async def end_web_session(session: AsyncSession, raw_token: str) -> None:
    """Log a browser out; the cookie stops working at once."""
    await repository.delete_web_session(session, hash_refresh_token(raw_token))


async def set_time_zone(session: AsyncSession, user: User, time_zone: str) -> None:
    """The learner's day follows this IANA zone (already validated by the caller)."""
    await repository.set_time_zone(session, user.id, time_zone)
