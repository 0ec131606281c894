"""Localisation: Babel formatting of money, dates and numbers; Qt translators (later issue)."""
