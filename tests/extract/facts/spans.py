"""The periods the composed cases of tests/extract/facts/ expect, written once: `MONTHS` for the shapes compared
by month (the attach, change and period grids, as tests/score_facts.py's strict match compares them), `DAYS` for
those compared by day."""


class MONTHS:
    H1 = ("2025-01", "2025-06")
    M5 = ("2025-01", "2025-05")
    Q1 = ("2025-01", "2025-03")
    Y22 = ("2022-01", "2022-12")
    Y23 = ("2023-01", "2023-12")
    Y24 = ("2024-01", "2024-12")
    Y25 = ("2025-01", "2025-12")


class DAYS:
    H1 = ("2025-01-01", "2025-06-30")
    M5 = ("2025-01-01", "2025-05-31")
    Q1 = ("2025-01-01", "2025-03-31")
    Y23 = ("2023-01-01", "2023-12-31")
    Y24 = ("2024-01-01", "2024-12-31")
