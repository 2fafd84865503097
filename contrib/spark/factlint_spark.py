"""factlint on Spark: extract in parallel, group by story, check per story.

The same job runs in local mode (``--master local[2]``, as the equality
script does) and on a cluster (``spark-submit --master yarn ...`` with the
factlint binary shipped by ``--files`` or installed on every worker).

Map:    the article paths are split into partitions; each partition runs
        ``factlint extract`` over its files and yields one JSON line per
        article (docs/claims.md).
Group:  the driver collects only the story signatures (a few hundred bytes
        an article, the claims stay on the workers) and runs
        ``factlint stories --claims`` on them once, so story ids are the ones
        ``factlint check`` gives on the whole batch (grouping weighs words by
        their rarity in the batch, so it cannot be done per partition).
Reduce: the claim lines are keyed by story and repartitioned so that a story
        never spans two partitions; each partition runs
        ``factlint check --claims`` on its stories (their ids given, so the
        partition is not regrouped) and yields findings.
The union of the findings is written as one JSON file, sorted, whole or not
at all.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile


def run(binary, args, stdin_path=None):
    """Runs factlint and returns its stdout; a failure stops the task with
    factlint's own message (Spark shows it in the task's error)."""
    done = subprocess.run([binary, *args], capture_output=True, text=True)
    # `check` exits 1 when it found something: that is a result, not a failure.
    if done.returncode not in (0, 1):
        raise RuntimeError(f"factlint {' '.join(args[:2])} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def extract_partition(binary, rules):
    def extract(paths):
        paths = list(paths)
        if not paths:
            return
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "claims.jsonl")
            run(binary, ["extract", *rules, "--output", out, *paths])
            with open(out, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        yield line.rstrip("\n")

    return extract


def check_partition(binary, rules):
    def check(keyed_lines):
        lines = [line for _, line in keyed_lines]
        if not lines:
            return
        with tempfile.TemporaryDirectory() as tmp:
            claims = os.path.join(tmp, "claims.jsonl")
            with open(claims, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            report = json.loads(run(binary, ["check", *rules, "--claims", claims, "--format", "json"]))
        for finding in report.get("findings", []):
            yield json.dumps(finding, sort_keys=True)
        for error in report.get("errors", []):
            yield json.dumps({"error": error}, sort_keys=True)

    return check


def signature_only(line):
    """The part of a claims line that story grouping reads."""
    record = json.loads(line)
    record.pop("claims", None)
    return json.dumps(record, sort_keys=True)


def with_story(stories):
    def tag(line):
        record = json.loads(line)
        story = stories.value.get(record["file"])
        record["story"] = story
        return story, json.dumps(record)

    return tag


def story_partition(story):
    # Python's hash(None) differs between worker processes, so the key is
    # made an int here: articles with no story (files that failed to load)
    # all go to partition 0, where their errors are reported once.
    return 0 if story is None else int(story)


def article_paths(root):
    if os.path.isfile(root):
        return [root]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a folder of articles (or one file)")
    parser.add_argument("--factlint", default="factlint", help="the factlint binary on every worker")
    parser.add_argument("--rules", action="append", default=[], help="a rules file (repeatable)")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    parser.add_argument("--output", required=True, help="the findings JSON to write")
    a = parser.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("factlint")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    sc = spark.sparkContext
    binary = os.path.abspath(a.factlint) if os.path.exists(a.factlint) else a.factlint
    rules = [arg for r in a.rules for arg in ("--rules", os.path.abspath(r))]

    paths = article_paths(a.input)
    claims = sc.parallelize(paths, a.partitions).mapPartitions(extract_partition(binary, rules)).cache()

    # Group: signatures only reach the driver.
    with tempfile.TemporaryDirectory() as tmp:
        signatures = os.path.join(tmp, "signatures.jsonl")
        with open(signatures, "w", encoding="utf-8") as f:
            for line in claims.map(signature_only).collect():
                f.write(line + "\n")
        grouping = json.loads(run(binary, ["stories", *rules, "--claims", signatures, "--format", "json"]))
    story_of = {}
    for story in grouping["stories"]:
        for file in story["files"]:
            story_of[file] = story["id"]
    stories = sc.broadcast(story_of)

    # Reduce: one story never spans two partitions.
    findings = (
        claims.map(with_story(stories))
        .partitionBy(a.partitions, story_partition)
        .mapPartitions(check_partition(binary, rules))
        .collect()
    )
    spark.stop()

    records = sorted(set(findings))
    result = {"findings": [json.loads(r) for r in records if not r.startswith('{"error"')],
              "errors": [json.loads(r)["error"] for r in records if r.startswith('{"error"')]}
    tmp_out = a.output + ".tmp"
    with open(tmp_out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, sort_keys=True)
    os.replace(tmp_out, a.output)
    print(f"{len(paths)} articles, {len(story_of and set(story_of.values()))} stories, "
          f"{len(result['findings'])} findings -> {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
