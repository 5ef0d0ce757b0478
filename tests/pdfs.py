"""PDF files made by the tests themselves: newspaper pages drawn with Qt, and hostile
files written byte by byte. (A helper module: it holds no tests.)"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

FONT = "WenQuanYi Micro Hei"  # fonts-wqy-microhei, a CJK font the README asks for


@dataclass
class Page:
    """A newspaper page: a headline across the page, then ``columns`` columns of body
    text that flows from one column into the next (and on to a next page). Paragraphs
    start indented by two characters; a line breaks wherever the column is full, inside
    a figure too. ``justify``: full lines are spread to the column's edge and drawn one
    character at a time, Latin after Chinese (some producers draw a line by font).
    Sizes in points."""

    headline: str = ""
    subhead: str = ""
    byline: str = ""
    paragraphs: list[str] = field(default_factory=list)
    columns: int = 2
    justify: bool = False
    body_size: float = 10.5
    width: float = 595  # A4
    height: float = 842
    margin: float = 40
    gap: float = 12  # the gutter: narrower than two characters

    @property
    def text(self) -> str:
        """What an import should store: headings and paragraphs one a line."""
        return "\n".join([*filter(None, (self.headline, self.subhead, self.byline)),
                          *self.paragraphs])


@dataclass(frozen=True)
class Drawn:
    """One line of body text as drawn: where, and which paragraph it belongs to."""

    page: int
    column: int
    paragraph: int
    text: str


def draw_page(page: Page, path: Path) -> list[Drawn]:
    """Write ``page`` as a PDF with QPdfWriter and QPainter (a QGuiApplication must
    exist); returns the body lines as drawn, for tests to check what they exercise."""
    from PySide6.QtCore import QMarginsF, QPointF, QSizeF
    from PySide6.QtGui import (
        QFont,
        QFontMetricsF,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
    )

    writer = QPdfWriter(str(path))
    writer.setResolution(72)  # one unit a point
    writer.setPageSize(QPageSize(QSizeF(page.width, page.height), QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(writer)
    y = page.margin

    def font(size: float, bold: bool = False) -> QFontMetricsF:
        f = QFont(FONT)
        f.setPointSizeF(size)
        f.setBold(bold)
        painter.setFont(f)
        return QFontMetricsF(f, writer)

    def centred(text: str, size: float, bold: bool) -> None:
        nonlocal y
        if text:
            metrics = font(size, bold)
            x = (page.width - metrics.horizontalAdvance(text)) / 2
            painter.drawText(QPointF(x, y + metrics.ascent()), text)
            y += metrics.height() * 1.4

    centred(page.headline, 22, True)
    centred(page.subhead, 14, False)
    if page.byline:
        metrics = font(9)
        painter.drawText(QPointF(page.margin, y + metrics.ascent()), page.byline)
        y += metrics.height() * 2
    metrics = font(page.body_size)
    width = (page.width - 2 * page.margin - (page.columns - 1) * page.gap) / page.columns
    indent = 2 * metrics.horizontalAdvance("中")
    leading = metrics.height() * 1.4
    top, sheet, column, drawn = y, 0, 0, []
    for number, paragraph in enumerate(page.paragraphs):
        lines = _wrap(paragraph, metrics, width, indent)
        for n, line in enumerate(lines):
            if y + leading > page.height - page.margin:  # column full: the next, or a new page
                column += 1
                if column == page.columns:
                    writer.newPage()
                    sheet, column, top = sheet + 1, 0, page.margin
                y = top
            x = page.margin + column * (width + page.gap) + (indent if n == 0 else 0)
            baseline = y + metrics.ascent()
            if page.justify and n < len(lines) - 1:
                _spread(painter, metrics, line, x, baseline, page.margin + column * (width + page.gap) + width)
            else:
                painter.drawText(QPointF(x, baseline), line)
            drawn.append(Drawn(sheet, column, number, line))
            y += leading
    painter.end()
    return drawn


def _spread(painter, metrics, line: str, x: float, baseline: float, edge: float) -> None:
    """Draw ``line`` from ``x`` to ``edge``, the slack shared between its characters."""
    from PySide6.QtCore import QPointF

    advances = [metrics.horizontalAdvance(ch) for ch in line]
    step = (edge - x - sum(advances)) / max(len(line) - 1, 1)
    places = []
    for ch, advance in zip(line, advances):
        places.append((ch, x))
        x += advance + step
    for ch, at in sorted(places, key=lambda p: p[0].isascii()):  # Chinese first
        painter.drawText(QPointF(at, baseline), ch)


def _wrap(paragraph: str, metrics, width: float, indent: float) -> list[str]:
    """Greedy character wrap, as Chinese typesetting does (a figure may be cut)."""
    lines, line, room = [], "", width - indent
    for ch in paragraph:
        if line and metrics.horizontalAdvance(line + ch) > room:
            lines.append(line)
            line, room = "", width
        line += ch
    return [*lines, line]


def text_document(html: str, path: Path) -> Path:
    """``html`` set by QTextDocument and printed with QPdfWriter (A4, page numbers at
    the foot of each page: Qt's own way to print a document)."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    document = QTextDocument()
    document.setDefaultFont(QFont(FONT, 11))
    document.setHtml(html)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    return path


def scanned_page(path: Path) -> Path:
    """A PDF whose page is only a picture of text, as a scanner makes."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter

    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    ink = QPainter(image)
    ink.setFont(QFont(FONT, 20))
    ink.drawText(QPointF(20, 100), "全市新签约项目120个")
    ink.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(QPointF(0, 0), image)
    painter.end()
    return path


# Hostile files, written object by object so every byte is the test's choice.

def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of ``objects`` (object 1 the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, start)
    return bytes(out)


def stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), entries, data)


# A standard CJK font every reader knows without embedding (Adobe-GB1), text as UCS-2.
_SONG = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
         b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
         b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
         b"/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
         b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
         b"/CapHeight 880 /StemV 80 >> >>] >>")


def text_content(lines: list[str]) -> bytes:
    """A content stream showing ``lines`` in the font ``/F1`` at 12 points, one under
    the other."""
    ops = [b"BT /F1 12 Tf 40 800 Td 18 TL"]
    for line in lines:
        ops.append(b"<%s> Tj T*" % line.encode("utf-16-be").hex().encode())
    return b"\n".join([*ops, b"ET"])


def pages_pdf(contents: list[bytes], pages_per_content: int = 1, filters: bytes = b"") -> bytes:
    """Pages showing ``contents`` (each used by ``pages_per_content`` pages in turn)."""
    n = len(contents) * pages_per_content
    first_content = 4
    first_page = first_content + len(contents)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
                   n, b" ".join(b"%d 0 R" % (first_page + i) for i in range(n))),
               _SONG]
    objects += [stream(c, filters) for c in contents]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"
                % (first_content + i // pages_per_content) for i in range(n)]
    return pdf(objects)


def form_bomb(depth: int, fan: int) -> bytes:
    """A page bomb: form N draws form N+1 ``fan`` times, ``depth`` levels deep, so one
    small page holds fan**depth copies of a line of text."""
    first_form = 4
    forms = []
    for level in range(depth):
        if level == depth - 1:
            body = text_content(["增长12%"])
            resources = b"<< /Font << /F1 3 0 R >> >>"
        else:
            body = b" ".join([b"/X Do"] * fan)
            resources = b"<< /XObject << /X %d 0 R >> >>" % (first_form + level + 1)
        forms.append(stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                  b"/Resources " + resources))
    page = first_form + depth
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Count 1 /Kids [%d 0 R] >>" % page, _SONG, *forms,
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /XObject << /X %d 0 R >> >> >>" % (page + 1, first_form),
                stream(b"/X Do")])


def flate_bomb(megabytes: int) -> bytes:
    """A page bomb: a content stream of about ``megabytes`` KB that inflates to
    ``megabytes`` MB. After a full flush deflate forgets what came before, so each MB of
    spaces compresses to the same bytes: compressed once, repeated, and closed with the
    checksum of the whole (a real, valid stream, built in milliseconds)."""
    squeeze = zlib.compressobj(9)
    head = text_content(["增长12%"]) + b"\n"
    spaces = b" " * (1 << 20)
    data = squeeze.compress(head) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(spaces) + squeeze.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(head)
    for _ in range(megabytes):
        checksum = zlib.adler32(spaces, checksum)
    ending = squeeze.flush()[:-4] + struct.pack(">I", checksum)  # the final block, our sum
    return pages_pdf([data + block * megabytes + ending], filters=b"/Filter /FlateDecode")


# The standard security handler, revision 2 (RC4, 40-bit): enough for a real encrypted
# file that a reader opens only with the right user password.
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted(lines: list[str], user_password: bytes, owner_password: bytes = b"owner") -> bytes:
    """One page of ``lines``, encrypted; an empty user password opens it for anyone."""
    file_id = b"0123456789abcdef"
    def pad(password: bytes) -> bytes:
        return (password + _PAD)[:32]

    owner = _rc4(hashlib.md5(pad(owner_password)).digest()[:5], pad(user_password))
    permissions = -4  # everything allowed
    key = hashlib.md5(pad(user_password) + owner + struct.pack("<i", permissions)
                      + file_id).digest()[:5]
    user = _rc4(key, _PAD)
    content = text_content(lines)
    object_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\0\0").digest()[:10]
    sealed = _rc4(object_key, content)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Count 1 /Kids [5 0 R] >>", _SONG,
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(sealed), sealed),
               (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"),
               b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
                   owner.hex().encode(), user.hex().encode(), permissions)]
    return pdf(objects, b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(),
                                                             file_id.hex().encode()))


LINES = ["全市新签约项目120个，总投资35.6亿元。", "同比增长34.3%。"]
GOOD = pages_pdf([text_content(LINES)])


@functools.cache  # built once a run: each parametrized case reads one of them
def damaged_pdfs() -> dict[str, bytes]:
    """Files a reader still reads: its text is ``LINES`` as one paragraph."""
    return {
        "open-encrypted.pdf": encrypted(LINES, user_password=b""),
        "no-xref.pdf": GOOD[:GOOD.index(b"xref")] + GOOD[GOOD.index(b"trailer"):],
        "misplaced-xref.pdf": re.sub(rb"(\d{10}) 00000 n",
                                     lambda m: b"%010d 00000 n" % (int(m[1]) + 7), GOOD),
    }


@functools.cache  # built once a run (the bombs take a third of a second)
def hostile_pdfs() -> dict[str, bytes]:
    """One of each kind of PDF an import must refuse."""
    return {
        "password.pdf": encrypted(LINES, user_password=b"secret"),
        "truncated.pdf": GOOD[:len(GOOD) // 2],
        "not-a-pdf.pdf": b"%PDF-1.7\nthis is no PDF",
        "10000-pages.pdf": pages_pdf([text_content(["第1版"])], 10000),
        "flate-bomb.pdf": flate_bomb(1024),
        "form-bomb.pdf": form_bomb(depth=9, fan=10),
    }
