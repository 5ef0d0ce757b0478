"""What an archive is built from: folders of article files, JSONL files of articles, and
Parquet files of articles (docs/archive.md). Each source is cut into parts, listed
cheaply where the build starts; a part is read where it is processed."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator.errors import UserError
from annotator.textio import (
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    TextReadError,
    normalize_text,
    read_text,
    shown_path,
)

FILES_PER_PART = 200
JSONL_BLOCK = 1024 * 1024  # bytes of JSONL a part reads: ~300 articles of 1,200 characters, a second or two
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Record:
    """One article of a source; ``published`` and ``edition`` None are guessed from the text."""

    name: str
    text: str
    published: str | None = None
    edition: int | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A slice of one source: ``files`` (path, name) pairs of a folder, a byte range of
    a JSONL file, or a row group of a Parquet file."""

    kind: str  # files, jsonl or parquet
    path: str
    files: tuple[tuple[str, str], ...] = ()
    start: int = 0
    stop: int = 0


def parts(sources: list[str]) -> list[Part]:
    """Every source cut into parts, in a fixed order: sources as given, files sorted."""
    found: list[Part] = []
    for source in map(Path, sources):
        if source.is_dir():
            files = _folder(source)
            found += [Part("files", str(source), tuple(files[i:i + FILES_PER_PART]))
                      for i in range(0, len(files), FILES_PER_PART)]
        elif source.suffix.lower() in (".jsonl", ".ndjson"):
            size = _size(source)
            found += [Part("jsonl", str(source), start=i, stop=min(i + JSONL_BLOCK, size))
                      for i in range(0, size, JSONL_BLOCK)]
        elif source.suffix.lower() == ".parquet":
            found += [Part("parquet", str(source), start=i) for i in range(_row_groups(source))]
        else:
            raise UserError(f"{shown_path(source)}: not a folder, .jsonl or .parquet file")
    return found


def _folder(folder: Path) -> list[tuple[str, str]]:
    """Article files under ``folder``, named by their path relative to it, as an import
    names them; hidden files and Word's lock files left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.lower().endswith(SUPPORTED_SUFFIXES) and not f.startswith((".", "~$")):
                path = Path(root) / f
                found.append((str(path), shown_path(path.relative_to(folder).as_posix())))
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise UserError(f"{shown_path(path)}: cannot be read ({exc.strerror})") from None


def _row_groups(path: Path) -> int:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise UserError(f"{shown_path(path)}: reading Parquet needs pyarrow: "
                        "pip install 'annotator[archive]'") from None
    try:
        groups: int = pq.ParquetFile(path).metadata.num_row_groups
        return groups
    except (OSError, ValueError) as exc:
        raise UserError(f"{shown_path(path)}: not a Parquet file we can read ({exc})") from None


def names(part: Part) -> list[str | None]:
    """The names of a part's articles in order, None for a record that cannot be read
    (``records`` says why): what ids are given by, before anything is extracted."""
    if part.kind == "files":
        return [name for _, name in part.files]
    if part.kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(part.path).read_row_group(part.start, columns=["name"])
        return [n if isinstance(n, str) and n else None for n in table.column("name").to_pylist()]
    return [r.name if isinstance(r, Record) else None for r in records(part)]


def records(part: Part) -> Iterator[Record | str]:
    """A part's articles in the order ``names`` gives, each a ``Record`` or the line
    that says why it cannot be read."""
    if part.kind == "files":
        for path, name in part.files:
            try:
                yield Record(name, read_text(path), source=shown_path(Path(path).resolve()))
            except TextReadError as exc:
                yield str(exc)
    elif part.kind == "parquet":
        import pyarrow.parquet as pq

        rows = pq.ParquetFile(part.path).read_row_group(part.start).to_pylist()
        for i, row in enumerate(rows):
            yield _record(row, f"{shown_path(part.path)}, row group {part.start}, row {i}")
    else:
        for offset, line in _lines(part):
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield f"{shown_path(part.path)} at byte {offset}: not JSON ({exc})"
                continue
            yield _record(row, f"{shown_path(part.path)} at byte {offset}")


def _lines(part: Part) -> Iterator[tuple[int, bytes]]:
    """The lines that start inside the part's byte range: a line cut by the range's end
    belongs to this part, the one cut by its start to the part before."""
    with open(part.path, "rb") as f:
        f.seek(max(part.start - 1, 0))
        if part.start:
            f.readline()  # the rest of a line the part before owns (or its bare newline)
        offset = f.tell()
        while offset < part.stop:
            line = f.readline()
            if not line:
                break
            if line.strip():
                yield offset, line
            offset += len(line)


def _record(row: object, where: str) -> Record | str:
    """A row checked against the schema, or the line that says what is wrong with it."""
    if not isinstance(row, dict):
        return f"{where}: not an object"
    name, text, published = row.get("name"), row.get("text"), row.get("published")
    edition, source = row.get("edition"), row.get("source")
    if not isinstance(name, str) or not name:
        return f"{where}: no name"
    if not isinstance(text, str) or not text.strip():
        return f"{where} ({name}): no text"
    if len(text.encode("utf-8")) > MAX_BYTES:
        return f"{where} ({name}): over {MAX_BYTES // 2**20} MB, not an article"
    if published is not None and not (isinstance(published, str) and _DATE.fullmatch(published)):
        return f"{where} ({name}): published must be YYYY-MM-DD"
    if edition is not None and (isinstance(edition, bool) or not isinstance(edition, int)):
        return f"{where} ({name}): edition must be a whole number"
    return Record(name, normalize_text(text), published, edition,
                  source if isinstance(source, str) else None)
