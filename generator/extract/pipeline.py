"""Run every extractor over articles, sharing one tokenisation per paragraph.

`analyse_many` tokenises the paragraphs of a chunk of articles in a single analyser call
(Kiwi spreads a list over its worker threads), then runs the rule extractors article by
article; all rules are linear in the number of tokens.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Iterator

from ..model import Analysis, Article
from .actors import extract_actors
from .analyser import Analyser
from .doc import build_doc, content_blocks
from .figures import extract_dates, extract_figures
from .keysent import key_sentences
from .quotes import extract_quotes
from .terms import extract_terms, term_mentions

log = logging.getLogger(__name__)


def analyse_doc(doc) -> Analysis:
    actors = extract_actors(doc)
    terms = extract_terms(doc, actors)
    quotes = extract_quotes(doc, actors)
    mentions = sorted(actors.mentions + term_mentions(doc, terms, actors), key=lambda m: (m.start, m.end))
    return Analysis(
        article_id=doc.article.id,
        sentences=tuple(doc.sentences),
        mentions=tuple(mentions),
        terms=tuple(terms),
        quotes=tuple(quotes),
        figures=tuple(extract_figures(doc)),
        dates=tuple(extract_dates(doc)),
        key_sentences=tuple(key_sentences(doc)),
    )


def run(articles: Iterable[Article], analyser: Analyser, batch_size: int = 32) -> Iterator[Analysis]:
    """Batches of articles; the next batch is tokenised in a background thread while the rules
    run over the current one (Kiwi's native workers do not hold the interpreter lock), so the
    rules' Python time overlaps the analyser's."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tokenise") as pool:
        pending = None  # (batch, blocks, future of tokens)
        batch: list[Article] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= batch_size:
                nxt = _submit(pool, analyser, batch)
                if pending is not None:
                    yield from _run_batch(*pending)
                pending = nxt
                batch = []
        if batch:
            nxt = _submit(pool, analyser, batch)
            if pending is not None:
                yield from _run_batch(*pending)
            pending = nxt
        if pending is not None:
            yield from _run_batch(*pending)


def _submit(pool, analyser: Analyser, batch: list[Article]):
    blocks = [content_blocks(a) for a in batch]
    flat = [b.text for bl in blocks for b in bl]
    return batch, blocks, pool.submit(analyser.analyse, flat)


def _run_batch(batch: list[Article], blocks, future) -> Iterator[Analysis]:
    tokens = future.result()
    pos = 0
    for art, bl in zip(batch, blocks):
        toks = tokens[pos:pos + len(bl)]
        pos += len(bl)
        try:
            doc = build_doc(art, bl, toks)
            yield analyse_doc(doc)
        except Exception:  # one odd article must not stop a build; say which one
            log.exception("extraction failed for article %s; returning an empty analysis", art.id)
            yield Analysis(article_id=art.id)
