"""Event rule tests by construct (tests/data/EVENTS.md; docs/extraction.md, "Events"): one module per construct."""
