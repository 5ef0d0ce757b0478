"""jieba's dictionary as a word → part-of-speech table, and segmentation near a claim.

The extractor needs word boundaries only for the dozen characters around each number
(the metric phrase before it, the noun after a measure word). ``jieba.cut`` costs
~100 µs per such window on our machines and jieba's own start-up ~1 s; backward and
forward maximum matching over jieba's dictionary finds the same boundaries in a few
microseconds and needs only the table, cached with ``marshal`` after the first parse.
"""

from __future__ import annotations

import importlib.resources
import marshal
import os
import re
from collections.abc import Iterator

from annotator.paths import user_dir

MAX_WORD = 8  # longer dictionary entries are rare names; cutting them costs nothing here

# word → tag; for each character, the longest word starting / ending with it
Dictionary = tuple[dict[str, str], dict[str, int], dict[str, int]]
_dictionary: Dictionary | None = None


def dictionary() -> Dictionary:
    """jieba's words (up to ``MAX_WORD`` characters) with their POS tags, and for each
    character the length of the longest word starting / ending with it."""
    global _dictionary
    if _dictionary is None:
        _dictionary = _load()
    return _dictionary


def tags() -> dict[str, str]:
    return dictionary()[0]


def _load() -> Dictionary:
    source = importlib.resources.files("jieba") / "dict.txt"
    with importlib.resources.as_file(source) as path:
        stat = path.stat()
        cached = user_dir("cache") / f"jieba-words-{stat.st_size}-{int(stat.st_mtime)}.marshal"
        try:
            cached_table: Dictionary = marshal.loads(cached.read_bytes())
            return cached_table
        except (OSError, ValueError, EOFError, TypeError):
            pass
        table: dict[str, str] = {}
        longest_from: dict[str, int] = {}
        longest_to: dict[str, int] = {}
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                word, *_, tag = line.split()  # "word frequency tag"
                size = len(word)
                if size <= MAX_WORD:
                    table[word] = tag
                    if size > longest_from.get(word[0], 0):
                        longest_from[word[0]] = size
                    if size > longest_to.get(word[-1], 0):
                        longest_to[word[-1]] = size
    loaded = (table, longest_from, longest_to)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(loaded))
        os.replace(tmp, cached)  # atomic: a second process never reads half a cache
    except OSError:
        pass  # a read-only home still works, just without the cache
    return loaded


_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
_ASCII_WORD_END = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*$")


def words_before(text: str, limit: int = 6) -> Iterator[tuple[str, str | None]]:
    """Up to ``limit`` words ending at the end of ``text``, nearest first, with tags.
    Found as they are read: a reader that stops early (a metric ends at its verb) does
    not pay for the rest."""
    table, _, longest_to = dictionary()
    i = len(text)
    while i > 0 and limit > 0:
        limit -= 1
        ch = text[i - 1]
        if ch < "\x80" and ch.isalpha():  # GDP, CPI, AI: one word, tagged as jieba tags Latin words
            latin = _ASCII_WORD_END.search(text, max(0, i - 40), i)
            assert latin is not None  # text[i - 1] is a Latin letter: a word ends there
            yield latin.group(), "eng"
            i = latin.start()
            continue
        size = longest_to.get(ch, 1)
        if size > i:
            size = i
        # the longest dictionary word ending here, else the character alone (a tag is
        # never None: one lookup finds the word and its tag)
        while size > 1 and (tag := table.get(word := text[i - size:i])) is None:
            size -= 1
        if size == 1:
            tag = table.get(word := ch)
        yield word, tag
        i -= size


def words_after(text: str, limit: int = 4) -> Iterator[tuple[str, str | None]]:
    """Up to ``limit`` words from the start of ``text``, in order, with tags; found as
    they are read, as ``words_before``'s are."""
    table, longest_from, _ = dictionary()
    i, n = 0, len(text)
    while i < n and limit > 0:
        limit -= 1
        ch = text[i]
        if ch < "\x80" and ch.isalpha():
            latin = _ASCII_WORD.match(text, i)
            assert latin is not None  # text[i] is a Latin letter: a word starts there
            yield latin.group(), "eng"
            i = latin.end()
            continue
        size = longest_from.get(ch, 1)
        if size > n - i:
            size = n - i
        while size > 1 and (tag := table.get(word := text[i:i + size])) is None:
            size -= 1
        if size == 1:
            tag = table.get(word := ch)
        yield word, tag
        i += size
