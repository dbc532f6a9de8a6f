#!/usr/bin/env bash
# Checks that two builds of reportpipe write the same draft set, byte for
# byte apart from the time it was generated: the Word draft's
# word/document.xml, the Markdown, the JSON and the HTML review page. Used
# to show a change for speed or memory changes no output (issue #24).
#
# Workspaces compared, each with a first run (empty output folder):
#   - a generated season of N statements (default 200, DOCX);
#   - the bundled example submissions (config/reportpipe.yaml);
#   - the shared corpus, when CORPUS (default ../shared/corpus) is present.
#
# Usage: scripts/same-outputs.sh OLD_BINARY NEW_BINARY [N]
# (build the old one from main first: git worktree add /tmp/old main &&
#  (cd /tmp/old && go build -o /tmp/old/reportpipe ./cmd/reportpipe))
set -uo pipefail
old=$(realpath "$1") new=$(realpath "$2") n=${3:-200}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$root/../shared/corpus}
work=$(mktemp -d "${TMPDIR:-/tmp}/same-outputs-XXXXXX")
trap 'rm -rf "$work"' EXIT
command -v unzip >/dev/null || { echo "same-outputs: unzip is needed"; exit 2; }

# normal prints a draft file with the generation time replaced, the only
# thing two runs of one build may differ in.
normal() {
	case $1 in
	*.docx) unzip -p "$1" word/document.xml ;;
	*) cat "$1" ;;
	esac | sed -E 's/"generated_at": "[^"]*"/"generated_at": "T"/g;
		s/generated [0-9]{1,2} [A-Z][a-z]+ [0-9]{4} [0-9]{2}:[0-9]{2}/generated T/g'
}

# draft runs binary $1 in workspace dir $2 with the rest as arguments and
# copies its draft set to $work/$3.
draft() {
	local bin=$1 dir=$2 out=$3; shift 3
	rm -rf "$work/out"; mkdir -p "$work/$out"
	(cd "$dir" && "$bin" run --output "$work/out" "$@" >/dev/null 2>&1)
	for f in "$work"/out/*-draft-*; do
		[ -e "$f" ] && cp "$f" "$work/$out/draft.${f#*-draft-*.}"
	done
}

fail=0
compare() { # name dir args...
	local name=$1 dir=$2; shift 2
	draft "$old" "$dir" "$name-old" "$@"
	draft "$new" "$dir" "$name-new" "$@"
	for ext in docx md html json; do
		a=$work/$name-old/draft.$ext b=$work/$name-new/draft.$ext
		if [ ! -e "$a" ] || [ ! -e "$b" ]; then
			echo "$name: no .$ext draft from $([ -e "$a" ] && echo the new || echo the old) build"; fail=1; continue
		fi
		if cmp -s <(normal "$a") <(normal "$b"); then
			echo "$name: .$ext identical ($(normal "$b" | wc -c) bytes)"
		else
			echo "$name: .$ext DIFFERS:"; diff <(normal "$a" | fold -w 200) <(normal "$b" | fold -w 200) | head -5; fail=1
		fi
	done
}

(cd "$root" && go run ./internal/benchseason/gen -n "$n" "$work/season") || exit 1
compare "season$n" "$work/season"
compare examples "$root" --config config/reportpipe.yaml --submissions submissions
if [ -d "$corpus/submissions" ]; then
	compare corpus "$corpus" --config config.yaml --submissions submissions
else
	echo "corpus: not at $corpus (skipped)"
fi
exit $fail
