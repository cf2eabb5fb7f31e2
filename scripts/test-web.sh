#!/usr/bin/env bash
# Browser tests of the web app: a release build into dist/ (scripts/build-web.sh), then
# tests/web/*.test.js in Debian Chromium. Screenshots go to tests/out/web/.
# Includes the end-to-end test: build the demo in the page, run the download in TurboWarp.
set -euo pipefail
cd "$(dirname "$0")/.."
LLM2SB3_SKIP_SETUP="${LLM2SB3_SKIP_SETUP:-0}" bash scripts/build-web.sh
cd tests/web
node --test --test-concurrency=1 --test-reporter=spec app.test.js page.test.js
