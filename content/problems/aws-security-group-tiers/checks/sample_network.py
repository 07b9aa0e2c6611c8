"""Which connections the security groups of network.json let through (ingress only: security
groups are stateful, so the answer to an allowed connection is allowed too)."""

import ipaddress

# Where connections come from: addresses, and the security groups the source's network
# interface belongs to.
SOURCES = {
    "the internet (IPv4)": {"ips": ["203.0.113.7"], "groups": []},
    "the internet (IPv6)": {"ips": ["2001:db8::7"], "groups": []},
    "the load balancer": {"ips": ["10.0.1.10"], "groups": ["LoadBalancerSG"]},
    "an app instance": {"ips": ["10.0.2.20"], "groups": ["AppSG"]},
    "another instance in the VPC": {"ips": ["10.0.7.9"], "groups": []},
}


def _group_of(reference):
    if isinstance(reference, dict):
        if "Ref" in reference:
            return reference["Ref"]
        if "Fn::GetAtt" in reference:
            return reference["Fn::GetAtt"][0]
    return None


def ingress_rules(template):
    """{security group's logical id: [rule, ...]} from inline and standalone ingress rules."""
    resources = template.get("Resources") or {}
    rules = {
        name: list((resource.get("Properties") or {}).get("SecurityGroupIngress") or [])
        for name, resource in resources.items()
        if resource.get("Type") == "AWS::EC2::SecurityGroup"
    }
    for resource in resources.values():
        if resource.get("Type") == "AWS::EC2::SecurityGroupIngress":
            properties = dict(resource.get("Properties") or {})
            group = _group_of(properties.pop("GroupId", None))
            rules.setdefault(group, []).append(properties)
    return rules


def _covers(rule, port):
    protocol = str(rule.get("IpProtocol"))
    if protocol == "-1":
        return True
    if protocol not in ("tcp", "6"):
        return False
    low, high = rule.get("FromPort", -1), rule.get("ToPort", -1)
    if low == -1 and high == -1:
        return True
    return low <= port <= high


def _admits(rule, source):
    for key in ("CidrIp", "CidrIpv6"):
        if key in rule:
            network = ipaddress.ip_network(rule[key], strict=False)
            for address in source["ips"]:
                ip = ipaddress.ip_address(address)
                if ip.version == network.version and ip in network:
                    return True
    group = _group_of(rule.get("SourceSecurityGroupId"))
    return group is not None and group in source["groups"]


def reaches(template, source_name, group, port):
    """Can `source_name` open a TCP connection to an instance in `group` on `port`?"""
    source = SOURCES[source_name]
    return any(
        _covers(rule, port) and _admits(rule, source) for rule in ingress_rules(template).get(group, [])
    )
