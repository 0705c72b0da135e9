"""Score merged items: the best sentence's salience, raised by independent corroboration and a lede
position, lowered when the text cannot stand alone."""

from __future__ import annotations

from dataclasses import replace

from briefing.model import Item
from briefing.settings import SCORE
from briefing.wording import standalone


def score_items(items: list[Item], voice_of: dict[str, str]) -> list[Item]:
    """New items carrying their score and the signals behind it (salience stays as it was)."""
    n_voices = len(set(voice_of.values()))
    scored = []
    for item in items:
        voices = len({voice_of[m.source_id] for m in item.members})
        corroboration = 1 + SCORE.corroboration_weight * (voices - 1) / max(1, n_voices - 1)
        best_position = min(m.position for m in item.members)
        position = 1 + SCORE.position_weight / (1 + best_position / SCORE.position_fade)
        orphan = 1.0 if standalone(item.text) else SCORE.orphan_penalty
        ledes = len({voice_of[m.source_id] for m in item.members if m.position <= SCORE.lede_position})
        # What happened is the event most voices lead with, whatever words each used.
        event_ledes = len({voice_of[m.source_id] for m in item.event_sentences or item.members
                           if m.position <= SCORE.lede_position})
        signals = {"salience": round(item.salience, 4), "outlets": len(item.outlets), "voices": voices, "ledes": ledes,
                   "event_ledes": event_ledes,
                   "corroboration": round(corroboration, 3), "position": round(position, 3), "standalone": orphan}
        scored.append(replace(item, score=item.salience * corroboration * position * orphan, signals=signals))
    return scored
