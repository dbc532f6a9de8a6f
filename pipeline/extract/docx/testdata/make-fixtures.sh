#!/bin/sh
# Regenerates the DOCX fixtures from the fictional Markdown beside this
# script. pandoc makes styled.docx, bold.docx and lists.docx; LibreOffice
# re-saves styled.docx as libreoffice.docx, so the tests also read a package
# written by a second real tool. Run from this folder; commit the results
# and then `go test ./pipeline/extract/docx -run Golden -update`.
set -eu
for f in styled bold lists; do
	pandoc -f markdown -t docx -o "$f.docx" "$f.md"
done
out=$(mktemp -d)
soffice -env:UserInstallation="file:///tmp/lo-fixtures-$$" --headless \
	--convert-to "docx:MS Word 2007 XML" --outdir "$out" styled.docx >/dev/null
mv "$out/styled.docx" libreoffice.docx
rmdir "$out"
