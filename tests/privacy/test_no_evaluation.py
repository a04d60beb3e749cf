"""No code path evaluates YAML tags or user text, and nothing formats text into a log message.

A static scan of every module in impactapp/ with ``ast``: no eval, exec, compile or
__import__; YAML read only with the safe loaders (no yaml.load without one, no unsafe_load or
full_load, no Loader, FullLoader or UnsafeLoader, no constructors added); no pickle, marshal or
shelve; no shell (os.system, os.popen, subprocess with shell=True); every logging call's
message a literal string (see impactapp/logsetup.py).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import impactapp

PACKAGE = Path(impactapp.__file__).resolve().parent
SOURCES = sorted(PACKAGE.rglob("*.py"))

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}
UNSAFE_YAML = {"load", "load_all", "unsafe_load", "unsafe_load_all", "full_load",
               "full_load_all", "Loader", "CLoader", "FullLoader", "CFullLoader",
               "UnsafeLoader", "CUnsafeLoader", "add_constructor", "add_multi_constructor",
               "add_implicit_resolver", "add_path_resolver"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "jsonpickle"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
LOGGER_NAMES = {"_log", "log", "logger", "_logger", "logging"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.AST) -> str:
    """``a.b.c`` for a chain of names and attributes, else ""."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _name(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def findings(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, what) for every construct this module forbids."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = ([a.name for a in node.names] if isinstance(node, ast.Import)
                       else [node.module or ""])
            for module in modules:
                if module.split(".")[0] in FORBIDDEN_MODULES:
                    yield node.lineno, f"imports {module}"
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                for alias in node.names:
                    if alias.name in UNSAFE_YAML:
                        yield node.lineno, f"imports yaml.{alias.name}"
        elif isinstance(node, ast.Attribute) and _name(node.value) == "yaml":
            if node.attr in UNSAFE_YAML and node.attr != "load":
                yield node.lineno, f"uses yaml.{node.attr}"
        elif isinstance(node, ast.Call):
            yield from _call_findings(node)


def _call_findings(call: ast.Call) -> Iterator[tuple[int, str]]:
    name = _name(call.func)
    if name in FORBIDDEN_CALLS:
        yield call.lineno, f"calls {name}()"
    if name in ("os.system", "os.popen", "os.execv", "os.execvp", "os.spawnl"):
        yield call.lineno, f"calls {name}()"
    if name.startswith("subprocess.") or name.startswith("asyncio.create_subprocess"):
        shell = _keyword(call, "shell")
        if not (shell is None or (isinstance(shell, ast.Constant) and shell.value is False)):
            yield call.lineno, f"calls {name}() with shell"
    if name == "yaml.load" or name == "yaml.load_all":
        loader = _keyword(call, "Loader")
        if loader is None and len(call.args) > 1:
            loader = call.args[1]
        if loader is None or _name(loader).split(".")[-1] not in SAFE_LOADERS:
            yield call.lineno, f"calls {name}() without a safe loader"
    if name == "getattr" and len(call.args) >= 2 and _name(call.args[0]) == "yaml":
        attribute = call.args[1]
        if not (isinstance(attribute, ast.Constant) and attribute.value in SAFE_LOADERS):
            yield call.lineno, "gets a yaml attribute by a name that is not a safe loader"
    method = name.rsplit(".", 1)[-1]
    owner = name.rsplit(".", 1)[0] if "." in name else ""
    if owner in LOGGER_NAMES and method in LOG_METHODS | {"log"}:
        args = call.args[1:] if method == "log" else call.args
        if not args or not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
            yield call.lineno, f"logs with {name}() a message that is not a literal string"


def test_the_scan_finds_each_forbidden_construct():
    hostile = ast.parse(
        "import pickle\nfrom yaml import FullLoader\nimport yaml, subprocess, os, logging\n"
        "eval(text)\nexec(code)\ncompile(src, 'f', 'exec')\n__import__(name)\n"
        "yaml.load(raw)\nyaml.load(raw, Loader=yaml.Loader)\nyaml.unsafe_load(raw)\n"
        "yaml.full_load(raw)\nyaml.add_constructor('!x', f)\ngetattr(yaml, 'UnsafeLoader')\n"
        "subprocess.run(cmd, shell=True)\nos.system(cmd)\nos.popen(cmd)\n"
        "_log.info(f'saved {case.title}')\nlogging.warning(title)\n"
        "log.log(20, 'x %s' % title)\n"
    )
    lines = sorted({line for line, _ in findings(hostile)})
    assert lines == list(range(1, 3)) + list(range(4, 20))


def test_the_scan_lets_the_safe_forms_through():
    safe = ast.parse(
        "import yaml, re, subprocess, logging\nyaml.load(raw, Loader=yaml.CSafeLoader)\n"
        "yaml.safe_load(raw)\nloader = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)\n"
        "re.compile('x')\ndialog.exec()\nsubprocess.run(['ls'], shell=False)\n"
        "_log.info('saved case %d', case_id)\nlogging.getLogger(__name__)\n"
    )
    assert list(findings(safe)) == []


def test_no_module_evaluates_yaml_tags_or_user_text():
    found = {str(path.relative_to(PACKAGE)): list(findings(_tree(path))) for path in SOURCES}
    assert {path: what for path, what in found.items() if what} == {}


def test_every_module_was_scanned():
    assert len(SOURCES) > 100
    assert PACKAGE / "casefile" / "reader.py" in SOURCES
