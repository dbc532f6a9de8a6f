#!/usr/bin/env bash
# A short search by every fuzz test in the module.
#
# Usage: scripts/fuzz.sh FUZZTIME FUZZMINIMIZETIME
#
# Go 1.26's fuzzing coordinator can end a run at its -fuzztime with a bare
# "context deadline exceeded" and no input found (go.dev/issue/75804, fixed
# in Go 1.27): a race between its deadline and a busy worker, common on a
# loaded 2-core machine. Such a run is tried again, up to twice. Anything
# else that fails (a failing input written to testdata/fuzz, a panic, a
# test error) fails at once, and the seed inputs of every fuzz test run as
# ordinary tests in `make test` anyway.
set -uo pipefail
fuzztime=${1:-3s}
minimize=${2:-1s}
go=${GO:-go}

# bare_deadline says whether a failed run's output is only the coordinator's
# race: "context deadline exceeded" and nothing that names an input or error.
bare_deadline() {
	grep -q 'context deadline exceeded' "$1" &&
		! grep -q -E 'Failing input written|panic:|_test\.go:[0-9]+:' "$1"
}

for pkg in $($go list ./...); do
	for f in $($go test -list '^Fuzz' "$pkg" | grep '^Fuzz'); do
		for try in 1 2 3; do
			echo "fuzz $pkg $f"
			out=$(mktemp)
			$go test -run '^$' -fuzz "^$f\$" -fuzztime "$fuzztime" -fuzzminimizetime "$minimize" "$pkg" 2>&1 | tee "$out"
			rc=${PIPESTATUS[0]}
			if [ "$rc" -eq 0 ]; then
				rm -f "$out"
				break
			fi
			if bare_deadline "$out" && [ "$try" -lt 3 ]; then
				echo "fuzz: $f ended with Go's fuzzing deadline race and no input found (go.dev/issue/75804); trying again"
				rm -f "$out"
				continue
			fi
			rm -f "$out"
			exit 1
		done
	done
done
