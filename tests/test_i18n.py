"""UI strings are translatable with Qt's tools; Chinese by default, English on request."""

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from annotator.ui import app as ui_app

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "annotator_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ElementTree.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def test_every_ui_string_is_in_the_catalogue_and_translated(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, sorted((ROOT / "annotator/ui").glob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) <= sources(TS), sorted(sources(fresh) - sources(TS))
    unfinished = [m.findtext("source") for m in ElementTree.parse(TS).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_compiled_catalogue_is_up_to_date(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(copy), "-qm", str(tmp_path / QM.name)],
                   check=True, capture_output=True)
    assert (tmp_path / QM.name).read_bytes() == QM.read_bytes()


@pytest.mark.parametrize("env, expected", [({}, "zh_CN"), ({"LANG": "en_US.UTF-8"}, "en"),
                                           ({"LANG": "zh_CN.UTF-8"}, "zh_CN")])
def test_language_follows_setting_then_environment(monkeypatch, tmp_path, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert ui_app.language(config) == expected
    config.setValue("language", "en")
    assert ui_app.language(config) == "en"


def test_chinese_menus_by_default(qapp):
    ui_app.install_translations(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("Actions", "&File") == "文件(&F)"
        assert QCoreApplication.translate("State", "Confirmed") == "已确认"
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Actions", "&File") == "&File"


def test_every_finder_reason_reads_in_chinese(qapp, tmp_path):
    import re

    from annotator.paths import seed_files
    from annotator.store import Store
    from annotator.store.conflicts import find
    from annotator.ui.theme import reason_text

    with Store(tmp_path / "r.db", editor="t") as store:
        store.import_paths([*seed_files(), ROOT / "tests" / "data" / "drafts" / "draft-01.txt"])
        found, _claims = find(store)
    reasons = {s.reason for s in found}
    assert len({s.relation for s in found}) == 3
    ui_app.install_translations(qapp, "zh_CN")
    try:
        for reason in reasons:
            english = set(re.findall(r"[A-Za-z]{2,}", reason_text(reason))) - {"vs", "GDP"}
            assert not english, (reason, reason_text(reason))
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
