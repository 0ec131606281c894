"""The program's log: one rotating file in the user's data folder.

``workshop-desk.log`` grows to 1 MB, then is renamed ``.1`` … ``.5`` (the oldest dropped), so a
shop PC never fills up with logs and a technician still finds the last weeks. The file is
created readable by the user only.

Database passwords are never logged (issue #12): callers name a database by
``Database.display_name`` (the URL with its password hidden), and as a second line of defence the
formatter masks the password of any URL in a message or traceback (``scheme://user:***@host``).
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workshop_desk.paths import data_folder

LOG_NAME = "workshop-desk.log"
MAX_BYTES = 1_000_000
KEEP = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# up to the last @ of the word: a password typed with a raw @ or / in it is masked whole (too much is fine)
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*:)\S+@")


def mask_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _URL_PASSWORD.sub(r"\g<head>***@", text)


class _MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks URL passwords in the whole entry (message and traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_passwords(super().format(record))


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it opens (the first and each after a rotation) is readable by the user only."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return data_folder() / LOG_NAME


def start_logging(level: int = logging.INFO) -> Path:
    """Send the program's log records to the rotating file (again if the data folder moved)."""
    path = log_file()
    logger = logging.getLogger("workshop_desk")
    for handler in logger.handlers[:]:
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    # backslashreplace: a file name with undecodable bytes (a surrogate such as \udce9) is logged, not refused
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", errors="backslashreplace", delay=True
    )
    handler.setFormatter(_MaskingFormatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
