"""Read article files of every supported format into `Article` records."""

from etl.sources.common import SourceError, article_id_for, iter_source_files, read_path

__all__ = ["SourceError", "article_id_for", "iter_source_files", "read_path"]
