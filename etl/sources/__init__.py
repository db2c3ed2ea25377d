"""Read article files of every supported format into `Article` records."""

from etl.sources.common import (
    LineError,
    SourceError,
    article_id_for,
    iter_articles,
    iter_source_files,
    read_path,
    text_hash,
)

__all__ = ["LineError", "SourceError", "article_id_for", "iter_articles", "iter_source_files", "read_path",
           "text_hash"]
