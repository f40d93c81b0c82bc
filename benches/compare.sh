#!/usr/bin/env bash
# benches/compare.sh — seeds-convert against the floor (cat) and the peers (pandoc, calibre's ebook-convert),
# same inputs, same run, timed with hyperfine; peak memory with /usr/bin/time. Prints Markdown tables.
#
#   bash benches/compare.sh [CORPUS_DIR]      (default ../shared/corpus)
#
# Installs nothing by default: INSTALL=1 apt-get installs hyperfine and pandoc, CALIBRE=1 INSTALL=1 calibre too.
# Peers that are not installed are left out of the tables, and the script says so.
# Every command writes a fresh file (`--prepare` removes the outputs), so no tool pays for replacing one.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
find "$corpus" -name '*.txt' | sort > "$work/files"
nfiles=$(wc -l < "$work/files")

echo "## check over the corpus vs cat ($nfiles files)"
hyperfine -N --warmup 1 --runs 10 --export-markdown "$work/check.md" \
  -n "cat (floor)" "sh -c 'xargs -d \"\\n\" -a $work/files cat > /dev/null'" \
  -n "seeds-convert check" "$bin check -q $corpus" \
  -n "seeds-convert --to json" "$bin --to json -q $corpus -o $work/c.jsonl" >/dev/null
cat "$work/check.md"; echo

# Medians next to hyperfine's means: on a shared machine a few stalled runs of a 2 ms command move its mean.
medians() {
  python3 - "$1" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
ours = results[0]["median"]
print("\nmedians: " + ", ".join(f"{r['command']} {r['median'] * 1000:.1f} ms ({r['median'] / ours:.1f}×)" for r in results))
PY
}

echo "## one seed → EPUB"
cmds=(-n "seeds-convert --to epub" "$bin --to epub -q $seed -o $work/a.epub")
command -v pandoc >/dev/null && cmds+=(-n "pandoc -f commonmark -t epub3" "pandoc -f commonmark -t epub3 $seed_md -o $work/b.epub")
if command -v ebook-convert >/dev/null; then
  cmds+=(-n "ebook-convert" "ebook-convert $seed_md $work/c.epub")
else echo "(calibre's ebook-convert not installed: CALIBRE=1 INSTALL=1 installs it)"; fi
hyperfine -N --warmup 3 --runs "${RUNS:-40}" --prepare "rm -f $work/a.epub $work/b.epub $work/c.epub" \
  --export-markdown "$work/epub.md" --export-json "$work/epub.json" "${cmds[@]}" >/dev/null
cat "$work/epub.md"; medians "$work/epub.json"; echo

echo "## one seed → TEI"
cmds=(-n "seeds-convert --to tei" "$bin --to tei -q $seed -o $work/a.xml")
command -v pandoc >/dev/null && cmds+=(-n "pandoc -t tei -s" "pandoc -f commonmark -t tei -s $seed_md -o $work/b.xml")
hyperfine -N --warmup 3 --runs "${RUNS:-40}" --prepare "rm -f $work/a.xml $work/b.xml" \
  --export-markdown "$work/tei.md" --export-json "$work/tei.json" "${cmds[@]}" >/dev/null
cat "$work/tei.md"; medians "$work/tei.json"; echo

echo "## whole corpus as one book"
hyperfine -N --runs 3 --export-markdown "$work/books.md" \
  -n "corpus → EPUB" "$bin --to epub -q $corpus -o $work/corpus.epub" \
  -n "corpus → TEI" "$bin --to tei -q $corpus -o $work/corpus.xml" >/dev/null
cat "$work/books.md"; echo

echo "## peak memory of check as the corpus grows (copies of the corpus)"
echo "| corpus copies | files | peak RSS (MB) | wall (s) |"
echo "|---|---|---|---|"
for n in 1 5 10; do
  rm -rf "$work/big"; mkdir -p "$work/big"
  for i in $(seq 1 $n); do cp -r "$corpus" "$work/big/copy$i"; done
  files=$(find "$work/big" -name '*.txt' ! -name '*.info.txt' | wc -l)
  /usr/bin/time -f "%M %e" -o "$work/t" "$bin" check -q "$work/big" > /dev/null || true
  read -r kb secs < "$work/t"
  echo "| $n | $files | $((kb / 1024)) | $secs |"
done
rm -rf "$work/big"
