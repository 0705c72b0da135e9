"""briefing: news articles about one story in, a cited, de-duplicated, themed Word briefing out."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["make_briefing"]


def __getattr__(name: str):
    """`make_briefing` on first use: the pipeline imports scipy, which `briefing --help` must not wait for."""
    if name == "make_briefing":
        from briefing.pipeline import make_briefing

        return make_briefing
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
