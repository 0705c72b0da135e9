"""Renderers (docx, md, json, txt), the sanitizer every output string passes, and the atomic writer."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Briefing, Section, Source

FORMATS = ("docx", "md", "json", "txt")
TEMP_PREFIX = ".briefing-"  # our temporary files: .briefing-<pid>-<random>.tmp, short whatever the output's name
TEMP_SUFFIX = ".tmp"

# What no output may carry: characters XML 1.0 (so Word) refuses, other C0/C1 controls, lone
# surrogates (they cannot be encoded as UTF-8) and the two non-characters. Tab and newline stay.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def sanitize(text: object) -> str:
    """Any value as text every output format can carry: the last line of defence, not a cleaner."""
    return _UNENCODABLE.sub("\ufffd", _CONTROLS.sub(" ", str(text)))


def inline(text: object) -> str:
    """A value that must stay on one line (a heading, a table cell, a citation)."""
    return " ".join(sanitize(text).split())


def display_name(path: Path) -> str:
    """A file name as shown: bytes that were not UTF-8 (surrogate escapes) become U+FFFD."""
    return inline(path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def display_path(path: Path) -> str:
    """A path as shown, like display_name."""
    return inline(str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def table_outlet(source: Source) -> str:
    """A source's outlet in the sources table: its name (and the agency it carries), or 'unattributed'
    (the table's File column says which file)."""
    return source.label if source.outlet else "unattributed"


def display_lines(section: Section) -> list[dict]:
    """What a section shows: each line's text and citation, as every renderer draws them."""
    return [{"text": line.text, "citation": line.citation} for line in section.lines]


EXPLAIN_TITLE = "How items were chosen"
EXPLAIN_INTRO = ("Score = salience × corroboration × position × standalone. Salience: outlet-weighted concept "
                 "coverage (0-1). Voices: independent outlets telling the fact. Similarity: to the section the "
                 "item was assigned to.")
EXPLAIN_WORDS = 12  # an item is shown by its first words: enough to find it in the briefing


def explain_lines(briefing: Briefing) -> list[dict]:
    """One line per placed item: its opening words, then its section, score and the signals behind it."""
    lines = []
    for section in briefing.sections:
        for line in section.lines:
            item = line.item
            if item is None:
                continue
            words = item.text.split()
            signals = item.signals
            text = " ".join(words[:EXPLAIN_WORDS]) + ("…" if len(words) > EXPLAIN_WORDS else "")
            why = (f"{section.title}: score {item.score:.3f} = salience {signals.get('salience', 0):.3f}"
                   f" × corroboration {signals.get('corroboration', 0):.2f} ({signals.get('voices', 0):g} voices)"
                   f" × position {signals.get('position', 0):.2f} × standalone {signals.get('standalone', 0):.1f};"
                   f" similarity {getattr(line, 'similarity', 0.0):.3f}")
            lines.append({"text": text, "citation": why})
    return lines


def render(briefing: Briefing, fmt: str, reference: Path | None = None) -> bytes:
    """The briefing in one format, as bytes (Word styles from `reference`, else the template's reference.docx)."""
    if fmt == "docx":
        from briefing.render.docx import render_docx

        return render_docx(briefing, reference or briefing.reference)
    from briefing.render.text import briefing_json, briefing_markdown, briefing_text

    if fmt == "json":
        return (json.dumps(clean_json(briefing_json(briefing)), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "md":
        return sanitize(briefing_markdown(briefing)).encode("utf-8")
    if fmt == "txt":
        return sanitize(briefing_text(briefing)).encode("utf-8")
    raise BriefingError(None, f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def clean_json(value: object) -> object:
    """Every string of a JSON value (keys included) through the sanitizer; NaN and infinities become null."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, dict):
        return {sanitize(k): clean_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(v) for v in value]
    if isinstance(value, float) and (value != value or abs(value) == float("inf")):
        return None
    if isinstance(value, Path):
        return display_path(value)
    return value


def write_atomic(path: Path, data: bytes) -> Path:
    """Write a file so that readers see the old file or the complete new one, never half of one.

    A symlink is written through: its target is replaced, the link stays. The file keeps the
    mode an existing file had, else gets the umask's. Returns the path actually written.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target.parent)
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _mode_for(target: Path) -> int:
    """The mode an existing regular file has, else what the umask gives a new file."""
    with contextlib.suppress(OSError):
        info = target.stat()
        if stat.S_ISREG(info.st_mode):
            return stat.S_IMODE(info.st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it where Linux allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files a killed run of ours left in `folder` (their process is gone)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)):
            continue
        pid_text = name[len(TEMP_PREFIX):].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_uid == os.geteuid():
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (another user's counts as alive)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every file system allows opening a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
