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
