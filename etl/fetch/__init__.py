"""Collecting articles from news sites: feeds and sitemaps in, raw pages with sidecars out."""
