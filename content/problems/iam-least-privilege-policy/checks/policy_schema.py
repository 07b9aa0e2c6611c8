"""The shape of an identity-based IAM policy document (a focused subset of the grammar)."""

STRING_OR_LIST = {
    "oneOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
    ]
}
CONDITION = {
    "type": "object",
    "propertyNames": {"pattern": r"^((ForAnyValue|ForAllValues):)?[A-Za-z]+(IfExists)?$"},
    "additionalProperties": {
        "type": "object",
        "minProperties": 1,
        "additionalProperties": {
            "oneOf": [
                {"type": ["string", "boolean", "number"]},
                {"type": "array", "minItems": 1, "items": {"type": ["string", "boolean", "number"]}},
            ]
        },
    },
}
STATEMENT = {
    "type": "object",
    "properties": {
        "Sid": {"type": "string", "pattern": "^[A-Za-z0-9]*$"},
        "Effect": {"enum": ["Allow", "Deny"]},
        "Action": STRING_OR_LIST,
        "NotAction": STRING_OR_LIST,
        "Resource": STRING_OR_LIST,
        "NotResource": STRING_OR_LIST,
        "Condition": CONDITION,
    },
    "required": ["Effect"],
    "oneOf": [{"required": ["Action"]}, {"required": ["NotAction"]}],
    "allOf": [{"oneOf": [{"required": ["Resource"]}, {"required": ["NotResource"]}]}],
    "additionalProperties": False,
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "Version": {"const": "2012-10-17"},
        "Id": {"type": "string"},
        "Statement": {"oneOf": [STATEMENT, {"type": "array", "minItems": 1, "items": STATEMENT}]},
    },
    "required": ["Version", "Statement"],
    "additionalProperties": False,
}
