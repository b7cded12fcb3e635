"""Python packages Lantu needs beyond QGIS, and a consented plugin-local install of them.

QGIS's own Python may carry an older shapely (Debian 12: 1.8.5); Lantu's engine needs shapely 2.
The plugin still loads without it, says what is missing, and can install it with pip --target into
a folder of its own in the QGIS profile, which is put first on sys.path before shapely is imported.
"""
import importlib
import os
import subprocess
import sys

from qgis.core import QgsApplication

from .translation import tr

# (import name, pip requirement, minimum version)
REQUIREMENTS = [("numpy", "numpy", (1, 20)), ("shapely", "shapely>=2.0,<2.1", (2, 0))]
# Packages only some algorithms need (their names: require_dependencies("scipy")): a QGIS without them still runs
# every other algorithm. scipy's graph routines measure distances along roads (lantu:lifecircle); QGIS's Python
# carries scipy on Debian and in the OSGeo4W and macOS installers, not always. The pin stays below what needs a
# newer numpy than the one QGIS's GDAL bindings are built against.
EXTRAS = {"scipy": ("scipy", "scipy>=1.9,<1.12", (1, 6))}


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


def missing(extras=()):
    """[(name, requirement, found version or None)] for every requirement not met, the EXTRAS named included."""
    result = []
    for module, requirement, minimum in REQUIREMENTS + [EXTRAS[name] for name in extras]:
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
    """The Python interpreter QGIS embeds, whose site-packages the plugin sees; None if it cannot be found.

    sys.executable is QGIS itself inside QGIS, so the interpreter is looked for where this Python lives
    (sys.prefix / sys.base_prefix: /usr/bin/python3.11 on Debian, OSGeo4W's apps/Python3x/python.exe on
    Windows, beside qgis-bin.exe as python3.exe too), never as "the first python3 on PATH", which may be
    another Python whose packages QGIS never sees."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if os.name == "nt":
        places = [(os.path.dirname(sys.executable), "python3.exe"), (sys.prefix, "python.exe"),
                  (sys.base_prefix, "python.exe"), (sys.exec_prefix, "python.exe")]
    else:
        places = [(os.path.join(prefix, "bin"), name) for prefix in dict.fromkeys((sys.base_prefix, sys.prefix, sys.exec_prefix))
                  for name in (f"python{version}", f"python{sys.version_info.major}")]
        places.insert(0, (os.path.dirname(sys.executable), f"python{version}"))
    for folder, name in places:
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    if os.path.basename(sys.executable).lower().startswith("python"):
        return sys.executable  # a plain Python (qgis_process, tests), not QGIS
    return None


def pip_command(items=None):
    items = missing() if items is None else items
    requirements = [requirement for _, requirement, _ in items]
    # numpy is compiled into GDAL's bindings: never replace the one QGIS has.
    no_deps = ["--no-deps"] if all(name != "numpy" for name, _, _ in items) else []
    return [python_executable() or "python3", "-m", "pip", "install", "--upgrade", "--target", libs_dir(),
            *no_deps, *requirements]


def install(items=None):
    """Run pip; return (ok, output). Blocking: call it from a QgsTask, never from the GUI thread."""
    if python_executable() is None:
        return False, tr("QGIS's own Python interpreter was not found next to {0}: install {1} with the Python that "
                         "QGIS uses.").format(sys.prefix, " ".join(r for _, r, _ in (missing() if items is None else items)))
    command = pip_command(items)
    os.makedirs(libs_dir(), exist_ok=True)
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.SubprocessError) as error:
        return False, str(error)
    return done.returncode == 0, (done.stdout or "") + (done.stderr or "")
