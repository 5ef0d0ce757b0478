"""The one reader for article files: bytes on disk → the text every offset refers to.

The claims guide fixes that text: the file decoded, a byte-order mark dropped, and
``\\r\\n`` / ``\\r`` turned into ``\\n``. Every part of the program reads files here, so an
offset computed by the extractor, stored in the database and shown in the app agree.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast
from xml.etree import ElementTree

from annotator.errors import UserError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm", ".pdf")

# Above this size a file is not an article but a mistake (a log, a dump): refuse it
# before reading it into memory.
MAX_BYTES = 20 * 1024 * 1024
# A Word file's document.xml: at most this much once inflated, and at most this many
# times its compressed size (real documents inflate 5-30 times; a zip bomb, millions).
MAX_DOCX_XML = 100 * 1024 * 1024
MAX_DOCX_RATIO = 200


class TextReadError(UserError):
    """A file that cannot become article text; the message names the file."""

    def __init__(self, path: str | Path, problem: str):
        super().__init__(f"{shown_path(path)}: {problem}")
        self.path = shown_path(path)
        self.problem = problem


def shown_path(path: str | Path) -> str:
    """A path as text that can be stored and printed: a file name that is not UTF-8
    (GBK bytes from an archive made on Windows) has each undecodable byte as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def normalize_text(text: str) -> str:
    """The guide's text: no BOM, ``\\n`` line endings."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """Read an article file (``.txt``, ``.md``, ``.docx``, ``.html``, ``.pdf``) as
    normalised text."""
    path = Path(path)
    data = _read_capped(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        text = _docx_text(path, data)
    elif suffix in (".html", ".htm"):
        text = _html_text(path, decode_bytes(data, path))
    elif suffix == ".pdf":
        from annotator.pdftext import pdf_text  # it imports this module

        text = pdf_text(path, data)
    else:
        text = decode_bytes(data, path)
    text = normalize_text(text)
    if not text.strip():
        raise TextReadError(path, "the file is empty")
    return text


def _read_capped(path: Path) -> bytes:
    """The bytes of a regular file, at most ``MAX_BYTES`` of them. Opened without
    blocking and checked once open, so a FIFO, a device (``/dev/zero``) or a folder is
    refused, even if it was swapped in after a look at the name."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise TextReadError(path, "no such file") from None
    except IsADirectoryError:
        raise TextReadError(path, "is a folder, not a file") from None
    except OSError as exc:
        raise TextReadError(path, exc.strerror or str(exc)) from None
    with open(fd, "rb") as f:
        found = os.fstat(fd)
        if stat.S_ISDIR(found.st_mode):
            raise TextReadError(path, "is a folder, not a file")
        if not stat.S_ISREG(found.st_mode):
            raise TextReadError(path, f"not a regular file ({_kind(found.st_mode)}); skipped")
        try:
            # its size and a byte more, not a buffer of MAX_BYTES taken and given back
            # for every file (a third of reading a news article's time)
            data = f.read(min(found.st_size, MAX_BYTES) + 1)
            if len(data) > found.st_size:  # it grew since, or its size is not told (/proc)
                data += f.read(MAX_BYTES + 1 - len(data))
        except OSError as exc:
            raise TextReadError(path, exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise TextReadError(path, f"too large (over {MAX_BYTES // 1024 // 1024} MB, the limit)")
    return data


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
             (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (with BOM) or GB18030/GBK.

    The order matters: valid UTF-8 is almost never valid-looking GB18030 by accident,
    while GB18030 accepts nearly any byte string, so it is tried last and its result
    is checked for plausibility instead of being trusted.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise TextReadError(path, "not valid UTF-16 text") from None
    if b"\x00" in data[:4096]:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise TextReadError(path, "binary data, not text")
        return utf16
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise TextReadError(path, "not UTF-8, UTF-16 or GB18030 text") from None
    if not _plausible_chinese(text):
        raise TextReadError(path, "not UTF-8 and does not read as GB18030 Chinese either")
    return text


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the NUL bytes of ASCII fall on one side."""
    even_nuls = data[0:4096:2].count(0)
    odd_nuls = data[1:4096:2].count(0)
    codec = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if _plausible_chinese(text) else None


_COMMON_HAN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u2bff\u00b7\s\x20-\x7e]")


def _plausible_chinese(text: str) -> bool:
    """True when nearly all characters are common Han, CJK punctuation or ASCII.

    Latin-1 or Shift-JIS bytes decoded as GB18030 come out as rare characters and
    four-byte sequences, which this rejects instead of storing mojibake.
    """
    sample = text[:20000]
    if not sample:
        return True
    common = sum(1 for _ in _COMMON_HAN.finditer(sample))
    return common / len(sample) >= 0.95


def _docx_text(path: Path, data: bytes) -> str:
    """Paragraph text of a Word file, one paragraph a line, table cells joined by tabs.

    document.xml is inflated and parsed as a stream, with its declared size, its
    compression ratio and the bytes actually inflated all capped: a zip bomb is refused
    in bounded memory. Every way a damaged or unusual archive fails (encryption, an
    unknown compression method, corrupt or truncated data, an XML encoding expat
    cannot read) is the same one-line refusal.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            member = archive.getinfo("word/document.xml")
            if member.file_size > MAX_DOCX_XML or (
                    member.file_size > MAX_DOCX_RATIO * max(member.compress_size, 1)):
                raise TextReadError(path, "not a readable .docx file (its text inflates "
                                          "too far: a zip bomb?)")
            with archive.open(member) as xml:
                return _docx_lines(path, xml)
    except TextReadError:
        raise
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, RuntimeError,
            NotImplementedError, EOFError, zlib.error, OSError) as exc:
        reason = ("encrypted" if isinstance(exc, RuntimeError) else
                  str(exc).splitlines()[0][:80] if str(exc) else exc.__class__.__name__)
        raise TextReadError(path, f"not a readable .docx file ({reason})") from None


_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_lines(path: Path, xml: IO[bytes]) -> str:
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start", "end"))
    lines: list[str] = []
    depth = inflated = 0
    while chunk := xml.read(1 << 20):
        inflated += len(chunk)
        if inflated > MAX_DOCX_XML:  # the header's sizes may lie; the stream cannot
            raise TextReadError(path, "not a readable .docx file (its text inflates too far)")
        parser.feed(chunk)
        # start and end events only, each with its element (no namespace events)
        events = cast("Iterator[tuple[str, ElementTree.Element]]", parser.read_events())
        for event, element in events:
            depth += 1 if event == "start" else -1
            if event == "end" and depth == 2:  # a block of the body, read and let go
                lines.extend(_docx_block(element))
                element.clear()
    parser.close()
    return "\n".join(lines)


def _docx_block(block: ElementTree.Element) -> list[str]:
    if block.tag == f"{_NS}p":
        return [_docx_paragraph(block, _NS)]
    if block.tag == f"{_NS}tbl":
        return ["\t".join("".join(_docx_paragraph(p, _NS) for p in cell.iter(f"{_NS}p"))
                          for cell in row.iter(f"{_NS}tc")) for row in block.iter(f"{_NS}tr")]
    return []


def _docx_paragraph(paragraph: ElementTree.Element, ns: str) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{ns}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{ns}tab":
            parts.append("\t")
    return "".join(parts)


_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
           "section", "article", "blockquote", "pre", "table", "title"}
_HIDDEN = {"script", "style", "head"}


def _html_text(path: Path, markup: str) -> str:
    """Visible text with block elements and table rows as line breaks.

    libxml2's HTML parser (lxml) reads hostile markup in linear time and caps nesting;
    the standard library's html.parser takes minutes on ``'<a ' * 40000`` or an
    unclosed comment. The tree is walked without recursion, so depth costs nothing.
    """
    from lxml import etree  # only HTML imports pay for it

    parser = etree.HTMLParser(encoding="utf-8", no_network=True, collect_ids=False)
    try:
        root = etree.fromstring(markup.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise TextReadError(path, "the file is empty")
    parts: list[str] = []
    hidden = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None  # None: a comment
        if event == "start":
            if tag in _HIDDEN:
                hidden += 1
            elif tag in _BLOCKS:
                parts.append("\n")
            elif tag in ("td", "th"):
                parts.append("\t")
            if tag and node.text and not hidden:
                parts.append(_squash(node.text))
        else:
            if tag in _HIDDEN:
                hidden -= 1
            elif tag in _BLOCKS:
                parts.append("\n")
            if node.tail and not hidden:
                parts.append(_squash(node.tail))
    lines = (line.strip(" \t") for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _squash(data: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", data)
