#!/usr/bin/env python3
"""Write benches/extraction/labels-offsets/<slug>.jsonl (text-free offset labels) from the
text labels of the sources kept outside the repository.

    python3 benches/extraction/build/make_offsets.py [DIR [SET]]   # DIR default /work/evaldata/dev

A held-out set's offsets go to labels-offsets/SET/ (SET given, e.g. heldout8), the dev set's to
labels-offsets/.

DIR/<slug>/<file> are the raw seeds and DIR/labels/<slug>.jsonl their text labels.  Every
title, url, boilerplate and article string becomes {"line", "start", "len", "sha1"} (see
eval.py); a string that lies within no single line of its file is an error.  Check the
result with `eval.py --check-offsets`.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))
import eval as ev  # noqa: E402


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/evaldata/dev")
    out_dir = HERE / "labels-offsets"
    if len(sys.argv) > 2:
        out_dir = out_dir / sys.argv[2]
    out_dir.mkdir(parents=True, exist_ok=True)
    errors = 0
    for lab in sorted((root / "labels").glob("*.jsonl")):
        slug = lab.stem
        out = []
        for _, rec in ev.read_jsonl(lab):
            try:
                out.append(ev.to_offsets(rec, root / slug / rec["file"]))
            except (ValueError, OSError) as e:
                print(f"{slug}: {e}", file=sys.stderr)
                errors += 1
        with open(out_dir / f"{slug}.jsonl", "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n")
        print(f"{slug}: {len(out)} records -> {out_dir / (slug + '.jsonl')}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
