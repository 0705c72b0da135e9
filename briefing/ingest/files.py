"""Finding input files safely: inside the input folders, regular files only, bounded reads, each file once."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.guard import clean_field

TEXT_TYPES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"}
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml")
MANIFEST_NAMES = ("story.yaml", "story.yml")  # the story manifest is metadata, never an article
MAX_TEXT_BYTES = 5_000_000  # one article is far smaller; bigger is a dump, not a story
MAX_DOCX_BYTES = 50_000_000  # .docx may carry images
MAX_META_BYTES = 200_000  # a sidecar or manifest is a page of settings (guard.MAX_YAML_CHARS)
_READ_CHUNK = 1 << 20
_KINDS = {stat.S_IFIFO: "a FIFO (named pipe)", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


@dataclass(frozen=True)
class InputFile:
    """One article file to read: where it is, the folder it may read within, and its unique source id."""

    path: Path
    root: Path  # the resolved input folder; links must stay inside it
    id: str = ""

    @property
    def shown(self) -> str:
        """The path as it may be printed: undecodable bytes and control characters replaced."""
        return display_path(self.path)


def display_path(path: Path | str) -> str:
    """A path safe to print or write into a document (file names are untrusted strings)."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return clean_field(text, limit=4096)


def supported(path: Path) -> bool:
    """True for the article types we read (sidecars and the manifest are metadata, not articles)."""
    name = path.name.lower()
    return (path.suffix.lower() in TEXT_TYPES and not name.endswith(SIDECAR_SUFFIXES)) and name not in MANIFEST_NAMES


def collect_files(paths: list[Path]) -> tuple[list[InputFile], list[str]]:
    """Expand folders (sorted by name) and check paths; return the files (each once) and one-line notes of skips.

    A path that does not exist is an error, not a note: a typo next to good paths must not pass silently."""
    files: list[InputFile] = []
    notes: list[str] = []
    for path in paths:
        if not os.path.lexists(path):
            raise BriefingError(display_path(path), "no such file or folder")
        if path.is_dir():
            root = Path(os.path.realpath(path))
            found = []
            for child in sorted(path.iterdir()):
                if child.name.startswith(".") or child.is_dir():
                    continue
                if supported(child):
                    found.append(InputFile(child, root))
                elif not child.name.lower().endswith(SIDECAR_SUFFIXES) and child.name.lower() not in MANIFEST_NAMES:
                    notes.append(f"{display_path(child)}: skipped, not a supported type ({', '.join(sorted(TEXT_TYPES))})")
            if not found:
                notes.append(f"{display_path(path)}: no supported article files in this folder")
            files.extend(found)
        elif supported(path):
            files.append(InputFile(path, Path(os.path.realpath(path.parent))))
        else:
            notes.append(f"{display_path(path)}: skipped, not a supported type ({', '.join(sorted(TEXT_TYPES))})")
    unique, more_notes = once_each(files)
    return with_ids(unique), notes + more_notes


def once_each(files: list[InputFile]) -> tuple[list[InputFile], list[str]]:
    """Drop a file met a second time (named twice, via a folder and directly, or by a link in the folder)."""
    seen: dict[tuple[int, int], InputFile] = {}
    unique: list[InputFile] = []
    notes: list[str] = []
    for file in files:
        try:
            info = os.stat(file.path)
        except OSError:
            unique.append(file)  # reading it will say what is wrong
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            notes.append(f"{file.shown}: the same file as {seen[key].shown}: read once")
            continue
        seen[key] = file
        unique.append(file)
    return unique, notes


def with_ids(files: list[InputFile]) -> list[InputFile]:
    """Give each file a unique, printable source id: its name, with its folder when two names collide."""
    stems = [clean_field(display_path(f.path.stem), limit=120) or "source" for f in files]
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    ids: list[str] = []
    used: set[str] = set()
    for file, stem in zip(files, stems, strict=True):
        candidate = stem if counts[stem] == 1 else f"{display_path(file.path.parent.name) or '.'}/{stem}"
        base, n = candidate, 2
        while candidate in used:
            candidate, n = f"{base} ({n})", n + 1
        used.add(candidate)
        ids.append(candidate)
    return [InputFile(f.path, f.root, i) for f, i in zip(files, ids, strict=True)]


def checked_target(path: Path, root: Path) -> Path:
    """The resolved file behind a path, refused when a link leads outside the input folder or it is not a regular file."""
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(root):
        raise BriefingError(display_path(path), "a link to a file outside the input folder: not read")
    try:
        info = os.stat(real)
    except OSError as exc:
        raise BriefingError(display_path(path), f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise BriefingError(display_path(path), f"{kind}, not a regular file: not read")
    return real


def read_bounded(path: Path, root: Path, limit: int, what: str = "one article") -> bytes:
    """Read at most limit bytes of a regular file inside root; larger is an error, and nothing can block or flood."""
    real = checked_target(path, root)
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO after the check, opening still returns at once.
        fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise BriefingError(display_path(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BriefingError(display_path(path), "not a regular file: not read")
        if info.st_size > limit:
            raise BriefingError(display_path(path), f"file is {info.st_size / 1e6:.1f} MB, over the "
                                                   f"{limit / 1e6:.0f} MB limit for {what}")
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_READ_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # the file grew while we read it
            raise BriefingError(display_path(path), f"file is over the {limit / 1e6:.0f} MB limit for {what}")
        return b"".join(chunks)
    except OSError as exc:
        raise BriefingError(display_path(path), f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
