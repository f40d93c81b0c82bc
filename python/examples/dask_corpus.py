"""A corpus through seeds-convert on a Dask cluster: the documents of one CLI run, written in parts.

    python python/examples/dask_corpus.py CORPUS_DIR OUT_DIR [--scheduler tcp://host:8786] [--partitions N]

1. The seed files are listed on the client as the CLI lists them (``find_seeds``: sorted walk, sidecars).
2. The profile of recurring lines is learned once, from the whole corpus, on the client (``learn_profile``,
   the CLI's ``seeds-convert profile``), and scattered to every worker (a profile pickles as its JSON: 64-bit
   line hashes and counts, a few MB for a large crawl).
3. The file list is split into partitions (a ``dask.bag``, order kept); each worker parses its partition
   with the profile (``parse_files``: Rust threads, the GIL released) and writes ``part-NNNNN.jsonl`` into
   OUT_DIR (a filesystem every worker sees, as for the CLI's ``--shard`` recipe).
4. ``cat OUT_DIR/part-*.jsonl`` is byte for byte ``seeds-convert --to json CORPUS_DIR`` (for a corpus of two
   documents or more), which ``python/tests/test_dask.py`` checks on a local cluster of two worker processes.

Run as a script, ``write_part`` travels to the workers by value (cloudpickle pickles ``__main__``'s
functions whole); imported from another module, this file must be importable on the workers too.
Without ``--scheduler`` a ``LocalCluster`` of worker processes is started on this machine. On a cluster,
install this package on every worker (``pip install ./python``), start ``dask scheduler`` and ``dask worker
tcp://host:8786`` on the machines, and pass ``--scheduler``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import dask
import dask.bag as db
from distributed import Client, LocalCluster

import seeds_convert as sc


def write_part(
    names: List[str],
    out: str,
    profile: Optional[sc.Profile],
    options: Dict[str, Any],
    jobs: int,
) -> str:
    """Runs on a worker: parses one partition with the shared profile and writes it as JSON Lines. A
    malformed seed fails the task (``SeedError`` with its diagnostics), like the CLI, which writes nothing."""
    docs = sc.parse_files(names, jobs, profile=profile, learn_profile=False, **options)
    data = sc.to_json(docs, lines=True) if docs else b""
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, out)  # a part is visible whole or not at all
    return out


def convert_corpus(
    client: Client,
    inputs: List[str],
    out_dir: str,
    partitions: Optional[int] = None,
    jobs_per_partition: int = 1,
    **options: Any,
) -> List[str]:
    """Converts the seeds below ``inputs`` on ``client``'s cluster into ``out_dir/part-NNNNN.jsonl`` (in
    input order; their concatenation is the CLI's ``--to json`` output). ``options`` are ``parse``'s
    (``layout``, ``rules``, ``tone_style``…). Returns the part files in order."""
    names = sc.find_seeds(*inputs)
    # The CLI learns from three documents or more; fewer teach nothing.
    profile = sc.learn_profile([Path(n) for n in names], tone_style=options.get("tone_style")) if len(names) >= 3 else None
    shared = client.scatter(profile, broadcast=True) if profile is not None else None
    if partitions is None:
        partitions = max(1, 2 * len(client.scheduler_info().get("workers", {})))
    os.makedirs(out_dir, exist_ok=True)
    parts = db.from_sequence(names, npartitions=min(partitions, max(1, len(names)))).to_delayed()
    tasks = [
        dask.delayed(write_part)(part, os.path.join(out_dir, f"part-{i:05d}.jsonl"), shared, options, jobs_per_partition)
        for i, part in enumerate(parts)
    ]
    return list(client.compute(tasks, sync=True))


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="+", help="seed files or directories")
    ap.add_argument("out_dir", help="directory for part-NNNNN.jsonl")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster")
    ap.add_argument("--partitions", type=int, help="default: two per worker")
    args = ap.parse_args(argv)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, processes=True, threads_per_worker=1))
    with client:
        parts = convert_corpus(client, args.inputs, args.out_dir, args.partitions)
    print(f"{len(parts)} part(s) in {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
