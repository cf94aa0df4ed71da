"""Socket Mode's entrance, checked like HTTP's (bot/web/server.py): an envelope whose payload Bolt could not
read, or of a kind Slack retired, is acknowledged and goes no further (README: "Hostile input").

Socket Mode needs no signature (the app token opened the connection), so the shape is all there is to check.
"""

from __future__ import annotations

import logging

from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.edge.shape import retired, well_formed

log = logging.getLogger(__name__)


class CheckedSocketModeHandler(SocketModeHandler):
    """slack_bolt's built-in handler, with Jane's shape check before Bolt sees a payload."""

    def handle(self, client, req: SocketModeRequest) -> None:
        if retired(req.payload) or not well_formed(req.payload):
            kind = req.payload.get("type") if isinstance(req.payload, dict) else None
            log.info(
                "acknowledged and ignored a Socket Mode %s envelope of kind %r", req.type, str(kind)[:40]
            )
            client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))
            return
        super().handle(client, req)
