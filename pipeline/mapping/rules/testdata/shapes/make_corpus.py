#!/usr/bin/env python3
"""Build the shapes corpus from the fictional statements in src/*.txt.

Each src file is one statement, written for the mapper's tests (fictional
agencies, general safeguarding language). Header lines:
  # file: NAME.docx | NAME.pdf     the submission's name (its format follows)
  # agency: CANONICAL NAME
  # variant: styled | noheadings   noheadings writes no section headings
  # notes: free text
Body lines, one block each:
  T text                  the title line (Heading 1 when styled)
  H text                  a section heading (Heading 2; left out when noheadings)
  P label[,alt] | text    a paragraph with its true section (and alt labels)
  L label[,alt] | text    a bullet list item
  N label[,alt] | text    a numbered list item
  B label[,alt] | text    a paragraph in bold (a line an extractor may take
                          for a heading; labelled as content)

It writes corpus/truth/NAME.json (the corpus truth format, with each
heading's block index as "at" so the Go harness can rebuild the document)
and corpus/submissions/NAME made with real tools: pandoc for Markdown to
DOCX, LibreOffice headless for DOCX to PDF. Run from this folder:
  python3 make_corpus.py            # this folder's src/ into corpus/
  python3 make_corpus.py ../round3/heldout   # another set: SET/src into SET/corpus
"""
import glob, json, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
OUT = os.path.join(SET, "corpus")


def parse(path):
    meta, blocks, headings, title = {}, [], [], ""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("# "):
            k, _, v = line[2:].partition(":")
            meta[k.strip()] = v.strip()
            continue
        tag, _, rest = line.partition(" ")
        if tag == "T":
            title = rest
        elif tag == "H":
            headings.append({"text": rest, "at": len(blocks)})
        else:
            labels, _, text = rest.partition(" | ")
            ls = labels.split(",")
            b = {"label": ls[0], "kind": "paragraph" if tag in ("P", "B") else "bullet", "text": text}
            if tag == "B":
                b["bold"] = True
            if tag == "N":
                b["list"] = "ordered"
            if len(ls) > 1:
                b["alt_labels"] = ls[1:]
            blocks.append(b)
    return meta, title, headings, blocks


def escape(text):
    # Keep pandoc from reading a line start as a list marker or heading.
    text = re.sub(r"^(\d+)\.", r"\1\\.", text)
    return re.sub(r"^([-+*#>])", r"\\\1", text)


def markdown(title, headings, blocks, styled):
    at = {}
    for h in headings:
        at.setdefault(h["at"], []).append(h["text"])
    out = ["# " + title if styled else escape(title), ""]
    prev = None
    for i, b in enumerate(blocks):
        for h in at.get(i, []) if styled else []:
            out += ["", "## " + h, ""]
            prev = None
        kind = b.get("list") or b["kind"]
        if prev is not None and prev != kind:
            out.append("")
        if b["kind"] == "bullet":
            out.append(("1. " if b.get("list") else "- ") + escape(b["text"]))
        elif b.get("bold"):
            out += ["**" + escape(b["text"]) + "**", ""]
        else:
            out += [escape(b["text"]), ""]
        prev = kind
    return "\n".join(out) + "\n"


def build(path, tmp):
    meta, title, headings, blocks = parse(path)
    name, styled = meta["file"], meta.get("variant") == "styled"
    md = os.path.join(tmp, "s.md")
    open(md, "w", encoding="utf-8").write(markdown(title, headings, blocks, styled))
    docx = os.path.join(tmp, os.path.splitext(name)[0] + ".docx")
    subprocess.run(["pandoc", md, "-o", docx], check=True)
    dest = os.path.join(OUT, "submissions", name)
    if name.endswith(".pdf"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx],
                       check=True, capture_output=True)
        shutil.copy(docx[:-5] + ".pdf", dest)
    else:
        shutil.copy(docx, dest)
    truth = {"file": name, "agency": meta["agency"], "variant": meta.get("variant"),
             "format": name.rsplit(".", 1)[1], "expected": "extract",
             "labelled_by": "judgement", "title": title, "notes": meta.get("notes", ""),
             "headings": headings if styled else [], "blocks": blocks}
    with open(os.path.join(OUT, "truth", os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    for d in ("submissions", "truth"):
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
        os.makedirs(os.path.join(OUT, d))
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(glob.glob(os.path.join(SET, "src", "*.txt"))):
            build(path, tmp)


if __name__ == "__main__":
    main()
