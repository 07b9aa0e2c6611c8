"""Checking certificates the way TLS clients do: path validation with the cryptography
package's verifier, and real TLS handshakes (in memory, no sockets) with Python's ssl."""

import datetime
import ipaddress
import os
import ssl
import tempfile

from cryptography import x509
from cryptography.x509.verification import PolicyBuilder, Store


def load(pem):
    return x509.load_pem_x509_certificate(pem.encode())


def extension(certificate, kind):
    """The extension's value, or None when the certificate does not have it."""
    try:
        return certificate.extensions.get_extension_for_class(kind)
    except x509.ExtensionNotFound:
        return None


def verify(ca_pem, leaf_pem, host):
    """Path validation as a web PKI client does it (raises when the chain or name is wrong)."""
    name = host
    try:
        subject = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        subject = x509.DNSName(name)
    verifier = (
        PolicyBuilder()
        .store(Store([load(ca_pem)]))
        .time(datetime.datetime.now(datetime.UTC))
        .build_server_verifier(subject)
    )
    return verifier.verify(load(leaf_pem), [])


def handshake(ca_pem, server, host):
    """A TLS handshake between a server using `server` ({"cert", "key"}) and a client that
    trusts `ca_pem` and connects to `host`. Raises ssl.SSLError when the client refuses."""
    with tempfile.TemporaryDirectory() as folder:
        cert_path, key_path = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
        with open(cert_path, "w") as handle:
            handle.write(server["cert"])
        with open(key_path, "w") as handle:
            handle.write(server["key"])
        server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_context.load_cert_chain(cert_path, key_path)
    client_context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies chain and host name
    # Like browsers and Go: the host name is looked up in the SAN only, never the CN.
    client_context.hostname_checks_common_name = False
    client_context.load_verify_locations(cadata=ca_pem)
    client_in, client_out, server_in, server_out = (ssl.MemoryBIO() for _ in range(4))
    client = client_context.wrap_bio(client_in, client_out, server_hostname=host)
    server_side = server_context.wrap_bio(server_in, server_out, server_side=True)
    finished = set()
    for _ in range(20):
        for name, end in (("client", client), ("server", server_side)):
            if name in finished:
                continue
            try:
                end.do_handshake()
                finished.add(name)
            except ssl.SSLWantReadError:
                pass
        server_in.write(client_out.read())
        client_in.write(server_out.read())
        if finished == {"client", "server"}:
            return client.version()
    raise ssl.SSLError("the handshake did not finish")
