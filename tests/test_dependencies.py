"""The dependency installer runs pip with QGIS's own Python, never another python3 found on PATH."""
import os
import stat
import sys


def _fake_python(folder, name):
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def test_qgis_binary_finds_the_interpreter_of_its_prefix(lantu, tmp_path, monkeypatch):
    from lantu import dependencies

    prefix = tmp_path / "usr"
    (prefix / "bin").mkdir(parents=True)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    own = _fake_python(prefix / "bin", version)
    other = tmp_path / "elsewhere"
    other.mkdir()
    _fake_python(other, "python3")
    monkeypatch.setenv("PATH", f"{other}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "qgis" / "qgis"))  # QGIS embeds Python
    for name in ("prefix", "base_prefix", "exec_prefix"):
        monkeypatch.setattr(sys, name, str(prefix))
    assert dependencies.python_executable() == own
    assert dependencies.pip_command([("shapely", "shapely>=2.0,<2.1", "1.8.5")])[0] == own


def test_no_interpreter_is_said_not_guessed(lantu, tmp_path, monkeypatch):
    from lantu import dependencies

    monkeypatch.setattr(sys, "executable", str(tmp_path / "qgis"))
    for name in ("prefix", "base_prefix", "exec_prefix"):
        monkeypatch.setattr(sys, name, str(tmp_path / "nowhere"))
    assert dependencies.python_executable() is None
    ok, message = dependencies.install([("shapely", "shapely>=2.0,<2.1", "1.8.5")])
    assert not ok and "shapely>=2.0,<2.1" in message and str(tmp_path / "nowhere") in message
