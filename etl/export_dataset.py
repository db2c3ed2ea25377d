"""`tradeboard export --format parquet-dataset DIR`: the filtered facts as a Hive-partitioned dataset.

One folder per year of the figure's period (`DIR/year=2024/part-0.parquet`; facts without a
period in `year=__HIVE_DEFAULT_PARTITION__`, which Spark, Trino and DuckDB read as null), the
same rows and columns as the Parquet download. Spark, Trino and DuckDB read it as one table
(`read_parquet('DIR/**/*.parquet', hive_partitioning = true)`). Written to a temporary folder
beside DIR and renamed, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from etl.export import ExportError, read_export


def write_parquet_dataset(db_path: Path, filters, out: Path) -> int:
    """Write the facts `filters` select under `out` (a new or empty folder); returns the row count."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError(f"{out}: exists and is not an empty folder; choose a new folder or remove it")
    if not db_path.exists():
        raise ExportError(f"--db {db_path}: no database; run `tradeboard build` first")
    table = read_export(db_path, filters)
    table = table.append_column("year", pc.year(table["period_start"]).cast(pa.int32()))
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        ds.write_dataset(table, tmp, format="parquet", partitioning=["year"], partitioning_flavor="hive",
                         basename_template="part-{i}.parquet", existing_data_behavior="error")
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return table.num_rows
