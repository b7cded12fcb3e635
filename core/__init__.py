"""The planning engine: codes, rules and formulas on numpy arrays; never imports qgis or Qt."""
