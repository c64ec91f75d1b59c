#!/usr/bin/env bash
# The seed's I/O round-trip and signal-latency experiments
# (bench/gil/gil_experiments.py) under each GIL policy and beside CPython
# 2.7 and 3.12 when they are installed, then sched's goals checked against
# the same run:
#   - I/O round trip p99 <= 200 us with 1 and with 2 CPU-bound threads,
#     while those threads keep at least 95% of their throughput;
#   - signal handler lateness p99 < 1 ms, every expected handler run.
# The seed's io_latency does not count the CPU threads' work, so the
# throughput kept is measured right after it, in the same run of this
# script, by the lab's version of the same round trip
# (lab/experiments/io_latency.py: the CPU threads' loop rate while the
# responder serves, over their rate alone, measured in alternating chunks
# over 1 s each). Measuring and judging are shared with goals.sh
# (sched_goals.sh).
#
#   bench/gil/latency.sh [-r ROUNDS]     GILPY=path to test another build
set -u
cd "$(dirname "$0")/../.."
ROUNDS=200
if [ "${1:-}" = "-r" ]; then ROUNDS=$2; shift 2; fi
GILPY=${GILPY:-./gilpy}
. bench/gil/find_python.sh
. bench/gil/sched_goals.sh

declare -a NAMES CMDS
add() { NAMES+=("$1"); CMDS+=("$2"); }
for policy in ticks timed sched; do add "gilpy $policy" "env GILPY_GIL=$policy $GILPY"; done
py27=$(find_py 2.7.18); [ -n "$py27" ] && add "CPython 2.7" "$py27"
py312=$(find_py 3.12.1); [ -n "$py312" ] && add "CPython 3.12" "$py312"

echo "I/O round trip (us: p50 / p99 / max) of a responder thread with k CPU-bound threads,"
echo "and signal handler lateness (us) of a 10 ms ITIMER_REAL with CPU-bound threads"
echo "(CPU kept: the CPU threads' throughput while the responder serves, over their throughput alone)"
printf '%-13s %-22s %-22s %-22s %-15s %-24s %-24s\n' interpreter "io k=0" "io k=1" "io k=2" \
    "CPU kept k=1/2" "sig main spins, k=1" "sig main sleeps, k=2"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for i in "${!NAMES[@]}"; do
    if ! timeout 120 ${CMDS[$i]} bench/gil/latency.py "$ROUNDS" > "$tmp" 2>/dev/null; then
        printf '%-13s FAILED\n' "${NAMES[$i]}"
        continue
    fi
    io() { awk -v k="io$1" '$1 == k { printf "%.0f / %.0f / %.0f", $2, $3, $4 }' "$tmp"; }
    sig() { awk -v k="sig-$1" '$1 == k { if (NF == 5) printf "%d run: %s / %s / %s", $2, $3, $4, $5; else { $1 = ""; print } }' "$tmp"; }
    keep_lines ${CMDS[$i]} >> "$tmp"
    keep() { awk -v k="keep$1" '$1 == k { print $2 }' "$tmp"; }
    printf '%-13s %-22s %-22s %-22s %-15s %-24s %-24s\n' "${NAMES[$i]}" "$(io 0)" "$(io 1)" "$(io 2)" \
        "$(keep 1) / $(keep 2)" "$(sig spin1)" "$(sig sleep2)"
    if [ "${NAMES[$i]}" = "gilpy sched" ]; then
        cp "$tmp" "$tmp.sched"
    fi
done
if [ -f "$tmp.sched" ]; then
    echo
    echo "sched's goals in this run:"
    judge_goals "$tmp.sched" | awk '
        $1 ~ /^io/ { printf "  I/O p99 with %s CPU thread(s): %.0f us (goal <= 200 us): %s\n", substr($1, 3), $2, $3 }
        $1 ~ /^keep/ { printf "  CPU throughput kept with %s CPU thread(s) while serving: %s (goal >= 0.95): %s\n", substr($1, 5), $2, $3 }
        $1 ~ /^sig-/ { split($2, v, "/")
            printf "  signal p99 lateness, %s: %s us, %s of 50 run (goal < 1000 us, 50 of 50): %s\n", $1, v[1], v[2], $3 }'
    rm -f "$tmp.sched"
fi

# The machine's floor: the same experiments in C with K spinning threads
# and no interpreter lock (bench/gil/floor.c). A tail it shows too is the
# machine's (other processes and kernel threads taking a CPU for a
# millisecond or more, wake-ups of an idle virtual CPU), not the lock's.
# Under a GIL one thread runs at a time, so the floor for k CPU-bound
# threads behind a lock is between this K=1 and K=k.
FLOOR=${FLOOR:-build/floor}
if [ -x "$FLOOR" ]; then
    echo
    echo "The machine's floor in this run (bench/gil/floor.c: C, K spinning threads, no lock):"
    for k in 0 1 2; do
        "$FLOOR" io $k "$ROUNDS" | awk '{ printf "  I/O round trip, K=%s: p50 / p99 / max %.0f / %.0f / %.0f us\n", substr($1, 3), $2, $3, $4 }'
    done
    for k in 1 2; do
        "$FLOOR" sig $k 10 | awk '{ printf "  signal lateness, main sleeping, K=%s: %s of %s runs of 50 handlers with p99 >= 1 ms (p99 of each:", substr($1, 4), $3, $2
            for (i = 4; i <= NF; i++) printf " %s", $i; print " us)" }'
    done
fi
