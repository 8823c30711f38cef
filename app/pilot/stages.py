"""The stages a standard goes through and the kinds of pilot records, as plain words:
light enough for the window to name its columns before the ORM has loaded."""

from app import choices

STAGES = (("立项", "project_on"), ("起草", "draft_on"), ("征求意见", "consultation_on"),
          ("审查", "review_on"), ("发布", "published_on"))
STAGE_NAMES = tuple(name for name, _column in STAGES)
NOT_STARTED = "未启动"
ACTIVITY_KINDS = choices.PILOT_ACTIVITY_KINDS
RESULT_KINDS = choices.PILOT_RESULT_KINDS
