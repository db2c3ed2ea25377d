"""The short names the composed cases of tests/extract/facts/ write their rows with: metrics,
currencies, spaces and signs, place codes (ISO 3166-2, as data/reference), publication dates and
periods, and the row builders of the attach, change, precision and period shapes (facts/grids.py)."""

T = "turnover"
E = "export"
IM = "import"
TO = "turnover"
EX = "export"
USD = "USD"
RUB = "RUB"
EUR = "EUR"
BYN = "BYN"
NB = "\u00a0"
NNB = "\u202f"
NN = "\u202f"
MINUS = "\u2212"
REPORTED = "reported"
TARGET = "target"
R = "reported"
A4 = ("2025-01", "2025-04")
AM = "AM"
AST = "RU-AST"
AUG = "2025-08-14"  # the publication date of most cases
AUG2 = "2025-08-02"
AUG8 = ("2025-01-01", "2025-08-31")
BA = "RU-BA"
BEL = "RU-BEL"
BR = "BY-BR"
BRY = "RU-BRY"
BY = "BY"
CHE = "RU-CHE"
CN = "CN"
CU = "RU-CU"
DEC24 = "2024-12-05"
FEB = "2025-02-10"
FEB26 = "2026-02-16"
GB = "Гомельской области с Брянской областью"  # BY-HO, RU-BRY
H1_24 = ("2024-01-01", "2024-06-30")
HM = "BY-HM"
HO = "BY-HO"
HR = "BY-HR"
IN = "IN"
IRK = "RU-IRK"
IVA = "RU-IVA"
JAN = "2025-01-20"
JAN26 = "2026-01-15"
KGD = "RU-KGD"
KLU = "RU-KLU"
KOS = "RU-KOS"
KRS = "RU-KRS"
KRS_ = "RU-KRS"
KYA = "RU-KYA"
KZ = "KZ"
LEN = "RU-LEN"
LIP = "RU-LIP"
M11 = ("2025-01", "2025-11")
M6 = ("2025-01", "2025-06")
M7 = ("2025-01", "2025-07")
M9 = ("2025-01", "2025-09")
M9_24 = ("2024-01", "2024-09")
MA = "BY-MA"
MAR = "2025-03-28"
MAY = "2025-05-15"
MAYP = "2025-05-12"
MI = "BY-MI"
MN = "MN"
MOS = "RU-MOS"
MOW = "RU-MOW"
MUR = "RU-MUR"
NGR = "RU-NGR"
NIZ = "RU-NIZ"
NONE = (None, None)
NOV = "2025-11-20"
NVS = "RU-NVS"
OCT = "2025-10-20"
OMS = "RU-OMS"
ORE = "RU-ORE"
ORL = "RU-ORL"
PER = "RU-PER"
PNZ = "RU-PNZ"
PSK = "RU-PSK"
Q1_24 = ("2024-01-01", "2024-03-31")
Q1_25 = ("2025-01-01", "2025-03-31")
ROS = "RU-ROS"
RU = "RU"
S24 = ("2024-01", "2024-09")
SAM = "RU-SAM"
SAR = "RU-SAR"
SMO = "RU-SMO"
SPE = "RU-SPE"
SVE = "RU-SVE"
SVE2 = "RU-SVE"
TA = "RU-TA"
TR = "TR"
TUL = "RU-TUL"
TVE = "RU-TVE"
TYU = "RU-TYU"
UD = "RU-UD"
ULY = "RU-ULY"
UZ = "UZ"
VI = "BY-VI"
VLA = "RU-VLA"
VLG = "RU-VLG"
VN = "VN"
VOR = "RU-VOR"
Y20 = ("2020-01-01", "2020-12-31")
Y30 = ("2030-01-01", "2030-12-31")
YAR = "RU-YAR"
YTD = ("2025-01-01", "2025-09-30")  # "с начала года", published 2025-10-20


def attach_row(metric, a, b, value, period, change=None, bound="eq", currency="USD"):
    """A reported fact; a change-only one (value None) has no currency."""
    return (metric, a, b, value, None if value is None else currency, bound, period, change, "reported")


def change_row(metric, a, b, value, change, bound="eq"):
    """A reported fact."""
    return (metric, a, b, value, bound, change, "reported")


def target_row(metric, a, b, value, change, bound="eq"):
    """A target fact."""
    return (metric, a, b, value, bound, change, "target")


def precision_row(metric, a, b, value, change, period):
    return (metric, a, b, value, change, *period)


def period_row(value, change, period, status=R):
    return (value, change, *period, status)
