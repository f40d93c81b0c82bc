#!/usr/bin/env bash
# Renders `--to html` pages in headless Chromium and saves PNG screenshots, to look at with your own eyes
# (not a CI requirement: `apt-get install -y chromium`). Usage: benches/screenshot.sh [OUTDIR] [SEED...]
# Default: one page per shipped sample article, and a book of all of them, into target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshots}; shift || true
seeds=("$@"); [ ${#seeds[@]} -gt 0 ] || seeds=(samples/articles/002_80b3f6d469e22f59.txt samples/articles/crawl7.txt)
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chrome" ] || { echo "chromium not found (apt-get install -y chromium)" >&2; exit 2; }
bin=target/release/seeds-convert
[ -x "$bin" ] || cargo build --release -q
mkdir -p "$out"
profile=$(mktemp -d); trap 'rm -rf "$profile"' EXIT
shoot() { # HTML PNG
  "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --screenshot="$2" --window-size=1000,1400 "file://$(realpath "$1")" 2>/dev/null
  echo "$2"
}
for seed in "${seeds[@]}"; do
  name=$(basename "$seed" .txt)
  "$bin" --to html -q "$seed" -o "$out/$name.html"
  shoot "$out/$name.html" "$out/$name.png"
done
"$bin" --to html -q --title "Tuyển tập mẫu" samples/articles -o "$out/book.html"
shoot "$out/book.html" "$out/book.png"
