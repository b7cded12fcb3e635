#!/usr/bin/env bash
# Idempotent set-up on Debian 12: QGIS from Debian's packages, then the project venv.
# Works as root (CI) and through sudo for a normal user.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Debian packages: QGIS and its Python bindings, lrelease for translations, Xvfb, a CJK font and the
# locales (for a system locale of zh_CN.UTF-8) for the real-window test, venv support for the system Python,
# scipy for an independent check in the tests, matplotlib for the benchmarks' plot (bench/growth.png).
PKGS="qgis python3-qgis qgis-providers qttools5-dev-tools python3-venv python3-pip python3-scipy python3-matplotlib xvfb xauth fonts-noto-cjk zip locales"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# The real-window test runs QGIS once with the system locale zh_CN.UTF-8 and no language set in QGIS.
if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
  echo "setup: generating the zh_CN.UTF-8 locale"
  $SUDO localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
fi

# The venv: the system Python that python3-qgis is built for, seeing its site-packages.
VENV=.venv
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
stamp="$VENV/.requirements.stamp"
if [ ! -f "$stamp" ] || [ requirements-dev.txt -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  cp requirements-dev.txt "$stamp"
fi
"$VENV/bin/python" - <<'PY'
import numpy, shapely
from qgis.core import Qgis
assert shapely.__version__ >= "2", shapely.__version__
print(f"setup: QGIS {Qgis.QGIS_VERSION}, numpy {numpy.__version__}, shapely {shapely.__version__}")
PY
