"""Jane's parser: a pure function from a client's message to intent, duty, phase and slots."""

from bot.parser.core import parse
from bot.parser.deals import DealMatch, match_deal
from bot.parser.model import Parsed

__all__ = ["DealMatch", "Parsed", "match_deal", "parse"]
