"""The domain core never loads Qt (STYLE.md rule 1)."""

import pkgutil
import subprocess
import sys

import app


def test_importing_every_app_module_does_not_load_qt(repo_root, child_env) -> None:
    modules = sorted(m.name for m in pkgutil.walk_packages(app.__path__, "app."))
    assert "app.document" in modules and "app.model.lists" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=repo_root, env=child_env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
