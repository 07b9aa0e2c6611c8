"""A focused subset of a CloudFormation template: security groups and their ingress rules."""

REFERENCE = {
    "oneOf": [
        {"type": "object", "properties": {"Ref": {"type": "string"}}, "required": ["Ref"], "additionalProperties": False},
        {
            "type": "object",
            "properties": {"Fn::GetAtt": {"type": "array", "prefixItems": [{"type": "string"}, {"const": "GroupId"}], "minItems": 2, "maxItems": 2}},
            "required": ["Fn::GetAtt"],
            "additionalProperties": False,
        },
    ]
}
PORT = {"type": "integer", "minimum": -1, "maximum": 65535}
RULE_FIELDS = {
    "IpProtocol": {"oneOf": [{"enum": ["tcp", "udp", "icmp", "icmpv6", "-1"]}, {"type": "integer"}]},
    "FromPort": PORT,
    "ToPort": PORT,
    "CidrIp": {"type": "string", "pattern": r"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}$"},
    "CidrIpv6": {"type": "string", "pattern": r"^[0-9a-fA-F:]+/\d{1,3}$"},
    "SourceSecurityGroupId": REFERENCE,
    "Description": {"type": "string"},
}
ONE_SOURCE = [
    {"required": ["CidrIp"]},
    {"required": ["CidrIpv6"]},
    {"required": ["SourceSecurityGroupId"]},
]
RULE = {
    "type": "object",
    "properties": RULE_FIELDS,
    "required": ["IpProtocol"],
    "oneOf": ONE_SOURCE,
    "additionalProperties": False,
}
SECURITY_GROUP = {
    "type": "object",
    "properties": {
        "Type": {"const": "AWS::EC2::SecurityGroup"},
        "Properties": {
            "type": "object",
            "properties": {
                "GroupDescription": {"type": "string", "minLength": 1},
                "GroupName": {"type": "string"},
                "VpcId": {"oneOf": [{"type": "string"}, REFERENCE]},
                "SecurityGroupIngress": {"type": "array", "items": RULE},
                "SecurityGroupEgress": {"type": "array"},
                "Tags": {"type": "array"},
            },
            "required": ["GroupDescription"],
            "additionalProperties": False,
        },
    },
    "required": ["Type", "Properties"],
    "additionalProperties": False,
}
INGRESS = {
    "type": "object",
    "properties": {
        "Type": {"const": "AWS::EC2::SecurityGroupIngress"},
        "Properties": {
            "type": "object",
            "properties": {"GroupId": REFERENCE, **RULE_FIELDS},
            "required": ["GroupId", "IpProtocol"],
            "oneOf": ONE_SOURCE,
            "additionalProperties": False,
        },
    },
    "required": ["Type", "Properties"],
    "additionalProperties": False,
}
OTHER = {
    "type": "object",
    "properties": {
        "Type": {"type": "string", "not": {"enum": ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]}},
    },
    "required": ["Type"],
}
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "properties": {
        "AWSTemplateFormatVersion": {"const": "2010-09-09"},
        "Description": {"type": "string"},
        "Parameters": {"type": "object"},
        "Outputs": {"type": "object"},
        "Resources": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[A-Za-z0-9]+$"},
            "additionalProperties": {"oneOf": [SECURITY_GROUP, INGRESS, OTHER]},
        },
    },
    "required": ["Resources"],
    "additionalProperties": False,
}
