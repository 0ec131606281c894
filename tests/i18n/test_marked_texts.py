"""Every text the window shows goes through Qt's translation, in a form pyside6-lupdate can read.

- A string literal handed straight to a Qt call that shows it (``setText``, ``QLabel(…)``,
  ``QMessageBox.warning``, ``addItem``, header labels…) is a text nobody can translate.
- lupdate reads the code, it does not run it: a text it cannot see in a ``tr``/``translate`` call
  (a helper like ``def _tr(text): return QCoreApplication.translate("X", text)``, an f-string, a
  context in a variable) never reaches the translators.
- Errors the services raise for the window to show carry marked templates
  (:mod:`workshop_desk.i18n.markers`), never English sentences built on the spot.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

from linguist import PACKAGE, ROOT

import workshop_desk
from workshop_desk.i18n.markers import Template, TranslatableError

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# Qt methods that show their text arguments: the positions of those arguments (None: all).
SHOWING_METHODS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "showMessage",
            "setLabelText",
            "setFormat",
            "setAccessibleName",
            "setAccessibleDescription",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "setInformativeText",
            "setDetailedText",
            "setCancelButtonText",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "addItems",
            "addMenu",
            "addToolBar",
            "addSection",
            "addAction",
            "setHtml",
        ),
        None,
    ),
    "addItem": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemToolTip": (1,),
    "addTab": (1, 2),
    "insertTab": (2, 3),
    "addRow": (0,),
    "addButton": (0,),
    "setButtonText": (1,),
    "showText": (1,),
    **dict.fromkeys(["information", "warning", "critical", "question", "about"], (1, 2)),
    **dict.fromkeys(["getText", "getInt", "getDouble", "getItem", "getMultiLineText"], (1, 2)),
    **dict.fromkeys(["getSaveFileName", "getOpenFileName", "getOpenFileNames"], (1, 3)),
    "getExistingDirectory": (1,),
    # this program's own helpers that show a text argument
    "add_field": (1,),
    "show_problem": (1,),
    "show_message": (0, 1),
    "_show_message": (0,),
    "_say_problem": (0,),
    "_action": (0, 3),
}
SHOWING_CLASSES: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QMenu",
            "QCommandLinkButton",
            "QMessageBox",
            "QTableWidgetItem",
            "QListWidgetItem",
            "QStandardItem",
            "QTreeWidgetItem",
        ),
        None,
    ),
    "QProgressDialog": (0, 1),
    "SearchBox": (0,),
}
SHOWING_KEYWORDS = {"text", "title", "label", "caption", "filter", "placeholder", "tip", "heading", "labelText"}

ALLOWED = frozenset(
    {
        "%H:%M",  # a time, written the same way in every language the program speaks
    }
)
"""Literal texts with letters that are no language: formats, codes, symbols."""
_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def _modules(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (PACKAGE / folder).rglob("*.py"))


def _name(function: ast.expr) -> str | None:
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return None


def _is_translation(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in TRANSLATING


def _shown_literals(node: ast.AST) -> Iterator[ast.Constant]:
    """The string literals with letters ``node`` shows as they are (not inside a translation)."""
    if _is_translation(node):
        return
    if isinstance(node, ast.Constant):
        text = node.value
        if isinstance(text, str) and text not in ALLOWED and any(c.isalpha() for c in _MARKUP.sub("", text)):
            yield node
        return
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from _shown_literals(part.value if isinstance(part, ast.FormattedValue) else part)
        return
    children: list[ast.expr] = []
    if isinstance(node, ast.BinOp):
        children = [node.left, node.right]
    elif isinstance(node, ast.IfExp):
        children = [node.body, node.orelse]
    elif isinstance(node, ast.BoolOp):
        children = node.values
    elif isinstance(node, ast.List | ast.Tuple):
        children = node.elts
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        children = [node.func.value, *node.args, *(keyword.value for keyword in node.keywords)]
    for child in children:
        yield from _shown_literals(child)


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    if isinstance(call.func, ast.Attribute) and name in SHOWING_METHODS:
        positions = SHOWING_METHODS[name]
    elif name in SHOWING_CLASSES:
        positions = SHOWING_CLASSES[name]
    else:
        return []
    arguments = list(call.args) if positions is None else [call.args[i] for i in positions if i < len(call.args)]
    return arguments + [keyword.value for keyword in call.keywords if keyword.arg in SHOWING_KEYWORDS]


def unwrapped_texts(path: Path) -> list[str]:
    """``file:line: 'text'`` for each literal text a Qt call of ``path`` would show untranslated."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                found += [
                    f"{path.relative_to(ROOT)}:{literal.lineno}: {literal.value!r}"
                    for literal in _shown_literals(argument)
                ]
    return found


def test_the_window_shows_no_literal_text_untranslated() -> None:
    offenders = [line for path in [*_modules("ui"), PACKAGE / "app.py"] for line in unwrapped_texts(path)]
    assert offenders == [], "wrap these in self.tr(…) or QCoreApplication.translate(…):\n" + "\n".join(offenders)


def test_the_checker_finds_a_literal_text() -> None:
    """The check above is not blind: it catches the usual forms."""
    code = """
label.setText("Saved")
QPushButton(f"Delete {name}")
box.addItem("Cash", "cash")
QMessageBox.warning(self, self.tr("Title"), "Body " + detail)
table.setHorizontalHeaderLabels([self.tr("Date"), "Amount"])
label.setText(self.tr("Fine {x}").format(x=value))
label.setText("⚠ " + self.tr("Fine"))
label.setText("<br>".join(lines))
"""
    found = [
        literal.value
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call)
        for argument in _shown_arguments(node)
        for literal in _shown_literals(argument)
    ]
    assert sorted(found) == sorted(["Saved", "Delete ", "Cash", "Body ", "Amount"])


# ------------------------------------------------------------------------------- readable by lupdate

_READER_EXCEPTIONS = {
    # translated() says a marked service text (context and template travel with it) in the window's
    # language; TranslationContext.tr is the one place that passes a fixed context on.
    ("workshop_desk/i18n/qt.py", "translated"),
    ("workshop_desk/i18n/qt.py", "tr"),
}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _unreadable_calls(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(ROOT).as_posix()
    for function in ast.walk(tree):
        if not isinstance(function, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        name = getattr(function, "name", "")
        if (relative, name) in _READER_EXCEPTIONS:
            continue
        for node in ast.iter_child_nodes(function):
            yield from _unreadable_in(node, relative)


def _unreadable_in(node: ast.AST, relative: str) -> Iterator[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return  # visited on its own (with its own exceptions)
    if isinstance(node, ast.Call):
        name, arguments = _name(node.func), node.args
        where = f"{relative}:{node.lineno}"
        if name in ("tr", "QT_TR_NOOP") and arguments and not _is_text(arguments[0]):
            yield f"{where}: {name}() of a text lupdate cannot read (a variable or an f-string)"
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(arguments) >= 2:
            if not (_is_text(arguments[0]) and _is_text(arguments[1])):
                yield f"{where}: {name}() with a context or text lupdate cannot read"
            elif len(arguments) >= 4 and not (
                isinstance(arguments[3], ast.Constant) and isinstance(arguments[3].value, int)
            ):
                yield (
                    f"{where}: translate(…, n) with a variable n is not a plural message for lupdate: "
                    "use self.tr(…, '', n) or a TranslationContext"
                )
    if (
        isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and _name(node.value.func) == "TranslationContext"
        and not (
            len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.value.args
            and _is_text(node.value.args[0])
            and node.targets[0].id == node.value.args[0].value
        )
    ):
        yield f"{relative}:{node.lineno}: a TranslationContext must be named as its context (lupdate reads the name)"
    for child in ast.iter_child_nodes(node):
        yield from _unreadable_in(child, relative)


def test_every_translation_call_is_readable_by_lupdate() -> None:
    offenders = [line for path in _modules(".") for line in _unreadable_calls(path)]
    assert offenders == [], "\n".join(offenders)


# ------------------------------------------------------------------------------- service texts


def _translatable_errors() -> dict[str, type[TranslatableError]]:
    for folder in ("services", "letters", "domain", "db"):
        package = importlib.import_module(f"workshop_desk.{folder}")
        for module in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            importlib.import_module(module.name)
    found: dict[str, type[TranslatableError]] = {}
    pending = list(TranslatableError.__subclasses__())
    while pending:
        kind = pending.pop()
        if kind.__module__.startswith("workshop_desk."):  # not the examples of other tests
            found[kind.__name__] = kind
        pending += kind.__subclasses__()
    return found


def test_service_errors_are_raised_with_marked_templates() -> None:
    errors = _translatable_errors()
    assert {"InvoiceError", "PaymentError", "AdjustmentError", "ContactError"} <= set(errors)
    offenders = []
    for path in _modules("services", "letters", "domain", "db"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            kind = errors.get(_name(node.exc.func) or "")
            if kind is None:
                continue
            first = node.exc.args[0] if node.exc.args else None
            template = (
                getattr(errors.get(first.value.id), first.attr, None)
                if isinstance(first, ast.Attribute) and isinstance(first.value, ast.Name)
                else None
            )
            if not isinstance(template, Template):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == [], "raise these with a template of the error class (QT_TRANSLATE_NOOP):\n" + "\n".join(
        offenders
    )


def test_each_error_class_marks_its_templates_in_its_own_context() -> None:
    for name, kind in _translatable_errors().items():
        templates = [value for value in vars(kind).values() if isinstance(value, Template)]
        assert templates, name
        assert {template.context for template in templates} == {name}


def test_the_domain_stays_free_of_qt_even_with_its_markers() -> None:
    """The markers are pure Python: the services, letters and domain can use them (ARCHITECTURE.md)."""
    source = (Path(workshop_desk.__file__).parent / "i18n" / "markers.py").read_text(encoding="utf-8")
    assert "PySide6" not in source
    assert "babel" not in source


def test_problems_of_a_letter_text_and_letter_warnings_are_marked() -> None:
    from workshop_desk.i18n.markers import Message
    from workshop_desk.letters.templates import template_problems
    from workshop_desk.services.letters import LetterWarning

    problems = template_problems('title = "Dear {custmer_name}"\n')
    assert problems
    assert all(isinstance(problem, Message) for problem in problems)
    assert "unknown placeholder {custmer_name} in 'title'" in problems  # the English stays as it was
    assert isinstance(LetterWarning.NO_REMINDER_BEFORE_CLAIM, Template)
