#!/usr/bin/env bash
# benches/pdf.sh — `--to pdf` against calibre's ebook-convert on the same seed, in the same hyperfine run;
# then the whole corpus as one PDF (wall time, peak RSS with /usr/bin/time) and how much of each file is
# font (embedded font programs, summed from qpdf's JSON) rather than text. Prints Markdown tables.
#
#   bash benches/pdf.sh [CORPUS_DIR]      (default ../shared/corpus)
#
# Installs nothing by default; INSTALL=1 apt-get installs hyperfine, time and qpdf, CALIBRE=1 INSTALL=1 calibre too.
# Without ebook-convert the comparison row is left out, and the script says so.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

# Bytes of embedded font programs (FontFile/FontFile2/FontFile3 streams) in a PDF.
font_bytes() {
  qpdf --json=2 --json-key=qpdf "$1" | python3 -c '
import json, sys
objs = json.load(sys.stdin)["qpdf"][1]
total = 0
for o in objs.values():
    d = o.get("value")
    if isinstance(d, dict) and d.get("/Type") == "/FontDescriptor":
        for k in ("/FontFile", "/FontFile2", "/FontFile3"):
            if k in d:
                total += objs["obj:" + d[k]]["stream"]["dict"].get("/Length", 0)
print(total)'
}

echo "## one seed → PDF ($(basename $seed))"
cmds=(-n "seeds-convert --to pdf" "$bin --to pdf -q $seed -o $work/a.pdf")
if command -v ebook-convert >/dev/null; then
  cmds+=(-n "ebook-convert (calibre)" "ebook-convert $seed $work/c.pdf")
else echo "(calibre's ebook-convert not installed: CALIBRE=1 INSTALL=1 installs it)"; fi
hyperfine -N --warmup 2 --runs 10 --prepare "rm -f $work/a.pdf $work/c.pdf" --export-markdown "$work/one.md" "${cmds[@]}" >/dev/null
cat "$work/one.md"; echo

echo "## whole corpus as one PDF"
hyperfine -N --runs 3 --export-markdown "$work/corpus.md" \
  -n "corpus → PDF" "$bin --to pdf -q $corpus -o $work/corpus.pdf" >/dev/null
cat "$work/corpus.md"; echo
/usr/bin/time -v "$bin" --to pdf -q "$corpus" -o "$work/corpus.pdf" 2>"$work/time.txt"
rss=$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$work/time.txt")
wall=$(awk -F': ' '/Elapsed/{print $2}' "$work/time.txt")
"$bin" --to txt -q "$corpus" > "$work/corpus.txt"

echo "## sizes"
echo "| output | pages | file (bytes) | embedded fonts (bytes) | fonts share | text (UTF-8 bytes) |"
echo "|---|---|---|---|---|---|"
row() {
  local name=$1 pdf=$2 text=$3
  local size fonts pages
  size=$(stat -c %s "$pdf"); fonts=$(font_bytes "$pdf"); pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
  echo "| $name | ${pages:-?} | $size | $fonts | $(python3 -c "print(f'{$fonts/$size:.1%}')") | $text |"
}
"$bin" --to txt -q "$seed" > "$work/seed.txt"
row "one seed, seeds-convert" "$work/a.pdf" "$(stat -c %s "$work/seed.txt")"
[ -f "$work/c.pdf" ] && row "one seed, ebook-convert" "$work/c.pdf" "$(stat -c %s "$work/seed.txt")"
row "corpus, seeds-convert" "$work/corpus.pdf" "$(stat -c %s "$work/corpus.txt")"
echo
echo "corpus → PDF: peak RSS ${rss} MB, wall ${wall} (/usr/bin/time -v)"
