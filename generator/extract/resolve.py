"""Old import path of the second pass over actors (kept so existing imports keep working).

The code lives in `unknowns` (classify the names the first pass left unclassified:
`classify_unknown_names`), `namecues` (the cues those rules read) and `actorkeys` (one mention
per actor, keyed to the fullest form of its name: `index_actors`). Not to be confused with
`generator/resolve.py`, which links mentions across articles to knowledge-base entities.
"""
from __future__ import annotations

# (re-exports: every name the old module defined, under its old name)
from .actorkeys import fullest_forms as _keys  # noqa: F401
from .actorkeys import index_actors as _finish  # noqa: F401
from .namecues import (  # noqa: F401
    _AFFILIATION_ENDS,
    _LONG_SUFFIXES,
    _PLACE_LONG,
    COMMON_SURNAMES,
    GATHERINGS,
    NOT_NAME_WORDS,
    ORG_VERBS,
    PERSON_JKB,
    PLACE_LIKE_END,
    REGIME_NOUNS,
    RELATION_STEMS,
    _acronyms_of_orgs,
    _acting_body,
    _affiliation_gloss,
    _club_player,
    _common_name_in_ho,
    _coordinated_kind,
    _dictionary_full_name,
    _expands_to_org,
    _gloss_text,
    _listed_kind,
    _near,
    _one_nnp,
    _org_phrase,
    _person_jkb,
    _place_named_body,
    _regime_after,
    _regnal,
    _source_phrase,
    _suffixed,
    quoted_name,
)
from .unknowns import classify_unknown_names as _resolve_unknown  # noqa: F401
