# pcres — two commands do everything on a fresh Debian machine:
#   make run    opens the interface on the built-in sandbox
#   make test   runs every test (unit, snapshot, sandbox over loopback, end-to-end in tmux)
#   make bench  runs the benchmark suite in Benchmarks/ (its own package) and writes docs/benchmarks.md
SWIFT ?= swift
# An import of a package target that Package.swift does not declare (directly or through a declared target)
# fails the build instead of compiling because the module happens to be built already.
IMPORT_CHECK := --explicit-target-dependency-import-check error
APT_PACKAGES := libncurses-dev pkg-config tmux libsqlite3-dev libcurl4-openssl-dev postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BENCH_APT_PACKAGES := fzf wrk linux-perf
BENCH_SUMMARY := $(CURDIR)/Benchmarks/.build/pcres-bench-summary.tsv
BENCH_OUTPUT := $(CURDIR)/Benchmarks/.build/pcres-bench-output.txt

PREFIX ?= $(HOME)/.local

.PHONY: run test build release install deps check-layers bench bench-deps bench-swift bench-pty clean keybindings-doc

## Installs the system packages the build and the tests need, only when one is missing.
deps:
	@missing=""; for package in $(APT_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@pkg-config --libs ncursesw | grep -q -- -lncursesw || { echo "ncursesw not found by pkg-config"; exit 1; }

## What SwiftPM's import check cannot see (an import reachable through a declared target): DESIGN.md's layers.
check-layers:
	scripts/check-layers.sh

build: deps check-layers
	$(SWIFT) build $(IMPORT_CHECK)

## The release build: what users run (the debug build is for the tests).
release: deps check-layers
	$(SWIFT) build -c release --product pcres $(IMPORT_CHECK)

## Opens the interface on the sandbox (state in $$XDG_DATA_HOME/pcres, log in $$XDG_STATE_HOME/pcres), release build.
run: release
	./.build/release/pcres

## Installs the release binary as $(PREFIX)/bin/pcres (PREFIX defaults to ~/.local).
install: release
	install -d "$(PREFIX)/bin"
	install -m 0755 .build/release/pcres "$(PREFIX)/bin/pcres"

## Builds everything (the end-to-end tests drive the built binary) and runs every test. The end-to-end tests block
## on processes (tmux, the pcres binary), so they run one at a time after the others: on a 2-core machine,
## blocking tests in parallel starve the cooperative thread pool the async tests need.
## Each pass has a hard limit, so a hang fails the run with a message instead of eating CI's 90 minutes.
## Both passes run inside scripts/with-postgres.sh: a private PostgreSQL cluster on loopback (the team ledger's
## tests), stopped afterwards whatever the tests did. Last, the benchmark package is built (debug, about 5 minutes
## from a clean clone), so a change that breaks a benchmark fails here and not only at the next `make bench`.
test: deps check-layers
	$(SWIFT) build --build-tests $(IMPORT_CHECK)
	timeout --kill-after=30 900 scripts/with-postgres.sh $(SWIFT) test --skip-build --skip EndToEndTests
	timeout --kill-after=30 900 scripts/with-postgres.sh $(SWIFT) test --skip-build --filter EndToEndTests --no-parallel
	cd Benchmarks && $(SWIFT) build

## fzf (the filter comparison), wrk (the loopback load) and perf (attribution), only when missing; pyte (the
## terminal emulator the pty benchmark reads the screen with) in a virtual environment under Benchmarks/.build.
BENCH_VENV := $(CURDIR)/Benchmarks/.build/venv
bench-deps: deps
	@missing=""; for package in $(BENCH_APT_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@mkdir -p Benchmarks/.build
	@[ -x $(BENCH_VENV)/bin/python ] || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c "import pyte" 2>/dev/null || $(BENCH_VENV)/bin/pip install -q pyte==0.8.2

## Runs every benchmark and writes docs/benchmarks.md: the in-process suite (bench-swift) and the release binary
## in a pseudo-terminal as users run it (bench-pty). Figures are appended to $(BENCH_SUMMARY) as they are measured.
bench: bench-deps
	mkdir -p Benchmarks/.build
	rm -f $(BENCH_SUMMARY) $(BENCH_OUTPUT)
	$(MAKE) bench-swift bench-pty
	python3 Benchmarks/report.py $(BENCH_SUMMARY) $(BENCH_OUTPUT) Benchmarks/NOTES.md > docs/benchmarks.md
	@echo "Wrote docs/benchmarks.md"

## The in-process suite (release build of Benchmarks/, at low priority); each benchmark in its own process.
bench-swift: bench-deps
	cd Benchmarks && nice -n 10 $(SWIFT) build -c release --product BenchSandbox
	cd Benchmarks && bash -o pipefail -c 'PCRES_BENCH_SUMMARY=$(BENCH_SUMMARY) nice -n 10 $(SWIFT) package benchmark \
		--no-progress 2>&1 | tee -a $(BENCH_OUTPUT)'

## The release binary in a 120x40 pty against a served 107k-SKU sandbox, and fzf over the same lines
## (Benchmarks/pty/ptybench.py); perf records the first catalog open for the attribution in the report.
bench-pty: bench-deps release
	bash -o pipefail -c '$(BENCH_VENV)/bin/python Benchmarks/pty/ptybench.py --pcres .build/release/pcres \
		--summary $(BENCH_SUMMARY) --perf Benchmarks/.build/first-open.perf 2>&1 | tee -a $(BENCH_OUTPUT)'
	perf report -i Benchmarks/.build/first-open.perf --children --sort symbol --stdio -g none 2>/dev/null \
		| python3 Benchmarks/pty/attribution.py >> $(BENCH_SUMMARY)

## Regenerates docs/keybindings.md from the binding tables.
keybindings-doc: build
	./.build/debug/pcres keys --markdown > docs/keybindings.md

clean:
	rm -rf .build
