#!/usr/bin/env bash
# Compares tools/astdump with CPython 3.12's ast.dump (positions included)
# over every .py file of a directory, by default CPython's own Lib/.
# Needs CPython 3.12; not part of run.sh, which must work without it.
#
# usage: tests/parser/libcheck.sh [DIR]
# Environment: CC (default cc), CPYTHON (default python3, with
# PYENV_VERSION=3.12.1 when pyenv is installed), PARSER_TEST_BUILD.
set -eu
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
cc="${CC:-cc}"
cpython="${CPYTHON:-python3}"
if command -v pyenv >/dev/null 2>&1 && [[ -z "${PYENV_VERSION:-}" ]]; then
    export PYENV_VERSION=3.12.1
fi
build="${PARSER_TEST_BUILD:-${TMPDIR:-/tmp}/gilpy-parser-tests-$(id -u)}"
mkdir -p "$build"
cd "$root"
"$cc" -std=c11 -Wall -Wextra -Werror -O2 -Isrc -o "$build/astdump" tools/astdump.c \
    src/lang/ast.c src/lang/ast_dump.c src/lang/ast_repr.c src/lang/uchar.c \
    src/lang/uchar_tables.c src/lang/codec_tables.c src/lang/unicode_names.c \
    src/lang/unicode_names_table.c src/lang/lexer*.c src/lang/parser_*.c -lm
dir="${1:-$("$cpython" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}"
exec "$cpython" "$here/libcheck.py" "$build/astdump" "$dir" -a
