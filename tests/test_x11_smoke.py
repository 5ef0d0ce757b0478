"""The real app on a real X server with a window manager, not offscreen: Xvfb and openbox.

The editor first works on a large monitor and leaves the window almost as large; then
starts the app on a 1366×768 laptop, where it must fit (title bar included) and show the
current claim marked in the table and in the text; drags it smaller there; and finds it
that size on the next start. Screenshots of the whole screen go to tests/artifacts/.
Under ``CI=true`` a missing X server or window manager fails the test: CI installs them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from annotator.ui import theme

# an X server, a window manager and the app started for each test: the full tier's
pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
LAPTOP = (1366, 768)
NEEDED = ("Xvfb", "openbox")


def needed_programs() -> None:
    missing = [name for name in NEEDED if shutil.which(name) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (apt-get install xvfb openbox; see README)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def x_server(width: int, height: int):
    """An Xvfb display of ``width``×``height``; its name (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()  # written once the server accepts connections
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def window_manager(display: str):
    manager = subprocess.Popen(["openbox", "--sm-disable"], env={**os.environ, "DISPLAY": display},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        manager.terminate()
        manager.wait(timeout=30)


def desktop_user(home: Path, display: str, lang: str = "zh_CN.UTF-8") -> dict[str, str]:
    """A user at a desktop: a display, empty folders, no Qt platform forced."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("ANNOTATOR_", "XDG_", "QT_")) and key != "WAYLAND_DISPLAY"}
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(DISPLAY=display, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_RUNTIME_DIR=str(runtime), LANG=lang)
    return env


def start_app(home: Path, display: str, shot: Path, leave_at: str = "",
              lang: str = "zh_CN.UTF-8") -> dict:
    """``annotator --editor 冒烟`` started as an editor would, reported on by the probe,
    which drags the window to ``leave_at`` ("WxH") before closing it."""
    report = home / "report.json"
    report.unlink(missing_ok=True)
    probe = [sys.executable, str(HERE / "x11_probe.py"), str(report), str(shot)]
    result = subprocess.run(
        [*probe, *([leave_at] if leave_at else []), "--", "--editor", "冒烟"],
        env=desktop_user(home, display, lang), cwd=home, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and report.exists(), (
        f"the app failed on X (exit {result.returncode}); QT_DEBUG_PLUGINS=1 names a missing "
        f"library:\n{result.stderr[-3000:]}")
    return json.loads(report.read_text(encoding="utf-8"))


def qrect(values: list[int]) -> QRect:
    return QRect(*values)


def shows(image: QImage, area: QRect, colour: str) -> bool:
    """Whether ``colour`` fills some pixels of ``area`` on the screenshot."""
    want = QColor(colour)
    return any(_close(image.pixelColor(x, y), want)
               for x in range(area.left(), area.right() + 1, 2)
               for y in range(area.top(), area.bottom() + 1, 2)
               if image.rect().contains(x, y))


def _close(a: QColor, b: QColor) -> bool:
    return all(abs(x - y) <= 16 for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def check(report: dict, shot: Path, size: tuple[int, int]) -> None:
    assert report["platform"] == "xcb", report
    assert report["framed"], "no window manager framed the window"
    screen, available, frame = (qrect(report[k]) for k in ("screen", "available", "frame"))
    assert screen.size().toTuple() == size
    assert available.contains(frame), f"the window {frame} does not fit the screen {available}"
    image = QImage(str(shot))
    assert image.size().toTuple() == size
    assert report["claim"], "no claim is current"
    assert shows(image, qrect(report["row_rect"]), report["highlight"]), "its table row is not marked"
    assert shows(image, qrect(report["claim_rect"]), theme.look("unchecked").background), \
        "the current claim is not highlighted in the text"


def test_the_app_on_a_real_desktop_fits_and_marks_the_current_claim(tmp_path):
    needed_programs()
    ARTIFACTS.mkdir(exist_ok=True)
    with x_server(1600, 1000) as display, window_manager(display):
        shot = ARTIFACTS / "x11-1600x1000.png"
        check(start_app(tmp_path, display, shot, leave_at="1580x950"), shot, (1600, 1000))
    with x_server(*LAPTOP) as display, window_manager(display):
        shot = ARTIFACTS / "x11-1366x768-after-a-larger-screen.png"
        check(start_app(tmp_path, display, shot, leave_at="1000x600"), shot, LAPTOP)
        shot = ARTIFACTS / "x11-1366x768-next-start.png"
        again = start_app(tmp_path, display, shot)
        check(again, shot, LAPTOP)
        assert again["geometry"][2:] == [1000, 600], "the window's size was not kept"


@pytest.mark.parametrize("lang, name", [("en_US.UTF-8", "en"), ("zh_CN.UTF-8", "zh")])
def test_the_english_and_chinese_desks_on_a_laptop(tmp_path, lang, name):
    """Screenshots to look at: the desk in each language on 1366×768."""
    needed_programs()
    ARTIFACTS.mkdir(exist_ok=True)
    with x_server(*LAPTOP) as display, window_manager(display):
        shot = ARTIFACTS / f"x11-desk-{name}-1366x768.png"
        check(start_app(tmp_path, display, shot, lang=lang), shot, LAPTOP)
