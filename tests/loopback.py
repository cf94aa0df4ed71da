"""One HTTP request to a test server on loopback: the status, the headers (lower-case names), the body."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit


def request(
    url: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, dict[str, str], str]:
    """Never raises for a 4xx or 5xx: the test looks at the status."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        received = {name.lower(): value for name, value in response.getheaders()}
        return response.status, received, response.read().decode(errors="replace")
    finally:
        connection.close()
