"""Texts of the services and letters that the window shows in the user's language (pure Python, no Qt).

The domain, the services and the letters know nothing of Qt, yet some of their texts reach the
window: why an invoice cannot be saved, what is wrong with a letter text, a letter's warnings.
They are written in English (the command line and the logs print them as they are) and marked
where they are written with :func:`QT_TRANSLATE_NOOP`::

    NEEDS_NUMBER = QT_TRANSLATE_NOOP("InvoiceError", "the invoice needs a number")

``pyside6-lupdate`` finds such a call by the function's *name* (its Python parser ignores imports
and knows a fixed set of names: ``tr``, ``translate``, ``QT_TR_NOOP``, ``QT_TRANSLATE_NOOP``), so
this module's own ``QT_TRANSLATE_NOOP`` puts the text into the ``.ts`` files under the context given
— the context must be a string literal at the call. The function returns the text as a
:class:`Template`, which remembers that context; the window translates it with
:func:`workshop_desk.i18n.qt.translated`.

A text with values keeps the template and the values apart (:class:`Message`,
:class:`TranslatableError`): ``str()`` is the English text filled in, while the window translates
the template first and fills in the values after. Values are plain strings and numbers; a
template has ``{name}`` placeholders only (no conversions, no literal braces: pass a brace as a
value), so a translator sees exactly what must stay.
"""

from __future__ import annotations

from collections.abc import Mapping


class Template(str):
    """An English source text with the translation context it was marked with."""

    context: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 -- lupdate knows it by this name
    """Mark ``text`` for translation in ``context`` (both string literals); returns it as a :class:`Template`."""
    template = Template(text)
    template.context = context
    return template


class Message(str):
    """A template filled in with its values: the English text as a ``str``, translatable by the window."""

    template: Template
    values: Mapping[str, object]

    def __new__(cls, template: Template, /, **values: object) -> Message:
        message = super().__new__(cls, template.format(**values))
        message.template = template
        message.values = values
        return message

    def __getnewargs_ex__(self) -> tuple[tuple[Template], dict[str, object]]:  # copy and pickle
        return (self.template,), dict(self.values)


class TranslatableError(Exception):
    """An error the user can read: ``str(error)`` in English, :attr:`message` for the window to translate.

    Subclasses list their templates as class attributes, so the window can tell them apart
    (``error.template is InvoiceError.NEEDS_NUMBER``) without comparing English sentences.
    """

    def __init__(self, template: Template, /, **values: object) -> None:
        self.message = Message(template, **values)
        super().__init__(str(self.message))

    @property
    def template(self) -> Template:
        return self.message.template

    @property
    def values(self) -> Mapping[str, object]:
        return self.message.values
