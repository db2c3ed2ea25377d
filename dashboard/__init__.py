"""Tradeboard's Streamlit dashboard."""

# The page a visit opens on. Streamlit serves the default page at "/" only; dashboard/server.py
# sends its own name ("/overview", as the other pages are named) there too.
DEFAULT_PAGE = "overview"
