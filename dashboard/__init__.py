"""Tradeboard's Streamlit dashboard."""
