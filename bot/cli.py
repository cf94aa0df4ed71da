"""The `jane` command: every subcommand and flag is declared here; each runs from its own module."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from bot.errors import JaneError, UsageError
from bot.telemetry.logs import configure_logging

ROLES_HELP = "a Slack user id (U… or W…)"
CLIENT_HELP = "the client's Slack user id (U… or W…)"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), as the operator contract says."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jane",
        description="Jane, the Slack assistant for clients of virtual assistants.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="serve Jane to Slack (Socket Mode or HTTP)")
    serve.add_argument("--host", help="address to listen on (default JANE_HOST, else 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default PORT, else 3000)")
    serve.add_argument("--workers", type=int, default=1, help="HTTP worker processes (default 1)")
    serve.add_argument("--threads", type=int, default=8, help="threads per worker process (default 8)")
    serve.add_argument("--no-jobs", action="store_true", help="do not run scheduled jobs in this process")
    serve.add_argument(
        "--no-work", action="store_true",
        help="only keep and ack Slack's requests; `jane worker` processes carry them out (implies --no-jobs)",
    )  # fmt: skip
    serve.add_argument(
        "--health-port", type=int, metavar="PORT",
        help="Socket Mode: serve /healthz, /readyz and /metrics on this port (default JANE_HEALTH_PORT)",
    )  # fmt: skip
    serve.set_defaults(module="serve")

    worker = commands.add_parser(
        "worker", help="carry out kept Slack requests, run jobs and the outbox, without serving HTTP"
    )
    worker.add_argument("--once", action="store_true", help="run what is due now, then exit")
    worker.add_argument(
        "--health-port", type=int, metavar="PORT",
        help="serve /healthz, /readyz and /metrics on this port (default JANE_HEALTH_PORT)",
    )  # fmt: skip
    worker.set_defaults(module="worker")

    console = commands.add_parser("console", help="talk to Jane in the terminal on a seeded demo workspace")
    console.add_argument(
        "--as", dest="as_user", metavar="USER", help="start as this person (user id or name)"
    )
    console.add_argument("--fresh", action="store_true", help="throw away the demo database and seed it anew")
    console.add_argument("--database", metavar="URL", help="demo database (default sqlite:///jane-demo.db)")
    console.set_defaults(module="console")

    parse = commands.add_parser("parse", help="show how Jane understands messages, as JSON lines")
    parse.add_argument("text", nargs="?", help="the message; without it, one message per line on stdin")
    parse.add_argument("--tz", help="the client's time zone (default: this machine's)")
    parse.add_argument("--now", help="the reference moment, ISO 8601 (default: now)")
    parse.add_argument("--context", help="the conversation's last topics, a JSON object (see README.md)")
    parse.set_defaults(module="parse")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply migrations")
    upgrade.set_defaults(module="db")

    _add_admin(commands)
    return parser


def _add_admin(commands: argparse._SubParsersAction) -> None:
    admin = commands.add_parser("admin", help="people, deals and requests, for operators and scripts")
    kinds = admin.add_subparsers(dest="kind", metavar="WHAT", required=True)

    va = kinds.add_parser("va", help="add or remove a VA").add_subparsers(dest="action", required=True)
    va_add = va.add_parser("add", help="add a VA (or update one)")
    va_add.add_argument("user_id", help=ROLES_HELP)
    va_add.add_argument("--name", help="the name Jane calls them by")
    va_add.add_argument("--tz", help="the VA's time zone, for working hours")
    va_remove = va.add_parser("remove", help="remove a VA")
    va_remove.add_argument("user_id", help=ROLES_HELP)

    admins = kinds.add_parser("admin", help="add an admin").add_subparsers(dest="action", required=True)
    admin_add = admins.add_parser("add", help="add an admin (or update one)")
    admin_add.add_argument("user_id", help=ROLES_HELP)
    admin_add.add_argument("--name", help="the name Jane calls them by")

    client = kinds.add_parser("client", help="add or change a client").add_subparsers(
        dest="action", required=True
    )
    client_add = client.add_parser("add", help="add a client (or update one)")
    client_add.add_argument("user_id", help=ROLES_HELP)
    client_add.add_argument(
        "--phase", type=int, required=True, choices=(1, 2, 3), help="the phase the client starts in"
    )
    client_set = client.add_parser("set", help="change a client")
    client_set.add_argument("user_id", help=ROLES_HELP)
    client_set.add_argument(
        "--phase", type=int, choices=(1, 2, 3), help="set the phase directly (no proposal, no accept)"
    )
    for sub in (client_add, client_set):
        sub.add_argument("--va", metavar="USER_ID", help="the client's VA (`none` for no VA)")
        sub.add_argument("--name", help="the name Jane calls them by")
        sub.add_argument("--email", help="their email (the subject for Google domain-wide delegation)")
        sub.add_argument("--tz", metavar="ZONE", help="IANA time zone, e.g. America/Chicago")
        sub.add_argument("--calendar", metavar="CALENDAR_ID", help="Google calendar id (default: primary)")

    deal = kinds.add_parser("deal", help="add a deal").add_subparsers(dest="action", required=True)
    deal_add = deal.add_parser("add", help="add a deal for a client")
    deal_add.add_argument("client_user_id", help=CLIENT_HELP)
    deal_add.add_argument("name", help='the deal\'s name, e.g. "Jones – 14 Elm St"')
    deal_add.add_argument("--stage", required=True, help="a pipeline stage, e.g. lead or under_contract")
    deal_add.add_argument("--next-step", help="what happens next, shown to the client")
    deal_add.add_argument("--close-date", metavar="DATE", help="YYYY-MM-DD")
    deal_add.add_argument("--amount", metavar="N", help="the deal's value, e.g. 450000 or 1250.50")

    event = kinds.add_parser("event", help="add an event to a client's local calendar")
    event_add = event.add_subparsers(dest="action", required=True).add_parser(
        "add", help="add an event to the local calendar (for clients without Google Calendar)"
    )
    event_add.add_argument("client_user_id", help=CLIENT_HELP)
    event_add.add_argument("title", help="what the client sees on their agenda")
    event_add.add_argument(
        "--start", required=True, metavar="ISO", help="ISO 8601; without an offset, in the client's zone"
    )
    event_add.add_argument("--end", metavar="ISO", help="ISO 8601, required unless --all-day")
    event_add.add_argument("--all-day", action="store_true", help="dates, --end the last day")
    event_add.add_argument("--location", help="where it is, shown on the agenda")
    event_add.add_argument("--link", metavar="URL", help="a meeting link")
    event_add.set_defaults(module="calendar_admin")

    listing = kinds.add_parser("list", help="list admins, VAs and clients")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(action="list")

    requests = kinds.add_parser("requests", help="list requests, newest first")
    requests.add_argument("--client", metavar="USER_ID", help="only this client's requests")
    requests.add_argument(
        "--status",
        choices=("queued", "claimed", "awaiting_confirmation", "done", "cancelled"),
        help="only requests in this state",
    )
    requests.add_argument("--json", action="store_true", help="print JSON")
    requests.set_defaults(action="requests")

    outbox = kinds.add_parser("outbox", help="messages not sent yet or given up; retry or drop one")
    fixes = outbox.add_mutually_exclusive_group()
    fixes.add_argument("--retry", type=int, metavar="ID", help="send this pending or dead message again now")
    fixes.add_argument("--drop", type=int, metavar="ID", help="give up this pending or dead message for good")
    outbox.add_argument("--json", action="store_true", help="print JSON")
    outbox.set_defaults(action="outbox")

    hours = kinds.add_parser("hours", help="a month's time on requests, per client and per person")
    hours.add_argument("--month", metavar="YYYY-MM", help="the month (default: this one); each client's own")
    hours.add_argument("--client", metavar="USER_ID", help="only this client's hours")
    hours.add_argument("--csv", action="store_true", help="print CSV, one row per client and person")
    hours.set_defaults(action="hours")
    kept = kinds.add_parser("inbox", help="kept Slack requests not carried out yet, or given up")
    kept.add_argument("--json", action="store_true", help="print JSON")
    kept.set_defaults(action="inbox")

    rotate = kinds.add_parser("rotate-key", help="re-encrypt stored Google grants with the newest secret key")
    rotate.set_defaults(action="rotate-key")

    admin.set_defaults(module="admin")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(logging.DEBUG if args.debug else logging.WARNING, "%(message)s")
    try:
        # Each command imports only what it needs, so `jane parse` starts fast.
        command = importlib.import_module(f"bot.commands.{args.module}")
        return command.run(args) or 0
    except UsageError as error:
        if args.debug:
            raise
        print(f"jane: {error}", file=sys.stderr)
        return 2
    except JaneError as error:
        if args.debug:
            raise
        print(f"jane: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last resort: one line, never a traceback without --debug
        if args.debug:
            raise
        print(f"jane: unexpected error: {error.__class__.__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
