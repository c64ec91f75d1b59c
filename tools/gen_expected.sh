#!/usr/bin/env bash
# Regenerate the expected files of the differential suite (tests/lang) with
# CPython 3.12.
#
# usage: tools/gen_expected.sh [--check] [NAME...]
#
#   NAME...   tests to regenerate: names or globs (quote them), with or
#             without .py, e.g. int_basic 'str_*'; default: every test
#   --check   write nothing: run each test twice under two different
#             PYTHONHASHSEED values and report every test whose output differs
#             between the runs or from its expected files (determinism check)
#
# For each test NAME.py, run as `cd tests/lang && $CPYTHON NAME.py $(cat NAME.args)`
# with stdin from NAME.in (or /dev/null), it writes:
#   NAME.out  stdout (always)
#   NAME.err  stderr (only when non-empty; removed otherwise)
#   NAME.rc   exit status (only when non-zero; removed otherwise)
# The absolute path of tests/lang is replaced by the literal TESTDIR in both.
#
# Interpreter: ${CPYTHON:-python3}; when pyenv is installed and PYENV_VERSION is
# not set, PYENV_VERSION=3.12.1 is used. The interpreter must be CPython 3.12.
set -u
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/$(basename "${BASH_SOURCE[0]}")"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(dirname "$here")
testdir="$root/tests/lang"
origdir=$(pwd)
cd "$testdir" || { echo "gen_expected.sh: no directory $testdir" >&2; exit 2; }
testdir_p=$(pwd -P)
testdir_l=$(pwd -L)

check=0
names=()
for a in "$@"; do
    case $a in
        --check) check=1 ;;
        -h|--help)
            while IFS= read -r l; do
                [[ $l == "#"* ]] || break
                [[ $l == "#!"* ]] && continue
                l=${l#"#"}; printf '%s\n' "${l# }"
            done < "$self"
            exit 0 ;;
        -*) echo "gen_expected.sh: unknown option $a" >&2; exit 2 ;;
        *) a=${a##*/}; a=${a%.py}; names+=("$a") ;;
    esac
done

PY=${CPYTHON:-python3}
[[ $PY == */* && $PY != /* ]] && PY="$origdir/$PY"
if command -v pyenv >/dev/null 2>&1 && [[ -z ${PYENV_VERSION:-} ]]; then
    export PYENV_VERSION=3.12.1
fi
if ! ver=$("$PY" -c 'import sys, platform; print(platform.python_implementation(), "%d.%d" % sys.version_info[:2])' 2>/dev/null) \
   || [[ $ver != "CPython 3.12" ]]; then
    echo "gen_expected.sh: no CPython 3.12 available: '$PY' is '${ver:-not runnable}'" >&2
    echo "gen_expected.sh: set CPYTHON=/path/to/python3.12 (or install pyenv version 3.12.1)" >&2
    exit 2
fi

# Select tests: every tests/lang/*.py, or those whose name matches a pattern.
patterns=(${names[@]+"${names[@]}"})
names=()
for f in *.py; do
    [[ -e $f ]] || continue
    n=${f%.py}
    if ((${#patterns[@]})); then
        ok=0
        # shellcheck disable=SC2053
        for p in "${patterns[@]}"; do [[ $n == $p ]] && { ok=1; break; }; done
        ((ok)) || continue
    fi
    names+=("$n")
done
for p in ${patterns[@]+"${patterns[@]}"}; do
    m=0
    # shellcheck disable=SC2053
    for n in ${names[@]+"${names[@]}"}; do [[ $n == $p ]] && { m=1; break; }; done
    ((m)) || { echo "gen_expected.sh: no test matches '$p'" >&2; exit 2; }
done

# Keep the environment of the reference interpreter predictable.
unset PYTHONPATH PYTHONSTARTUP PYTHONWARNINGS PYTHONINSPECT PYTHONOPTIMIZE \
      PYTHONDEBUG PYTHONVERBOSE PYTHONDONTWRITEBYTECODE PYTHONIOENCODING \
      PYTHONUNBUFFERED PYTHONNODEBUGRANGES PYTHONSAFEPATH
export PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gen_expected.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# subst FILE: replace the test directory path by TESTDIR, in place; warn
# about output the runner cannot compare reliably
subst() {
    local s
    if [[ -s $1 && $(wc -c < "$1") != "$(tr -d '\000' < "$1" | wc -c)" ]]; then
        echo "gen_expected.sh: warning: $name: output contains NUL bytes (left unsubstituted)" >&2
        return
    fi
    IFS= read -r -d '' s < "$1"
    if [[ $s == *" at 0x"* ]]; then
        echo "gen_expected.sh: warning: $name: output seems to contain a memory address" >&2
    fi
    s=${s//"$testdir_p"/TESTDIR}
    [[ $testdir_l != "$testdir_p" ]] && s=${s//"$testdir_l"/TESTDIR}
    printf '%s' "$s" > "$1"
}

# run NAME DEST-PREFIX: run one test with CPython, leaving DEST.out/.err/.rc
run() {
    local name=$1 dest=$2 args=() in=/dev/null rc
    [[ -f $name.args ]] && read -r -a args < "$name.args"
    [[ -f $name.in ]] && in=$name.in
    timeout -k 5 60 "$PY" "$name.py" ${args[@]+"${args[@]}"} < "$in" > "$dest.out" 2> "$dest.err"
    rc=$?
    subst "$dest.out"
    subst "$dest.err"
    echo "$rc" > "$dest.rc"
    if ((rc == 124)); then echo "gen_expected.sh: $name: timed out" >&2; fi
}

# same FILE-A FILE-B: byte-for-byte comparison using bash only
same() {
    local a b
    IFS= read -r -d '' a < "$1"
    IFS= read -r -d '' b < "$2"
    [[ $a == "$b" ]]
}

status=0
for name in "${names[@]}"; do
    if [[ ! -f $name.py ]]; then
        echo "gen_expected.sh: no test $name.py" >&2; status=1; continue
    fi
    if ((check)); then
        PYTHONHASHSEED=1 run "$name" "$tmp/a"
        PYTHONHASHSEED=4242 run "$name" "$tmp/b"
        bad=()
        for k in out err rc; do
            same "$tmp/a.$k" "$tmp/b.$k" || bad+=("nondeterministic $k")
        done
        exp_err=/dev/null; [[ -f $name.err ]] && exp_err=$name.err
        [[ -f $name.out ]] && same "$tmp/a.out" "$name.out" || bad+=("stdout differs from $name.out")
        same "$tmp/a.err" "$exp_err" || bad+=("stderr differs from expected")
        exp_rc=0; [[ -f $name.rc ]] && read -r exp_rc < "$name.rc"
        read -r got_rc < "$tmp/a.rc"
        [[ $got_rc == "$exp_rc" ]] || bad+=("exit status $got_rc, expected $exp_rc")
        if ((${#bad[@]})); then
            status=1
            printf 'CHECK %s: %s\n' "$name" "$(IFS=';'; echo "${bad[*]}")"
        fi
    else
        run "$name" "$tmp/a"
        cp "$tmp/a.out" "$name.out"
        if [[ -s $tmp/a.err ]]; then cp "$tmp/a.err" "$name.err"; else rm -f "$name.err"; fi
        read -r rc < "$tmp/a.rc"
        if [[ $rc != 0 ]]; then echo "$rc" > "$name.rc"; else rm -f "$name.rc"; fi
    fi
done
if ((check)); then
    ((status)) && echo "gen_expected.sh: check found problems" || echo "gen_expected.sh: ${#names[@]} tests checked, all deterministic and up to date"
else
    echo "gen_expected.sh: generated expected files for ${#names[@]} tests"
fi
exit $status
