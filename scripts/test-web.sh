#!/usr/bin/env bash
# Browser tests of the web app: a release build into dist/ (scripts/build-web.sh), then
# tests/web/*.test.js in Debian Chromium. Screenshots go to tests/out/web/.
# LLM2SB3_WEB_FULL=1 adds the end-to-end build -> TurboWarp test.
set -euo pipefail
cd "$(dirname "$0")/.."
LLM2SB3_SKIP_SETUP="${LLM2SB3_SKIP_SETUP:-0}" bash scripts/build-web.sh
cd tests/web
node --test --test-concurrency=1 --test-reporter=spec app.test.js
