"""Demo data: a believable shop in each of the five supported countries."""
