#!/bin/sh
# Scores the shared corpus with the rules alone and with a language model
# beside them, so a board can see whether its model helps before turning it
# on. Needs an OpenAI-compatible server (Ollama, llama.cpp server, vLLM).
# Usage: scripts/eval-llm.sh BINARY CORPUS   (make eval-llm LLM_MODE=full LLM_MODEL=qwen2.5)
set -eu
bin=$1; corpus=$2
: "${LLM_BASE_URL:=http://127.0.0.1:11434/v1}" "${LLM_MODEL:=llama3.1}" "${LLM_MODE:=assist}"
: "${LLM_ALLOW_REMOTE:=false}" "${LLM_TIMEOUT:=45s}"   # score-corpus gives each file 60s
score=$(dirname "$corpus")/tools/score-corpus; out=output/eval
cfg=""; [ -f "$corpus/config.yaml" ] && cfg="--config $corpus/config.yaml"
[ -d "$corpus/submissions" ] || { echo "eval-llm: no corpus at $corpus" >&2; exit 2; }
curl -sf -m 5 -o /dev/null "$LLM_BASE_URL/models" || { echo "eval-llm: no OpenAI-compatible server at $LLM_BASE_URL; start one (ollama serve; ollama pull $LLM_MODEL) or set LLM_BASE_URL/LLM_MODEL" >&2; exit 2; }
mkdir -p "$out"
echo "== rules"
REPORTPIPE_LLM_MODE=off "$score" "$bin" "$corpus" $cfg --json "$out/rules.json" | grep -E '^(variant|overall)'
echo "== language model: $LLM_MODE, $LLM_MODEL at $LLM_BASE_URL"
REPORTPIPE_LLM_MODE=$LLM_MODE REPORTPIPE_LLM_BASE_URL=$LLM_BASE_URL REPORTPIPE_LLM_MODEL=$LLM_MODEL \
REPORTPIPE_LLM_ALLOW_REMOTE=$LLM_ALLOW_REMOTE REPORTPIPE_LLM_TIMEOUT=$LLM_TIMEOUT REPORTPIPE_LLM_CONCURRENCY=1 \
  "$score" "$bin" "$corpus" $cfg --json "$out/llm-$LLM_MODE.json" | grep -E '^(variant|overall)'
