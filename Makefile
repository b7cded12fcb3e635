# Lantu 蓝图 — the README's commands. Each target does its own set-up (idempotent).
PY      := .venv/bin/python
HEADLESS := QT_QPA_PLATFORM=offscreen
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
DEV_PROFILES := $(CURDIR)/.dev-profiles

.PHONY: setup demo test lint package translations qgis bench clean

setup:
	bash scripts/setup.sh

translations: setup
	$(PY) scripts/update_translations.py
	lrelease -silent i18n/lantu_zh_CN.ts -qm i18n/lantu_zh_CN.qm

demo: translations
	$(HEADLESS) $(PY) scripts/run_demo.py --out demo-output

lint: setup
	$(PY) -m ruff check --no-cache .

test: translations lint
	$(HEADLESS) $(PY) -m pytest -ra

package: translations
	$(PY) scripts/package.py --out dist/lantu-$(VERSION).zip

qgis: translations
	bash scripts/make_profile.sh "$(DEV_PROFILES)" lantu-dev --link "$(CURDIR)"
	@if [ -n "$$DISPLAY" ]; then \
	  qgis --profiles-path "$(DEV_PROFILES)" --profile lantu-dev resources/demo/lantu_demo.qgz; \
	else \
	  echo "No display: running QGIS under xvfb-run"; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" qgis --profiles-path "$(DEV_PROFILES)" --profile lantu-dev resources/demo/lantu_demo.qgz; \
	fi

bench: setup
	$(HEADLESS) $(PY) bench/run_bench.py

clean:
	rm -rf dist demo-output .pytest_cache .dev-profiles
