"""PySide6 6.12.0 loses a reference to None on every void Qt call under Python 3.11 and
aborts after a few thousand; the pinned version must survive a long run of them. An
abort kills the process, so the loop runs in one of its own."""

import os
import subprocess
import sys

LOOP = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(200_000):
    widget.update()
print("survived")
"""


def test_many_void_calls_do_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", LOOP], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, "survived"), done.stderr
