"""Fetch a URL safely: http(s) only, public addresses only, bounded in time and size.

Why not urllib or trafilatura's own downloader: neither lets us check the address we are
about to connect to. Here the host is resolved first, every address it resolves to is
checked, and the connection goes to the checked address (so a second, different DNS answer
cannot slip a private address in). Each redirect is a new request and is checked again.
Nothing is decompressed (we ask for identity encoding), so the size cap is the real size.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from dashboard.ingest.record import IngestProblem

USER_AGENT = "Parallax/0.1 (public-health claims research; +https://example.invalid/parallax)"
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_SAFE = "/?&=%:@!$'()*+,;~-._[]"


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str  # lower-case media type without parameters, "" when not sent
    charset: str | None
    body: bytes


def is_public_address(address: str) -> bool:
    """True for addresses on the public internet; false for loopback, private, link-local
    (cloud metadata lives there), carrier-grade NAT, multicast, reserved and unspecified."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve_checked(host: str, port: int, *, allow_private: bool, where: str) -> list[str]:
    """Every address `host` resolves to, refusing the lot if any one is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestProblem(
            f"{where}: cannot resolve host {host!r} ({exc}); check the URL"
        ) from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not allow_private:
        refused = [a for a in addresses if not is_public_address(a)]
        if refused:
            raise IngestProblem(
                f"{where}: refused — {host} is or resolves to a loopback or private address "
                f"({', '.join(refused)}); only public web addresses are fetched unless "
                "private addresses are allowed (PARALLAX_ALLOW_PRIVATE_URLS=true)"
            )
    return addresses


def check_url(url: str, *, allow_private: bool = False) -> tuple[str, str, int, list[str]]:
    """(scheme, host, port, addresses) of an http(s) URL whose addresses may be fetched."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        raise IngestProblem(f"{url}: only http and https URLs are fetched, not {parts.scheme!r}")
    if not parts.hostname:
        raise IngestProblem(f"{url}: the URL has no host name; give a full http(s):// URL")
    if parts.username or parts.password:
        raise IngestProblem(f"{url}: URLs with a user name or password are not fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise IngestProblem(f"{url}: bad port ({exc})") from exc
    addresses = resolve_checked(parts.hostname, port, allow_private=allow_private, where=url)
    return parts.scheme, parts.hostname, port, addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        raw = socket.create_connection((self._address, self.port), self.timeout)
        # Certificate and SNI are checked against the host name, not the pinned address.
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def fetch(
    url: str,
    *,
    timeout: float = 10,
    max_bytes: int = 5_000_000,
    allow_private: bool = False,
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
) -> Fetched:
    """GET `url` within `timeout` seconds in all and at most `max_bytes` of body."""
    deadline = time.monotonic() + timeout
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        scheme, host, port, addresses = check_url(current, allow_private=allow_private)
        response, connection, sock = _request(
            current, scheme, host, port, addresses, deadline, accept
        )
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise IngestProblem(f"{current}: redirect ({response.status}) without a target")
                current = urljoin(current, location)
                continue
            if response.status >= 400:
                raise IngestProblem(
                    f"{current}: the server answered {response.status} {response.reason}; "
                    "check the URL or try later"
                )
            content_type, charset = _media_type(response.getheader("Content-Type", ""))
            body = _read_capped(response, sock, current, max_bytes, deadline)
            return Fetched(current, response.status, content_type, charset, body)
        finally:
            response.close()
            connection.close()
    raise IngestProblem(f"{url}: more than {MAX_REDIRECTS} redirects; give the final URL")


def _request(url, scheme, host, port, addresses, deadline, accept):
    parts = urlsplit(url)
    # http.client refuses spaces and non-ASCII in the request line; escape them as a
    # browser would, leaving existing %-escapes and URL punctuation alone.
    path = quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=_SAFE)
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last_error: Exception | None = None
    for address in addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        connection = cls(host, port, address, remaining)
        try:
            connection.request(
                "GET",
                path,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": accept,
                    "Accept-Encoding": "identity",
                },
            )
            # Kept before getresponse(): the connection lets go of its socket when the
            # response is the last one on it.
            sock = connection.sock
            return connection.getresponse(), connection, sock
        except (OSError, http.client.HTTPException, ValueError) as exc:
            connection.close()
            last_error = exc
    if last_error is None or isinstance(last_error, TimeoutError | socket.timeout):
        raise IngestProblem(f"{url}: no answer within the time limit; try later")
    raise IngestProblem(f"{url}: could not connect ({last_error}); check the URL or try later")


def _media_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media.strip().lower(), charset


def _read_capped(response, sock, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise IngestProblem(
            f"{url}: the page is {int(declared):,} bytes, over the {max_bytes:,}-byte limit; "
            "raise the limit if this is really an article"
        )
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise IngestProblem(f"{url}: download took longer than the time limit; try later")
        # A server that drips bytes must not stretch the time limit read by read.
        sock.settimeout(remaining)
        try:
            chunk = response.read1(_CHUNK)
        except TimeoutError as exc:
            raise IngestProblem(
                f"{url}: download took longer than the time limit; try later"
            ) from exc
        except (OSError, http.client.HTTPException) as exc:
            raise IngestProblem(f"{url}: the download broke off ({exc}); try later") from exc
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise IngestProblem(
                f"{url}: the page is over the {max_bytes:,}-byte limit; stopped reading. "
                "Raise the limit if this is really an article"
            )
        chunks.append(chunk)
