"""The command-line contract of the issues, checked by the shared acceptance script.

Runs ``../shared/acceptance/check.sh`` when the project sits beside it (the newest version),
else the copy in ``tests/acceptance``, against the installed ``workshop-desk`` command.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> Path:
    shared = ROOT.parent / "shared" / "acceptance" / "check.sh"
    return shared if shared.is_file() else ROOT / "tests" / "acceptance" / "check.sh"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("bash") is None, reason="the acceptance script needs bash")
def test_acceptance_script_passes(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("workshop-desk")
    result = subprocess.run(
        ["bash", str(_script()), str(command)], capture_output=True, text=True, timeout=600, check=False
    )
    report = result.stdout + result.stderr
    assert "FAIL" not in report, report
    assert result.returncode == 0, report
    assert " 0 failed" in report
