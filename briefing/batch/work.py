"""One story's briefing as a pure task: article bytes in, rendered outputs and an index entry out.

A task carries the bytes of its articles (and of their sidecars and folder manifests), not paths,
so a Dask worker on another machine needs no shared disk, and writes nothing: the caller writes
the outputs. The same function runs inline, in a local process pool and on Dask, so the three
give the same briefings.
"""

from __future__ import annotations

import tempfile
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Briefing

KEY_POINTS_KIND = "key_points"


@dataclass(frozen=True)
class Member:
    """One article of a story as the task carries it."""

    path: str  # where the user's file is: shown in the briefing's sources, as `make` would show it
    folder: int  # index of its folder among the story's folders
    data: bytes
    sidecar: tuple[str, bytes] | None = None  # NAME.meta.yaml beside it, if any


@dataclass(frozen=True)
class StoryJob:
    """Everything one story's briefing needs."""

    story_id: str
    members: tuple[Member, ...]
    folders: tuple[tuple[str, tuple[str, bytes] | None], ...]  # (folder name, its manifest file) per folder index
    formats: tuple[str, ...]
    template: str | None = None
    max_words: int = 900
    ranker: str = "coverage"
    focus: str | None = None
    explain: bool = False


@dataclass
class StoryResult:
    """The rendered briefing per format and what the index shows of it; or the one-line error."""

    story_id: str
    outputs: dict[str, bytes] = field(default_factory=dict)
    entry: dict = field(default_factory=dict)
    error: str = ""


def brief_story(job: StoryJob) -> StoryResult:
    """Brief one story; any failure comes back as a one-line error, never raised."""
    try:
        return StoryResult(job.story_id, *_brief(job))
    except BriefingError as exc:
        return StoryResult(job.story_id, error=str(exc))
    except Exception as exc:  # a bug of ours on one story must not sink the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return StoryResult(job.story_id, error=f"internal error: {type(exc).__name__}: {exc} "
                                               f"({Path(where.filename).name}:{where.lineno})")


def _brief(job: StoryJob) -> tuple[dict[str, bytes], dict]:
    """Lay the articles out in a private folder per original folder, brief them, render each format."""
    from briefing.pipeline import make_briefing
    from briefing.render import render

    with tempfile.TemporaryDirectory(prefix="briefing-batch-") as tmp:
        folders = []
        for index, (name, manifest) in enumerate(job.folders):
            folder = Path(tmp) / str(index) / (name or "feed")  # the folder's own name: ids of same-named files use it
            folder.mkdir(parents=True)
            if manifest is not None:
                (folder / manifest[0]).write_bytes(manifest[1])
            folders.append(folder)
        original: dict[Path, Path] = {}
        for member in job.members:
            local = folders[member.folder] / Path(member.path).name
            local.write_bytes(member.data)
            if member.sidecar is not None:
                (folders[member.folder] / member.sidecar[0]).write_bytes(member.sidecar[1])
            original[local] = Path(member.path)
        briefing = make_briefing(folders, job.template, job.max_words, job.ranker, job.focus, job.explain)
        for source in briefing.sources:
            source.path = original.get(source.path, source.path)  # show the user's path, not the private copy's
        outputs = {fmt: render(briefing, fmt) for fmt in job.formats}
    return outputs, index_entry(briefing)


def index_entry(briefing: Briefing) -> dict:
    """What the index shows of a story: title, outlets, voices, dates and key points."""
    sources = briefing.sources
    headlines = [s.headline for s in sorted(sources, key=lambda s: (s.date or "9999", str(s.path))) if s.headline]
    dates = sorted(s.date for s in sources if s.date)
    outlets = list(dict.fromkeys(s.label for s in sources if s.outlet))
    key_points = [{"text": line.text, "citation": line.citation}
                  for section in briefing.sections if section.kind == KEY_POINTS_KIND for line in section.lines]
    return {"title": max(headlines, key=headlines.count) if headlines else briefing.title,
            "outlets": outlets, "voices": len({s.voice or s.id for s in sources if s.outlet}),
            "articles": len(sources), "first": dates[0] if dates else "", "last": dates[-1] if dates else "",
            "key_points": key_points}
