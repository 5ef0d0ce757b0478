"""What the bundled ``annotator`` program runs (PyInstaller's entry script).

Importing many files spreads the work over processes started with ``spawn``. A
frozen program has no ``python`` to spawn them with, so each worker is this same
executable started with multiprocessing's arguments; ``freeze_support()`` turns such a
start into the worker and exits, before the command line is parsed or a window opens.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from annotator.cli import main

    sys.exit(main())
