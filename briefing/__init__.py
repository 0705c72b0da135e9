"""briefing: news articles about one story in, a cited, de-duplicated, themed Word briefing out."""

from briefing.pipeline import make_briefing

__version__ = "0.1.0"
__all__ = ["make_briefing"]
