#!/usr/bin/env bash
# benches/build-compare.sh OLD_BIN NEW_BIN [CORPUS] — two builds of seeds-convert side by side in one run
# (issue 13: the static non-PIE build against cargo's default): one seed → EPUB and TEI next to pandoc,
# and `check` of the corpus next to cat. hyperfine, medians printed beside the means.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2 corpus=${3:-../shared/corpus}
command -v hyperfine >/dev/null || { echo "hyperfine not installed" >&2; exit 2; }
work=$(mktemp -d -p "$( [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap 'rm -rf "$work"' EXIT
seed=samples/articles/002_80b3f6d469e22f59.txt
"$new" --to txt -q "$seed" | awk 'NR==2{print "# " $0; next} {print}' > "$work/seed.md"
find "$corpus" -name '*.txt' | sort > "$work/files"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
med() {
  python3 - "$1" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
b = r[0]["median"]
print("medians: " + ", ".join("%s %.1f ms (%.2fx)" % (x["command"], x["median"] * 1000, x["median"] / b) for x in r))
PY
}
for fmt in epub tei; do
  echo "## one seed -> $fmt"
  peer=(-n "pandoc" "pandoc -f commonmark -t $([ $fmt = epub ] && echo epub3 || echo tei) -s $work/seed.md -o $work/p.$fmt")
  hyperfine -N --warmup 5 --runs "${RUNS:-60}" --prepare "rm -f $work/o.$fmt $work/n.$fmt $work/p.$fmt" \
    --export-markdown "$work/$fmt.md" --export-json "$work/$fmt.json" \
    -n "new (default PIE)" "$new --to $fmt -q $seed -o $work/n.$fmt" \
    -n "old (static non-PIE)" "$old --to $fmt -q $seed -o $work/o.$fmt" "${peer[@]}" >/dev/null
  cat "$work/$fmt.md"; med "$work/$fmt.json"; echo
done
echo "## check over the corpus ($(wc -l < "$work/files") files)"
hyperfine -N --warmup 1 --runs "${CHECK_RUNS:-10}" --export-markdown "$work/check.md" --export-json "$work/check.json" \
  -n "new check" "$new check -q $corpus" \
  -n "old check" "$old check -q $corpus" \
  -n "new check --no-profile" "$new check -q --no-profile $corpus" \
  -n "cat" "sh -c 'xargs -d \"\\n\" -a $work/files cat > /dev/null'" >/dev/null
cat "$work/check.md"; med "$work/check.json"
