"""Renderers (docx, md, json, txt, summary) and the atomic writer they share."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from briefing.errors import BriefingError
from briefing.model import Briefing

FORMATS = ("docx", "md", "json", "txt")


def render(briefing: Briefing, fmt: str, reference: Path | None = None) -> bytes:
    """The briefing in one format, as bytes (Word styles from `reference`, else the template's reference.docx)."""
    from briefing.render.docx import render_docx
    from briefing.render.text import briefing_json, briefing_markdown, briefing_text

    if fmt == "docx":
        return render_docx(briefing, reference or briefing.reference)
    if fmt == "json":
        return (json.dumps(briefing_json(briefing), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "md":
        return briefing_markdown(briefing).encode("utf-8")
    if fmt == "txt":
        return briefing_text(briefing).encode("utf-8")
    raise BriefingError(None, f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old file or the complete new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
