"""Run a reader of untrusted files in a child process with bounded memory and time.

A reader written in C (PDFium) cannot be stopped from Python once it hangs, and a file
built to make it allocate gigabytes, or crash, would take the app down with it. In a
child, a hang is killed at the deadline and an allocation past the limit ends the child
alone. Children are started with ``spawn`` (forking a process that runs Qt threads is
not safe), which costs a fresh interpreter, ~0.2 s, per call.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

R = TypeVar("R")


class Exceeded(Exception):
    """The child ran past its time, or died (out of its memory, or crashed)."""


class Failed(Exception):
    """The function raised in the child; the message names the exception."""


def call(fn: Callable[..., R], *args: Any, seconds: float, memory: int) -> R:
    """``fn(*args)`` in a child limited to ``seconds`` of wall time and ``memory`` bytes of
    data (``RLIMIT_DATA``, where the system has it; Windows bounds time only). ``fn``
    must be a module-level function and its arguments and result picklable."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(fn, args, memory, sender, os.getpid()),
                            daemon=True)
    child.start()
    sender.close()  # the parent's copy: the pipe now ends when the child does
    try:
        if not receiver.poll(seconds):
            raise Exceeded(f"took over {seconds:g} s")
        status, value = receiver.recv()
    except (EOFError, OSError):
        status, value = "died", ""
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if status == "died" and child.exitcode and child.exitcode > 0:
        raise Failed(f"the reading process stopped with status {child.exitcode}")
    if status in ("died", "out of memory"):  # killed by a signal: C++ aborts when out
        raise Exceeded(f"needed over {memory >> 20} MB of memory, or crashed")
    if status == "raised":
        raise Failed(value)
    result: R = value  # what fn returned in the child, unpickled
    return result


def _child(fn: Callable[..., object], args: tuple[Any, ...], memory: int, sender: Connection,
           parent: int) -> None:
    die_with_parent(parent)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no rlimits; time still bounds the child
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # a C library's complaints are no line of ours on stderr
    try:
        result = ("returned", fn(*args))
    except MemoryError:
        result = ("out of memory", "")
    except Exception as exc:
        result = ("raised", f"{exc.__class__.__name__}: {str(exc)[:200]}")
    sender.send(result)
    sender.close()


def die_with_parent(parent: int) -> None:
    """A child ends when the process that started it does, even if that was killed
    (SIGKILL runs no clean-up): at once on Linux, within a second elsewhere."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # it died before prctl: nobody is left to wait for us
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


_PR_SET_PDEATHSIG = 1
