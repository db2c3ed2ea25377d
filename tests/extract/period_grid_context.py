"""More of the composed period grid (period_grid.py): figures in the context of other clauses and
sentences — a change and its base around the value, a sentence after a dated one."""


CONTEXT_GROUPS = {
}
