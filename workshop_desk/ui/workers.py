"""Running slow work off the GUI thread, so the window never freezes.

:func:`run_in_background` runs a function in Qt's thread pool and delivers its result (or its
exception) back on the GUI thread through a signal. The function must not touch widgets, and
opens its own database session (SQLite connections stay in the thread that made them).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.succeeded, result)

    @staticmethod
    def _report(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the program is closing: nobody is left to tell
            signal.emit(value)


_running: set[_Relay] = set()  # keeps each relay alive until its job reports


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``work()`` in the thread pool; ``on_done(result)`` or ``on_error(error)`` follow on the
    GUI thread — unless ``owner`` (the widget that asked) has been deleted meanwhile."""
    relay = _Relay()
    _running.add(relay)

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        # The connections hold these closures, which hold the relay: a cycle through C++ that
        # Python's collector cannot see. Cut it, or each job would keep its callbacks (and the
        # window they belong to) alive for good.
        relay.succeeded.disconnect()
        relay.failed.disconnect()
        if owner is None or shiboken6.isValid(owner):
            handler(value)

    relay.succeeded.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Job(work, relay))
