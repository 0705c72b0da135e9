"""The one error type users see: a single line naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem with the user's input, shown as one line without a traceback."""

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = str(path) if path is not None else ""
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)
