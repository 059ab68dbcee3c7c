import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def tanqih_bin():
    """The release binary (built by `cargo build --release`, or TANQIH_BIN)."""
    path = pathlib.Path(os.environ.get("TANQIH_BIN", REPO / "target" / "release" / "tanqih"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "-p", "tanqih-cli"], cwd=REPO, check=True)
    return str(path)


@pytest.fixture(scope="session")
def repo():
    return REPO
