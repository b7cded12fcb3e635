"""Python packages Lantu needs beyond QGIS, and a consented plugin-local install of them.

QGIS's own Python may carry an older shapely (Debian 12: 1.8.5); Lantu's engine needs shapely 2.
The plugin still loads without it, says what is missing, and can install it with pip --target into
a folder of its own in the QGIS profile, which is put first on sys.path before shapely is imported.
"""
import importlib
import os
import shutil
import subprocess
import sys

from qgis.core import QgsApplication

from .translation import tr

# (import name, pip requirement, minimum version)
REQUIREMENTS = [("numpy", "numpy", (1, 20)), ("shapely", "shapely>=2.0,<2.1", (2, 0))]


def libs_dir():
    return os.path.join(QgsApplication.qgisSettingsDirPath(), "lantu", "python-libs")


def activate_libs_dir():
    path = libs_dir()
    if os.path.isdir(path) and path not in sys.path:
        sys.path.insert(0, path)


def _version_tuple(text):
    parts = []
    for piece in str(text).split(".")[:2]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing():
    """[(name, requirement, found version or None)] for every requirement not met."""
    result = []
    for module, requirement, minimum in REQUIREMENTS:
        try:
            found = importlib.import_module(module).__version__
        except ImportError:
            result.append((module, requirement, None))
            continue
        if _version_tuple(found) < minimum:
            result.append((module, requirement, found))
    return result


def describe_missing(items=None):
    """One message in the planner's language, or '' when nothing is missing."""
    items = missing() if items is None else items
    if not items:
        return ""
    lines = []
    for name, requirement, found in items:
        if found is None:
            lines.append(tr("{0} is not installed (Lantu needs {1}).").format(name, requirement))
        else:
            lines.append(tr("{0} {1} is too old (Lantu needs {2}).").format(name, found, requirement))
    lines.append(
        tr("Install them from the Lantu menu (Plugins ▸ Lantu 蓝图 ▸ Install dependencies…), or run: {0}")
        .format(" ".join(pip_command(items)))
    )
    return "\n".join(lines)


def python_executable():
    """The Python interpreter QGIS embeds (sys.executable is QGIS itself on some platforms)."""
    names = ["python3.exe", "python.exe"] if os.name == "nt" else [
        f"python{sys.version_info.major}.{sys.version_info.minor}", "python3"]
    for folder in (os.path.dirname(sys.executable), sys.exec_prefix, os.path.join(sys.exec_prefix, "bin")):
        for name in names:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
    return shutil.which(names[0]) or shutil.which("python3") or sys.executable


def pip_command(items=None):
    items = missing() if items is None else items
    requirements = [requirement for _, requirement, _ in items]
    # numpy is compiled into GDAL's bindings: never replace the one QGIS has.
    no_deps = ["--no-deps"] if all(name != "numpy" for name, _, _ in items) else []
    return [python_executable(), "-m", "pip", "install", "--upgrade", "--target", libs_dir(),
            *no_deps, *requirements]


def install(items=None):
    """Run pip; return (ok, output). Blocking: call it from a QgsTask, never from the GUI thread."""
    command = pip_command(items)
    os.makedirs(libs_dir(), exist_ok=True)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as error:
        return False, str(error)
    return done.returncode == 0, (done.stdout or "") + (done.stderr or "")
