#!/usr/bin/env python3
"""What a change to the parser does to real folders: runs two seeds-convert binaries over the same
folders (one `--to json` run per folder, as a user converting a folder would, so the cross-document
profile is learned the same way) and lists, per seed, every removal one makes and the other does not,
and every title, date or category that differs.  Use it on ../shared/corpus, ../shared/seeds and
samples/articles after every detector change: a new removal of article text shows up here first.

    python3 benches/extraction/diffrm.py BASE_BIN NEW_BIN DIR [DIR ...] [--limit N] [--width W]

DIR is a folder of seeds or a folder of such folders (each subfolder with *.txt files is run on its
own).  Exit status 0 always; the last line gives the totals.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def folders(root):
    root = Path(root)
    subs = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.txt")))
    return ([root] if any(root.glob("*.txt")) else []) + subs


def run(binary, folder):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        p = subprocess.run([binary, "--to", "json", "-q", str(folder), "-o", str(out)],
                           capture_output=True)
        if not out.exists():
            # A rejected seed stops the run; fall back to one run per seed (no profile).
            docs = {}
            for seed in sorted(folder.glob("*.txt")):
                q = subprocess.run([binary, "--to", "json", "-q", str(seed)], capture_output=True)
                if q.returncode == 0:
                    docs[seed.name] = json.loads(q.stdout)
            print(f"[diffrm] {folder}: folder run failed ({p.returncode}); per-seed runs", file=sys.stderr)
            return docs
        text = out.read_text(encoding="utf-8")
        # One document is written as one JSON object (pretty-printed), several as JSON Lines.
        # (Split at newlines only: `str.splitlines` also splits at U+2028, U+0085 and others, which a
        # JSON string may hold unescaped.)
        lines = [text] if text.startswith("{\n") else [l for l in text.split("\n") if l.strip()]
        docs = {}
        for line in lines:
            d = json.loads(line)
            docs[Path(d.get("source") or "?").name] = d
        return docs


def removals(doc):
    return [(r.get("kind"), r.get("rule"), r.get("text", "")) for r in doc.get("removed") or []]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("new")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--limit", type=int, default=40, help="most differences printed per folder")
    ap.add_argument("--width", type=int, default=160)
    a = ap.parse_args()
    gained = lost = meta = absent = 0
    for root in a.dirs:
        for folder in folders(root):
            base, new = run(a.base, folder), run(a.new, folder)
            shown = 0
            for name in sorted(set(base) | set(new)):
                b, n = base.get(name, {}), new.get(name, {})
                if not b or not n:
                    # A seed one binary rejected or crashed on.
                    absent += 1
                    print(f"! {folder.name}/{name} only in {'NEW' if n else 'BASE'}")
                rb, rn = removals(b), removals(n)
                plus = [r for r in rn if r not in rb]
                minus = [r for r in rb if r not in rn]
                keys = [k for k in ("title", "date", "category", "url") if b.get(k) != n.get(k)]
                # The kept text, block by block (a change that removes nothing can still move text).
                tb = [(x.get("kind"), x.get("text")) for x in b.get("blocks") or []]
                tn = [(x.get("kind"), x.get("text")) for x in n.get("blocks") or []]
                if tb != tn and not plus and not minus and not keys:
                    keys.append("blocks")
                gained += len(plus)
                lost += len(minus)
                meta += len(keys)
                for sign, rs in (("+", plus), ("-", minus)):
                    for kind, rule, text in rs:
                        if shown < a.limit:
                            print(f"{sign} {folder.name}/{name} [{kind}/{rule}] {text[:a.width]!r}")
                        shown += 1
                for k in keys:
                    if k == "blocks":
                        if shown < a.limit:
                            gone = [t for t in tb if t not in tn][:2]
                            came = [t for t in tn if t not in tb][:2]
                            print(f"~ {folder.name}/{name} blocks: {str(gone)[:a.width]} -> {str(came)[:a.width]}")
                        shown += 1
                        continue
                    if shown < a.limit:
                        print(f"~ {folder.name}/{name} {k}: {str(b.get(k))[:80]!r} -> {str(n.get(k))[:80]!r}")
                    shown += 1
            if shown > a.limit:
                print(f"  … {shown - a.limit} more in {folder}")
    print(f"removals only in NEW: {gained}; only in BASE: {lost}; title/date/category/url/blocks changes: {meta}; "
          f"seeds only one binary wrote: {absent}")


if __name__ == "__main__":
    main()
