"""The pair brief (issue 14): one A4 page an official takes to a meeting, for one pair or one region
against all its partners under the current filters — latest figures, the Pair page's two charts,
targets, recent events and the source of every number — as PDF or PNG.

`make.make_brief` is what both the Pair page's download buttons and `tradeboard brief` call:
content.py reads (through the Pair page's own loaders and pair_summary), page.py writes HTML,
render.py prints it with headless Chromium. This package file imports nothing, so the command
line can build its parser from cli.py without loading Streamlit.
"""
