"""Localisation: Babel formatting of money, dates and numbers (:mod:`.formatting`); the window's
translations (:mod:`.qt`, compiled by :mod:`.compile`); texts of the services marked for
translation without Qt (:mod:`.markers`)."""
