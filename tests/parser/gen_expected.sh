#!/usr/bin/env bash
# Regenerates tests/parser/corpus/*.ast and tests/parser/errors/*.err with
# CPython 3.12 (the suite itself runs without CPython).
#
# usage: tests/parser/gen_expected.sh
# Uses $CPYTHON (default python3, with PYENV_VERSION=3.12.1 when pyenv is
# installed); refuses to run with anything but CPython 3.12.
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
cpython="${CPYTHON:-python3}"
if command -v pyenv >/dev/null 2>&1 && [[ -z "${PYENV_VERSION:-}" ]]; then
    export PYENV_VERSION=3.12.1
fi
exec "$cpython" "$here/gen_expected.py"
