"""What the application sets up in its process before NumPy is loaded."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOW_BLAS_THREADS = "import gui.app, numpy, os; print(os.environ.get('OPENBLAS_NUM_THREADS'))"


def blas_threads(**env):
    clean = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run([sys.executable, "-c", SHOW_BLAS_THREADS], cwd=ROOT, env={**clean, **env},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_app_runs_openblas_on_one_thread_unless_the_user_chose():
    assert blas_threads() == "1"
    assert blas_threads(OPENBLAS_NUM_THREADS="2") == "2"
