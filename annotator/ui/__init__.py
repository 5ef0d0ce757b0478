"""The PySide6 desktop app: a thin layer over ``annotator.store`` and the extractor.

Every action goes through ``Store``; widgets hold no state of their own beyond what
they show, so the command line and the app always agree.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Qt's marker for lupdate, typed as it behaves: PySide6's stub says it returns
    ``object``; it returns ``source``. lupdate finds the calls by this name."""
    return source
