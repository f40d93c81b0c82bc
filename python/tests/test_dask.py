"""The Dask recipe (python/examples/dask_corpus.py) on a local cluster of two worker processes over
../shared/corpus: its parts, concatenated, are the CLI's `--to json` output byte for byte."""

from __future__ import annotations

import os

import pytest

from conftest import CI, REPO, run_cli

if CI:
    import distributed  # under CI a missing Dask is a failure
else:
    distributed = pytest.importorskip("distributed")


EXAMPLES = REPO / "python" / "examples"


@pytest.fixture(autouse=True)
def _recipe_importable(monkeypatch):
    """The worker processes import the recipe's `write_part` by name, so they need the file on their path."""
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(EXAMPLES), os.environ.get("PYTHONPATH", "")]))


def _recipe():
    import dask_corpus

    return dask_corpus


def test_dask_local_cluster_makes_the_cli_json(cli, corpus, tmp_path):
    recipe = _recipe()
    expected = run_cli(cli, ["--to", "json", "-q", corpus])
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        with distributed.get_task_stream(client) as tasks:
            parts = recipe.convert_corpus(client, [corpus], str(tmp_path / "out"), partitions=5)
    workers_used = {t["worker"] for t in tasks.data if "write_part" in str(t["key"])}
    assert len(parts) >= 4 and len(workers_used) == 2
    assert parts == sorted(parts)
    got = b"".join(open(p, "rb").read() for p in parts)
    assert got == expected


def test_dask_task_fails_on_a_malformed_seed(tmp_path):
    recipe = _recipe()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"{i}.txt").write_text(f"Tiêu đề số {i}\n\nNội dung bài viết số {i} về Hà Nội.\n", encoding="utf-8")
    (seeds / "9-empty.txt").write_bytes(b"")
    import seeds_convert as sc

    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        with pytest.raises(sc.SeedError) as e:
            recipe.convert_corpus(client, [str(seeds)], str(tmp_path / "out"), partitions=2)
    assert e.value.codes == ["SC002"] and e.value.path.endswith("9-empty.txt")
