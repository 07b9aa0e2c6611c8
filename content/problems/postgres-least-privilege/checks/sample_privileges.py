"""A model of PostgreSQL's roles and privileges, enough to run roles.sql (shown to learners).

The checks run your script against this model of the `shop` database instead of a real server
(there is no PostgreSQL in the sandbox), then ask what each role can do. It follows PostgreSQL's
rules for the statements below; anything else is refused with a message.

    CREATE ROLE | USER | GROUP name [WITH] option ...     ALTER ROLE name [WITH] option ...
        options: LOGIN NOLOGIN INHERIT NOINHERIT SUPERUSER NOSUPERUSER CREATEDB NOCREATEDB
                 CREATEROLE NOCREATEROLE REPLICATION NOREPLICATION BYPASSRLS NOBYPASSRLS
                 [ENCRYPTED] PASSWORD 'x' | NULL, VALID UNTIL 'x', CONNECTION LIMIT n,
                 IN ROLE r, ...
    DROP ROLE [IF EXISTS] name, ...
    GRANT privilege [(column, ...)], ... ON target TO role, ... [WITH GRANT OPTION]
    REVOKE [GRANT OPTION FOR] privilege [(column, ...)], ... ON target FROM role, ... [CASCADE | RESTRICT]
        target: [TABLE] shop.t, ... | ALL TABLES IN SCHEMA s, ... | SEQUENCE shop.s, ...
                | ALL SEQUENCES IN SCHEMA s, ... | SCHEMA s, ... | DATABASE d, ...
    GRANT role, ... TO role, ... [WITH ADMIN OPTION]      REVOKE role, ... FROM role, ...
    ALTER DEFAULT PRIVILEGES [FOR ROLE r, ...] [IN SCHEMA s, ...]
        GRANT ... ON TABLES | SEQUENCES TO ... / REVOKE ... ON TABLES | SEQUENCES FROM ...
    SET ROLE r | RESET ROLE | BEGIN | COMMIT        (and -- or /* */ comments)

The script runs as the superuser `postgres`, connected to the database `shop`, whose search_path
does not include the schema `shop`: write table names as `shop.orders`.
"""

import re

import pytest

DATABASE = "shop"
SCHEMA = "shop"
TABLES = {
    "customers": ["id", "email", "name", "password_hash", "created_at"],
    "products": ["id", "name", "price"],
    "orders": ["id", "customer_id", "status", "created_at"],
    "order_lines": ["order_id", "product_id", "quantity", "unit_price"],
    "audit_log": ["id", "at", "actor", "action"],
}
SEQUENCES = ["customers_id_seq", "products_id_seq", "orders_id_seq", "audit_log_id_seq"]
KINDS = {
    "table": {"select", "insert", "update", "delete", "truncate", "references", "trigger"},
    "sequence": {"usage", "select", "update"},
    "schema": {"usage", "create"},
    "database": {"connect", "create", "temporary"},
}
FLAGS = {"login", "inherit", "superuser", "createdb", "createrole", "replication", "bypassrls"}


class ScriptError(Exception):
    """What PostgreSQL (or this model) would say about a statement."""


class Database:
    """Roles, objects, grants and default privileges of the `shop` database."""

    def __init__(self):
        self.roles = {
            "postgres": {"login": True, "inherit": True, "superuser": True, "createdb": True,
                         "createrole": True, "replication": True, "bypassrls": True},
            "migrator": {"login": True, "inherit": True, "superuser": False, "createdb": False,
                         "createrole": False, "replication": False, "bypassrls": False},
        }  # fmt: skip
        self.members = {}  # role -> the roles it is a member of
        self.owner = {("database", DATABASE): "postgres", ("schema", SCHEMA): "migrator"}
        self.columns = {}
        for table, columns in TABLES.items():
            self.add_object("table", f"{SCHEMA}.{table}", "migrator", columns, defaults=False)
        for sequence in SEQUENCES:
            self.add_object("sequence", f"{SCHEMA}.{sequence}", "migrator", defaults=False)
        self.grants = {}  # (kind, name, grantee) -> privileges
        self.column_grants = {}  # (table, column, grantee) -> privileges
        self.defaults = []  # (creator, schema or None, kind, privileges, grantee, grant?)
        # PostgreSQL's defaults, and the schema's history: it was created with
        # GRANT ALL ON SCHEMA shop TO PUBLIC, years ago.
        self.grant("database", DATABASE, "public", {"connect", "temporary"})
        self.grant("schema", SCHEMA, "public", {"usage", "create"})
        self.current = "postgres"

    # -- objects ----------------------------------------------------------------------------

    def add_object(self, kind, name, creator, columns=None, *, defaults=True):
        """An object created by `creator` (it owns it), with the default privileges it gets."""
        self.owner[(kind, name)] = creator
        if columns is not None:
            self.columns[name] = list(columns)
        if not defaults:
            return
        schema = name.split(".")[0]
        for who, where, what, privileges, grantee, grant in self.defaults:
            if who == creator and what == kind and where in (None, schema):
                if grant:
                    self.grant(kind, name, grantee, privileges)
                else:
                    self.revoke(kind, name, grantee, privileges)

    def grant(self, kind, name, grantee, privileges):
        self.grants.setdefault((kind, name, grantee), set()).update(privileges)

    def revoke(self, kind, name, grantee, privileges):
        self.grants.get((kind, name, grantee), set()).difference_update(privileges)
        if kind == "table":  # revoking on a table revokes it on every column too
            for column in self.columns.get(name, []):
                self.column_grants.get((name, column, grantee), set()).difference_update(
                    privileges
                )

    # -- questions the checks ask -----------------------------------------------------------

    def role(self, name):
        if name not in self.roles:
            raise KeyError(name)
        return self.roles[name]

    def effective_roles(self, name):
        """The role, every role whose privileges it inherits, and PUBLIC."""
        found, todo = {name}, [name]
        while todo:
            current = todo.pop()
            if not self.roles.get(current, {}).get("inherit", True):
                continue
            for parent in self.members.get(current, set()):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found | {"public"}

    def member_of(self, role, group):
        return group in self.effective_roles(role) - {"public"}

    def has(self, role, kind, name, privilege, column=None):
        """Whether `role` holds `privilege` on the object (or on one column of a table)."""
        if self.roles.get(role, {}).get("superuser"):
            return True
        everyone = self.effective_roles(role)
        if self.owner.get((kind, name)) in everyone:
            return True
        for who in everyone:
            if privilege in self.grants.get((kind, name, who), set()):
                return True
            if column is not None and privilege in self.column_grants.get((name, column, who), ()):
                return True
        return False

    def can_use_table(self, role, table, privilege, columns=None):
        """Whether `role` can really run it: CONNECT to the database, USAGE on the schema, and
        the privilege on the table (or on each of `columns`)."""
        name = f"{SCHEMA}.{table}"
        if not self.has(role, "database", DATABASE, "connect"):
            return False
        if not self.has(role, "schema", SCHEMA, "usage"):
            return False
        if self.has(role, "table", name, privilege):
            return True
        return bool(columns) and all(
            self.has(role, "table", name, privilege, column) for column in columns
        )

    def can_use_sequence(self, role, sequence):
        name = f"{SCHEMA}.{sequence}"
        return (
            self.has(role, "database", DATABASE, "connect")
            and self.has(role, "schema", SCHEMA, "usage")
            and (self.has(role, "sequence", name, "usage") or self.has(role, "sequence", name, "update"))
        )  # fmt: skip


# -- the script ------------------------------------------------------------------------------

TOKEN = re.compile(
    r"\s+|(?P<quoted>\"(?:[^\"]|\"\")*\")|(?P<string>'(?:[^']|'')*')"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_$]*)|(?P<number>\d+)|(?P<punct>[(),.;*=])"
)


def statements(script):
    """The script's statements, as lists of tokens (words lowercased, quoted names kept)."""
    script = re.sub(r"/\*.*?\*/", " ", script, flags=re.S)
    found, current, position = [], [], 0
    while position < len(script):
        if script.startswith("--", position):
            end = script.find("\n", position)
            position = len(script) if end < 0 else end
            continue
        match = TOKEN.match(script, position)
        if match is None:
            raise ScriptError(f"cannot read the script near: {script[position:position + 30]!r}")
        position = match.end()
        if match.lastgroup is None:
            continue
        text = match.group(match.lastgroup)
        if match.lastgroup == "punct" and text == ";":
            if current:
                found.append(current)
            current = []
        elif match.lastgroup == "quoted":
            current.append(("name", text[1:-1].replace('""', '"')))
        elif match.lastgroup == "word":
            current.append(("word", text.lower()))
        else:
            current.append((match.lastgroup, text))
    if current:
        found.append(current)
    return found


class Statement:
    """A cursor over one statement's tokens."""

    def __init__(self, tokens):
        self.tokens, self.position = tokens, 0
        self.text = " ".join(value for _, value in tokens)

    def peek(self, offset=0):
        index = self.position + offset
        return self.tokens[index][1] if index < len(self.tokens) else None

    def take(self, *words):
        if self.peek() in words and self.tokens[self.position][0] == "word":
            self.position += 1
            return True
        return False

    def expect(self, *words):
        if not self.take(*words):
            raise ScriptError(f"expected {' or '.join(w.upper() for w in words)} in: {self.text}")

    def done(self):
        return self.position >= len(self.tokens)

    def name(self):
        if self.done() or self.tokens[self.position][0] not in ("word", "name"):
            raise ScriptError(f"expected a name in: {self.text}")
        value = self.tokens[self.position][1]
        self.position += 1
        return value

    def qualified(self):
        first = self.name()
        if self.peek() == ".":
            self.position += 1
            return f"{first}.{self.name()}"
        return first

    def names(self, read=None):
        read = read or self.name
        found = [read()]
        while self.peek() == ",":
            self.position += 1
            found.append(read())
        return found

    def string(self):
        if self.done() or self.tokens[self.position][0] not in ("string", "number"):
            raise ScriptError(f"expected a value in: {self.text}")
        self.position += 1

    def end(self):
        if not self.done():
            raise ScriptError(f"unexpected {self.peek()!r} in: {self.text}")


def run(db, script):
    """Run the script on the model, statement by statement, as PostgreSQL would."""
    for tokens in statements(script):
        statement = Statement(tokens)
        try:
            _execute(db, statement)
        except ScriptError:
            raise
        except KeyError as error:
            raise ScriptError(f"role {error.args[0]} does not exist: {statement.text}") from None


def _execute(db, s):
    if s.take("begin", "commit", "start", "end"):
        return
    if s.take("set"):
        s.expect("role")
        role = s.name()
        if role != "none" and role not in db.roles:
            raise ScriptError(f"role {role} does not exist")
        db.current = "postgres" if role == "none" else role
        return s.end()
    if s.take("reset"):
        s.expect("role")
        db.current = "postgres"
        return s.end()
    if s.take("create"):
        if not s.take("role", "user", "group"):
            raise ScriptError(f"this lab's script creates roles only: {s.text}")
        login = s.tokens[s.position - 1][1] == "user"
        _need_createrole(db)
        name = s.name()
        if name in db.roles or name == "public":
            raise ScriptError(f"role {name} already exists")
        db.roles[name] = {"login": login, "inherit": True, "superuser": False,
                          "createdb": False, "createrole": False, "replication": False,
                          "bypassrls": False}  # fmt: skip
        return _options(db, s, name)
    if s.take("alter"):
        if s.take("role", "user", "group"):
            _need_createrole(db)
            name = s.name()
            db.role(name)
            return _options(db, s, name)
        if s.take("default"):
            s.expect("privileges")
            return _default_privileges(db, s)
        raise ScriptError(f"this lab's script alters roles and default privileges only: {s.text}")
    if s.take("drop"):
        s.expect("role", "user", "group")
        _need_createrole(db)
        missing_ok = False
        if s.take("if"):
            s.expect("exists")
            missing_ok = True
        for name in s.names():
            if name not in db.roles and not missing_ok:
                raise ScriptError(f"role {name} does not exist")
            db.roles.pop(name, None)
        return s.end()
    if s.take("grant"):
        return _grant_or_revoke(db, s, grant=True)
    if s.take("revoke"):
        return _grant_or_revoke(db, s, grant=False)
    raise ScriptError(f"this lab does not run {s.peek()!r} statements: {s.text}")


def _need_createrole(db):
    if not (db.roles[db.current]["superuser"] or db.roles[db.current]["createrole"]):
        raise ScriptError(f"permission denied to create or alter roles (as {db.current})")


def _options(db, s, name):
    role = db.roles[name]
    s.take("with")
    while not s.done():
        word = s.name()
        if word in FLAGS:
            role[word] = True
        elif word.startswith("no") and word[2:] in FLAGS:
            role[word[2:]] = False
        elif word in ("password", "encrypted"):
            if word == "encrypted":
                s.expect("password")
            if not s.take("null"):
                s.string()
        elif word == "valid":
            s.expect("until")
            s.string()
        elif word == "connection":
            s.expect("limit")
            s.string()
        elif word == "in":
            s.expect("role", "group")
            for group in s.names():
                db.role(group)
                db.members.setdefault(name, set()).add(group)
        else:
            raise ScriptError(f"unknown role option {word.upper()} in: {s.text}")


def _privileges(s):
    """[(privilege, columns or None)], up to ON (None for a GRANT of roles)."""
    found = []
    while True:
        word = s.name()
        if word == "all":
            s.take("privileges")
            word = "all"
        elif word == "temp":
            word = "temporary"
        columns = None
        if s.peek() == "(":
            s.position += 1
            columns = s.names()
            if s.peek() != ")":
                raise ScriptError(f"expected ) in: {s.text}")
            s.position += 1
        found.append((word, columns))
        if s.peek() != ",":
            return found
        s.position += 1


def _targets(db, s):
    """(kind, [object names]) after ON."""
    if s.take("all"):
        kind = "table" if s.take("tables") else "sequence" if s.take("sequences") else None
        if kind is None:
            raise ScriptError(f"ALL TABLES or ALL SEQUENCES IN SCHEMA ...: {s.text}")
        s.expect("in")
        s.expect("schema")
        schemas = s.names()
        return kind, [name for (k, name) in db.owner if k == kind and name.split(".")[0] in schemas]
    if s.take("schema"):
        kind = "schema"
    elif s.take("database"):
        kind = "database"
    elif s.take("sequence"):
        kind = "sequence"
    else:
        s.take("table")
        kind = "table"
    names = s.names(s.qualified) if kind in ("table", "sequence") else s.names()
    for name in names:
        if (kind, name) not in db.owner:
            hint = ""
            if "." not in name and (kind, f"{SCHEMA}.{name}") in db.owner:
                hint = f": the search_path does not include {SCHEMA}, write {SCHEMA}.{name}"
            raise ScriptError(f"{kind} {name} does not exist{hint}")
    return kind, names


def _check_privileges(kind, privileges, s):
    expanded = set()
    for privilege, columns in privileges:
        if privilege == "all":
            if columns:
                raise ScriptError(f"ALL with columns is not supported here: {s.text}")
            expanded |= KINDS[kind]
        elif privilege not in KINDS[kind]:
            raise ScriptError(f"invalid privilege type {privilege.upper()} for {kind}: {s.text}")
        elif columns and kind != "table":
            raise ScriptError(f"column privileges are for tables only: {s.text}")
        elif not columns:
            expanded.add(privilege)
    return expanded


def _grantees(db, s):
    found = []
    for name in s.names():
        if name != "public":
            db.role(name)
        found.append(name)
    return found


def _grant_or_revoke(db, s, grant):
    grant_option_for = False
    if not grant and s.take("grant"):
        s.expect("option")
        s.expect("for")
        grant_option_for = True
    start = s.position
    words = [value for _, value in s.tokens[start:]]
    if "on" not in words:  # GRANT role TO role / REVOKE role FROM role
        groups = s.names()
        s.expect("to" if grant else "from")
        for member in s.names():
            db.role(member)
            for group in groups:
                db.role(group)
                if grant:
                    if db.member_of(group, member):
                        raise ScriptError(f"{group} is a member of {member}: a loop")
                    db.members.setdefault(member, set()).add(group)
                else:
                    db.members.get(member, set()).discard(group)
        if grant and s.take("with"):
            s.expect("admin")
            s.expect("option")
        return s.end()
    privileges = _privileges(s)
    s.expect("on")
    kind, names = _targets(db, s)
    table_level = _check_privileges(kind, privileges, s)
    s.expect("to" if grant else "from")
    grantees = _grantees(db, s)
    if grant and s.take("with"):
        s.expect("grant")
        s.expect("option")
    if not grant:
        s.take("cascade", "restrict")
    s.end()
    if grant_option_for:
        return
    for name in names:
        owner = db.owner[(kind, name)]
        if not db.roles[db.current]["superuser"] and owner not in db.effective_roles(db.current):
            raise ScriptError(f"permission denied for {kind} {name} (as {db.current})")
        for grantee in grantees:
            if grant:
                db.grant(kind, name, grantee, table_level)
            else:
                db.revoke(kind, name, grantee, table_level)
            for privilege, columns in privileges:
                for column in columns or []:
                    if column not in db.columns.get(name, []):
                        raise ScriptError(f"column {column} of {name} does not exist")
                    held = db.column_grants.setdefault((name, column, grantee), set())
                    (held.add if grant else held.discard)(privilege)


def _default_privileges(db, s):
    creators = [db.current]
    schemas = [None]
    if s.take("for"):
        s.expect("role", "user")
        creators = s.names()
        for creator in creators:
            db.role(creator)
    if s.take("in"):
        s.expect("schema")
        schemas = s.names()
    grant = s.take("grant")
    if not grant:
        s.expect("revoke")
        if s.take("grant"):
            s.expect("option")
            s.expect("for")
    privileges = _privileges(s)
    s.expect("on")
    kind = "table" if s.take("tables") else "sequence" if s.take("sequences") else None
    if kind is None:
        raise ScriptError(f"default privileges ON TABLES or ON SEQUENCES: {s.text}")
    expanded = _check_privileges(kind, privileges, s)
    if any(columns for _, columns in privileges):
        raise ScriptError(f"default privileges cannot name columns: {s.text}")
    s.expect("to" if grant else "from")
    grantees = _grantees(db, s)
    if grant and s.take("with"):
        s.expect("grant")
        s.expect("option")
    if not grant:
        s.take("cascade", "restrict")
    s.end()
    for creator in creators:
        for schema in schemas:
            for grantee in grantees:
                db.defaults.append((creator, schema, kind, expanded, grantee, grant))


def load(lab):
    """The shop database after roles.sql, or a failed check saying which statement broke."""
    db = Database()
    try:
        run(db, lab.files["roles.sql"])
    except ScriptError as error:
        pytest.fail(f"roles.sql: {error}")
    return db
