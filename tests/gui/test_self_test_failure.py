"""A self-test whose outputs fail ends with the reason, at once: nobody is at the screen
to close a message box (a frozen bundle missing a template once hung CI for 10 minutes)."""

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from app import docx_form
from app.samples import write_sample

from ui import self_test


def test_a_failed_output_in_the_self_test_is_reported_not_boxed(controller, monkeypatch,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "base.stoa"
    write_sample("base", path).close()
    window = controller.open(path)

    def missing_template(*_args, **_kwargs) -> bytes:
        raise OSError(2, "No such file or directory", "docx/parts/../templates/default-footer.xml")

    monkeypatch.setattr(docx_form, "render", missing_template)
    # (the autouse guard fails this test if the panel opens a modal box instead)
    with pytest.raises(RuntimeError, match="default-footer.xml"):
        self_test.make_outputs(QApplication.instance(), window, None, "base")
    window.close()
