"""The date of an occasion is not a figure's period.

"На встрече в марте губернатор отметил, что товарооборот вырос на 10 %", "Соглашение, подписанное
в 2019 году, дало результат: товарооборот вырос в 1,6 раза": the month or year names when a
meeting took place or a document was signed, not the span the figure covers (FORMAT.md: no period
is better than a guessed one). Events still read these dates (event_dates.py calls find_periods);
only the facts' sentences drop them (facts.py reads fact_periods)."""

from __future__ import annotations

import re

from etl.extract.period import PeriodMention, find_periods

# An occasion noun in the case a date phrase follows ("на встрече в марте", "в ходе визита в Минск
# в мае"), or a participle of one ("подписанное в 2019 году", "прошедшем в мае форуме"); at most two
# plain words between, no figure and no clause break.
_OCCASION_BEFORE = re.compile(
    r"(?<![а-яё])(?:встреч(?:а|е|и|у|ей|ах)|переговор(?:ы|ов|ах|ам)|визит(?:а|е|ом)?|заседани(?:е|я|и|ем)|"
    r"форум(?:а|е|ом)?|саммит(?:а|е|ом)?|конференци(?:я|и|ей)|выставк(?:а|е|и|ой)|ярмарк(?:а|е|и|ой)|"
    r"(?:подписанн|заключ[её]нн|созданн|открыт|основанн|учрежд[её]нн|состоявш|проходивш|принят)"
    r"(?:ое|ая|ый|ые|ой|ом|ого|ых|ую|ым|ей)?)"
    r"\s+(?:[а-яё]+\s+){0,2}(?:(?:в|во|на|за)\s+)?$", re.I)


def occasion_date(text: str, p: PeriodMention) -> bool:
    """True when the period phrase dates an occasion named right before it."""
    return bool(_OCCASION_BEFORE.search(text, max(0, p.start - 50), p.start))


def fact_periods(text: str) -> list[PeriodMention]:
    """find_periods without the dates of occasions: the periods a figure of `text` may take."""
    return [p for p in find_periods(text) if not occasion_date(text, p)]
