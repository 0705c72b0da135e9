"""The content-hash cache of a batch's out-dir: which stories are already briefed, from which articles.

`batch-manifest.json` maps each story id to its members' content hashes, its output files and its
index entry. A story whose members and options are unchanged, and whose outputs are still there, is
not briefed again. Story ids stay stable: a story is named after its earliest article (by date,
then hash), and a story that holds the article an earlier run named it after keeps that name, so
a story that grows keeps its id and its file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.render import write_atomic
from briefing.settings import BATCH

if TYPE_CHECKING:
    from briefing.batch import BatchOptions

MANIFEST = "batch-manifest.json"
VERSION = 1
ID_CHARS = 12  # 48 bits of a hash: unique among any feed's stories


@dataclass
class Cache:
    """What the previous run left: its stories, and the article each story id was named after."""

    stories: dict[str, dict] = field(default_factory=dict)

    @property
    def anchors(self) -> dict[str, str]:
        """Article hash -> the story id named after it."""
        return {story["anchor"]: story_id for story_id, story in self.stories.items() if "anchor" in story}


def fingerprint(options: BatchOptions) -> str:
    """What every briefing depends on besides its articles: make's options, the formats, the tool's version."""
    from briefing import __version__

    wanted = {k: v for k, v in asdict(options).items() if k not in ("scheduler", "workers")}  # where it runs does not matter
    return hashlib.sha256(json.dumps([wanted, __version__, asdict(BATCH)], sort_keys=True, default=str)
                          .encode("utf-8")).hexdigest()


def load(out_dir: Path, expected: str) -> Cache:
    """The previous run's stories; empty when there is none, it is unreadable, or the options changed."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Cache()
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("stories"), dict):
        return Cache()
    stories = {k: v for k, v in data["stories"].items() if isinstance(v, dict) and _well_formed(v)}
    if data.get("fingerprint") != expected:
        # Other options: every story is briefed again, but ids stay (their anchors are kept).
        return Cache({k: {"anchor": v["anchor"], "members": [], "outputs": v["outputs"]} for k, v in stories.items()})
    return Cache(stories)


def _well_formed(story: dict) -> bool:
    """A cached story has what a fresh one has (a hand-edited manifest cannot crash the run)."""
    return (isinstance(story.get("members"), list) and isinstance(story.get("outputs"), list)
            and isinstance(story.get("anchor"), str) and isinstance(story.get("entry"), dict)
            and all(isinstance(o, str) and _inside(o) for o in story["outputs"]))


def _inside(relative: str) -> bool:
    """An output path that stays inside the out-dir."""
    path = Path(relative)
    return not path.is_absolute() and ".." not in path.parts


def story_ids(members: list[list[str]], dates: list[list[str]], previous: Cache) -> list[tuple[str, str]]:
    """(id, anchor hash) per story: the id of a previous story whose anchor it holds, else one from its earliest article."""
    anchors = previous.anchors
    taken: set[str] = set()
    named = []
    for keys, days in zip(members, dates, strict=True):
        order = sorted(zip(keys, days, strict=True), key=lambda kd: (kd[1] or "9999-99-99", kd[0]))
        reused = [(anchors[k], k) for k, _ in order if k in anchors and anchors[k] not in taken]
        story_id, anchor = reused[0] if reused else (hashlib.sha256(order[0][0].encode()).hexdigest()[:ID_CHARS],
                                                     order[0][0])
        taken.add(story_id)
        named.append((story_id, anchor))
    return named


def save(out_dir: Path, expected: str, stories: dict[str, dict]) -> None:
    """Write the manifest atomically."""
    data = {"version": VERSION, "fingerprint": expected, "stories": dict(sorted(stories.items()))}
    write_atomic(out_dir / MANIFEST, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def remove_stale(out_dir: Path, previous: Cache, current: dict[str, dict]) -> None:
    """Delete the outputs of stories that are gone (only files an earlier run listed as its own)."""
    keep = {o for story in current.values() for o in story["outputs"]}
    for story in previous.stories.values():
        for output in story["outputs"]:
            if output not in keep and _inside(output):
                with contextlib.suppress(OSError):
                    (out_dir / output).unlink()
