# Shared steps of the build, serve and test scripts: each installs what it needs
# on first use and does nothing on later runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
need_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if [ -z "$want" ]; then echo "Cargo.lock names no wasm-bindgen version" >&2; exit 1; fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

need_node_tools() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] \
     || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing the build and test tools from package-lock.json"
    npm ci --no-audit --no-fund
  fi
}

need_debian_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
  fi
}

# Builds the release wasm into www/pkg: cargo, wasm-bindgen, wasm-opt, esbuild.
build_wasm() {
  need_wasm_target
  need_wasm_bindgen
  need_node_tools
  say "building the wasm module"
  cargo build --release --target wasm32-unknown-unknown
  wasm-bindgen target/wasm32-unknown-unknown/release/zones_infographic.wasm \
    --out-dir www/pkg --target web --no-typescript
  # --low-memory-unused: the module's stack fills the first megabyte from the
  # top down, so its lowest kilobyte is touched only by a stack about to overflow.
  local features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals"
  # Flattening and re-looping the control flow between two size passes saves
  # about 0.6 KB gzipped over -Oz alone, and a last pass after whole-program
  # flow analysis (gufa) 0.16 KB more (measured 2026-11-29).
  node_modules/.bin/wasm-opt -Os --flatten --rereloop -Os --converge --gufa -Os --low-memory-unused --strip-debug --strip-producers \
    --strip-target-features $features \
    www/pkg/zones_infographic_bg.wasm -o www/pkg/zones_infographic_bg.wasm
  # Then imports and exports get one- or two-letter names, and the glue the same.
  node_modules/.bin/wasm-opt $features --minify-imports-and-exports-and-modules \
    www/pkg/zones_infographic_bg.wasm -o www/pkg/zones_infographic_bg.wasm > target/wasm-names.json
  node scripts/minify-imports.mjs www/pkg/zones_infographic.js target/wasm-names.json
  # The embed: the loader and the glue as one minified module, and the CSS.
  node_modules/.bin/esbuild www/main.js --bundle --minify --format=esm \
    --log-level=warning --outfile=www/pkg/zones-infographic.js
  # What loads only on demand goes beside the embed, in www/extra: the
  # downloads' code, which the module loads the first time it is used.
  node_modules/.bin/esbuild www/save.js --minify --format=esm \
    --log-level=warning --outfile=www/extra/zones-save.js
  # The fallback without WebAssembly or JavaScript, drawn natively by the same
  # code, and the space a container holds until the graphic mounts (its CSS
  # goes into the embed's).
  cargo run --quiet --example fallback -- www/fallback
  cat www/infographic.css www/fallback/reserve.css | node_modules/.bin/esbuild --loader=css --minify \
    --log-level=warning > www/pkg/zones-infographic.css
  # The print stylesheet, which a page links with media="print".
  node_modules/.bin/esbuild www/fallback/print.css --minify --log-level=warning --outfile=www/extra/zones-print.css
  # The glue is inside the bundle now: www/pkg holds exactly the embed.
  rm -rf www/pkg/zones_infographic.js www/pkg/snippets
  say "embed size, gzip -9:"
  node scripts/size.mjs
}

# Builds the test module into target/hostile/pkg (not optimised): the embed from
# the dataset with hostile texts (examples/hostile_dataset.rs), with the fault
# probe (`failNextInput()`, a way to make it panic), for the browser tests of both.
build_hostile_wasm() {
  say "building the test module: the hostile dataset and the fault probe"
  mkdir -p target/hostile/pkg
  cargo run --quiet --example hostile_dataset -- target/hostile/zones.json
  ZONES_DATASET=target/hostile/zones.json cargo build --release --target wasm32-unknown-unknown \
    --target-dir target/hostile --features fault-probe
  wasm-bindgen target/hostile/wasm32-unknown-unknown/release/zones_infographic.wasm \
    --out-dir target/hostile/pkg --target web --no-typescript
  cp www/main.js www/failed.js target/hostile/
  node_modules/.bin/esbuild target/hostile/main.js --bundle --minify --format=esm \
    --log-level=error --outfile=target/hostile/pkg/zones-infographic.js
}
