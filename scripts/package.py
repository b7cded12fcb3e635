"""Build dist/lantu-<version>.zip for QGIS's "Install from ZIP": the plugin only, translations compiled.

    python scripts/package.py --out dist/lantu-0.1.0.zip
"""
import argparse
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = ["metadata.txt", "__init__.py", "plugin.py", "translation.py", "dependencies.py", "LICENSE", "README.md", "CHANGELOG.md",
           "compat.py", "paths.py", "styles.py", "core", "processing_provider", "ui", "resources", "i18n"]
SKIP_SUFFIXES = (".pyc", ".ts")
SKIP_DIRS = {"__pycache__"}


def files():
    for entry in INCLUDE:
        path = os.path.join(ROOT, entry)
        if os.path.isfile(path):
            yield entry
        elif os.path.isdir(path):
            for folder, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
                for name in sorted(names):
                    if not name.endswith(SKIP_SUFFIXES):
                        yield os.path.relpath(os.path.join(folder, name), ROOT)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if not os.path.exists(os.path.join(ROOT, "i18n", "lantu_zh_CN.qm")):
        sys.exit("package: i18n/lantu_zh_CN.qm is missing; run `make translations` first")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    count = 0
    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in files():
            archive.write(os.path.join(ROOT, rel), os.path.join("lantu", rel))
            count += 1
    print(f"package: {args.out} ({count} files, {os.path.getsize(args.out) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
