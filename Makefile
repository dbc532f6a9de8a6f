# reportpipe: the two commands a newcomer needs are `make run` and `make test`.
GO        ?= go
BIN       := bin/reportpipe
CORPUS    ?= ../shared/corpus
FUZZTIME  ?= 20s
# Minimising a new input is bounded by a count of runs, not a time: with
# seconds, each new path costs that long and the search stalls.
FUZZMINIMIZE ?= 100x

.PHONY: all build install run test check lint bench bench-compare bench-cache bench-season bench-scale same-outputs fuzz examples eval-llm dist clean

all: build

build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/reportpipe

## install: put reportpipe on your PATH (into $(shell $(GO) env GOPATH)/bin, or GOBIN if set)
install:
	$(GO) install ./cmd/reportpipe
	@echo "installed: $$($(GO) env GOBIN || true)$$( [ -n "$$($(GO) env GOBIN)" ] || echo "$$($(GO) env GOPATH)/bin")/reportpipe (that folder must be on your PATH)"

## run: compile the bundled example submissions into a draft in output/
run: build
	./$(BIN) run --config config/reportpipe.yaml

## test: every test (tests that need LibreOffice, pdftotext or ../shared skip with a message when those are absent)
test:
	$(GO) test -count=1 -timeout 40m ./...

## check: formatting, vet and staticcheck
check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { gofmt -l $$(git ls-files '*.go'); echo 'gofmt needed'; exit 1; }
	$(GO) vet ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

## bench: the speed targets of the issues, then a comparison with pandoc and pdftotext when installed
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./pipeline/...
	@$(MAKE) --no-print-directory bench-compare bench-cache

bench-compare: build
	@scripts/bench-compare.sh ./$(BIN) $(CORPUS)

## bench-cache: the ratios of issue #24 on the real binary in CPU time (and instructions under valgrind):
## a 200-statement season's repeat runs, inspect in a workspace, --help, inspect per PDF, scale 800 -> 3,200
bench-cache: build
	@scripts/bench-cache.sh ./$(BIN) $(CORPUS)

## bench-season: the same season as Go benchmarks (first, nothing-changed, one-changed, one-alone; cpu-ms/op)
bench-season:
	$(GO) test -run '^$$' -bench '^BenchmarkSeason$$' -benchtime 1x ./pipeline/

## bench-scale: scale of issue #24 alone: first runs over 800 and 3,200 generated statements, CPU and peak memory (REPEAT=n keeps the best of n)
bench-scale: build
	@scripts/bench-scale.sh ./$(BIN)

## same-outputs: this build's draft set against another build's (OLD=path/to/reportpipe), byte for byte apart from the time
same-outputs: build
	@test -n "$(OLD)" || { echo "make same-outputs OLD=path/to/old/reportpipe"; exit 2; }
	@scripts/same-outputs.sh $(OLD) ./$(BIN)

## fuzz: a short run of every fuzz test (FUZZTIME each, small seeds built in the tests); crashers land in testdata/fuzz/; Go 1.26's bare deadline race is tried again (scripts/fuzz.sh)
fuzz:
	@GO=$(GO) scripts/fuzz.sh $(FUZZTIME) $(FUZZMINIMIZE)

## examples: rebuild submissions/ from examples/src (needs pandoc and LibreOffice)
examples:
	examples/make-examples.sh

## eval-llm: score the shared corpus with the rules and with a configured language model
eval-llm: build
	scripts/eval-llm.sh ./$(BIN) $(CORPUS)

## dist: ready-made binaries for Windows, macOS and Linux in dist/, with SHA256SUMS and the version stamped in
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
PLATFORMS := windows/amd64 windows/arm64 darwin/arm64 darwin/amd64 linux/amd64 linux/arm64
dist:
	@rm -rf dist && mkdir -p dist
	@for p in $(PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  out=dist/reportpipe-$(VERSION)-$$os-$$arch$$ext; \
	  echo "build $$out"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o $$out ./cmd/reportpipe || exit 1; \
	done
	@cd dist && sha256sum reportpipe-* > SHA256SUMS && cat SHA256SUMS

clean:
	rm -rf bin dist
