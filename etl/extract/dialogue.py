"""Interviews and elliptic lines: who answers, what the question was about, "С Пензенской — 17 млн"."""

from __future__ import annotations

import re

from etl.extract.places import find_places

# "— …, — ответил губернатор Калужской области": the person answering in an interview.
_SPEAKER = re.compile(r"[,.!?…]\s*[—–]\s*(?:ответил|сказал|рассказал|отметил|заявил|подчеркнул|пояснил|"
                      r"добавил|уточнил)\w*\s+([^.—–]*)", re.I)
DIALOGUE = re.compile(r"^\s*[—–]\s")
# "— Сколько стоит белорусский трактор?": the answer's first amount is a price.
_PRICE_QUESTION = re.compile(r"(?<![а-яё])(?:стоит|стоят|стоил\w*|стоимост\w*|цен[аыуе]?)(?![а-яё])", re.I)
# "С Пензенской — 17 млн долларов.": a verbless line that continues the sentence before it.
ELLIPTIC = re.compile(r"^\s*(?:а\s+)?(?:с|со|в|во|из)\s+[А-ЯЁ]\w*(?:\s+\w+)?\s*[—–]", re.I)


def interviewee(text: str) -> str | None:
    """The place of the person answering in a dialogue ("— …? — …, — ответил губернатор …")."""
    if not DIALOGUE.match(text):
        return None
    for m in _SPEAKER.finditer(text):
        codes = [p.code for p in find_places(m.group(1)) if p.code and p.source != "generic"]
        if codes:
            return codes[0]
    return None


def asks_price(question: str) -> bool:
    return bool(_PRICE_QUESTION.search(question))
