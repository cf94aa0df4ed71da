"""Logging for every long-running command: plain text or one JSON object per line (JANE_LOG_FORMAT).

Both formats carry the request id (bot.telemetry.tracing), and gunicorn's own log lines go through the
same handler, so a deployment's log has one shape.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO

from bot.telemetry.redact import Redact, pin_libraries
from bot.telemetry.tracing import current

TEXT_FORMAT = "%(asctime)s %(levelname)s [%(process)d:%(threadName)s] %(name)s [%(request_id)s]: %(message)s"


class RequestIdFilter(logging.Filter):
    """Stamps each record with the id of the request it was logged for ("-" outside any request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = current() or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id, process, thread, traceback."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": _request_id(record),
            "process": record.process,
            "thread": record.threadName,
        }
        if record.exc_info:
            line["exception"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        return json.dumps(line, ensure_ascii=False)


def configure_logging(
    level: str | int,
    log_format: str = "text",
    *,
    debug: bool = False,
    stream: IO[str] | None = None,
    secrets: Iterable[str | None] = (),
) -> None:
    """One handler on the root logger (stderr, or `stream`), replacing any other: `log_format` is "text",
    "json", or a logging format string of its own (the short commands print bare messages). `debug`
    (jane --debug) lowers the level to DEBUG. Credentials are redacted, the exact `secrets` given too, and
    the libraries that log them are pinned to WARNING."""
    level = logging.DEBUG if debug else logging.getLevelName(level) if isinstance(level, str) else level
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(Redact(secrets))
    formats = {"json": JsonFormatter(), "text": logging.Formatter(TEXT_FORMAT)}
    handler.setFormatter(formats.get(log_format) or logging.Formatter(log_format))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    pin_libraries(level)
    logging.getLogger("slack_bolt").setLevel(max(level, logging.WARNING))


def gunicorn_logger_class():
    """gunicorn's Logger, but writing through the root handler above instead of its own format."""
    from gunicorn import glogging

    class ThroughJanesHandler(glogging.Logger):
        def setup(self, cfg) -> None:
            super().setup(cfg)
            for logger in (self.error_log, self.access_log):
                for handler in list(logger.handlers):
                    logger.removeHandler(handler)
                logger.propagate = True

    return ThroughJanesHandler


def _request_id(record: logging.LogRecord) -> str | None:
    """The id the request filter stamped on the record; "-" (outside any request) is no id."""
    found = getattr(record, "request_id", "-")
    return None if found == "-" else str(found)
