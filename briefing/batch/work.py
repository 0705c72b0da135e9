"""One story's briefing as a pure task: its articles as read, rendered outputs and an index entry out.

A task carries its articles as `ingest.read_sources` read them while the feed was grouped (text,
sentences, metadata: no paths to open), so a Dask worker on another machine needs no shared disk,
nothing is read twice, and the task writes nothing: the caller writes the outputs. The same function
runs inline, in a local process pool and on Dask, so the three give the same briefings, and the
pipeline matches wire copies within the story as `briefing make` does on the story's files.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Briefing, Source

KEY_POINTS_KIND = "key_points"


@dataclass(frozen=True)
class StoryJob:
    """Everything one story's briefing needs."""

    story_id: str
    sources: tuple[Source, ...]  # as read, before wire copies are matched (the feed's matching is not the story's)
    formats: tuple[str, ...]
    template: str = "default"  # resolved by the caller: --template, else the one the articles' folders name
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


def one_blas_thread() -> None:
    """Run once in each worker process: stories run one per core, so numpy's BLAS gets one thread, or its own
    threads compete with the other workers for the same cores (3,000 articles: 32 s -> 20 s of briefing)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


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
    """Run the pipeline on the story's sources and render each format."""
    from briefing.pipeline import Options, run
    from briefing.render import render

    folders = list(dict.fromkeys(source.path.parent for source in job.sources))
    options = Options(folders, job.template, job.max_words, job.ranker, job.focus, job.explain)
    briefing = run(options, lambda _message: None, list(job.sources))
    return {fmt: render(briefing, fmt) for fmt in job.formats}, index_entry(briefing)


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
