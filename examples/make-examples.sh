#!/usr/bin/env bash
# Rebuilds the example submissions in submissions/ from the fictional
# Markdown in examples/src, with the real tools agencies' files come from:
# pandoc (Markdown -> DOCX/ODT) and LibreOffice (DOCX -> PDF).
# Usage: examples/make-examples.sh   (run from the repository root; `make examples`)
set -euo pipefail
src=examples/src
out=submissions
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tool in pandoc soffice; do
  command -v "$tool" >/dev/null || { echo "make-examples: $tool is not installed (apt-get install pandoc libreoffice-writer)" >&2; exit 1; }
done
mkdir -p "$out"
pandoc "$src/riverside-community-health.md" -o "$out/Riverside Community Health - LSCB statement.docx"
pandoc "$src/hillside-housing-v1.md" -o "$out/Hillside Housing statement v1.docx"
pandoc "$src/hillside-housing-v2.md" -o "$out/Hillside Housing statement v2 - updated figures.docx"
pandoc "$src/westbrook-college.md" -o "$out/Westbrook College annual statement.odt"
pandoc "$src/northgate-police.md" -o "$tmp/northgate.docx"
soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf --outdir "$tmp" "$tmp/northgate.docx" >/dev/null
mv "$tmp/northgate.pdf" "$out/Northgate Police statement 2025-26.pdf"
cp "$src/covering-note.txt" "$out/covering note from Westbrook.txt"
# A Word owner lock file, as Word leaves beside a document that is open:
# 162 bytes, the user name padded. reportpipe must skip it silently.
printf '\x0bA.N.Officer%*s' 150 '' > "$out/~\$verside Community Health - LSCB statement.docx"
echo "make-examples: wrote $(ls "$out" | wc -l) files to $out/"
