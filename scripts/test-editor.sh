#!/usr/bin/env bash
# The built project in the official Scratch 3 editor (tests/editor): builds the demo project
# with the release CLI, loads it in scratch-gui-standalone in Debian Chromium, runs it and
# compares the story with the Rust reference. Prints the editor's load time. About 1-3 min.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${LLM2SB3_SKIP_SETUP:-0}" != 1 ]; then bash scripts/setup-editor.sh; fi
cargo build --release --bin llm2sb3
cd tests/editor
node --test --test-concurrency=1 --test-reporter=spec editor.test.js
