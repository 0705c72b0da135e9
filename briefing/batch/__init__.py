"""`briefing batch`: sort a mixed feed into stories, brief each one, and index them.

Stages: read the feed (ingest, bad files become notes) -> group the articles into stories
(`group`) -> give each story a stable id and check the content-hash cache (`cache`) -> brief the
stories that changed (`work`, run by `engine`: inline, a process pool or Dask) -> write the outputs,
the manifest and the index (`index`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.batch import cache
from briefing.batch.engine import run_jobs
from briefing.batch.group import group_stories, lead_of
from briefing.batch.index import index_html, index_markdown
from briefing.batch.work import StoryJob
from briefing.errors import BriefingError
from briefing.ingest.files import SIDECAR_SUFFIXES, display_path
from briefing.model import Source
from briefing.render import FORMATS, write_atomic
from briefing.settings import BATCH
from briefing.template import DEFAULT_TEMPLATE

__all__ = ["BatchOptions", "BatchReport", "run_batch"]

STORIES_FOLDER = "stories"


@dataclass
class BatchOptions:
    """What `briefing batch` can be told; the per-story options are `make`'s."""

    formats: tuple[str, ...] = ("docx",)
    template: str | None = None
    max_words: int = 900
    ranker: str = "coverage"
    focus: str | None = None
    explain: bool = False
    scheduler: str | None = None  # None: a local process pool; 'local' or 'tcp://HOST:8786': Dask
    workers: int | None = None


@dataclass
class BatchReport:
    """What a run did, for the summary line."""

    articles: int = 0
    stories: int = 0  # groups of two or more articles
    singletons: int = 0
    briefed: int = 0  # stories with a briefing now (recomputed or from the cache)
    recomputed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # "story id: problem"
    notes: list[str] = field(default_factory=list)  # skipped files
    index: Path | None = None
    groups: list[list[Path]] = field(default_factory=list)  # every group found, stories and single articles


@dataclass
class Article:
    """One readable article of the feed: its source and its content hash."""

    source: Source
    key: str  # hash of the file, its sidecar and its folder's manifest: what its briefing depends on


Progress = Callable[[str], None]


def run_batch(feed: list[Path], out_dir: Path, options: BatchOptions, progress: Progress | None = None) -> BatchReport:
    """Brief every story of the feed with two or more outlets into out_dir; re-brief only stories that changed."""
    from briefing import template as templates
    from briefing.ingest import read_sources
    from briefing.pipeline import Options, check, story_template

    progress = progress or (lambda _message: None)
    for fmt in options.formats:
        if fmt not in FORMATS:
            raise BriefingError(None, f"unknown format '{fmt}' for batch (choose from {', '.join(FORMATS)})")
    check(Options(feed, options.template, options.max_words, options.ranker))
    templates.preflight(story_template(Options(feed, options.template)))  # a broken template fails before reading

    report = BatchReport()
    progress("reading the feed")
    sources, report.notes = read_sources(feed)
    keys = content_keys([source.path for source in sources])
    articles = [Article(source, key) for source, key in zip(sources, keys, strict=True)]
    report.articles = len(articles)

    progress(f"grouping {len(articles)} articles into stories")
    groups = group_stories([lead_of(a.source) for a in articles])
    report.groups = [[articles[i].source.path for i in group] for group in groups]
    report.stories = sum(1 for g in groups if len(g) > 1)
    report.singletons = len(groups) - report.stories

    previous = cache.load(out_dir, cache.fingerprint(options))
    briefable, unbriefed = [], []
    for group in groups:
        members = [articles[i] for i in group]
        (briefable if len(story_outlets(members)) >= BATCH.min_outlets else unbriefed).append(members)
    ids = cache.story_ids([[a.key for a in m] for m in briefable], [[a.source.date for a in m] for m in briefable],
                          previous)

    stories: dict[str, dict] = {}
    jobs: list[StoryJob] = []
    for (story_id, anchor), members in zip(ids, briefable, strict=True):
        keys = sorted(a.key for a in members)
        files = sorted(str(a.source.path) for a in members)
        cached = previous.stories.get(story_id)
        if (cached and cached["members"] == keys and cached.get("files") == files
                and all((out_dir / o).is_file() for o in cached["outputs"])):
            stories[story_id] = cached
        else:
            jobs.append(story_job(story_id, [a.source for a in members], options))
            stories[story_id] = {"anchor": anchor, "members": keys, "files": files,
                                 "outputs": [f"{STORIES_FOLDER}/{story_id}.{fmt}" for fmt in options.formats]}

    done = 0
    progress(f"stories briefed: 0 of {len(jobs)}")
    for result in run_jobs(jobs, options.scheduler, options.workers):
        done += 1
        progress(f"stories briefed: {done} of {len(jobs)}")
        story = stories[result.story_id]
        if result.error:
            report.failed.append(f"story {result.story_id} ({', '.join(story['files'][:3])}"
                                 f"{' ...' if len(story['files']) > 3 else ''}): {result.error}")
            del stories[result.story_id]
            continue
        for fmt, data in result.outputs.items():
            write_atomic(out_dir / STORIES_FOLDER / f"{result.story_id}.{fmt}", data)
        story["entry"] = result.entry
        report.recomputed.append(result.story_id)
    report.failed.sort()
    report.recomputed.sort()
    report.briefed = len(stories)

    cache.remove_stale(out_dir, previous, stories)
    cache.save(out_dir, cache.fingerprint(options), stories)
    others = [other_entry(m) for m in unbriefed]
    write_atomic(out_dir / "index.md", index_markdown(stories, others).encode("utf-8"))
    report.index = write_atomic(out_dir / "index.html", index_html(stories, others).encode("utf-8"))
    return report


def content_keys(paths: list[Path]) -> list[str]:
    """Per article, a hash of what its briefing depends on: the file, its sidecar, and what its folder's manifest
    says of it (its entry, the outlets, the template), so that editing one entry changes one article's key."""
    from briefing.ingest import read_manifest

    manifests: dict[Path, tuple[dict, str]] = {}
    keys = []
    for path in paths:
        if path.parent not in manifests:
            manifest = read_manifest(path.parent)
            manifests[path.parent] = (manifest.sources, repr((manifest.template, sorted(manifest.outlets.items()))))
        entries, shared = manifests[path.parent]
        digest = hashlib.sha256(path.read_bytes())
        sidecar = sidecar_of(path)
        digest.update(b"\0" + (hashlib.sha256(sidecar.read_bytes()).digest() if sidecar else b""))
        entry = sorted(entries.get(display_path(path.name), {}).items())  # looked up as ingest looks it up
        digest.update(repr((entry, shared)).encode("utf-8", "replace"))
        keys.append(digest.hexdigest())
    return keys


def sidecar_of(path: Path) -> Path | None:
    """The NAME.meta.yaml beside an article, if there is one."""
    return next((p for p in (path.with_name(path.stem + s) for s in SIDECAR_SUFFIXES) if p.is_file()), None)


def story_job(story_id: str, sources: list[Source], options: BatchOptions) -> StoryJob:
    """The task for one story: its articles as read, in path order, and make's options with the template resolved
    here (--template, else the one the articles' folders name), so a worker reads no manifest."""
    from briefing.pipeline import Options, story_template

    ordered = tuple(sorted(sources, key=lambda s: str(s.path)))
    folders = list(dict.fromkeys(s.path.parent for s in ordered))
    template = story_template(Options(folders, options.template)) or DEFAULT_TEMPLATE
    return StoryJob(story_id, ordered, tuple(options.formats), template, options.max_words, options.ranker,
                    options.focus, options.explain)


def story_outlets(members: list[Article]) -> set[str]:
    """The outlets a group's briefing would name: wire copies matched within the group, as its briefing will."""
    from briefing.ingest import attribute_wire_copies

    matched = [replace(a.source, notes=list(a.source.notes)) for a in members]
    attribute_wire_copies(matched)
    return {source.outlet for source in matched if source.outlet}


def other_entry(members: list[Article]) -> dict:
    """What the index lists of a group it does not brief (one outlet, or a single article)."""
    sources = [a.source for a in members]
    dates = sorted(s.date for s in sources if s.date)
    headlines = [s.headline for s in sources if s.headline]
    return {"title": headlines[0] if headlines else sources[0].path.name,
            "outlets": sorted({s.label for s in sources if s.outlet}), "first": dates[0] if dates else "",
            "last": dates[-1] if dates else "", "files": [s.path.name for s in sources]}
