#!/usr/bin/env python3
"""A baseline for the section mapper: a naive Bayes classifier of a block's
words alone (no headings, no order), trained on the fictional round-3 and
shapes sets. Each set is read by a model trained on all the others (leave one
set out); then one model trained on every fictional set reads the real
statements of ../shared/corpus (one file per agency), when present.

It answers one question: do the fictional sets measure reading by meaning, or
their writers' vocabulary? Words-weighted accuracy, as score-corpus counts.
Usage (from the repository root): python3 scripts/lexical-baseline.py
"""
import collections
import glob
import json
import math
import os
import re

RULES = "pipeline/mapping/rules/testdata"
LABELS = ["context", "activity", "outcomes", "successes", "development", "inspection", "unmapped"]


def blocks(path):
    with open(path) as f:
        doc = json.load(f)
    return [(b["label"], b["text"]) for b in doc.get("blocks", []) if b.get("kind") != "heading"]


def features(text):
    w = re.findall(r"[a-z]+", text.lower())
    return set(w + [a + "_" + b for a, b in zip(w, w[1:])])


def train(docs):
    counts = {l: collections.Counter() for l in LABELS}
    prior = collections.Counter()
    for doc in docs:
        for label, text in doc:
            if label in counts:
                prior[label] += 1
                counts[label].update(features(text))
    vocab = set().union(*counts.values())
    totals = {l: sum(counts[l].values()) for l in LABELS}
    return counts, prior, totals, len(vocab)


def predict(model, text):
    counts, prior, totals, v = model
    f = features(text)
    score = lambda l: math.log(prior[l] + 1) + sum(math.log((counts[l][w] + 0.5) / (totals[l] + 0.5 * v)) for w in f)
    return max(LABELS, key=score)


def accuracy(model, docs):
    right = words = 0
    for doc in docs:
        for label, text in doc:
            n = len(text.split())
            words += n
            right += n * (predict(model, text) == label)
    return right / max(words, 1), words


def main():
    sets = {}
    for truth in sorted(glob.glob(RULES + "/round3/*/corpus/truth")) + [RULES + "/shapes/corpus/truth"]:
        sets[truth.split("/corpus")[0].replace(RULES + "/", "")] = [blocks(p) for p in sorted(glob.glob(truth + "/*.json"))]
    for name, docs in sets.items():
        model = train([d for other, ds in sets.items() if other != name for d in ds])
        acc, words = accuracy(model, docs)
        print(f"{name:24s} {acc:.3f}  ({words} words, leave-one-set-out)")
    real = "../shared/corpus/truth"
    if not os.path.isdir(real):
        print("no ../shared/corpus: real text skipped")
        return
    seen, docs = set(), []
    for p in sorted(glob.glob(real + "/*.json")):
        with open(p) as f:
            agency = json.load(f).get("agency")
        if agency not in seen:
            seen.add(agency)
            docs.append(blocks(p))
    acc, words = accuracy(train([d for ds in sets.values() for d in ds]), docs)
    print(f"real text (../shared/corpus, {len(docs)} statements) {acc:.3f}  ({words} words)")


if __name__ == "__main__":
    main()
