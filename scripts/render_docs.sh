#!/usr/bin/env bash
# Regenerate docs/briefing-page-1.png: the default briefing of the seeds as a reader sees it.
# Needs LibreOffice and poppler-utils (Debian: libreoffice-writer-nogui poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/briefing make --out "$work/briefing.docx"
soffice --headless --convert-to pdf --outdir "$work" "$work/briefing.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 2 "$work/briefing.pdf" "$work/page"
mkdir -p docs
cp "$work"/page-1.png docs/briefing-page-1.png
cp "$work"/page-2.png docs/briefing-page-2.png
echo "wrote docs/briefing-page-1.png docs/briefing-page-2.png"
