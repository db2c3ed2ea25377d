"""The rules' hottest keyword patterns, scanned through `fast_compile` (etl/extract/fast_re.py).

Each pattern named here is swapped, once at import, for a FastPattern with the same answers (the
same Match objects from search and finditer, everything else delegated to the compiled pattern):
where the rule module defines it and wherever another rule module imported it by name. They are
listed here instead of being written `fast_compile(...)` in the rule modules so that the rules
read as plain regular expressions and a rule edit never has to know about the speed-up. The list
is the patterns that a sentence-wide or window search made 1.4–8 times faster on the hard corpus
(measured one by one); a pattern mostly used with match or fullmatch gains nothing and is left out.
tests/extract/test_fast_paths.py checks that every one is swapped and answers as re does.
"""

from __future__ import annotations

import importlib
import re
import sys

from etl.extract.caseless import CaselessPattern
from etl.extract.fast_re import FastPattern, fast_compile

HOT = {
    "etl.extract.metric": ("NOT_TRADE", "TARGET_CUES", "MACRO", "_POST_LABEL", "_INSTITUTION_BEFORE", "_BODY_WORD",
                           "_ACTIVE_PARTICIPLE", "TOTAL_TRADE", "ANAPHORA", "_PRICE_OF", "_CAUSE_BEFORE",
                           "_SERVICE_BEFORE", "_BALANCE_OF", "_STRONG_LABEL", "_DASH_LABEL", "_FIRM_WITH"),
    "etl.extract.confidence": ("_AMOUNT", "_PERIOD_WORD", "_PRODUCT", "_FROM_TO", "_SPAN"),
    "etl.extract.facts": ("_HAS_FIGURE", "_PARTNERS_WORD", "_EXCHANGE"),
    "etl.extract.bound": ("_CUES",),
    "etl.extract.amount": ("_LEAD_NUMBER", "_FROM"),
    "etl.extract.figures": ("_INCREMENT_BEFORE", "_PURPOSE_BEFORE", "EXCLUDED_BEFORE", "_PART_LABEL"),
    "etl.extract.timeless": ("TIMELESS",),
    "etl.extract.unlisted_places": ("_ANAPHORIC_PARTNER",),
    "etl.extract.partners": ("GROUPS", "MUTUAL", "_PARTNER_PREP", "_BREAKDOWN", "_FLOW_WORD"),
    "etl.extract.half_pairs": ("_SIDES_WORD",),
    "etl.extract.period": ("_PER_YEAR", "_BARE_MONTH", "COMPARISON_BEFORE", "ANY_MONTH"),
    "etl.extract.dialogue": ("_PRICE_QUESTION", "_PLAN_LEVEL"),
    "etl.extract.change": ("_ANY_PCT", "_UP_DOWN", "_GROWTH_WORD", "_PCT_THEN", "_AMOUNT_BRACKET", "_SHARED_LIST"),
    "etl.extract.respective": ("_LIST", "_NUM"),
    "etl.extract.sentence_rules": ("MEETING", "_REGIONS_OF", "_IN_KIND", "_SOURCE_BEFORE"),
    "etl.extract.fact_period": ("_BASE_BEFORE", "_YEAR_EARLIER", "_OTHER_TIME", "SPAN_OF_YEARS", "_ANALOGOUS",
                                "_BASE_PHRASE", "CLOSED_SPAN", "_THIS_SPAN"),
    "etl.extract.period_stated": ("_RESULTS",),
    "etl.extract.products": ("PRODUCT", "_SUCH", "_SUCH_GOODS", "_BREAK"),
    "etl.extract.change_base": ("_SAME_SPAN_OF",),
    "etl.extract.confidence_cues": ("_INDEX",),
    "etl.extract.segments": ("_RESPECTIVELY",),
    "etl.extract.occasion": ("_OCCASION_BEFORE",),
    "etl.extract.targets": ("_ACHIEVED", "_GOAL_BEFORE"),
    "etl.extract.event_dates": ("_RELATIVE_WORDS", "_ORDINAL_HINT", "_WORD_DAY_RE", "_DAY_RE", "_AGO_RE", "_NUMERIC_RE",
                                "_RELATIVE_RE", "_RELATIVE_ADJ_RE", "_WEEKDAY_RE", "_PART_RE", "_SEASON_RE"),
    "etl.extract.event_sides": ("_CITY_LEVEL", "_CURRENCY_BEFORE", "_LOCAL_TITLE", "_CITY_HOSTS"),
    "etl.extract.event_roles": ("_POSTING",),
    "etl.extract.event_cues": ("_MANY_PARTNERS",),
    # (spd9: replayed from 300 hard articles, re → fast: _CLAUSE_BREAK 85 → 28 ms, _AGO_RE 38 → 3, _NUMERIC_RE
    # 36 → 6, _RELATIVE_RE 22 → 6, _OPEN 30 → 16, _RELATIVE_ADJ_RE 17 → 5, _FIRM_SUBJECT 42 → 31, partners'
    # _FLOW_WORD 16 → 7, _WEEKDAY_RE 14 → 5, _LOCAL_TITLE 14 → 5, _OCCASION 12 → 4, _PART_RE 15 → 9,
    # _SEASON_RE 6.5 → 0.9, _GOAL_BEFORE 22 → 18, _TRIP_FAILED and _DID_NOT_TAKE_PLACE 4.5 → 1.1, _CITY_HOSTS
    # 3.5 → 0.5, _GUESTS 3.8 → 0.8; most of them have no first character the engine can skip to: a lookbehind
    # opens them)
    "etl.extract.event_clause": ("_CLAUSE_BREAK",),
    "etl.extract.event_general": ("_OPEN", "_TRIP_FAILED", "_DID_NOT_TAKE_PLACE"),
    "etl.extract.goods_object": ("FLOW_STEM", "_FIRM_SUBJECT"),
    "etl.extract.event_links": ("_OCCASION",),
    "etl.extract.event_visits": ("_GUESTS",),
}


# Patterns searched in many windows of one sentence (a figure's clause, the stretch before it) whose
# needed words most sentences lack: a FastPattern tests the words once per sentence (fast_re.py,
# `needs`) and answers every window of a sentence without them at once. Measured one by one on the
# hard corpus (the same calls replayed): TIMELESS 1.2 → 0.6 % of the time, _BASE_PHRASE 0.26 → 0.15 %,
# _ANALOGOUS, _BODY_WORD, _ANAPHORIC_PARTNER a fifth to a half less. A pattern searched once or
# twice per sentence, or in short windows only, pays more for the word test than it saves.
WORD_GATED = {
    "etl.extract.timeless": ("TIMELESS",),
    "etl.extract.fact_period": ("_BASE_PHRASE", "_ANALOGOUS", "_OTHER_TIME"),
    "etl.extract.metric": ("_BODY_WORD",),
    "etl.extract.unlisted_places": ("_ANAPHORIC_PARTNER",),
    "etl.extract.figures": ("EXCLUDED_BEFORE",),
    "etl.extract.event_dates": ("_AGO_RE", "_NUMERIC_RE", "_RELATIVE_RE", "_RELATIVE_ADJ_RE", "_SEASON_RE"),
    "etl.extract.event_general": ("_OPEN",),
    "etl.extract.event_sides": ("_LOCAL_TITLE", "_CITY_HOSTS"),
    "etl.extract.targets": ("_GOAL_BEFORE",),
}


# Patterns opening with a lookbehind over all of them ("(?<![а-яё])(?:…)") whose matches are found after a
# character outside its class (fast_re.FastPattern, `starts`; char_dispatch.word_start_scan): the engine steps
# over the letters inside words in its class loop. Chosen by timing each pattern's scan both ways over the
# sentences of 600 hard articles (TIMELESS 459 → 165 ms, PRODUCT 143 → 53, NOT_TRADE 94 → 31, TARGET_CUES
# 71 → 14, _LIST 76 → 31, _UP_DOWN 57 → 25, GROUPS 56 → 31, _RESULTS 28 → 6; the keyword pattern _METRIC, a
# caseless.CaselessPattern given the scan in place, 124 → 50 ms); a pattern whose first
# characters are rare (a digit, one word's letter) is scanned faster by the dispatch alone and is left out.
WORD_START = {
    "etl.extract.timeless": ("TIMELESS",),
    "etl.extract.products": ("PRODUCT",),
    "etl.extract.metric": ("NOT_TRADE", "TARGET_CUES", "_METRIC"),
    "etl.extract.respective": ("_LIST",),
    "etl.extract.change": ("_UP_DOWN",),
    "etl.extract.partners": ("GROUPS",),
    "etl.extract.period_stated": ("_RESULTS",),
    "etl.extract.fact_period": ("_OTHER_TIME",),
    "etl.extract.event_dates": ("_WORD_DAY_RE", "_RELATIVE_RE", "_RELATIVE_ADJ_RE", "_SEASON_RE"),
    "etl.extract.event_sides": ("_LOCAL_TITLE",),
    "etl.extract.goods_object": ("_FIRM_SUBJECT",),
    "etl.extract.event_links": ("_OCCASION",),
}


def install() -> dict[str, FastPattern | None]:
    """Swap every listed pattern for its FastPattern in all loaded etl.extract modules. Returns, by
    "module.NAME", the FastPattern or None where a name is gone or the dispatch does not apply (the
    rule then runs on its plain pattern: slower, never different; the test names it)."""
    swapped: dict[str, FastPattern | None] = {}
    for module_name, names in HOT.items():
        module = importlib.import_module(module_name)
        for name in names:
            old = getattr(module, name, None)
            gated = name in WORD_GATED.get(module_name, ())
            started = name in WORD_START.get(module_name, ())
            new = old if isinstance(old, FastPattern) else \
                fast_compile(old.pattern, old.flags, gated, started) if isinstance(old, re.Pattern) else None
            if not isinstance(new, FastPattern):
                swapped[f"{module_name}.{name}"] = None
                continue
            for loaded in list(sys.modules.values()):
                if getattr(loaded, "__name__", "").startswith("etl.extract"):
                    for key, value in list(vars(loaded).items()):
                        if value is old:
                            setattr(loaded, key, new)
            swapped[f"{module_name}.{name}"] = new
    for module_name, names in WORD_START.items():   # a caseless.CaselessPattern is given the scan in place
        module = importlib.import_module(module_name)
        for name in names:
            if isinstance(rx := getattr(module, name, None), CaselessPattern):
                rx.find_word_starts()
    return swapped
