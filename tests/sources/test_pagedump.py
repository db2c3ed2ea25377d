import datetime as dt

import pytest

from etl.sources import read_path
from etl.sources.pagedump import split_page
from tests.conftest import SEED


def test_seed_main_article():
    main = read_path(SEED)[0]
    assert main.title == "Кухарев встретился с делегацией Правительства Москвы"
    assert main.published == dt.date(2025, 8, 14)
    assert main.source == "Минск-Новости"
    assert main.rubric == "Сотрудничество регионов"
    assert main.body.startswith("Председатель Мингорисполкома Владимир Кухарев 13 августа")
    assert main.body.endswith("необходимо продолжать работу по развитию сотрудничества.")


def test_seed_body_has_no_page_chrome():
    body = read_path(SEED)[0].body
    for chrome in ("Новостные рубрики", "Фото:", "10:30", "Другие материалы", "Съезд малых городов"):
        assert chrome not in body
    assert "Товарооборот между Минском и Москвой в первом полугодии превысил 1,6 млрд долларов" in body


def test_seed_related_headlines_are_articles():
    related = read_path(SEED)[1:]
    assert [(a.title, a.published) for a in related] == [
        ("Более 120 участников из Нижегородской области соберет в Гродненском регионе IV Съезд малых городов",
         dt.date(2025, 8, 13)),
        ("Российские регионы заинтересованы в съездах малых городов по примеру Гродненской и "
         "Нижегородской областей", dt.date(2025, 8, 12)),
        ("От АПК до обмена делегациями молодежи. В Гомеле обсудили перспективы сотрудничества с "
         "Челябинской областью", dt.date(2025, 8, 11)),
    ]
    assert all(a.body == a.title and a.rubric == "Сотрудничество регионов" for a in related)
    assert len({a.article_id for a in read_path(SEED)}) == 4


@pytest.mark.parametrize(("name", "published"), [
    ("page-2024-09-01.txt", dt.date(2024, 8, 14)),
    ("page-2024-03-05.txt", dt.date(2023, 8, 14)),
])
def test_without_sidecar_the_year_comes_from_the_file_name(tmp_path, name, published):
    dump = tmp_path / name
    dump.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    main = read_path(dump)[0]
    assert main.published == published
    assert "file name" in main.notes


def test_without_any_year_the_date_is_null_and_flagged(tmp_path):
    dump = tmp_path / "page.txt"
    dump.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    main = read_path(dump)[0]
    assert main.published is None
    assert "date unresolved" in main.notes


def test_cp1251_page_dump(tmp_path):
    dump = tmp_path / "page.txt"
    dump.write_bytes(SEED.read_text(encoding="utf-8").encode("cp1251"))
    (tmp_path / "page.json").write_text('{"published": "2025-08-14"}', encoding="utf-8")
    main = read_path(dump)[0]
    assert main.encoding == "cp1251"
    assert "Минском и Москвой" in main.body


def test_split_page_without_related_list():
    headline, time, body, rubric, related = split_page(
        ["Заголовок", "5 марта 2024", "Фото: БелТА", "Первый абзац.", "", "Второй абзац."])
    assert (headline, time, body, rubric, related) == ("Заголовок", (5, 3, 2024),
                                                       ["Первый абзац.", "Второй абзац."], None, [])
