"""Plain renderings for people and machines: the inspect listing and its JSON."""

from __future__ import annotations

from briefing.model import Briefing, Item, Source
from briefing.render.docx import display_lines


def inspect_json(sources: list[Source]) -> list[dict]:
    """Per source: metadata, usable sentences with paragraph numbers, and dropped lines with rules."""
    return [
        {
            "file": str(source.path),
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
        out.append(f"== {source.path}")
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
    """Every item with its text, score, section and each source's own original sentence."""
    def item_json(item: Item) -> dict:
        data = {
            "text": item.text,
            "score": round(item.score, 4),
            "section": item.section,
            "outlets": item.outlets,
            **({"note": item.note} if item.note else {}),
            "sources": [
                {"file": sources[m.source_id].path.name, "outlet": sources[m.source_id].outlet,
                 "paragraph": m.paragraph, "sentence": m.text}
                for m in item.members
            ],
        }
        if briefing.explain:
            data["signals"] = item.signals
            data["section_similarity"] = item.section_similarity
        return data

    sources = {s.id: s for s in briefing.sources}
    return {
        "title": briefing.title,
        "date_line": briefing.date_line,
        "stats": briefing.stats,
        "sections": [
            {"title": s.title, "kind": s.kind, "intro": s.intro, "items": [item_json(i) for i in s.items],
             **({"lines": s.lines} if s.lines else {})}
            for s in briefing.sections if s.kind != "sources"
        ],
        "sources": [
            {"file": str(s.path), "outlet": s.outlet, "outlet_from": s.outlet_from, "headline": s.headline,
             "date": s.date or None, "sentences": len(s.sentences), "dropped": len(s.dropped)}
            for s in briefing.sources
        ],
        "notes": briefing.skipped,
    }


def briefing_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: headings, bullets with citations, a sources table."""
    out = [f"# {briefing.title}", ""]
    if briefing.date_line:
        out += [f"_{briefing.date_line}_", ""]
    for section in briefing.sections:
        if section.kind == "sources":
            out += [f"## {section.title}", "", "| Outlet | Headline | Date | File |", "|---|---|---|---|"]
            out += [f"| {s.outlet} | {s.headline or '(no headline)'} | {s.date or 'unknown'} | {s.path.name} |"
                    for s in briefing.sources]
            out.append("")
            continue
        if not section.items and not section.lines:
            continue
        out += [f"## {section.title}", ""]
        if section.intro:
            out += [section.intro, ""]
        out += [f"- {line['text']}" + (f" — _{line['citation']}_" if line.get("citation") else "")
                for line in display_lines(section)]
        out.append("")
    return "\n".join(out)


def briefing_text(briefing: Briefing) -> str:
    """The briefing as plain text for e-mail."""
    out = [briefing.title.upper(), briefing.date_line, ""]
    for section in briefing.sections:
        if section.kind == "sources":
            out += [section.title.upper()] + [
                f"  {s.outlet}: {s.headline or '(no headline)'} ({s.date or 'date unknown'}) [{s.path.name}]"
                for s in briefing.sources] + [""]
            continue
        if not section.items and not section.lines:
            continue
        out.append(section.title.upper())
        if section.intro:
            out.append(section.intro)
        out += [f"  * {line['text']}" + (f" — {line['citation']}" if line.get("citation") else "")
                for line in display_lines(section)]
        out.append("")
    return "\n".join(out)


def summary_lines(items: list[Item]) -> str:
    """Plain summary: the selected sentences, one per line, nothing else."""
    return "\n".join(item.text for item in items) + "\n"
