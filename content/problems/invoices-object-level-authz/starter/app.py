"""Invoices API: every user keeps their own invoices; admins can look at everyone's."""

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Header, HTTPException, Response, status

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


def check_invoice(invoice: dict[str, Any]) -> None:
    """422 unless the invoice has a customer name and a positive amount."""
    if not isinstance(invoice.get("customer"), str) or not invoice["customer"].strip():
        raise HTTPException(status_code=422, detail="customer must be a non-empty string")
    amount = invoice.get("amount_cents")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise HTTPException(status_code=422, detail="amount_cents must be a positive integer")


def find_invoice(invoice_id: int) -> dict[str, Any]:
    invoice = INVOICES.get(invoice_id)
    if invoice is None:
        raise HTTPException(status_code=404, detail="no such invoice")
    return invoice


@app.get("/invoices")
def list_invoices(user: User) -> list[dict[str, Any]]:
    return list(INVOICES.values())


@app.post("/invoices", status_code=201)
def create_invoice(user: User, body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    global next_invoice_id
    invoice = {"id": next_invoice_id, "owner_id": user["id"], "status": "draft", **body}
    check_invoice(invoice)
    INVOICES[next_invoice_id] = invoice
    next_invoice_id += 1
    return invoice


@app.get("/invoices/{invoice_id}")
def read_invoice(invoice_id: int, user: User) -> dict[str, Any]:
    return find_invoice(invoice_id)


@app.patch("/invoices/{invoice_id}")
def update_invoice(
    invoice_id: int, user: User, body: Annotated[dict[str, Any], Body()]
) -> dict[str, Any]:
    invoice = find_invoice(invoice_id)
    check_invoice({**invoice, **body})
    invoice.update(body)
    return invoice


@app.delete("/invoices/{invoice_id}", status_code=204)
def delete_invoice(invoice_id: int, user: User) -> Response:
    find_invoice(invoice_id)
    del INVOICES[invoice_id]
    return Response(status_code=204)


@app.get("/me")
def read_me(user: User) -> dict[str, Any]:
    return user


@app.patch("/me")
def update_me(user: User, body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    user.update(body)
    return user


@app.get("/admin/users")
def list_users(user: User) -> list[dict[str, Any]]:
    return list(USERS.values())
