"""What to export, asked before where: the verified figures (the default) or every claim;
the article open or all of them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
)

from annotator.store import Article


class ExportDialog(QDialog):
    def __init__(self, article: Article | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.article = article
        self.verified = QRadioButton(self.tr("Verified figures only (confirmed, corrected, disputed)"))
        self.every = QRadioButton(self.tr("All claims, unchecked ones too"))
        self.verified.setChecked(True)
        title = article.title if article is not None else ""
        self.this_article = QRadioButton(self.tr("This article: %1").replace("%1", title))
        self.this_article.setToolTip(title)
        self.all_articles = QRadioButton(self.tr("All articles"))
        (self.this_article if article is not None else self.all_articles).setChecked(True)
        self.this_article.setEnabled(article is not None)
        layout = QVBoxLayout(self)
        for heading, buttons in ((self.tr("Claims"), (self.verified, self.every)),
                                 (self.tr("Articles"), (self.this_article, self.all_articles))):
            box, group = QGroupBox(heading, self), QButtonGroup(self)
            inner = QVBoxLayout(box)
            for button in buttons:
                group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def options(self) -> dict:
        """The store's export options for what was chosen."""
        return {"status": "verified" if self.verified.isChecked() else None,
                "article": self.article.name if self.article is not None
                and self.this_article.isChecked() else None}
