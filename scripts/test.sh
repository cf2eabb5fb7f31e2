#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test. This is the README's test command and
# what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

cargo test --release

# The web app in a real browser (release build into dist/, then Chromium).
LLM2SB3_SKIP_SETUP=1 bash scripts/test-web.sh
