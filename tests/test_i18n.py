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


def reason_codes() -> set[str]:
    """Every code annotator/linking/reasons.py renders: its two tables' keys."""
    from annotator.linking import reasons

    return set(reasons.ENGLISH) | set(reasons.OTHERS)


def test_the_app_has_a_template_for_every_reason_code_and_no_other():
    from annotator.ui.reasons import _TEMPLATES

    assert len(reason_codes()) >= 22
    assert set(_TEMPLATES) == reason_codes()


def test_every_reason_code_reads_in_chinese(qapp):
    """Each code the finder gives, filled with its params, in Chinese; the evidence too."""
    import re
    from types import SimpleNamespace

    from annotator.linking.reasons import render
    from annotator.ui.reasons import evidence_text, reason_text

    params = {"a": "1804列", "b": "1840列", "what": "江津班列", "a_scale": "万亿", "b_scale": "亿",
              "a_unit": "元", "b_unit": "美元", "when": "2024 vs 2025", "owner": "成都",
              "part": "1840列", "total": "3600列", "actual": "51.1%", "later": "95.3万辆",
              "earlier": "4.3万辆", "expected": "2116.3%", "parts": "167个+97个", "count": "52.3万人",
              "times": "翻一番", "growth": "100%", "item": "制造业项目", "a_base": "同比", "b_base": "环比",
              "a_frame": "缩短至", "b_frame": "缩短了", "goal": "4万亿元", "expression": "32.5%−28.1%", "base": "10000",
              "whole": "12.63万条", "years": "4",
              "evidence": {"entity": "same", "metric": "unknown", "period": "different",
                           "unit": "sibling"}}
    ui_app.install_translations(qapp, "zh_CN")
    try:
        for code in sorted(reason_codes()):
            assert render(code, params)  # the command line says it in English
            link = SimpleNamespace(code=code, params=params, reason="in English")
            shown = reason_text(link)
            assert shown != "in English", code  # every code has a template
            assert not set(re.findall(r"[A-Za-z]{2,}", shown)) - {"vs"}, (code, shown)
        assert evidence_text(link) == "同一主体 · 未说明指标 · 时间不同 · 相关单位"
        legacy = SimpleNamespace(code=None, params=None, reason="digits transposed?")
        assert reason_text(legacy) == "digits transposed?"  # stored before codes: as it was
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
