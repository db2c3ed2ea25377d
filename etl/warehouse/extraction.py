"""The one function that turns an article into its rows: the unit every executor maps.

`extract_article_rows` is top level and takes and returns plain picklable values, so the same
code runs in the build's own process (`--jobs 1`), in a process pool (`--jobs N`) and on Dask
workers (`--dask`). Whatever extraction produces for an article travels in `ArticleRows.rows`,
keyed by the table it goes to; the loader inserts every table it finds there, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.model import Article


@dataclass
class ArticleRows:
    """One article's `articles` row and the rows extraction made from it, by table."""

    article: dict
    rows: dict[str, list[dict]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # what failed; the article is stored without those rows

    @property
    def n_facts(self) -> int:
        return len(self.rows.get("facts", ()))


def _failure(article: Article, what: str, exc: Exception, without: str) -> str:
    return (f"{article.path}: {what} failed on article {article.external_id or article.article_id} "
            f"({type(exc).__name__}: {exc}); article stored without {without}")


def extract_article_rows(article: Article) -> ArticleRows:
    """The article's row, its facts' rows and its events' rows; a failure is recorded, never raised.

    One bad article must not stop a build: the message names the article and the exception.
    """
    from etl.extract import article_scope
    from etl.warehouse.store import article_row

    out = ArticleRows(article_row(article), {"facts": [], "events": []})
    with article_scope():   # events reuse the sentences and places the fact extractor found
        _extract_into(out, article)
    return out


def _extract_into(out: ArticleRows, article: Article) -> None:
    from etl.extract import extract, extract_events
    from etl.reference import load_fx_rates
    from etl.warehouse.store import event_rows, fact_rows

    try:
        facts = extract(article.body, article.published, article.title)
        out.rows["facts"] = fact_rows(article.article_id, facts, load_fx_rates())
    except Exception as exc:  # noqa: BLE001 - reported per article, the build goes on
        out.errors.append(_failure(article, "extractor", exc, "facts"))
    try:
        out.rows["events"] = event_rows(article.article_id, extract_events(article.body, article.published,
                                                                           article.title))
    except Exception as exc:  # noqa: BLE001 - reported per article, the build goes on
        out.errors.append(_failure(article, "event extraction", exc, "events"))
