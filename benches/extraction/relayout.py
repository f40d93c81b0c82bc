#!/usr/bin/env python3
"""Layout robustness: the same labelled documents laid out as other scrapers lay them out, scored by eval.py.

    python3 benches/extraction/relayout.py --set heldout10 [--set dev ...] [--bin BIN]

Each set's seeds (text labels, or offset labels rebuilt from the raw files) are written again, labels
unchanged, in five layouts: `orig` (byte for byte), `noblank` (every blank line dropped), `spaced` (a blank
line between every two lines), `crlf` (CRLF line ends), `indent` (four spaces before every line). A
mechanism that holds on unseen sources should score the same on all five; a drop names a layout it leans on.
(Markdown seeds are the exception: in Markdown a blank line is syntax, `noblank` turns a line over `---` into
a heading.) The variants go to a temporary folder; only the `overall` row of each run is printed.
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import eval as ev  # noqa: E402

LAYOUTS = {
    "orig": lambda t: t,
    "noblank": lambda t: "\n".join(l for l in t.split("\n") if l.strip()) + "\n",
    "spaced": lambda t: "\n\n".join(l for l in t.split("\n") if l.strip()) + "\n",
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "indent": lambda t: "\n".join(("    " + l) if l.strip() else l for l in t.split("\n")),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", required=True, help="dev or heldoutN (repeatable)")
    ap.add_argument("--bin", help="seeds-convert binary (default target/release/seeds-convert)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="relayout-") as tmp:
        for name in args.set:
            home = Path(f"/work/evaldata/{name}")
            offsets = ev.OFFSETS if name == "dev" else ev.OFFSETS / name
            sources = ev.load_sources([(home, home / "labels", str(home))], set(), offsets)
            for layout, render in LAYOUTS.items():
                out = Path(tmp) / name / layout
                (out / "labels").mkdir(parents=True)
                for slug, (_, docs) in sources.items():
                    (out / slug).mkdir()
                    with open(out / "labels" / f"{slug}.jsonl", "w", encoding="utf-8") as lf:
                        for path, rec in docs:
                            raw = path.read_text(encoding="utf-8", errors="surrogateescape")
                            text = render(raw.replace("\r\n", "\n")) if layout != "orig" else raw
                            (out / slug / rec["file"]).write_text(text, encoding="utf-8", errors="surrogateescape",
                                                                  newline="")
                            lf.write(json.dumps(rec, ensure_ascii=False) + "\n")
                cmd = [sys.executable, str(HERE / "eval.py"), "--set", "relayout", "--extra", str(out), "--no-justext"]
                if args.bin:
                    cmd += ["--bin", args.bin]
                run = subprocess.run(cmd, capture_output=True, text=True)
                row = next((l for l in run.stdout.splitlines() if "**overall**" in l), "(no result)")
                cells = [c.strip() for c in row.split("|")]
                print(f"{name:10} {layout:8} " + (" / ".join(cells[4:6] + cells[7:9]) if len(cells) > 9 else row))


if __name__ == "__main__":
    main()
