from conftest import issue
from cryptography import x509
from sample_tls import extension, load


def test_sample_ca_is_a_certificate_authority(ca):
    certificate = load(ca["cert"])
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    assert [name.value for name in names] == ["Winter Arc Lab CA"]
    assert certificate.issuer == certificate.subject, "a root CA is self-signed"
    constraints = extension(certificate, x509.BasicConstraints)
    assert constraints is not None and constraints.value.ca, (
        "without BasicConstraints(ca=True) (critical) no client accepts it as a CA"
    )


def test_sample_server_cert_is_signed_by_the_ca(learner, ca):
    server = issue(learner, ca, "localhost", "127.0.0.1")
    certificate, ca_certificate = load(server["cert"]), load(ca["cert"])
    assert certificate.issuer == ca_certificate.subject, "the issuer is the CA's subject"
    certificate.verify_directly_issued_by(ca_certificate)  # raises if the CA did not sign it
