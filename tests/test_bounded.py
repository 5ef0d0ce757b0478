"""A child process bounded in time and memory: what it returns, raises, or how it died."""

from __future__ import annotations

import os
import time

import pytest

from annotator import bounded

MB = 1 << 20


def test_a_result_comes_back():
    assert bounded.call(divmod, 17, 5, seconds=30, memory=256 * MB) == (3, 2)


def test_an_exception_is_named():
    with pytest.raises(bounded.Failed, match=r"^ValueError: invalid literal"):
        bounded.call(int, "x", seconds=30, memory=256 * MB)


def test_a_hang_is_killed_at_the_deadline():
    began = time.monotonic()
    with pytest.raises(bounded.Exceeded, match="took over 1 s"):
        bounded.call(time.sleep, 60, seconds=1, memory=256 * MB)
    assert time.monotonic() - began < 5


@pytest.mark.skipif(not hasattr(os, "fork"), reason="rlimits are POSIX")
def test_an_allocation_past_the_limit_ends_the_child_alone():
    with pytest.raises(bounded.Exceeded, match="needed over 256 MB of memory"):
        bounded.call(bytearray, 1024 * MB, seconds=30, memory=256 * MB)


def test_a_crash_ends_the_child_alone():
    with pytest.raises(bounded.Exceeded, match="or crashed"):
        bounded.call(os.abort, seconds=30, memory=256 * MB)
