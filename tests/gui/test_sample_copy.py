"""打开示例 opens the user's copy of the sample, never a pile of copies (issue 17, item 11)."""

from app import model, paths


def test_the_sample_opens_the_same_copy_with_the_user_s_edits(controller) -> None:
    window = controller.open_sample("center")
    first = window.doc.path
    window.session.set_value(model.Applicant, 1, "contact_name", "王五")
    window.close()
    controller.set_language("en")  # the same copy in every window language
    window = controller.open_sample("center")
    assert window.doc.path == first
    assert window.doc.section(model.Applicant).contact_name == "王五"  # the user's, kept
    assert first.name in window.statusBar().currentMessage()  # says it is the earlier copy
    window.close()
    assert [p.name for p in paths.documents_dir().glob("*.stoa")] == [first.name]


def test_a_sample_copy_that_is_gone_is_written_again(controller) -> None:
    window = controller.open_sample("base")
    path = window.doc.path
    window.close()
    path.unlink()
    window = controller.open_sample("base")
    assert window.doc.path == path and window.doc.count(model.Member) >= 12
    window.close()
