"""An article's places as the event rules read them: sentence by sentence, only as far as needed, with
the places of the headline and of the sentences around one (where an event naming one side finds the
other). Split from events.py, which keeps the rules."""

from __future__ import annotations

import re

from etl.extract.event_sides import article_places, may_name_place, norm_text, word_forms
from etl.extract.morph import norm
from etl.extract.places import find_places, region_adjectives
from etl.extract.resolve import ArticleContext, remember_sides, resolve_mentions
from etl.extract.sentences import split_sentences

NEAR_BEFORE = 2
_CITY_NOUN = re.compile(r"\s+(?:гор(?:одск|исполком|совет)|мэри)", re.I)   # "Минский горисполком", "городской"


class ArticlePlaces:
    """An article's places, scanned sentence by sentence only as far as needed: most articles with a cue
    word need the places of one or two sentences, not of all (the scan is the costly part)."""

    def __init__(self, text: str, title: str | None, low: str):
        self.text, self.title = text, title
        self.low = norm_text(text, low)
        self.spans = split_sentences(text)
        self.scans: dict[int, list] = {}
        self.unnamed: set[int] = set()   # sentences that name no place but generic words
        self.ctx = ArticleContext()
        self.title_places = find_places(title) if title else []
        if title:
            self.ctx.remember([x.code for x in resolve_mentions(self.title_places, self.ctx)])

    def of(self, k: int) -> list:
        if k not in self.scans:
            s0, s1 = self.spans[k]
            self.scans[k] = find_places(self.text[s0:s1])
        return self.scans[k]

    def forms(self, k: int) -> list[str]:
        """The normalised words of sentence k (event_sides.word_forms)."""
        return word_forms(self.text, self.low, self.spans[k])

    def context(self, k: int) -> ArticleContext:
        """What the headline and the sentences just before k established, as the fact extractor keeps
        it: only a generic word of sentence k with no place of its own ("область", "республика", not
        "Брестской области") needs it, so the sentences before are scanned only then."""
        ctx = ArticleContext(places=list(self.ctx.places), seen=list(self.ctx.seen))
        if any(m.source == "generic" and not m.plural and "-" not in m.code for m in self.of(k)):
            for j in range(max(0, k - NEAR_BEFORE - 1), k):
                remember_sides(ctx, resolve_mentions(self.of(j), ctx))
        return ctx

    def city_or_oblast(self, codes: set[str]) -> dict[str, str]:
        """ "Председатель Минского облисполкома … во Владимире, куда минская делегация прибыла": an
        adjective shared by a city and its oblast ("минская", "московские") names the oblast when the
        article names that oblast and never the city by its name (nor its city council, "Минский
        горисполком"). City code → oblast code, for the cities among `codes` named only so."""
        by_adjective: dict[str, str] = {}
        named: set[str] = set()
        texts = [(self.title or "", self.title_places)] + [
            (self.text[s0:s1], self.of(k)) for k, (s0, s1) in enumerate(self.spans)]
        for text, places in texts:
            for m in places:
                hit = region_adjectives().get(norm(text[m.start:m.end])) if m.source == "adj" else None
                if m.code in codes and m.kind == "city" and hit and hit[1] == "oblast" \
                        and not _CITY_NOUN.match(text, m.end):
                    by_adjective[m.code] = hit[0]
                else:
                    named.add(m.code)
        return {c: o for c, o in by_adjective.items() if c not in named and o in named}

    def fallback(self, k: int, before: int = NEAR_BEFORE, previous_first: bool = False) -> Lazy:
        """The places of the headline and of the sentences around k (two before, two after), in article
        order: where an event sentence naming one side finds the other. Scanned one sentence at a
        time, as far as the caller reads (it stops at the first place of another country).
        `previous_first`: the sentence right before k first, its regions before their states (its official,
        "глава Башкортостана" at a forum "России и Узбекистана", is the "он" of sentence k)."""
        near = range(max(0, k - before), min(len(self.spans), k + 3))
        if previous_first and k:
            rest = [lambda j=j: self._named(j) for j in near if j != k - 1]
            return Lazy(article_places([lambda: sorted(self._named(k - 1), key=lambda m: "-" not in m.code)]
                                       + rest + [self.title_places]))
        return Lazy(article_places([self.title_places] + [lambda j=j: self._named(j) for j in near]))

    def _named(self, j: int) -> list:
        """The places of sentence j where it may name one (a sentence of generic words names none)."""
        if j in self.scans:
            return self.scans[j]
        if j not in self.unnamed:
            if may_name_place(self.forms(j)):
                return self.of(j)
            self.unnamed.add(j)
        return []


class Lazy:
    """A sequence read from an iterator on demand, kept for the next reader."""

    def __init__(self, source):
        self.source, self.items = iter(source), []

    def __iter__(self):
        k = 0
        while True:
            if k == len(self.items):
                item = next(self.source, _END)
                if item is _END:
                    return
                self.items.append(item)
            yield self.items[k]
            k += 1


_END = object()
