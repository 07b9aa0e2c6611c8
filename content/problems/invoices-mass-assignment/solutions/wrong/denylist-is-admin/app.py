# Caught by test_cannot_upgrade_your_own_plan: a deny-list refuses is_admin, and the fields
# nobody thought of (plan) still go straight into the user record.
"""Invoices API: every user keeps their own invoices; admins can look at everyone's."""

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Response, status
from pydantic import BaseModel, ConfigDict, Field

app = FastAPI()

USERS: dict[int, dict[str, Any]] = {
    1: {"id": 1, "username": "alice", "display_name": "Alice", "email": "alice@example.com",
        "plan": "free", "is_admin": False, "token": "alice-token-3b1f",
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$YWxpY2VzYWx0$Ul0BSv0mRsm3d3Wc2Y0m7Q"},
    2: {"id": 2, "username": "bob", "display_name": "Bob", "email": "bob@example.com",
        "plan": "pro", "is_admin": False, "token": "bob-token-9c2e",
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$Ym9ic2FsdHNhbHQ$3sFJ0bC2q8pZ3Xc0d1Uq9w"},
    3: {"id": 3, "username": "carol", "display_name": "Carol", "email": "carol@example.com",
        "plan": "pro", "is_admin": True, "token": "carol-token-admin-77d0",
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$Y2Fyb2xzYWx0$0qv7c3Jb9R2m4Kq1a8Zt2g"},
}
INVOICES: dict[int, dict[str, Any]] = {
    1: {"id": 1, "owner_id": 1, "customer": "Acme Ltd", "amount_cents": 120000, "status": "sent"},
    2: {"id": 2, "owner_id": 1, "customer": "Globex", "amount_cents": 45000, "status": "draft"},
    3: {"id": 3, "owner_id": 2, "customer": "Initech", "amount_cents": 990000, "status": "sent"},
    4: {"id": 4, "owner_id": 3, "customer": "Umbrella", "amount_cents": 5000, "status": "paid"},
}
next_invoice_id = 5


def current_user(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """The user whose bearer token came with the request; 401 without a valid one."""
    scheme, _, token = (authorization or "").partition(" ")
    for user in USERS.values():
        if scheme.lower() == "bearer" and token and token == user["token"]:
            return user
    raise HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="a valid bearer token is required",
        headers={"WWW-Authenticate": "Bearer"},
    )


User = Annotated[dict[str, Any], Depends(current_user)]


# What a client may send: only the fields it may set, anything else is a 422.
class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InvoiceCreate(Strict):
    customer: str = Field(min_length=1, max_length=100)
    amount_cents: int = Field(gt=0)


class InvoiceUpdate(Strict):
    customer: str | None = Field(default=None, min_length=1, max_length=100)
    amount_cents: int | None = Field(default=None, gt=0)


class ProfileUpdate(Strict):
    display_name: str | None = Field(default=None, min_length=1, max_length=50)
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


# What a client may see of a user: never the token or the password hash.
class UserOut(BaseModel):
    id: int
    username: str
    display_name: str
    email: str
    plan: str
    is_admin: bool


def authorized_invoice(invoice_id: int, user: dict[str, Any], *, write: bool) -> dict[str, Any]:
    """The invoice if `user` may read it (or change it, with write=True).

    The one place that decides. Another user's invoice is answered like a missing one (404),
    so ids cannot be probed; an admin may read any invoice but change only their own (403).
    """
    invoice = INVOICES.get(invoice_id)
    if invoice is not None:
        if invoice["owner_id"] == user["id"]:
            return invoice
        if user["is_admin"]:
            if not write:
                return invoice
            raise HTTPException(status_code=403, detail="admins may not change others' invoices")
    raise HTTPException(status_code=404, detail="no such invoice")


def admin(user: User) -> dict[str, Any]:
    """Function-level authorisation: the route is for admins only."""
    if not user["is_admin"]:
        raise HTTPException(status_code=403, detail="admins only")
    return user


@app.get("/invoices")
def list_invoices(user: User) -> list[dict[str, Any]]:
    return [invoice for invoice in INVOICES.values() if invoice["owner_id"] == user["id"]]


@app.post("/invoices", status_code=201)
def create_invoice(user: User, body: InvoiceCreate) -> dict[str, Any]:
    global next_invoice_id
    # The server decides id, owner and status; the body only brings what the client may set.
    invoice = {"id": next_invoice_id, "owner_id": user["id"], "status": "draft"}
    invoice.update(body.model_dump())
    INVOICES[next_invoice_id] = invoice
    next_invoice_id += 1
    return invoice


@app.get("/invoices/{invoice_id}")
def read_invoice(invoice_id: int, user: User) -> dict[str, Any]:
    return authorized_invoice(invoice_id, user, write=False)


@app.patch("/invoices/{invoice_id}")
def update_invoice(invoice_id: int, user: User, body: InvoiceUpdate) -> dict[str, Any]:
    invoice = authorized_invoice(invoice_id, user, write=True)
    invoice.update(body.model_dump(exclude_unset=True))  # only the fields the client sent
    return invoice


@app.delete("/invoices/{invoice_id}", status_code=204)
def delete_invoice(invoice_id: int, user: User) -> Response:
    authorized_invoice(invoice_id, user, write=True)
    del INVOICES[invoice_id]
    return Response(status_code=204)


@app.get("/me", response_model=UserOut)
def read_me(user: User) -> dict[str, Any]:
    return user


FORBIDDEN_PROFILE_FIELDS = {"is_admin", "id", "username", "token", "password_hash"}


@app.patch("/me", response_model=UserOut)
def update_me(user: User, body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    if FORBIDDEN_PROFILE_FIELDS & body.keys():
        raise HTTPException(status_code=422, detail="you may not change these fields")
    ProfileUpdate.model_validate({k: v for k, v in body.items() if k != "plan"})  # checks types
    user.update(body)
    return user


@app.get("/admin/users", response_model=list[UserOut])
def list_users(user: Annotated[dict[str, Any], Depends(admin)]) -> list[dict[str, Any]]:
    return list(USERS.values())
