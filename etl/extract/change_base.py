"""What a fact's change is measured against, when the text names a base other than the same period a
year earlier: "на 18 % больше, чем в 2019 году" in a 2024 figure is a change over five years.

The fact keeps its change (FORMAT.md); its notes say so (etl/change_notes.py), and the warehouse
leaves such a change out of the year-on-year growth series and out of the previous year's derived level.
"""

from __future__ import annotations

import datetime as dt
import re

from etl.change_notes import OTHER_BASE_NOTE
from etl.extract.period import SAME_SPAN

# where another clause begins: any comma but that of a comparison ("больше, чем в 2019 году")
_CLAUSE_END = re.compile(r"[;:()]|,(?!\s*(?:чем|что)\s)", re.I)
# "превысив показатель аналогичного периода 2023 года": find_periods masks the phrase as a base
_SAME_SPAN_OF = re.compile(SAME_SPAN + r"\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def other_base_note(sent, lo: int, hi: int, start: dt.date | None, published: dt.date | None, change) -> str:
    """The note for `change` (a Change of the sentence) when its base is a year other than the one before
    the fact's period; "" for a year-on-year change or no named base. Each change has its own base: "вырос
    на 5 % к 2023 году, а по сравнению с 2019 годом — вдвое"."""
    if start is None:
        return ""
    s, c0, c1 = sent.text, change.start, change.end
    bases = [(p.start, p.end, p.year or published.year - p.years_back) for p in sent.periods
             if (p.year or (p.years_back is not None and published))
             # "к 2023 году" before a 2024 figure is its base, not a deadline
             and (p.role == "comparison" or p.role == "deadline" and p.year and p.year < start.year)]
    bases += [(*m.span(), int(m.group("y"))) for m in _SAME_SPAN_OF.finditer(s)]
    # in the fact's stretch `lo`..`hi`, or in the change's own clause ("… и вдвое по сравнению с 2019 годом")
    bases = [b for b in bases if lo <= b[0] < hi or not _CLAUSE_END.search(s, min(b[1], c1), max(b[0], c0))]
    # the base after the change in its clause ("вдвое по сравнению с 2019 годом"), else the nearest before
    # it ("по сравнению с 2019 годом — вдвое"), with no other change between
    between = [c.start for c in sent.changes if c.start != c0]
    after = [b for b in bases if b[0] >= c1 and not _CLAUSE_END.search(s, c1, b[0])
             and not any(c1 <= x < b[0] for x in between)]
    before = [b for b in bases if b[1] <= c0 and not any(b[1] <= x < c0 for x in between)]
    if not after and not before:
        return ""
    year = min(after)[2] if after else max(before)[2]
    return "" if year == start.year - 1 else OTHER_BASE_NOTE.format(year=year)
