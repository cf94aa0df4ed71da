"""Job runner throughput: N clients whose agendas fall due in the same minute, W runners, one fake Slack.

usage: python bench/jobs_bench.py --database postgresql+psycopg://postgres@127.0.0.1:5432/test
       [--clients 1000] [--runners 2]
Creates (and drops) a schema of its own. Prints wall time, agendas per second, each runner's share and
the number of duplicate messages Slack received (which must be 0).
"""

from __future__ import annotations

import argparse
import secrets
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from slack_sdk import WebClient  # noqa: E402 - after the path is set, so the script runs from a checkout
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.jobs.kinds import KINDS  # noqa: E402
from bot.jobs.runner import Runner  # noqa: E402
from bot.outbox.delivery import Delivery  # noqa: E402
from bot.outbox.notify import OutboxNotifier  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from handlers.proactive import job_plan as sync  # noqa: E402
from handlers.proactive.job_run import World  # noqa: E402
from integrations.calendar import Agenda  # noqa: E402
from storage.db import make_engine, make_session_factory, unit_of_work  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.repositories import people  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402


class EmptyCalendar:
    def agenda(self, start, end):
        return Agenda(())


def seed(url: str, clients: int, due: datetime) -> None:
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    with unit_of_work(make_session_factory(engine)) as session:
        for n in range(clients):
            person = people.upsert(session, f"U{n:08d}", tz="UTC")
            profile = people.make_client(session, person, 3)
            profile.agenda_time, profile.agenda_weekdays_only = f"{due:%H:%M}", False
            session.flush()
            sync.sync_client(session, profile, due - timedelta(hours=1), "15:00")
    engine.dispose()


def runner(url: str, slack: FakeSlack, now: datetime, name: str) -> tuple[Runner, object]:
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    delivery = Delivery(sessions, WebClient(token="xoxb-bench", base_url=slack.url), clock=lambda: now)
    world = World(load_settings(_env_file=None), lambda s: OutboxNotifier(s), lambda p: EmptyCalendar(),
                  delivery.deliver)  # fmt: skip
    return Runner(sessions, world, KINDS, clock=lambda: now, worker=name), engine


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--database", required=True, help="a PostgreSQL URL (a schema is created in it)")
    options.add_argument("--clients", type=int, default=1000)
    options.add_argument("--runners", type=int, default=2)
    args = options.parse_args()
    schema = f"jane_bench_{secrets.token_hex(3)}"
    admin = create_engine(args.database)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(args.database).update_query_dict({"options": f"-csearch_path={schema}"})
    url = url.render_as_string(hide_password=False)
    due = (datetime.now(UTC) + timedelta(days=1)).replace(hour=14, minute=0, second=0, microsecond=0)
    try:
        seed(url, args.clients, due)
        with FakeSlack() as slack:
            built = [runner(url, slack, due + timedelta(seconds=5), f"r{i}") for i in range(args.runners)]
            shares = Counter()

            def work(r: Runner) -> None:
                shares[r.worker] += r.run_due()

            started = time.perf_counter()
            threads = [threading.Thread(target=work, args=(r,)) for r, _ in built]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
            channels = Counter(call.params["channel"] for call in slack.calls("chat.postMessage"))
            for _, engine in built:
                engine.dispose()
        duplicates = sum(count - 1 for count in channels.values())
        print(f"{args.clients} agendas, {args.runners} runners: {elapsed:.2f} s, "
              f"{args.clients / elapsed:.0f}/s; shares {dict(shares)}; "
              f"sent {len(channels)}, duplicates {duplicates}")  # fmt: skip
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
