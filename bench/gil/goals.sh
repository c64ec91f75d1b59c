#!/usr/bin/env bash
# How often sched meets its goals, over N runs of what make bench runs
# once (bench/gil/latency.sh): on a shared machine one run says little
# about tails. Per run: the seed's I/O round trip p99 with 1 and 2
# CPU-bound threads (goal <= 200 us), the CPU threads' throughput kept
# while serving (lab's io_latency, goal >= 0.95), signal lateness p99
# with the main thread spinning (1 CPU thread) and sleeping (2), goal
# < 1 ms with every handler run. Then, for each goal, the runs that met it.
#
#   bench/gil/goals.sh [N]        (default 5; about 40 s a run)
set -u
cd "$(dirname "$0")/../.."
N=${1:-5}
GILPY=${GILPY:-./gilpy}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '%-4s %-9s %-9s %-9s %-9s %-14s %-14s %s\n' run "io1 p99" "io2 p99" "kept k=1" "kept k=2" \
    "sig spin1" "sig sleep2" "all met"
for i in $(seq "$N"); do
    GILPY_GIL=sched timeout 120 $GILPY bench/gil/latency.py 200 > "$tmp" 2>/dev/null
    for k in 1 2; do
        kept=$(GILPY_GIL=sched timeout 60 $GILPY lab/experiments/io_latency.py --cpu $k --rounds 100000 \
            --duration 1 2>/dev/null | sed -n 's/.*"cpu_keep": \([0-9.]*\).*/\1/p')
        echo "keep$k ${kept:-0}" >> "$tmp"
    done
    awk -v run="$i" '
        $1 == "io1" { io1 = $3 } $1 == "io2" { io2 = $3 }
        $1 == "keep1" { k1 = $2 } $1 == "keep2" { k2 = $2 }
        $1 == "sig-spin1" { s1 = (NF == 5) ? $4 : "none"; n1 = (NF == 5) ? $2 : 0 }
        $1 == "sig-sleep2" { s2 = (NF == 5) ? $4 : "none"; n2 = (NF == 5) ? $2 : 0 }
        END {
            m[1] = io1 != "" && io1 <= 200; m[2] = io2 != "" && io2 <= 200
            m[3] = k1 >= 0.95; m[4] = k2 >= 0.95
            m[5] = s1 != "none" && s1 < 1000 && n1 >= 50; m[6] = s2 != "none" && s2 < 1000 && n2 >= 50
            all = 1; for (j = 1; j <= 6; j++) all = all && m[j]
            printf "%-4s %-9s %-9s %-9s %-9s %-14s %-14s %s\n", run, io1, io2, k1, k2, s1 " (" n1 ")", s2 " (" n2 ")", all ? "yes" : "no"
            printf "MET"; for (j = 1; j <= 6; j++) printf " %d", m[j]; printf " %d\n", all
        }' "$tmp" > "$tmp.row"
    grep -v '^MET' "$tmp.row"
    grep '^MET' "$tmp.row" >> "$tmp.met"
done
awk -v n="$N" '{ for (j = 2; j <= NF; j++) c[j] += $j }
    END { printf "runs meeting each goal, of %d: io1 %d, io2 %d, kept k=1 %d, kept k=2 %d, sig spin1 %d, sig sleep2 %d; all at once %d\n",
          n, c[2], c[3], c[4], c[5], c[6], c[7], c[8] }' "$tmp.met"
rm -f "$tmp.row" "$tmp.met"
