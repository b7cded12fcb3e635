"""No import cycles among the plugin's own modules (core/, processing_provider/, ui/ and the top level).

A cycle works only as long as every module in it imports the other lazily or late; one more top-level import
and the plugin fails to load. Imports inside functions count too: they hide a cycle, they do not break it.
Read from the source with ast, so nothing is imported and QGIS is not needed.
"""
import ast
import os

from conftest import ROOT

PACKAGE = "lantu"
NOT_PLUGIN = {".venv", "tests", "bench", "scripts", "resources", "i18n", "dist", "demo-output", ".dev-profiles"}


def plugin_modules():
    """{dotted module name: file} of the plugin, a package named by its __init__.py."""
    modules = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in NOT_PLUGIN and not d.startswith("."))
        for name in files:
            if name.endswith(".py"):
                parts = os.path.relpath(os.path.join(folder, name), ROOT)[:-3].split(os.sep)
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                modules[".".join([PACKAGE, *parts])] = os.path.join(folder, name)
    return modules


def imported_modules(module, path, modules):
    """The plugin modules `module` imports, wherever the import stands in the file."""
    package = module if path.endswith("__init__.py") else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(open(path, encoding="utf-8").read(), path)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            for alias in node.names:  # `from . import runner` imports the module runner, not a name of the package
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
    return {m for m in found if m in modules and m != module}


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_graph():
    modules = plugin_modules()
    return {m: imported_modules(m, path, modules) for m, path in modules.items()}


def test_the_graph_sees_the_plugin():
    graph = import_graph()
    assert {"lantu.core.roles", "lantu.ui.dock", "lantu.processing_provider.bridge", "lantu.paths"} <= set(graph)
    assert "lantu.ui.runner" in graph["lantu.ui.results"]  # `from . import runner`
    assert "lantu.core.roles" in graph["lantu.ui.state"]  # `from ..core import roles as core_roles`


def test_the_cycle_finder_finds_a_cycle_through_three_modules():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    found = cycles(graph)
    assert found == [], "import cycles: " + "; ".join(" ↔ ".join(c) for c in found)
