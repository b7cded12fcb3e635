"""Where the plugin's own files are: one place instead of a dirname(dirname(__file__)) in every module."""
import os

PLUGIN_DIR = os.path.dirname(os.path.realpath(__file__))
RESOURCES = os.path.join(PLUGIN_DIR, "resources")
ICON = os.path.join(RESOURCES, "icons", "lantu.svg")
TABLES_DIR = os.path.join(RESOURCES, "tables")
STYLES_DIR = os.path.join(RESOURCES, "styles")
LAYOUTS_DIR = os.path.join(RESOURCES, "layouts")
MODELS_DIR = os.path.join(RESOURCES, "models")
DEMO_PROJECT = os.path.join(RESOURCES, "demo", "lantu_demo.qgz")
