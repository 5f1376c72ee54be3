#!/usr/bin/env python3
"""Writes N varied copies of the housing-farm example for the load benchmark.

Each copy scales every measured quantity by a random factor (0.9 to 1.1, kept inside the code's plausible range is
not checked here: values of the example are far from the edges) and picks another assessment day in spring 2026, so
that requests are not byte-identical and verdicts differ from one to the next.
"""
import json
import random
import sys

example, out_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(example) as f:
    base = json.load(f)
random.seed(22786)
for i in range(count):
    doc = json.loads(json.dumps(base))
    doc["assessedOn"] = "2026-%02d-%02d" % (random.choice([4, 5, 6]), random.randint(1, 28))
    doc["assessor"] = "Load test auditor %d" % i
    for o in doc["observations"]:
        if "unit" in o and isinstance(o["value"], (int, float)) and not isinstance(o["value"], bool):
            o["value"] = round(o["value"] * random.uniform(0.9, 1.1), 3)
    with open("%s/%04d.json" % (out_dir, i), "w") as f:
        json.dump(doc, f)
