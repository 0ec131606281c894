"""``python -m workshop_desk`` is the same as the ``workshop-desk`` command."""

from workshop_desk.cli import main

raise SystemExit(main())
