"""The fourth batch of tests/extract/attach_grid.py (ours, written before the extractor ran on them):
changes of the other flow beside a value ("при росте экспорта на 12 %"), increments and changes
together, multiples in words, rarer period phrases, reporting sides named by a title or a delegation."""


LEN, SAR, KGD, SAM, TVE, ORE, CU, LIP = "RU-LEN", "RU-SAR", "RU-KGD", "RU-SAM", "RU-TVE", "RU-ORE", "RU-CU", \
    "RU-LIP"
OCT = "2025-10-20"

HARD_GROUPS = {
}

MOS, TUL = "RU-MOS", "RU-TUL"

# The fifth batch: how writers state a change (г/г, "с увеличением в 1,7 раза", "рост в 12 %", "темп роста —
# 114,5 %" after an increment, a change beside a share's percentage points, a trailing "(данные за 2024 год)").
CHANGE_FORMS = {
}
