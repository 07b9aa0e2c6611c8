import datetime
import ssl

import pytest
from conftest import issue
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtendedKeyUsageOID
from sample_tls import extension, handshake, load, verify


def test_tls_handshake_for_localhost(learner, ca):
    """A TLS client that trusts the CA connects to localhost; other names are refused."""
    server = issue(learner, ca, "localhost", "127.0.0.1")
    try:
        handshake(ca["cert"], server, "localhost")
    except ssl.SSLError as error:
        raise AssertionError(
            f"the handshake for localhost failed ({error}). Clients match the host name "
            "against the subjectAltName extension only, never the CN: list every name there"
        ) from None
    with pytest.raises(ssl.SSLCertVerificationError):
        handshake(ca["cert"], server, "evil.example")


def test_tls_handshake_for_127_0_0_1(learner, ca):
    """A TLS client that trusts the CA connects to the IP address 127.0.0.1."""
    server = issue(learner, ca, "localhost", "127.0.0.1")
    try:
        handshake(ca["cert"], server, "127.0.0.1")
    except ssl.SSLError as error:
        raise AssertionError(
            f"the handshake for 127.0.0.1 failed ({error}). An IP address goes into the SAN "
            "as an IPAddress entry (x509.IPAddress(ipaddress.ip_address(...))), not a DNSName"
        ) from None


def test_server_cert_cannot_sign_certificates(learner, ca):
    """The server certificate is no CA: BasicConstraints ca=False, no keyCertSign, serverAuth."""
    certificate = load(issue(learner, ca, "localhost")["cert"])
    constraints = extension(certificate, x509.BasicConstraints)
    assert constraints is not None and constraints.critical and not constraints.value.ca, (
        "a server certificate needs BasicConstraints(ca=False), critical: with ca=True, whoever "
        "steals the server's key can issue certificates for any name your clients trust"
    )
    usage = extension(certificate, x509.KeyUsage)
    assert usage is not None and usage.value.digital_signature and not usage.value.key_cert_sign
    purposes = extension(certificate, x509.ExtendedKeyUsage)
    assert purposes is not None and ExtendedKeyUsageOID.SERVER_AUTH in purposes.value


def test_server_cert_lifetime(learner, ca):
    """A server certificate is valid from now for 30 to 398 days."""
    certificate = load(issue(learner, ca, "localhost")["cert"])
    now = datetime.datetime.now(datetime.UTC)
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    assert start <= now + datetime.timedelta(minutes=1), "it must be valid already"
    assert end >= now + datetime.timedelta(days=30), "valid for at least 30 days"
    assert end - start <= datetime.timedelta(days=398), (
        f"valid for {(end - start).days} days: browsers refuse server certificates valid for "
        "more than 398 days, and a short life limits what a stolen key is worth (90 days is "
        "what ACME issues)"
    )


def test_names_and_addresses_in_the_san(learner, ca):
    """Every host name is a DNS SAN, every IP an IP SAN; the CN is the first name."""
    hostnames = ["api.winterarc.test", "www.winterarc.test", "10.0.0.7", "::1"]
    pem = issue(learner, ca, *hostnames)["cert"]
    certificate = load(pem)
    san = extension(certificate, x509.SubjectAlternativeName)
    assert san is not None, "the certificate needs a subjectAltName extension"
    assert sorted(san.value.get_values_for_type(x509.DNSName)) == hostnames[:2]
    addresses = san.value.get_values_for_type(x509.IPAddress)
    assert sorted(map(str, addresses)) == ["10.0.0.7", "::1"]
    names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    assert [name.value for name in names] == ["api.winterarc.test"]
    for host in ("www.winterarc.test", "10.0.0.7"):
        verify(ca["cert"], pem, host)


def test_ca_is_limited_and_long_lived(ca):
    """The CA: path length 0, keyCertSign and cRLSign, valid for at least a year."""
    certificate = load(ca["cert"])
    constraints = extension(certificate, x509.BasicConstraints)
    assert constraints.critical and constraints.value.path_length == 0, (
        "BasicConstraints(ca=True, path_length=0), critical: it signs servers, not other CAs"
    )
    usage = extension(certificate, x509.KeyUsage)
    assert usage is not None and usage.value.key_cert_sign and usage.value.crl_sign
    assert certificate.not_valid_after_utc >= datetime.datetime.now(datetime.UTC) + (
        datetime.timedelta(days=365)
    )


def test_signed_by_the_ca_with_a_key_of_its_own(learner, ca):
    """Each server certificate is signed by the CA, with a fresh key and a random serial."""
    ca_cert = load(ca["cert"])
    first, second = issue(learner, ca, "localhost"), issue(learner, ca, "localhost")
    leaves = [load(first["cert"]), load(second["cert"])]
    for leaf in leaves:
        assert leaf.issuer == ca_cert.subject
        leaf.verify_directly_issued_by(ca_cert)
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    keys = {cert.public_key().public_bytes(*raw) for cert in [ca_cert, *leaves]}
    assert len(keys) == 3, "the CA and every server certificate each need a key of their own"
    serials = [leaf.serial_number for leaf in leaves]
    assert serials[0] != serials[1] and min(serials).bit_length() >= 64, (
        f"serials {serials}: use x509.random_serial_number() (unpredictable, never reused)"
    )
