"""Type stubs of the native module (python/src/lib.rs). Use the ``seeds_convert`` functions: this layer
takes positional arguments only and moves bytes and JSON text, nothing else. ``Options`` and the profile
capsule are opaque ``PyCapsule`` objects."""

from typing import Any, List, Optional, Tuple

__version__: str

Capsule = Any
# (document JSON, diagnostics JSON, well-formed)
Outcome = Tuple[str, str, bool]
SeedTuple = Tuple[str, bytes, Optional[bytes]]
# (capsule, JSON, documents, threshold, recurring lines)
ProfileTuple = Tuple[Capsule, str, int, int, int]

def options(
    layout: Optional[str],
    rules: Optional[str],
    strict: bool,
    tone_style: Optional[str],
    profile: Optional[Capsule],
    learn_profile: bool,
    fold_lookalikes: bool,
    schema: Optional[str],
    /,
) -> Capsule: ...
def profile_from_json(text: str, /) -> ProfileTuple: ...
def process(options: Capsule, name: str, data: bytes, sidecar: Optional[bytes], /) -> Outcome: ...
def process_many(options: Capsule, seeds: List[SeedTuple], jobs: int, /) -> List[Outcome]: ...
def find_seeds(inputs: List[str], follow: bool, /) -> Tuple[List[str], List[str]]: ...
def process_files(
    options: Capsule, paths: List[str], jobs: int, max_size: int, /
) -> List[Tuple[str, Optional[Outcome], Optional[Tuple[str, str]]]]: ...
def learn(options: Capsule, seeds: List[SeedTuple], jobs: int, /) -> ProfileTuple: ...
def learn_files(options: Capsule, paths: List[str], jobs: int, max_size: int, /) -> ProfileTuple: ...
def write_docs(
    format: str,
    docs: List[str],
    title: Optional[str],
    author: Optional[str],
    modified: Optional[int],
    embed_font: Optional[Tuple[str, bytes]],
    font: Optional[Tuple[str, bytes]],
    paper: str,
    lines: Optional[bool],
    lang: Optional[str],
    publisher: Optional[str],
    date: Optional[str],
    identifier: Optional[str],
    /,
) -> bytes: ...
def formats() -> List[str]: ...
