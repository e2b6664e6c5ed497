"""World and Korean place names: general knowledge, not words taken from any article.

- `COUNTRIES`: the Korean names of the 193 UN member states, observers and a few
  territories, with their usual short and former forms.
- `CAPITALS_CITIES`, `REGIONS`: capitals, major world cities, continents, seas and regions.
- Korea: the 17 provinces and metropolitan cities (full and short forms), the ~226
  si/gun/gu (with their suffix; the bare stem only when the analyser tags it as a proper
  noun, since many stems are ordinary words: 예산, 음성, 진주,  …), North Korean provinces
  and cities, islands, mountains and rivers.
- Japan's 47 prefectures and major cities, China's provinces and cities, the 50 US states
  and major US cities.

The lists are data files in `data/` (`countries.yml`, `cities.yml`, `regions.yml`,
`korea_places.yml`, `korea_districts.yml`, `japan_places.yml`, … : each file's header says
what it holds); this module builds the sets the rules read from them.

`place_kind(text, proper)` answers whether a spelled noun is a place.
"""
from __future__ import annotations

import logging

from .rules import rule
from .wordlists import WordListError, path_of, word_set, words

log = logging.getLogger(__name__)


def _short_forms(name: str) -> dict[str, str]:
    """A table of `short full` entries (`美 미국`) as a mapping, in file order."""
    table = {}
    for entry in words(name):
        short, _sep, full = entry.partition(" ")
        if not full.strip():
            raise WordListError(f"{path_of(name)}: entry {entry!r} must be a short form, a space and "
                                f"the country it stands for (e.g. '美 미국')")
        table[short] = full.strip()
    return table


COUNTRIES = word_set("countries")

# One-character (and Hanja) short forms used in headlines and compounds ("美", "한·미", "북-러").
SHORT_COUNTRY = _short_forms("country_short_forms")

CAPITALS_CITIES = word_set("cities")

REGIONS = word_set("regions")

# --- Korea -------------------------------------------------------------------------------

KR_PROVINCES = word_set("korea_places")

KR_DISTRICTS = word_set("korea_districts")

# Stems of si/gun names that are ordinary words (or persons' names): a place only with the suffix.
KR_AMBIGUOUS_STEMS = word_set("korea_ambiguous_stems")
# stems that stay ambiguous as proper nouns: 세종 (the king), 경기 (a match), a surname or a
# direction of one syllable, 장수/장성/공주/영주/성주/상주 (titles and people), 진도 (a quake's intensity)
KR_PROPER_HOMOGRAPHS = word_set("korea_proper_homographs")

# Unambiguous city/county stems (written alone they name the place).
KR_CITY_STEMS = word_set("korea_city_stems")

# --- Japan, China, USA -------------------------------------------------------------------

JP = word_set("japan_places")
JP_PREF_AMBIGUOUS = word_set("japan_prefectures_ambiguous")  # only with 현: 나라현, 기후현

CN = word_set("china_places")

US = word_set("us_places")
US_AMBIGUOUS = word_set("us_states_ambiguous")

# Words that look like places to a suffix rule but are not (ships, common nouns).
NOT_PLACE = word_set("not_places")

# The country the news is written in: dropped before its own ministries and from the start of a
# term (대한민국 통일부 -> 통일부); a foreign country stays (미국 상무부, 이란 인터내셔널).
HOME_COUNTRY = word_set("home_country")

ALL_PLACES = COUNTRIES | CAPITALS_CITIES | REGIONS | KR_PROVINCES | KR_DISTRICTS | KR_CITY_STEMS | JP | CN | US


# Country names that are also common words: a place only when tagged as a proper noun.
AMBIGUOUS_COUNTRIES = word_set("countries_ambiguous")


_SUFFIXED = (("현", JP | JP_PREF_AMBIGUOUS), ("주", US | US_AMBIGUOUS), ("성", CN),
             ("시", JP | CN | US | KR_CITY_STEMS | KR_AMBIGUOUS_STEMS | CAPITALS_CITIES),
             ("군", KR_AMBIGUOUS_STEMS | KR_CITY_STEMS), ("구", KR_AMBIGUOUS_STEMS | KR_CITY_STEMS))


@rule("places", "차량이 인도로 돌진해 → no place; 대표단은 인도를 방문했다 → place 인도", "lexicon-ambiguous-country")
def _ambiguous_country(text: str, proper: bool) -> bool | None:
    """A country name that is also a common word (수단, 가나, 인도) is a place only as a proper noun."""
    return proper if text in AMBIGUOUS_COUNTRIES else None


AMBIGUOUS_CITIES = word_set("cities_ambiguous")


@rule("places", "모든 것이 제 부덕의 소치입니다 → no place; 소치 동계올림픽 → place 소치", "lexicon-ambiguous-city")
def _ambiguous_city(text: str, proper: bool) -> bool | None:
    """A foreign city whose spelling is also a common word (소치 所致, 파리 'fly') is a place only
    as a proper noun."""
    return proper if text in AMBIGUOUS_CITIES else None


@rule("places", "관광객들이 쿠알라룸푸르에 몰렸다 → place 쿠알라룸푸르", "lexicon-known-place")
def _known_place(text: str, proper: bool) -> bool | None:
    """A name in the gazetteer (countries, cities, regions, Korean, Japanese, Chinese, US places) is a place."""
    return True if text in ALL_PLACES else None


@rule("places", "나주에서 배 축제가 열렸다 → place 나주; 군은 내년 예산을 늘렸다 → no place", "lexicon-ambiguous-stem")
def _ambiguous_korean_stem(text: str, proper: bool) -> bool | None:
    """An ambiguous Korean city or county stem written alone is a place only as a proper noun.

    Stems that are also words (예산 budget, 구리 copper) count when the analyser reads them as
    proper nouns, and never when they stay homographs even then (세종, 경기, 장수)."""
    if text not in KR_AMBIGUOUS_STEMS:
        return None
    # 나주 성폭행범, 삼척, 청송 여행: a city or county the analyser itself reads as a proper
    # noun (not 구리 copper, 예산 budget: those it tags as common nouns); words that stay
    # ambiguous even as proper nouns (a king, a surname, directions) need their suffix
    return proper and text not in KR_PROPER_HOMOGRAPHS


@rule("places", "태풍이 미야기현을 지나갔다 → place 미야기현", "lexicon-suffixed-stem")
def _suffixed_known_stem(text: str, proper: bool) -> bool:
    """A known stem with its administrative suffix (미야기현, 캘리포니아주, 광명시) is a place.

    An ambiguous prefecture or state name (나라, 메인) written without its suffix is not."""
    if text in JP_PREF_AMBIGUOUS or text in US_AMBIGUOUS:
        return False
    for suf, stems in _SUFFIXED:
        if len(text) > len(suf) + 1 and text.endswith(suf) and text[: -len(suf)] in stems:
            return True
    return False


def place_kind(text: str, proper: bool) -> bool:
    """Is this spelled noun (no particle) a place by the gazetteer?

    `proper`: the analyser tagged it (or part of it) as a proper noun. Ambiguous stems
    (예산, 음성, 나라, 메인) count only when written with their administrative suffix.
    """
    if text in NOT_PLACE:
        return False
    for decide in (_ambiguous_country, _ambiguous_city, _known_place, _ambiguous_korean_stem):
        verdict = decide(text, proper)
        if verdict is not None:
            return verdict
    return _suffixed_known_stem(text, proper)
