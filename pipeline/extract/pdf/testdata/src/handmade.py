#!/usr/bin/env python3
"""Write small PDFs by hand, for cases office suites never produce.

usage: handmade.py KIND OUT
  kerning   words spaced only by TJ kerning (no space glyphs), and a TJ line
            that ends without a space (where ledongthuc/pdf's Content adds a
            stray glyph)
  imageonly one page holding only an image: a "scanned" statement
  badpage   three pages: the second's content stream breaks off (a stray
            "end") after its text, the third's before any text
  form      text drawn inside a form XObject (as stamps and PDF printers do),
            scaled by the form's matrix
"""
import sys, zlib

def pdf(objects):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)

def stream(data, extra=b""):
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"

def kerning():
    widths = b" ".join(b"500" for _ in range(32, 127))
    content = b"\n".join([
        b"BT /F1 12 Tf 72 700 Td",
        # Word spacing by kerning only: -300 thousandths of 12pt = 3.6pt gaps.
        b"[(Millbrook)-300(Youth)-300(Outreach)-300(Team)] TJ",
        b"0 -20 Td [(works)-300(with)-300(schools)] TJ",
        # Kerning inside a word stays a word.
        b"0 -20 Td [(Sal)10(tby)] TJ",
        b"ET",
    ])
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + b"] >>",
    ])

def imageonly():
    w, h = 64, 32
    raw = b"".join(b"\x00" + bytes((x * 4) % 256 for x in range(w)) for _ in range(h))
    img = zlib.compress(raw)
    content = b"q 200 0 0 100 72 600 cm /Im1 Do Q"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(content),
        stream(img, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode" % (w, h)),
    ])

def form():
    widths = b" ".join(b"500" for _ in range(32, 127))
    page = b"q 1 0 0 1 0 0 cm /Fm1 Do Q"
    inner = b"BT /F1 12 Tf 72 700 Td (Coastal Youth Trust keeps text in a form.) Tj ET"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> >>",
        stream(page),
        stream(inner, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F1 6 0 R >> >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + b"] >>",
    ])

def badpage():
    widths = b" ".join(b"500" for _ in range(32, 127))
    good = b"BT /F1 12 Tf 72 700 Td (Page one of the Marsh Lane Nursery statement.) Tj ET"
    bad = b"BT /F1 12 Tf 72 700 Td (Page two is damaged.) Tj ET end"
    worse = b"end BT /F1 12 Tf 72 700 Td (Page three is lost.) Tj ET"
    res = b"/Resources << /Font << /F1 7 0 R >> >>"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 8 0 R] /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R " + res + b" >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R " + res + b" >>",
        stream(good),
        stream(bad),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + b"] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 9 0 R " + res + b" >>",
        stream(worse),
    ])

kind, out = sys.argv[1], sys.argv[2]
open(out, "wb").write({"kerning": kerning, "imageonly": imageonly, "form": form, "badpage": badpage}[kind]())
