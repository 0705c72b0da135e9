"""Read a generated briefing back the way a person sees it in Word: sections, bullets, citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx


@dataclass
class Bullet:
    text: str
    citation: str

    @property
    def outlets(self) -> list[str]:
        outlets = self.citation.strip(" —").split(";")[0]  # a note ('accounts differ: ...') follows a ';'
        return [o.strip() for o in outlets.split(",") if o.strip()]


@dataclass
class Read:
    document: docx.document.Document
    title: str = ""
    subtitle: str = ""
    sections: dict[str, list[Bullet]] = field(default_factory=dict)
    section_intros: dict[str, list[str]] = field(default_factory=dict)

    def all_bullets(self) -> list[Bullet]:
        return [b for bullets in self.sections.values() for b in bullets]

    def section_of(self, fragment: str) -> str:
        for title, bullets in self.sections.items():
            if any(fragment in b.text for b in bullets):
                return title
        return ""


def read_briefing(path: Path) -> Read:
    document = docx.Document(str(path))
    read = Read(document)
    current = None
    for paragraph in document.paragraphs:
        style = paragraph.style.name
        if style == "Title":
            read.title = paragraph.text
        elif style == "Subtitle":
            read.subtitle = paragraph.text
        elif style == "Heading 1":
            current = paragraph.text
            read.sections[current] = []
            read.section_intros[current] = []
        elif style == "List Bullet" and current is not None:
            text = "".join(r.text for r in paragraph.runs if r.style.name != "Citation")
            citation = "".join(r.text for r in paragraph.runs if r.style.name == "Citation")
            read.sections[current].append(Bullet(text, citation))
        elif current is not None and paragraph.text:
            read.section_intros[current].append(paragraph.text)
    return read
