"""A form whose every field can show what is wrong with it, right below it.

Bad input keeps the dialog open with a message next to the field (in the user's language) and
everything typed in place; :meth:`ValidatedForm.focus_first_problem` puts the cursor where the
first problem is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b3261e;"


class ValidatedForm(QFormLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field and its (hidden) message line; returns the widget."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"{name}_message")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.addRow(caption, holder)
        self._fields[name] = widget
        self._messages[name] = message
        for reporter in (widget, *widget.findChildren(QWidget)):  # a date field says itself what it refused
            found = getattr(reporter, "problem_found", None)
            if found is not None:
                found.connect(lambda text, name=name: self._reported(name, text))
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def show_problem(self, name: str, text: str) -> None:
        self._messages[name].setText("⚠ " + text)
        self._messages[name].show()

    def message(self, name: str) -> str:
        """The message shown under a field ('' when none), without the warning sign."""
        label = self._messages[name]
        return label.text().removeprefix("⚠ ") if label.isVisible() or label.text() else ""

    def _reported(self, name: str, text: str) -> None:
        if text:
            self.show_problem(name, text)
        else:
            self.clear_problem(name)

    def clear_problem(self, name: str) -> None:
        self._messages[name].clear()
        self._messages[name].hide()

    def clear_problems(self) -> None:
        for label in self._messages.values():
            label.clear()
            label.hide()

    def has_problems(self) -> bool:
        return any(label.text() for label in self._messages.values())

    def focus_first_problem(self) -> None:
        for name, label in self._messages.items():
            if label.text():
                self._fields[name].setFocus()
                return
