"""The articles list: title, date, edition, progress (decided / all) and open conflicts."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.store import ArticleStats
from annotator.ui import theme

ArticleRole = Qt.ItemDataRole.UserRole + 1
TITLE, DATE, EDITION, PROGRESS, CONFLICTS = range(5)
MIN_TITLE = 6  # characters of the title always shown (the rest is in its tooltip)


class ArticlesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ArticleStats] = []
        self._row_of: dict[int, int] = {}

    def set_articles(self, rows: list[ArticleStats]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {a.id: i for i, a in enumerate(self._rows)}
        self.endResetModel()

    def rows(self) -> list[ArticleStats]:
        return self._rows

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def update_article(self, stats: ArticleStats) -> None:
        row = self._row_of.get(stats.id)
        if row is not None:
            self._rows[row] = stats
            self.dataChanged.emit(self.index(row, 0), self.index(row, CONFLICTS))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
                        ArticleRole):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == ArticleRole:
            return article
        if role == Qt.ItemDataRole.ToolTipRole:  # the title in full, then where it came from
            return "\n".join(x for x in (article.title, article.published,
                                          self._edition(article), article.name) if x)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if column in (EDITION, CONFLICTS) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == CONFLICTS and article.open_conflicts:
                return QColor(theme.look("conflict").background)
            return None
        if column == TITLE:
            return article.title
        if column == DATE:
            return article.published or ""
        if column == EDITION:
            return self._edition(article)
        if column == PROGRESS:
            return f"{article.decided}/{article.claims}"
        return f"⚠ {article.open_conflicts}" if article.open_conflicts else ""

    def _edition(self, article: ArticleStats) -> str:
        return self.tr("No. %n", "", article.edition) if article.edition else ""

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Article"), self.tr("Date"), self.tr("Edition"), self.tr("Checked"),
                 self.tr("Conflicts"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return names[section]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # the conflicts column is a badge: its header too, or "Conflicts" takes the title's room
        return "⚠" if section == CONFLICTS else names[section]


class ProgressDelegate(QStyledItemDelegate):
    """decided / all as text, with a thin bar under it that never covers the text."""

    BAR = 3  # pixels

    def paint(self, painter, option, index) -> None:
        article: ArticleStats = index.data(ArticleRole)
        text = QStyleOptionViewItem(option)
        text.rect = option.rect.adjusted(0, 0, 0, -self.BAR - 1)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        super().paint(painter, text, index)
        groove = QRect(option.rect.left() + 3, option.rect.bottom() - self.BAR,
                       option.rect.width() - 6, self.BAR)
        painter.fillRect(groove, QColor(theme.PROGRESS_GROOVE))
        done = groove.width() * article.decided // max(article.claims, 1)
        painter.fillRect(groove.adjusted(0, 0, done - groove.width(), 0),
                         QColor(theme.look("confirmed").line))

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 6, size.height() + self.BAR + 1)


class ArticlesPanel(QWidget):
    articleChosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._quiet = False
        self.model = ArticlesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(TITLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("articleFilter")
        self.filter.setPlaceholderText(self.tr("Filter articles"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("articles")
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)  # measuring all 20,000 rows takes seconds
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DATE, EDITION, PROGRESS, CONFLICTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def set_articles(self, rows: list[ArticleStats], keep: int | None = None) -> None:
        self._quiet = True
        try:
            self.model.set_articles(rows)
        finally:
            self._quiet = False
        self._fit_columns()
        if keep is not None:
            self.select(keep, notify=False)

    def update_article(self, stats: ArticleStats) -> None:
        self.model.update_article(stats)

    # --- the title keeps its room ---------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Where the panel is narrow (English headers are wide), the edition and then the
        date give way (the tooltip still has them), never the title: it keeps at least
        ``MIN_TITLE`` characters."""
        header = self.table.horizontalHeader()
        width = {c: max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c))
                 for c in (DATE, EDITION, PROGRESS, CONFLICTS)}
        room = (self.table.viewport().width() - width[PROGRESS] - width[CONFLICTS]
                - self.table.fontMetrics().horizontalAdvance("新") * MIN_TITLE)
        show_date = room >= width[DATE]
        show_edition = show_date and room - width[DATE] >= width[EDITION]
        self.table.setColumnHidden(DATE, not show_date)
        self.table.setColumnHidden(EDITION, not show_edition)

    def select(self, article_id: int, notify: bool = True) -> None:
        """Show the article as the current one, scrolled into view; ``notify=False``: the
        window opened it already, so no ``articleChosen``."""
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        # A flag, not blocked signals: the view repaints the selection on those signals.
        self._quiet = not notify
        try:
            self.table.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.table.scrollTo(index)

    def first(self) -> int | None:
        """The id of the first article as listed (filtered and sorted), if any."""
        index = self.proxy.index(0, TITLE)
        return index.data(ArticleRole).id if index.isValid() else None

    def current(self) -> ArticleStats | None:
        index = self.table.currentIndex()
        return index.data(ArticleRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.articleChosen.emit(current.data(ArticleRole).id)
