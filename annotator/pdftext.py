"""PDF files → article text: PDFium (pypdfium2) reads the characters and their boxes in
a bounded child process, ``pdflayout`` puts them in reading order.

PDFium is C++ reading hostile input: a page of forms drawing forms (10**9 lines of text
in 3 KB) hangs it, a content stream inflating to gigabytes takes that much memory, a
damaged file may crash it. So it runs in a child (``bounded.call``) limited in time and
memory, and everything it can say comes back as text or one line of refusal.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import bounded, pdflayout
from annotator.textio import TextReadError

if TYPE_CHECKING:  # PDFium is loaded in the child only
    import pypdfium2

# A newspaper issue is tens of pages and a few hundred thousand characters; a file with
# far more is a book, a dump, or built to exhaust us. Within these a PDF reads in ~15 s.
MAX_PAGES = 1000
MAX_CHARS = 2_000_000
SECONDS = 60
MEMORY = 384 << 20  # bytes of data the reader may allocate (77 real pages took 64 MB)

# PDFium's FPDF_ERR_* codes, in words
_PASSWORD = 4
_DAMAGED = "damaged, or not a PDF at all"
_LOAD_ERRORS = {5: "encrypted in a way PDFium does not know", 6: "its pages are damaged"}


class _Refused(Exception):
    """The child's answer for a file it will not read: the problem, in a few words."""


def pdf_text(path: Path, data: bytes) -> str:
    """The text of a PDF file's pages, or a ``TextReadError`` naming it."""
    try:
        refusal, text = bounded.call(_read, data, seconds=SECONDS, memory=MEMORY)
    except bounded.Exceeded as exc:
        raise TextReadError(path, f"not a readable PDF (reading it {exc}: a page bomb?)") from None
    except bounded.Failed as exc:  # a bug, ours or PDFium's, that this file brings out
        raise TextReadError(path, f"not a readable PDF ({exc})") from None
    if refusal:
        raise TextReadError(path, refusal)
    return text


def _read(data: bytes) -> tuple[str, str]:
    """In the child: ("", text), or (the refusal, "")."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if exc.err_code == _PASSWORD:
            return ("password-protected; save a copy without the password (or print it "
                    "to PDF) and import that"), ""
        return f"not a readable PDF ({_LOAD_ERRORS.get(exc.err_code, _DAMAGED)})", ""
    counts: list[int] = []
    try:
        if len(document) > MAX_PAGES:
            return (f"{len(document)} pages, more than the {MAX_PAGES} one import reads; "
                    "split it"), ""
        text = pdflayout.text(_pages(document, counts))
    except _Refused as exc:
        return str(exc), ""
    finally:
        document.close()
    if not text.strip():
        return ("has no text layer, only pictures of pages (a scan?): run text "
                "recognition (OCR) on it first" if not sum(counts) else
                "its fonts do not say which characters they draw: run text recognition "
                "(OCR) on it"), ""
    return "", text


def _pages(document: pypdfium2.PdfDocument, counts: list[int]) -> Iterator[list[pdflayout.Line]]:
    """Each page's lines, pages read and let go one at a time; ``counts`` gets the
    number of characters PDFium found on each."""
    import pypdfium2

    for number in range(len(document)):
        try:
            page = document[number]
            textpage = page.get_textpage()
        except pypdfium2.PdfiumError:
            raise _Refused(f"not a readable PDF (page {number + 1} is damaged)") from None
        counts.append(textpage.count_chars())
        if sum(counts) > MAX_CHARS:
            raise _Refused(f"over {MAX_CHARS:,} characters of text by page {number + 1}; "
                           "not an article or an issue")
        yield pdflayout.lines(_chars(textpage, counts[-1]))
        textpage.close()
        page.close()


def _chars(textpage: pypdfium2.PdfTextPage, count: int) -> list[pdflayout.Char]:
    """Each character with its loose box (the font's full height, so one line's boxes
    line up) turned top-down, and that height as its size: the size PDFium reports is 1
    when a producer scales text by its matrix instead."""
    import pypdfium2.raw as pdfium

    box = pdfium.FS_RECTF()
    out: list[pdflayout.Char] = []
    for i in range(count):
        code = pdfium.FPDFText_GetUnicode(textpage, i)
        pdfium.FPDFText_GetLooseCharBox(textpage, i, box)
        if 0xDC00 <= code < 0xE000 and out and "\ud800" <= out[-1][0] < "\udc00":
            # UTF-16 halves of one character outside the BMP, maybe drawn as two glyphs
            ch, left, top, _, bottom, size, generated = out[-1]
            out[-1] = (chr(0x10000 + (ord(ch) - 0xD800 << 10) + code - 0xDC00), left, top,
                       box.right, bottom, size, generated)
            continue
        if pdfium.FPDFText_IsGenerated(textpage, i):
            # a space or line break PDFium put between two characters: where its box says
            # is not to be trusted (twice too far right when a producer scales text), so
            # it sits at the end of the character before
            if out:
                _, _, top, right, bottom, size, _ = out[-1]
                out.append((chr(code), right, top, right, bottom, size, True))
            continue
        out.append((chr(code), box.left, -box.top, box.right, -box.bottom, box.top - box.bottom,
                    False))
    return out
