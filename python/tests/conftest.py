"""Shared fixtures: the repository, the CLI binary, ../shared/corpus. Under CI=true a missing corpus or
CLI binary fails the tests that need it instead of skipping them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List

import pytest

REPO = Path(__file__).resolve().parents[2]
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(what: str) -> None:
    if CI:
        pytest.fail(f"{what} (CI=true: a missing prerequisite is a failure)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def cli() -> Path:
    """The CLI built by `cargo test --release` / `cargo build --release` (or $SEEDS_CONVERT_BIN)."""
    path = Path(os.environ.get("SEEDS_CONVERT_BIN", REPO / "target" / "release" / "seeds-convert"))
    if not path.is_file():
        _need(f"no CLI binary at {path}: run `cargo build --release` first")
    return path


@pytest.fixture(scope="session")
def corpus() -> str:
    """../shared/corpus beside the repository, as a relative path from the repository (as CI names it)."""
    if not (REPO.parent / "shared" / "corpus").is_dir():
        _need("../shared/corpus is absent")
    return "../shared/corpus"


@pytest.fixture(scope="session", autouse=True)
def _in_repo():
    """Every test runs from the repository root, so seed names are the CLI's (`../shared/corpus/...`)."""
    before = os.getcwd()
    os.chdir(REPO)
    yield
    os.chdir(before)


def run_cli(cli: Path, args: List[str], ok=(0,)) -> bytes:
    done = subprocess.run([str(cli), *args], cwd=REPO, capture_output=True)
    assert done.returncode in ok, done.stderr.decode("utf-8", "replace")
    return done.stdout
