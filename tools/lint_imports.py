"""``make check``'s import graph check: import-linter's contracts over every app of the project.

The contracts are in ``pyproject.toml`` (``[tool.importlinter]``), without the list of
packages: the project's packages are read from ``INSTALLED_APPS`` (every app whose code is
in this repository, plus ``config``), so that adding an app means adding it to the
settings and nothing else. In a ``layers`` contract, the layer ``"<other apps>"`` stands
for every project package that no other layer names, as independent siblings (the page
apps: they may import one another, without a cycle, which ``no_cycles`` checks).

import-linter reads its configuration from a file; this writes the completed one in
import-linter's INI format to a temporary file and runs import-linter's own command on it.

    python -m tools.lint_imports [--verbose]
"""

import importlib.util
import os
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OTHER_APPS = "<other apps>"


def project_packages():
    """The top-level packages of the project's installed apps, ``config`` first."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    sys.path.insert(0, str(ROOT))
    from django.conf import settings

    packages = ["config"]
    for app in settings.INSTALLED_APPS:
        package = app.split(".")[0]
        spec = importlib.util.find_spec(package)
        # A package of this repository: a folder at its root (not one of the virtualenv inside it).
        if package not in packages and spec.origin and Path(spec.origin).resolve().parent.parent == ROOT:
            packages.append(package)
    return packages


def named_in(layer):
    """The packages a layer expression names: ``(config)``, ``a : b``, ``a | b``."""
    return {name.strip(" ()") for part in layer.split(":") for name in part.split("|")}


def completed(config, packages):
    """``[tool.importlinter]`` with ``root_packages`` and every ``<other apps>`` layer filled in."""
    config = dict(config, root_packages=packages)
    contracts = []
    for contract in config.get("contracts", []):
        contract = dict(contract)
        if "layers" in contract:
            named = set().union(*(named_in(layer) for layer in contract["layers"] if layer != OTHER_APPS))
            others = " : ".join(package for package in packages if package not in named)
            contract["layers"] = [
                others if layer == OTHER_APPS else layer
                for layer in contract["layers"]
                if others or layer != OTHER_APPS
            ]
        contracts.append(contract)
    config["contracts"] = contracts
    return config


def as_ini(config):
    """import-linter's INI format (``.importlinter``) for a ``[tool.importlinter]`` table."""

    def lines(key, value):
        if isinstance(value, list):
            return [f"{key} ="] + [f"    {item}" for item in value]
        return [f"{key} = {value}"]

    out = ["[importlinter]"]
    for key, value in config.items():
        if key != "contracts":
            out += lines(key, value)
    for number, contract in enumerate(config.get("contracts", []), start=1):
        out += ["", f"[importlinter:contract:{number}]"]
        for key, value in contract.items():
            out += lines(key, value)
    return "\n".join(out) + "\n"


def main(argv=None):
    from importlinter import cli

    with open(ROOT / "pyproject.toml", "rb") as file:
        config = tomllib.load(file)["tool"]["importlinter"]
    config = completed(config, project_packages())
    with tempfile.NamedTemporaryFile("w", suffix=".ini", prefix="importlinter-", delete=False) as file:
        file.write(as_ini(config))
    try:
        os.chdir(ROOT)
        return cli.lint_imports(config_filename=file.name, no_cache=True, verbose="--verbose" in (argv or sys.argv[1:]))
    finally:
        os.unlink(file.name)


if __name__ == "__main__":
    sys.exit(main())
