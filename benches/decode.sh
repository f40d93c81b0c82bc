#!/usr/bin/env bash
# Decode + repair throughput of seeds-convert next to ftfy 6.3 `fix_text`, same files, same hyperfine run.
# Builds ~10 MB of Vietnamese text from ../shared/corpus (clean) and a mojibake copy of it (UTF-8 read as
# windows-1252 and saved again as UTF-8), then times `examples/decode_bench` (decode + mojibake repair, and
# decode + repair + clean = everything `seeds-convert` does before parsing) and `ftfy.fix_text` on each.
# Usage: benches/decode.sh [OUT_DIR]   (needs hyperfine, python3; installs ftfy into a venv under /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-/tmp/seeds-bench}
CORPUS=../shared/corpus
VENV=/tmp/ftfy-venv
mkdir -p "$OUT"

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import ftfy' 2>/dev/null || "$VENV/bin/pip" install -q 'ftfy==6.3.*'

python3 - "$CORPUS" "$OUT" <<'PY'
import pathlib, sys
corpus, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
parts, size = [], 0
for p in sorted(corpus.rglob("*.txt")):
    b = p.read_bytes()
    t = b.decode("utf-16") if b[:2] in (b"\xff\xfe", b"\xfe\xff") else b.decode("utf-8", "replace").lstrip("\ufeff")
    parts.append(t.replace("\r\n", "\n"))
    size += len(parts[-1].encode())
    if size >= 10_000_000:
        break
clean = "\n".join(parts).encode()[:10_000_000].decode("utf-8", "ignore")
(out / "clean.txt").write_text(clean, encoding="utf-8")
table = []
for i in range(256):
    try:
        table.append(bytes([i]).decode("cp1252"))
    except UnicodeDecodeError:
        table.append(chr(i))  # the five bytes windows-1252 leaves undefined survive as C1 controls
(out / "mojibake.txt").write_text("".join(table[b] for b in clean.encode()), encoding="utf-8")
PY
cat > "$OUT/ftfy_fix.py" <<'PY'
import sys, ftfy
text = open(sys.argv[1], encoding="utf-8").read()
print(len(ftfy.fix_text(text)))
PY

BIN=$(cargo build --release --quiet --message-format=json-render-diagnostics --example decode_bench |
  grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
ls -l "$OUT"/clean.txt "$OUT"/mojibake.txt
hyperfine --warmup 1 --runs "${RUNS:-3}" --export-markdown "$OUT/decode.md" --export-json "$OUT/decode.json" \
  -n "seeds-convert decode+repair clean" "$BIN --decode-only $OUT/clean.txt" \
  -n "seeds-convert decode+repair mojibake" "$BIN --decode-only $OUT/mojibake.txt" \
  -n "seeds-convert decode+repair+clean clean" "$BIN $OUT/clean.txt" \
  -n "seeds-convert decode+repair+clean mojibake" "$BIN $OUT/mojibake.txt" \
  -n "ftfy 6.3 clean" "$VENV/bin/python $OUT/ftfy_fix.py $OUT/clean.txt" \
  -n "ftfy 6.3 mojibake" "$VENV/bin/python $OUT/ftfy_fix.py $OUT/mojibake.txt"
python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
sizes = {"clean": os.path.getsize(f"{out}/clean.txt"), "mojibake": os.path.getsize(f"{out}/mojibake.txt")}
ftfy = {}
rows = []
for r in json.load(open(f"{out}/decode.json"))["results"]:
    kind = r["command"].split()[-1]
    mb = sizes[kind] / 1e6
    rows.append((r["command"], kind, mb, r["mean"], r["stddev"] or 0))
    if r["command"].startswith("ftfy"):
        ftfy[kind] = mb / r["mean"]
print("| command | file | MB | mean s | MB/s | × ftfy |\n|---|---|---|---|---|---|")
for cmd, kind, mb, mean, sd in rows:
    print(f"| {cmd} | {kind}.txt | {mb:.1f} | {mean:.3f} ± {sd:.3f} | {mb / mean:.1f} | {mb / mean / ftfy[kind]:.0f} |")
PY
