"""Sources: the appendix of every source (outlet, headline, date, file), drawn by the renderers."""

from __future__ import annotations

from briefing.sections.base import SectionKind, nothing

KIND = SectionKind("sources", nothing)
