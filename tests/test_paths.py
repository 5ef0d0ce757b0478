"""The bundled seeds and resources are found from source, an installed wheel and a bundle."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator import paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_from_source():
    assert paths.data_dir("seeds") == ROOT / "seeds"
    assert [p.name for p in paths.seed_files()] == SEEDS
    assert len(SEEDS) == 5


def test_from_a_bundle_layout(tmp_path):
    # PyInstaller's spec maps seeds/ into the package folder, as the wheel does.
    package = tmp_path / "_internal" / "annotator"
    shutil.copytree(ROOT / "seeds", package / "seeds")
    (package / "resources").mkdir()
    assert paths.data_dir("seeds", package_dir=package) == package / "seeds"
    assert paths.data_dir("resources", package_dir=package) == package / "resources"


def test_missing_data_is_a_clear_error(tmp_path):
    try:
        paths.data_dir("seeds", package_dir=tmp_path / "annotator")
    except FileNotFoundError as exc:
        assert "seeds" in str(exc)
    else:
        raise AssertionError("expected FileNotFoundError")


@pytest.mark.slow  # pip builds the wheel and installs it: seconds, like the bundle's build
def test_from_an_installed_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, cwd=tmp_path,
                   capture_output=True)
    wheel = next(wheels.glob("annotator-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert {f"annotator/seeds/{name}" for name in SEEDS} <= set(names)
    for package in ("commands", "store", "ui"):  # every subpackage ships
        assert f"annotator/{package}/__init__.py" in names
    assert "annotator/resources/i18n/annotator_zh_CN.qm" in names

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    # -S: no site-packages, so neither the source tree nor an editable install can answer.
    probe = "import annotator.paths as p; print(p.data_dir('seeds')); print(len(p.seed_files()))"
    out = subprocess.run([sys.executable, "-S", "-c", probe], cwd=tmp_path, check=True,
                         capture_output=True, text=True, env={"PYTHONPATH": str(target)})
    where, count = out.stdout.split()
    assert Path(where) == target / "annotator" / "seeds"
    assert int(count) == 5
