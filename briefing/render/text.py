"""Plain renderings for people and machines: the inspect listing and its JSON."""

from __future__ import annotations

from briefing.model import Source


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
