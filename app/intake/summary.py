"""What the register shows of one application: the facts the bureau sorts and the experts
compare (type, names, members, led projects, the pipeline by level, money by year and
source), read from a received ``application.json``."""

from collections import Counter
from typing import Any

from app import choices, money

LED = choices.PROJECT_ROLES[0]  # 牵头
MUNICIPAL_OR_HIGHER = choices.PROJECT_LEVELS[:2]  # 二(三): 市级及以上


def unit_key(data: dict[str, Any]) -> str:
    """One applicant unit, whatever its submissions changed: its credit code, else its name."""
    applicant = data["members"][0]
    code = str(applicant.get("credit_code") or "").strip().upper()
    return code or f"名称:{str(applicant.get('name') or '').strip()}"


def summarise(data: dict[str, Any]) -> dict[str, Any]:
    """The register's columns of one application (JSON values, money as 万元 strings)."""
    applicant = data["members"][0]
    projects = data["projects"]
    led = [p for p in projects if p["role"] == LED]
    pipeline = Counter(item["level"] or "未填" for item in data["pipeline"])
    funding: dict[str, dict[str, int]] = {}
    for line in data["funding"]:
        if line["direction"] != choices.FUNDING_SOURCE:
            continue
        fen = money.parse_wan(line["amount_wan"]) or 0
        year = funding.setdefault(str(line["year"]), {})
        year[line["category"]] = year.get(line["category"], 0) + fen
    return {
        "org_type": data["application"]["org_type"],
        "org_type_label": choices.ORG_TYPES.get(data["application"]["org_type"], ""),
        "org_name": data["application"]["org_name"],
        "applicant": applicant["name"],
        "credit_code": applicant["credit_code"],
        "recommender": data["recommender"]["name"],
        "recommender_kind": data["recommender"]["kind"],
        "industry": data["application"]["industry"],
        "members": len(data["members"]),
        "led_projects": len(led),
        "led_projects_municipal": sum(p["level"] in MUNICIPAL_OR_HIGHER for p in led),
        "standards_led": sum(s["role"] == choices.STANDARD_ROLES[0] for s in data["standards"]),
        "pipeline": {level: pipeline[level] for level in (*choices.STANDARD_LEVELS, "未填")
                     if pipeline[level]},
        "pipeline_total": len(data["pipeline"]),
        "measures": len(data["measures"]),
        "funding": {year: {category: money.format_wan(fen) for category, fen in sources.items()}
                    for year, sources in sorted(funding.items())},
        "funding_total": {year: money.format_wan(sum(sources.values()))
                          for year, sources in sorted(funding.items())},
        "attachments": len(data["attachments"]),
    }


def pipeline_text(summary: dict[str, Any]) -> str:
    """国家标准 2、团体标准 5: the pipeline's counts in one cell."""
    return "、".join(f"{level} {count}" for level, count in summary.get("pipeline", {}).items())


def funding_text(summary: dict[str, Any]) -> str:
    """第1年 305.00（申报单位自筹 180.00、…）; 第2年 …: money by year and source, one cell."""
    parts = []
    for year, sources in summary.get("funding", {}).items():
        detail = "、".join(f"{category} {amount}" for category, amount in sources.items())
        parts.append(f"第{year}年 {summary['funding_total'][year]} 万元（{detail}）")
    return "；".join(parts)
