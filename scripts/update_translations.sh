#!/bin/sh
# Bring the translation sources in translations/ up to date with the code.
#
#   scripts/update_translations.sh           all of them: en it ru pt_BR hu
#   scripts/update_translations.sh it ru     only these languages
#
# Run it after adding or changing a text the window shows (self.tr, QCoreApplication.translate,
# QT_TRANSLATE_NOOP). pyside6-lupdate reads every module of workshop_desk/ and, in each .ts file,
# adds the new texts as unfinished (for the translators), keeps every translation made, and drops
# the texts the code no longer has (-no-obsolete). workshop_desk_en.ts holds only the English
# plural forms ("%n customer(s)" -> "1 customer", "2 customers"): English is the source language.
#
# Then the translators finish the new entries in Qt Linguist (pyside6-linguist), and
# `python -m workshop_desk.i18n.compile` (run by scripts/dev.sh) compiles them; tests/i18n fails
# until every entry is translated and every .ts lists every text of the code.
set -eu
cd "$(dirname "$0")/.."

LUPDATE=.venv/bin/pyside6-lupdate
[ -x "$LUPDATE" ] || LUPDATE=pyside6-lupdate
# shellcheck disable=SC2046 # one word per file is intended (no spaces in module names)
set -- ${*:-en it ru pt_BR hu}
SOURCES=$(find workshop_desk -name '*.py' | LC_ALL=C sort)

for language in "$@"; do
    case "$language" in
        en) only_plurals=-pluralonly ;;
        it | ru | pt_BR | hu) only_plurals= ;;
        *) echo "update_translations.sh: unknown language $language (en it ru pt_BR hu)" >&2; exit 2 ;;
    esac
    # shellcheck disable=SC2086 # $SOURCES and $only_plurals split into words on purpose
    "$LUPDATE" $SOURCES $only_plurals -no-obsolete -source-language en -target-language "$language" \
        -ts "translations/workshop_desk_$language.ts"
done
