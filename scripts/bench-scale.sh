#!/usr/bin/env bash
# Scale (issue #24): a first run over 3,200 statements costs at most 4.2x
# one over 800, in CPU time (user + system of reportpipe and of the reader
# processes it starts, from /usr/bin/time); memory at most 100 KB per
# statement.
#
# Memory is the peak resident size /usr/bin/time reports (%M: the largest
# of the process and its children, which is reportpipe itself; each reader
# process is small). Per statement it is given two ways: the peak over
# the count (which charges the fixed cost of the program, ~20 MB, to the
# statements), and the fairer (peak(3200) - peak(800)) / 2400, what each
# added statement costs, which is the figure the target is read against.
#
# Usage: scripts/bench-scale.sh BINARY   (BENCH_DIR keeps the generated
# seasons; default $TMPDIR/reportpipe-bench; REPEAT runs each size that many
# times and keeps the least CPU, default 1)
set -uo pipefail
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-${TMPDIR:-/tmp}/reportpipe-bench}
repeat=${REPEAT:-1}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "bench-scale: /usr/bin/time is needed (apt-get install time)"; exit 1; }

for n in 800 3200; do
	d=$work/scale$n
	(cd "$root" && go run ./internal/benchseason/gen -n "$n" "$d") || exit 1
	best=999999 rss=0
	for _ in $(seq "$repeat"); do
		f=$(mktemp)
		(cd "$d" && rm -rf output && /usr/bin/time -f '%U %S %M' -o "$f" "$bin" run >/dev/null 2>&1)
		read -r u s m < <(tail -1 "$f"); rm -f "$f"
		c=$(awk "BEGIN{printf \"%.3f\", $u+$s}")
		if awk "BEGIN{exit !($c < $best)}"; then best=$c; fi
		if [ "$m" -gt "$rss" ]; then rss=$m; fi
	done
	eval "cpu$n=$best rss$n=$rss"
	echo "first run over $n statements: ${best} s CPU, peak memory $((rss / 1024)) MB ($((rss / n)) KB per statement)"
done
echo "scale: 3,200 / 800 = $(awk "BEGIN{printf \"%.3f\", $cpu3200/$cpu800}") (target <= 4.2);" \
	"memory per added statement $(( (rss3200 - rss800) / 2400 )) KB (target <= 100)"
