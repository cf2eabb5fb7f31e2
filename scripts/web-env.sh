# Sourced by the web scripts: PATH for Trunk's offline tools, and the demo model copied into
# web/demo/ (served as demo/) when ../shared/models has it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/web/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
models="${LLM2SB3_MODELS:-$PWD/../shared/models}"
for f in stories260K.bin tok512.bin; do
  if [ -f "$models/$f" ]; then
    cmp -s "$models/$f" "web/demo/$f" || cp "$models/$f" "web/demo/$f"
  elif [ ! -f "web/demo/$f" ]; then
    echo "note: web/demo/$f is missing, so \"Try the demo model\" will not work;" \
      "get it from https://huggingface.co/karpathy/tinyllamas/tree/main/stories260K (looked in $models)" >&2
  fi
done
# TurboWarp's player for the page's preview (npm @turbowarp/packager in web/tools, MPL-2.0),
# copied into web/vendor/ (served as vendor/, loaded only when the preview runs).
packager="$PWD/web/tools/node_modules/@turbowarp/packager"
mkdir -p web/vendor
if [ -f "$packager/dist/scaffolding/scaffolding-min.js" ]; then
  for f in dist/scaffolding/scaffolding-min.js dist/scaffolding/scaffolding-min.js.LICENSE.txt; do
    cmp -s "$packager/$f" "web/vendor/$(basename "$f")" || cp "$packager/$f" web/vendor/
  done
  cmp -s "$packager/LICENSE" web/vendor/LICENSE.txt || cp "$packager/LICENSE" web/vendor/LICENSE.txt
elif [ ! -f web/vendor/scaffolding-min.js ]; then
  echo "note: $packager is missing (npm ci in web/tools), so the page's preview will not work" >&2
fi
