"""Which URLs from a payload (a response_url) Jane may post to: only Slack's own (README: "Hostile input").

A payload is signed by Slack, but a URL in it is still data: posting wherever it points would let anyone
who can get a payload signed turn Jane into a web client for them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

SLACK_DOMAINS = ("slack.com", "slack-gov.com")  # Slack's commercial and GovSlack hosts


def is_slack_url(url: object, api_url: str | None = None) -> bool:
    """https:// on a Slack host, or the scheme, host and port of SLACK_API_URL (GovSlack, proxies, tests)."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url)
        host, port, user = parts.hostname or "", parts.port, parts.username
    except ValueError:  # a port that is not a number, brackets that do not close …
        return False
    if user is not None or any(c.isspace() for c in url):
        return False
    on_slack = any(host == domain or host.endswith("." + domain) for domain in SLACK_DOMAINS)
    if parts.scheme == "https" and on_slack and port in (None, 443):
        return True
    return api_url is not None and bool(api_url) and _origin(url) == _origin(api_url)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, parts.hostname or "", parts.port or default
