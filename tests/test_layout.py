"""How the project's apps depend on one another, read from their source with `ast`: every
import counts, those inside functions too (a function-level import is still a dependency,
only a later one), except those in `AppConfig.ready()`, which run once every app is loaded
and are where an app wires itself to others' signals and registries."""

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from django.apps import apps

ROOT = Path(__file__).resolve().parents[1]

PROJECT_PACKAGE = "localoffer"


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the project module imported: the deepest one the statement names
    line: int


def _project_apps() -> list[str]:
    """The installed apps whose code is the project's, with the project package."""
    names = {
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).resolve().is_relative_to(ROOT)
        and ".venv" not in Path(config.path).parts
    }
    return sorted(names | {PROJECT_PACKAGE})


def _modules() -> dict[str, Path]:
    modules = {}
    for app in _project_apps():
        for path in (ROOT / app.replace(".", "/")).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _is_app_config(node: ast.ClassDef) -> bool:
    return any(
        (base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)) == "AppConfig"
        for base in node.bases
    )


def _imports(module: str, path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    def project_module(name: str) -> str | None:
        # `from a.b import c` names module a.b.c if there is one, else a name in a.b.
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST, in_app_config: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, _is_app_config(child))
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                if not (in_app_config and child.name == "ready"):
                    yield from visit(child, False)
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    if target := project_module(alias.name):
                        yield Import(module, target, child.lineno)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parent = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*parent, *([child.module] if child.module else [])])
                for alias in child.names:
                    if target := project_module(f"{base}.{alias.name}"):
                        yield Import(module, target, child.lineno)
            else:
                yield from visit(child, in_app_config)

    yield from visit(ast.parse(path.read_text(), filename=str(path)), False)


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    modules = _modules()
    return [
        found
        for module, path in modules.items()
        for found in _imports(module, path, modules)
        if found.target != module
    ]


def _cycles(imports: list[Import]) -> list[set[str]]:
    """The strongly connected groups of modules (Tarjan), each a set of modules that import
    one another, directly or not."""
    graph: dict[str, set[str]] = {}
    for found in imports:
        graph.setdefault(found.module, set()).add(found.target)
        graph.setdefault(found.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(group)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return cycles


def test_the_walk_reads_every_app(imports):
    # Guards the walk itself: an app left out would make the tests below pass on nothing.
    apps_read = {found.module.split(".")[0] for found in imports}
    assert {"directory", "search", "feedback", "monitoring", "roles", "demo", "pages"} <= apps_read


def test_imports_inside_functions_count_and_those_in_app_config_ready_do_not(tmp_path):
    source = tmp_path / "apps.py"
    source.write_text(
        "from django.apps import AppConfig\n"
        "from . import signals\n"
        "class ShopConfig(AppConfig):\n"
        "    def ready(self):\n"
        "        from shop import receivers\n"
        "def later():\n"
        "    from shop.models import Basket\n"
        "    import shop.selectors\n"
    )
    modules = dict.fromkeys(
        ["shop", "shop.apps", "shop.signals", "shop.receivers", "shop.models", "shop.selectors"],
        source,
    )
    found = {(i.target, i.line) for i in _imports("shop.apps", source, modules)}
    assert found == {("shop.signals", 2), ("shop.models", 7), ("shop.selectors", 8)}


def test_no_app_imports_the_project_package(imports):
    offenders = sorted(
        f"{found.module}:{found.line} imports {found.target}"
        for found in imports
        if found.target.split(".")[0] == PROJECT_PACKAGE
        and found.module.split(".")[0] != PROJECT_PACKAGE
    )
    assert offenders == []


def test_no_modules_import_one_another(imports):
    assert [sorted(group) for group in _cycles(imports)] == []
