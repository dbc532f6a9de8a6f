"""Write gridded.md: a statement whose tables are drawn the way Word's
"Table Grid" draws them, with a border round every cell, no space above or
below the text in a cell and no paragraph spacing, so a wrapped cell's
lines sit exactly as far apart as the rows do and only the ruling lines tell
rows apart. Pandoc passes the raw OpenXML tables through to the DOCX.
All text is fictional."""
from xml.sax.saxutils import escape

BORDER = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))


def para(text, bold=False):
    # A cell written "_like this_" is underlined: an underline is a rule
    # under one cell's text, not a row border.
    under = text.startswith("_") and text.endswith("_")
    text = text.strip("_")
    run = '<w:rPr><w:b/></w:rPr>' if bold else '<w:rPr><w:u w:val="single"/></w:rPr>' if under else ''
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (run, escape(text)))


def table(widths, rows, grid=True):
    """A table with a border round every cell and no padding above or below
    the text; or, with grid=False, no borders, some padding, and every cell
    centred vertically (a short cell sits between the lines of a long one)."""
    cols = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    pad = 0 if grid else 60
    borders = BORDER if grid else ""
    valign = "" if grid else '<w:vAlign w:val="center"/>'
    out = ['```{=openxml}', '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>' % sum(widths),
           '<w:tblBorders>%s</w:tblBorders>' % borders,
           '<w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
           '<w:bottom w:w="%d" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>' % (pad, pad),
           '</w:tblPr><w:tblGrid>%s</w:tblGrid>' % cols]
    for i, row in enumerate(rows):
        cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>' % (w, valign, para(c, i == 0))
                        for w, c in zip(widths, row))
        out.append('<w:tr>%s</w:tr>' % cells)
    out += ['</w:tbl>', '```']
    return "\n".join(out)


print("# Saltmarsh Family Support Service\n")
print("## Our training in the year\n")
print("Saltmarsh Family Support Service works with families across the invented parishes of Reedham Magna and Fleetwick. Every member of staff completes safeguarding training.\n")
print(table([2600, 3400, 1500, 1500], [
    ["Course", "Who attends the course and why it matters", "Places", "Attended"],
    ["Safeguarding children and young people foundation", "Every new member of staff within their first month", "120", "114"],
    ["Working with families affected by domestic abuse", "Family support workers and the duty team", "40", "37"],
    ["Supervision skills", "Team leaders", "12", "12"],
    ["Recognising exploitation outside the home", "_Youth workers, the outreach team and volunteers who run evening groups_", "60", "51"],
]))
print("\nAttendance was lower in the summer months.\n")
print("## Contacts by parish\n")
print(table([3000, 3000, 3000], [
    ["Parish", "Contacts from families", "Referrals made to children's services"],
    ["Reedham Magna and the villages of the upper valley", "212", "31"],
    ["Fleetwick", "148", "22"],
]))
print("\nBoth parishes will be visited again in the spring.\n")
print('```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n')
print("## Waiting times\n")
print(table([3400, 2400, 2400], [
    ["Service", "Families waiting", "Longest wait"],
    ["Early help family key workers", "14", "six weeks"],
    ["Parenting groups in Fleetwick", "9", "three weeks"],
    ["Counselling for young carers and their brothers and sisters", "21", "ten weeks"],
], grid=False))
print("\nWaiting lists are reviewed every month.")
