"""A focused subset of the GitHub Actions workflow syntax, as a JSON Schema.

Unknown keys are errors, as GitHub reports them ("Unexpected value 'need'"): a misspelled
`need:` would otherwise be dropped and the jobs would run in parallel.
"""

STRINGS = {"type": "array", "items": {"type": "string"}}
STRING_OR_LIST = {"oneOf": [{"type": "string"}, STRINGS]}
SCALAR = {"type": ["string", "number", "boolean"]}
ENV = {"type": "object", "additionalProperties": SCALAR}
CONDITION = {"type": ["string", "boolean"]}
PERMISSION_LEVEL = {"enum": ["read", "write", "none"]}
PERMISSIONS = {
    "oneOf": [
        {"enum": ["read-all", "write-all"]},
        {
            "type": "object",
            "propertyNames": {
                "enum": [
                    "actions", "attestations", "checks", "contents", "deployments",
                    "id-token", "issues", "discussions", "packages", "pages",
                    "pull-requests", "repository-projects", "security-events", "statuses",
                ]
            },
            "additionalProperties": PERMISSION_LEVEL,
        },
    ]
}
STEP = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "if": CONDITION,
        "uses": {"type": "string"},
        "run": {"type": "string"},
        "shell": {"type": "string"},
        "with": {"type": "object", "additionalProperties": SCALAR},
        "env": ENV,
        "working-directory": {"type": "string"},
        "continue-on-error": {"type": ["boolean", "string"]},
        "timeout-minutes": {"type": ["number", "string"]},
    },
    "oneOf": [{"required": ["uses"]}, {"required": ["run"]}],
    "additionalProperties": False,
}
SERVICE = {
    "type": "object",
    "properties": {
        "image": {"type": "string"},
        "env": ENV,
        "ports": {"type": "array", "items": {"type": ["string", "integer"]}},
        "options": {"type": "string"},
        "volumes": STRINGS,
        "credentials": {"type": "object"},
    },
    "required": ["image"],
    "additionalProperties": False,
}
JOB = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "needs": STRING_OR_LIST,
        "if": CONDITION,
        "runs-on": {"oneOf": [{"type": "string"}, STRINGS, {"type": "object"}]},
        "permissions": PERMISSIONS,
        "environment": {"oneOf": [{"type": "string"}, {"type": "object"}]},
        "concurrency": {"oneOf": [{"type": "string"}, {"type": "object"}]},
        "outputs": {"type": "object", "additionalProperties": {"type": "string"}},
        "env": ENV,
        "defaults": {"type": "object"},
        "steps": {"type": "array", "minItems": 1, "items": STEP},
        "timeout-minutes": {"type": ["number", "string"]},
        "strategy": {"type": "object"},
        "continue-on-error": {"type": ["boolean", "string"]},
        "container": {"oneOf": [{"type": "string"}, {"type": "object"}]},
        "services": {"type": "object", "additionalProperties": SERVICE},
        "uses": {"type": "string"},
        "with": {"type": "object"},
        "secrets": {"oneOf": [{"const": "inherit"}, {"type": "object"}]},
    },
    "oneOf": [{"required": ["runs-on", "steps"]}, {"required": ["uses"]}],
    "additionalProperties": False,
}
TRIGGERS = {
    "oneOf": [
        {"type": "string"},
        STRINGS,
        {"type": "object", "additionalProperties": {"type": ["object", "null"]}},
    ]
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "run-name": {"type": "string"},
        "on": TRIGGERS,
        "permissions": PERMISSIONS,
        "env": ENV,
        "defaults": {"type": "object"},
        "concurrency": {"oneOf": [{"type": "string"}, {"type": "object"}]},
        "jobs": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[A-Za-z_][A-Za-z0-9_-]*$"},
            "additionalProperties": JOB,
        },
    },
    "required": ["on", "jobs"],
    "additionalProperties": False,
}
