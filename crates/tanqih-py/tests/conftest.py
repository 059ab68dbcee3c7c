import os
import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def tanqih_bin():
    """The release binary (TANQIH_BIN, or built by `cargo build --release`)."""
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    path = pathlib.Path(os.environ.get("TANQIH_BIN", target / "release" / "tanqih"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "-p", "tanqih-cli"], cwd=REPO, check=True)
    return str(path)


@pytest.fixture(scope="session")
def repo():
    return REPO
