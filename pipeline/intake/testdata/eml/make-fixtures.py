#!/usr/bin/env python3
"""Builds the fictional .eml fixtures with Python's email package (a real
MIME writer), attaching the DOCX and PDF that pandoc and LibreOffice made in
../sniff. Run from this folder; the outputs are committed."""
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
import email.utils

SNIFF = "../sniff/"
DOCX = open(SNIFF + "statement.docx", "rb").read()
PDF = open(SNIFF + "statement.pdf", "rb").read()
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def base(subject):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = Address("Priya Okonkwo", addr_spec="priya.okonkwo@riverside.example")
    m["To"] = "LSCB Business Unit <lscb@eastmarsh.example>"
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(email.utils.parsedate_to_datetime("Mon, 14 Nov 2016 09:12:00 +0000"))
    return m


def outlook_style():
    """mixed > related > alternative (plain, html) + inline logo, then a DOCX
    with a non-ASCII name (RFC 2231) and a PDF named only in Content-Type."""
    m = base("Annual statement – Riverside Community Health Trust")
    m.set_content("Dear colleagues,\nPlease find our statement attached. Kind regards, Priya\n", cte="quoted-printable")
    m.add_alternative('<html><body><p>Dear colleagues,</p><p>Please find our statement attached.</p>'
                      '<img src="cid:image001.png@01D23E"></body></html>', subtype="html", cte="quoted-printable")
    html = m.get_payload()[1]
    html.add_related(PNG, "image", "png", cid="<image001.png@01D23E>", filename="image001.png", disposition="inline")
    m.add_attachment(DOCX, *DOCX_TYPE, filename=("utf-8", "", "Déclaration Riverside 2016.docx"))
    m.add_attachment(PDF, "application", "pdf")
    pdf = m.get_payload()[-1]
    del pdf["Content-Disposition"]
    pdf.set_param("name", "=?UTF-8?B?" + __import__("base64").b64encode("Riverside – figures.pdf".encode()).decode() + "?=")
    return m


def forwarded():
    """a forward with the original message attached as message/rfc822."""
    inner = base("Harbourside YOS statement")
    inner.set_content("Statement attached.\n")
    inner.add_attachment(PDF, "application", "pdf", filename="Harbourside YOS statement.pdf")
    outer = base("FW: Harbourside YOS statement")
    outer.set_content("Forwarding as requested.\n")
    outer.add_attachment(inner)
    return outer


def no_attachment():
    m = base("Statement to follow")
    m.set_content("Our statement will follow next week.\n")
    m.add_alternative("<p>Our statement will follow next week.</p>", subtype="html")
    return m


for name, msg in [("outlook-style.eml", outlook_style()), ("forwarded.eml", forwarded()), ("no-attachment.eml", no_attachment())]:
    with open(name, "wb") as f:
        f.write(msg.as_bytes())
