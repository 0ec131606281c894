"""What follows from the shop's country: currency, language, how amounts are split.

Only the facts the core needs; the settings dialog (a later issue) lets the user change them.
"""

from __future__ import annotations

from dataclasses import dataclass

SUPPORTED_LANGUAGES = ("en", "it", "ru", "pt_BR", "hu")
"""Interface and letter languages, in the order menus list them."""


@dataclass(frozen=True, slots=True)
class CountryDefaults:
    currency: str
    language: str
    whole_currency_units: bool = False
    """Amounts are usually whole units (forints): plans split in whole units, shown without decimals."""


COUNTRY_DEFAULTS: dict[str, CountryDefaults] = {
    "GB": CountryDefaults("GBP", "en"),
    "IE": CountryDefaults("EUR", "en"),
    "US": CountryDefaults("USD", "en"),
    "IT": CountryDefaults("EUR", "it"),
    "RU": CountryDefaults("RUB", "ru"),
    "BR": CountryDefaults("BRL", "pt_BR"),
    "HU": CountryDefaults("HUF", "hu", whole_currency_units=True),
}

WHOLE_UNIT_CURRENCIES = frozenset({"HUF"})


def defaults_for(country: str) -> CountryDefaults:
    """The defaults of ``country`` (ISO 3166 alpha-2), English/GBP for a country we do not know."""
    return COUNTRY_DEFAULTS.get(country.upper(), COUNTRY_DEFAULTS["GB"])


def normalize_language(text: str) -> str | None:
    """``"pt-br"``, ``"PT_BR"``, ``"pt"`` → ``"pt_BR"``; ``""`` → ``""``; unknown → ``None``."""
    cleaned = text.strip().replace("-", "_")
    if not cleaned:
        return ""
    for language in SUPPORTED_LANGUAGES:
        if cleaned.lower() in {language.lower(), language.split("_")[0].lower()}:
            return language
    return None
