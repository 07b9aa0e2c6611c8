"""The checks' evaluation of an identity-based IAM policy, after AWS's documented logic:
an explicit Deny wins, then any Allow, else the request is implicitly denied."""

import re


def _wildcard(pattern, text, *, ignore_case):
    """IAM wildcards: * any run of characters, ? one character (no other special characters)."""
    regex = "".join(
        ".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern
    )
    return re.fullmatch(regex, text, re.IGNORECASE | re.DOTALL if ignore_case else re.DOTALL) is not None


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _condition_holds(operator, key, wanted, context):
    """One operator-key pair: the request's value(s) against the policy's value(s)."""
    if_exists = operator.endswith("IfExists")
    base = operator.removesuffix("IfExists")
    qualifier, _, base = base.rpartition(":")
    present = key in context
    if not present:
        if if_exists:
            return True
        if base == "Null":
            return str(_as_list(wanted)[0]).lower() == "true"
        return base.startswith(("StringNot", "ArnNot")) or qualifier == "ForAllValues"
    if base == "Null":
        return str(_as_list(wanted)[0]).lower() == "false"
    values = [str(v) for v in _as_list(context[key])]
    patterns = [str(v) for v in _as_list(wanted)]

    def one(value):
        if base in ("StringEquals", "ArnEquals"):
            return value in patterns
        if base == "StringEqualsIgnoreCase":
            return value.lower() in (p.lower() for p in patterns)
        if base in ("StringLike", "ArnLike"):
            return any(_wildcard(p, value, ignore_case=False) for p in patterns)
        if base in ("StringNotEquals", "ArnNotEquals"):
            return value not in patterns
        if base in ("StringNotLike", "ArnNotLike"):
            return not any(_wildcard(p, value, ignore_case=False) for p in patterns)
        if base == "Bool":
            return value.lower() in (p.lower() for p in patterns)
        if base.startswith("Numeric"):
            number = float(value)
            limits = [float(p) for p in patterns]
            compare = {
                "NumericEquals": lambda a, b: a == b, "NumericNotEquals": lambda a, b: a != b,
                "NumericLessThan": lambda a, b: a < b, "NumericLessThanEquals": lambda a, b: a <= b,
                "NumericGreaterThan": lambda a, b: a > b,
                "NumericGreaterThanEquals": lambda a, b: a >= b,
            }[base]
            return any(compare(number, limit) for limit in limits)
        raise ValueError(f"the checks do not know the condition operator {operator}")

    if qualifier == "ForAllValues":
        return all(one(value) for value in values)
    return any(one(value) for value in values)


def _conditions_hold(block, context):
    return all(
        _condition_holds(operator, key, wanted, context)
        for operator, pairs in (block or {}).items()
        for key, wanted in pairs.items()
    )


def _applies(statement, action, resource, context):
    if "Action" in statement:
        if not any(_wildcard(p, action, ignore_case=True) for p in _as_list(statement["Action"])):
            return False
    elif any(_wildcard(p, action, ignore_case=True) for p in _as_list(statement.get("NotAction", []))):
        return False
    if "Resource" in statement:
        if not any(_wildcard(p, resource, ignore_case=False) for p in _as_list(statement["Resource"])):
            return False
    elif any(_wildcard(p, resource, ignore_case=False) for p in _as_list(statement.get("NotResource", []))):
        return False
    return _conditions_hold(statement.get("Condition"), context)


def decide(policy, action, resource, context=None):
    """"Allow", "ExplicitDeny" or "ImplicitDeny"."""
    context = context or {}
    statements = _as_list(policy.get("Statement", []))
    matching = [s for s in statements if isinstance(s, dict) and _applies(s, action, resource, context)]
    if any(s.get("Effect") == "Deny" for s in matching):
        return "ExplicitDeny"
    if any(s.get("Effect") == "Allow" for s in matching):
        return "Allow"
    return "ImplicitDeny"
