"""Nothing below the UI imports Qt: checked on the source and in a fresh interpreter.

The command line (``cli``, ``commands``) sits on top of every layer, like the UI."""

import ast
import re
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


# ARCHITECTURE.md's layers, lowest first; a module imports only its own layer or lower.
LAYERS = {
    "text": {"lexicon", "textio", "numbers", "formatting", "hanzi", "paths", "weburl", "errors",
             "pdftext", "pdflayout", "bounded"},
    "extraction": {"claim", "extract", "context", "words", "layout", "evaluate",
                   "bench", "__init__"},
    "linking": {"linking"},
    # an archive sits beside the store: built from text, extraction and linking, read
    # by the store and the app (never importing the store itself, below)
    "store": {"store", "archive"},
    "top": {"ui", "commands", "cli", "__main__"},
}
ORDER = list(LAYERS)


def layer_of(module: str) -> str:
    """``annotator.store.links`` → store; ``annotator.extract`` → extraction. A name the
    package itself exports (``__version__``, ``extract_claims``) is its ``__init__``'s."""
    parts = module.split(".")[1:]
    if not parts or parts[0] not in set().union(*LAYERS.values()):
        parts = ["__init__"]
    return next(name for name, members in LAYERS.items() if parts[0] in members)


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).with_suffix("")
        yield path, ".".join(["annotator", *relative.parts])


def test_every_module_has_a_layer():
    """A new module (or package) is placed in LAYERS, and so in ARCHITECTURE.md's order,
    before it can pass: one unplaced would otherwise be taken for the package's own."""
    members = set().union(*LAYERS.values())
    unplaced = sorted({m.split(".")[1] for _, m in _modules()} - members)
    assert unplaced == []


def _imported(node: ast.AST, module: str) -> list[str]:
    """What ``node`` imports, as absolute names; a relative import resolved from ``module``
    (a package's as ``annotator.linking.__init__``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:  # from . import x, from ..store import y
        package = module.split(".")[:-node.level]
        base = ".".join(package + ([node.module] if node.module else []))
    if base == "annotator":
        return [f"annotator.{a.name}" for a in node.names]
    return [base]


def test_every_module_imports_only_its_layer_or_lower():
    broken = []
    for path, module in _modules():
        mine = ORDER.index(layer_of(module))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _imported(node, module):
                if name.startswith("annotator.") and ORDER.index(layer_of(name)) > mine:
                    broken.append(f"{module} imports {name}")
    assert broken == []


def test_relative_imports_are_resolved():
    """``from ..store import x`` in annotator/linking/facts.py names annotator.store."""
    node = ast.parse("from ..store import x").body[0]
    assert _imported(node, "annotator.linking.facts") == ["annotator.store"]
    node = ast.parse("from .. import store").body[0]
    assert _imported(node, "annotator.linking.__init__") == ["annotator.store"]


def _sections(table: str) -> list[str]:
    """The table's layers: a label at the start of a line begins one."""
    sections: list[list[str]] = []
    for line in table.splitlines():
        if line[:1].strip() or not sections:
            sections.append([])
        sections[-1].append(line)
    return ["\n".join(lines) for lines in sections]


def test_architecture_lists_every_module():
    """ARCHITECTURE.md's table names each module: ``annotator/x.py`` at the top level, a
    subpackage's module by its file name in the layer that names ``annotator/<pkg>/``."""
    table = (PACKAGE.parent / "ARCHITECTURE.md").read_text(encoding="utf-8").split("```")[1]
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        name = re.compile(rf"(?<![\w.]){re.escape(path.name)}")
        listed = (f"annotator/{relative}" in table if len(relative.parts) == 1 else
                  any(f"annotator/{relative.parts[0]}/" in s and name.search(s)
                      for s in _sections(table)))
        if not listed:
            missing.append(str(relative))
    assert missing == []


def test_archives_need_neither_the_store_nor_dask_to_be_read():
    """The archive package reads text, extraction and linking only; Dask is imported by
    the build alone, inside the functions that run on a cluster."""
    for path in sorted((PACKAGE / "archive").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith("annotator.store") for n in names), path
        top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        assert not any((getattr(n, "module", None) or "").split(".")[0] in ("dask", "distributed")
                       or any(a.name.split(".")[0] in ("dask", "distributed") for a in n.names)
                       for n in top), path


CJK = re.compile("[\u4e00-\u9fff]")


def test_word_lists_live_in_lexicon_only():
    """One source for each word list: a literal list, set or tuple of three or more
    Chinese strings anywhere but lexicon.py is a second copy waiting to drift."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "lexicon.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.List | ast.Set | ast.Tuple):
                words = [e.value for e in node.elts if isinstance(e, ast.Constant)
                         and isinstance(e.value, str) and CJK.search(e.value)]
                if len(words) >= 3:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {words[:4]}")
    assert found == []


def test_each_word_list_is_named_once():
    """A name given twice in lexicon.py silently replaces the first list for every reader
    (a goal-scoring verb list once did, and 连得两分 stopped being a claim)."""
    tree = ast.parse((PACKAGE / "lexicon.py").read_text(encoding="utf-8"))
    names = [target.id for node in tree.body if isinstance(node, ast.Assign)
             for target in node.targets if isinstance(target, ast.Name)]
    assert sorted({name for name in names if names.count(name) > 1}) == []
