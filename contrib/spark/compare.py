"""Compares the Spark job's findings with `factlint check` on the same folder.

Usage: python3 compare.py SPARK_FINDINGS.json CHECK_REPORT.json

Findings are compared whole (rule, severity, message, help, every label with
its file, span, line, column and text, story id, fingerprint) as sets: the
Spark job's order is the order of its partitions, factlint's the order of
its report. Errors are compared the same way. Exits 1 on any difference and
prints it.
"""

import json
import sys


def canonical(items):
    return sorted(json.dumps(i, sort_keys=True) for i in items)


def main():
    spark = json.load(open(sys.argv[1], encoding="utf-8"))
    check = json.load(open(sys.argv[2], encoding="utf-8"))
    ok = True
    for part in ("findings", "errors"):
        a, b = canonical(spark.get(part, [])), canonical(check.get(part, []))
        only_spark = sorted(set(a) - set(b))
        only_check = sorted(set(b) - set(a))
        if only_spark or only_check or len(a) != len(b):
            ok = False
            print(f"{part}: spark {len(a)}, check {len(b)}")
            for line in only_spark[:5]:
                print(f"  only in spark: {line[:300]}")
            for line in only_check[:5]:
                print(f"  only in check: {line[:300]}")
        else:
            print(f"{part}: {len(a)} equal")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
