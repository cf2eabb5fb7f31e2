#!/usr/bin/env bash
# Renders web/icons/icon.svg to the PNG icons the manifest lists (run by hand after editing the SVG).
set -euo pipefail
cd "$(dirname "$0")/../web/icons"
for size in 192 512; do
  tmp=$(mktemp -d)
  printf '<html><body style="margin:0"><img src="file://%s/icon.svg" width="%s" height="%s"></body></html>' \
    "$PWD" "$size" "$size" > "$tmp/page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$size,$size" --screenshot="$PWD/icon-$size.png" "file://$tmp/page.html" 2>/dev/null
  rm -rf "$tmp"
done
