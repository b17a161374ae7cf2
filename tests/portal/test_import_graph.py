"""The import graph check (``tools/lint_imports.py``): it covers every app of the settings, and fails on a broken layer.

A new app is listed in ``INSTALLED_APPS`` and nowhere else; these tests prove the check
then covers it: it is a root package and sits in the "<other apps>" layer.
"""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools import lint_imports

ROOT = Path(lint_imports.__file__).resolve().parent.parent

CONFIG = {
    "contracts": [
        {"name": "cycles", "type": "no_cycles"},
        {"name": "layers", "type": "layers", "layers": ["(config)", "search", "<other apps>", "editorial", "portal"]},
    ]
}


def test_the_settings_apps_of_this_repository_are_the_root_packages():
    packages = lint_imports.project_packages()
    assert packages[0] == "config"
    for app in [
        "home",
        "countries",
        "themes",
        "casestudies",
        "resources",
        "news",
        "search",
        "demo",
        "editorial",
        "portal",
    ]:
        assert app in packages
    # Installed apps from site-packages are not the project's.
    assert "wagtail" not in packages and "wagtail_localize" not in packages


def test_other_apps_fills_with_every_package_no_layer_names():
    config = lint_imports.completed(CONFIG, ["config", "home", "news", "observatory", "search", "editorial", "portal"])
    layers = config["contracts"][1]["layers"]
    assert layers == ["(config)", "search", "home : news : observatory", "editorial", "portal"]
    assert config["root_packages"] == ["config", "home", "news", "observatory", "search", "editorial", "portal"]
    ini = lint_imports.as_ini(config)
    assert "root_packages =\n    config\n    home\n" in ini
    assert "[importlinter:contract:2]" in ini and "    home : news : observatory\n" in ini


@pytest.fixture
def scratch_copy(tmp_path):
    """The project's packages and pyproject.toml, copied, to break a rule in."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "migrations", "static", "locale", "*.mo", "*.po")
    for package in lint_imports.project_packages() + ["tools"]:
        shutil.copytree(ROOT / package, copy / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    return copy


def run_check(copy):
    return subprocess.run(
        [sys.executable, "-m", "tools.lint_imports"], cwd=copy, capture_output=True, text=True, timeout=120
    )


def test_the_check_passes_here_and_fails_when_the_base_layer_imports_an_app(scratch_copy):
    assert run_check(scratch_copy).returncode == 0
    with open(scratch_copy / "portal" / "tree.py", "a") as file:
        file.write("\nfrom editorial import roles  # noqa: E402,F401\n")
    result = run_check(scratch_copy)
    assert result.returncode != 0
    assert "portal is not allowed to import editorial" in result.stdout
    assert "portal.tree -> editorial.roles" in result.stdout


def test_a_new_app_in_the_settings_alone_is_checked(scratch_copy):
    """An app added to INSTALLED_APPS only: importing it from the base layer breaks the layers."""
    app = scratch_copy / "atlas"
    app.mkdir()
    (app / "__init__.py").write_text("")
    (app / "models.py").write_text("from portal import tree  # noqa: F401\n")
    base = scratch_copy / "config" / "settings" / "base.py"
    base.write_text(base.read_text().replace('    "news",\n', '    "news",\n    "atlas",\n', 1))
    assert run_check(scratch_copy).returncode == 0
    with open(scratch_copy / "portal" / "tree.py", "a") as file:
        file.write(textwrap.dedent("\nfrom atlas import models  # noqa: E402,F401\n"))
    result = run_check(scratch_copy)
    assert result.returncode != 0
    assert "portal.tree -> atlas.models" in result.stdout
