"""seeds-convert for Python: raw scraped Vietnamese news text ("seed files") to clean documents.

The same library as the ``seeds-convert`` command line, not a wrapper around it: ``parse`` gives the
document the CLI's ``--to json`` writes (as a dict, same schema: ``schemas/document.schema.json``),
``check`` the diagnostics of ``check --format json``, ``to_epub``/``to_pdf``/``to_tei``/``to_txt``/
``to_json`` the bytes of ``--to FORMAT``. ``parse_many`` and ``parse_files`` run a batch in parallel on
Rust threads with the GIL released, and learn the profile of recurring lines from the whole batch first,
as a CLI run does, so their output is the CLI's byte for byte. ``learn_profile`` learns one to ship to
the parts of a corpus processed elsewhere (``profile=``; the CLI's ``--profile``).

>>> import seeds_convert as sc
>>> doc = sc.parse("Hội nghị tổng kết\\n\\nSáng 13/1, tại Hà Nội, hội nghị đã khai mạc. Các đại biểu thảo luận.\\n")
>>> doc["title"]
'Hội nghị tổng kết'
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union

from . import _native

__all__ = [
    "Profile",
    "SeedConvertError",
    "SeedError",
    "check",
    "find_seeds",
    "formats",
    "learn_profile",
    "parse",
    "parse_files",
    "parse_many",
    "to_epub",
    "to_json",
    "to_pdf",
    "to_tei",
    "to_txt",
]

__version__: str = _native.__version__

Data = Union[bytes, bytearray, memoryview, str]
"""A seed's content: its bytes as read from disk (any encoding: decoded by evidence), or text."""
PathLike = Union[str, "os.PathLike[str]"]
Seed = Union[Data, "os.PathLike[str]", Tuple[str, Data], Tuple[str, Data, Optional[Data]]]
"""An item of ``parse_many``: seed content (named ``-``, like standard input), a path to read (a
``pathlib.Path``; a ``N.body.txt`` gets its ``N.info.txt`` sidecar, like the CLI), or ``(name, content)``
/ ``(name, content, sidecar content)``."""
Document = Dict[str, Any]
Diagnostic = Dict[str, Any]
Errors = Literal["raise", "return"]


class SeedConvertError(Exception):
    """Base class of the errors this package raises (besides ``OSError`` and ``ValueError`` for bad
    files and arguments)."""


class SeedError(SeedConvertError, ValueError):
    """A seed is not well-formed: the CLI would report it and write nothing (exit code 1).

    ``path`` is the seed's name, ``diagnostics`` its diagnostics (dicts with ``code``, ``severity``,
    ``line``, ``column``, ``message``, as ``check`` returns them), ``codes`` the codes of its errors
    (``SC001``…), ``document`` what was parsed all the same.
    """

    def __init__(self, path: str, diagnostics: List[Diagnostic], document: Optional[Document] = None):
        self.path = path
        self.diagnostics = diagnostics
        self.document = document
        self.codes = [d["code"] for d in diagnostics if d["severity"] == "error"]
        errors = "; ".join(
            f"{d['code']} line {d['line']}:{d['column']}: {d['message']}"
            for d in diagnostics
            if d["severity"] == "error"
        )
        super().__init__(f"{path}: not a well-formed seed: {errors}")

    def __reduce__(self):  # picklable, so it crosses process boundaries (Dask, multiprocessing)
        return (SeedError, (self.path, self.diagnostics, self.document))


class Profile:
    """The recurring lines of a corpus (site furniture): ``seeds-convert profile``'s JSON, learned with
    ``learn_profile`` or read with ``Profile.from_json``, applied with ``profile=``. It holds 64-bit
    hashes of lines and their document counts, never text. Pickles as its JSON (so it ships to Dask
    workers or other processes); equal profiles have equal JSON."""

    __slots__ = ("_capsule", "_json", "documents", "threshold", "_lines")

    def __init__(self, _made: Tuple[Any, str, int, int, int]):
        self._capsule, self._json, self.documents, self.threshold, self._lines = _made

    @classmethod
    def from_json(cls, text: str) -> "Profile":
        """Reads a profile: the JSON of ``seeds-convert profile`` (or of ``Profile.to_json``)."""
        return cls(_native.profile_from_json(text))

    def to_json(self) -> str:
        """The profile as JSON: what ``seeds-convert profile`` writes, less its final newline."""
        return self._json

    def __len__(self) -> int:
        """Lines found in two or more documents."""
        return self._lines

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and other._json == self._json

    def __hash__(self) -> int:
        return hash(self._json)

    def __repr__(self) -> str:
        return f"<Profile: {self.documents} documents, {self._lines} recurring lines>"

    def __reduce__(self):
        return (Profile.from_json, (self._json,))


def _bytes(data: Data, what: str = "data") -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"{what} must be bytes or str, not {type(data).__name__}")


def _json_text(value: Union[None, str, Mapping[str, Any], "os.PathLike[str]"], what: str) -> Optional[str]:
    """A JSON option (rules, schema): a dict, JSON text, or a path to a JSON file."""
    if value is None:
        return None
    if isinstance(value, os.PathLike):
        with open(value, encoding="utf-8") as f:
            return f.read()
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"{what} must be a dict, JSON text or a path, not {type(value).__name__}")


def _profile(value: Union[None, Profile, str, "os.PathLike[str]"]) -> Optional[Profile]:
    if value is None or isinstance(value, Profile):
        return value
    text = _json_text(value, "profile")
    return Profile.from_json(text) if text is not None else None


def _options(
    *,
    layout: Optional[str] = None,
    rules: Union[None, str, Mapping[str, Any], "os.PathLike[str]"] = None,
    strict: bool = False,
    tone_style: Optional[Literal["old", "new"]] = None,
    profile: Union[None, Profile, str, "os.PathLike[str]"] = None,
    learn_profile: bool = True,
    fold_lookalikes: bool = False,
    schema: Union[None, str, Mapping[str, Any], "os.PathLike[str]"] = None,
) -> Any:
    given = _profile(profile)
    return _native.options(
        layout,
        _json_text(rules, "rules"),
        bool(strict),
        tone_style,
        None if given is None else given._capsule,
        bool(learn_profile),
        bool(fold_lookalikes),
        _json_text(schema, "schema"),
    )


def _jobs(jobs: Optional[int]) -> int:
    if jobs is None:
        return 0
    if not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be a non-negative int or None, not {jobs!r}")
    return jobs


def _outcome(name: str, doc_json: str, diag_json: str, valid: bool, errors: Errors) -> Union[Document, SeedError]:
    doc = json.loads(doc_json)
    if valid:
        return doc
    error = SeedError(name, json.loads(diag_json), doc)
    if errors == "raise":
        raise error
    return error


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")


def parse(data: Data, path: Optional[str] = None, *, sidecar: Optional[Data] = None, **options: Any) -> Document:
    """Parses one seed into its document: a dict of the JSON the CLI writes (``--to json``).

    ``data`` is the seed's bytes (any encoding: decoded by evidence) or text; ``path`` is the name recorded
    in ``document["source"]`` and diagnostics (``-`` when ``None``, as for standard input); ``sidecar`` the
    content of its ``N.info.txt``. Options are the CLI's: ``layout="blog"``, ``rules`` (a dict, JSON text
    or a path, like ``--rules``), ``strict=True``, ``tone_style="old"|"new"``, ``profile`` (a ``Profile``,
    its JSON or a path, like ``--profile``), ``fold_lookalikes=True``, ``schema`` (like ``check --schema``).
    One seed learns no profile (the CLI learns one only from three inputs or more).

    Raises ``SeedError`` (with ``.diagnostics`` and ``.codes``) if the seed is not well-formed.
    """
    name = "-" if path is None else os.fspath(path)
    opts = _options(**options)
    doc, diags, valid = _native.process(opts, name, _bytes(data), None if sidecar is None else _bytes(sidecar, "sidecar"))
    result = _outcome(name, doc, diags, valid, "raise")
    assert not isinstance(result, SeedError)
    return result


def check(data: Data, path: Optional[str] = None, *, sidecar: Optional[Data] = None, **options: Any) -> List[Diagnostic]:
    """The diagnostics of one seed, as ``seeds-convert check --format json`` lists them for it: dicts with
    ``code`` (``SC001``…), ``severity`` (``error``/``warning``), ``line``, ``column``, ``message``. Never
    raises for a malformed seed (errors are diagnostics); options as ``parse`` (``check`` never learns a
    profile; one given is applied)."""
    name = "-" if path is None else os.fspath(path)
    opts = _options(**{**options, "learn_profile": False})
    _, diags, _ = _native.process(opts, name, _bytes(data), None if sidecar is None else _bytes(sidecar, "sidecar"))
    return json.loads(diags)


def _seed_tuple(item: Any) -> Tuple[str, bytes, Optional[bytes]]:
    if isinstance(item, os.PathLike):
        raise AssertionError("paths are read by _read_paths")
    if isinstance(item, tuple):
        if len(item) == 2:
            return (os.fspath(item[0]), _bytes(item[1]), None)
        if len(item) == 3:
            return (os.fspath(item[0]), _bytes(item[1]), None if item[2] is None else _bytes(item[2], "sidecar"))
        raise ValueError(f"a seed tuple is (name, data) or (name, data, sidecar), not {len(item)} items")
    return ("-", _bytes(item, "seed"), None)


def parse_many(
    seeds: Iterable[Seed],
    jobs: Optional[int] = None,
    *,
    errors: Errors = "raise",
    **options: Any,
) -> List[Union[Document, SeedError]]:
    """Parses many seeds in parallel (Rust threads, the GIL released), documents in input order.

    Items are seed content (``bytes``/``str``, named ``-``), ``(name, content)`` or ``(name, content,
    sidecar)`` tuples, or ``pathlib.Path`` objects (read in Rust, with the sidecar of a ``N.body.txt``, as
    ``parse_files``). ``jobs``: threads (``None``/0: one per core, as the CLI's ``--jobs``; the output never
    depends on it). Like a CLI run, a profile of recurring lines is first learned from all the items (three
    or more) unless ``profile=`` gives one or ``learn_profile=False``; other options as ``parse``.

    ``errors="raise"`` raises the ``SeedError`` of the first malformed seed (in input order);
    ``errors="return"`` puts it in the list in the seed's place.
    """
    _check_errors(errors)
    items = list(seeds)
    if items and all(isinstance(i, os.PathLike) for i in items):
        return parse_files(items, jobs, errors=errors, **options)
    if any(isinstance(i, os.PathLike) for i in items):
        raise TypeError("parse_many: give either paths (pathlib.Path) or contents, not a mix")
    tuples = [_seed_tuple(i) for i in items]
    outcomes = _native.process_many(_options(**options), tuples, _jobs(jobs))
    return [_outcome(t[0], *o, errors) for t, o in zip(tuples, outcomes)]


def find_seeds(*inputs: PathLike, follow: bool = False) -> List[str]:
    """The seed files below ``inputs`` as the CLI finds them: files as named, directories walked in
    sorted path order (``*.txt``, hidden entries skipped, symlinks followed only with ``follow=True``), a
    sidecar ``N.info.txt`` never a seed of its own. Names are as the CLI prints them (``document["source"]``).
    Raises ``FileNotFoundError`` for a missing input and ``OSError`` for trouble below a directory."""
    names, troubles = _native.find_seeds([os.fspath(i) for i in inputs], follow)
    if troubles:
        raise OSError("; ".join(troubles))
    return names


def parse_files(
    paths: Iterable[PathLike],
    jobs: Optional[int] = None,
    *,
    errors: Errors = "raise",
    max_size: int = 64 << 20,
    **options: Any,
) -> List[Union[Document, SeedError]]:
    """Reads and parses seed files in parallel (Rust threads, the GIL released), documents in input
    order: ``seeds-convert --to json DIR`` is ``parse_files(find_seeds(DIR))``. Files are read in Rust
    (no more than ``max_size`` bytes; a larger file is an ``OSError``, like ``--max-size``); a
    ``N.body.txt`` gets its ``N.info.txt`` sidecar. Profile, ``jobs``, ``errors`` and options as
    ``parse_many``. An unreadable file raises ``OSError`` (``FileNotFoundError`` if missing)."""
    _check_errors(errors)
    names = [os.fspath(p) for p in paths]
    outcomes = _native.process_files(_options(**options), names, _jobs(jobs), max_size)
    docs: List[Union[Document, SeedError]] = []
    for name, outcome, trouble in outcomes:
        if trouble is not None:
            kind, message = trouble
            raise (FileNotFoundError if kind == "not-found" else OSError)(message)
        docs.append(_outcome(name, *outcome, errors))
    return docs


def learn_profile(seeds: Iterable[Seed], jobs: Optional[int] = None, **options: Any) -> Profile:
    """Learns the profile of recurring lines (site furniture) from seeds: ``seeds-convert profile``. Items
    as ``parse_many`` (paths are read in Rust). Learn it once from the whole corpus and pass it as
    ``profile=`` to each part processed elsewhere (shards, Dask partitions): each part's documents are then
    those of one run over the whole corpus. ``Profile.to_json()`` is the CLI's profile file; a profile
    pickles (as its JSON). Only ``tone_style`` among the options matters here."""
    items = list(seeds)
    opts = _options(tone_style=options.pop("tone_style", None))
    if options:
        raise TypeError(f"learn_profile: unexpected options {sorted(options)}")
    if items and all(isinstance(i, os.PathLike) for i in items):
        return Profile(_native.learn_files(opts, [os.fspath(i) for i in items], _jobs(jobs), 64 << 20))
    if any(isinstance(i, os.PathLike) for i in items):
        raise TypeError("learn_profile: give either paths (pathlib.Path) or contents, not a mix")
    return Profile(_native.learn(opts, [_seed_tuple(i) for i in items], _jobs(jobs)))


def formats() -> List[str]:
    """The output formats (``--to`` values)."""
    return list(_native.formats())


def _doc_json(docs: Union[Document, Iterable[Document]]) -> List[str]:
    if isinstance(docs, Mapping):
        docs = [docs]
    out = []
    for doc in docs:
        if isinstance(doc, SeedError):
            raise doc
        if not isinstance(doc, Mapping):
            raise TypeError(f"a document is a dict as parse returns it, not {type(doc).__name__}")
        out.append(json.dumps(doc, ensure_ascii=False))
    return out


def _font(font: Union[None, PathLike, Tuple[str, bytes]]) -> Optional[Tuple[str, bytes]]:
    if font is None:
        return None
    if isinstance(font, tuple):
        return (os.fspath(font[0]), bytes(font[1]))
    with open(font, "rb") as f:
        return (os.fspath(font), f.read())


_LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z


def _modified(modified: Optional[int]) -> Optional[int]:
    """``SOURCE_DATE_EPOCH``, else ``None``: the book's newest date (its articles', ``date``), else
    1980-01-01, as the CLI: books never carry the current time."""
    if modified is None:
        env = os.environ.get("SOURCE_DATE_EPOCH")
        if env is None:
            return None
        try:
            modified = int(env.strip())
        except ValueError:
            modified = -1
        if not 0 <= modified <= _LAST_SECOND:
            raise ValueError(f"SOURCE_DATE_EPOCH={env}: expected a number of seconds from 0 to {_LAST_SECOND}")
    modified = int(modified)
    if not 0 <= modified <= _LAST_SECOND:
        raise ValueError(f"modified={modified}: expected a number of seconds from 0 to {_LAST_SECOND}")
    return modified


def _write(
    format: str,
    docs: Union[Document, Iterable[Document]],
    *,
    title: Optional[str] = None,
    author: Optional[str] = None,
    modified: Optional[int] = None,
    embed_font: Optional[Tuple[str, bytes]] = None,
    font: Optional[Tuple[str, bytes]] = None,
    paper: str = "a4",
    lines: Optional[bool] = None,
    lang: Optional[str] = None,
    publisher: Optional[str] = None,
    date: Optional[str] = None,
    identifier: Optional[str] = None,
) -> bytes:
    return _native.write_docs(
        format, _doc_json(docs), title, author, modified, embed_font, font, paper, lines, lang, publisher, date, identifier
    )


def to_json(docs: Union[Document, Iterable[Document]], *, lines: Optional[bool] = None) -> bytes:
    """``--to json``: one document pretty-printed, several as JSON Lines (``lines=True``: JSON Lines even
    for one, for writing a corpus in parts). ``docs``: a document (dict) or documents, as ``parse`` and
    ``parse_many`` return them."""
    if lines is False:
        lines = None
    return _write("json", docs, lines=lines)


def to_txt(docs: Union[Document, Iterable[Document]]) -> bytes:
    """``--to txt``: the canonical clean seed (what ``fix`` writes); several separated by a form feed line."""
    return _write("txt", docs)


def to_tei(docs: Union[Document, Iterable[Document]], *, title: Optional[str] = None) -> bytes:
    """``--to tei``: TEI P5, one ``<TEI>``, or a ``<teiCorpus>`` for several documents."""
    return _write("tei", docs, title=title)


def to_epub(
    docs: Union[Document, Iterable[Document]],
    *,
    title: Optional[str] = None,
    author: Optional[str] = None,
    modified: Optional[int] = None,
    embed_font: Union[None, PathLike, Tuple[str, bytes]] = None,
    lang: Optional[str] = None,
    publisher: Optional[str] = None,
    date: Optional[str] = None,
    identifier: Optional[str] = None,
) -> bytes:
    """``--to epub``: one EPUB 3 book, a chapter per document (``--title``, ``--author``,
    ``--embed-font``, ``--lang``, ``--publisher``, ``--date``, ``--identifier``; ``modified`` as
    ``SOURCE_DATE_EPOCH``, default that variable, else the newest date of the documents, else
    1980-01-01). A bad ``lang`` or ``date`` raises ``ValueError``."""
    return _write(
        "epub",
        docs,
        title=title,
        author=author,
        modified=_modified(modified),
        embed_font=_font(embed_font),
        lang=lang,
        publisher=publisher,
        date=date,
        identifier=identifier,
    )


def to_pdf(
    docs: Union[Document, Iterable[Document]],
    *,
    title: Optional[str] = None,
    author: Optional[str] = None,
    font: Union[None, PathLike, Tuple[str, bytes]] = None,
    paper: Literal["a4", "letter"] = "a4",
    lang: Optional[str] = None,
    date: Optional[str] = None,
) -> bytes:
    """``--to pdf``: one PDF, each document from a new page (``--title``, ``--author``, ``--font``,
    ``--paper``, ``--lang`` for ``/Lang``, ``--date`` among the dates its CreationDate is the newest of)."""
    return _write(
        "pdf",
        docs,
        title=title,
        author=author,
        font=_font(font),
        paper=paper,
        modified=_modified(None),
        lang=lang,
        date=date,
    )
