"""Organisations as general knowledge: international bodies and their acronyms, Korean
parties, ministries, agencies, courts, broadcasters, newspapers, news agencies and large
companies. Not taken from any article; a name here is an organisation wherever it appears.

The names are data files in `data/`, one kind of organisation a file (`known_orgs_*.yml`):
a contributor adds an organisation with one line there. `ALL` is their union.
"""
from __future__ import annotations

from .wordlists import word_set

INTERNATIONAL = word_set("known_orgs_international")

KOREA = word_set("known_orgs_korea")

GLOBAL_COMPANIES = word_set("known_orgs_global")

# film studios, entertainment agencies and music groups (KLUE tags a group as an organisation)
ENTERTAINMENT = word_set("known_orgs_entertainment")

# the defence industry of Korea (the news on arms exports names them without a kind noun)
KOREA_DEFENCE = word_set("known_orgs_korea_defence")

# Korean platforms and media not in KOREA above (names that are not also common words:
# 다음, 멜론, 알라딘, 라인 and 웨이브 are left out)
KOREA_MORE = word_set("known_orgs_korea_media")

# sports leagues, tours and governing bodies (메이저리그, K리그1, KLPGA)
SPORTS = word_set("known_orgs_sports")

# professional clubs written by a name of their own (아스널, 토트넘), not by their city
CLUBS = word_set("known_orgs_clubs")

ALL = INTERNATIONAL | KOREA | GLOBAL_COMPANIES | KOREA_MORE | KOREA_DEFENCE | ENTERTAINMENT | SPORTS | CLUBS

# Latin acronyms that are not organisations (units, tech, documents).
NOT_ORG_ACRONYMS = word_set("not_org_acronyms")
