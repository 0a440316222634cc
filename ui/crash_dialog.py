"""Shown when a bug escapes: what happened, where the report is, the recent log lines."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, details: str, report: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Executrek Field — something went wrong"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "An unexpected error occurred. Your saved work is safe: every change is written "
                "to disk when you make it.\n\nA report was written to:\n{path}\n\n"
                "Please send it to your PMO support contact."
            ).format(path=report)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(
            intro.textInteractionFlags() | intro.textInteractionFlags().TextSelectableByMouse
        )
        layout.addWidget(intro)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(640, 300)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
