"""What `tradeboard serve` turns into (os.execv, so one process and signals reach Streamlit):
Streamlit's own command line in this process. Once the server listens, a thread imports what the
first page run needs while the browser loads Streamlit's JavaScript, so that run does not wait for
them (before the server listens the imports would only slow its start: one GIL).

    python -m dashboard.serve --server.port 8501
"""

from __future__ import annotations

import importlib
import socket
import sys
import threading
import time
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"
# Third-party and etl modules only: dashboard modules hold st.cache_data functions, which want
# Streamlit's runtime to exist when they are defined.
PRELOAD = ("pandas", "pyarrow", "pyarrow.parquet", "duckdb", "plotly.graph_objects", "plotly.io",
           "etl.filters", "etl.export", "etl.model", "etl.reference")
# Serving needs no file watcher (runOnSave is off); it costs start-up time and inotify handles.
SERVE_FLAGS = ("--server.headless", "true", "--server.fileWatcherType", "none")


def preload(port: int, timeout: float = 30.0) -> None:
    """Import PRELOAD once the server accepts connections on `port`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.02)
    for name in PRELOAD:
        importlib.import_module(name)


def port_of(argv: list[str]) -> int:
    """The --server.port value among Streamlit's flags (8501 when absent)."""
    for flag, value in zip(argv, argv[1:], strict=False):
        if flag == "--server.port":
            return int(value)
    return 8501


def main(argv: list[str]) -> None:
    from streamlit.web import cli  # first, alone: plotly's lazy submodules are not thread-safe

    threading.Thread(target=preload, args=(port_of(argv),), name="tradeboard-preload", daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *SERVE_FLAGS, *argv]
    cli.main()


if __name__ == "__main__":
    main(sys.argv[1:])
