"""The most central sentences of an article (TextRank over content morphemes).

Sentences are linked by shared nouns, verbs and foreign words (similarity of Mihalcea &
Tarau 2004: overlap over log lengths). Beyond `MAX_GRAPH` sentences the quadratic graph is
replaced by a linear score (sum of document frequencies of a sentence's words) so that an
enormous input still returns promptly.
"""
from __future__ import annotations

import logging
import math

import numpy as np

from ..model import Span
from .doc import Doc

log = logging.getLogger(__name__)

CONTENT = frozenset(("NNG", "NNP", "SL", "SH", "XR"))  # verbs (하다, 있다) would link everything
MAX_GRAPH = 150
TOP = 3


def _bags(doc: Doc) -> list[set[str]]:
    bags: list[set[str]] = [set() for _ in doc.sentences]
    for p in doc.paras:
        for t, si in zip(p.toks, p.sent_ids):
            tag = t.tag
            if tag in CONTENT and (len(t.form) > 1 or tag == "NNP" or tag == "SL"):
                bags[si].add(t.form)
    return bags


def key_sentences(doc: Doc, top: int = TOP) -> list[Span]:
    n = len(doc.sentences)
    if n == 0:
        return []
    bags = _bags(doc)
    # the headline and very short lines are not summaries
    eligible = [i for i in range(n) if len(bags[i]) >= 3 and doc.sent_para[i] != 0] or list(range(n))
    if n > MAX_GRAPH:
        df: dict[str, int] = {}
        for b in bags:
            for w in b:
                df[w] = df.get(w, 0) + 1
        score = [sum(df[w] for w in b) / (1 + len(b)) ** 0.5 for b in bags]
    else:
        # sparse graph: each sentence meets the earlier ones through an inverted index of words
        earlier: dict[str, list[int]] = {}  # word -> the sentences read so far that hold it
        logs = [math.log(len(b) + 1) for b in bags]
        adj: list[dict[int, float]] = [{} for _ in range(n)]
        for i, b in enumerate(bags):
            common: dict[int, int] = {}
            for x in b:
                holders = earlier.setdefault(x, [])
                for j in holders:
                    common[j] = common.get(j, 0) + 1
                holders.append(i)
            for j, c in common.items():
                wt = c / (logs[i] + logs[j])
                adj[i][j] = wt
                adj[j][i] = wt
        # power iteration on the dense weight matrix (n <= MAX_GRAPH: a few microseconds a step)
        w = np.zeros((n, n))
        rows = [i for i, a in enumerate(adj) for _ in a]
        if rows:
            w[rows, [j for a in adj for j in a]] = [x for a in adj for x in a.values()]
        out_sum = w.sum(axis=1)
        out_sum[out_sum == 0] = 1.0
        m = w / out_sum[np.newaxis, :]  # m[i, j] = w[i, j] / out_sum[j]
        vec = np.ones(n)
        for _ in range(20):
            new = 0.15 + 0.85 * (m @ vec)
            done = float(np.abs(new - vec).max()) < 1e-3
            vec = new
            if done:
                break
        score = vec.tolist()
    best = sorted(eligible, key=lambda i: -score[i])[:top]
    return [doc.sentences[i] for i in sorted(best)]
