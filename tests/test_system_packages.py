"""The README's apt line is what CI installs, and holds what a desktop needs: Qt's xcb
plugin loads these X11 libraries (QT_DEBUG_PLUGINS=1 names any missing), and the smoke
test needs an X server and a window manager."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = {"libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
           "libxcb-shape0", "fonts-wqy-microhei", "xvfb", "openbox"}


def readme_packages() -> set[str]:
    line = re.search(r"`sudo apt-get install ([^`]+)`", (ROOT / "README.md").read_text(encoding="utf-8"))
    return set(line.group(1).split())


def ci_packages() -> set[str]:
    line = re.search(r'^packages="([^"]+)"', (ROOT / ".ci" / "run").read_text(encoding="utf-8"), re.M)
    return set(line.group(1).split())


def test_ci_installs_the_readme_packages_and_they_serve_a_desktop():
    assert readme_packages() == ci_packages()
    assert DESKTOP <= readme_packages(), sorted(DESKTOP - readme_packages())
