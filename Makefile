# pcres — two commands do everything on a fresh Debian machine:
#   make run    opens the interface on the built-in sandbox
#   make test   runs every test (unit, snapshot, sandbox over loopback, end-to-end in tmux)
#   make bench  runs the benchmark suite in Benchmarks/ (its own package) and writes docs/benchmarks.md
SWIFT ?= swift
APT_PACKAGES := libncurses-dev pkg-config tmux libsqlite3-dev libcurl4-openssl-dev postgresql
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

BENCH_APT_PACKAGES := fzf wrk
BENCH_SUMMARY := $(CURDIR)/Benchmarks/.build/pcres-bench-summary.tsv
BENCH_OUTPUT := $(CURDIR)/Benchmarks/.build/pcres-bench-output.txt

PREFIX ?= $(HOME)/.local

.PHONY: run test build release install deps bench bench-deps clean keybindings-doc

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

build: deps
	$(SWIFT) build

## The release build: what users run (the debug build is for the tests).
release: deps
	$(SWIFT) build -c release --product pcres

## Opens the interface on the sandbox (state in $$XDG_DATA_HOME/pcres, log in $$XDG_STATE_HOME/pcres), release build.
run: release
	./.build/release/pcres

## Installs the release binary as $(PREFIX)/bin/pcres (PREFIX defaults to ~/.local).
install: release
	install -d "$(PREFIX)/bin"
	install -m 0755 .build/release/pcres "$(PREFIX)/bin/pcres"

## Builds everything (the end-to-end tests drive the built binary) and runs every test. The end-to-end
## tests block on processes (tmux, the pcres binary), so they run one at a time after the others: on a
## 2-core machine, blocking tests in parallel starve the cooperative thread pool the async tests need.
## Each pass has a hard limit, so a hang fails the run with a message instead of eating CI's 90 minutes.
## Both passes run inside scripts/with-postgres.sh: a private PostgreSQL cluster on loopback (the team ledger's
## tests), stopped afterwards whatever the tests did.
test: deps
	$(SWIFT) build --build-tests
	timeout --kill-after=30 900 scripts/with-postgres.sh $(SWIFT) test --skip-build --skip EndToEndTests
	timeout --kill-after=30 900 scripts/with-postgres.sh $(SWIFT) test --skip-build --filter EndToEndTests --no-parallel

## fzf (the filter comparison) and wrk (the loopback load), only when missing.
bench-deps: deps
	@missing=""; for package in $(BENCH_APT_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## Runs the benchmarks (release build of Benchmarks/, at low priority) and writes docs/benchmarks.md.
## Each benchmark runs in its own process; figures are appended to $(BENCH_SUMMARY) as they are measured.
bench: bench-deps
	mkdir -p Benchmarks/.build
	rm -f $(BENCH_SUMMARY)
	cd Benchmarks && nice -n 10 $(SWIFT) build -c release --product BenchSandbox
	cd Benchmarks && PCRES_BENCH_SUMMARY=$(BENCH_SUMMARY) nice -n 10 $(SWIFT) package benchmark --no-progress \
		2>&1 | tee $(BENCH_OUTPUT)
	python3 Benchmarks/report.py $(BENCH_SUMMARY) $(BENCH_OUTPUT) Benchmarks/NOTES.md > docs/benchmarks.md
	@echo "Wrote docs/benchmarks.md"

## Regenerates docs/keybindings.md from the binding tables.
keybindings-doc: build
	./.build/debug/pcres keys --markdown > docs/keybindings.md

clean:
	rm -rf .build
