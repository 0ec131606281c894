"""Child process of the crash-safety test: records payments in a loop until it is killed.

Prints ``ready`` once the database is open, then the id of every payment *after* its commit
returned, so the parent knows which payments must survive a SIGKILL at any moment.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from workshop_desk.db.session import open_database
from workshop_desk.services.payments import PaymentData, record_payment


def main(path: str, customer_id: int) -> None:
    database = open_database(Path(path), create=False)
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        data = PaymentData(customer_id, date(2026, 1, 15), 1 + number % 500, reference=f"crash-{number}")
        with database.write() as session:
            payment_id = record_payment(session, data, date(2026, 1, 15))
        print(payment_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
