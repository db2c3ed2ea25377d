"""Cooperation events (visits, meetings, signed documents, forums, sessions of joint bodies) in
Russian news prose. The labels' rules are in tests/data/EVENTS.md; the cue words are data
(data/reference/event_cues.csv). Places, sentences and dates come from the machinery facts use.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import re
from dataclasses import replace
from itertools import chain

from etl.extract.article_countries import may_hold_event
from etl.extract.event_article import ArticlePlaces, Lazy
from etl.extract.event_context import (
    NEXT_SESSION,
    OCCASION_NOUN,
    RECENT_REACH,
    SIDES,
    by_pronoun,
    continuing,
    held_by_mode,
    no_pair,
    recent_event,
    recent_forum,
    session_of,
    unnamed_sides,
)
from etl.extract.event_cues import STATES, TOUR_FIRMS, Cue, clause, cue_spots, cues, find_cues
from etl.extract.event_dates import DATELINE, dated_by_dateline
from etl.extract.event_followups import signing_agreed, trip_to_last
from etl.extract.event_general import called_off, counted, in_general, left_open, open_plans
from etl.extract.event_links import (
    at_occasion,
    dated_by,
    documents_between,
    elliptic_pairs,
    mentioned_again,
    merge_mentions,
    occasion_of,
    parties_named,
    same_day,
    stop_on_trip,
    talk_on_trip,
    told_next,
    told_that_day,
    visit_signing_dates,
)
from etl.extract.event_nearby import JOINED, joined_next, leader_received_next, led_next
from etl.extract.event_pair import INTERREGIONAL, OF_REGIONS, cue_sides, own_partner
from etl.extract.event_people import PERSON
from etl.extract.event_roles import talk_topics
from etl.extract.event_sides import (
    Participant,
    as_codes,
    capital_state,
    capitals_as_cities,
    coordinated,
    host_of,
    most_participants,
    own_diplomat,
    participants,
)
from etl.extract.event_speech import apposed, pair_dashes, spoken_in
from etl.extract.event_visits import (
    TITLE_OPENS,
    at_mission,
    came_on_visit,
    co_visits,
    diplomat_meetings,
    joint_subjects,
    region_of_delegation,
    seat_visit,
    trip_to_session,
    venue_told_after,
    venue_visit,
    visit_direction,
)
from etl.extract.event_when import announced, is_talk, when
from etl.extract.morph import tags
from etl.extract.places import country_of, place_kinds
from etl.extract.scan_scope import lower_text
from etl.model import Event
from etl.reference import reference_dir

_WORD = re.compile(r"[а-яё]+")
_LETTERS = re.compile(r"[а-яё]*")


# A regional head or a delegation named by title: a side the article names elsewhere took part in person.
_TITLED = re.compile(r"(?<![а-яё])(?:губернатор\w*|делегаци\w*|мэр\w*|аким\w*|хоким\w*|глав[аеуыо]й?\s+(?:области|края|"
                     r"региона|республики|города)|председател\w*\s+(?:[а-яё]+\s+)?(?:обл|гор|рай)?исполком)")
# "меморандум … о сборке техники в Екатеринбурге": a place inside the document's topic, not where it was signed
_IN_TOPIC = re.compile(r"(?<![а-яё])(?:о|об)\s+(?!сотрудничеств|взаимопониман|намерени|дружб|побратим|партнерств)"
                       r"[а-яё]+\s+(?:[а-яё-]+\s+){0,3}?(?:в|во|на)\s+$")
def _meeting(s: str, offset: int, low: str, cue: Cue, published, headline: bool, x: Participant,
             y: Participant) -> Event:
    """A meeting of x and y with a resident diplomat, whose sentence is s."""
    status, first, last, note = when(s, low, cue, published, headline)
    notes = ["with a resident diplomat"] + (["one side taken from elsewhere in the article"]
                                            if x.role == "context" else []) + ([note] if note else [])
    a, b = as_codes(x, y, low)
    return Event(type="meeting", a=a, b=b, date_start=first, date_end=last, status=status, quote=s,
                 quote_start=offset, quote_end=offset + len(s), notes="; ".join(notes))


def _dated_by_talk(out: list[Event], s: str, low: str, cue: Cue, published, headline: bool) -> list[Event]:
    """An undated held visit of the sentence takes the day of a talk in it that makes no event of its own (with
    the visitor's own state's diplomat)."""
    status, first, last, _ = when(s, low, cue, published, headline)
    if first is None or status != "held":
        return out
    return [dated_by(e, first, last, status, "date: of a meeting held during the visit")
            if e.type == "visit" and e.date_start is None and e.status == "held" else e for e in out]


def _sentence_events(s: str, offset: int, published, article: ArticlePlaces, k: int,
                     headline: bool, last: Event | None = None, spots: list[int] | None = None,
                     earlier: list[Event] = (), title_trip: tuple[str, str] | None = None) -> list[Event]:
    out = _cue_events(s, offset, published, article, k, headline, last, spots, earlier, title_trip)
    low = s.lower().replace("ё", "е")
    if (again := told_next(low, last)) is not None:
        # "… принял делегацию … Встреча прошла 4 марта в …", "Подписание состоялось 17 декабря": the date of
        # the event just reported (merge_mentions gives it to that event)
        status, first, last_day, _ = when(s, low, again, published, headline)
        dated = dict(date_start=first, date_end=last_day, status=status)
        pair = {last.a, last.b}
        if first is not None:   # (and what the sentence made of it: "Встреча прошла … в Казани", a visit)
            out = [dated_by(e, first, last_day, status, "dated where its sentence tells the day")
                   if {e.a, e.b} == pair and e.date_start is None else e for e in out]
            if not any(e.type == last.type and {e.a, e.b} == pair for e in out):
                notes = [n for n in last.notes.split("; ") if n and not n.startswith("date")]
                out.append(replace(last, **dated, quote=s, quote_start=offset, quote_end=offset + len(s),
                                   notes="; ".join(notes + ["date: told in the next sentence"])))
        if last.type == "agreement" and not any(e.type == "visit" for e in out) and (trip := venue_told_after(
                low, participants(s, article.context(k), article.of(k)), last)) is not None:
            # "… подписали дорожную карту. Подписание состоялось 14 октября в Гомеле.": the other side came
            out.append(replace(last, type="visit", a=trip[0], b=trip[1], quote=s, quote_start=offset,
                               quote_end=offset + len(s), notes="the signing before, placed in the host's city",
                               **(dated if first is not None else {})))
    return out


def _cue_events(s: str, offset: int, published, article: ArticlePlaces, k: int, headline: bool,
                last: Event | None, spots: list[int] | None, earlier: list[Event],
                title_trip: tuple[str, str] | None) -> list[Event]:
    low = s.lower().replace("ё", "е")   # cue words are written with "е" ("заключён", "утверждён")
    before = {e.type for e in earlier}
    found = [c for c in find_cues(low, spots) if not (c.type in before and mentioned_again(low, c))]
    if (m := NEXT_SESSION.search(low)) and all(c.type == "meeting" and m.start() <= c.start < m.end()
                                                or is_talk(low, c) for c in found) \
            and any(e.type == "commission" and e.quote_end >= offset - RECENT_REACH for e in earlier[-2:]):
        # "… заседание рабочей группы … Следующее заседание пройдет в Гродно в первом полугодии 2026 года",
        # "Следующая встреча запланирована на весну": the body's next session, not a meeting of its own
        found = [Cue("commission", m.start(), m.end())]
        last = last or next(e for e in reversed(earlier) if e.type == "commission")
    if k and any(c.type == "visit" for c in found) and not PERSON.search(low) \
            and TOUR_FIRMS.search(article.text.lower(), *article.spans[k - 1]):
        found = [c for c in found if c.type != "visit"]   # the programme of a tour offered just before
    if not found:
        return []
    joined: list[Participant] = []
    forum_only = all(c.type in ("forum", "speech", "attended") and not OF_REGIONS.match(low, c.start) for c in found)
    gathering = forum_only or any(c.type == "commission" for c in found)
    if gathering and most_participants(s, article.forms(k)) < 2:
        # "В Минске прошло заседание рабочей группы. В нем приняли участие представители …": its sides next
        if not (joined := joined_next(article, k, found)) and forum_only \
                and not (last is not None and any(INTERREGIONAL.match(low, c.start) for c in found)):
            return []   # a forum's two sides are named in its own sentence (see _sides), a speaker and the
            # place he speaks in in his (event_speech.spoken_in): here they are not (but "Его подписали в рамках
            # Форума межрегионального сотрудничества" after a signing: of the states of its sides)
    named = participants(s, article.context(k), article.of(k))
    if forum_only and not joined and len({country_of(p.code) for p in named}) == 1:
        # "В Гомеле прошел форум «Гомельщина: …». В нем приняли участие делегации …": places of the host's
        # country alone (its venue and its name), the guests next
        joined = joined_next(article, k, found)
    if joined and not forum_only:   # a session's members named next, not its venue's city ("В Минске прошло …")
        members = {country_of(p.code) for p in joined}
        named = [p for p in named if not (p.role == "venue" and country_of(p.code) in members)]
    named += joined
    if not named and any(e.type in ("commission", "forum") and e.quote_end >= offset - RECENT_REACH
                         for e in earlier[-2:]):
        # "… заседание рабочей группы …. По завершении встречи стороны подписали протокол": that session again
        found = [c for c in found if not (low.startswith(("встреч", "переговор"), c.start)
                                          and OCCASION_NOUN.search(low, max(0, c.start - 30), c.start))]
        if not found:
            return []
    if not (found := spoken_in(low, found, named)):
        return []
    low, named = apposed(pair_dashes(low, named), named)
    if last is not None and last.type in ("commission", "forum") and not named \
            and all(held_by_mode(low, c) for c in found):
        # "… провели заседание рабочей группы. Оно прошло в режиме видеоконференции 8 октября": its mode and day
        status, first, last_day, _ = when(s, low, found[0], published, headline)
        return [replace(last, date_start=first, date_end=last_day, status=status, quote=s, quote_start=offset,
                        quote_end=offset + len(s), notes="date: of the session before, its mode told after")] \
            if first is not None else []
    if (trip := venue_told_after(low, named, last)) is not None:   # "… Встреча прошла в Брянске."
        return [replace(last, type="visit", a=trip[0], b=trip[1], quote=s, quote_start=offset,
                        quote_end=offset + len(s), notes="the talk before, placed in the host's city")]
    fallback = article.fallback(k, previous_first=k > 0 and by_pronoun(low, found))
    if goods := {p.code for p in named if p.role == "goods"}:   # "вопросы экспорта в Казахстан": a market, no side
        fallback = [c for c in fallback if c not in goods]
    if last is not None and {last.a, last.b} & {p.code for p in named}:
        # "… заседание комиссии Минской области и Санкт-Петербурга. Следующее заседание пройдет в Санкт-Петербурге":
        # the side not named again is the one of the event just told, before the other places around
        fallback = Lazy(chain((last.a, last.b), fallback))
    ps, found, talk = continuing(low, named, found, last)
    if last is not None and last.type in ("forum", "commission") and JOINED.match(low):
        found = [c for c in found if c.type not in ("visit", "host")]   # "Участие в нем принимает делегация …"
    # "в режиме видеоконференции прошло заседание комиссии", "участвовала в пленарной сессии … по видеосвязи":
    # the mode of a session, no meeting of its own
    found = [c for c in found if not (held_by_mode(low, c) and (any(c.type in ("commission", "forum", "agreement")
                                                             for c in found)
                                                         or session_of(low, c)))]
    forum_before = last if last is not None else recent_forum(earlier, offset)
    found = signing_agreed(low, trip_to_last(low, found, forum_before), talk, last, SIDES)
    if forum_before is not None and forum_before.type == "forum" and (opens := _PROGRAMME.match(low)):
        # "Дни … пройдут в Пскове 10–12 октября. В программе — выставка-ярмарка …, бизнес-форум …, посещение
        # завода, переговоры в облисполкоме": parts of it (a signing there is its own event; not "В рамках Дней
        # Гомельской области в Москве …": Days named there are an event of their own)
        parts = ("forum", "visit", "host", "meeting") if "программ" in opens.group() else ("forum",)
        found = [c for c in found if c.type not in parts or c.start < opens.end()]   # ("В рамках Дней … губернатор
        # Кировской области встретился с …": a meeting of its own there)
    if not named and (occasion := occasion_of(low, earlier)) is not None:
        # "По итогам заседания подписаны документы": the sides of the session the article told
        ps = [Participant(occasion.a, -1, -1, "place", "context"), Participant(occasion.b, -1, -1, "place", "context")]
    elif not named and not ps:
        signed, talk_only = any(c.type == "agreement" for c in found), all(c in talk for c in found)
        recent = last or recent_event(earlier, offset, low)
        ps = unnamed_sides(low, recent, fallback, signed, talk_only)
        if not ps and last is None and k > 2 and SIDES.search(low):   # "… между нашими регионами" far below
            ps = unnamed_sides(low, None, article.fallback(k, before=k), signed, talk_only)   # the article's pair
        if last is not None and last.type != "visit":   # "На него приехали представители …": the trip to it
            found = [c for c in found if c.type not in ("visit", "host")]
        if recent is not None:   # "Участники обсудили поставки": what was said there (past a quote too)
            found = [c for c in found if c not in talk]
    if no_pair(named, ps, fallback) and not any(OF_REGIONS.match(low, c.start) for c in found):
        return []
    host_cue = next((c for c in found if c.type == "host"), None)
    out: list[Event] = []
    done: set[str] = set()
    for cue in found:
        if cue in talk and any(e.status == "held" for e in out):   # talk about a planned one is its own
            break
        kind = "visit" if cue.type == "host" else cue.type
        if kind in done:
            continue
        # "принял посла Беларуси в России": a resident diplomat received is met, no visitor
        if cue.type in ("meeting", "host") and (met := diplomat_meetings(ps, low, cue, fallback, found,
                                                                       _titled_next(article, k))) is not None:
            out.extend(_meeting(s, offset, low, cue, published, headline, x, y) for x, y in met)
            if not met and cue.type == "meeting":   # "прибыл в Беларусь …, и 23 июня с ним встретился посол России":
                out = _dated_by_talk(out, s, low, cue, published, headline)   # the visit's day
            done.add(kind)
            continue
        # a joint body in a sentence naming no place: of the sides the sentences around give ("…, где стороны
        # подписали протокол" after "Товарооборот Казахстана и Омской области …")
        # ("Документ был подписан на форуме межрегионального сотрудничества" after the signing: a forum of no place
        # named is tried with the sides of the event just told, which only a forum of no own place takes)
        own = cue.type == "forum" and (bool(named) or not ps) or cue.type == "commission" and bool(named)
        if cue.type == "meeting" and (topic := talk_topics(low, cue.start, cue.end, ps)):
            about = {p.code for p in topic}   # "обсудил с министром … сотрудничества с Беларусью": not met
            pair = cue_sides([p for p in ps if p not in topic], low, cue, [c for c in fallback if c not in about])
        elif cue.type in ("visit", "host", "meeting") and (cut := _reported_after(low, cue)) is not None \
                and any(p.role == "delegation" and 0 <= p.start < cut for p in ps):
            # "… на встрече с делегацией Брестской области сообщил, что … между предприятиями Брестской области
            # и субъектами Китая …": what was said names no host of the delegation's trip
            said = {p.code for p in ps if p.start >= cut} - {p.code for p in ps if 0 <= p.start < cut
                                                            and p.role != "posted"}
            pair = cue_sides([p for p in ps if p.start < cut], low, cue, [c for c in fallback if c not in said])
        else:
            pair = cue_sides(named if own else ps, low, cue, fallback)
            if pair is not None and cue.type in ("visit", "host") and own_diplomat(*pair) \
                    and not _in_clause(pair, low, cue):
                # "посол России … встретился с губернатором …, прибывшим в республику": the governor's trip
                actors = [replace(p, role="actor") if p.role == "diplomat" else p for p in ps]
                pair = cue_sides(actors, low, cue, fallback)
        if pair is None or cue.type == "agreement" and all(p.role in ("venue", "dest") for p in pair):
            continue   # "В Гомельской области принят план … экспорта в Россию": where and whither, no parties
        told = tuple(c for e in earlier for c in (e.a, e.b))
        pair = tuple(region_of_delegation(ps, p, low, told, kind == "agreement") for p in pair)
        pairs = coordinated(ps, *pair, low)
        if kind == "forum" and joined and (pair[0] in joined or pair[1] in joined) \
                and len(hosts := {p.code for p in named if p not in joined and p.role != "goods"}) == 1:
            # "… прошел экономический форум. В нем приняли участие делегации Брянской, Курской и Орловской областей":
            # the host with each guest the next sentence lists, as a list in its own sentence gives
            host = next(p for p in named if p.code in hosts)
            seen: set[str] = set()
            pairs = [(g, host) for g in joined if country_of(g.code) != country_of(host.code)
                     and not (g.code in seen or seen.add(g.code))] or pairs
        if kind == "agreement":
            pairs = own_partner(ps, pairs, low, cue)
        x, y = pairs[0]
        if cue.type == "visit" and joint_subjects(ps, x, y, low, cue):
            continue   # "Губернатор … и аким … посетили пункт пропуска": both went, neither to the other
        if cue.type == "visit" and low.startswith(("осмотр", "ознаком", "знаком"), cue.start) \
                and "adj" in (x.source, y.source):
            continue   # "осмотрел выставку белорусской техники": what he saw, not where he went
        notes, at_embassy = [], False
        # a meeting beside a visit word stays a meeting: of the visit's pair it is merged into the visit
        # (merge_mentions), of another pair it is a contact of its own
        if kind == "meeting" and (host_cue or venue_visit(ps, x, y, bool(_TITLED.search(low)), low, seat=True)
                                  or seat_visit(low, x, y)) and not (at_mission(ps, x) or at_mission(ps, y)) \
                and not any(c.type == "visit" and announced(low, c) for c in found):
            # (not "консультации в Гомеле в преддверии визита губернатора": that visit is ahead, told apart)
            kind = "visit"
            if "visit" in done:
                continue
        if kind == "visit":
            prior = next(((e.a, e.b) for e in reversed(earlier) if e.type == "visit"), title_trip)
            x, y = visit_direction(ps, x, y, host_cue, low, prior)
            x, y = region_of_delegation(ps, x, low, told, later=lambda: led_next(article, k)), host_of(ps, y, low)
            if (state := capital_state(y.code)) is not None and state in leader_received_next(article, k):
                y = Participant(state, y.start, y.end, y.role, y.source)   # "… в Минске. Его принял Премьер-министр"
            if at_mission(ps, y) and ("meeting" in done or cue.type == "meeting"):
                continue   # "В посольстве Беларуси в Москве прошла встреча с делегацией …": met, not visited
            if at_mission(ps, y):   # "посетил посольство России в Беларуси": a meeting with the mission's state
                kind, at_embassy = "meeting", True
        if y.role == "context":
            notes.append("one side taken from elsewhere in the article")
        a, b = as_codes(x, y, low, forum=kind == "forum")
        if country_of(a) == country_of(b) and not (a != b and own_diplomat(x, y) and (
                kind == "meeting" or kind == "visit" and (host_cue or y.role in ("dest", "venue")))):
            continue   # two places of one country; a region and its own state's ambassador are two sides
            # (his visit only to a region named as visited: "посетил Тульскую область")
        if kind == "commission" and STATES.search(low, max(0, cue.start - 40), cue.end + 10):
            a, b = country_of(a), country_of(b)   # an intergovernmental body's sides are the states
        elif kind == "commission":   # "совместной комиссии по сотрудничеству Москвы и Минска": the cities'
            a, b = capitals_as_cities(x, y, a, b)
        if kind == "meeting" and any(p.role == "diplomat" and p.source != "actor" for p in (x, y)):
            if came_on_visit(ps, low, found) and not at_embassy:
                continue   # "прибыл посол Казахстана …, который встретился с губернатором": part of his visit
            notes.append("with a resident diplomat")   # never part of a visitor's trip
        # (talks told in a visit's sentence are held during it: "прибудет … для участия в переговорах 22–23
        # октября" dates the visit)
        others = [c.start for c in found if c.type not in (cue.type, kind, "host")
                  and not (kind == "visit" and c.type == "meeting")]
        status, first, last_day, note = when(s, low, cue, published, headline, others)
        if first is None and _programme_of(last, low, cue) and (status == "held" or {a, b} == {last.a, last.b}):
            # (a planned one only of the same pair: "Дни … 6–8 октября. В программе — подписание соглашения между …")
            status, first, last_day = "planned", last.date_start, last.date_end
            note = "date: of the event it is part of"
        if kind == "visit" and trip_to_session(last, x, y, low, status, first):
            continue   # "… заседание рабочей группы … Российскую делегацию возглавил …": the trip to it
        if first is None and in_general(low, cue, status) or called_off(low, cue) \
                or kind == "visit" and counted(low, cue):   # "посетили 12 делегаций": visits in general
            done.add(kind)   # "неоднократно посещали", "в будущем планирует посетить": contacts in general
            continue
        if kind == "agreement":   # "подписали меморандум … между Правительством Республики Дагестан и …"
            a, b = parties_named(a, b, [as_codes(p, q, low) for p, q in
                                        documents_between(low, ps, cues()["agreement"])])
        event = Event(type=kind, a=a, b=b, date_start=first, date_end=last_day, status=status, quote=s,
                      quote_start=offset, quote_end=offset + len(s), notes="; ".join(notes + [note] if note else notes))
        out.append(event)
        done.add(kind)
        if kind != "visit":   # "с Белгородской и Брянской областями": one event per pair named
            out.extend(replace(event, a=a2, b=b2) for a2, b2 in (as_codes(p, q, low) for p, q in pairs[1:])
                       if country_of(a2) != country_of(b2))
        if kind == "agreement":   # "соглашение между … и меморандум между …": a signing of each pair
            told_pairs = {frozenset((e.a, e.b)) for e in out}
            out.extend(replace(event, a=a2, b=b2) for a2, b2 in (as_codes(p, q, low) for p, q in
                                                                  documents_between(low, ps, cues()["agreement"]))
                       if frozenset((a2, b2)) not in told_pairs)
        if kind in ("agreement", "meeting"):   # ", а Гродненская — с Тульской", ", а в октябре — с Самарской"
            for own, partner, lo, hi in elliptic_pairs(low, ps, cue, event):
                status, first, last_day, _ = when(s, low, Cue(kind, lo, hi), published, headline)
                dated = (status, first, last_day) if first else (event.status, event.date_start, event.date_end)
                out.append(replace(event, a=own, b=partner, status=dated[0], date_start=dated[1], date_end=dated[2]))
        if kind != "agreement":   # "переговоры с делегациями Тульской и Липецкой областей": each delegation visited
            out.extend(replace(event, a=v, b=h) for v, h in co_visits(pairs[1:], a, b, low))
        if kind == "agreement" and "visit" not in done \
                and venue_visit([p for p in ps if not (p.role == "venue" and p.start > cue.end and _IN_TOPIC.search(
                    low, max(cue.end, p.start - 80), p.start))], x, y, bool(_TITLED.search(low))):
            # "подписали в Барнауле протокол" with the Kazakh akim: he came to sign it
            v, h = visit_direction(ps, x, y, None)
            out.append(replace(event, type="visit", a=as_codes(v, h, low)[0], b=as_codes(v, h, low)[1]))
            done.add("visit")
    return out


_REPORTED = re.compile(r"(?<![а-яё])(?:сообщил|заявил|отметил|рассказал|подчеркнул|сказал|пояснил|уточнил|напомнил|"
                       r"добавил|констатировал)[а-яё]*,?\s+(?:[а-яё]+\s+){0,2}?что(?![а-яё])")


def _titled_next(article: ArticlePlaces, k: int) -> list[str]:
    """The places of sentence k + 1 when it opens with an official's title ("Губернатор Ленинградской области
    отметил …"): the first of them names the region of an official the sentence k named by name alone."""
    if k + 1 >= len(article.spans):
        return []
    s0, s1 = article.spans[k + 1]
    opens = TITLE_OPENS.match(article.low, s0, s1)
    return [m.code for m in article.of(k + 1) if opens and m.start <= opens.end() - s0 + 2][:1]


def _reported_after(low: str, cue: Cue) -> int | None:
    """Where the content of a statement made after the cue word starts ("… на встрече с делегацией …
    сообщил, что …"), or None."""
    m = _REPORTED.search(low, cue.end)
    return m.end() if m else None


def _in_clause(pair: tuple[Participant, Participant], low: str, cue: Cue) -> bool:
    """The diplomat of a pair stands in the clause of the cue word (the subject or object of the visit)."""
    lo, hi = clause(low, cue.start, cue.end)
    return any(p.role == "diplomat" and lo <= p.start < hi for p in pair)


# "В программе — …", "В их программе …", "Программа включала …", "В рамках Дней / недели / форума …": what the
# event just reported holds
_PROGRAMME = re.compile(r"\s*(?:в\s+(?:(?:его|ее|их)\s+)?программ\w*|программ\w*\s+(?:[а-яё]+\s+){0,2}?"
                        r"(?:включа|предусматрива|состо)\w*|в\s+рамках\s+(?:дней|недели|форума|ярмарки|выставки|"
                        r"их|его|ее)(?![а-яё]))")


def _programme_of(last: Event | None, low: str, cue: Cue) -> bool:
    """A clause with no verb right after a planned event is its programme ("… прибудет в Минск 26 июня.
    В программе — переговоры и подписание соглашения"): planned like it."""
    if last is None or last.status != "planned":
        return False
    lo, hi = clause(low, cue.start, cue.end)
    return not any(t.startswith(("VERB", "PRTS", "INFN")) for w in _WORD.finditer(low, lo, hi)
                   for t in tags(w.group())[:1])


def extract_events(text: str, published: dt.date | None, title: str | None = None) -> list[Event]:
    """Every cooperation event an article reports, each with the sentence it came from."""
    low = lower_text(text) if text else ""
    if not may_hold_event(text, low, title):
        return []   # no two countries an event could join (etl/extract/article_countries.py)
    low = low.replace("ё", "е")   # as each sentence's (same length, same offsets)
    hits = cue_spots(low)
    if not hits:
        return []
    aligned = len(low) == len(text)   # lower() kept every offset: the article's spots serve its sentences
    article = ArticlePlaces(text, title, low)
    headline = bool(title) and text.strip() == title.strip()
    events: list[Event] = []
    title_trip = _title_trip(title, published) if title and not headline else None
    for k, (s0, s1) in enumerate(article.spans):
        i = bisect.bisect_left(hits, s0)
        last = events[-1] if events and events[-1].quote_end >= s0 - 2 else None
        if (i == len(hits) or hits[i] >= s1) and not (events and events[-1].type == "commission"
                                                      and NEXT_SESSION.search(low, s0, s1)) \
                and told_next(low[s0:s1], last) is None:
            continue   # no cue word in this sentence (nor "Следующее заседание …" after a session, "Подписание
            # состоялось 17 декабря" after a signing)
        spots = [h - s0 for h in hits[i:bisect.bisect_left(hits, s1, i)]] if aligned else None
        found = _sentence_events(text[s0:s1], s0, published, article, k, headline, last, spots,
                                 events, title_trip)
        found = [e for e in found if not (e.type == "visit" and stop_on_trip(e, events))]   # a stop of the trip
        found = [replace(e, type="meeting", notes="talks on the trip told before")
                 if e.type == "visit" and talk_on_trip(e, events) else e for e in found]
        # ("Стороны …" past a quote, "В тот же день …" past a sentence of no event: that day too)
        near = last or recent_event(events, s0, text[s0:s1].lower()) \
            or told_that_day(events, low[s0:s1], s0, RECENT_REACH)
        events.extend(same_day(found, near) if near else found)
    if events and open_plans(low):   # "… намерена подписать соглашение. Сроки подписания пока не определены."
        events = _without_open_plans(events, low, article.spans)
    cities = {c for e in events for c in (e.a, e.b) if place_kinds().get(c) == "city"}
    oblast_of = article.city_or_oblast(cities) if cities else {}
    if oblast_of:   # "минская делегация" in an article of the Minsk oblast and not of the city
        events = [replace(e, a=oblast_of.get(e.a, e.a), b=oblast_of.get(e.b, e.b)) for e in events]
    events = visit_signing_dates(merge_mentions(events, published))
    if events and (line := DATELINE.match(text)):
        events = dated_by_dateline(events, line, article.spans, published)
    return [replace(e, confidence=confidence(e)) for e in at_occasion(events, published)]



def _without_open_plans(events: list[Event], low: str, spans: list[tuple[int, int]]) -> list[Event]:
    """Drop the undated plans of a sentence whose next sentence leaves their time open (EVENTS.md: a plan
    with no date or occasion named is no event)."""
    for k in range(1, len(spans)):
        if types := left_open(low, *spans[k]):
            p0 = spans[k - 1][0]
            events = [e for e in events if not (e.quote_start == p0 and e.status == "planned"
                                                and e.date_start is None and e.type in types)]
    return events


def _title_trip(title: str, published) -> tuple[str, str] | None:
    """(visitor, host) of the visit the headline tells ("Губернатор Калужской области посетил Могилев"): the
    direction of the text's visit of that pair when the text names its sides only around it ("В ходе визита
    состоялись переговоры с руководством облисполкома")."""
    low = lower_text(title).replace("ё", "е")
    if len(low) != len(title) or not cue_spots(low):
        return None
    trips = [e for e in _sentence_events(title, 0, published, ArticlePlaces(title, None, low), 0, True)
             if e.type == "visit"]
    return (trips[0].a, trips[0].b) if trips else None


@functools.cache
def _confidence_table() -> dict[tuple[str, str], float]:
    path = reference_dir() / "event_confidence.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["type"], r["status"]): float(r["precision"]) for r in csv.DictReader(fh)}


def confidence(e: Event) -> float:
    """Measured precision of events of this type and status on the labelled passages we tuned on,
    smoothed toward one half for small counts ((right + 1) / (extracted + 2)); written by
    `python -m tests.extract.score_events_dev --write-confidence` into event_confidence.csv. A type and
    status never extracted there gets the precision over all events."""
    table = _confidence_table()
    return table.get((e.type, e.status), table.get(("all", "all"), 0.5))
