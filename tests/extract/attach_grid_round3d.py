"""Composed cases for tests/extract/test_attach_round3.py, batches Q–U (ours, each batch written before the
extractor ran on it, 2026-12-07, branch fx3c): change-only facts whose pair another sentence gives, pronoun
guards, changes dated by their base, leads and bases, multiples in "раз". Each case is (text, published,
facts), a fact as in tests/extract/attach_grid.py."""


ROUND3_Q = {
}

ROUND3_R = {
}

ROUND3_S = {
}

ROUND3_T = {
}

ROUND3_U = {
}

ROUND3_V = {
}

ROUND3_W = {
}

ROUND3_X = {
}

ROUND3_Y = {
}

ROUND3_Z = {
}

ROUND3_ZA = {
}

ROUND3_ZB = {
}

ROUND3_ZC = {
}

ROUND3_ZD = {
}

ROUND3_ZE = {
}
