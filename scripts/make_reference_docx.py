"""Write templates/*/reference.docx: the Word styles every briefing made with the template uses.

    .venv/bin/python scripts/make_reference_docx.py

Start from python-docx's default document, add the styles the briefing needs (the Citation
character style), and give the page a footer. Users then restyle the file in Word (fonts,
colours, header, footer, logo) and every later briefing follows, as pandoc's --reference-doc.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from briefing.render.docx import ensure_styles

ROOT = Path(__file__).resolve().parent.parent


def reference_document() -> docx.document.Document:
    document = docx.Document()
    ensure_styles(document)
    styles = document.styles
    styles["Normal"].font.size = Pt(10.5)
    styles["List Bullet"].paragraph_format.space_after = Pt(4)
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Briefing compiled by briefing from the sources listed at the end; every item cites its outlets."
    footer.style = styles["Footer"]
    document.core_properties.title = "briefing reference styles"
    return document


def main() -> None:
    for folder in sorted((ROOT / "templates").iterdir()):
        if (folder / "briefing.yaml").exists():
            reference_document().save(folder / "reference.docx")
            print(f"wrote {folder / 'reference.docx'}")


if __name__ == "__main__":
    main()
