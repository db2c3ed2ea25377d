"""The article-level country bound that lets extract_events skip an article naming one country at most
(etl/extract/article_countries.py): it must hold every country the event rules can read, so that the
skip never changes what is extracted."""

import datetime as dt
import json

import pytest

from etl.extract import events
from etl.extract.actors import actors
from etl.extract.article_countries import DIPLOMAT_WORD, may_hold_event, names_diplomat, place_countries, words_of
from etl.extract.places import WORD, country_of, find_places
from etl.extract.sentences import split_sentences
from tests.extract.events import test_sides, test_sides_bodies
from tests.extract.events.common import PUB, PUB_MAY, composed


def _texts() -> list[tuple[str, dt.date | None, str | None]]:
    """The labelled passages we tune on, the event rule tests' sentences and a slice of the feed."""
    from bench.gen_corpus import generate
    from bench.gen_hard import DATA, PARTS

    out = []
    for name in PARTS:
        with open(DATA / name, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    pub = dt.date.fromisoformat(row["published"]) if row.get("published") else None
                    out.append((row["text"], pub, row.get("title")))
    out += [(text, PUB_MAY, None) for text, *_ in composed("BY_DAY_MAY")]
    out += [(text, PUB, None) for text, *_ in composed("BY_DAY")]
    out += [(text, PUB, None)   # demonyms, towns, short names of regions, bodies and titles
            for module in (test_sides, test_sides_bodies) for cases in module.GROUPS.values() for text, _ in cases]
    out += [(a["text"], dt.date.fromisoformat(a["published"]), a["title"]) for a in generate(400)]
    return out


TEXTS = _texts()   # (read at collection: a few hundred texts, no extraction)


def _bound(text: str) -> set[str]:
    found: set[str] = set()
    place_countries(text, text.lower().replace("ё", "е"), found, enough=10**6)
    return found


def test_the_bound_holds_every_country_the_place_finder_reads():
    for text, _, title in TEXTS:
        bound = _bound(text)
        named = {country_of(c) for s0, s1 in split_sentences(text) for m in find_places(text[s0:s1])
                 for c in m.code.split("+") if c}
        assert named <= bound, text[:80]
        if title:
            assert {country_of(c) for m in find_places(title) for c in m.code.split("+") if c} <= _bound(title)


def test_an_article_with_the_officials_or_places_of_two_countries_may_hold_an_event():
    rx, codes = actors()
    for text, _, title in TEXTS:
        found = _bound(text) | {country_of(codes[m.group("n")]) for m in rx.finditer(text)}
        if title:
            found |= _bound(title)
        low = text.lower()
        # (one state with a diplomat word: a region and its own state's ambassador are two sides)
        assert may_hold_event(text, low, title) == (len(found) >= 2 or "форум" in low and "регионов" in low
                                                    or len(found) == 1 and bool(DIPLOMAT_WORD.search(low))), text[:80]


def test_skipping_changes_no_event(monkeypatch):
    """The same events with the skip and without it, on every text above."""
    with_skip = [events.extract_events(*t) for t in TEXTS]
    monkeypatch.setattr(events, "may_hold_event", lambda *a: True)
    assert [events.extract_events(*t) for t in TEXTS] == with_skip
    assert sum(map(len, with_skip)) > 100   # the texts do hold events


@pytest.mark.parametrize("text,holds", [
    ("Делегация Брестской области посетила Брестский район. Обсудили ремонт дорог.", False),
    ("Губернатор Брянской области провел переговоры с председателем Гомельского облисполкома.", True),
    ("Губернатор Брестской области встретился с Владимиром Путиным.", True),   # an official, no place
    ("Путин и Лукашенко обсудили сотрудничество.", True),
    ("Си Цзиньпин прибыл в Москву.", True),
    ("В Гомеле прошел Форум регионов.", True),   # Belarus and Russia by its name
    ("Делегация новой школы посетила музей.", False),   # "Новая Зеландия" only with a capital letter
    ("Делегация из Новой Зеландии посетила Брест.", True),
    ("Гродненцы приехали в Калининград.", True),   # a people stands for its place (demonyms.csv)
    ("Туляки и могилевчане подписали план.", True),
    ("Туляки и тульские власти обсудили план.", False),   # one country
    ("Делегация Великих Лук посетила Пинск.", True),   # a town that is no region's centre
])
def test_cases(text, holds):
    assert may_hold_event(text, text.lower(), None) is holds


@pytest.mark.parametrize("text", ["Київ і Мінськ підписали угоду.", "Ёлка-2025, «Минск»; Café Брест", "",
                                  "Брест\u00a0— Москва: 5 %.", "Ärger in Mainz und Брест"])
def test_words_of_holds_every_word(text):
    low = text.lower().replace("ё", "е")
    assert set(WORD.findall(low)) <= words_of(low)
    assert all(set(WORD.findall(t.lower().replace("ё", "е"))) <= words_of(t.lower().replace("ё", "е"))
               for t, _, _ in TEXTS[:300])


@pytest.mark.parametrize("text", ["посол", "Послы стран", "апостол посланника", "генконсульство", "консулы",
                                  "бизнесмен и дипломат", "посольский", "прокурор послам", "Київ: посол", ""])
def test_names_diplomat_answers_as_its_pattern(text):
    """names_diplomat scans plain text through the dispatched pattern, any other with DIPLOMAT_WORD itself."""
    for low in [text.lower(), *(t.lower() for t, _, _ in TEXTS[:400])]:
        assert names_diplomat(low) == bool(DIPLOMAT_WORD.search(low)), low[:80]


@pytest.mark.parametrize("text,pos,endpos", [("товарооборот вырос", 0, 99), ("товарооборот вырос", 3, 99),
                                             ("товарооборот вырос", 6, 99), ("товарооборот вырос", 0, 11),
                                             ("экспорт", 0, 7), ("экспорт", 1, 7), ("", 0, 0)])
def test_the_word_gate_answers_as_its_pattern_in_a_range(text, pos, endpos):
    from etl.extract import _TRADE_GATE, _TRADE_WORD

    assert bool(_TRADE_GATE.search(text, pos, endpos)) == bool(_TRADE_WORD.search(text, pos, endpos))
