#!/bin/sh
# Rebuilds the ODT fixtures from their fictional sources with real tools:
# pandoc's own ODT writer, and LibreOffice converting pandoc's DOCX and an
# HTML page (for merged table cells). Run from this folder.
set -e
prof="-env:UserInstallation=file:///tmp/lo-odtfixtures-$$"
# pandoc's ODT writer has no comments (it prints a comment's text inline),
# so its copy is made without the comment; LibreOffice's keeps it as a real
# office:annotation, which the reader must skip.
sed -e 's#<span class="comment-start"[^>]*>[^<]*</span>##' -e 's#<span class="comment-end"[^>]*></span>##' riverside.md |
	pandoc -f markdown -o riverside-pandoc.odt
pandoc riverside.md -o /tmp/riverside-$$.docx
soffice "$prof" --headless --convert-to odt --outdir /tmp/odt-$$ /tmp/riverside-$$.docx >/dev/null
mv /tmp/odt-$$/riverside-$$.odt riverside-lo.odt
soffice "$prof" --headless --infilter="HTML (StarWriter)" --convert-to odt harbourside.html >/dev/null
mv harbourside.odt harbourside-lo.odt
# chapter-with-chart.odt: the example chapter (a pandoc DOCX with a chart
# picture and its alternative text) saved as ODT by LibreOffice.
mkdir -p /tmp/odt-$$
soffice "$prof" --headless --convert-to odt --outdir /tmp/odt-$$ ../../../../examples/chapters/journey-of-the-child.docx >/dev/null
mv /tmp/odt-$$/journey-of-the-child.odt chapter-with-chart.odt
rm -rf /tmp/riverside-$$.docx /tmp/odt-$$ /tmp/lo-odtfixtures-$$
