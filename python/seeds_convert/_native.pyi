"""Type stubs of the native module (python/src/lib.rs). Use the ``seeds_convert`` functions; this layer
moves bytes and JSON text, nothing else."""

from typing import List, Optional, Tuple

__version__: str

class Options:
    """The CLI's read options, as values (rules and schema as JSON text)."""

    def __init__(
        self,
        *,
        layout: Optional[str] = None,
        rules: Optional[str] = None,
        strict: bool = False,
        tone_style: Optional[str] = None,
        profile: Optional[Profile] = None,
        learn_profile: bool = True,
        fold_lookalikes: bool = False,
        schema: Optional[str] = None,
    ) -> None: ...

class Profile:
    """Recurring lines of a corpus: ``seeds-convert profile``'s JSON. Picklable (as its JSON)."""

    @staticmethod
    def from_json(json: str) -> Profile: ...
    def to_json(self) -> str: ...
    @property
    def documents(self) -> int: ...
    @property
    def threshold(self) -> int: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object) -> bool: ...

# (document JSON, diagnostics JSON, well-formed)
Outcome = Tuple[str, str, bool]
SeedTuple = Tuple[str, bytes, Optional[bytes]]

def process(options: Options, name: str, data: bytes, sidecar: Optional[bytes] = None) -> Outcome: ...
def process_many(options: Options, seeds: List[SeedTuple], jobs: int = 0) -> List[Outcome]: ...
def find_seeds(inputs: List[str], follow: bool = False) -> Tuple[List[str], List[str]]: ...
def process_files(
    options: Options, paths: List[str], jobs: int = 0, max_size: int = ...
) -> List[Tuple[str, Optional[Outcome], Optional[Tuple[str, str]]]]: ...
def learn(options: Options, seeds: List[SeedTuple], jobs: int = 0) -> Profile: ...
def learn_files(options: Options, paths: List[str], jobs: int = 0, max_size: int = ...) -> Profile: ...
def write_docs(
    format: str,
    docs: List[str],
    *,
    title: Optional[str] = None,
    author: Optional[str] = None,
    modified: int = 315532800,
    embed_font: Optional[Tuple[str, bytes]] = None,
    font: Optional[Tuple[str, bytes]] = None,
    paper: str = "a4",
    lines: Optional[bool] = None,
) -> bytes: ...
def formats() -> List[str]: ...
