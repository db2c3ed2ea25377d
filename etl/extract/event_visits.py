"""Who visited whom, and which meetings are with resident diplomats: the direction of a visit, the host
city of a meeting that makes it a visit, a delegation's own region, a forum's presenter and host, and
the meetings of officials with diplomats (EVENTS.md, "visit" and "meeting")."""

from __future__ import annotations

import re

from etl.extract.event_cues import RECEIVED_BEFORE, Cue, clause, received_first
from etl.extract.event_sides import Participant, as_codes, is_city
from etl.extract.morph import tags
from etl.extract.places import country_of
from etl.model import Event

_WORD = re.compile(r"[а-яё]+")


_GUESTS = re.compile(r"(?<![а-яё])гост(?:и|ей|ям|ями|ях|ь|я|ю|ем)(?![а-яё])")


# "посольство России", "генеральное консульство Казахстана": a mission, which receives and never travels
_MISSION_BEFORE = re.compile(r"(?<![а-яё])(?:посольств|консульств|генконсульств|дипмисси|мисси|представительств)"
                             r"[а-яё]*\s+(?:[а-яё]+\s+)?$")


def visit_direction(ps: list[Participant], x: Participant, y: Participant, host_cue: Cue | None,
                    low: str = "", prior: tuple[str, str] | None = None) -> tuple[Participant, Participant]:
    """(visitor, host): "X принял Y" makes Y the visitor; a delegation's side travels; the side
    whose country holds the venue or the destination is the host; "гости" not named in the sentence
    are the side the article named before ("Гости посетили свободную экономическую зону «Минск»"); else
    as the article's visit of the same sides before (`prior`: its visitor and host)."""
    told = {x.role, y.role} == {"delegation", "dest"}   # "павлодарская делегация приехала в Омск": its own direction
    if _GUESTS.search(low) and prior is not None and {x.code, y.code} == set(prior) and not told:
        # "Гости побывали на предприятиях региона": the visitors of the article's visit
        return (x, y) if x.code == prior[0] else (y, x)
    if _GUESTS.search(low) and [p.role == "context" for p in (x, y)].count(True) == 1 \
            and not any(p.role in ("origin", "delegation") for p in (x, y)):   # ("Гости из Самарканда": named)
        return (x, y) if x.role == "context" else (y, x)
    if host_cue is not None and RECEIVED_BEFORE.search(low, max(0, host_cue.start - 50), host_cue.start):
        # "…, которую принял губернатор …, возглавил …": the subject right after the verb hosts
        after = sorted((p for p in (x, y) if p.start >= host_cue.end), key=lambda p: p.start)
        if after and clause(low, host_cue.start, host_cue.end)[1] > after[0].start:
            return (y, x) if after[0] is x else (x, y)
    if host_cue is not None:
        before = [p for p in (x, y) if p.start < host_cue.start and p.start >= 0]
        if len(before) == 1 and received_first(low, host_cue):
            return (before[0], y if before[0] is x else x)   # "Губернатора … принял председатель …"
        if len(before) == 1:
            host = before[0]
            return (y, x) if host is x else (x, y)
    for p, q in ((x, y), (y, x)):
        if p.role in ("delegation", "origin") and not _at_home(ps, p, q, low) \
                or p.role == "diplomat" and q.role != "diplomat" \
                and not _MISSION_BEFORE.search(low, max(0, p.start - 30), max(0, p.start)):
            return p, q   # a delegation travels; so does a diplomat on a visit ("посетил посол …"), not an embassy
    for p, q in ((x, y), (y, x)):
        if any(r.role in ("dest", "venue") and country_of(r.code) == country_of(q.code) for r in ps) \
                and not any(r.role in ("dest", "venue") and country_of(r.code) == country_of(p.code) for r in ps):
            return p, q
    # "… побывал в Витебске. Он встретился с председателем облисполкома и посетил …": as the visit before
    if prior is not None and (y.code, x.code) == prior:
        return y, x
    if prior is not None and (x.code, y.code) == prior:
        return x, y   # ("Посол … находится с рабочей поездкой в Омской области. Посол посетил завод")
    # "Лукашенко встретился с губернатором …": a region's head travels to a head of state, not the reverse
    if "-" not in x.code and "-" in y.code:
        return y, x
    return x, y


# "белорусская сторона", "белорусская и российская стороны": a state's adjective naming a party, as a delegation
_SIDE_AFTER = re.compile(r"(?:\s+и\s+[а-яё]+)?\s+сторон(?:а|ы|ой|е|у|ами)(?![а-яё])")


_OTHER_OCCASION = re.compile(r"(?<![а-яё])(?:дн(?:ей|ям|и|ях)|недел|форум|выставк|ярмарк|фестивал|съезд|конгресс|"
                             r"саммит|праздник)")


def _at_home(ps: list[Participant], p: Participant, q: Participant, low: str) -> bool:
    """A delegation that hosts, so the other side travelled: at a venue of its own region in its own clause,
    with none of the other side's there ("В Гродно прошли переговоры делегаций Гродненской и Калининградской
    областей"); or two delegations named together ("Делегации Оренбургской и Актюбинской областей провели
    переговоры в Оренбурге") with the talks placed in p's state only."""
    if not low or p.start < 0:
        return False
    lo, hi = clause(low, p.start, p.end)
    # (not the venue of another occasion after it: "целью визита московской делегации стало … проведение Дней
    # Минска в Москве")
    venues = [r for r in ps if r.role in ("dest", "venue") and lo <= r.start < hi
              and (r.start < p.start or not _OTHER_OCCASION.search(low, p.end, r.start))]
    if any(r.code == p.code for r in venues) and not any(country_of(r.code) == country_of(q.code) for r in venues):
        return True

    def placed(side: Participant) -> bool:
        return any(r.role in ("dest", "venue") and country_of(r.code) == country_of(side.code) for r in ps)
    first, second = sorted((p, q), key=lambda r: r.start)
    return 0 <= first.end <= second.start and bool(re.fullmatch(r"\s+и\s+", low[first.end:second.start])) \
        and placed(p) and not placed(q)


# an official in the nominative whose place follows in the genitive: "Губернатор Тульской области подписал …"
_HEAD_BEFORE = re.compile(r"(?<![а-яё])(?:губернатор|глава|председатель|мэр|аким|хоким|министр|руководство|"
                          r"правительство|администрация|делегация)\s+$")


def nominative(low: str, p: Participant) -> bool:
    """The place is the subject: named in the nominative ("Гродненская область подписала …") or after an
    official in it ("Губернатор Тульской области подписал …"), not in an occasion's phrase ("В ходе визита
    Президента Беларуси …")."""
    word = _WORD.match(low, p.start)
    return bool(word) and any("nomn" in t for t in tags(word.group())) \
        or bool(_HEAD_BEFORE.search(low, max(0, p.start - 20), p.start))


# "В ходе визита делегации Беларуси в Казахстан Минская область подписала …": the delegation named in an occasion's
# phrase; a region in the nominative after it is the main clause's subject, not the delegation's
_OCCASION_OF = re.compile(r"(?<![а-яё])(?:в\s+ходе|во\s+время|в\s+рамках)\s+(?:[а-яё]+\s+){0,2}$")


# A delegation's head named in its own sentence: "во главе с министром", "возглавляемая …", "под руководством …"
_HEADED = re.compile(r"(?<![а-яё])(?:во\s+главе\s+с|возглавля[а-яё]*|возглавил[а-яё]*|под\s+руководством)\s")


def region_of_delegation(ps: list[Participant], visitor: Participant, low: str, told: tuple[str, ...] = (),
                         signatory: bool = False, later=None) -> Participant:
    """ "китайская делегация во главе с заммэра Хэгана": a delegation named by its country, led by or made
    of people of one of its regions named in its clause, is that region's; with none in its sentence, the
    one region of that country among the sides of the article's events before (`told`: "Могилевская
    область и Татарстан заключили дорожную карту. Документ подписан в рамках визита белорусской делегации"),
    or the one the next sentence names as its head (`later`, a callable: scanned only when needed); a
    `signatory` named as a state's side by its adjective ("Соглашение подписали белорусская и российская
    стороны") likewise."""
    side = signatory and visitor.source == "adj" and bool(_SIDE_AFTER.match(low, visitor.end))   # "… стороны"
    if visitor.role not in ("delegation", "origin") and not side or "-" in visitor.code or visitor.start < 0:
        return visitor
    lo, hi = clause(low, visitor.start, visitor.end)
    regions = [p for p in ps if lo <= p.start < hi and p.start > visitor.start and "-" in p.code
               and country_of(p.code) == visitor.code and p.role not in ("venue", "dest", "posted")]
    if regions and _OCCASION_OF.search(low, max(0, visitor.start - 60), visitor.start):
        regions = [p for p in regions if not nominative(low, p)]
        if not regions:
            return visitor
    if not regions:   # "Иркутская и Минская области подписали соглашение в ходе визита белорусской делегации"
        regions = [p for p in ps if "-" in p.code and p.start >= 0 and country_of(p.code) == visitor.code
                   and p.role not in ("venue", "dest", "posted", "diplomat")]
    if not regions and len(known := {c for c in told if "-" in c and country_of(c) == visitor.code}) == 1:
        return Participant(known.pop(), visitor.start, visitor.end, visitor.role, "context")
    # … or the one region of it the next sentence names as the delegation's head (`later`: "Ее возглавил
    # председатель Гомельского облисполкома")
    # (not when its own sentence names its head: "во главе с заместителем премьер-министра … В ее составе — хоким …")
    if not regions and later is not None and not _HEADED.search(low, visitor.end) \
            and len(known := {c for c in later() if "-" in c and country_of(c) == visitor.code}) == 1:
        return Participant(known.pop(), visitor.start, visitor.end, visitor.role, "context")
    return regions[0] if len({p.code for p in regions}) == 1 else visitor


# "провел рабочую встречу в Калужской области": a place right after the meeting's word is where it was held
_MEETING_IN = re.compile(r"(?<![а-яё])(?:встреч|переговор)[а-яё]*\s+(?:в|во|на)\s+$")


# A city that is a region of its own and the seat of another region's government: a meeting there with that
# region's official is held at the official's seat ("провел в Минске встречу с председателем Минского облисполкома")
SEATS = {"BY-HM": "BY-MI", "RU-SPE": "RU-LEN"}


def venue_visit(ps: list[Participant], x: Participant, y: Participant, titled: bool = False, low: str = "",
                seat: bool = False) -> bool:
    """A meeting placed in a city of one side that names that side besides the venue ("провел в
    Минске встречу с Лукашенко", "встрече с губернатором … в Минске"): the other side travelled. A region
    counts as a venue right after the meeting's word ("провел рабочую встречу в Калужской области с
    губернатором"). With `seat` (a talk), a city that is the seat of the host's region's government names it too
    ("провел в Минске встречу с председателем Минского облисполкома": BY-MI; SEATS)."""
    for p, q in ((x, y), (y, x)):
        venues = [r for r in ps if r.role == "venue" and (is_city(r) or _MEETING_IN.search(low, 0, max(0, r.start)))
                  and country_of(r.code) == country_of(q.code)]
        # the venue is the host's own city, or the host is a state (its capital, its president)
        own = "-" not in q.code or q.code in {v.code for v in venues} or seat and q.code in {
            SEATS.get(v.code) for v in venues if v.source != "adj"}   # (a talk there, not a signing: 1.41.3's choice)
        # … or the host is named by the venue alone when the visitor is an official of a named place
        # ("Губернатор Калининградской области встретился в Гродно с председателем облисполкома")
        alone = q.role == "venue" and titled and p.role in ("place", "delegation")
        if venues and own and (q.role not in ("venue", "context") or alone) \
                and (p.role != "context" or titled) and p.role not in ("diplomat", "union") \
                and not any(r.role == "venue" for r in ps if country_of(r.code) == country_of(p.code)):
            return True
    return False


def phrase_end(low: str, start: int, limit: int) -> int:
    """Where the event's own phrase ends: at the first finite verb after its word ("На форуме губернатор
    назвал Казахстан …": the places after "назвал" are not the forum's)."""
    for w in _WORD.finditer(low, start, limit):
        if any(t.startswith("VERB") for t in tags(w.group())[:1]):
            return w.start()
    return limit


def presented_in(ps: list[Participant], low: str, cue: Cue) -> tuple[Participant, Participant] | None:
    """ "Дни Гомельской области в Москве", "Неделя Могилевской области в Тяньцзине": the place the name
    holds presents itself (a), the place right after "в" hosts it (b)."""
    inside = [p for p in ps if cue.start <= p.start < cue.end and p.role not in ("venue", "posted")]
    host = next((p for p in ps if p.role in ("venue", "dest") and 0 <= p.start - cue.end <= 4
                 and re.fullmatch(r"\s+(?:в|во)\s+", low[cue.end:p.start])), None)
    if host is None or len(inside) != 1 or country_of(inside[0].code) == country_of(host.code):
        return None
    return inside[0], host


_OWN_BEFORE = re.compile(r"(?<![а-яё])сво(?:ей|ю|я|и|их|ими|ем)\s$")


def presented_by(ps: list[Participant], low: str, cue: Cue) -> tuple[Participant, Participant] | None:
    """ "Гродненская область презентовала свой потенциал в Калининграде", "представила свой экспортный
    потенциал на выставке в Ярославле": the subject of the verb presents itself (a), the place after "в"
    in its clause hosts it (b)."""
    if not low.startswith(("презент", "представ"), cue.start) and not _OWN_BEFORE.search(low, 0, cue.start):
        return None   # (nor "на своей Неделе в Тяньцзине", "провел свои Дни в Минске": the subject's own Days)
    lo, hi = clause(low, cue.start, cue.end)
    subject = [p for p in ps if lo <= p.start < cue.start and p.role in ("place", "delegation", "actor")]
    # (a place after "экспортного потенциала в" is where it is presented, not a market: role goods)
    host = [p for p in ps if cue.end <= p.start < hi and p.role in ("venue", "dest", "goods")]
    if subject and host and country_of(subject[-1].code) != country_of(host[0].code):
        return subject[-1], host[0]
    return None


_SAID = re.compile(r",\s+(?:сообщил|заявил|отметил|рассказал|подчеркнул|сказал|пояснил|уточнил)\w*\s")


# "связи региона с Гомельщиной", "о связях Брянской области с соседними белорусскими регионами": a topic
_TIES_WITH = re.compile(r"(?<![а-яё])(?:связ|сотрудничеств|отношени|партнерств|торговл|товарооборот|взаимодействи)"
                        r"[а-яё]*\s+(?:[^\s,.;:]+\s+){0,4}?со?\s+(?:[а-яё]+\s+)?$")


_LISTED = re.compile(r"\s*(?:,\s*и|,|и)\s*")


def _ties_with(ps: list[Participant], low: str) -> list[Participant]:
    """The places a talk is about, after "связи / сотрудничество … с", with those listed after them
    ("связи региона с Минской, Витебской и Брестской областями")."""
    out: list[Participant] = []
    for p in sorted((p for p in ps if p.start >= 0), key=lambda p: p.start):
        if _TIES_WITH.search(low, max(0, p.start - 80), p.start) \
                or out and out[-1].end <= p.start and _LISTED.fullmatch(low, out[-1].end, p.start):
            out.append(p)
    return out


_WORD = re.compile(r"[а-яё-]+")
# an official's title opening a sentence ("Губернатор Ленинградской области отметил …")
TITLE_OPENS = re.compile(r"\s*(?:губернатор|глава|мэр|аким|хоким|председатель|врио\s+губернатора)\s+")


# an official named by a title of a region's head and no place of his own ("губернатора Александра Дрозденко")
_TITLE_ONLY = re.compile(r"(?<![а-яё-])(?:губернатор|вице-губернатор|аким|глав[аыеу]\s+(?:региона|области|края))")


def _region_told_around(low: str, lo: int, at: int, posted_region: str, posted: set[str], titled) -> str | None:
    """The region of the consulate's state that the next sentence opens with, by an official's title
    (`titled`: "Губернатор Томской области отметил …"), when the official before the cue word is named by his
    first name and surname alone ("Владимир Мазур встретился с генконсулом …"): his region."""
    words = _WORD.findall(low, lo, at)[:2]
    if len(words) < 2 or not any("Name" in t and "nomn" in t for t in tags(words[0])) \
            or not any("Surn" in t and "nomn" in t for t in tags(words[1])):
        return None
    state = country_of(posted_region)
    return next((c for c in titled if "-" in c and country_of(c) == state and c not in posted), None)


def diplomat_meetings(ps: list[Participant], low: str, cue: Cue, fallback, found: list[Cue], titled=()
                       ) -> list[tuple[Participant, Participant]] | None:
    """A meeting with resident diplomats ("обсудил с послом России в Беларуси", "встретился с послами
    Ирана и Беларуси в России"): each diplomat's state met the official named last before the cue word
    (the subject) or else first after it (the one met), never the places the talk was about nor the
    country of the posting; a diplomat of the official's own state makes no event. None: no diplomat
    in the cue's clause, or no official beside him (the sides are then found as for any meeting). A
    diplomat who arrived ("В Волгоград прибыл посол Казахстана …, и губернатор провел с ним встречу")
    met there during that visit: no meeting of its own."""
    lo, hi = clause(low, cue.start, cue.end)
    diplomats = [p for p in ps if p.role == "diplomat" and lo <= p.start < hi]
    if not diplomats:
        return None
    if came_on_visit(ps, low, found):
        return []
    states = {country_of(p.code) for p in diplomats}
    posted = {p.code for p in ps if p.role == "posted"}
    officials = [p for p in ps if lo <= p.start < hi and p.role not in ("diplomat", "posted", "venue")
                 and not (p.role == "actor" and country_of(p.code) in states)]   # the ambassador's own name
    local = [p for p in ps if p.role == "posted" and "-" in p.code and lo <= p.start < hi]
    # "поставки белорусской техники обсудили губернатор … и посол Беларуси": an adjective of his own state
    # names goods, not the official who met him
    officials = [p for p in officials if p.source != "adj" or country_of(p.code) not in states] or officials
    # "Товарооборот Беларуси и Китая вырос, заявил посол КНР на встрече с …": what he said names no one met
    officials = [p for p in officials if not (p.end <= cue.start and _SAID.search(low, p.end, cue.start))]
    if officials:
        before = [p for p in officials if p.start < cue.start]   # the subject, not the places talked about
        host = before[-1] if before else min(officials, key=lambda p: p.start)
    elif local:
        # "с генконсулом Киргизии в Екатеринбурге": the region hosting the consulate — unless the official is named
        # by his name alone and the sentences around name a region of that state ("Губернатор Томской области …")
        code = _region_told_around(low, lo, cue.start, local[0].code, posted, titled)
        # … or, an official of no place of his own ("губернатора Александра Дрозденко", "Губернатор обсудил"), the
        # region of that state the article names around, the first ("Товарооборот Ленинградской области …")
        if code is None and _TITLE_ONLY.search(low, lo, hi):
            code = next((c for c in fallback if "-" in c and c not in posted
                         and country_of(c) == country_of(local[0].code)), None)
        host = Participant(code, -1, -1, "context", "context") if code else local[0]
    elif all(d.source == "actor" for d in diplomats):
        return None   # "гость … провел встречу с послом Борисом Грызловым": the one met is told elsewhere
    else:
        code = next((c for c in fallback if country_of(c) not in states and c not in posted), None)
        if code is None:
            return None   # no official of another state beside the diplomat: the sides as for any meeting
        host = Participant(code, -1, -1, "context", "context")
    out, seen = [], set()
    # a region meets its own state's ambassador (the labels' pair) where no other state takes part
    # (places the talk is about aside: "обсудил с послом России связи региона с Гомельщиной")
    topics = _ties_with(ps, low)
    alone = len({country_of(p.code) for p in ps if p.role not in ("posted", "goods", "venue", "dest")
                 and p not in topics}) == 1
    for d in diplomats:
        if d.code != host.code and (country_of(d.code) != country_of(host.code) or "-" in host.code and alone) \
                and d.code not in seen:
            seen.add(d.code)
            out.append((host, d))
    return out


# "обсудили подготовку визита", "о предстоящем визите": a visit talked about, not the diplomat's trip
_VISIT_TOPIC = re.compile(r"(?<![а-яё])(?:подготовк\w*|организаци\w*|программ\w*|(?:о|об)(?:\s+[а-яё]+)?)\s+$")


def came_on_visit(ps: list[Participant], low: str, found: list[Cue]) -> bool:
    """A diplomat named in the clause of a visit word is the visitor (not beside another state's
    delegation: "В посольстве Беларуси прошла встреча с делегацией Ивановской области")."""
    states = {country_of(p.code) for p in ps if p.role == "diplomat"}
    others = any(p.role == "delegation" and p.code not in states for p in ps)   # (a region of his own state too)
    for c in (c for c in found if c.type == "visit" and not (others and low.startswith("делегац", c.start))
              and not _VISIT_TOPIC.search(low, max(0, c.start - 40), c.start)):
        v0, v1 = clause(low, c.start, c.end)
        if any(v0 <= p.start < v1 for p in ps if p.role == "diplomat"):
            return True
    return False


# "провел рабочую встречу в Витебском облисполкоме", "переговоры в правительстве Омской области": the
# seat of one side's government
_SEAT = re.compile(r"(?<![а-яё])(?:в|во)\s+(?:[а-яё]+\s+)?(?:облисполком|горисполком|райисполком|правительств|"
                   r"администраци|мэри|акимат|хокимият|ратуш)\w*")


def seat_visit(low: str, x: Participant, y: Participant) -> bool:
    """A meeting held at the seat of one side's government, the other side named in the sentence: the
    other side came (EVENTS.md: a meeting placed on the other side's territory is a visit)."""
    for p, q in ((x, y), (y, x)):
        if q.role in ("dest", "venue") and p.role in ("place", "delegation", "actor") and p.start >= 0 \
                and (m := _SEAT.search(low, max(0, q.start - 30), q.end)) and m.start() <= q.start < m.end() + 25:
            return True
    return False


def at_mission(ps: list[Participant], host: Participant) -> bool:
    """A delegation received by a diplomat or at an embassy, with nothing of the diplomat's state as the
    place of the meeting ("В посольстве Беларуси в Москве прошла встреча с делегацией Ивановской
    области"): the visitors went to the mission in their own country, not to the other state."""
    return host.role == "diplomat" and not any(
        p.role in ("dest", "venue") and country_of(p.code) == country_of(host.code) for p in ps)


# "Встреча прошла в Брянске.", "Переговоры состоялись в Гомеле": where the talk just reported was held
_HELD_IN = re.compile(r"(?:встреча|переговоры|беседа)\s+(?:[а-яё]+\s+){0,2}?(?:прошл|состоял|проходил)[а-яё]*\s+"
                      r"(?:[а-яё]+\s+)?во?\s")


# "Подписание состоялось 14 октября в Гомеле", "Церемония подписания прошла в Казани": where the signing was
_SIGNED_IN = re.compile(r"(?:церемония\s+)?подписани[ея]\s+(?:[а-яё]+\s+){0,2}?(?:прошл|состоял|проходил)[а-яё]*\s+"
                        r"(?:[\w-]+\s+){0,3}?во?\s")


def venue_told_after(low: str, ps: list[Participant], last: Event | None) -> tuple[str, str] | None:
    """(visitor, host) when a sentence opening with the talk's noun places the held meeting reported
    right before in a city of one of its sides and names no other place ("… провел рабочую встречу с
    председателем Гомельского облисполкома. Встреча прошла в Брянске."), or the signing's noun the
    held signing ("… подписали дорожную карту. Подписание состоялось 14 октября в Гомеле."): the other
    side travelled (EVENTS.md: a meeting placed on the other side's territory is a visit)."""
    if last is None or last.status != "held" or not (last.type == "meeting" and _HELD_IN.match(low)
                                                     or last.type == "agreement" and _SIGNED_IN.match(low)):
        return None
    if not ps or any(p.role != "venue" or not is_city(p) for p in ps) or len({p.code for p in ps}) != 1:
        return None
    venue = ps[0].code
    for visitor, host in ((last.a, last.b), (last.b, last.a)):
        if venue == host and country_of(visitor) != country_of(host):
            return visitor, host
    return None


def trip_to_session(last: Event | None, x: Participant, y: Participant, low: str, status: str = "held",
                    first=None) -> bool:
    """A visit of the pair of the session or forum the sentence right before reports ("В Могилеве прошло
    заседание рабочей группы … Российскую делегацию возглавил …"), held or ahead as it is and of no other
    month: the trip to it, part of that event (EVENTS.md: an optional visit at most)."""
    if last is None or last.type not in ("commission", "forum") or status != last.status:
        return False
    if first is not None and last.date_start is not None \
            and (first.year, first.month) != (last.date_start.year, last.date_start.month):
        return False   # "Форум … в 2026 году. Премьер-министр …, встретившись в пятницу в Минске …": another trip
    a, b = as_codes(x, y, low)
    return {a, b} == {last.a, last.b}


def joint_subjects(ps: list[Participant], x: Participant, y: Participant, low: str, cue: Cue) -> bool:
    """Both sides are the subjects of a visit verb, joined by "и", and no place is visited or hosted."""
    first, second = sorted((x, y), key=lambda p: p.start)
    return 0 <= first.start and second.end <= cue.start and clause(low, cue.start, cue.end)[0] <= first.start \
        and " и " in low[first.end:second.start] \
        and not any(p.role in ("dest", "venue", "delegation", "origin") for p in ps)


def co_visits(pairs, visitor: str, host: str, low: str) -> list[tuple[str, str]]:
    """The other visits of a visit when the text names several visitors or hosts at once ("делегации
    Брянской и Смоленской областей посетили Гомель", "посетил Гомельскую и Могилевскую области")."""
    out: list[tuple[str, str]] = []
    for p, q in pairs:
        a, b = as_codes(p, q, low)
        for v, h in ((a, b), (b, a)):
            if (h == host or v == visitor) and country_of(v) != country_of(h) and (v, h) not in out \
                    and country_of(v) == country_of(visitor):
                out.append((v, h))
                break
    return out
