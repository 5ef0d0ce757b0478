"""Nothing below the UI imports Qt: checked on the source and in a fresh interpreter.

The command line (``cli``, ``commands``) sits on top of every layer, like the UI."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "annotator"


TOP = {"ui", "commands", "cli.py", "__main__.py"}


def domain_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] not in TOP:
            yield path, "annotator." + ".".join(relative.with_suffix("").parts).removesuffix(".__init__")


def test_no_qt_import_in_the_source():
    for path, _ in domain_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
                           or n.startswith("annotator.ui") for n in names), path


def test_importing_every_domain_module_loads_no_qt():
    modules = [name for _, name in domain_modules()]
    assert "annotator.store.store" in modules and "annotator.extract" in modules
    probe = (f"import importlib, sys\nfor m in {modules!r}: importlib.import_module(m)\n"
             "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_desks_operations_are_plain_python():
    """Operations call the store and say what changed; showing it is the window's job."""
    source = (PACKAGE / "ui" / "operations.py").read_text(encoding="utf-8")
    imported = [n.module or "" for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import) for a in n.names]
    assert not any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imported)
