#!/usr/bin/env bash
# Make a QGIS profile with Lantu enabled, as a planner's QGIS would have it after installing the plugin.
#   make_profile.sh PROFILES_ROOT PROFILE --link REPO   (development: the plugin folder is a symlink)
#   make_profile.sh PROFILES_ROOT PROFILE --zip ZIP     (the packaged plugin, unzipped as QGIS does)
# Where QGIS's own Python lacks shapely 2, it is installed into the profile's lantu/python-libs, the
# folder the plugin's consented "Install dependencies" action uses.
set -euo pipefail
root=$1; profile=$2; mode=$3; src=$4
here="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/profiles/$profile"
plugins="$dir/python/plugins"
mkdir -p "$plugins" "$dir/QGIS"
rm -rf "$plugins/lantu"
case "$mode" in
  --link) ln -s "$src" "$plugins/lantu" ;;
  --zip) /usr/bin/python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" "$src" "$plugins" ;;
  *) echo "usage: $0 ROOT PROFILE --link REPO | --zip ZIP" >&2; exit 2 ;;
esac
ini="$dir/QGIS/QGIS3.ini"
if ! grep -q "^lantu=true" "$ini" 2>/dev/null; then
  printf '\n[PythonPlugins]\nlantu=true\n' >> "$ini"
fi
if ! /usr/bin/python3 -c "import shapely,sys; sys.exit(int(shapely.__version__.split('.')[0]) < 2)" 2>/dev/null; then
  libs="$dir/lantu/python-libs"
  if [ ! -d "$libs/shapely" ]; then
    "$here/.venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --target "$libs" "shapely>=2.0,<2.1"
  fi
fi
echo "profile: $dir"
