"""briefing: news articles about one story in, a cited, de-duplicated, themed Word briefing out."""

__version__ = "0.1.0"
