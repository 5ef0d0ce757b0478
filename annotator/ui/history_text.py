"""A history entry as the editor reads it, in the editor's language: who, when, and what
changed (``未核 → 已确认``, ``2215.5亿元 → 2251.5亿元``, ``冲突链接``)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from annotator.formatting import format_value
from annotator.store import Event
from annotator.ui import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def when(event: Event) -> str:
    """The event's time on the editor's clock (the store keeps UTC)."""
    try:
        return datetime.fromisoformat(event.at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return event.at[:16].replace("T", " ")


def entry(event: Event, original: str = "") -> str:
    """``2026-12-01 16:40 · 王编辑 · 未核 → 已确认``; ``original``: the claim as the article
    writes it, what a first correction changed."""
    return " · ".join(p for p in (when(event), event.editor, what(event, original)) if p)


def what(event: Event, original: str = "") -> str:
    """What the event changed, or the action's name where there is nothing more to say."""
    before = event.before if isinstance(event.before, dict) else {}
    after = event.after if isinstance(event.after, dict) else {}
    name = theme.action_name(event.action)
    if event.entity == "claim" and event.action == "decide" and before and after:
        return _decision(before, after, original)
    if event.entity == "claim" and event.action == "annotate":
        note = after.get("note") or ""
        return _tr("note: %1").replace("%1", note) if note else name
    if event.entity == "link" and after:
        return f"{name} · {theme.relation_name(after.get('relation'))}"
    return name


def _decision(before: dict, after: dict, original: str) -> str:
    parts = []
    if before.get("status") != after.get("status"):
        parts.append(f"{theme.state_name(before.get('status'))} → "
                     f"{theme.state_name(after.get('status'))}")
    old, new = _value(before) or original, _value(after)
    if new and old != new:
        parts.append(f"{old or '—'} → {new}")
    if (after.get("note") or "") != (before.get("note") or "") and after.get("note"):
        parts.append(_tr("note: %1").replace("%1", after["note"]))
    return " · ".join(parts) or theme.action_name("decide")


def _value(state: dict) -> str:
    """The corrected figure a decision holds, as a newspaper writes it."""
    if state.get("corrected_value") is None:
        return ""
    return format_value(state["corrected_value"], state.get("corrected_unit"),
                        qualifier=state.get("corrected_qualifier"))
