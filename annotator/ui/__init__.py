"""The PySide6 desktop app: a thin layer over ``annotator.store`` and the extractor.

Every action goes through ``Store``; widgets hold no state of their own beyond what
they show, so the command line and the app always agree.
"""
