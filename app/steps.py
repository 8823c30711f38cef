"""The wizard's steps in form order; rules point at them by ``key``."""

from dataclasses import dataclass

from app import choices
from app.form_versions import serves


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    forms: tuple[str, ...] | None = None  # the form versions it serves (None: all)


STEPS = (
    Step("type", "申报类型与名称"),
    Step("applicant", "申报单位"),
    Step("recommender", "推荐单位"),
    Step("foundation", "标准化工作基础"),
    Step("members", "成员单位"),
    Step("governance", "组织架构"),
    Step("resources", "资源保障"),
    Step("plan", "建设方案"),
    Step("attachments", "附件"),
    Step("check", "检查与输出"),
)


def step_title(step: Step, org_type: str) -> str:
    if step.key == "members" and org_type == choices.CENTER:
        return "合作单位"
    return step.title


def steps_for(form_version: str) -> tuple[Step, ...]:
    """The wizard's steps for a form version (``app.form_versions``)."""
    return tuple(step for step in STEPS if serves(step.forms, form_version))


# After the form: marking it approved opens the pilot's own steps (app.pilot). They are
# not in STEPS: the form's rules and its check page know nothing of them.
APPROVAL_STEP = Step("pilot_approval", "试点批准")
PILOT_STEPS = (
    Step("pilot_progress", "试点进展"),
    Step("pilot_standards", "标准进展"),
    Step("pilot_milestones", "进度完成情况"),
    Step("pilot_spending", "经费执行"),
    Step("pilot_activities", "实施活动"),
    Step("pilot_results", "成果与经验"),
    Step("pilot_reports", "总结与报告"),
)


def window_steps(approved: bool) -> tuple[Step, ...]:
    """The window's steps: the form's, the approval, and once approved the pilot's."""
    return (*STEPS, APPROVAL_STEP, *(PILOT_STEPS if approved else ()))
