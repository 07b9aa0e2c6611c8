"""A focused subset of the Compose specification (compose-spec.io), as a JSON Schema.

Unknown keys are errors, as they are for `docker compose config`: a misspelled `healtcheck`
would otherwise be ignored, and the service would have no health check at all.
"""

DURATION = {"type": "string", "pattern": r"^([0-9]+(\.[0-9]+)?(us|ms|s|m|h))+$"}
STRINGS = {"type": "array", "items": {"type": "string"}}
STRING_OR_LIST = {"oneOf": [{"type": "string"}, STRINGS]}
SCALAR = {"type": ["string", "number", "boolean", "null"]}

ENVIRONMENT = {
    "oneOf": [
        {"type": "object", "additionalProperties": SCALAR},
        {"type": "array", "items": {"type": "string", "pattern": "^[^=]+(=.*)?$"}},
    ]
}
ENV_FILE = {
    "oneOf": [
        {"type": "string"},
        {
            "type": "array",
            "items": {
                "oneOf": [
                    {"type": "string"},
                    {
                        "type": "object",
                        "properties": {"path": {"type": "string"}, "required": {"type": "boolean"}},
                        "required": ["path"],
                        "additionalProperties": False,
                    },
                ]
            },
        },
    ]
}
PORTS = {
    "type": "array",
    "items": {
        "oneOf": [
            {"type": "integer"},
            {"type": "string", "pattern": r"^([0-9.:\[\]a-fA-F]+:)?([0-9-]+:)?[0-9-]+(/(tcp|udp))?$"},
            {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "target": {"type": "integer"},
                    "published": {"type": ["string", "integer"]},
                    "host_ip": {"type": "string"},
                    "protocol": {"enum": ["tcp", "udp"]},
                    "mode": {"enum": ["host", "ingress"]},
                },
                "required": ["target"],
                "additionalProperties": False,
            },
        ]
    },
}
VOLUME_MOUNTS = {
    "type": "array",
    "items": {
        "oneOf": [
            {"type": "string"},
            {
                "type": "object",
                "properties": {
                    "type": {"enum": ["volume", "bind", "tmpfs"]},
                    "source": {"type": "string"},
                    "target": {"type": "string"},
                    "read_only": {"type": "boolean"},
                },
                "required": ["type", "target"],
                "additionalProperties": False,
            },
        ]
    },
}
DEPENDS_ON = {
    "oneOf": [
        STRINGS,
        {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "condition": {
                        "enum": [
                            "service_started",
                            "service_healthy",
                            "service_completed_successfully",
                        ]
                    },
                    "restart": {"type": "boolean"},
                    "required": {"type": "boolean"},
                },
                "required": ["condition"],
                "additionalProperties": False,
            },
        },
    ]
}
HEALTHCHECK = {
    "type": "object",
    "properties": {
        "test": {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "array",
                    "minItems": 1,
                    "prefixItems": [{"enum": ["CMD", "CMD-SHELL", "NONE"]}],
                    "items": {"type": "string"},
                },
            ]
        },
        "interval": DURATION,
        "timeout": DURATION,
        "start_period": DURATION,
        "start_interval": DURATION,
        "retries": {"type": "integer", "minimum": 0},
        "disable": {"type": "boolean"},
    },
    "additionalProperties": False,
}
BUILD = {
    "oneOf": [
        {"type": "string"},
        {
            "type": "object",
            "properties": {
                "context": {"type": "string"},
                "dockerfile": {"type": "string"},
                "target": {"type": "string"},
                "args": ENVIRONMENT,
                "secrets": STRINGS,
            },
            "additionalProperties": False,
        },
    ]
}
SERVICE = {
    "type": "object",
    "properties": {
        "image": {"type": "string"},
        "build": BUILD,
        "command": STRING_OR_LIST,
        "entrypoint": STRING_OR_LIST,
        "environment": ENVIRONMENT,
        "env_file": ENV_FILE,
        "ports": PORTS,
        "expose": {"type": "array", "items": {"type": ["string", "integer"]}},
        "volumes": VOLUME_MOUNTS,
        "depends_on": DEPENDS_ON,
        "healthcheck": HEALTHCHECK,
        "restart": {"enum": ["no", "always", "on-failure", "unless-stopped"]},
        "networks": {"oneOf": [STRINGS, {"type": "object"}]},
        "secrets": {"type": "array"},
        "user": {"type": "string"},
        "read_only": {"type": "boolean"},
        "container_name": {"type": "string"},
        "working_dir": {"type": "string"},
        "labels": {"oneOf": [{"type": "object"}, STRINGS]},
        "stop_grace_period": DURATION,
        "tmpfs": STRING_OR_LIST,
        "init": {"type": "boolean"},
    },
    "additionalProperties": False,
    "anyOf": [{"required": ["image"]}, {"required": ["build"]}],
}
NAMED = {
    "type": "object",
    "additionalProperties": {"oneOf": [{"type": "null"}, {"type": "object"}]},
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
        "services": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[a-zA-Z0-9._-]+$"},
            "additionalProperties": SERVICE,
        },
        "volumes": NAMED,
        "networks": NAMED,
        "secrets": NAMED,
        "configs": NAMED,
    },
    "required": ["services"],
    "additionalProperties": False,
}
