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
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -x node_modules/.bin/terser ] || [ ! -d node_modules/playwright-core ] \
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

# The loader (www/main.js) bundled with a module's glue (in GLUE) and the lines
# shown where it cannot load (words.json in FALLBACK) as one minified module:
# `bundle_loader GLUE FALLBACK OUT` writes OUT/zones-infographic.js, with the
# package's version (www/package.json's) and the name of OUT's folder (where
# the wasm is under `Infographic.base`: pkg or kiosk).
bundle_loader() {
  local version
  version=$(node -p 'JSON.parse(require("fs").readFileSync("www/package.json", "utf8")).version')
  node_modules/.bin/esbuild www/main.js --bundle --minify --format=esm --log-level=warning \
    --alias:zones-glue="./$1/zones_infographic.js" --alias:zones-words="./$2/words.json" \
    --define:ZONES_VERSION="\"$version\"" --define:ZONES_FOLDER="\"$(basename "$3")\"" \
    --outfile="$3/zones-infographic.js"
  # terser's compression after esbuild's bundling, with the few characters
  # outside ASCII written as escapes (which gzip packs better): 150 to 200
  # bytes fewer gzipped (measured 2026-12-07).
  node_modules/.bin/terser "$3/zones-infographic.js" --module --compress passes=3 --mangle \
    --format ascii_only=true --output "$3/zones-infographic.js"
  # The dynamic imports (the downloads' code and the texts loaded later, at addresses
  # made at run time) marked for webpack and Vite to leave alone: the
  # minifiers drop the comments the sources have (src/web/js/*-loader.js).
  sed -i 's#import(`#import(/*webpackIgnore:true*//*@vite-ignore*/`#g' "$3/zones-infographic.js"
  grep -q 'import(/\*webpackIgnore:true\*/' "$3/zones-infographic.js"
  if grep -qP 'import\((?!/\*webpackIgnore)' "$3/zones-infographic.js"; then
    echo "error: $3/zones-infographic.js has a dynamic import a bundler would rewrite" >&2
    return 1
  fi
}

# The features of the wasm the optimiser is told about (what rustc emits).
WASM_FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals"

# Builds one module into OUT: `build_module NAME FEATURES OUT CSS...` (FEATURES
# the whole set, default ones included: the kiosk build leaves out `table`): cargo
# (in a target folder of its own, so the two builds never rebuild each other),
# wasm-bindgen, wasm-opt, and esbuild for the loader with the glue and for the
# CSS. OUT then holds exactly what a page loads: the wasm, the JS module and
# the stylesheet.
build_module() {
  local name="$1" features="$2" out="$3"; shift 3
  local target="target/$name" glue="target/$name/glue"
  say "building the $name module into $out"
  cargo build --release --target wasm32-unknown-unknown --target-dir "$target" --no-default-features ${features:+--features "$features"}
  rm -rf "$glue" && mkdir -p "$glue" "$out"
  wasm-bindgen "$target/wasm32-unknown-unknown/release/zones_infographic.wasm" \
    --out-dir "$glue/pkg" --target web --no-typescript
  # --low-memory-unused: the module's stack fills the first megabyte from the
  # top down, so its lowest kilobyte is touched only by a stack about to overflow.
  # Flattening and re-looping the control flow between two size passes saves
  # about 0.6 KB gzipped over -Oz alone, and a last pass after whole-program
  # flow analysis (gufa) 0.16 KB more (measured 2026-11-29). Merging similar
  # functions (--merge-similar-functions) saved 0.66 KB before the names are
  # minified and cost 0.1 KB after (measured 2026-12-06): left out. Inlining
  # a function into its one caller only where it is small (-ocimfs=20,
  # --one-caller-inline-max-function-size, unlimited by default) saves 1.8 KB
  # gzipped (15 to 30 all save 1.6 KB or more), and a second round of
  # flattening 0.1 KB more (measured 2026-12-07).
  node_modules/.bin/wasm-opt -ocimfs=20 -Os --flatten --rereloop -Os \
    --flatten --rereloop -Os --converge --gufa -Os \
    --low-memory-unused --strip-debug --strip-producers \
    --strip-target-features $WASM_FEATURES \
    "$glue/pkg/zones_infographic_bg.wasm" -o "$out/zones_infographic_bg.wasm"
  # Then imports and exports get one- or two-letter names, and the glue the same.
  node_modules/.bin/wasm-opt $WASM_FEATURES --minify-imports-and-exports-and-modules \
    "$out/zones_infographic_bg.wasm" -o "$out/zones_infographic_bg.wasm" > "$glue/wasm-names.json"
  node scripts/minify-imports.mjs "$glue/pkg/zones_infographic.js" "$glue/wasm-names.json"
  # No exception of the page unwinds through the module (see the script).
  node scripts/guard-imports.mjs "$glue/pkg/zones_infographic.js"
  # The loader and the glue as one minified module, and the CSS.
  bundle_loader "$glue/pkg" www/fallback "$out"
  cat "$@" | node_modules/.bin/esbuild --loader=css --minify --log-level=warning > "$out/zones-infographic.css"
}

# Copies the texts a module built in target folder $1 loads after it (its
# English and the sentences only a tooltip quotes) (written by build.rs beside the baked dataset) into $2/zones-words.js;
# where $2 holds one already (the other build's), the two must be the same.
later_words() {
  local made
  made=$(ls -t "$1"/wasm32-unknown-unknown/release/build/zones-infographic-*/out/zones-words.js | head -1)
  if [ -n "${3:-}" ] && ! cmp -s "$made" "$2/zones-words.js"; then
    echo "error: $made differs from $2/zones-words.js: the builds would key their texts differently" >&2
    return 1
  fi
  mkdir -p "$2" && cp "$made" "$2/zones-words.js"
}

# Builds the release modules: the news embed into www/pkg and the kiosk build
# into www/kiosk; what loads on demand into www/extra; the fallback into
# www/fallback.
build_wasm() {
  need_wasm_target
  need_wasm_bindgen
  need_node_tools
  # The fallback without WebAssembly or JavaScript, drawn natively by the same
  # code, and the space a container holds until the graphic mounts (its CSS
  # goes into the embed's).
  cargo run --quiet --example fallback -- www/fallback
  build_module news "table later" www/pkg www/infographic.css www/data.css www/fallback/reserve.css
  build_module kiosk "kiosk later" www/kiosk www/infographic.css www/kiosk.css
  # What loads only on demand goes beside the embed, in www/extra (made
  # afresh, so no file of an older build is served on): the texts either
  # module loads when a reader first asks for English or opens a tooltip that
  # quotes a sentence, and the downloads' code, which it loads the first time
  # it is used.
  rm -rf www/extra
  later_words target/news www/extra
  later_words target/kiosk www/extra same
  node_modules/.bin/esbuild www/save.js --minify --format=esm \
    --log-level=warning --outfile=www/extra/zones-save.js
  # The kiosk's QR code of the slide's link, which it loads where a `share`
  # address is set.
  node_modules/.bin/esbuild www/qr.js --minify --format=esm \
    --log-level=warning --outfile=www/extra/zones-qr.js
  # The print stylesheet, which a page links with media="print".
  node_modules/.bin/esbuild www/fallback/print.css --minify --log-level=warning --outfile=www/extra/zones-print.css
  # The npm package (www/package.json) ships the README, the licence and the changelog.
  cp README.md LICENSE CHANGELOG.md www/
  say "sizes, gzip -9:"
  node scripts/size.mjs
}

# Builds the test module into target/hostile/pkg (not optimised): the embed from
# the dataset with hostile texts (examples/hostile_dataset.rs), with the fault
# probe (`failNextInput()`, a way to make it panic), for the browser tests of both;
# with kiosk mode, so that it serves kiosk.html too.
build_hostile_wasm() {
  say "building the test module: the hostile dataset and the fault probe"
  mkdir -p target/hostile
  cargo run --quiet --example hostile_dataset -- target/hostile/zones.json
  # Its fallback, for the data tables the embed loads (fallback/tables.js): the
  # fallback example reads the dataset file at run time, so it is run as
  # built, with no rebuild for another dataset.
  cargo build --quiet --example fallback
  ZONES_DATASET=target/hostile/zones.json target/debug/examples/fallback target/hostile/fallback
  ZONES_DATASET=target/hostile/zones.json cargo build --release --target wasm32-unknown-unknown \
    --target-dir target/hostile --features fault-probe,kiosk
  rm -rf target/hostile/pkg
  wasm-bindgen target/hostile/wasm32-unknown-unknown/release/zones_infographic.wasm \
    --out-dir target/hostile/pkg --target web --no-typescript
  node scripts/guard-imports.mjs target/hostile/pkg/zones_infographic.js
  bundle_loader target/hostile/pkg www/fallback target/hostile/pkg
  later_words target/hostile target/hostile/extra
  # A copy of it whose wasm also exports its shadow stack pointer, for the test
  # that checks no fault of the page leaves the stack unbalanced
  # (tests/browser/unwind.test.mjs). Never shipped.
  rm -rf target/hostile/sp && mkdir -p target/hostile/sp
  cp target/hostile/pkg/zones-infographic.js target/hostile/sp/
  node_modules/.bin/wasm-dis target/hostile/pkg/zones_infographic_bg.wasm \
    | sed 's/^ (global \$__stack_pointer \(.*\)$/ (global $__stack_pointer \1\n (export "__stack_pointer" (global $__stack_pointer))/' \
    > target/hostile/sp/module.wat
  node_modules/.bin/wasm-as $WASM_FEATURES target/hostile/sp/module.wat -o target/hostile/sp/zones_infographic_bg.wasm
  rm target/hostile/sp/module.wat
}

# Builds the pseudo-locale's module into target/pseudo/pkg (not optimised):
# the dataset and the copy with every English text wrapped in ⟦…⟧ and
# accented (src/data/pseudo.rs), with the fault probe, and its fallback
# into target/pseudo/fallback, for the browser test that finds no text from
# elsewhere.
build_pseudo_wasm() {
  say "building the test module: the pseudo-locale"
  ZONES_PSEUDO=1 cargo run --quiet --example fallback --target-dir target/pseudo -- target/pseudo/fallback
  ZONES_PSEUDO=1 cargo build --release --target wasm32-unknown-unknown --target-dir target/pseudo --features fault-probe
  rm -rf target/pseudo/pkg
  wasm-bindgen target/pseudo/wasm32-unknown-unknown/release/zones_infographic.wasm \
    --out-dir target/pseudo/pkg --target web --no-typescript
  node scripts/guard-imports.mjs target/pseudo/pkg/zones_infographic.js
  bundle_loader target/pseudo/pkg target/pseudo/fallback target/pseudo/pkg
  later_words target/pseudo target/pseudo/extra
}
