"""The analyser: Kiwi is given an unknown proper noun apart from a particle it swallowed, a
Korean name cut into syllables is put back together before a title, and sentences start
after a full stop."""
from __future__ import annotations

from generator.extract.analyser import glued_particle_spans, split_name_spans

from ..extract_support import analyse_body


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


def test_split_name_spans_need_a_title():
    class T:  # the two fields split_name_spans reads
        def __init__(self, start, length, tag):
            self.start, self.len, self.tag = start, length, tag

    text = "직후 서승환 국토부 장관은"
    toks = [T(0, 2, "NNG"), T(3, 1, "NNP"), T(4, 1, "NNG"), T(5, 1, "XR"), T(7, 3, "NNG"), T(11, 2, "NNG"),
            T(13, 1, "JX")]
    assert split_name_spans(text, toks) == [(3, 6)]
    plain = "직후 서승환 문제를"
    assert split_name_spans(plain, toks[:4] + [T(7, 2, "NNG"), T(9, 1, "JKO")]) == []


def test_a_name_ending_in_hyeon_before_a_post_is_one_word(analyser):
    """Kiwi reads 박상현 특파원 as 박상 + 현 'current' + 특파원; a 현 glued to the word before it is
    a name's last syllable, while 현 written apart (현 정부) stays the determiner."""
    toks = analyser.analyse(["(도쿄=연합뉴스) 박상현 특파원 = 회사는 회견을 열었다."])[0]
    assert ("박상현", "NNP") in [(t.form, t.tag) for t in toks]
    toks = analyser.analyse(["야당은 현 정부의 정책을 비판했다."])[0]
    assert ("현", "MM") in [(t.form, t.tag) for t in toks]
    toks = analyser.analyse(["일본 이시카와현 노토반도에서 규모 7.6의 강진이 발생해 와지마시의 아침시장 일대가 불탔다."])[0]
    assert ("이시카와현", "NNP") in [(t.form, t.tag) for t in toks]  # (a prefecture: 縣, not 'current')


def test_sentence_after_full_stop(analyser):
    """Kiwi numbers `美` after `…했다.` with the sentence before; a new sentence starts there."""
    art, an = analyse_body("바이든 대통령이 도착했다. 美 대통령은 총리와 만났다.", analyser)
    k = art.text.index("美")
    assert any(s.start == k for s in an.sentences)


def test_two_readers_marking_one_name_do_not_crash_the_analyser(analyser):
    """The split-name reader marks 박현우 and the glued-현 reader 박현 (박/NNP 현/MM): Kiwi refuses
    overlapping spans, so the longer one is kept."""
    text = "회의에는 앙헬 모랄레스 페루 외교장관, 린다 쇠렌센 덴마크 개발협력장관, 박현우 외교부 제2차관 등이 참석했다."
    toks = analyser.analyse([text])[0]
    assert ("박현우", "NNP") in [(t.form, t.tag) for t in toks]


def test_a_refused_second_pass_keeps_the_first_reading(analyser, monkeypatch, caplog):
    """Should Kiwi refuse the second pass's spans (overlapping ones here), the paragraph keeps
    its first reading, and the refusal is logged."""
    import generator.extract.analyser as A
    monkeypatch.setattr(A, "_without_overlaps", lambda spans: sorted(set(spans)))
    text = "회의에는 린다 쇠렌센 덴마크 개발협력장관, 박현우 외교부 제2차관 등이 참석했다."
    with caplog.at_level("WARNING", logger="generator.extract.analyser"):
        toks = analyser.analyse([text])[0]
    assert "refused" in caplog.text
    assert ("박현우", "NNP") not in [(t.form, t.tag) for t in toks]  # (the first reading: 박/현/우)
