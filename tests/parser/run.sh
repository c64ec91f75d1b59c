#!/usr/bin/env bash
# The parser's test suite; needs only a C compiler, bash and coreutils.
#
# usage: tests/parser/run.sh [-v]
#
#   1. builds tools/astdump and compares, for every tests/parser/corpus/*.py,
#      its dump with NAME.ast (line 1: ast.dump, line 2: with positions);
#      NAME.eval.py / NAME.single.py are parsed in eval / single mode;
#   2. for every tests/parser/errors/*.py compares the syntax error with
#      NAME.err ("ExcType: msg / lineno / offset / end_lineno / end_offset");
#   3. builds and runs tests/unit/test_parser.c (API and edge cases);
#   4. fuzzes ast_parse with mutated corpus files for $FUZZ_SECONDS seconds
#      (default 5), built with -fsanitize=address,undefined when the
#      compiler supports it.
# Environment: CC (default cc), FUZZ_SECONDS, PARSER_TEST_BUILD (build
# directory, default a per-user directory under $TMPDIR or /tmp).
# Prints one line per failure, then "N passed, N failed"; exits 1 on any
# failure.
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
verbose=0
[[ "${1:-}" == "-v" ]] && verbose=1
cc="${CC:-cc}"
build="${PARSER_TEST_BUILD:-${TMPDIR:-/tmp}/gilpy-parser-tests-$(id -u)}"
mkdir -p "$build"
cd "$root"
srcs=(src/lang/ast.c src/lang/ast_dump.c src/lang/ast_repr.c src/lang/uchar.c src/lang/uchar_tables.c src/lang/codec_tables.c
      src/lang/unicode_names.c src/lang/unicode_names_table.c src/lang/lexer*.c src/lang/parser_*.c)
cflags=(-std=c11 -Wall -Wextra -Werror -O2 -Isrc)
passed=0
failed=0
fail() {
    failed=$((failed + 1))
    echo "FAIL $*"
}

if ! "$cc" "${cflags[@]}" -o "$build/astdump" tools/astdump.c "${srcs[@]}" -lm; then
    echo "FAIL build astdump"
    echo "0 passed, 1 failed"
    exit 1
fi

mode_of() {
    case "$1" in
    *.eval.py) echo eval ;;
    *.single.py) echo single ;;
    *) echo exec ;;
    esac
}

for f in "$here"/corpus/*.py; do
    name="${f%.py}"
    mode="$(mode_of "$f")"
    want1="$(sed -n 1p "$name.ast")"
    want2="$(sed -n 2p "$name.ast")"
    got1="$("$build/astdump" -m "$mode" "$f" 2>&1)"
    got2="$("$build/astdump" -a -m "$mode" "$f" 2>&1)"
    if [[ "$got1" == "$want1" && "$got2" == "$want2" ]]; then
        passed=$((passed + 1))
    else
        fail "corpus/$(basename "$f")"
        if ((verbose)); then
            echo "  want: ${want1:0:300}"
            echo "  got:  ${got1:0:300}"
        fi
    fi
done

for f in "$here"/errors/*.py; do
    want="$(cat "${f%.py}.err")"
    got="$(cd "$here/errors" && "$build/astdump" -e "$(basename "$f")" 2>&1)"
    if [[ "$got" == "$want" ]]; then
        passed=$((passed + 1))
    else
        fail "errors/$(basename "$f")"
        echo "  want: $want"
        echo "  got:  $got"
    fi
done

# unit tests: their last line is "N passed, N failed"
if "$cc" "${cflags[@]}" -o "$build/test_parser" tests/unit/test_parser.c "${srcs[@]}" -lm; then
    out="$("$build/test_parser" 2>&1)"
    last="$(printf '%s\n' "$out" | tail -n 1)"
    printf '%s\n' "$out" | grep -a '^FAIL' || true
    if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        passed=$((passed + BASH_REMATCH[1]))
        failed=$((failed + BASH_REMATCH[2]))
    else
        fail "unit tests did not finish: $last"
    fi
else
    fail "build tests/unit/test_parser.c"
fi

# fuzzing, under the sanitizers when available
san=(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
if ! "$cc" "${cflags[@]}" -O1 "${san[@]}" -o "$build/fuzz_parser" "$here/fuzz_parser.c" "${srcs[@]}" -lm 2>/dev/null; then
    echo "note: sanitizers unavailable, fuzzing without them"
    "$cc" "${cflags[@]}" -o "$build/fuzz_parser" "$here/fuzz_parser.c" "${srcs[@]}" -lm || fail "build fuzz_parser"
fi
if [[ -x "$build/fuzz_parser" ]]; then
    if out="$(ASAN_OPTIONS=detect_leaks=1 "$build/fuzz_parser" "${FUZZ_SECONDS:-5}" "$here"/corpus/*.py "$here"/errors/*.py 2>&1)"; then
        passed=$((passed + 1))
        ((verbose)) && echo "$out"
    else
        fail "fuzz_parser"
        printf '%s\n' "$out" | tail -n 30
    fi
fi

echo "$passed passed, $failed failed"
((failed == 0))
