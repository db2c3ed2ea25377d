"""Starting a server on a free port and waiting until it answers: shared by the browser tests, the
concurrency test and scripts/readme_shots.py."""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.request


def free_port() -> int:
    """A port nobody listens on now (the kernel's choice), so parallel sessions never collide."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen | None = None, timeout: float = 60) -> None:
    """Return once Streamlit's health endpoint on `port` answers 200; fail early if `proc` exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"tradeboard serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"tradeboard serve did not answer on port {port} within {timeout} s")
