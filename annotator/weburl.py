"""Evidence links: the only addresses the program stores, writes out, or lets a click open.

A ``file:``, ``javascript:`` or ``data:`` address in a note's evidence would run or open
something on the editor's machine, or in a reader's browser, when clicked; so evidence
is a web page (``http``/``https`` with a host) or nothing.
"""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_LENGTH = 2048  # what browsers and servers reliably accept


def is_web_address(text: str) -> bool:
    if not text or len(text) > MAX_LENGTH or any(ch <= " " or ch == "\x7f" for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:  # a malformed IPv6 host, a bad port
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
