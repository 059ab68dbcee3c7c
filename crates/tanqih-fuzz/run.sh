#!/usr/bin/env bash
# Short fuzzing runs of each target (default 20 s), seeded from fixtures/ and seeds/: any panic fails.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets the stable toolchain take its
# sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-20}
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
mkdir "$corpus/seed"
cp ../../seeds/*.txt "$corpus/seed/"
python3 - "$corpus/seed" <<'PY'
import json, sys
for n, line in enumerate(open("../../fixtures/arabic-reference.jsonl", encoding="utf-8")):
    open(f"{sys.argv[1]}/reference-{n:04}.txt", "w", encoding="utf-8").write(json.loads(line)["input"])
PY
export RUSTC_BOOTSTRAP=1
for target in normalize tokenize strip; do
    mkdir "$corpus/$target"
    cargo fuzz run --fuzz-dir . -O "$target" "$corpus/$target" "$corpus/seed" -- \
        -max_total_time="$seconds" -max_len=8192 -print_final_stats=0
done
