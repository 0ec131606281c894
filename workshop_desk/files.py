"""Files the program writes for the user: complete or absent, readable by the user only.

Every exported file (letters, reports, CSV exports, personal data) goes through
:func:`partial_file`: it is written under a temporary name beside its target, created readable
by the current user only (it holds customers' data), and renamed into place only when complete —
so a failure or a cancel never leaves half a file under the real name. :func:`name_part` makes a
customer code or a title safe inside a file or folder name on every system.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path

_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def name_part(text: str, fallback: str) -> str:
    """``text`` with the characters a file name cannot hold replaced (``fallback`` if nothing is left)."""
    return _UNSAFE_IN_FILE_NAMES.sub("_", text).strip(" .") or fallback


@contextlib.contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """A new private file beside ``path``, renamed to ``path`` if the block ends well, else removed.

    Raises:
        IsADirectoryError: ``path`` names no file ("." or "").
    """
    if not path.name:
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    partial = path.with_name(f".{path.name}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))
        yield partial
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through :func:`partial_file`; returns ``path``."""
    with partial_file(path) as partial:
        partial.write_bytes(data)
    return path
