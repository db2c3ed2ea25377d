"""Turning place mentions into the two sides of a fact, using what the article said before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.places import PlaceMention, country_of, place_kinds
from etl.reference import regions_by_code

SOURCE_PREPS = frozenset({"из"})
DEST_PREPS = frozenset({"в", "во", "на"})
_DIRECTION = SOURCE_PREPS | DEST_PREPS
_FLOWS = ("экспорт", "импорт", "поставк", "ввоз", "вывоз", "закупк")   # a flow noun before its owner


@dataclass
class ArticleContext:
    """What earlier sentences (and the headline) established: the pair, places, currency, period."""

    pair: tuple[str, str] | None = None
    places: list[str] = field(default_factory=list)
    currency: str | None = None
    metric: str | None = None
    period: tuple | None = None
    had_facts: bool = False
    subject: str | None = None     # the reporting side of the article's first fact
    topic: str | None = None       # the metric of the first fact of the last sentence with facts
    seen: list[str] = field(default_factory=list)   # places in order of first mention
    venues: set[str] = field(default_factory=set)   # cities named only as where people met
    met_in: set[str] = field(default_factory=set)   # oblasts whose centre city was named only as where people met
    trade_intro: bool = False   # the last sentence spoke of trade between two places, with no figure
    flows: frozenset[str] = frozenset()   # metrics of the last sentence's facts
    prev_places: tuple[str, ...] = ()   # places the previous sentence named
    this_places: tuple[str, ...] = ()   # places the current sentence names
    speaker: str | None = None   # the interviewee's place ("— … , — ответил губернатор Калужской области")
    quote_speaker: str | None = None   # the place of who speaks the quotation this sentence is in, named after it
    asked: bool = False   # the previous sentence was a question
    answering: bool = False   # … or a figure-less first sentence of its answer ("— Динамика хорошая.")
    price_asked: bool = False   # … a question about a price ("Сколько стоит …?")
    asked_way: str | None = None   # … asking how much a flow grew ("Насколько выросли …?"): up/down
    product_topic: bool = False   # the last sentence, with no figure, spoke of one product's flow
    own_total: bool = False   # the last sentence gave one place's total flow and no fact
    sum_told: bool = False   # the last sentence gave a sum for several partners ("с Москвой и областью"), no fact
    list_intro: bool = False   # the last sentence named a flow and ended with a colon: a list follows
    list_unit: tuple | None = None   # … its unit ("…, млн долларов:") for the list's bare numbers
    turnover_seen: bool = False   # an earlier sentence reported the pair's turnover
    directions: frozenset = frozenset()   # (from, to) of the flows reported so far
    last_flows: tuple = ()   # the metrics of the last sentence's reported facts, in order
    group_mutual: bool = False   # an earlier sentence spoke of a group's mutual trade ("стран ЕАЭС")
    period_kept: int | None = None   # where a figure sentence with no fact and no time ended, keeping the period

    def remember(self, codes: list[str]) -> None:
        for c in codes:
            if c not in self.seen:
                self.seen.append(c)
            if c in self.places:
                self.places.remove(c)
            self.places.append(c)


def remember_sides(ctx: ArticleContext, sides: list[Side]) -> None:
    """Remember a sentence's places; a city after "в" in the locative ("обсудили в Минске") is a
    venue unless the article names it otherwise."""
    note_venues(ctx, sides)
    # "Экспорт Гродненской области в Казахстан обсудили в облисполкоме": a generic word repeating a place the
    # sentence names leaves the order the names gave
    named = {x.code for x in sides if x.source != "generic"}
    ctx.remember([x.code for x in sides if x.source != "generic" or x.code not in named])


def note_venues(ctx: ArticleContext, sides: list[Side]) -> None:
    """Which of a sentence's places are where people met (a city after "в" in the locative, a city visited)."""
    kinds = place_kinds()
    for x in sides:
        # "посетил Минск": the city a visit goes to is where people met, like "в Минске"
        visited = x.prep.lower().startswith(("посетил", "посетит", "посещ")) and x.source != "generic"
        met = x.prep in ("в", "во") and x.locative or visited
        if met and kinds.get(x.code) == "city" or visited and x.source == "center":   # "посетила Могилев"
            if x.code not in ctx.places:
                ctx.venues.add(x.code)
        else:
            ctx.venues.discard(x.code)
        # "В Бресте прошло заседание …": an oblast's centre city where people met; it gives way to its country as
        # a mutual figure's other side (pick_pair), and only there
        if met and x.source == "center" and x.code not in ctx.places:
            ctx.met_in.add(x.code)
        elif x.source != "center" or not met:
            ctx.met_in.discard(x.code)


@dataclass(frozen=True)
class Side:
    code: str
    prep: str = ""
    source: str = "context"
    locative: bool = False


def resolve_mentions(mentions: list[PlaceMention], ctx: ArticleContext,
                     missed: list[PlaceMention] | None = None) -> list[Side]:
    """Concrete sides for the mentions of one sentence: generic words ("область", "республика")
    become the matching place from context, pairs ("обе столицы") become two sides. A singular
    generic word with no referent in the article goes to `missed`."""
    out: list[Side] = []
    kinds = place_kinds()
    named = {country_of(c) for m in mentions if m.source != "generic" for c in m.code.split("+") if c} \
        if any(m.source == "generic" for m in mentions) else set()
    # "экспорт республики в Узбекистан": a place the sentence names as the partner is not the generic's referent
    partners = {c for m in mentions if m.source != "generic" and m.prep.lower() in _PARTNER_PREPS
                and not m.locative for c in m.code.split("+") if c}
    for m in mentions:
        if m.source == "generic":
            if m.plural:
                if m.code:
                    out.append(Side(m.code, m.prep, "adj"))
                continue
            # only the owner of a flow ("экспорт республики в Узбекистан") is told apart from its partner
            owner = m.prep.lower().startswith(_FLOWS + ("товарооборот", "торговл", "оборот"))
            code = _generic(m, out, ctx, kinds, named, partners if owner else frozenset(), owner)
            if code:
                out.append(Side(code, m.prep, "generic", m.locative))
            elif missed is not None:
                missed.append(m)
            continue
        for code in m.code.split("+"):
            out.append(Side(code, m.prep, m.source, m.locative))
    return out


_PARTNER_PREPS = frozenset({"в", "во", "на", "из", "с", "со"})


def _generic(m: PlaceMention, seen: list[Side], ctx: ArticleContext, kinds: dict,
             named: set[str] = frozenset(), partners: set[str] = frozenset(), owner: bool = False) -> str | None:
    wanted = set(m.kind.split())
    if "-" in m.code:
        return m.code   # "Гомельский облисполком": the adjective names the region itself
    candidates = [s.code for s in reversed(seen)] + list(reversed(ctx.places))
    if owner and ctx.pair and not seen and ctx.pair[0] and kinds.get(ctx.pair[0], "") in wanted \
            and next((c for c in candidates if kinds.get(c, "") in wanted), None) == ctx.pair[1]:
        # "Товарооборот Чувашии с Узбекистаном вырос … Экспорт республики увеличился …": the owner of a flow
        # is not the running pair's partner, though that was named last and fits the word: it continues the
        # pair's reporting side
        candidates = [ctx.pair[0]] + candidates
    if ctx.pair:
        candidates += list(ctx.pair)
    if ctx.speaker:
        candidates.append(ctx.speaker)   # "— … — В прошлом году регион закупил …, — ответил министр …"
    if "country" not in wanted:
        # "импорт региона из Беларуси": trade crosses a border, so the region is not in the
        # country the sentence names, when the article offers one elsewhere.
        across = [c for c in candidates if country_of(c) not in named]
        candidates = across + candidates
    # "в Шэньян инвестируют …, оборот между городом и Россией": a city named in the sentence by its
    # name stands for its region (an administrative centre, a city of a region outside regions.csv)
    cities = {s.code for s in seen if s.source == "center"} if "city" in wanted else set()
    # "Губернатор … провел переговоры в Минске. Товарооборот региона …": a city named only as where
    # people met is the last referent of "регион"; for "республика/страна" it stands for its state.
    candidates = [c for c in candidates if c not in ctx.venues] + [c for c in candidates if c in ctx.venues]
    # … nor the partner's own country ("товарооборот республики с Вологодской областью" is not Russia's)
    def beside(c: str) -> bool:
        return any(related(c, p) for p in partners)

    for code in candidates:
        if beside(code) and any(not beside(c) for c in candidates):
            continue
        if code == "RU" and "republic" in wanted:
            continue   # "республика" names a republic (Беларусь, Казахстан, Чувашия), never the federation
        kind = kinds.get(code, "")
        if (kind in wanted or code in cities) and (not m.code or country_of(code) == m.code):
            return code
    if "country" in wanted and not m.code:
        return next((country_of(c) for c in candidates if c in ctx.venues
                     and not (country_of(c) == "RU" and "republic" in wanted)), None)
    return None


def distinct(sides: list[Side]) -> list[Side]:
    out: list[Side] = []
    for s in sides:
        if all(s.code != o.code for o in out):
            out.append(s)
    return out


def _region_over_goods(sides: list[Side]) -> list[Side]:
    """ "экспорт российской продукции из Астрахани в Иран", "поставки белорусских товаров из Гомельской
    области": the goods' country adjective gives way to a region of that country the flow comes from."""
    return [x for x in sides if not (x.source == "adj" and x.code == country_of(x.code) and any(
        y.source != "adj" and y.prep in ("из", "изо") and y.code != x.code and country_of(y.code) == x.code
        for y in sides))]


def _directed(x: Side, layer: list[Side]) -> Side:
    """ "Доля России в экспорте … экспорт в Россию": a later mention with a direction preposition
    says which way the flow runs."""
    if x.prep in _DIRECTION:
        return x
    return next((o for o in layer if o.code == x.code and o.prep in _DIRECTION and not o.locative), x)


def related(x: str, y: str) -> bool:
    """The same place, or a region and its own country.

    >>> related("BY-HM", "BY"), related("RU-TY", "RU-YEV"), related("BY", "RU-MOW")
    (True, False, False)
    """
    if not x or not y:
        return False   # an unresolved side is related to nothing
    return x == y or country_of(x) == y or country_of(y) == x


def same_country(x: str, y: str) -> bool:
    """A partner taken from context is never of the named side's own country: reported trade
    crosses a border, and "Брянская область … с Москвой" is only a pair when the text says so."""
    return country_of(x) == country_of(y)


def pick_pair(metric: str, layers: list[list[Side]], ctx: ArticleContext, mutual: bool = False,
              countries: bool = False) -> tuple[Side, Side] | None:
    """The first layer (local clause, segment, sentence) with a place gives the named side; the
    other comes from the same layer, the next layers, or the article's running pair."""
    first = None
    local = distinct(layers[0]) if layers else []
    named = [x for layer in layers for x in distinct(layer)]
    if ctx.pair and named and all(x.code in ctx.pair and x.prep not in SOURCE_PREPS | DEST_PREPS
                                  for x in named):
        codes = {x.code for x in named}
        if metric != "turnover" and len(codes) == 1 and named[0].prep.startswith(_FLOWS) and named[0].source == "adj":
            # "экспорт калининградских товаров", "импорт литовских": the goods' origin is the
            # exporter, or the partner an import comes from.
            own, other = named[0].code, next((c for c in ctx.pair if c != named[0].code), None)
            if other:
                return (Side(own), Side(other)) if metric == "export" else (Side(other), Side(own))
        if metric != "turnover" and codes == {ctx.pair[1]} and named[0].prep.startswith(_FLOWS) \
                and named[0].source != "adj":
            return Side(ctx.pair[1]), Side(ctx.pair[0])   # "Из них экспорт Гомельщины — 41 млн": its own flow
        return Side(ctx.pair[0]), Side(ctx.pair[1])
    if len(local) == 1 and ctx.pair:
        # The article's subject stays the reporting side when a new partner is named; a later mention of the
        # partner with a direction says which way ("на китайском направлении экспорт в Китай", _directed).
        local = [_directed(local[0], layers[0])]
        for code in sorted(ctx.pair, key=lambda c: c != ctx.subject):
            if not same_country(code, local[0].code):
                if metric != "turnover" and code == ctx.subject and local[0].prep in ("", "с", "со"):
                    # "… из них на Россию пришлось 17 млрд, на Китай — 15 млрд": a partner with no
                    # direction of its own; the subject reports
                    return Side(code), local[0]
                return orient(metric, local[0], Side(code))
    for layer in layers:
        sides = _region_over_goods(distinct(layer))
        if first is None and sides:
            if len(sides) >= 2 and not related(sides[0].code, sides[1].code):
                if ctx.subject == sides[1].code and ctx.pair == (sides[1].code, sides[0].code) \
                        and not {sides[0].prep, sides[1].prep} & _DIRECTION:
                    sides = [sides[1], sides[0]] + sides[2:]   # the article's subject reports
                if metric != "turnover" and not {sides[0].prep, sides[1].prep} & _DIRECTION:
                    return orient(metric, _directed(sides[0], layer), _directed(sides[1], layer))
                return orient(metric, sides[0], sides[1])
            first = sides[0]
            rest = sides[1:]
        else:
            rest = sides
        if first is not None:
            for s in rest:
                if not related(s.code, first.code):
                    return orient(metric, first, s)
    if first is None:
        if ctx.pair:
            return Side(ctx.pair[0]), Side(ctx.pair[1])
        return _recent_pair(ctx, countries) if mutual else None
    pool = _regions_first((list(ctx.pair) if ctx.pair else []) + list(reversed(ctx.places)), ctx)
    # "В Бресте прошло заседание … России и Белоруссии. … министр РФ сообщил, что взаимный товарооборот …": a
    # place named only as where people met gives way to another place of its country, as in _recent_pair
    met = ctx.venues | ctx.met_in
    away = [c for c in pool if c in met and any(y != c and same_country(c, y) and y not in met for y in pool)]
    pool = [c for c in pool if c not in away] + away
    for code in pool:
        if not same_country(code, first.code):
            if first.source == "speaker" or first.code == ctx.speaker and first.prep not in _DIRECTION:
                # "— Каким был экспорт в Беларусь? — Мы вышли на …, — ответил губернатор …": "мы" report
                return first, Side(code)
            if metric != "turnover" and first.source != "adj" and first.prep.lower().startswith(_FLOWS):
                # "экспорт области вырос", "импорт Армении": the place after the flow word owns it
                return first, Side(code)
            return orient(metric, Side(code), first)
    return None


def _regions_first(pool: list[str], ctx: ArticleContext) -> list[str]:
    """ "Губернатор Ростовской области … безопасности России. «… мы наторговали …»": a context
    partner is the region rather than its own country when the sentence or the one before names
    both — the region is the more specific side the text gives (a city may be where people met)."""
    recent = set(ctx.prev_places) | set(ctx.this_places)
    kinds = place_kinds()
    late = [c for c in pool if (not ctx.pair or c not in ctx.pair)
            and any(r != c and country_of(r) == c and r in recent and kinds.get(r) != "city" for r in pool)]
    return [c for c in pool if c not in late] + late


def _recent_pair(ctx: ArticleContext, countries: bool = False) -> tuple[Side, Side] | None:
    """No place in the sentence and no earlier fact: "Стороны … товарооборот составил …" is about
    the two places the article has just named (the last two of different countries); "двух
    стран" makes them their countries ("Минска и Ханоя … двух стран" → BY, VN)."""
    recent = list(reversed(ctx.places))
    # "Премьер Беларуси … обсудили в Минске": a venue gives way to another place of its country.
    recent = [x for x in recent if x not in ctx.venues
              or not any(y != x and same_country(x, y) and y not in ctx.venues for y in recent)]
    for k, x in enumerate(recent):
        for y in recent[k + 1:]:
            if not same_country(x, y):
                return (Side(country_of(y)), Side(country_of(x))) if countries else (Side(y), Side(x))
    return None


def same_end(x: Side, y: Side) -> bool:
    """Both places are destinations ("в Москву …, в Санкт-Петербург — …") or both sources: neither ships
    to the other."""
    return (x.prep in DEST_PREPS and not x.locative and y.prep in DEST_PREPS and not y.locative) \
        or (x.prep in SOURCE_PREPS and y.prep in SOURCE_PREPS)


def orient(metric: str, x: Side, y: Side) -> tuple[Side, Side]:
    """a is the reporting side: the exporter for export, the importer for import."""
    # "На Могилевщине … экспорт … в Россию": a locative is where the exporter is, not a destination.
    if metric == "export" and (x.prep in DEST_PREPS and not x.locative or y.prep in SOURCE_PREPS):
        return y, x
    if metric == "import":
        # "закупили в Беларуси": a locative after "в" is where goods were bought, the source; not when the
        # other side is the source by its own "из" or locative ("В Челябинской области импорт из Беларуси",
        # "В Курской области объем закупок в Беларуси").
        if x.prep in SOURCE_PREPS or (x.locative and y.prep not in SOURCE_PREPS and not y.locative) \
                or (y.prep in DEST_PREPS and not y.locative):
            return y, x
    # "товарооборот с X" and the side from context reports; the speaker reports any flow ("«… товарооборот с
    # Казахстаном …, экспорт — 900 млн», — отметил министр Беларуси": "we" export)
    # "Псковская область …: товарооборот с этой страной вырос …": the side after "с" is the partner, whoever the other
    if x.prep in ("с", "со") and (y.source == "speaker" or metric == "turnover" and y.prep not in ("с", "со")):
        return y, x
    return x, y


# "обсудить с Минском", "договорились с Минском", "переговоры с Москвой": the capital talks are held with
_TALKED_WITH = re.compile(r"(?<![а-яё])(?:обсу[дж]\w*|договори\w*|переговор\w*|встрети\w*|встреч\w*)\s+со?\s+$",
                          re.I)


def _is_state_capital(code: str) -> bool:
    """A city of the reference list that is its state's capital (BY-HM, RU-MOW)."""
    regions = regions_by_code()
    r = regions.get(code)
    return bool(r and r.kind == "city" and regions.get(r.country) and regions[r.country].admin_center_ru == r.name_ru)


def note_talked_capitals(ctx: ArticleContext, s: str, mentions: list) -> None:
    """A capital talks are held with ("прибыла в Беларусь, чтобы обсудить с Минском …") stands for its state, as a
    venue does (venues_as_states)."""
    for m in mentions:
        if m.prep in ("с", "со") and m.code and _TALKED_WITH.search(s, max(0, m.start - 40), m.start) \
                and _is_state_capital(m.code):
            ctx.venues.add(m.code)


def venues_as_states(a: Side, b: Side, ctx: ArticleContext) -> tuple[Side, Side]:
    """ "Губернатор Челябинской области провел переговоры в Минске. «В прошлом году мы вышли на 700 млн
    …»": a capital named only as where people met, taken from context as a side, stands for its state."""
    regions = regions_by_code()

    def state(side: Side) -> Side:
        if side.source == "context" and side.code in ctx.venues and _is_state_capital(side.code):
            return Side(regions[side.code].country, side.prep, side.source, side.locative)
        return side

    return state(a), state(b)


def capitals_as_states(a: Side, b: Side) -> tuple[str, str, str]:
    """A capital paired with a foreign capital stands for its state ("Минска и Пекина" → BY, CN);
    a city trading with a region or a country stays the city."""
    if "capital" not in (a.source, b.source):
        return a.code, b.code, ""
    def state(side: Side) -> str:
        return regions_by_code()[side.code].country if _is_state_capital(side.code) else side.code

    ca, cb = state(a), state(b)
    note = "capital stands for its state" if (ca, cb) != (a.code, b.code) else ""
    return ca, cb, note
