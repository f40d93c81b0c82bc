"""The Python API against the CLI on the shipped samples: same documents, diagnostics and output bytes."""

from __future__ import annotations

import ast
import json
import pickle
import threading
import time
from pathlib import Path

import pytest

import seeds_convert as sc
from seeds_convert import _native

from conftest import REPO, run_cli

ARTICLES = sorted(
    str(p.relative_to(REPO))
    for p in (REPO / "samples" / "articles").rglob("*.txt")
    if not p.name.endswith(".info.txt")
)
SEED = (
    "http://www.vietnamplus.vn/bai-viet/301816.vnp\n-----------------\n"
    "Hội nghị tổng kết\n-----------------\n"
    "Sáng 13/1, tại Hà Nội, hội nghị đã khai mạc.Các đại biểu thảo luận. (TTXVN)\n"
)


def test_parse_keeps_vietnamese_and_repairs_like_the_library_doctest():
    doc = sc.parse(SEED, "a.txt")
    assert doc["source"] == "a.txt"
    assert doc["title"] == "Hội nghị tổng kết"
    assert doc["layout"] == "url-separator"
    assert doc["blocks"][0]["text"] == "Sáng 13/1, tại Hà Nội, hội nghị đã khai mạc. Các đại biểu thảo luận."
    assert doc["blocks"][1]["kind"] == "attribution"
    assert {"kind": "glued-sentences", "count": 1} in doc["repairs"]


def test_bytes_and_str_are_the_same_seed_and_unnamed_is_stdin():
    assert sc.parse(SEED.encode("utf-8")) == sc.parse(SEED)
    assert sc.parse(SEED)["source"] == "-"


def test_legacy_encodings_decode_to_the_same_text():
    utf8 = sc.parse((REPO / "samples/encodings/utf-8.txt").read_bytes())
    for name in ["viscii.txt", "tcvn3.txt", "vni.txt", "windows-1258.txt", "utf-16be.txt", "mojibake-1.txt"]:
        doc = sc.parse((REPO / "samples/encodings" / name).read_bytes())
        assert doc["blocks"] == utf8["blocks"], name
    assert utf8["title"] == "Đà Nẵng mở rộng tuyến xe buýt ven biển phục vụ người dân và du khách"


@pytest.mark.parametrize("path", ARTICLES)
def test_parse_is_the_cli_json(cli, path):
    seed = Path(path)
    sidecar = seed.with_name(seed.name.replace(".body.txt", ".info.txt"))
    side = sidecar.read_bytes() if sidecar != seed and sidecar.exists() else None
    doc = sc.parse(seed.read_bytes(), path, sidecar=side)
    assert sc.to_json(doc) == run_cli(cli, ["--to", "json", path])


def test_documents_roundtrip_through_every_writer_as_the_cli(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    docs = sc.parse_files(ARTICLES)
    for fmt, writer in [("json", sc.to_json), ("txt", sc.to_txt), ("tei", sc.to_tei), ("epub", sc.to_epub), ("pdf", sc.to_pdf)]:
        out = tmp_path / f"out.{fmt}"
        run_cli(cli, ["--to", fmt, "-q", *ARTICLES, "-o", str(out)])
        assert writer(docs) == out.read_bytes(), fmt
    out = tmp_path / "book.epub"
    run_cli(cli, ["--to", "epub", "--title", "Tuyển tập thử", "--author", "Nguyễn Văn A", ARTICLES[0], "-o", str(out)])
    assert sc.to_epub(docs[:1], title="Tuyển tập thử", author="Nguyễn Văn A") == out.read_bytes()
    run_cli(cli, ["--to", "pdf", "--paper", "letter", ARTICLES[0], "-o", str(out)])
    assert sc.to_pdf(docs[:1], paper="letter") == out.read_bytes()


def test_book_metadata_keywords_are_the_cli_options(cli, tmp_path):
    docs = sc.parse_files(ARTICLES)
    meta = {"lang": "en", "publisher": "Nhà xuất bản Thử", "date": "2024-05", "identifier": "urn:isbn:9786040000000"}
    out = tmp_path / "book.epub"
    flags = ["--lang", "en", "--publisher", meta["publisher"], "--date", "2024-05", "--identifier", meta["identifier"]]
    run_cli(cli, ["--to", "epub", "-q", *flags, *ARTICLES, "-o", str(out)])
    assert sc.to_epub(docs, **meta) == out.read_bytes()
    assert sc.to_epub(docs, **meta) != sc.to_epub(docs)
    out = tmp_path / "book.pdf"
    run_cli(cli, ["--to", "pdf", "-q", "--lang", "en", "--date", "2024-05", *ARTICLES, "-o", str(out)])
    assert sc.to_pdf(docs, lang="en", date="2024-05") == out.read_bytes()
    for bad in [{"date": "2024-13-01"}, {"date": "26/05/2024"}, {"lang": "english"}]:
        with pytest.raises(ValueError):
            sc.to_epub(docs, **bad)


@pytest.mark.parametrize("folder", ["invalid", "warnings"])
def test_check_is_the_cli_check_json(cli, folder):
    paths = sorted(str(p.relative_to(REPO)) for p in (REPO / "samples" / folder).glob("*.txt"))
    expected = json.loads(run_cli(cli, ["check", "--format", "json", *paths], ok=(0, 1)))
    got = [
        {"path": p, "valid": not any(d["severity"] == "error" for d in ds), "diagnostics": ds}
        for p in paths
        for ds in [sc.check(Path(p).read_bytes(), p)]
    ]
    assert got == expected
    # Each fixture shows the code it is named for (SC106 needs --schema, tested below).
    for p, e in zip(paths, expected):
        if not p.endswith("SC106-schema.txt"):
            assert Path(p).name[:5] in [d["code"] for d in e["diagnostics"]], p


def test_native_functions_raise_python_errors_never_crash():
    with pytest.raises(TypeError, match="capsule"):
        _native.process("not options", "a.txt", b"x", None)
    profile = sc.learn_profile([b"a" * 30] * 3)
    with pytest.raises(ValueError):  # a profile capsule is not an options capsule
        _native.process(profile._capsule, "a.txt", b"x", None)
    with pytest.raises(TypeError, match="bytes"):
        _native.process(sc._options(), "a.txt", "text, not bytes", None)
    with pytest.raises(TypeError):
        _native.process(sc._options(), "a.txt", b"x", None, extra=1)


def test_a_malformed_seed_raises_seed_error_with_its_codes():
    with pytest.raises(sc.SeedError) as e:
        sc.parse(b"\x00\x01\x02binary\x00" * 40, "bad.txt")
    assert e.value.codes and all(c.startswith("SC") for c in e.value.codes)
    assert e.value.path == "bad.txt"
    assert isinstance(e.value, ValueError) and isinstance(e.value, sc.SeedConvertError)
    with pytest.raises(sc.SeedError) as e:
        sc.parse("   \n\n")
    assert e.value.codes == ["SC002"]
    again = pickle.loads(pickle.dumps(e.value))
    assert again.codes == ["SC002"] and again.diagnostics == e.value.diagnostics


def test_strict_and_user_schema_make_errors(repo):
    untitled = (repo / "samples/warnings/SC101-missing-title.txt").read_bytes()
    assert sc.parse(untitled)["title"] is None
    with pytest.raises(sc.SeedError) as e:
        sc.parse(untitled, strict=True)
    assert "SC101" in e.value.codes
    schema = repo / "samples/schemas/require-url.schema.json"
    seed = (repo / "samples/invalid/SC106-schema.txt").read_bytes()
    assert sc.parse(seed)["url"] is None
    for given in [schema, schema.read_text(encoding="utf-8"), json.loads(schema.read_text(encoding="utf-8"))]:
        with pytest.raises(sc.SeedError) as e:
            sc.parse(seed, schema=given)
        assert e.value.codes == ["SC106"]


def test_tone_style_layout_and_rules_options():
    seed = "Hòa bình và sức khỏe\n\nÔng Thúy nói về hòa bình, sức khỏe và hoàng hôn ở quê nhà hôm qua.\n"
    new = sc.parse(seed, tone_style="new")
    assert new["title"] == "Hoà bình và sức khoẻ"
    assert "Thuý" in new["blocks"][0]["text"] and "hoàng" in new["blocks"][0]["text"]
    assert sc.parse(seed)["title"] == "Hòa bình và sức khỏe"
    assert sc.parse(seed, layout="single-line")["layout"] == "single-line"
    rules = {"rules": [{"name": "share", "kind": "share-widget", "action": "line", "pattern": "^Chia sẻ bài viết"}]}
    doc = sc.parse(seed + "\nChia sẻ bài viết này\n", rules=rules)
    assert any(r["kind"] == "share-widget" and r["rule"] == "share" for r in doc["removed"])
    with pytest.raises(ValueError, match="layout `nope`"):
        sc.parse(seed, layout="nope")
    with pytest.raises(ValueError, match="tone_style"):
        sc.parse(seed, tone_style="middle")
    with pytest.raises(ValueError, match="rules"):
        sc.parse(seed, rules={"rules": [{"name": "x"}]})


def test_parse_many_is_independent_of_jobs_and_keeps_order():
    seeds = [(p, Path(p).read_bytes()) for p in ARTICLES if "sidecar" not in p]
    one = sc.parse_many(seeds, jobs=1)
    assert [d["source"] for d in one] == [p for p, _ in seeds]
    assert sc.parse_many(seeds, jobs=3) == one == sc.parse_many(seeds)
    with pytest.raises(ValueError):
        sc.parse_many(seeds, jobs=257)


def test_parse_many_errors_raise_or_return():
    seeds = [("good.txt", SEED), ("empty.txt", b""), ("good2.txt", SEED)]
    with pytest.raises(sc.SeedError) as e:
        sc.parse_many(seeds)
    assert e.value.path == "empty.txt"
    out = sc.parse_many(seeds, errors="return")
    assert isinstance(out[1], sc.SeedError) and out[1].codes == ["SC002"]
    assert out[0]["source"] == "good.txt" and out[2]["source"] == "good2.txt"
    with pytest.raises(sc.SeedError):
        sc.to_json(out)


def test_io_errors_are_os_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        sc.parse_files([tmp_path / "nope.txt"])
    with pytest.raises(FileNotFoundError):
        sc.find_seeds(tmp_path / "nope")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(OSError, match="max-size"):
        sc.parse_files([big], max_size=1000)


def test_profile_learned_in_python_is_the_cli_profile(cli, tmp_path):
    out = tmp_path / "profile.json"
    run_cli(cli, ["profile", *ARTICLES, "-o", str(out)])
    learned = sc.learn_profile([Path(p) for p in ARTICLES])
    assert learned.to_json() + "\n" == out.read_text(encoding="utf-8")
    assert sc.Profile.from_json(out.read_text(encoding="utf-8")) == learned
    assert learned.documents == len(ARTICLES) and learned.threshold == 3
    again = pickle.loads(pickle.dumps(learned))
    assert again == learned and again.to_json() == learned.to_json()
    with pytest.raises(ValueError, match="profile"):
        sc.Profile.from_json('{"version": 2, "documents": 0, "lines": {}}')


def test_a_profile_removes_recurring_lines_only_when_given():
    footer = "Mời quý độc giả đón đọc số báo tiếp theo vào sáng thứ Hai hàng tuần"
    seeds = [
        (
            f"{i}.txt",
            f"Tin số {i} về giáo dục ở Hà Nội\n\nBài viết số {i} nói về chuyện trường lớp ở Hà Nội trong năm học mới, "
            f"khi các thầy cô giáo chuẩn bị bài giảng.\n\nPhụ huynh và học sinh số {i} đều mong đợi một năm học "
            f"nhiều niềm vui, với những đổi mới trong chương trình giáo dục phổ thông.\n\n{footer}\n",
        )
        for i in range(4)
    ]
    profile = sc.learn_profile(seeds)
    assert len(profile) >= 1
    alone = sc.parse(seeds[0][1], "0.txt")
    assert footer in json.dumps(alone["blocks"], ensure_ascii=False)
    withp = sc.parse(seeds[0][1], "0.txt", profile=profile)
    assert footer not in json.dumps(withp["blocks"], ensure_ascii=False)
    assert any(r["rule"] == "profile" for r in withp["removed"])
    # A batch learns it itself, like a CLI run; learn_profile=False stops it.
    whole = sc.parse_many(seeds)
    assert whole[0] == withp
    assert sc.parse_many(seeds, learn_profile=False)[0] == alone
    # Parts of the batch (too small to learn anything) give the whole's documents only with its profile.
    halves = [seeds[:2], seeds[2:]]
    assert [d for h in halves for d in sc.parse_many(h, profile=profile)] == whole
    assert [d for h in halves for d in sc.parse_many(h)] != whole


def test_parse_many_releases_the_gil():
    seeds = [(f"{i}.txt", (SEED * 40).encode("utf-8"), None) for i in range(600)]
    options = sc._options(learn_profile=False)
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        start = len(ticks)
        began = time.perf_counter()
        _native.process_many(options, seeds, 1)  # the native call alone: no Python work in between
        elapsed = time.perf_counter() - began
        during = len(ticks) - start
    finally:
        stop.set()
        t.join()
    # With the GIL held for the whole batch the ticker could not run at all.
    assert elapsed > 0.05, "batch too small to tell"
    assert during >= 5, (during, elapsed)


def test_to_json_lines_for_parts():
    doc = sc.parse(SEED, "a.txt")
    assert sc.to_json(doc).startswith(b"{\n  ")
    line = sc.to_json([doc], lines=True)
    assert line.count(b"\n") == 1 and json.loads(line) == doc
    assert sc.to_json([doc, doc]) == line + line
    with pytest.raises(ValueError, match="not a seeds-convert document"):
        sc.to_json({**doc, "extra": 1})
    with pytest.raises(TypeError):
        sc.to_json(["not a dict"])


def test_native_stubs_match_the_module():
    stub = ast.parse((Path(sc.__file__).parent / "_native.pyi").read_text(encoding="utf-8"))
    stubbed = {n.name: len(n.args.posonlyargs) for n in stub.body if isinstance(n, ast.FunctionDef)}
    public = {n for n in dir(_native) if not n.startswith("_")}
    assert set(stubbed) == public
    for name, arity in stubbed.items():  # each native function takes exactly its stubbed arguments
        with pytest.raises(TypeError, match="positional arguments"):
            getattr(_native, name)(*([None] * (arity + 1)))
    assert (Path(sc.__file__).parent / "py.typed").exists()
    for name in sc.__all__:
        assert getattr(sc, name).__doc__, name
