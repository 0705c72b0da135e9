"""The contract every section kind keeps: one small record of two functions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.model import Line, Section

if TYPE_CHECKING:
    from briefing.sections.placer import Placement

Fill = Callable[[list[Section], "Placement"], None]


def nothing(sections: list[Section], placement: Placement) -> None:
    """A kind that places nothing itself (the sources appendix is drawn by the renderers)."""


@dataclass(frozen=True)
class SectionKind:
    """A kind of section: how it claims facts first, and optionally once more after every kind had its turn.

    `fill` receives every section of the kind in the template (two theme sections, or two quote
    sections, are filled together) and the shared `Placement`, which owns the word budget and the
    facts already placed; it adds lines to its sections through `Placement.place`."""

    name: str
    fill: Fill
    top_up: Fill | None = None
    line_order: Callable[[Line], Any] | None = None  # how its lines are ordered once placement is over
