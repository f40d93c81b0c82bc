"""Throughput of the Python package against the CLI, and against ftfy + jusText chained as a user would.

    python benches/python_throughput.py [CORPUS] [--runs N] [--bin PATH] [--no-peers]

Run with the Python of a venv that has this package (`pip install ./python`) and, for the peers, ftfy and
jusText (`pip install ftfy justext lxml_html_clean`: not in CI, they are only for this comparison). Every
variant runs over the same files in the same run, `--runs` times (median reported, after one warm-up);
prints a Markdown table. From the repository root, so seed names are the CLI's.

* CLI: `seeds-convert --to json -q CORPUS -o FILE`, a process per run (it learns the profile: two reads).
* parse_files + to_json: the same work from Python (`find_seeds`, read in Rust, profile learned, JSON
  Lines bytes written to a file), so its output is the CLI's, which the script checks.
* parse_files: documents as dicts (what a Python user consumes), no JSON written.
* parse_many, contents in memory: the files read beforehand (reading not timed), as from a dataset.
* parse_many jobs=1 / parse loop: one thread; `parse` called per document, as `datasets.map` would.
* json.loads share: the native batch alone (documents as JSON text) — the rest of parse_files is turning
  JSON into dicts in Python.
* ftfy + jusText: per file, `ftfy.guess_bytes` (BOM/UTF-16), `ftfy.fix_text`, then jusText with its
  Vietnamese stop list over the lines as `<p>` (as benches/extraction/eval.py feeds it): one process, and a
  `multiprocessing.Pool` of one process per core.
"""

from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import seeds_convert as sc
from seeds_convert import _native

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, runs):
    fn()  # warm-up (page cache, thread pools)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def sidecar(name):
    p = Path(name)
    if p.name.endswith(".body.txt"):
        info = p.with_name(p.name[: -len(".body.txt")] + ".info.txt")
        if info.is_file():
            return info.read_bytes()
    return None


_justext = _stoplist = None


def ftfy_justext(path):
    import ftfy
    global _justext, _stoplist
    if _justext is None:
        import justext

        _justext, _stoplist = justext, justext.get_stoplist("Vietnamese")
    text, _ = ftfy.guess_bytes(Path(path).read_bytes())
    text = ftfy.fix_text(text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    page = "<html><head><meta charset='utf-8'></head><body>" + "".join(
        f"<p>{html.escape(ln)}</p>" for ln in lines
    ) + "</body></html>"
    paras = _justext.justext(page.encode("utf-8"), _stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="../shared/corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin", default=str(ROOT / "target" / "release" / "seeds-convert"))
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args()
    os.chdir(ROOT)
    names = sc.find_seeds(args.corpus)
    contents = [(n, Path(n).read_bytes(), sidecar(n)) for n in names]
    mb = sum(len(c[1]) + len(c[2] or b"") for c in contents) / 1e6
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    cli_out = out.with_name("cli.jsonl")
    load = os.getloadavg()
    rows = []

    def cli():
        subprocess.run([args.bin, "--to", "json", "-q", args.corpus, "-o", str(cli_out)], check=True)

    def files_to_json():
        out.write_bytes(sc.to_json(sc.parse_files(sc.find_seeds(args.corpus))))

    rows.append(("CLI `--to json` (process)", timed(cli, args.runs)))
    rows.append(("parse_files + to_json → file", timed(files_to_json, args.runs)))
    assert out.read_bytes() == cli_out.read_bytes(), "Python output differs from the CLI's"
    rows.append(("parse_files (dicts)", timed(lambda: sc.parse_files(names), args.runs)))
    opts = sc._options()
    rows.append(("  native batch alone (JSON text, no dicts)", timed(lambda: _native.process_files(opts, names, 0, 64 << 20), args.runs)))
    rows.append(("parse_many, contents in memory", timed(lambda: sc.parse_many(contents), args.runs)))
    rows.append(("parse_many jobs=1", timed(lambda: sc.parse_many(contents, jobs=1), args.runs)))
    profile = sc.learn_profile(contents)
    rows.append(
        ("parse() per document, 1 thread (profile given)", timed(lambda: [sc.parse(d, n, sidecar=s, profile=profile) for n, d, s in contents], max(1, args.runs // 2)))
    )
    if not args.no_peers:
        try:
            import ftfy  # noqa: F401
            import justext  # noqa: F401
        except ImportError as e:
            print(f"(peers left out: {e}; pip install ftfy justext lxml_html_clean)", file=sys.stderr)
        else:
            peer_runs = max(1, args.runs // 3)
            rows.append(("ftfy + jusText, 1 process", timed(lambda: [ftfy_justext(n) for n in names], peer_runs)))
            with multiprocessing.Pool(os.cpu_count()) as pool:
                rows.append(
                    (f"ftfy + jusText, Pool({os.cpu_count()})", timed(lambda: pool.map(ftfy_justext, names, chunksize=32), peer_runs))
                )
    cli_time = rows[0][1]
    print(f"{len(names)} seeds, {mb:.1f} MB; {os.cpu_count()} cores; load average {load[0]:.2f} {load[1]:.2f} at start, "
          f"{os.getloadavg()[0]:.2f} at end; median of {args.runs} runs (peers and the parse loop: fewer)\n")
    print("| variant | s | docs/s | MB/s | × CLI time |")
    print("|---|---|---|---|---|")
    for name, t in rows:
        print(f"| {name} | {t:.3f} | {len(names) / t:,.0f} | {mb / t:.1f} | {t / cli_time:.2f} |")


if __name__ == "__main__":
    main()
