"""Hostile files made by the tests themselves, and a runner that bounds time and memory.

(A helper module: it holds no tests.)
"""

from __future__ import annotations

import functools
import gc
import io
import os
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def document_xml(body: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> bytes:
    return f'{declaration}<w:document {NS}><w:body>{body}</w:body></w:document>'.encode()


def docx(xml: bytes, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


GOOD_XML = document_xml("<w:p><w:r><w:t>全市签约项目120个，总投资35亿元。</w:t></w:r></w:p>")


def _patch_member(data: bytes, local: dict[int, bytes], central: dict[int, bytes]) -> bytes:
    """Overwrite fields of document.xml's local header and central directory entry."""
    buf = bytearray(data)
    name = b"word/document.xml"
    at = buf.index(b"PK\x03\x04" + bytes(0), 0)
    while buf[at + 30:at + 30 + len(name)] != name:
        at = buf.index(b"PK\x03\x04", at + 4)
    cd = buf.index(b"PK\x01\x02")
    while buf[cd + 46:cd + 46 + len(name)] != name:
        cd = buf.index(b"PK\x01\x02", cd + 4)
    for offset, value in local.items():
        buf[at + offset:at + offset + len(value)] = value
    for offset, value in central.items():
        buf[cd + offset:cd + offset + len(value)] = value
    return bytes(buf)


@functools.cache  # built once a run: each parametrized case reads one of them
def bad_docx_files() -> dict[str, bytes]:
    """One of each way a Word file broke an import."""
    good = docx(GOOD_XML)
    stored = docx(GOOD_XML, zipfile.ZIP_STORED)
    flags = struct.pack("<H", 1)  # bit 0: encrypted
    method = struct.pack("<H", 99)
    deflated = bytearray(good)
    start = deflated.index(b"word/document.xml") + len("word/document.xml")
    deflated[start + 5:start + 25] = b"\xff" * 20  # the compressed stream, mangled
    size = struct.unpack("<I", good[good.index(b"PK\x01\x02") + 20:][:4])[0]
    return {
        "gb2312.docx": docx(document_xml(
            "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
            '<?xml version="1.0" encoding="GB2312"?>')),
        "encrypted.docx": _patch_member(good, {6: flags}, {8: flags}),
        "corrupt-deflate.docx": bytes(deflated),
        "unknown-method.docx": _patch_member(stored, {8: method}, {10: method}),
        "truncated.docx": _patch_member(good, {}, {20: struct.pack("<I", max(1, size // 3))}),
        "zip-bomb.docx": docx(document_xml("<w:p><w:r><w:t>" + " " * (30 << 20)
                                           + "</w:t></w:r></w:p>")),
        "not-a-zip.docx": b"PK\x03\x04 this is no archive",
    }


@functools.cache
def hostile_html() -> dict[str, str]:
    return {"attrs.html": "<a " * 40000, "comment.html": "<p>正文</p><!--" + "x" * 200_000,
            "deep.html": "<div>" * 100_000 + "文本", "bogus.html": "<!" * 60000}


# ``python -m MODULE ARGS`` that writes, at exit, the peak resident memory (KB) of its
# own and of its biggest child. wait4's ru_maxrss will not do: Popen starts a child by
# vfork, and exec hands it the parent's high-water mark (pytest's, 370 MB after the
# suite's larger tests), so every child would seem that big.
_PEAK = """
import atexit, resource, runpy, sys
report, module = sys.argv[1:3]
def peak():
    with open("/proc/self/status") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(report, "w") as out:
        out.write(str(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)))
atexit.register(peak)
sys.argv = [module, *sys.argv[3:]]
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""


def run_bounded(args: list[str], seconds: float = 10, mb: int = 500,
                module: str = "annotator") -> tuple[int, str, str]:
    """``python -m annotator ARGS``: killed past ``seconds``; asserts both bounds (peak
    resident memory of the program and its children). Returns exit status, stdout and
    stderr."""
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as out, \
            tempfile.TemporaryFile() as err:
        report = Path(scratch) / "peak"
        child = subprocess.Popen([sys.executable, "-c", _PEAK, str(report), module, *args],
                                 cwd=REPO, stdout=out, stderr=err, start_new_session=True)
        timer = threading.Timer(seconds, os.killpg, (child.pid, signal.SIGKILL))
        began = time.monotonic()
        timer.start()
        _, status, usage = os.wait4(child.pid, 0)  # usage: the fallback when it was killed
        timer.cancel()
        took = time.monotonic() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
        peak = int(report.read_text()) if report.exists() else usage.ru_maxrss
    assert took < seconds, f"took {took:.1f} s: {args}"
    assert peak < mb * 1024, f"peak {peak // 1024} MB: {args}"
    return child.returncode, stdout, stderr


def cpu_time(fn) -> float:
    """The CPU time ``fn`` takes in this process: other programs on a shared machine do
    not add to it, as they add to the wall clock."""
    began = time.process_time()
    fn()
    return time.process_time() - began


def assert_linear(make, n: int, run, ratio: float = 3.0, rounds: int = 5) -> None:
    """CPU time at 2n is at most ``ratio`` times that at n. The two sizes take turns for
    every round and each keeps its best: a busy moment (a garbage collection, a cold
    cache, another test worker) inflates one sample, never the minimum of five, on
    either side; stopping at the first round that passed let one inflated small run
    pass quadratic work. Quadratic work is 4 times; linear code measured 2.6 times while
    the other test workers (the bundle's build) shared the caches, so 3 is the limit."""
    small, large = make(n), make(2 * n)
    run(small)  # warm caches (jieba's table, compiled patterns)
    # the objects earlier tests left in this process are no part of the code under test:
    # frozen, the collector's passes do not scan them, at either size
    gc.collect()
    gc.freeze()
    try:
        t1 = t2 = float("inf")
        for _ in range(rounds):
            t1 = min(t1, cpu_time(lambda: run(small)))
            t2 = min(t2, cpu_time(lambda: run(large)))
        if t2 > ratio * max(t1, 1e-3):
            raise AssertionError(f"n: {t1:.3f} s, 2n: {t2:.3f} s of CPU time")
    finally:
        gc.unfreeze()
