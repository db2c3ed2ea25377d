"""Who took part in an event: the places of a sentence (found by the one place finder of
etl.extract.places), the officials and bodies named without their place (data/reference/
event_actors.csv), and the roles the words around them give (a delegation's side travels, a
place after "в" is the venue or the destination, "посол России в Беларуси" is posted there)."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from etl.extract.actors import actors
from etl.extract.event_roles import role as place_role
from etl.extract.morph import norm, tags
from etl.extract.places import WORD, PlaceMention, country_of, find_places, gazetteer, lower_keeps_words, place_kinds
from etl.extract.resolve import ArticleContext, Side, capitals_as_states, resolve_mentions
from etl.reference import reference_dir, regions_by_code


@dataclass(frozen=True)
class Participant:
    """One side's mention in a sentence; role: place | venue | dest | origin | delegation | actor | posted |
    diplomat | occasion | goods (where goods go: "экспорт в Казахстан")."""

    code: str
    start: int
    end: int
    role: str
    source: str = "name"


_AMBASSADOR_NAMED = re.compile(r"(?<![А-ЯЁа-яё])[Пп]ос(?:ол|л[аеоу]м?|лами)\s+(?:[А-ЯЁ][а-яё]+\s+)?$")


@functools.cache
def _received_actor() -> re.Pattern:
    """A head of state or minister of event_actors.csv received, on lower-cased text."""
    bodies = ("исполком", "смольн")   # bodies and seats ("принял в Смольном …") receive no one
    names = sorted((n.lower() for n in actors()[1] if not any(b in n.lower() for b in bodies)), key=len, reverse=True)
    # a place ("в Кремле") and one more word (a first name, "своей резиденции") at most: "принял поздравления
    # от Лукашенко" receives no one
    return re.compile(r"(?:\s+в\s+[а-яё]+)?(?:\s+[а-яё]+)?\s+(?:" + "|".join(re.escape(n) for n in names) + r")")


def received_actor(low: str, end: int) -> bool:
    """ "принял в Кремле Лукашенко", "принял Александра Лукашенко": the person received is named by
    surname only (the titles "делегацию", "губернатора" are checked in event_cues)."""
    return bool(_received_actor().match(low, end))


@functools.cache
def _first_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Word forms that can start a place (any gazetteer entry), a named place (not a generic word
    such as "область"), and a phrase naming two places at once ("обе столицы")."""
    index = gazetteer()
    named = frozenset(k for k, entries in index.items() if any(e.source != "generic" for e in entries))
    pairs = frozenset(k for k, entries in index.items() if any("+" in e.code for e in entries))
    return frozenset(index), named, pairs


def word_forms(s: str, low: str | None = None, span: tuple[int, int] | None = None) -> list[str]:
    """The normalised words of `s` as find_places reads them (norm of each WORD), in one pass; with
    `low`, the text's lower case with ё folded, and `span`, those of s[span] read off `low`."""
    if low is not None and span is not None:
        return WORD.findall(low, *span)
    if span is not None:
        s = s[span[0]:span[1]]
    return norm(" ".join(WORD.findall(s))).split(" ")


def norm_text(text: str, low: str) -> str | None:
    """`low` (text.lower()) with ё folded, when its words are the text's words normalised; else None."""
    return low.replace("ё", "е") if lower_keeps_words(text) else None


def may_name_place(forms: list[str]) -> bool:
    """False when no word (`forms`: word_forms of a sentence) can start a named place: find_places
    would give no mention other than generic words, so the sentence names no place an event could
    take as its other side."""
    return not _first_words()[1].isdisjoint(forms)


def most_participants(s: str, forms: list[str], enough: int = 2) -> int:
    """An upper bound of the participants `participants(s, …)` can give, counted up to `enough`: one
    per word that can start a place (two for a phrase naming two places) and one per official named
    without a place (event_actors.csv). `forms`: word_forms(s)."""
    first, _, pairs = _first_words()
    if not pairs.isdisjoint(forms):
        return enough
    n = sum(1 for w in forms if w in first)
    if n < enough:
        for _ in actors()[0].finditer(s):
            n += 1
            if n >= enough:
                break
    return n


_CURRENCY_BEFORE = re.compile(r"(?:доллар\w*|долл\.?|\$)\s*$", re.I)


def participants(s: str, ctx: ArticleContext, mentions: list[PlaceMention] | None = None) -> list[Participant]:
    """Every side a sentence names, with its role, in order of appearance (`mentions`: the sentence's
    places when the caller found them already)."""
    out: list[Participant] = []
    mentions = find_places(s) if mentions is None else mentions
    for m in mentions:
        if m.source == "generic" and m.plural and not m.code \
                or _CURRENCY_BEFORE.search(s, max(0, m.start - 12), m.start) or _elided_by(m, mentions, s):
            continue   # "долларов США" names a currency, not a side; "регионы" alone no one ("Гродненским и
            # Калининградским регионами" names the second by its adjective)
        role = place_role(s, m)
        sides = _state_named_before(s, m, mentions) or resolve_mentions(
            [m], _belarusian(ctx) if m.source == "generic" and not m.code and _EXECUTIVE.match(s, m.start) else ctx)
        if len(sides) > 1 and role == "place":
            role = "union"   # "Союзное государство", "обе столицы": both sides at once, nobody travels
        for side in sides:
            if side.code:
                out.append(Participant(side.code, m.start, m.end, role, m.source))
    out = [p for p in out if not _state_in_brackets(p, out, s)]
    out += _titled_unlisted(s, out)
    rx, codes = actors()
    for m in rx.finditer(s):
        if any(p.start <= m.start() < p.end for p in out):
            continue
        if any(p.role == "place" and _NAMED_AFTER.fullmatch(s, p.end, m.start())
               and country_of(p.code) != country_of(codes[m.group("n")]) for p in out):
            continue   # "Губернатор Самарской области Дмитрий Азаров": that place's official, not a namesake
        if (after := _SURNAME_AFTER.match(s, m.end())) and _SURNAME_END.search(after.group(1)):
            continue   # "председатель Хатлонской области Рахмон Назаров": a first name, its surname after it
        # "с послом Борисом Грызловым": an official of event_actors.csv named as an ambassador is his state's
        role = "diplomat" if _AMBASSADOR_NAMED.search(s, max(0, m.start() - 40), m.start()) else "actor"
        out.append(Participant(codes[m.group("n")], m.start(), m.end(), role, "actor"))
    return sorted(out, key=lambda p: p.start)


def _state_named_before(s: str, m: PlaceMention, mentions: list[PlaceMention]) -> list[Side]:
    """A state's generic word ("республика", "страна", lower-case: not «Республика», "Совета Республики")
    refers to a state named before it in its own sentence, before the sentences around: "Россия и
    Узбекистан заключили сделок за два дня визита Путина в республику"."""
    if m.source != "generic" or m.code or "country" not in m.kind.split() or not s[m.start].islower():
        return []
    before = [x for x in mentions if x.end <= m.start and x.source != "generic"]
    return [x for x in resolve_mentions(before + [m], ArticleContext()) if x.source == "generic"] if before else []


# (also "Брянская обл. (РФ)", whether the place ends before "обл." or, read as a generic word, at its dot)
_BRACKET_BEFORE = re.compile(r"(?:(?:\s+(?:обл|респ|кр))?\.)?\s*\(\s*")
# "Глава Республики Коми Ростислав Гольдштейн (Россия)": the region's official's name between
_NAME_BEFORE = re.compile(r"(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,3}\s*\(\s*")


def _state_in_brackets(p: Participant, out: list[Participant], s: str) -> bool:
    """ "Калининградской области (Россия)": a state in brackets right after a region of its own (or after
    the name of its official, "Глава Республики Коми Ростислав Гольдштейн (Россия)") glosses that region,
    no side of its own."""
    return "-" not in p.code and s.startswith(")", p.end) and any(
        "-" in q.code and country_of(q.code) == p.code and (_BRACKET_BEFORE.fullmatch(s, q.end, p.start)
                                                          or _NAME_BEFORE.fullmatch(s, q.end, p.start))
        for q in out)


# The heads and seats of local government of one state: "аким Шымкента" (Kazakhstan), "хокимият Гулистана"
# (Uzbekistan); a place our lists lack, named after them, is of that state (FORMAT.md: the country then)
_LOCAL_TITLE = re.compile(r"(?<![А-ЯЁа-яё])(?P<t>[Аа]кимат|[Аа]ким|[Хх]окимият|[Хх]оким)[а-яё]*\s+"
                          r"(?:(?:г\.|города|город)\s*)?(?P<w>[А-ЯЁ][а-яё]+)(?![а-яё-])")
_TITLE_STATE = {"акимат": "KZ", "аким": "KZ", "хокимият": "UZ", "хоким": "UZ"}
# a surname after the title, not a place: "аким Байханов", "хокима Ганиева"
_SURNAME_END = re.compile(r"(?:ов|ев|ин|ын|ий|ой|ая|ко|ян)(?:[аеуы]|ым|ой|ому|ого)?$")


def _titled_unlisted(s: str, found: list[Participant]) -> list[Participant]:
    """The state of a local official or body ("акимом Шымкента", "хоким Гулистана") whose place the lists
    lack: a word in the genitive that is no first name or surname (a known place is found already)."""
    out = []
    for m in _LOCAL_TITLE.finditer(s):
        w = m.group("w").lower()
        if any(p.start <= m.start("w") < p.end for p in found) or _SURNAME_END.search(w) or w in gazetteer():
            continue
        first = (tags(w) or ("",))[0]
        if "Name" in first or "Patr" in first or not any("gent" in t for t in tags(w)):
            continue
        state = _TITLE_STATE[m.group("t").lower()]
        out.append(Participant(state, m.start("w"), m.end("w"), "place", "title"))
        stem = m.group("w")[:-1] if w.endswith(("а", "я", "у", "е", "ом")) else m.group("w")
        for v in re.finditer(rf"(?<![А-ЯЁа-яё])[Вв]о?\s+({re.escape(stem)}[а-яё]{{0,2}})(?![а-яё])", s):
            if not any(p.start <= v.start(1) < p.end for p in found + out):   # "… в Шымкенте": its venue
                out.append(Participant(state, v.start(1), v.end(1), "venue", "center"))
    return out


def titled_states(text: str) -> set[str]:
    """The states of every local title of _LOCAL_TITLE in the text (an upper bound of _titled_unlisted's)."""
    return {_TITLE_STATE[m.group("t").lower()] for m in _LOCAL_TITLE.finditer(text)}


# An executive committee ("облисполком", "горисполком") is a Belarusian body: unnamed, it is the oblast
# of Belarus the article named, never the Russian region named last ("Делегация Гомельской области
# посетила Смоленщину. Делегация во главе с председателем облисполкома …")
_EXECUTIVE = re.compile(r"(?:обл|гор|рай)исполком", re.I)


def _belarusian(ctx: ArticleContext) -> ArticleContext:
    return replace(ctx, places=[c for c in ctx.places if country_of(c) == "BY"],
                   pair=None if ctx.pair and "BY" not in map(country_of, ctx.pair) else ctx.pair)


# "…, с российской — губернатор Калужской области": a country's adjective whose noun is left out before a dash
_ELIDED_DASH = re.compile(r"\s*[—–]\s")


def _elided_by(m: PlaceMention, mentions: list[PlaceMention], s: str) -> bool:
    """A country's adjective standing for a noun left out ("Со стороны белорусского региона документ
    подписал …, с российской — губернатор Калужской области"), or a state after "со стороны" ("со
    стороны России — губернатор Орловской области"), gives way to the region of that country the dash
    introduces."""
    return (m.source == "adj" or _ON_PART.search(s, max(0, m.start - 12), m.start) is not None) \
        and "-" not in m.code and bool(_ELIDED_DASH.match(s, m.end)) and any(
            o.start > m.end and "-" in o.code and country_of(o.code) == m.code for o in mentions)


# "со стороны России — губернатор Орловской области": the state names whose part, the region after the dash signs
_ON_PART = re.compile(r"(?<![а-яё])стороны\s+$", re.I)


# A first name between a place and a surname: "… Самарской области Дмитрий Азаров"
_NAMED_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё]+\s+")
# A surname right after a name: "Рахмон Назаров" (a head's surname, "Рахмон", used as a first name)
_SURNAME_AFTER = re.compile(r"\s+([А-ЯЁ][а-яё]+)(?![А-ЯЁа-яё-])")
_KIND_RANK = {"delegation": 0, "place": 1, "actor": 1, "origin": 1, "diplomat": 1, "union": 2, "dest": 2, "venue": 3}


def _best(ps: list[Participant], clause: tuple[int, int] | None = None) -> Participant:
    """The participant that stands for its country: one in the event's own clause, a named side before
    a venue, a region before its country."""
    lo, hi = clause or (0, 10**9)
    return min(ps, key=lambda p: (not lo <= p.start < hi, _KIND_RANK.get(p.role, 2), "-" not in p.code, p.start))


def _first(ps: list[Participant]) -> Participant:
    """The first named of a country's participants, or its one region named after it when the first names
    the state by an adjective only ("белорусских партнеров из Могилева": of Mogilev; "российско-белорусской
    рабочей группы по сотрудничеству Брянской и Гомельской областей": of those regions)."""
    if "-" in ps[0].code or ps[0].source != "adj":
        return ps[0]
    regions = [p for p in ps if "-" in p.code and p.role not in ("venue", "dest", "posted", "diplomat", "goods")]
    return regions[0] if len({p.code for p in regions}) == 1 else ps[0]


def side_keys(ps: list[Participant]) -> dict[Participant, str]:
    """The side each participant stands for: its country, except that a diplomat of a state (and that
    state named beside him) is a side of its own, so a region meets or hosts its own country's ambassador
    ("посол России в Беларуси встретился с губернатором Тульской области": RU-TUL and RU, as the labels
    have it). The diplomat's own name ("посол … Борис Грызлов") is his state's, not a second side. Only
    when no other state is named (where he is posted aside): "посол России … встретился с губернатором
    Кемеровской области, прибывшим в республику" keeps the governor's trip to Belarus."""
    states = {p.code for p in ps if p.role == "diplomat" and "-" not in p.code}
    if len({country_of(p.code) for p in ps if p.role not in ("posted", "goods")}) >= 2:
        states = set()
    return {p: "@" + p.code if p.code in states or p.role == "actor" and country_of(p.code) in states
            else country_of(p.code) for p in ps}


def own_diplomat(x: Participant, y: Participant) -> bool:
    """x and y are a region and a diplomat of its own state (an event of two sides, unlike two places
    of one country)."""
    return any(p.role == "diplomat" and "-" not in p.code and "-" in q.code and q.role not in ("posted", "diplomat")
               and country_of(q.code) == p.code for p, q in ((x, y), (y, x)))


def pick_sides(ps: list[Participant], cue: int, fallback: list[str], by_position: bool = False,
               clause: tuple[int, int] | None = None) -> tuple[Participant, Participant] | None:
    """The two sides of an event whose cue word is at `cue`: the nearest named participant, then the
    nearest of another country (or a diplomat of the first one's state, `side_keys`); the second from
    the article (`fallback`) when the sentence names one country only."""
    ps = [p for p in ps if p.role not in ("posted", "goods")]
    keys = side_keys(ps)
    if len({keys[p] for p in ps if p.role != "occasion"}) >= 2:
        ps = [p for p in ps if p.role != "occasion"]   # the occasion's name, when two sides remain
    by_country: dict[str, list[Participant]] = {}
    for p in ps:
        by_country.setdefault(keys[p], []).append(p)
    order = sorted(by_country, key=lambda c: min((_KIND_RANK.get(p.role, 2) >= 3, abs(p.start - cue))
                                                 for p in by_country[c]))
    if len(order) >= 2:
        if by_position:
            return _first(by_country[order[0]]), _first(by_country[order[1]])
        return _best(by_country[order[0]], clause), _best(by_country[order[1]], clause)
    if len(order) == 1:
        for code in fallback:
            if country_of(code) != order[0] and "@" + code != order[0]:
                return _best(by_country[order[0]], clause), Participant(code, -1, -1, "context", "context")
    return None


# "с Президентом Беларуси", "премьер-министром России": a state named by its leader's title
_LEADER_BEFORE = re.compile(r"(?<![а-яё])(?:президент|премьер-министр|председател\w*\s+правительств)\w*\s+$")


def host_of(ps: list[Participant], host: Participant, low: str = "") -> Participant:
    """A visit's host as the text names it: the destination ("прибыла в Беларусь") first, then a
    named side of that country, a venue last; a capital whose state's leader receives the visitor
    ("прибыл в Минск, где встретился с Александром Лукашенко") is the state's."""
    same = [p for p in ps if p.role != "posted" and country_of(p.code) == country_of(host.code)]
    dest = [p for p in same if p.role == "dest"]
    if dest and (state := capital_state(dest[0].code)) is not None:
        leaders = [p for p in same if p.code == state and p.start >= 0 and (
            p.role == "actor" or bool(low) and bool(_LEADER_BEFORE.search(low, max(0, p.start - 40), p.start)))]
        if leaders:
            return leaders[0]
    if dest and "-" not in dest[0].code and dest[0].start >= 0:
        # "в рамках поездки в Беларусь побывал в Могилеве": the town of that state he went to, after it
        stops = [p for p in same if p.role in ("venue", "dest") and "-" in p.code and p.start > dest[0].start
                 and capital_state(p.code) is None and p.source != "capital"]
        if len({p.code for p in stops}) == 1:
            return stops[0]
    return dest[0] if dest else host


def capital_state(code: str) -> str | None:
    """The state whose capital a city code is (RU-MOW → RU, BY-HM → BY), else None."""
    regions = regions_by_code()
    r = regions.get(code)
    state = regions.get(r.country) if r and r.kind == "city" else None
    return state.code if state and state.admin_center_ru == r.name_ru else None


# Words of a city's own affairs around two capitals ("двух столиц", "города-побратимы", "городской
# ратуше", "Мингорисполком", "мэр", "Дни Минска в Москве"): the capitals are the cities themselves.
_CITY_LEVEL = re.compile(r"столиц|побратим|городск|горисполком|(?<![а-яё])мэр|(?<![а-яё])дн(?:и|ей|ям|ях)\s")


@functools.cache
def _capital_cities() -> dict[str, str]:
    """State → the code of its capital city (data/reference/event_capital_cities.csv)."""
    with (reference_dir() / "event_capital_cities.csv").open(encoding="utf-8", newline="") as fh:
        return {r["state"]: r["city"] for r in csv.DictReader(fh)}


def _capital_of(p: Participant) -> str | None:
    """The state whose capital `p` names: by the capital's name ("Ташкент", a code of the state) or as
    a city of the reference list that is its state's capital (BY-HM)."""
    if p.source == "capital" and "-" not in p.code:
        return p.code
    return capital_state(p.code)


def _city(p: Participant, state: str) -> str:
    return p.code if "-" in p.code else _capital_cities().get(state, p.code)


def as_codes(x: Participant, y: Participant, low: str = "", forum: bool = False) -> tuple[str, str]:
    """ISO codes of a pair (`low`: the sentence, lower-cased). Two capitals stand for their states
    ("видеомост Минск — Москва" of two ministries) unless the sentence speaks of the cities ("договор
    двух столиц") or the event is a forum of theirs (`forum`: "бизнес-миссия минских компаний в Москву");
    a capital named as a party beside a region of another state is the city ("дорожная
    карта Петербурга и Ташкента"); a capital met by a state is its state ("Назарбаев прибыл в Москву")."""
    cx, cy = _capital_of(x), _capital_of(y)
    if cx and cy and cx != cy:
        return (_city(x, cx), _city(y, cy)) if forum or _CITY_LEVEL.search(low) else (cx, cy)
    for p, q, state in ((x, y, cx), (y, x, cy)):
        if state and p.source == "capital" and p.role not in ("dest", "venue") and "-" in q.code \
                and state in _capital_cities():
            return (_city(x, state), y.code) if p is x else (x.code, _city(y, state))
    a, b, _ = capitals_as_states(Side(x.code, source=x.source), Side(y.code, source=y.source))
    city_hosts = ("мэр" in low or "исполком" in low or "городск" in low or "правительств" in low) \
        and bool(_CITY_HOSTS.search(low))
    if "-" not in a and (state := capital_state(b)) and y.role in ("dest", "venue") and not city_hosts:
        b = state
    if "-" not in b and (state := capital_state(a)) and x.role in ("dest", "venue") and not city_hosts:
        a = state
    return a, b


# The city's own officials and bodies ("мэр", "Мингорисполком", "Минский городской исполнительный комитет",
# "правительство Москвы"): a state's delegation they receive in their capital visits the city, not the state
_CITY_HOSTS = re.compile(r"(?<![а-яё])(?:вице-)?мэр(?:а|у|ом|е|ы|ии|ия|ию)?(?![а-яё])|горисполком|"
                         r"городск\w*\s+(?:исполнительн|администрац|совет|дум)|"
                         r"правительств\w*\s+(?:москвы|минска|города|столицы)(?![а-яё])")


def capitals_as_cities(x: Participant, y: Participant, a: str, b: str) -> tuple[str, str]:
    """A joint body of two capitals ("заседание совместной комиссии по сотрудничеству Москвы и Минска") is the
    cities' own: (RU-MOW, BY-HM), not the states as_codes gives two capitals (an intergovernmental body
    stays of the states)."""
    cx, cy = _capital_of(x), _capital_of(y)
    if cx and cy and cx != cy and (cx, cy) == (a, b):
        return _city(x, cx), _city(y, cy)
    return a, b


def article_places(scans) -> Iterator[str]:
    """The places an article names, in order, each once: `scans` holds the headline's place mentions
    and then, for each sentence around the event, a function giving that sentence's mentions (called
    only when the reader gets that far). The other side of an event whose sentence names one side
    only is the first of another country."""
    seen: set[str] = set()
    for found in scans:
        for m in found() if callable(found) else found:
            if m.source == "generic" and (m.plural or not m.code):
                continue   # "область", "регионы": no place of their own ("Гродненского облисполкома" is one)
            for code in m.code.split("+"):
                if code and code not in seen:
                    seen.add(code)
                    yield code


def is_city(p: Participant) -> bool:
    """A city: a city region (Minsk, Moscow), a capital or an administrative centre by name."""
    return p.source in ("capital", "center") or place_kinds().get(p.code) == "city"


# ", и", ",", "и", the last two with their preposition said again ("с Калужской областью и с Орловской
# областью", "в Брянске и в Курске"; a comma and a preposition alone refine: "в Беларуси, в Бресте"),
# and the next of a route or list: ", а затем (в)", ", а также (с)", "и затем" ("посетил Могилев, а
# затем Гомель"; "побывала в Брянске, а затем в Курске")
_JOINED = re.compile(r"\s*(?:,|(?:,\s*)?и(?:\s+(?:в|во|на|с|со))?"
                     r"|(?:,?\s*а|и)\s+(?:затем|также|потом)(?:\s+(?:в|во|на|с|со))?)\s*")


def _chain(ps: list[Participant], p: Participant, low: str) -> list[Participant]:
    """The places joined to `p` by commas and "и" alone ("с Белгородской и Брянской областями",
    "Павлодарская и Омская, Мангистауская и Астраханская области"), in order, `p` among them."""
    named = sorted((q for q in ps if q.start >= 0 and q.role not in ("posted", "diplomat")), key=lambda q: q.start)
    if p not in named:
        return [p]
    k = named.index(p)
    lo, hi = k, k
    while lo > 0 and _JOINED.fullmatch(low, named[lo - 1].end, named[lo].start):
        lo -= 1
    while hi + 1 < len(named) and _JOINED.fullmatch(low, named[hi].end, named[hi + 1].start):
        hi += 1
    return named[lo:hi + 1]


def coordinated(ps: list[Participant], x: Participant, y: Participant, low: str
                ) -> list[tuple[Participant, Participant]]:
    """Every pair an event of x and y has when the text names several partners at once: y with the
    places of its country joined to it ("протокол с Белгородской и Брянской областями": one each), or
    a list of pairs ("документы подписали Павлодарская и Омская, Мангистауская и Астраханская
    области": each pair once). [(x, y)] when the text names one pair."""
    for one, other, flip in ((y, x, False), (x, y, True)):
        chain = _chain(ps, one, low)
        if len(chain) < 2:
            continue
        countries = [country_of(q.code) for q in chain]
        if len(chain) >= 4 and len(chain) % 2 == 0 and len(set(countries[0::2])) == 1 \
                and len(set(countries[1::2])) == 1 and countries[0] != countries[1]:
            return [(chain[i], chain[i + 1]) for i in range(0, len(chain), 2)]
        if len(set(countries)) == 1 and other not in chain:
            seen: list[str] = []
            same = [q for q in chain if not (q.code in seen or seen.append(q.code))]
            return [(q, other) if flip else (other, q) for q in same]
    return [(x, y)]
