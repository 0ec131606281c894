"""Table models over service results (plain values, never live ORM rows)."""
