"""The rules of money, dates and collection, in plain Python.

Nothing here imports Qt, SQLAlchemy or ReportLab: every rule is a function of plain values
(``int`` minor units, ``datetime.date``) and is unit-tested that way.
"""
