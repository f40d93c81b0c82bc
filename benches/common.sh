# benches/common.sh — set-up shared by the benchmark scripts (sourced, not run): optional installs, the release
# build, a scratch directory removed on exit, and the one-seed input in the two forms the peers read.
#
# Sets: corpus (first argument, default ../shared/corpus), bin, work, seed, seed_md (the seed as Markdown:
# seeds-convert's canonical text with the title as a heading, for pandoc and calibre).
# INSTALL=1 apt-get installs hyperfine, time, pandoc, qpdf (and calibre when CALIBRE=1: it is big).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
corpus=${1:-../shared/corpus}
if [ "${INSTALL:-0}" = 1 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends hyperfine time pandoc qpdf >/dev/null
  [ "${CALIBRE:-0}" = 1 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends calibre >/dev/null
fi
command -v hyperfine >/dev/null || { echo "hyperfine not installed (INSTALL=1 installs it)" >&2; exit 2; }
# The executable to measure: $BIN if set (to compare two builds), else a fresh release build.
built() { cargo build --release -q --message-format=json-render-diagnostics "$@" | grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4; }
bin=${BIN:-$(built --bin seeds-convert)}
# Outputs go to a tmpfs when there is one, so disk write-back does not land on whichever command runs next.
work=$(mktemp -d -p "$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap 'rm -rf "$work"' EXIT
seed=samples/articles/002_80b3f6d469e22f59.txt
seed_md=$work/seed.md
"$bin" --to txt -q "$seed" | awk 'NR==2{print "# " $0; next} {print}' > "$seed_md"
# calibre wants to run its Chromium without a sandbox as root.
export QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
