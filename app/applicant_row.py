"""What the applicant's own row of the member list takes from step 2 (申报单位).

The applicant is the first row of 成员单位 (``Member.is_applicant``): the unit's kind there
and its 龙头企业 tick feed the 政产学研用 coverage, the coordinator rule and the printed
member table. Step 2 already says what the unit is (单位性质, and for a base 申报单位类型),
so those two cells are not entered again: ``ApplicationFile`` writes them whenever step 2
or the application's type changes, in the same transaction (so one undo step undoes
both), and aligns a file made before this rule when it is opened for editing.

They are a function of step 2 alone, so undoing and redoing the change of 单位性质 gives
back exactly the row it had.
"""

from typing import Any

from app import choices

# (table name, field) whose change rewrites the applicant's member row.
SOURCES = frozenset({("application", "org_type"), ("applicant", "nature"),
                     ("applicant", "role")})
FOLLOWING = ("kind", "is_leading_enterprise")  # the member row's fields they decide

# 二(一)1: a base is applied for by one of three kinds of unit; that is its kind on the list.
ROLE_KINDS = {"行业龙头企业": "企业", "园区管理单位": "园区管理单位", "标准化机构": "标准化机构"}
LEADING_ROLE = choices.APPLICANT_ROLES[0]  # 行业龙头企业
# A unit's legal nature where no role says more (a center, or a base whose role is
# not chosen yet). 事业单位 and 社会团体 have no member kind of their own: 其他.
NATURE_KINDS = {"企业": "企业", "高等院校": "高等院校", "科研院所": "科研院所",
                "事业单位": "其他", "社会团体": "其他", "其他": "其他"}


def member_values(org_type: str, nature: str, role: str) -> dict[str, Any]:
    """The applicant's member row's ``kind`` and ``is_leading_enterprise`` for step 2's facts.

    A center has no 申报单位类型 (a role left from when the file was a base is ignored).
    """
    is_base = org_type == choices.BASE
    kind = ROLE_KINDS.get(role, "") if is_base else ""
    return {"kind": kind or NATURE_KINDS.get(nature, ""),
            "is_leading_enterprise": is_base and role == LEADING_ROLE}


def follows(table_name: str, field: str) -> bool:
    """Whether changing ``field`` of ``table_name`` changes the applicant's member row."""
    return (table_name, field) in SOURCES
