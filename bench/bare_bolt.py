"""A bare Bolt app, the baseline of bench/ack_bench.py: the same Slack route, no database, no inbox.

usage: python bench/bare_bolt.py --port PORT   (environment as for `jane serve`; needs `pip install waitress`)
It acks each direct message at once and answers in the message's thread from Bolt's own listener pool: a
calendar question after asking Google Calendar (through the service account, as Jane does), anything else
at once. Served by waitress with 8 threads, as a small Bolt app commonly is.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slack_bolt import App  # noqa: E402 - after the path is set
from slack_bolt.adapter.wsgi import SlackRequestHandler  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from integrations.google_auth import service_account_credentials  # noqa: E402
from integrations.google_calendar import GoogleCalendar  # noqa: E402


def build() -> App:
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(
        signing_secret=os.environ["SLACK_SIGNING_SECRET"], client=client, token_verification_enabled=False
    )
    service_account = json.loads(Path(os.environ["GOOGLE_SERVICE_ACCOUNT_FILE"]).read_text())

    @app.event("message")
    def on_message(event, say) -> None:
        text = event.get("text") or ""
        if "calendar" in text:
            email = f"client{int(event['user'][-3:])}@example.com"
            credentials = service_account_credentials(service_account, email)
            google = GoogleCalendar(
                credentials, zone="America/Chicago", api_endpoint=os.environ["GOOGLE_API_ENDPOINT"]
            )
            start = datetime.now(UTC)
            found = google.agenda(start, start + timedelta(days=1))
            answer = f"You have {len(found.events)} events."
        else:
            answer = "Got it."
        say(text=answer, thread_ts=event["ts"])

    return app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    import waitress

    handler = SlackRequestHandler(build())

    def wsgi(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("content-type", "application/json")])
            return [b'{"ok": true}']
        return handler(environ, start_response)

    waitress.serve(wsgi, host="127.0.0.1", port=args.port, threads=8, _quiet=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
