#!/usr/bin/env bash
# The README's run command: sets up (scripts/setup.sh), copies the demo model into the site,
# and serves the web app (release build, rebuilt on every change) at http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/web-env.sh
echo "llm2sb3: serving the web app at http://127.0.0.1:8080/ (Ctrl-C stops it)"
exec trunk serve --release --address 127.0.0.1 --port 8080 "$@"
