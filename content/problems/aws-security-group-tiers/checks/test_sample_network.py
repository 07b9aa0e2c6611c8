from conftest import GROUPS
from sample_network import reaches


def test_sample_three_security_groups(template):
    resources = template.get("Resources") or {}
    for name in GROUPS:
        resource = resources.get(name) or {}
        assert resource.get("Type") == "AWS::EC2::SecurityGroup", (
            f"a resource {name} of Type AWS::EC2::SecurityGroup"
        )
        assert (resource.get("Properties") or {}).get("GroupDescription"), (
            f"{name}: Properties.GroupDescription is required by CloudFormation"
        )


def test_sample_the_internet_reaches_the_load_balancer_on_443(template):
    for source in ("the internet (IPv4)", "the internet (IPv6)"):
        assert reaches(template, source, "LoadBalancerSG", 443), (
            f"{source} must reach the load balancer on 443 (HTTPS): CidrIp 0.0.0.0/0 and "
            "CidrIpv6 ::/0"
        )
