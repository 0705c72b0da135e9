"""The batch's index in Markdown and HTML: stories ranked by independent voices, then recency."""

from __future__ import annotations

import html

from briefing.guard import GENERATED_MARK
from briefing.render import inline, sanitize
from briefing.render.text import MARKDOWN_MARK

INDEX_TITLE = "Stories in the feed"


def ranked(stories: dict[str, dict]) -> list[tuple[str, dict]]:
    """(id, entry) by voices (most first), then latest date (newest first), then title."""
    by_title = sorted(stories.items(), key=lambda kv: (kv[1]["entry"]["title"], kv[0]))
    by_date = sorted(by_title, key=lambda kv: kv[1]["entry"]["last"], reverse=True)
    return sorted(by_date, key=lambda kv: kv[1]["entry"]["voices"], reverse=True)


def date_range(entry: dict) -> str:
    """'2023-06-02 to 2023-06-03', one date, or 'date unknown'."""
    first, last = entry["first"], entry["last"]
    if not first:
        return "date unknown"
    return first if first == last else f"{first} to {last}"


def _voices(entry: dict) -> str:
    """'3 voices, 4 outlets' in short."""
    voices = entry["voices"]
    return f"{voices} independent voice{'' if voices == 1 else 's'}, {entry['articles']} articles"


def _counts(stories: dict, unbriefed: list) -> str:
    """'2 stories briefed; 1 other group of articles.'"""
    return (f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'} briefed; {len(unbriefed)} other "
            f"group{'' if len(unbriefed) == 1 else 's'} of articles (fewer than two named outlets).")


def index_markdown(stories: dict[str, dict], unbriefed: list[dict]) -> str:
    """The index as Markdown: one block per story with a link to its briefing."""
    out = [f"# {INDEX_TITLE}", "", _counts(stories, unbriefed), ""]
    for rank, (_, story) in enumerate(ranked(stories), 1):
        entry = story["entry"]
        link = story["outputs"][0] if story["outputs"] else ""
        out += [f"## {rank}. [{inline(entry['title'])}]({link})", "",
                f"{date_range(entry)} · {_voices(entry)} · {inline(', '.join(entry['outlets']))}", ""]
        out += [f"- {inline(p['text'])} — {inline(p['citation'])}" for p in entry["key_points"]]
        out.append("")
    if unbriefed:
        out += ["## Not briefed (fewer than two named outlets)", ""]
        out += [f"- {inline(g['title'])} — {inline(', '.join(g['outlets']) or 'unattributed')}; "
                f"{date_range(g)}; {inline(', '.join(g['files']))}" for g in unbriefed]
        out.append("")
    out += [MARKDOWN_MARK, ""]  # so that a feed holding the out-dir does not read the index as an article
    return sanitize("\n".join(out))


def index_html(stories: dict[str, dict], unbriefed: list[dict]) -> str:
    """The index as a standalone HTML page."""
    def e(text: object) -> str:
        return html.escape(inline(text), quote=True)

    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{e(INDEX_TITLE)}</title>",
           "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
           ".meta{color:#555}li{margin:.2em 0}.cite{color:#555;font-size:.9em}</style></head><body>",
           f"<h1>{e(INDEX_TITLE)}</h1>",
           f"<p>{e(_counts(stories, unbriefed))}</p>"]
    for rank, (_, story) in enumerate(ranked(stories), 1):
        entry = story["entry"]
        link = story["outputs"][0] if story["outputs"] else ""
        out += [f'<section><h2>{rank}. <a href="{e(link)}">{e(entry["title"])}</a></h2>',
                f'<p class="meta">{e(date_range(entry))} · {e(_voices(entry))} · {e(", ".join(entry["outlets"]))}</p>',
                "<ul>"]
        out += [f'<li>{e(p["text"])} <span class="cite">— {e(p["citation"])}</span></li>' for p in entry["key_points"]]
        out += ["</ul></section>"]
    if unbriefed:
        out += ["<h2>Not briefed (fewer than two named outlets)</h2>", "<ul>"]
        out += [f"<li>{e(g['title'])} — {e(', '.join(g['outlets']) or 'unattributed')}; {e(date_range(g))}; "
                f"{e(', '.join(g['files']))}</li>" for g in unbriefed]
        out += ["</ul>"]
    out += ["</body></html>", f"<!-- {GENERATED_MARK} -->", ""]
    return sanitize("\n".join(out))
