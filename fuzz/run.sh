#!/usr/bin/env bash
# Runs one fuzz target with the project's settings (see docs/FUZZING.md):
#   fuzz/run.sh TARGET [libFuzzer flags...]      e.g. fuzz/run.sh html -max_total_time=600
# New inputs go to the gitignored fuzz/corpus/TARGET; fuzz/seeds/TARGET is read only.
# FUZZ_SANITIZER=address turns AddressSanitizer on (needs nightly; default: none,
# as Declutter is safe Rust and ASan halves the executions per second).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh TARGET [libFuzzer flags...]}
shift
sanitizer=${FUZZ_SANITIZER:-none}
if rustup run nightly rustc --version >/dev/null 2>&1; then
  cargo=(cargo +nightly)
else
  # Stable works for -s none; RUSTC_BOOTSTRAP lets it accept the -Z flags ASan needs.
  export RUSTC_BOOTSTRAP=1
  cargo=(cargo +stable)
fi
mkdir -p "fuzz/corpus/$target"
if [[ "$target" == html ]]; then
  # The hand-made test pages seed the HTML target too (not copied into seeds/).
  for page in tests/fixtures/*/page.html; do
    case_name=$(basename "$(dirname "$page")")
    cp "$page" "fuzz/corpus/html/fixture-$case_name.html"
  done
fi
exec "${cargo[@]}" fuzz run -s "$sanitizer" "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -timeout=10 -rss_limit_mb=2048 "$@"
