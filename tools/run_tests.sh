#!/usr/bin/env bash
# Run every test suite and sum their "N passed, N failed" lines into one.
#   GILPY=path   interpreter to test (default ./gilpy)
#   SUITES="lang threads parser unit"   which suites to run
#     lang     every tests/lang program under the default GIL policy (sched)
#     threads  the thread_* and signal_* programs again under the ticks and timed policies
#     gc       the collector under stress (not in the default set: make test-gc):
#              the language suite collecting every 2000 and every 20000
#              allocations, the thread GC stress script, the register-spill test
set -u
cd "$(dirname "$0")/.."
GILPY=${GILPY:-./gilpy}
SUITES=${SUITES:-"lang threads parser unit"}
total_pass=0
total_fail=0
status=0

run_suite() {   # name, command...
    local name=$1
    shift
    echo "== $name"
    local out
    out=$("$@" 2>&1)
    local rc=$?
    echo "$out" | tail -n 40
    local last
    last=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
    if [ -z "$last" ]; then
        echo "   ($name printed no summary line: counted as 1 failure)"
        total_fail=$((total_fail + 1))
        status=1
        return
    fi
    local p f
    p=$(echo "$last" | sed -E 's/^([0-9]+) passed.*/\1/')
    f=$(echo "$last" | sed -E 's/.* ([0-9]+) failed$/\1/')
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
    if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then status=1; fi
}

for s in $SUITES; do
    case $s in
    # Generous per-test limits: thread and signal tests run long on a
    # loaded machine, and a hang still ends the test.
    lang) run_suite lang tests/run_lang.sh --timeout "${GILPY_TIMEOUT:-60}" --interp "$GILPY" ;;
    threads)
        for policy in ticks timed; do
            run_suite "threads ($policy)" env GILPY_GIL=$policy tests/run_lang.sh --timeout "${GILPY_TIMEOUT:-60}" --interp "$GILPY" 'thread_*' 'signal_*'
        done ;;
    parser) if [ -x tests/parser/run.sh ]; then run_suite parser tests/parser/run.sh; fi ;;
    unit)
        for u in build/unit/test_bignum build/unit/test_numfmt build/unit/test_dict build/unit/test_gil build/unit/test_spill; do
            if [ -x "$u" ]; then run_suite "$(basename "$u")" "$u"; fi
        done ;;
    gc)
        for level in 2000 20000; do
            run_suite "lang (GILPY_GC_STRESS=$level)" env GILPY_GC_STRESS=$level tests/run_lang.sh --timeout "${GILPY_TIMEOUT:-120}" --interp "$GILPY"
        done
        run_suite "gc stress with threads" env GILPY="$GILPY" tests/stress/run.sh
        run_suite test_spill build/unit/test_spill ;;
    esac
done
echo "$total_pass passed, $total_fail failed"
exit $status
