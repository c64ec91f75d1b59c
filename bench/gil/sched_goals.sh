# sched_goals.sh - sourced by latency.sh and goals.sh: how sched's goals
# are measured and judged, in one place.
#
# keep_lines CMD...   the CPU threads' throughput kept while serving (the
#     lab's io_latency: its rate while the responder serves over its rate
#     alone, in alternating chunks over 1 s each), with 1 and 2 CPU-bound
#     threads, for the interpreter CMD runs: lines "keep1 X", "keep2 Y"
#     (X is "?" when the run failed).
# judge_goals FILE    FILE holds bench/gil/latency.py's lines and
#     keep_lines': one line per goal, "NAME VALUE met|MISSED", in FILE's
#     order; a signal goal's VALUE is "p99/handlers_run".
#     The goals: I/O round trip p99 <= 200 us with 1 and 2 CPU threads;
#     throughput kept >= 0.95; signal lateness p99 < 1 ms, 50 of 50 run.

keep_lines() {
    local k kept
    for k in 1 2; do
        kept=$(timeout 60 "$@" lab/experiments/io_latency.py --cpu $k --rounds 100000 --duration 1 2>/dev/null |
            sed -n 's/.*"cpu_keep": \([0-9.]*\).*/\1/p')
        echo "keep$k ${kept:-?}"
    done
}

judge_goals() {
    awk '
        $1 == "io1" || $1 == "io2" { print $1, $3, ($3 <= 200 ? "met" : "MISSED") }
        $1 == "keep1" || $1 == "keep2" { print $1, $2, ($2 != "?" && $2 >= 0.95 ? "met" : "MISSED") }
        $1 ~ /^sig-/ { ok = NF == 5 && $4 < 1000 && $2 >= 50
            print $1, (NF == 5 ? $4 "/" $2 : "none/0"), (ok ? "met" : "MISSED") }' "$1"
}
