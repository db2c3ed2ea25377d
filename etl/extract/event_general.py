"""Contacts told in general terms, not one event (EVENTS.md, "Not events": "a plan to meet 'in the
future' with no date or occasion named", "the history of past contacts in general terms").

Writers mark both with words of their own: vagueness about when ("в будущем", "в перспективе",
"сроки визита пока не определены") and repetition over time ("неоднократно посещали", "регулярно
проводятся встречи", "за годы сотрудничества … десятки встреч"). Only an event with no date of its own
is read so: a dated one is one occasion whatever else its sentence says ("Регулярные встречи … очередная
прошла 10 октября")."""

from __future__ import annotations

import re

from etl.extract.event_cues import Cue, clause

# When is left open: anywhere in the sentence ("планирует посетить Брянск, но сроки визита пока не определены")
_VAGUE_FUTURE = re.compile(
    r"(?<![а-яё])(?:в\s+будущем|в\s+перспективе|когда-нибудь|когда-либо|в\s+дальнейшем|со\s+временем|"
    r"сроки\s+(?:[а-яё]+\s+){0,2}?(?:пока\s+)?не\s+(?:определен|назван|согласован|установлен)\w*|"
    r"(?:пока\s+)?не\s+(?:определен|назван|согласован)\w*\s+сроки)")
# Many occasions over time, in the event word's own clause ("Делегации … неоднократно посещали Брянщину")
_REPEATED = re.compile(
    r"(?<![а-яё])(?:неоднократно|не\s+раз|не\s+однажды|регулярно|ежегодно|традиционно|постоянно|"
    r"многочисленн\w+|десятк\w+|сотн\w+|из\s+года\s+в\s+год|за\s+годы|за\s+последние\s+(?:[а-яё]+\s+)?(?:лет|годы|года)|"
    r"на\s+протяжении)(?![а-яё])")


def in_general(low: str, cue: Cue, status: str) -> bool:
    """The undated event of `cue` is told in general terms (`low`: the sentence, lower case, ё as е)."""
    if status == "planned":
        return bool(_VAGUE_FUTURE.search(low))
    lo, hi = clause(low, cue.start, cue.end)
    return bool(_REPEATED.search(low, lo, hi))
