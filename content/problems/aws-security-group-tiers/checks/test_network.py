import ipaddress

import jsonschema
from sample_network import ingress_rules, reaches
from template_schema import SCHEMA

INTERNET = ("the internet (IPv4)", "the internet (IPv6)")


def test_template_matches_the_schema(template):
    """network.json is a CloudFormation template of security groups (known keys, one source per rule)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(template), key=lambda error: list(error.absolute_path))
    problems = [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(top level)'}: {error.message}"
        for error in errors
    ]
    assert not problems, "not a valid template:\n" + "\n".join(problems[:5])


def test_traffic_flows_through_the_tiers(template):
    """Internet -> load balancer (80, 443), load balancer -> app (8000), app -> database (5432)."""
    needed = [
        *[(source, "LoadBalancerSG", port) for source in INTERNET for port in (80, 443)],
        ("the load balancer", "AppSG", 8000),
        ("an app instance", "DatabaseSG", 5432),
    ]
    for source, group, port in needed:
        assert reaches(template, source, group, port), (
            f"{source} cannot reach {group} on port {port}: the service would not work. Let one "
            "tier in by the security group of the tier in front of it (SourceSecurityGroupId)"
        )


def test_the_internet_reaches_only_the_load_balancer(template):
    """Nothing on the internet reaches the app or the database directly."""
    for source in INTERNET:
        for group, port in (("AppSG", 8000), ("DatabaseSG", 5432)):
            assert not reaches(template, source, group, port), (
                f"{source} reaches {group} on port {port}: the app and the database are only "
                "reached through the tier in front of them; opening them to 0.0.0.0/0 bypasses "
                "the load balancer's TLS, and exposes the database to every scanner"
            )


def test_database_admits_only_the_app_tier(template):
    """The database admits the app tier's security group, not the load balancer or a VPC range."""
    for source in ("the load balancer", "another instance in the VPC"):
        assert not reaches(template, source, "DatabaseSG", 5432), (
            f"{source} reaches the database on 5432: admit the app's security group "
            "(SourceSecurityGroupId: AppSG), not a CIDR such as 10.0.0.0/16, which is every "
            "instance of the VPC, whatever it runs, now and later"
        )


def test_no_ssh_or_rdp_from_anywhere(template):
    """No security group opens 22 (SSH) or 3389 (RDP) to 0.0.0.0/0 or ::/0."""
    for group, rules in ingress_rules(template).items():
        for rule in rules:
            cidr = rule.get("CidrIp") or rule.get("CidrIpv6")
            if cidr is None or ipaddress.ip_network(cidr, strict=False).prefixlen != 0:
                continue
            for port in (22, 3389):
                protocol = str(rule.get("IpProtocol"))
                low, high = rule.get("FromPort", -1), rule.get("ToPort", -1)
                covered = protocol == "-1" or (protocol in ("tcp", "6") and (low == high == -1 or low <= port <= high))
                assert not covered, (
                    f"{group}: port {port} open to {cidr}. Administration goes through AWS Systems "
                    "Manager Session Manager (no open port, every session logged), not SSH from "
                    "the internet, which is scanned within minutes of an instance starting"
                )


def test_only_the_needed_ports_are_open(template):
    """Each tier admits only its own port: no port ranges, no "all traffic" rules."""
    refused = [
        ("the load balancer", "AppSG", 22),
        ("the load balancer", "AppSG", 9090),
        ("an app instance", "DatabaseSG", 22),
        ("an app instance", "DatabaseSG", 6379),
        ("the internet (IPv4)", "LoadBalancerSG", 8000),
        ("the internet (IPv4)", "LoadBalancerSG", 22),
    ]
    for source, group, port in refused:
        assert not reaches(template, source, group, port), (
            f"{source} reaches {group} on port {port}: open exactly the port each tier serves "
            "(FromPort = ToPort), never IpProtocol -1 or 0-65535"
        )
