"""Workshop Desk: the receivables desk of a repair shop.

Layers (see ARCHITECTURE.md): ``domain`` (pure rules) ← ``db`` (SQLite via SQLAlchemy) ←
``services`` (one transaction per user action) ← ``cli`` / ``ui`` / ``letters``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("workshop-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
