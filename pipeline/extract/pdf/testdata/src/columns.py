"""Sets a pandoc DOCX in two columns on A4 (Word's sectPr w:cols), as an
agency's designer might lay out a statement: columns.py IN.docx OUT.docx"""
import sys
import zipfile

SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/>'
        '<w:cols w:num="2" w:space="567"/></w:sectPr>')

src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode()
            if "<w:sectPr />" not in text:
                sys.exit("columns.py: no empty sectPr in the pandoc DOCX")
            data = text.replace("<w:sectPr />", SECT).encode()
        zout.writestr(item, data)
