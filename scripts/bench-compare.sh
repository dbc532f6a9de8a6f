#!/usr/bin/env bash
# Compares `reportpipe inspect` with the standard tools on the corpus files:
# DOCX against `pandoc -t plain` (target: at most a fifth of its time) and PDF
# against `pdftotext` (target: at most 1.5x), and reports reportpipe's peak
# memory per file (target: under 100 MB). Each timing is the best of 5.
# Usage: scripts/bench-compare.sh BINARY CORPUS_DIR
set -uo pipefail
bin=$1 corpus=${2:-../shared/corpus}
sub="$corpus/submissions"
[ -d "$sub" ] || { echo "bench-compare: no corpus at $sub (skipped)"; exit 0; }
mapfile -t docx < <(find "$sub" -name '*.docx' -size +0 | sort)
mapfile -t pdfs < <(find "$sub" -name '*.pdf' | sort)

best_ms() { # best wall time of 5 runs of "$@", in milliseconds
  local best=999999 t0 t1 ms
  for _ in 1 2 3 4 5; do
    t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}
each() { local tool=$1; shift; for f in "$@"; do $tool "$f"; done; }
pandoc_plain() { pandoc -t plain "$1"; }
pdftotext_out() { pdftotext "$1" -; }

ours=$(best_ms "$bin" inspect --json "${docx[@]}")
if command -v pandoc >/dev/null; then
  theirs=$(best_ms each pandoc_plain "${docx[@]}")
  echo "DOCX (${#docx[@]} files): reportpipe ${ours} ms, pandoc -t plain ${theirs} ms, ratio $(awk "BEGIN{printf \"%.3f\", $ours/($theirs+0.001)}") (target <= 0.2)"
else
  echo "DOCX (${#docx[@]} files): reportpipe ${ours} ms (pandoc not installed: no comparison)"
fi
ours=$(best_ms "$bin" inspect --json "${pdfs[@]}")
if command -v pdftotext >/dev/null; then
  theirs=$(best_ms each pdftotext_out "${pdfs[@]}")
  echo "PDF (${#pdfs[@]} files): reportpipe ${ours} ms, pdftotext ${theirs} ms, ratio $(awk "BEGIN{printf \"%.3f\", $ours/($theirs+0.001)}") (target <= 1.5)"
else
  echo "PDF (${#pdfs[@]} files): reportpipe ${ours} ms (pdftotext not installed: no comparison)"
fi
if [ -x /usr/bin/time ]; then
  peak=0 worst="" memf=$(mktemp)
  for f in "${docx[@]}" "${pdfs[@]}"; do
    /usr/bin/time -f '%M' -o "$memf" "$bin" inspect --json "$f" >/dev/null 2>&1
    kb=$(tail -1 "$memf")
    [ "${kb:-0}" -gt "$peak" ] && { peak=$kb; worst=$f; }
  done
  echo "peak memory of inspect on one corpus file: $((peak / 1024)) MB ($(basename "$worst")) (target < 100 MB)"
else
  echo "peak memory: /usr/bin/time not installed (apt-get install time)"
fi

# `run` wall time and peak memory: over the corpus (targets: < 1 s, < 200 MB)
# and over 1,000 submissions, copies of the fictional examples under varied
# names, each its own agency (targets: < 30 s, < 400 MB).
timed_run() { # CONFIG SUBMISSIONS LABEL
  local out memf; out=$(mktemp -d); memf=$(mktemp)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$memf" "$bin" --config "$1" run --submissions "$2" --output "$out" >/dev/null 2>&1
    read -r secs kb < "$memf"
    echo "run over $3: ${secs} s, peak memory $((kb / 1024)) MB"
  fi
  rm -rf "$out" "$memf"
}
timed_run "$corpus/config.yaml" "$sub" "the corpus ($(find "$sub" -type f | wc -l) files)"
root=$(cd "$(dirname "$0")/.." && pwd)
ws=$(mktemp -d)
examples=("$root/submissions/Riverside Community Health - LSCB statement.docx" "$root/submissions/Northgate Police statement 2025-26.pdf"
          "$root/submissions/Westbrook College annual statement.odt" "$root/submissions/Hillside Housing statement v2 - updated figures.docx")
echo "agencies:" > "$ws/config.yaml"
for i in $(seq -w 0 999); do
  f=${examples[$((10#$i % 4))]}
  mkdir -p "$ws/subs/folder$((10#$i % 20))"
  cp "$f" "$ws/subs/folder$((10#$i % 20))/Partner Agency $i annual statement.${f##*.}"
  echo "  - name: Partner Agency $i" >> "$ws/config.yaml"
done
timed_run "$ws/config.yaml" "$ws/subs" "1,000 submissions"
rm -rf "$ws"
