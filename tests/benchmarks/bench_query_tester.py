"""The query tester over 500,000 short mention texts: tokenizing them once, then one query run.

The query uses word forms (by lemma), a named list, a prefix, NEAR and NOT, so every path of the
matcher is timed. The floors: `str.split` of the same texts (tokenizing), and a plain `in` test of
one word over them (the query).
"""

from __future__ import annotations

import time

from common import report
from mention_fixtures import mention_texts

from smmdesk.domain.reputation.query.library import library_of, named_list
from smmdesk.domain.reputation.query.matcher import Corpus, Matcher, Target
from smmdesk.domain.reputation.query.syntax import parse_query

TEXTS = 500_000
QUERY = "({бренд} NEAR/3 (курьер OR доставка OR опоздал*)) OR ({бренд} AND грубый) NOT {вакансии}"


def run() -> None:
    texts = mention_texts(TEXTS)
    library = library_of(
        [
            named_list("бренд", ["ВкусВилл", "vkusvill", '"Северный Ветер"', "северного"]),
            named_list("вакансии", ["ваканс*", '"требуется продавец"', "зарплата"]),
        ]
    )
    folded = [t.lower() for t in texts]
    started = time.perf_counter()
    floor_hits = sum(1 for t in folded if "курьер" in t)
    floor = time.perf_counter() - started

    started = time.perf_counter()
    split_floor = sum(len(t.split()) for t in folded)
    split = time.perf_counter() - started

    started = time.perf_counter()
    corpus = Corpus(Target(t) for t in texts)
    prepared = time.perf_counter() - started
    assert split_floor > 0

    started = time.perf_counter()
    matcher = Matcher(parse_query(QUERY), library)  # word forms analysed once, here
    found = matcher.run(corpus)
    ran = time.perf_counter() - started
    assert 0 < len(found) < TEXTS and floor_hits > 0
    print(f"  {len(found)} of {TEXTS} texts match")

    report(
        "query tester: tokenize 500k texts once",
        prepared * 1000,
        10_000,
        floor=split * 1000,
        floor_name="str.split",
    )
    report(
        "query tester: one query over 500k texts",
        ran * 1000,
        3_000,
        floor=floor * 1000,
        floor_name="one `in` per text",
    )
