"""Closed word lists the extraction rules rely on.

These are general Korean grammar and world knowledge (countries, role nouns, organisation
and place suffixes, verbs of saying), not words picked from the development articles.
Curated, project-specific names reach the analyser through `get_analyser(user_words=...)`.

Every list is a data file in `data/` (named in the comment above each name below; the
file's header says what it is for and where its entries come from). This module builds the
structures the rules read (frozensets, longest-first tuples) from those files, under the
names the rest of the engine imports.
"""
from __future__ import annotations

import logging

from . import gazetteer as G
from .wordlists import word_set, words

log = logging.getLogger(__name__)


def _longest_first(name: str) -> tuple[str, ...]:
    """List `name` sorted longest first (file order among words of one length)."""
    return tuple(sorted(words(name), key=len, reverse=True))


# --- countries and their short forms ------------------------------------------------------

COUNTRIES = G.COUNTRIES

# One-character (and Hanja) short forms used in headlines and compounds ("美", "한·미", "북-러").
SHORT_COUNTRY = G.SHORT_COUNTRY
# Characters that may form a run of short forms, e.g. "韓美日", "미일", "한중일", "북미".
SHORT_RUN_CHARS = word_set("country_short_run_chars")

# Regions, cities and other places (gazetteer).
PLACES = G.ALL_PLACES

# Organisations that carry no suffix a rule could see (general world knowledge): known_orgs_core.yml
ORGS = word_set("known_orgs_core")

# --- suffixes ---------------------------------------------------------------------------

# Class nouns: "반도체기업" alone is a description, not a name (org_class_nouns.yml).
GENERIC_ORG = word_set("org_class_nouns")
# Organisation heads, longest first (matched as a suffix of a noun compound): org_heads.yml
ORG_SUFFIXES = _longest_first("org_heads")
# Suffixes that also end ordinary words; they only count on a proper-noun stem (org_heads_weak.yml).
WEAK_ORG_SUFFIXES = word_set("org_heads_weak")

# place_heads.yml, place_heads_weak.yml
PLACE_SUFFIXES = _longest_first("place_heads")
WEAK_PLACE_SUFFIXES = word_set("place_heads_weak")
# A one-morpheme proper noun ending in these is a district (강남구, 한남동); 시/도/주/현 need their
# own morpheme (district_heads.yml).
DISTRICT_SUFFIXES = word_set("district_heads")
# Institutions named by their head noun alone (standalone_orgs.yml).
STANDALONE_ORGS = word_set("standalone_orgs")

# --- people -----------------------------------------------------------------------------

# Heads of role/title nouns (matched as a suffix of the compound: 국가안보보좌관 -> 보좌관): role_nouns.yml
ROLE_HEADS = _longest_first("role_nouns")
# Role heads that are also ordinary words; they need a name right next to them (role_nouns_weak.yml).
WEAK_ROLE_HEADS = word_set("role_nouns_weak")
# Role heads that also end ordinary compounds (공사장, 건강검사, 근현대사, 관리감독): never matched as a
# suffix of a longer one-morpheme noun, only as a morpheme of their own (role_nouns_risky_suffix.yml).
RISKY_ROLE_SUFFIXES = word_set("role_nouns_risky_suffix")
ROLE_MODIFIERS = word_set("role_modifiers")
# Bound nouns marking a person after a name (grammar, not vocabulary: kept here).
HONORIFIC_NNB = frozenset(("씨", "군", "양", "옹", "여사"))

# Unnamed sources and groups of people (anonymous_sources.yml).
ANON_HEADS = word_set("anonymous_sources")

# Very common Korean surnames (for 2-3 syllable names Kiwi tags as proper nouns): surnames.yml
SURNAMES = word_set("surnames")
COMPOUND_SURNAMES = frozenset(x for x in SURNAMES if len(x) == 2)  # 남궁, 제갈, 황보

PRONOUNS = word_set("pronouns")

# --- quotes -----------------------------------------------------------------------------

# Stems of verbs of saying (after Kiwi's lemma). Others are accepted when the grammar says so.
SAY_STEMS = word_set("say_verb_stems")

# --- numbers and dates ------------------------------------------------------------------

CURRENCY_UNITS = words("currency_units")

# Country names that are also common words: only a proper-noun tag makes them countries.
AMBIGUOUS_COUNTRIES = G.AMBIGUOUS_COUNTRIES
NOT_ORG = word_set("not_org_nouns")
# Endings that make a word ending in an organisation suffix (부, 국, 처, 실) an ordinary noun:
# 부 "part" (전반부, 하복부, 저압부, 서해남부), 婦 (임산부), 조건부; 국 "country" after what the
# country is (관련국, 회원국, 형제국, 이사국, 청정국); 처 "place" (연락처, 거래처, 출처); 실 "room"
# (화장실, 상황실, 회의실). Known bodies (대통령실, 정찰총국, 식품의약품안전처) end otherwise.
NOT_ORG_ENDINGS = _longest_first("not_org_endings")
NAME_STOP_NOUNS = word_set("name_stop_nouns")

# Names the analyser splits at a particle (국민/의/힘) or misreads (내몽골의 as 나/NP 의/JKG 몽골),
# common nouns it cuts wrongly (대리인단 as 대리인/NNG 단/MM, 키커 as 키/NNG 크/VV 어/EC), and the
# gazetteer places it cuts into pieces that are not nouns (네/IC 바다): added to its dictionary.
DEFAULT_USER_WORDS = (tuple((w, "NNP") for w in words("user_words_proper"))
                      + tuple((w, "NNG") for w in words("user_words_common"))
                      + tuple((w, "NNP") for w in words("user_words_places")))

# the second word of a sports club's name (한화 이글스, LG 트윈스, 포항 스틸러스, 경찰 야구단): team_words.yml
TEAM_WORDS = word_set("team_words")
# the first word of a club named by its town (FC 바르셀로나, 레알 마드리드): team_prefixes.yml
TEAM_PREFIXES = word_set("team_prefixes")

# People the news names without any title or particle (`김정일 사망 1주기`): known_people.yml.
# A name there is a person wherever it appears.
KNOWN_PEOPLE = word_set("known_people")

# well-known people Kiwi reads as common nouns or pieces (스타머/NNG, 블링컨/NNG): kept whole as proper nouns
FAMOUS_USER_WORDS = tuple((w, "NNP") for w in sorted(KNOWN_PEOPLE) if len(w) >= 3)

# Common given names of English-, French-, German- and Russian-speaking people as Korean news
# spells them: a two-word proper name starting with one is a person (스티브 워즈니악과 함께).
FOREIGN_GIVEN_NAMES = word_set("foreign_given_names")
