#!/usr/bin/env bash
# How often sched meets its goals, over N runs of what make bench runs
# once (bench/gil/latency.sh): on a shared machine one run says little
# about tails. Per run: the seed's I/O round trip p99 with 1 and 2
# CPU-bound threads (goal <= 200 us), the CPU threads' throughput kept
# while serving (lab's io_latency, goal >= 0.95), signal lateness p99
# with the main thread spinning (1 CPU thread) and sleeping (2), goal
# < 1 ms with every handler run (shown as p99/handlers run). Then, for
# each goal, the runs that met it. The goals and their measurement are
# shared with latency.sh (sched_goals.sh).
#
#   bench/gil/goals.sh [N]        (default 5; about 40 s a run)
set -u
cd "$(dirname "$0")/../.."
N=${1:-5}
GILPY=${GILPY:-./gilpy}
. bench/gil/sched_goals.sh
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.met"' EXIT
printf '%-4s %-9s %-9s %-9s %-9s %-14s %-14s %s\n' run "io1 p99" "io2 p99" "kept k=1" "kept k=2" \
    "sig spin1" "sig sleep2" "all met"
goals="io1 io2 keep1 keep2 sig-spin1 sig-sleep2"
for i in $(seq "$N"); do
    GILPY_GIL=sched timeout 120 $GILPY bench/gil/latency.py 200 > "$tmp" 2>/dev/null
    keep_lines env GILPY_GIL=sched $GILPY >> "$tmp"
    # one row (signal figures: p99/handlers run), and a line of 0/1 per goal for the totals
    judge_goals "$tmp" | awk -v run="$i" -v goals="$goals" -v met_file="$tmp.met" '
        { val[$1] = $2; met[$1] = $3 == "met" }
        END {
            n = split(goals, g, " "); all = 1; flags = ""
            for (j = 1; j <= n; j++) { all = all && met[g[j]]; flags = flags " " (met[g[j]] ? 1 : 0) }
            printf "%-4s %-9s %-9s %-9s %-9s %-14s %-14s %s\n", run, val["io1"], val["io2"], val["keep1"],
                val["keep2"], val["sig-spin1"], val["sig-sleep2"], all ? "yes" : "no"
            print flags " " all >> met_file
        }'
done
awk -v n="$N" '{ for (j = 1; j <= NF; j++) c[j] += $j }
    END { printf "runs meeting each goal, of %d: io1 %d, io2 %d, kept k=1 %d, kept k=2 %d, sig spin1 %d, sig sleep2 %d; all at once %d\n",
          n, c[1], c[2], c[3], c[4], c[5], c[6], c[7] }' "$tmp.met"
