#!/bin/sh
# Rebuild the PDF fixtures from the sources in src/. All text is fictional.
# Needs pandoc, LibreOffice (soffice), qpdf and python3. Run from this folder:
#   sh make.sh && go test .. -run TestGolden -update
set -eu
cd "$(dirname "$0")"
LO="-env:UserInstallation=file:///tmp/lo-pdf-fixtures-$$"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" /tmp/lo-pdf-fixtures-$$' EXIT

# A statement with headings, a bold lead line, bullets (nested), a numbered
# list and a table: Markdown -> DOCX (pandoc) -> PDF (LibreOffice).
pandoc src/statement.md -o "$tmp/statement.docx"
soffice "$LO" --headless --convert-to pdf --outdir "$tmp" "$tmp/statement.docx" >/dev/null
cp "$tmp/statement.pdf" statement.pdf

# Tables whose cells wrap: long course names in the first column, header
# cells that wrap above the first full line (pandoc bottom-aligns the header
# row), a column that nearly fills its width, tables broken by page breaks
# with a repeated header row and a row cut in two, and two tables of one
# shape on consecutive pages: Markdown -> DOCX (pandoc) -> PDF (LibreOffice).
pandoc src/wrapped.md -o "$tmp/wrapped.docx"
soffice "$LO" --headless --convert-to pdf --outdir "$tmp" "$tmp/wrapped.docx" >/dev/null
cp "$tmp/wrapped.pdf" wrapped.pdf

# Tables drawn as a full grid with no cell padding (as Word's "Table Grid"
# draws them): a wrapped cell's lines are as far apart as the rows, and only
# the ruling lines tell rows apart; one cell is underlined. The tables are
# raw OpenXML in the Markdown, which pandoc passes through.
python3 src/gridded.py > "$tmp/gridded.md"
pandoc "$tmp/gridded.md" -o "$tmp/gridded.docx"
soffice "$LO" --headless --convert-to pdf --outdir "$tmp" "$tmp/gridded.docx" >/dev/null
cp "$tmp/gridded.pdf" gridded.pdf

# A statement set in two columns (Word's section columns), its title
# wrapped over two lines and repeated as the first words of a paragraph,
# and a table in the right column: Markdown -> DOCX (pandoc) -> two
# columns (src/columns.py) -> PDF (LibreOffice, which also writes the
# headings as bookmarks).
pandoc src/twocolumn.md -o "$tmp/onecolumn.docx"
python3 src/columns.py "$tmp/onecolumn.docx" "$tmp/twocolumn.docx"
soffice "$LO" --headless --convert-to pdf --outdir "$tmp" "$tmp/twocolumn.docx" >/dev/null
cp "$tmp/twocolumn.pdf" twocolumn.pdf

# Five small pages with a running header, page numbers in the footer, a
# paragraph broken by a page break mid-sentence, a hyphenated line end and a
# table broken by a page break:
# a hand-written flat ODT -> PDF (LibreOffice).
soffice "$LO" --headless --convert-to pdf --outdir "$tmp" src/multipage.fodt >/dev/null
cp "$tmp/multipage.pdf" multipage.pdf

# The same statement as files arrive from mail gateways and odd tools.
{ printf '%%PDF-2.0'; tail -c +9 statement.pdf; } > pdf20.pdf
{ printf 'Content-Type: application/pdf\r\n\r\n'; cat statement.pdf; } > junk-before.pdf
{ cat statement.pdf; head -c 2048 /dev/zero; } > padded.pdf
pdftocairo -pdf statement.pdf cairo.pdf  # rewritten by cairo: a CID (Identity-H) font
qpdf --encrypt "" owner-secret 256 -- statement.pdf aes256-empty-password.pdf
qpdf --encrypt "" owner-secret 128 --use-aes=y -- statement.pdf aes128-empty-password.pdf
qpdf --allow-weak-crypto --encrypt "" owner-secret 40 -- statement.pdf rc4-empty-password.pdf
qpdf --encrypt user-secret owner-secret 256 -- statement.pdf aes256-user-password.pdf

# Files that must be refused.
python3 src/handmade.py imageonly image-only.pdf
head -c 6000 statement.pdf > truncated.pdf
python3 -c 'import random; r = random.Random(7); open("random.bin", "wb").write(bytes(r.randrange(256) for _ in range(4096)))'

# Words spaced only by kerning, and text inside a form XObject, by hand.
python3 src/handmade.py kerning kerning.pdf
python3 src/handmade.py form form-xobject.pdf
python3 src/handmade.py badpage bad-page.pdf

# A tagged statement as a browser prints it: Markdown -> standalone HTML
# (pandoc) -> PDF (headless Chromium, no header or footer). Its structure
# tree holds the headings, lists (one nested, one numbered) and a table of
# 45 rows that runs over a page break with its header row repeated.
pandoc -s src/tagged.md -o "$tmp/tagged.html" --metadata pagetitle=tagged
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/tagged.pdf" "$tmp/tagged.html" 2>/dev/null
cp "$tmp/tagged.pdf" tagged-chrome.pdf

# A tagged LibreOffice export of one page whose header LibreOffice marks
# as an artifact (its words are the agency's and must stay).
cp src/tagged-header.fodt "$tmp/tagged-lo.fodt"
soffice "$LO" --headless --convert-to 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' --outdir "$tmp" "$tmp/tagged-lo.fodt" >/dev/null
cp "$tmp/tagged-lo.pdf" tagged-lo.pdf
