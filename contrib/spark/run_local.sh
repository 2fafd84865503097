#!/usr/bin/env bash
# Runs the Spark job in local mode on a generated corpus and checks that its
# findings equal `factlint check` on the same folder.
#
#   contrib/spark/run_local.sh [ARTICLES]      (default 2000)
#
# Needs Java (17+) and pyspark; says it skipped, and exits 0, when either is
# missing, so CI on a machine without them stays green and says so.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-2000}"

if ! command -v java >/dev/null 2>&1; then
    echo "spark equality check skipped: no java on the PATH"
    exit 0
fi
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
    echo "spark equality check skipped: pyspark is not installed (pip install pyspark)"
    exit 0
fi

cargo build --release --locked --quiet --bin factlint --example bench
corpus="$(target/release/examples/bench --generate "$n" --story-size 50 --runs 0)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

start=$(date +%s)
python3 contrib/spark/factlint_spark.py "$corpus" --factlint target/release/factlint \
    --master 'local[2]' --partitions 4 --output "$work/spark.json"
spark_s=$(( $(date +%s) - start ))
start=$(date +%s)
target/release/factlint check "$corpus" --format json --output "$work/check.json" || [ $? -eq 1 ]
check_s=$(( $(date +%s) - start ))
echo "spark local[2]: ${spark_s} s; factlint check: ${check_s} s"
python3 contrib/spark/compare.py "$work/spark.json" "$work/check.json"
echo "spark equality check passed on $n articles"
