#!/usr/bin/env bash
# The seed's experiment under each GIL policy and beside the installed
# CPythons: count(N) twice in sequence against the same work in 2 and in 4
# threads, on all cores and pinned to one core. Prints the median wall
# time of the sequential run and the ratios threaded / sequential (1.00:
# threads cost nothing; 2.00: twice as slow).
#
#   bench/gil/run.sh [-n REPEAT]        GILPY=path to test another build
set -u
cd "$(dirname "$0")/../.."
REPEAT=3
if [ "${1:-}" = "-n" ]; then REPEAT=$2; shift 2; fi
GILPY=${GILPY:-./gilpy}
EXP=bench/gil/experiment.py

. bench/gil/find_python.sh

# Iterations per count() call: sized so the sequential run takes roughly
# half a second on each interpreter of this machine kind.
declare -a NAMES CMDS ITERS
add() { NAMES+=("$1"); CMDS+=("$2"); ITERS+=("$3"); }
for policy in ticks timed sched; do add "gilpy $policy" "env GILPY_GIL=$policy $GILPY" 20000000; done
py27=$(find_py 2.7.18); [ -n "$py27" ] && add "CPython 2.7" "$py27" 10000000
py312=$(find_py 3.12.1); [ -n "$py312" ] && add "CPython 3.12" "$py312" 5000000

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

cores=$(nproc 2>/dev/null || echo 1)
pin=""
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"
echo "The seed's experiment: count(N) twice in sequence vs the same work in 2 and 4 threads"
echo "median of $REPEAT runs; ratio = threaded time / sequential time"
printf '%-14s %-10s %10s %9s %9s %9s\n' interpreter cores "seq (s)" "M it/s" "2 thr" "4 thr"
for i in "${!NAMES[@]}"; do
    for where in all one; do
        if [ "$where" = one ]; then
            [ -n "$pin" ] || continue
            run="$pin ${CMDS[$i]}"; label="1 (pinned)"
        else
            run="${CMDS[$i]}"; label="$cores"
        fi
        s=(); a=(); b=()
        for ((r = 0; r < REPEAT; r++)); do
            read -r x y z < <($run $EXP "${ITERS[$i]}" 2>/dev/null) || { x=; }
            [ -n "$x" ] || continue
            s+=("$x"); a+=("$(awk -v t="$y" -v q="$x" 'BEGIN { printf "%.3f", t / q }')")
            b+=("$(awk -v t="$z" -v q="$x" 'BEGIN { printf "%.3f", t / q }')")
        done
        if [ ${#s[@]} -eq 0 ]; then
            printf '%-14s %-10s %10s\n' "${NAMES[$i]}" "$label" FAILED
            continue
        fi
        sm=$(printf '%s\n' "${s[@]}" | median)
        rate=$(awk -v n="${ITERS[$i]}" -v t="$sm" 'BEGIN { printf "%.1f", 2 * n / t / 1e6 }')
        printf '%-14s %-10s %10s %9s %9s %9s\n' "${NAMES[$i]}" "$label" "$sm" "$rate" \
            "$(printf '%s\n' "${a[@]}" | median)" "$(printf '%s\n' "${b[@]}" | median)"
    done
done
