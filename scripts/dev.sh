#!/bin/sh
# Set up Workshop Desk on a fresh Linux machine, then run it or its tests.
#
#   scripts/dev.sh run    install, then open the window on a demo shop (.demo/workshop-desk-demo.db)
#   scripts/dev.sh test   install, then run the whole test suite (with PostgreSQL: see postgres_for_tests)
#   scripts/dev.sh dist   install, build the program for a shop PC (dist/workshop-desk/), smoke-test it
#   scripts/dev.sh smoke  smoke-test the built program again (scripts/smoke_frozen.py)
#   scripts/dev.sh bench [OPTIONS]  install, then run the benchmark (tests/perf/bench.py --help)
#
# Installs what a fresh Debian/Ubuntu machine lacks for Qt (with apt-get, only if missing),
# creates .venv with the program and its test tools, compiles the translations (translations/*.qm).
# Safe to run again: it only adds what is missing.
set -eu
cd "$(dirname "$0")/.."

QT_LIBRARIES="libglib-2.0.so.0:libglib2.0-0 libGL.so.1:libgl1 libEGL.so.1:libegl1 \
libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3"
TEST_TOOLS="pdftoppm:poppler-utils"

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "dev.sh: please install as root: $*" >&2; return 1; fi
}

apt_install() {
    [ $# -gt 0 ] || return 0
    if ! command -v apt-get >/dev/null; then
        echo "dev.sh: this system has no apt-get; please install the packages providing: $*" >&2
        return 0
    fi
    echo "dev.sh: installing $*"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing_packages() {
    for pair in $QT_LIBRARIES; do
        ldconfig -p 2>/dev/null | grep -q "${pair%%:*}" || printf '%s ' "${pair#*:}"
    done
    for pair in $TEST_TOOLS; do
        command -v "${pair%%:*}" >/dev/null || printf '%s ' "${pair#*:}"
    done
}

setup() {
    # shellcheck disable=SC2046 # one word per package is intended
    apt_install $(missing_packages)
    if [ ! -x .venv/bin/python ]; then
        python3 -m venv .venv 2>/dev/null || { apt_install python3-venv && python3 -m venv .venv; }
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
}

postgres_for_tests() {
    # The core, collections and concurrency tests also run on PostgreSQL (tests/postgres_server.py
    # starts a throw-away server from initdb). Install Debian's server if no initdb is found; where
    # apt-get exists (CI) a missing server is a failure, never a silent skip.
    if [ -z "${WORKSHOP_DESK_TEST_POSTGRES_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
        && ! command -v initdb >/dev/null; then
        apt_install postgresql
    fi
    if command -v apt-get >/dev/null; then
        export WORKSHOP_DESK_REQUIRE_POSTGRES="${WORKSHOP_DESK_REQUIRE_POSTGRES:-1}"
    fi
}

translations() {
    # translations/*.ts -> the .qm files the window loads (build outputs, not kept in git)
    .venv/bin/python -m workshop_desk.i18n.compile
}

case "${1:-}" in
    run)
        setup
        translations || echo "dev.sh: some translations could not be compiled; their texts show in English." >&2
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "dev.sh: no display found; starting offscreen (nothing will be visible)." >&2
            export QT_QPA_PLATFORM=offscreen
        fi
        mkdir -p .demo
        exec .venv/bin/workshop-desk gui --db .demo/workshop-desk-demo.db --demo-if-empty
        ;;
    test)
        setup
        postgres_for_tests
        translations
        exec .venv/bin/python -m pytest
        ;;
    dist)
        setup
        .venv/bin/python scripts/build_dist.py  # PyInstaller and build.spec; compiles the translations first
        exec .venv/bin/python scripts/smoke_frozen.py
        ;;
    smoke)
        setup
        exec .venv/bin/python scripts/smoke_frozen.py
        ;;
    bench)
        setup
        translations || echo "dev.sh: some translations could not be compiled; their texts show in English." >&2
        shift
        QT_QPA_PLATFORM=offscreen exec .venv/bin/python tests/perf/bench.py "$@"
        ;;
    *)
        echo "usage: scripts/dev.sh run|test|dist|smoke|bench [bench options]" >&2
        exit 2
        ;;
esac
