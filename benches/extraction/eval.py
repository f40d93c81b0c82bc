#!/usr/bin/env python3
"""Boilerplate-extraction evaluation for seeds-convert (in the spirit of trafilatura's
evaluation), on plain-text Vietnamese scrapes.

Usage:
    python3 benches/extraction/eval.py [--bin target/release/seeds-convert]
                                       [--set dev|heldout] [--extra DIR ...]
                                       [--source SLUG ...] [--verbose] [--no-justext]
                                       [--per-file] [--offsets-only] [--check-offsets]

Modes:
    corpus (default)  seeds-convert runs ONCE per source folder
                      (`BIN --to json -q DIR -o out.jsonl`), as a user converting a folder
                      would; that run learns the lines recurring across the folder's
                      documents (site furniture) and uses them.  If a seed in the folder is
                      rejected (nothing is written), the rejected seeds are reported and the
                      run is repeated on the remaining *.txt files.
    --per-file        one `BIN --to json -q FILE` per document (no cross-document profile).

Data layout (one folder per source):
    DATA/<slug>/<name>.txt           the seed files
    LABELS/<slug>.jsonl              one JSON object per document:
        {"file", "title", "url", "boilerplate": [substr...], "article": [substr...]}

--set dev (default) reads benches/extraction/data + labels (shipped sources) and
/work/evaldata/dev/<slug>/ + /work/evaldata/dev/labels/<slug>.jsonl when that folder
exists (sources whose licence does not allow shipping them).  --set heldout reads
/work/evaldata/heldout only.  --extra DIR (repeatable) replaces that default outside folder.

Offset labels (dev set): benches/extraction/labels-offsets/<slug>.jsonl holds, for every
source kept outside the repository, the same records with every text field (title, url,
boilerplate and article substrings) replaced by {"line", "start", "len", "sha1"}: the
1-based line of the raw file (bytes decoded as UTF-8 with replacement, split on "\n"),
the character offset and length in that line after normalisation (see norm()), and the
SHA-1 of the normalised substring.  When a source's text labels are absent but its raw
files are (EXTRA/<slug>/<file>, re-created per SOURCES.md / build/), the substrings are
rebuilt from the files and checked against the SHA-1.  --offsets-only ignores the text
labels of outside sources; --check-offsets only runs the round trip (offset labels →
substrings equal to the normalised text labels) and exits 1 on any difference.

Only the Python standard library is needed for seeds-convert.  For the jusText baseline
the script creates a venv at ~/.cache/seeds-extraction-venv (override with
SEEDS_EXTRACTION_VENV) and pip-installs justext into it, then re-runs itself there.
"""

import argparse
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OFFSETS = HERE / "labels-offsets"
VENV = Path(os.environ.get("SEEDS_EXTRACTION_VENV",
                           Path.home() / ".cache" / "seeds-extraction-venv"))


# --------------------------------------------------------------------------- helpers

_WS = re.compile(r"\s+")


def norm(s):
    """NFC, '_' as space (word-segmented sources), whitespace runs collapsed."""
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("_", " ")
    return _WS.sub(" ", s).strip()


def ensure_justext():
    """Import justext, bootstrapping a private venv if needed. Returns module or None."""
    try:
        import justext  # noqa: F401
        return justext
    except ImportError:
        pass
    if os.environ.get("SEEDS_EXTRACTION_IN_VENV") == "1":
        return None
    py = VENV / "bin" / "python3"
    try:
        if not py.exists():
            print(f"[eval] creating venv {VENV} for jusText …", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        chk = subprocess.run([str(py), "-c", "import justext"], capture_output=True)
        if chk.returncode != 0:
            # lxml >= 5.2 moved lxml.html.clean (which justext imports) to lxml_html_clean
            print("[eval] pip install justext lxml_html_clean …", file=sys.stderr)
            subprocess.run([str(py), "-m", "pip", "install", "-q", "justext",
                            "lxml_html_clean"], check=True)
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"[eval] jusText unavailable ({e}); its columns will show n/a", file=sys.stderr)
        return None
    env = dict(os.environ, SEEDS_EXTRACTION_IN_VENV="1")
    os.execve(str(py), [str(py), str(Path(__file__).resolve())] + sys.argv[1:], env)


def find_bin(arg):
    if arg:
        p = Path(arg)
        if not p.is_absolute():
            p = (Path.cwd() / p) if (Path.cwd() / p).exists() else REPO / p
        return p
    for cand in ("target/release/seeds-convert",
                 "target/x86_64-unknown-linux-gnu/release/seeds-convert"):
        p = REPO / cand
        if p.exists():
            return p
    return REPO / "target/release/seeds-convert"


def raw_lines(path):
    """The lines of a seed as the offset labels count them: bytes decoded as UTF-8 (bad
    bytes replaced), split on "\\n" (a "\\r" before it disappears in norm())."""
    return path.read_bytes().decode("utf-8", "replace").split("\n")


def sha1(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def locate(lines_n, sub):
    """Offset record of normalised substring `sub` in the normalised lines (first
    occurrence), or None when it lies within no single line."""
    ns = norm(sub)
    for i, ln in enumerate(lines_n):
        k = ln.find(ns)
        if k >= 0:
            return {"line": i + 1, "start": k, "len": len(ns), "sha1": sha1(ns)}
    return None


def to_offsets(rec, path):
    """Text label record -> offset label record (no text). Raises ValueError if a
    substring cannot be located within one line."""
    lines_n = [norm(x) for x in raw_lines(path)]

    def one(x, what):
        if x is None:
            return None
        o = locate(lines_n, x)
        if o is None:
            raise ValueError(f"{path.name}: {what} not within one line: {x[:80]!r}")
        return o

    title = rec.get("title")
    # A headline the file wraps over lines: one record per line, joined again by a space.
    title = (one(title, "title") if title is None or "\n" not in title
             else [one(part, "title") for part in title.split("\n") if part.strip()])
    return {"file": rec["file"],
            "title": title,
            "url": one(rec.get("url"), "url"),
            "boilerplate": [one(b, "boilerplate") for b in rec.get("boilerplate") or []],
            "article": [one(a, "article") for a in rec.get("article") or []]}


def from_offsets(orec, path, problems):
    """Offset label record + raw file -> text label record (normalised substrings).
    A substring whose SHA-1 does not match is dropped and reported in `problems`."""
    lines = raw_lines(path)
    cache = {}

    def one(o, what):
        if o is None:
            return None
        n = o["line"]
        if not 1 <= n <= len(lines):
            problems.append(f"{path.name}: {what}: line {n} beyond end of file")
            return None
        if n not in cache:
            # The offsets count in the normalised line; the label given back keeps the line's `_`, as a
            # text label copied from the file does (a Markdown link's address with `_` in it must stay one
            # word for `unlink` to drop it). `_` becomes one space, so the two lines align char for char
            # unless a `_` touches white space or an end (then the normalised text is given, as before).
            normed = norm(lines[n - 1])
            kept = _WS.sub(" ", unicodedata.normalize("NFC", lines[n - 1])).strip()
            cache[n] = (normed, kept if len(kept) == len(normed) else normed)
        normed, raw = cache[n]
        sub = normed[o["start"]:o["start"] + o["len"]]
        if sha1(sub) != o["sha1"]:
            problems.append(f"{path.name}: {what}: SHA-1 mismatch at line {n}")
            return None
        return raw[o["start"]:o["start"] + o["len"]]

    title = orec.get("title")
    if isinstance(title, list):
        parts = [one(o, "title") for o in title]
        title = None if None in parts else norm(" ".join(parts))
    else:
        title = one(title, "title")
    rec = {"file": orec["file"],
           "title": title,
           "url": one(orec.get("url"), "url")}
    for key in ("boilerplate", "article"):
        rec[key] = [x for x in (one(o, key) for o in orec.get(key) or []) if x is not None]
    return rec


def read_jsonl(path):
    out = []
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            out.append((ln, json.loads(line)))
    return out


def load_sources(dirs, only, offsets_dir=None, offsets_only=False):
    """dirs: list of (data_dir, labels_dir, origin). Returns {slug: (origin, [(path, label)])}.

    Text labels come first (except for outside folders with offsets_only); then every
    offsets_dir/<slug>.jsonl not yet loaded is rebuilt from the first folder of `dirs`
    that holds <slug>/."""
    sources = {}
    for data_dir, labels_dir, origin in dirs:
        if not labels_dir.is_dir():
            continue
        if offsets_only and origin != "shipped":
            continue
        for lab in sorted(labels_dir.glob("*.jsonl")):
            slug = lab.stem
            if (only and slug not in only) or slug in sources:
                continue
            docs = []
            for ln, rec in read_jsonl(lab):
                path = data_dir / slug / rec["file"]
                if not path.exists():
                    print(f"[eval] {lab}:{ln}: missing {path}", file=sys.stderr)
                    continue
                docs.append((path, rec))
            if docs:
                sources[slug] = (origin, docs)
    if offsets_dir is None or not offsets_dir.is_dir():
        return sources
    for lab in sorted(offsets_dir.glob("*.jsonl")):
        slug = lab.stem
        if (only and slug not in only) or slug in sources:
            continue
        home = next((d for d, _, o in dirs if o != "shipped" and (d / slug).is_dir()), None)
        if home is None:
            continue
        docs, problems = [], []
        for ln, orec in read_jsonl(lab):
            path = home / slug / orec["file"]
            if not path.exists():
                print(f"[eval] {lab}:{ln}: missing {path}", file=sys.stderr)
                continue
            docs.append((path, from_offsets(orec, path, problems)))
        for p in problems:
            print(f"[eval] {slug}: {p} (substring dropped)", file=sys.stderr)
        if docs:
            sources[slug] = (f"{home} (offset labels)", docs)
    return sources


def check_offsets(dirs, only, offsets_dir):
    """Round trip: for every source with both text labels and offset labels, rebuild the
    substrings from the raw files and compare with the normalised text labels."""
    bad = total = 0
    seen = set()
    for data_dir, labels_dir, origin in dirs:
        if origin == "shipped" or not labels_dir.is_dir():
            continue
        for lab in sorted(labels_dir.glob("*.jsonl")):
            slug = lab.stem
            if (only and slug not in only) or slug in seen:
                continue
            seen.add(slug)
            off = offsets_dir / lab.name
            if not off.exists():
                print(f"{slug}: NO OFFSET LABELS ({off})")
                bad += 1
                continue
            texts = {r["file"]: r for _, r in read_jsonl(lab)}
            offs = {r["file"]: r for _, r in read_jsonl(off)}
            n = diff = 0
            if set(texts) != set(offs):
                print(f"{slug}: file lists differ: {sorted(set(texts) ^ set(offs))[:5]}")
                diff += 1
            for f, trec in texts.items():
                if f not in offs:
                    continue
                problems = []
                rrec = from_offsets(offs[f], data_dir / slug / f, problems)
                for p in problems:
                    print(f"{slug}: {p}")
                for key in ("title", "url"):
                    n += trec.get(key) is not None
                    want = None if trec.get(key) is None else norm(trec[key])
                    got = None if rrec.get(key) is None else norm(rrec[key])
                    if got != want:
                        diff += 1
                        print(f"{slug}/{f}: {key}: {rrec.get(key)!r} != {want!r}")
                for key in ("boilerplate", "article"):
                    want = [norm(x) for x in trec.get(key) or []]
                    n += len(want)
                    if [norm(x) for x in rrec[key]] != want:
                        diff += 1
                        print(f"{slug}/{f}: {key} differs")
                # no text may be stored in the offset labels
                if any(isinstance(v, str) for k, v in offs[f].items() if k != "file"):
                    diff += 1
                    print(f"{slug}/{f}: offset record holds text")
            print(f"{slug}: {len(texts)} docs, {n} substrings, "
                  f"{'identical' if not diff else f'{diff} DIFFERENCE(S)'}")
            bad += diff
            total += n
    print(f"round trip: {total} substrings, {'OK' if not bad else f'{bad} problem(s)'}")
    return 1 if bad else 0


# --------------------------------------------------------------------------- extractors

def run_seeds(binary, path):
    """Returns (ok, title, kept_text, removed_list, err)."""
    try:
        p = subprocess.run([str(binary), "--to", "json", "-q", str(path)],
                           capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return False, None, "", [], "timeout"
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return False, None, "", [], (err[0] if err else f"exit {p.returncode}")
    try:
        doc = json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        return False, None, "", [], f"bad JSON: {e}"
    if isinstance(doc, list):  # tolerate a one-element array
        doc = doc[0] if doc else {}
    return _doc_result(doc)


def _doc_result(doc):
    blocks = doc.get("blocks") or []
    kept = "\n".join(b.get("text", "") for b in blocks if isinstance(b, dict))
    return True, doc.get("title"), kept, doc.get("removed") or [], ""


_ERR_PATH = re.compile(r"^(.+?):\d+:\d+: error\b")


def _corpus_inputs(folder):
    """The *.txt files a folder run reads, minus N.info.txt sidecars of an N.txt."""
    files = sorted(p for p in folder.rglob("*.txt") if p.is_file())
    names = {p for p in files}
    return [p for p in files
            if not (p.name.endswith(".info.txt")
                    and p.with_name(p.name[:-len(".info.txt")] + ".txt") in names)]


def run_seeds_corpus(binary, folder, paths):
    """One run over a whole source folder. Returns ({resolved path: (ok, title, kept,
    removed, err)} for `paths`, note). A labelled seed missing from the output counts as
    rejected."""
    results, note = {}, ""
    with tempfile.TemporaryDirectory(prefix="seeds-eval-") as tmp:
        out = Path(tmp) / "out.jsonl"
        args = [str(folder)]
        rejected = {}
        for attempt in range(2):
            try:
                p = subprocess.run([str(binary), "--to", "json", "-q", *args, "-o", str(out)],
                                   capture_output=True, timeout=1800)
            except subprocess.TimeoutExpired:
                note = "timeout"
                break
            if p.returncode == 0 and out.exists():
                break
            err = p.stderr.decode("utf-8", "replace")
            new = {}
            for line in err.splitlines():
                m = _ERR_PATH.match(line)
                if m:
                    rp = Path(m.group(1))
                    rp = (rp if rp.is_absolute() else Path.cwd() / rp).resolve()
                    new.setdefault(rp, line.split(": ", 1)[-1])
            if p.returncode != 1 or not new or attempt == 1:
                last = err.strip().splitlines()
                note = last[-1] if last else f"exit {p.returncode}"
                break
            # some seeds are not well-formed, so nothing was written: report them and
            # convert the rest of the folder in one run (the profile then comes from it)
            rejected.update(new)
            args = [str(x) for x in _corpus_inputs(folder) if x.resolve() not in rejected]
            names = ", ".join(sorted(x.name for x in rejected)[:5])
            note = (f"{len(rejected)} seed(s) in the folder rejected ({names}); "
                    "run repeated without them")
        docs = {}
        if out.exists():
            body = out.read_text(encoding="utf-8")
            # a folder of one seed gives one JSON document, not JSON Lines
            try:
                records = [json.loads(body)]
            except ValueError:
                records = []
                for line in body.splitlines():
                    if not line.strip():
                        continue
                    try:
                        records.append(json.loads(line))
                    except ValueError:
                        continue
            for d in records:
                src = Path(d.get("source") or "")
                src = (src if src.is_absolute() else Path.cwd() / src).resolve()
                docs[src] = d
    for path in paths:
        rp = path.resolve()
        if rp in docs:
            results[rp] = _doc_result(docs[rp])
        else:
            why = rejected.get(rp) or note or "not in the corpus output"
            results[rp] = (False, None, "", [], why)
    return results, note


def run_justext(justext_mod, stoplist, text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    page = "<html><head><meta charset='utf-8'></head><body>" + "".join(
        "<p>%s</p>" % html.escape(ln) for ln in lines) + "</body></html>"
    paras = justext_mod.justext(page.encode("utf-8"), stoplist, encoding="utf-8")
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


# --------------------------------------------------------------------------- scoring

class Score:
    def __init__(self):
        self.docs = 0
        self.bp_total = 0
        self.bp_removed = 0
        self.art_n = 0
        self.art_lost = 0
        self.art_chars = 0
        self.art_chars_kept = 0
        self.title_ok = 0
        self.title_n = 0
        self.rejected = 0

    def add(self, other):
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def metrics(self):
        rec = self.bp_removed / self.bp_total if self.bp_total else None
        den = self.bp_removed + self.art_lost
        prec = self.bp_removed / den if den else None
        f1 = (2 * prec * rec / (prec + rec)) if (prec and rec) else (0.0 if rec is not None and prec is not None else None)
        kept = self.art_chars_kept / self.art_chars if self.art_chars else None
        tacc = self.title_ok / self.title_n if self.title_n else None
        return rec, prec, f1, kept, tacc


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# Zero-width spaces and joiners, bidi marks, word joiners, soft hyphens and stray byte-order marks: the tool's cleaning takes them out on purpose
# (a label copied from the raw file keeps them), so text is compared without them.
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")


def title_form(s):
    """A title as compared: `norm`, quotation marks in one style (a page's `<title>` writes `'x'` where
    its headline prints `‘x’`: the same title), Markdown emphasis (`**`) dropped as `plain` drops it (a
    headline set in bold, `**Tiêu đề**`, reads `Tiêu đề`), and a heading's permalink at its end dropped (`Tiêu
    đề¶`, `Tiêu đề[55]¶`: MkDocs and Sphinx print it after each heading and the tool takes it off; held-out-120 and
    -127 took it off their labels, held-out-139's labels keep it)."""
    if s is None:
        return None
    return norm(_PERMALINK.sub("", s.replace("**", ""))).translate(_QUOTES).translate(_INVISIBLE)


# A heading's permalink at a title's end (`¶`, a text browser's link number before it: `[55]¶`).
_PERMALINK = re.compile(r"\s*(?:\[\d{1,4}\])?¶\s*$")


# A text browser's number for a link, where the link stands (`[12]Kinh doanh`).
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")

# An element name a crawler printed before a line's text (`[LI] Trang chủ`, `[H1] Tiêu đề`).
_ELEMENT_TAG = re.compile(r"\[(?:P|LI|H[1-6]|TD|TH|DT|DD|DIV|SPAN|BLOCKQUOTE|FIGCAPTION|CAPTION|PRE)\] ?")


# A Markdown backslash escape (`\-`, `5\.`, `\*`: html2text and pandoc escape list marks and numbers a
# line opens with): a Markdown reader prints the character alone, as CommonMark says of any ASCII punctuation.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def plain(s):
    """The form text is compared in: `norm`, then Markdown emphasis (`**`) and backslash escapes (`\\-`)
    dropped and the press end mark `./.` read as `.` — a Markdown reader and the end-mark rule change those on
    purpose, and a
    label copied from the raw file keeps them — zero-width spaces dropped (the cleaning takes them out),
    element tags (`[LI] `) and a text browser's link numbers (`[12]Kinh doanh`, `lynx -dump`) dropped
    likewise, and whitespace
    ignored: a space put back between page nodes a scraper glued (`BáoThanh Niên` → `Báo Thanh Niên`)
    is a repair, not a loss (nor a removal)."""
    s = _ELEMENT_TAG.sub("", norm(s).replace("**", "").replace("./.", ".").translate(_INVISIBLE))
    s = _LINK_NUMBER.sub("", s)
    s = _MD_ESCAPE.sub(r"\1", s)
    return _WS.sub("", s)


# A Markdown link or image in a label copied from a Markdown page (`[Thời sự](https://…)`): a Markdown
# reader keeps its text and drops the address, so the label is compared as its text. Whole links, and a
# label that starts inside a link's text or ends inside its text or address.
_LINK_TAIL = r'\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)'
# A link's text may hold one level of brackets (`[[Vui vẻ] Chuyện](…)`, an image `[![logo](…) Trang chủ](…)`).
_TEXT = r"((?:[^\[\]]|\[[^\[\]]*\](?:\([^()\s]*\))?)*)"
_MD_IMAGE = re.compile(r"!\[" + _TEXT + _LINK_TAIL)
_MD_LINK = re.compile(r"\[" + _TEXT + _LINK_TAIL)
_MD_LINK_OPEN_START = re.compile(r"^([^\[\]]*)" + _LINK_TAIL)
_MD_LINK_CUT_END = re.compile(r"\[([^\[\]]*)(?:\]\([^)]*)?$")


# An ATX heading's marks at the start of an article label copied from a Markdown page (`## (NLĐO) - Sapo…`,
# a sapo set as a heading): the heading's text is what a reader sees.
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
# A Markdown block quote's marks (`> `, `>> ` nested): a Markdown reader drops them as it drops a heading's.
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")


def unlink(label):
    """A label's Markdown links as their text, images dropped (labels only: the tool's output is plain)."""
    s = _MD_IMAGE.sub("", label)
    s = _MD_LINK.sub(lambda m: _MD_IMAGE.sub("", m.group(1)), s)
    s = _MD_LINK_OPEN_START.sub(r"\1", s)
    return _MD_LINK_CUT_END.sub(r"\1", s)


def score_doc(label, kept_text, title, ok, sc, leaks, losses, fname, removed, tool):
    sc.docs += 1
    kept_n = plain((title or "") + "\n" + kept_text) if ok else ""
    if not ok:
        sc.rejected += 1
    for b in label.get("boilerplate") or []:
        nb = plain(unlink(b))
        # A label that is markup only once its links are text (`* [ ](https://facebook.com/…)`, an icon
        # link): nothing a reader sees, neither leaked nor removed.
        if not any(ch.isalnum() for ch in nb):
            continue
        if not ok:
            # a rejected seed is scored as losing its article; its boilerplate is left
            # out of recall (nothing was extracted, so nothing was "removed" by skill)
            continue
        sc.bp_total += 1
        if nb in kept_n:
            leaks.append((tool, fname, b))
        else:
            sc.bp_removed += 1
    for a in label.get("article") or []:
        # (A boilerplate label keeps its marks: `## Video` as `Video` would be found inside any text.)
        na = plain(unlink(_MD_HEADING.sub("", _MD_QUOTE.sub("", a))))
        if not na:
            continue
        sc.art_n += 1
        sc.art_chars += len(na)
        if ok and na in kept_n:
            sc.art_chars_kept += len(na)
        else:
            sc.art_lost += 1
            why = ""
            if not ok:
                why = "seed rejected"
            else:
                for r in removed or []:
                    if na in plain(r.get("text", "")) or plain(r.get("text", "")) in na:
                        why = f"removed kind={r.get('kind')} rule={r.get('rule')} line={r.get('line')}"
                        break
            losses.append((tool, fname, a, why))


def fmt(x, pct=True):
    if x is None:
        return "n/a"
    return f"{100 * x:.1f}" if pct else str(x)


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="seeds-convert binary (default target/release/seeds-convert)")
    ap.add_argument("--set", default="dev",
                    help="dev, or a held-out set: heldout, heldout8, heldout9 … (reads "
                         "/work/evaldata/<set>; its offset labels, when committed, are "
                         "labels-offsets/<set>/)")
    ap.add_argument("--extra", action="append", default=None,
                    help="folder with <slug>/*.txt and labels/<slug>.jsonl (repeatable)")
    ap.add_argument("--source", action="append", help="only these source slugs")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list every leaked boilerplate and every lost article substring")
    ap.add_argument("--no-justext", action="store_true")
    ap.add_argument("--per-file", action="store_true",
                    help="run seeds-convert once per document instead of once per source folder")
    ap.add_argument("--offsets-only", action="store_true",
                    help="ignore the text labels of outside sources; rebuild them from "
                         "labels-offsets/ and the raw files")
    ap.add_argument("--check-offsets", action="store_true",
                    help="only test the round trip offset labels -> text labels; exit 1 on "
                         "a difference")
    args = ap.parse_args()

    dirs = []
    if args.set == "dev":
        dirs.append((HERE / "data", HERE / "labels", "shipped"))
        extras = args.extra if args.extra is not None else ["/work/evaldata/dev"]
    else:
        extras = args.extra if args.extra is not None else [f"/work/evaldata/{args.set}"]
    offsets = OFFSETS if args.set == "dev" else OFFSETS / args.set
    for e in extras:
        e = Path(e)
        if e.is_dir():
            dirs.append((e, e / "labels", str(e)))
    only = set(args.source or [])
    if args.check_offsets:
        return check_offsets(dirs, only, offsets)
    sources = load_sources(dirs, only, offsets, args.offsets_only)
    if not sources:
        print("no labelled sources found", file=sys.stderr)
        return 0

    justext_mod = None if args.no_justext else ensure_justext()
    stoplist = justext_mod.get_stoplist("Vietnamese") if justext_mod else None

    binary = find_bin(args.bin)
    have_bin = binary.exists()
    if not have_bin:
        print(f"[eval] no seeds-convert binary at {binary}: its columns will show n/a",
              file=sys.stderr)

    rows = []
    tot_s, tot_j = Score(), Score()
    leaks, losses, rejects, notes, title_misses = [], [], [], [], []
    mode = "per-file" if args.per_file else "corpus"
    for slug, (origin, docs) in sorted(sources.items()):
        ss, sj = Score(), Score()
        corpus = {}
        if have_bin and not args.per_file:
            folders = sorted({p.parent for p, _ in docs})
            for folder in folders:
                res, note = run_seeds_corpus(binary, folder,
                                             [p for p, _ in docs if p.parent == folder])
                corpus.update(res)
                if note:
                    notes.append(f"{slug}: {note}")
        for path, label in docs:
            fname = f"{slug}/{path.name}"
            raw = path.read_bytes()
            if have_bin:
                if args.per_file:
                    ok, title, kept, removed, err = run_seeds(binary, path)
                else:
                    ok, title, kept, removed, err = corpus[path.resolve()]
                if not ok:
                    rejects.append((fname, err))
                score_doc(label, kept, title, ok, ss, leaks, losses, fname, removed, "seeds")
                ss.title_n += 1
                if ok and title_form(title) == title_form(label.get("title")):
                    ss.title_ok += 1
                elif args.verbose:
                    title_misses.append((fname, title, label.get("title")))
            if justext_mod:
                text = raw.decode("utf-8", "replace")
                jk = run_justext(justext_mod, stoplist, text)
                score_doc(label, jk, None, True, sj, leaks, losses, fname, None, "justext")
        docs_n = len(docs)
        bp_n = sum(len(l.get("boilerplate") or []) for _, l in docs)
        rows.append((slug, origin, docs_n, bp_n, ss if have_bin else None,
                     sj if justext_mod else None))
        if have_bin:
            tot_s.add(ss)
        if justext_mod:
            tot_j.add(sj)

    hdr = ("| source | docs | bp labels | seeds bp-recall | seeds bp-precision | seeds F1 "
           "| seeds article kept | seeds title acc | seeds rejected "
           "| jusText bp-recall | jusText bp-precision | jusText F1 | jusText article kept "
           "| jusText title acc |")
    print(f"## Extraction evaluation ({args.set}, {mode} mode) — binary: "
          f"{binary if have_bin else 'none'}\n")
    print(hdr)
    print("|" + "---|" * (hdr.count("|") - 1))

    def cells(s, seeds):
        if s is None:
            return ["n/a"] * (6 if seeds else 5)
        r, p, f, k, t = s.metrics()
        out = [fmt(r), fmt(p), fmt(f), fmt(k)]
        if seeds:
            out += [fmt(t), str(s.rejected)]
        else:
            out += ["—"]
        return out

    all_docs = all_bp = 0
    for slug, origin, dn, bn, ss, sj in rows:
        all_docs += dn
        all_bp += bn
        name = (slug if origin == "shipped"
                else f"{slug} (outside, offset labels)" if "offset labels" in origin
                else f"{slug} (outside)")
        print("| " + " | ".join([name, str(dn), str(bn)] + cells(ss, True) + cells(sj, False)) + " |")
    print("| " + " | ".join(["**overall**", str(all_docs), str(all_bp)]
                            + cells(tot_s if have_bin else None, True)
                            + cells(tot_j if justext_mod else None, False)) + " |")
    print()
    print("bp-recall = labelled boilerplate absent from the kept text (title + blocks); "
          "bp-precision = removed boilerplate / (removed boilerplate + article substrings lost); "
          "article kept = share of article-substring characters still present; "
          "title acc = output title equals the labelled one (null = null; quotation marks in one style). "
          "A rejected seed (non-zero exit) loses all its article substrings and is left out of "
          "bp-recall. Percentages. "
          + ("Corpus mode: one seeds-convert run per source folder (it learns the lines "
             "recurring across the folder's documents)." if mode == "corpus" else
             "Per-file mode: one seeds-convert run per document (no cross-document profile)."))
    for n in notes:
        print(f"\nnote: {n}")
    if rejects:
        print(f"\nseeds-convert rejected {len(rejects)} seed(s):")
        for f, e in rejects:
            print(f"  {f}: {e}")
    if args.verbose:
        for f, got, want in title_misses:
            print(f"  TITLE {f}: got {got!r}, labelled {want!r}")
        for tool in ("seeds", "justext"):
            tl = [x for x in leaks if x[0] == tool]
            tlo = [x for x in losses if x[0] == tool]
            if not tl and not tlo:
                continue
            print(f"\n### {tool}: {len(tl)} leaked boilerplate")
            for _, f, b in tl:
                print(f"  LEAK  {f}: {b[:160]}")
            print(f"\n### {tool}: {len(tlo)} lost article substrings")
            for _, f, a, why in tlo:
                print(f"  LOST  {f}: {a[:160]}" + (f"   [{why}]" if why else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
