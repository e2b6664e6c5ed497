"""The analyser gives Kiwi an unknown proper noun apart from a particle it swallowed."""
from __future__ import annotations

from generator.extract.analyser import glued_particle_spans


class T:  # the fields glued_particle_spans reads from a Kiwi token
    def __init__(self, form, tag, start, oov=True):
        self.form, self.tag, self.start, self.len = form, tag, start, len(form)
        self.id = 3 if oov else 5000


def test_a_particle_that_agrees_with_the_stem_is_cut_off():
    assert glued_particle_spans([T("안창림이", "NNP", 10)]) == [(10, 13)]   # 림 has a final consonant: 이
    assert glued_particle_spans([T("매슈가", "NNP", 0)]) == [(0, 2)]       # 슈 has none: 가
    assert glued_particle_spans([T("볼라벤의", "NNG", 5)]) == [(5, 8)]


def test_no_cut_when_the_particle_does_not_agree_or_the_word_is_known():
    assert glued_particle_spans([T("햇냥가", "NNP", 0)]) == []              # 냥 has a final consonant: not 가
    assert glued_particle_spans([T("요네자와", "NNP", 0)]) == []            # 와 ends names too
    assert glued_particle_spans([T("안창림이", "NNP", 0, oov=False)]) == []  # a dictionary word stays whole


def test_the_analyser_reads_the_name_and_its_particle(analyser):
    toks = analyser.analyse(["결정전에서 안창림이 상대 선수를 꺾었다"])[0]
    assert ("안창림", "NNP") in [(t.form, t.tag) for t in toks]
