#!/usr/bin/env bash
# benches/compare.sh — seeds-convert against the floor (cat) and the peers (pandoc, calibre's ebook-convert),
# same inputs, same run, timed with hyperfine; peak memory with /usr/bin/time. Prints Markdown tables.
#
#   bash benches/compare.sh [CORPUS_DIR]      (default ../shared/corpus)
#
# Installs nothing by default; set INSTALL=1 to apt-get install hyperfine pandoc (and calibre if CALIBRE=1).
# Peers that are not installed are left out of the tables, and the script says so.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus}
if [ "${INSTALL:-0}" = 1 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hyperfine pandoc time >/dev/null
  [ "${CALIBRE:-0}" = 1 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends calibre >/dev/null
fi
command -v hyperfine >/dev/null || { echo "hyperfine not installed (INSTALL=1 installs it)" >&2; exit 2; }
cargo build --release -q
bin=$PWD/target/release/seeds-convert
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seed=samples/articles/002_80b3f6d469e22f59.txt
# Peers read Markdown: give them the same article as seeds-convert's canonical text (title as a heading).
"$bin" --to txt -q "$seed" | awk 'NR==2{print "# " $0; next} {print}' > "$work/seed.md"
find "$corpus" -name '*.txt' | sort > "$work/files"
nfiles=$(wc -l < "$work/files")

echo "## check over the corpus vs cat ($nfiles files)"
hyperfine -N --warmup 1 --runs 10 --export-markdown "$work/check.md" \
  -n "cat (floor)" "sh -c 'xargs -d \"\\n\" -a $work/files cat > /dev/null'" \
  -n "seeds-convert check" "$bin check -q $corpus" \
  -n "seeds-convert --to json" "$bin --to json -q $corpus -o $work/c.jsonl" >/dev/null
cat "$work/check.md"; echo

echo "## one seed → EPUB"
cmds=(-n "seeds-convert --to epub" "$bin --to epub -q $seed -o $work/a.epub")
command -v pandoc >/dev/null && cmds+=(-n "pandoc -f commonmark -t epub3" "pandoc -f commonmark -t epub3 $work/seed.md -o $work/b.epub")
if command -v ebook-convert >/dev/null; then
  export QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox
  cmds+=(-n "ebook-convert" "ebook-convert $work/seed.md $work/c.epub")
else echo "(calibre's ebook-convert not installed: CALIBRE=1 INSTALL=1 installs it)"; fi
hyperfine -N --warmup 2 --runs 20 --export-markdown "$work/epub.md" "${cmds[@]}" >/dev/null
cat "$work/epub.md"; echo

echo "## one seed → TEI"
cmds=(-n "seeds-convert --to tei" "$bin --to tei -q $seed -o $work/a.xml")
command -v pandoc >/dev/null && cmds+=(-n "pandoc -t tei -s" "pandoc -f commonmark -t tei -s $work/seed.md -o $work/b.xml")
hyperfine -N --warmup 2 --runs 20 --export-markdown "$work/tei.md" "${cmds[@]}" >/dev/null
cat "$work/tei.md"; echo

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
