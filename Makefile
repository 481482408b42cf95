# Skills Journal: the two commands a newcomer needs are `make run` and `make test`.
# Both install what is missing first (Debian packages, npm packages, tauri-driver).

SHELL := /bin/bash
.DEFAULT_GOAL := help

CARGO ?= cargo
NPM ?= npm
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CARGO_BIN):$(PATH)

# What the app needs to build (Tauri on Linux) and to be tested (Xvfb, WebKit's WebDriver).
DEB_BUILD := build-essential pkg-config curl file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
             libayatana-appindicator3-dev librsvg2-dev
# poppler-utils: pdftotext, used by the PDF report tests to read back what was typeset.
# chromium, chromium-driver: the feedback form opened from disk in a real browser (tests/form_browser.rs).
DEB_TEST := xvfb xauth webkit2gtk-driver poppler-utils chromium chromium-driver
DEB_NODE := nodejs npm

.PHONY: help
help:
	@echo "make run     set everything up and open Skills Journal"
	@echo "make test    set everything up and run every check and test"
	@echo "make bench   run the benchmarks (release build)"
	@echo "make package build the release .deb (target/release/bundle/deb/)"
	@echo "make lint    rustfmt check, clippy and the UI type check only"

# ---------------------------------------------------------------- set-up

.PHONY: setup setup-debian setup-node setup-ui setup-driver
setup: setup-debian setup-node setup-ui

setup-debian:
	@missing=$$(for p in $(DEB_BUILD) $(DEB_TEST); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

setup-node:
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	    echo "Installing Node.js and npm from Debian"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(DEB_NODE); \
	fi
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js "+process.versions.node+" is too old: the UI build (Vite) needs Node.js 20.19 or newer"); process.exit(1) }'

# npm ci only when package-lock.json changed since the last install.
setup-ui: ui/node_modules/.installed
ui/node_modules/.installed: ui/package-lock.json
	cd ui && $(NPM) ci --no-audit --no-fund
	@touch $@

setup-driver:
	@command -v tauri-driver >/dev/null || $(CARGO) install tauri-driver --locked --version '^2'

# ---------------------------------------------------------------- build and run

.PHONY: ui build run
ui: setup-ui
	cd ui && $(NPM) run build

build: setup ui
	$(CARGO) build

# Opens the window. Without a display (a server, CI) it runs inside Xvfb.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then ./target/debug/skills-journal $(ARGS); \
	else echo "No display found: starting the app inside Xvfb"; \
	     xvfb-run -a -s "-screen 0 1280x800x24" ./target/debug/skills-journal $(ARGS); fi

# The installable app: a release .deb with the bundled articles, the icon, a desktop entry in
# the Education category and its run-time Debian dependencies (see the README to install it).
.PHONY: package
package: setup ui
	ui/node_modules/.bin/tauri build --bundles deb
	scripts/check-package.sh target/release/bundle/deb

# ---------------------------------------------------------------- checks

.PHONY: test lint test-rust test-ui check-bindings test-package bench
test: setup setup-driver ui lint test-rust test-ui check-bindings test-package
	@echo "make test: all checks passed"

lint: setup-ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings
	cd ui && $(NPM) run check

# Every Rust test in the workspace, including the end-to-end tests in tests/ (they start
# Xvfb, tauri-driver and the real app themselves).
test-rust: ui setup-driver
	$(CARGO) test --workspace --locked

test-ui: setup-ui
	cd ui && $(NPM) test

# A debug .deb of the binary the tests ran (bundled, not rebuilt), unpacked and checked
# (control fields, desktop entry, the installed articles).
# `cargo build` would rebuild half the dependencies (the tests' dev-dependencies unify other
# features), so the binary comes from the same `cargo test` build (a no-op after test-rust).
test-package: setup ui
	$(CARGO) test --workspace --locked --no-run
	ui/node_modules/.bin/tauri bundle --debug --bundles deb
	scripts/check-package.sh target/debug/bundle/deb

# The TypeScript types are generated from the Rust structs by `cargo test`; they must be committed.
check-bindings:
	@git diff --exit-code --stat -- ui/src/lib/bindings || \
	    { echo "ui/src/lib/bindings is out of date: commit the files cargo test generated"; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard ui/src/lib/bindings); \
	    [ -z "$$untracked" ] || { echo "untracked generated bindings: $$untracked"; exit 1; }

bench: setup ui
	$(CARGO) bench -p skills-articles --bench library
	$(CARGO) bench -p skills-articles --bench scaling
	$(CARGO) bench -p skills-journal-store --bench journal
	$(CARGO) bench -p skills-reports --bench reports
	$(CARGO) bench -p skills-requests --bench answers

# The journal's crash test with many more kills than the 200 of make test.
.PHONY: stress
stress:
	JOURNAL_CRASH_ITERATIONS=5000 $(CARGO) test -p skills-journal-store --release --test journal crash
