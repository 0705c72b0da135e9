"""Read article files of any supported type into clean, attributed sources.

One module per concern: `files` (finding and reading files safely), `loaders` (one per type),
`metadata` (sidecars, front matter, dates), `language`, `clean` (lines to sentences) and
`wire` (syndicated copies share one voice).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context, parent_process
from pathlib import Path

from briefing.errors import BriefingError
from briefing.guard import clean_field
from briefing.ingest.clean import build_source
from briefing.ingest.files import (
    MAX_DOCX_BYTES,
    MAX_TEXT_BYTES,
    TEXT_TYPES,
    InputFile,
    collect_files,
    display_path,
    read_bounded,
)
from briefing.ingest.loaders import load_raw
from briefing.ingest.metadata import Manifest, date_yearless_datelines, drop_stray_dates, read_manifest, read_sidecar
from briefing.ingest.wire import attribute_wire_copies
from briefing.model import Source

__all__ = ["TEXT_TYPES", "Manifest", "attribute_wire_copies", "collect_files", "load_source", "load_sources",
           "read_manifest", "read_sources", "within_story"]

PARALLEL_MIN_FILES = 40  # below this, starting worker processes costs more than it saves
MAX_WORKERS = 4
MAX_NOTE_CHARS = 1_000


def load_sources(paths: list[Path]) -> tuple[list[Source], list[str]]:
    """Load every readable source; bad files become notes. Raise only when nothing is usable."""
    sources, notes = read_sources(paths)
    within_story(sources)
    return sources, notes


def within_story(sources: list[Source]) -> None:
    """What a source's story tells of it: which sources are wire copies of one voice, and the year of a dateline
    that gives none; a page dated far from the others is left undated."""
    attribute_wire_copies(sources)
    drop_stray_dates(sources)
    date_yearless_datelines(sources)


def read_sources(paths: list[Path]) -> tuple[list[Source], list[str]]:
    """Every readable source as read from its own file, before wire copies are matched across them (which
    depends on the other sources of the story); bad files become notes. Raise only when nothing is usable."""
    files, notes = collect_files([Path(p) for p in paths])
    manifests = {folder: read_manifest(folder) for folder in dict.fromkeys(f.path.parent for f in files)}
    sources: list[Source] = []
    for file, source in zip(files, read_all([(f, manifests[f.path.parent]) for f in files]), strict=True):
        if isinstance(source, str):
            notes.append(source)
            continue
        if not source.sentences:
            notes.append(f"{file.shown}: no usable sentences after cleaning")
            continue
        sources.append(source)
    if not sources:
        raise BriefingError(None, notes[0] if len(notes) == 1 else "no usable sources: " + "; ".join(notes))
    return sources, notes


def read_all(jobs: list[tuple[InputFile, Manifest]]) -> list[Source | str]:
    """Each file as a Source, or the one-line error for it; on several cores for large folders."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    # Already a worker process (`briefing batch`'s pool, a Dask worker): its siblings use the other cores.
    if len(jobs) < PARALLEL_MIN_FILES or workers < 2 or parent_process() is not None:
        return [read_or_error(job) for job in jobs]
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            return list(pool.map(read_or_error, jobs, chunksize=max(1, len(jobs) // (workers * 8))))
    except (OSError, ValueError, AssertionError):  # no fork here, or no children allowed (a daemonic process): read here
        return [read_or_error(job) for job in jobs]


def read_or_error(job: tuple[InputFile, Manifest]) -> Source | str:
    """A Source, or the one-line error that names the file."""
    file, manifest = job
    try:
        return read_source(file, manifest)
    except BriefingError as exc:
        return clean_field(str(exc), MAX_NOTE_CHARS)  # parsers may echo the bad bytes they met
    except RecursionError:
        return f"{file.shown}: nested too deeply to read"


def read_source(file: InputFile, manifest: Manifest | None = None) -> Source:
    """Read one checked input file into a cleaned Source; the folder's manifest and the file's sidecar win over its own metadata."""
    manifest = manifest or Manifest()
    limit = MAX_DOCX_BYTES if file.path.suffix.lower() == ".docx" else MAX_TEXT_BYTES
    data = read_bounded(file.path, file.root, limit)
    raw = load_raw(data, file.path, file.shown)
    entry = manifest.sources.get(display_path(file.path.name), {})
    raw.meta = {**raw.meta, **read_sidecar(file.path, file.root), **entry}
    return build_source(file.id or display_path(file.path.stem), file.shown, raw, manifest.outlets)


def load_source(path: Path) -> Source:
    """Read one file (within its own folder, with that folder's manifest) into a cleaned Source."""
    return read_source(InputFile(path, Path(os.path.realpath(path.parent)), display_path(path.stem)),
                       read_manifest(path.parent))
