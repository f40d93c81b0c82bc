"""Over ../shared/corpus (read in place, never copied): the Python API gives the CLI's bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import seeds_convert as sc

from conftest import run_cli


@pytest.fixture(scope="module")
def cli_json(cli, corpus) -> bytes:
    return run_cli(cli, ["--to", "json", "-q", corpus])


@pytest.fixture(scope="module")
def names(corpus):
    return sc.find_seeds(corpus)


def test_find_seeds_lists_what_the_cli_converts(names, cli_json):
    sources = [json.loads(line)["source"] for line in cli_json.splitlines()]
    assert names == sources
    assert len(names) > 2000 and all(n.startswith("../shared/corpus/") for n in names)


def test_parse_files_is_the_cli_json_byte_for_byte(names, cli_json):
    docs = sc.parse_files(names)
    assert sc.to_json(docs) == cli_json
    assert any("ư" in d["title"] for d in docs if d["title"])


def test_parse_many_on_contents_is_the_cli_json(names, cli_json):
    def seed(name):
        path = Path(name)
        info = path.with_name(path.name[: -len(".body.txt")] + ".info.txt") if path.name.endswith(".body.txt") else None
        return (name, path.read_bytes(), info.read_bytes() if info and info.is_file() else None)

    docs = sc.parse_many([seed(n) for n in names], jobs=2)
    assert sc.to_json(docs) == cli_json


def test_learn_profile_is_the_cli_profile(cli, corpus, names, tmp_path):
    out = tmp_path / "profile.json"
    run_cli(cli, ["profile", "-q", corpus, "-o", str(out)])
    profile = sc.learn_profile([Path(n) for n in names])
    assert profile.to_json() + "\n" == out.read_text(encoding="utf-8")
    assert profile.documents == len(names) and len(profile) > 0


def test_parts_with_the_shared_profile_are_the_cli_shards(cli, corpus, names, cli_json, tmp_path):
    """The --shard recipe and its Python equivalent: parts parsed with one profile learned from the whole
    corpus make the whole run's output."""
    profile = sc.learn_profile([Path(n) for n in names])
    (tmp_path / "profile.json").write_text(profile.to_json() + "\n", encoding="utf-8")
    shard = run_cli(cli, ["--to", "json", "-q", "--profile", str(tmp_path / "profile.json"), "--shard", "2/3", corpus])
    in_shard = {json.loads(line)["source"] for line in shard.splitlines()}
    mine = sc.parse_files([n for n in names if n in in_shard], profile=profile)
    assert sc.to_json(mine, lines=True) == shard
    thirds = [names[i::3] for i in range(3)]
    parts = {d["source"]: d for part in thirds for d in sc.parse_files(part, profile=profile)}
    assert sc.to_json([parts[n] for n in names]) == cli_json
    # (No line of this corpus is removed by the profile alone: test_api shows a part differing without it.)


def test_check_is_the_cli_check_json(cli, corpus, names):
    expected = json.loads(run_cli(cli, ["check", "--format", "json", corpus], ok=(0, 1)))
    assert [e["path"] for e in expected] == names
    for entry in expected[::7]:
        path = Path(entry["path"])
        info = path.with_name(path.name[: -len(".body.txt")] + ".info.txt") if path.name.endswith(".body.txt") else None
        side = info.read_bytes() if info and info.is_file() else None
        assert sc.check(path.read_bytes(), entry["path"], sidecar=side) == entry["diagnostics"], entry["path"]
