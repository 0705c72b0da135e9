"""Plain renderings for people and machines: the inspect listing and its JSON."""

from __future__ import annotations

from briefing.guard import GENERATED_MARK
from briefing.model import Briefing, Item, Line, Source
from briefing.render import (
    EXPLAIN_INTRO,
    EXPLAIN_TITLE,
    display_lines,
    display_name,
    display_path,
    explain_lines,
    inline,
    table_outlet,
)

SCHEMA_VERSION = 1  # of the JSON briefing; its schema is briefing/data/briefing.schema.json
MARKDOWN_MARK = f"<!-- {GENERATED_MARK} -->"  # the last line of our Markdown: invisible when rendered


def inspect_json(sources: list[Source]) -> list[dict]:
    """Per source: metadata, usable sentences with paragraph numbers, and dropped lines with rules."""
    return [
        {
            "file": display_path(source.path),
            "outlet": source.outlet,
            "outlet_from": source.outlet_from,
            "headline": source.headline,
            "date": source.date or None,
            "notes": source.notes,
            "sentences": [
                {"paragraph": s.paragraph, "context": s.context, "text": s.text} for s in source.sentences
            ],
            "dropped": [{"paragraph": d.paragraph, "rule": d.rule, "text": d.text} for d in source.dropped],
        }
        for source in sources
    ]


def inspect_text(sources: list[Source]) -> str:
    """The same as inspect_json, for reading in a terminal."""
    out: list[str] = []
    for source in sources:
        out.append(f"== {display_path(source.path)}")
        out.append(f"   outlet:   {source.outlet}  ({source.outlet_from})")
        out.append(f"   headline: {source.headline or '(none found)'}")
        out.append(f"   date:     {source.date or 'unknown'}")
        for line in source.notes:
            out.append(f"   note:     {line}")
        out.append(f"   {len(source.sentences)} sentences, {len(source.dropped)} dropped")
        for sentence in source.sentences:
            where = f"[{sentence.context}] " if sentence.context else ""
            out.append(f"   ¶{sentence.paragraph:<3} {where}{sentence.text}")
        for dropped in source.dropped:
            where = f"¶{dropped.paragraph}" if dropped.paragraph else "  "
            out.append(f"   {where:<4} DROPPED ({dropped.rule}): {dropped.text}")
        out.append("")
    return "\n".join(out)


def briefing_json(briefing: Briefing) -> dict:
    """The briefing for machines: every section's typed lines, each with the fact behind it and every
    source's own sentence (schema: briefing/data/briefing.schema.json)."""
    files = {s.id: s for s in briefing.sources}

    def item_json(item: Item) -> dict:
        data = {
            "id": item.id,
            "text": item.text,
            "score": round(item.score, 4),
            "theme": briefing.theme_of.get(item.id) or None,
            "outlets": list(item.outlets),
            "sources": [
                {"file": display_name(files[m.source_id].path), "outlet": files[m.source_id].label,
                 "paragraph": m.paragraph, "sentence": m.text}
                for m in item.members
            ],
        }
        if briefing.explain:
            data["signals"] = item.signals
        return data

    def line_json(line: Line) -> dict:
        data = {"type": line.kind, "text": line.text, "citation": line.citation, "outlets": list(line.outlets),
                **line.fields()}
        if briefing.explain and hasattr(line, "similarity"):
            data["section_similarity"] = line.similarity
        if line.item is not None:
            data["item"] = item_json(line.item)
        return data

    return {
        "schema_version": SCHEMA_VERSION,
        "title": briefing.title,
        "date_line": briefing.date_line,
        "stats": briefing.stats,
        "sections": [
            {"title": s.title, "kind": s.kind, "intro": s.intro, "lines": [line_json(line) for line in s.lines]}
            for s in briefing.sections if s.kind != "sources" and s.lines
        ],
        "sources": [
            {"file": display_path(s.path), "outlet": s.outlet, "label": s.label, "agency": s.agency or None,
             "outlet_from": s.outlet_from, "headline": s.headline,
             "date": s.date or None, "sentences": len(s.sentences), "dropped": len(s.dropped)}
            for s in briefing.sources
        ],
        "notes": briefing.skipped,
        "generator": GENERATED_MARK,
    }


def _cell(text: object) -> str:
    """A Markdown table cell: one line, pipes escaped."""
    return inline(text).replace("|", "\\|")


def briefing_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: headings, bullets with citations, a sources table; our mark on the last line."""
    out = [f"# {inline(briefing.title)}", ""]
    if briefing.date_line:
        out += [f"_{inline(briefing.date_line)}_", ""]
    for section in briefing.sections:
        if section.kind == "sources":
            out += [f"## {inline(section.title)}", "", "| Outlet | Headline | Date | File |", "|---|---|---|---|"]
            out += [f"| {_cell(table_outlet(s))} | {_cell(s.headline or '(no headline)')} | {_cell(s.date or 'unknown')} | "
                    f"{_cell(display_name(s.path))} |" for s in briefing.sources]
            out.append("")
            continue
        if not section.lines:
            continue
        out += [f"## {inline(section.title)}", ""]
        if section.intro:
            out += [inline(section.intro), ""]
        out += [_markdown_line(line) for line in display_lines(section)]
        out.append("")
    if briefing.explain:
        out += [f"## {EXPLAIN_TITLE}", "", EXPLAIN_INTRO, ""]
        out += [_markdown_line(line) for line in explain_lines(briefing)]
        out.append("")
    out.append(MARKDOWN_MARK)
    return "\n".join(out) + "\n"


def _markdown_line(line: dict) -> str:
    """A bullet, with its citation in italics."""
    return f"- {inline(line['text'])}" + (f" — _{inline(line['citation'])}_" if line.get("citation") else "")


def briefing_text(briefing: Briefing) -> str:
    """The briefing as plain text for e-mail; our mark on the last line."""
    out = [inline(briefing.title).upper(), inline(briefing.date_line), ""]
    for section in briefing.sections:
        if section.kind == "sources":
            out += [inline(section.title).upper()] + [
                f"  {inline(table_outlet(s))}: {inline(s.headline or '(no headline)')} ({inline(s.date or 'date unknown')})"
                f" [{display_name(s.path)}]" for s in briefing.sources] + [""]
            continue
        if not section.lines:
            continue
        out.append(inline(section.title).upper())
        if section.intro:
            out.append(inline(section.intro))
        out += [_text_line(line) for line in display_lines(section)]
        out.append("")
    if briefing.explain:
        out += [EXPLAIN_TITLE.upper(), EXPLAIN_INTRO]
        out += [_text_line(line) for line in explain_lines(briefing)]
        out.append("")
    out.append(GENERATED_MARK)
    return "\n".join(out) + "\n"


def _text_line(line: dict) -> str:
    """A bullet, with its citation after a dash."""
    return f"  * {inline(line['text'])}" + (f" — {inline(line['citation'])}" if line.get("citation") else "")


def summary_lines(items: list[Item], mark: bool = True) -> str:
    """Plain summary: the selected sentences, one per line (and our mark as the last line of a file)."""
    return "".join(f"{inline(item.text)}\n" for item in items) + (f"{GENERATED_MARK}\n" if mark else "")
