# Parley developer entry points. From a fresh clone:
#   make run     install deps, start/attach services, set up, serve
#   make test    same setup, then typecheck, protobuf freshness check, tests
# Services are started by infra/services.sh only when nothing already answers
# at the URLs below; `make down` stops only what it started.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Defaults for a local setup; values from the environment or the command line
# win. Exported so services.sh and the app see the same URLs.
NATS_URL ?= nats://127.0.0.1:4222
DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
REDIS_URL ?= redis://127.0.0.1:6379
export NATS_URL DATABASE_URL REDIS_URL

PROTO_FILES := $(wildcard proto/parley/v1/*.proto)
# -p proto: the .proto files import each other as "parley/v1/<file>.proto".
PBJS_FLAGS := -t static-module -w es6 --es6 --force-number -p proto

.PHONY: help deps services nats-cluster web browser setup run test proto proto-check bench bench-ab status down clean

help:
	@echo "targets: deps services nats-cluster web browser setup run test proto proto-check bench bench-ab status down clean"

# node_modules is (re)installed when package-lock.json's content differs from what it
# was installed from (a hash kept in node_modules), not when its timestamp is newer: a
# fresh checkout or worktree of the same lock file reuses what is there.
# --strict-allow-scripts=false: npm 11 blocks dependency install scripts it has
# not been told to allow (esbuild's optional postinstall here) and only warns;
# this keeps a user/global `strict-allow-scripts=true` from turning that into a
# failed install. (Older npm warns that it does not know the flag; harmless.)
deps:
	@want=$$(sha256sum package-lock.json | cut -d' ' -f1); \
	have=$$(cat node_modules/.parley-lock-sha256 2>/dev/null || true); \
	if [ "$$want" != "$$have" ]; then \
	  npm ci --strict-allow-scripts=false && echo "$$want" > node_modules/.parley-lock-sha256; \
	fi

services:
	bash infra/services.sh up

# A 3-node JetStream cluster on loopback (ports 14222-14224); it prints the NATS_URL and
# STREAM_REPLICAS to run Parley with (see README, "Cluster mode").
nats-cluster:
	bash infra/nats-cluster.sh up

# The web client (web/) bundled by esbuild into web/dist (git-ignored), served at / by
# the gateway. About a second, so it is simply rebuilt every time.
web: deps
	node --import=tsx web/build.ts

# Debian's chromium for the browser test (test/web.test.ts); installed if missing.
browser:
	bash infra/services.sh browser

setup: deps services web
	node bin/parley.js setup

# exec so node gets Ctrl-C/SIGTERM directly. A larger young generation for the gateway's
# short-lived objects (README, "The parley command"): V8 reads the flag only at start; the
# size is SEMI_SPACE_MB in src/shared/heap.ts.
run: setup
	exec node --max-semi-space-size=64 bin/parley.js serve

test: setup browser
	npm run typecheck
	$(MAKE) --no-print-directory proto-check
	npx ava

proto: deps
	@test -n "$(PROTO_FILES)" || { echo "no .proto files in proto/parley/v1" >&2; exit 1; }
	mkdir -p src/gen
	npx pbjs $(PBJS_FLAGS) -o src/gen/proto.js $(PROTO_FILES)
	npx pbts -o src/gen/proto.d.ts src/gen/proto.js

# Regenerate into a scratch dir and compare, so a .proto edit without
# `make proto` (or a hand edit of src/gen) fails CI instead of shipping.
proto-check: deps
	@test -n "$(PROTO_FILES)" || { echo "no .proto files in proto/parley/v1" >&2; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	npx pbjs $(PBJS_FLAGS) -o "$$tmp/proto.js" $(PROTO_FILES); \
	npx pbts -o "$$tmp/proto.d.ts" "$$tmp/proto.js"; \
	for f in proto.js proto.d.ts; do \
	  if ! diff -q "$$tmp/$$f" "src/gen/$$f" >/dev/null 2>&1; then \
	    echo "generated protobuf code is out of date: run make proto (src/gen/$$f differs)" >&2; \
	    exit 1; \
	  fi; \
	done

bench: setup
	node --import=tsx bench/run.ts

# Alternating 1:1 runs of two revisions (bench/ab.sh): make bench-ab A=<rev> B=<rev> [PAIRS=6] [RATE=10000]
bench-ab: setup
	bash bench/ab.sh $(A) $(B) $(or $(PAIRS),6) $(or $(RATE),10000)

status:
	@bash infra/services.sh status
	@bash infra/nats-cluster.sh status

down:
	bash infra/services.sh down
	bash infra/nats-cluster.sh down

clean: down
	rm -rf .data
