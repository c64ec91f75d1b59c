#!/usr/bin/env bash
# Differential test runner for the interpreter core (tests/lang).
#
# usage: tests/run_lang.sh [-j N] [--interp PATH] [--timeout S] [--keep DIR] [NAME-glob...]
#
#   -j N          run N tests in parallel (default: number of cores)
#   --interp PATH interpreter to test (default: $GILPY, else ./gilpy at the repo root)
#   --timeout S   per-test time limit in seconds (default: $GILPY_TIMEOUT, else 10)
#   --keep DIR    also write each test's actual NAME.out/.err/.rc into DIR
#   NAME-glob     only run tests whose name (without .py) matches a glob,
#                 e.g. 'str_*' 'err_*' int_basic
#
# Environment: GILPY_ARGS is split into words and passed to the interpreter
# before the script name (e.g. GILPY_ARGS='--no-jit').
#
# Each test runs as `cd tests/lang && $INTERP $GILPY_ARGS NAME.py $(cat NAME.args)`
# with stdin from NAME.in or /dev/null. Its stdout, stderr and exit status must
# equal NAME.out, NAME.err (empty if absent) and NAME.rc (0 if absent) exactly,
# after the absolute path of tests/lang is replaced by TESTDIR.
# Output: one `FAIL NAME (what)` line per failing test (what: stdout, stderr,
# rc, comma-separated) followed by short diffs, then `N passed, N failed`.
# Exit status: 0 when everything passed, 1 otherwise, 2 on usage errors.
# Needs bash >= 4.3 and coreutils only (diff is used for diffs when present).
set -u
self="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/$(basename "${BASH_SOURCE[0]}")"

usage() {
    local l
    while IFS= read -r l; do
        [[ $l == "#"* ]] || break
        [[ $l == "#!"* ]] && continue
        l=${l#"#"}; printf '%s\n' "${l# }"
    done < "$self"
}
die() { echo "run_lang.sh: $*" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
testdir="$root/tests/lang"

jobs=$(nproc 2>/dev/null || echo 2)
interp=${GILPY:-}
tlimit=${GILPY_TIMEOUT:-10}
keep=
patterns=()
while (($#)); do
    case $1 in
        -j) (($# >= 2)) || die "-j needs a number"; jobs=$2; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        --jobs=*) jobs=${1#*=}; shift ;;
        --interp) (($# >= 2)) || die "--interp needs a path"; interp=$2; shift 2 ;;
        --interp=*) interp=${1#*=}; shift ;;
        --timeout) (($# >= 2)) || die "--timeout needs seconds"; tlimit=$2; shift 2 ;;
        --timeout=*) tlimit=${1#*=}; shift ;;
        --keep) (($# >= 2)) || die "--keep needs a directory"; keep=$2; shift 2 ;;
        --keep=*) keep=${1#*=}; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; patterns+=("$@"); break ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) patterns+=("$1"); shift ;;
    esac
done
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "bad -j value '$jobs'"

# Resolve the interpreter to an absolute path (tests run inside tests/lang).
[[ -n $interp ]] || interp="$root/gilpy"
if [[ $interp == */* ]]; then
    [[ -e $interp ]] || die "interpreter $interp not found (build it first, or pass --interp)"
    interp="$(cd "$(dirname "$interp")" && pwd -P)/$(basename "$interp")"
else
    interp=$(command -v "$interp") || die "interpreter not found in PATH"
fi
[[ -x $interp ]] || die "interpreter $interp is not executable"

gargs=()
[[ -n ${GILPY_ARGS:-} ]] && read -r -a gargs <<< "$GILPY_ARGS"

if [[ -n $keep ]]; then
    mkdir -p "$keep" || die "cannot create $keep"
    keep=$(cd "$keep" && pwd -P)
fi

cd "$testdir" || die "no directory $testdir"
testdir_p=$(pwd -P)
testdir_l=$(pwd -L)

tests=()
for f in *.py; do
    [[ -e $f ]] || continue
    name=${f%.py}
    if ((${#patterns[@]})); then
        ok=0
        for p in "${patterns[@]}"; do
            p=${p##*/}; p=${p%.py}
            # shellcheck disable=SC2053
            [[ $name == $p ]] && { ok=1; break; }
        done
        ((ok)) || continue
    fi
    tests+=("$name")
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/run_lang.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

have_diff=0
command -v diff >/dev/null 2>&1 && have_diff=1

# slurp FILE VAR: read a whole file into VAR (bash only; stops at a NUL byte)
slurp() { IFS= read -r -d '' "$2" < "$1"; return 0; }

# has_nul FILE: true when FILE contains a NUL byte
has_nul() {
    [[ -s $1 ]] || return 1
    local a b
    a=$(wc -c < "$1"); b=$(tr -d '\000' < "$1" | wc -c)
    [[ $a != "$b" ]]
}

# showdiff STREAM EXPECTED-FILE ACTUAL-FILE: short unified diff
showdiff() {
    if ((have_diff)); then
        diff -u --label "expected $1" --label "actual $1" "$2" "$3" | head -n 20
    else
        echo "--- expected $1 (first 10 lines)"; head -n 10 "$2"
        echo "+++ actual $1 (first 10 lines)"; head -n 10 "$3"
    fi
}

# run_one NAME: run a test, write $tmp/NAME.res (empty when it passed)
run_one() {
    local name=$1 w="$tmp/$1" args=() in=/dev/null rc exp_rc=0 what=() detail=""
    local exp act k expf
    [[ -f $name.args ]] && read -r -a args < "$name.args"
    [[ -f $name.in ]] && in=$name.in
    # The braces send bash's own "Segmentation fault" notices to /dev/null.
    {
        timeout -k 2 "$tlimit" "$interp" ${gargs[@]+"${gargs[@]}"} "$name.py" ${args[@]+"${args[@]}"} \
            < "$in" > "$w.stdout" 2> "$w.stderr"
        rc=$?
    } 2>/dev/null
    [[ -f $name.rc ]] && read -r exp_rc < "$name.rc"

    for k in stdout stderr; do
        if [[ $k == stdout ]]; then expf=$name.out; else expf=$name.err; fi
        [[ -f $expf ]] || expf=/dev/null
        slurp "$w.$k" act
        if has_nul "$w.$k"; then
            act+=$'\n[output contains NUL bytes]\n'
        fi
        act=${act//"$testdir_p"/TESTDIR}
        [[ $testdir_l != "$testdir_p" ]] && act=${act//"$testdir_l"/TESTDIR}
        printf '%s' "$act" > "$w.$k.norm"
        slurp "$expf" exp
        if [[ $act != "$exp" ]]; then
            what+=("$k")
            detail+=$(showdiff "$k" "$expf" "$w.$k.norm")$'\n'
        fi
    done
    if [[ $rc != "$exp_rc" ]]; then
        what+=("rc")
        detail+="expected exit status $exp_rc, got $rc"
        if ((rc == 124)); then
            detail+=" (timed out after ${tlimit}s)"
        elif ((rc == 137)); then
            detail+=" (SIGKILL: did not stop after the timeout, or killed)"
        elif ((rc > 128)); then
            detail+=" (killed by signal $((rc - 128)))"
        fi
        detail+=$'\n'
    fi
    if [[ -n $keep ]]; then
        cp "$w.stdout.norm" "$keep/$name.out"
        cp "$w.stderr.norm" "$keep/$name.err"
        echo "$rc" > "$keep/$name.rc"
    fi
    if ((${#what[@]})); then
        local IFS=,
        { printf 'FAIL %s (%s)\n' "$name" "${what[*]// /}"; printf '%s' "$detail"; } > "$w.res"
    else
        : > "$w.res"
    fi
    rm -f "$w.stdout" "$w.stderr" "$w.stdout.norm" "$w.stderr.norm"
}

running=0
for t in "${tests[@]}"; do
    run_one "$t" &
    if ((++running >= jobs)); then
        wait -n
        ((running--))
    fi
done
wait

passed=0
failed=0
for t in "${tests[@]}"; do
    if [[ -s $tmp/$t.res ]]; then
        cat "$tmp/$t.res"
        ((failed++))
    elif [[ -f $tmp/$t.res ]]; then
        ((passed++))
    else
        echo "FAIL $t (rc)"
        echo "runner error: no result recorded"
        ((failed++))
    fi
done
((${#tests[@]})) || echo "run_lang.sh: no test matches ${patterns[*]:-}" >&2
echo "$passed passed, $failed failed"
((failed == 0 && ${#tests[@]} > 0))
