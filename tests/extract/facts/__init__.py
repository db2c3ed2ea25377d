"""Fact-extraction tests by construct (issue 9): amounts, places, periods, changes, direction,
targets, negatives, articles — test_<construct>.py binds the composed cases of <construct>_*.py."""
