"""The one reader for article files: bytes on disk → the text every offset refers to.

The claims guide fixes that text: the file decoded, a byte-order mark dropped, and
``\\r\\n`` / ``\\r`` turned into ``\\n``. Every part of the program reads files here, so an
offset computed by the extractor, stored in the database and shown in the app agree.
"""

from __future__ import annotations

import html.parser
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from annotator.errors import UserError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".html", ".htm")

# Above this size a file is not an article but a mistake (a log, a dump): refuse it
# before reading it into memory.
MAX_BYTES = 20 * 1024 * 1024


class TextReadError(UserError):
    """A file that cannot become article text; the message names the file."""

    def __init__(self, path: str | Path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def normalize_text(text: str) -> str:
    """The guide's text: no BOM, ``\\n`` line endings."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path) -> str:
    """Read an article file (``.txt``, ``.md``, ``.docx``, ``.html``) as normalised text."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TextReadError(path, "no such file") from None
    except OSError as exc:
        raise TextReadError(path, exc.strerror or str(exc)) from None
    if path.is_dir():
        raise TextReadError(path, "is a folder, not a file")
    if size > MAX_BYTES:
        raise TextReadError(path, f"too large ({size // 1024 // 1024} MB; the limit is "
                                  f"{MAX_BYTES // 1024 // 1024} MB)")
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TextReadError(path, exc.strerror or str(exc)) from None
    if suffix == ".docx":
        text = _docx_text(path, data)
    elif suffix in (".html", ".htm"):
        text = _html_text(decode_bytes(data, path))
    else:
        text = decode_bytes(data, path)
    text = normalize_text(text)
    if not text.strip():
        raise TextReadError(path, "the file is empty")
    return text


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
    """Paragraph text of a Word file, one paragraph a line, table cells joined by tabs."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        with zipfile.ZipFile(path) as archive:
            root = ElementTree.fromstring(archive.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        raise TextReadError(path, "not a readable .docx file") from None
    lines: list[str] = []
    body = root.find(f"{ns}body")
    for block in (body if body is not None else []):
        if block.tag == f"{ns}p":
            lines.append(_docx_paragraph(block, ns))
        elif block.tag == f"{ns}tbl":
            for row in block.iter(f"{ns}tr"):
                cells = ["".join(_docx_paragraph(p, ns) for p in cell.iter(f"{ns}p"))
                         for cell in row.iter(f"{ns}tc")]
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _docx_paragraph(paragraph, ns: str) -> str:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{ns}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{ns}tab":
            parts.append("\t")
    return "".join(parts)


class _HTMLText(html.parser.HTMLParser):
    """Visible text with block elements and table rows as line breaks."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
              "section", "article", "blockquote", "pre", "table", "title"}
    HIDDEN = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def _html_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = (line.strip(" \t") for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text
