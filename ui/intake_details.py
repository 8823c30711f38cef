"""The register's detail pane: one submission's facts, the problems found (altered files
first, in red), and for a zip from elsewhere the files it holds."""

from html import escape
from pathlib import Path

from app.intake import record
from app.intake.record import PACKAGE, Submission

from ui.i18n import _

FINDING_COLOURS = {"integrity": "#b02a37", "error": "#c0392b", "warning": "#8a6d3b"}


def details_html(submission: Submission, folder: Path) -> str:
    """The selected submission: its facts, the problems found, where its copy is."""
    summary = submission.summary
    parts = [f"<h3>{escape(summary.get('applicant') or submission.source)}</h3>"]
    facts = [(_("类型"), summary.get("org_type_label") or _(record.KIND_LABELS[submission.kind])),
             (_("组织名称"), summary.get("org_name", "")), (_("统一社会信用代码"), summary.get("credit_code", "")),
             (_("推荐单位"), summary.get("recommender", "")), (_("校验码"), submission.checksum),
             (_("收到时间"), submission.received_on.replace("T", " ")),
             (_("发件人"), submission.mail_sender), (_("邮件主题"), submission.mail_subject),
             (_("来源文件"), submission.source), (_("受理副本"), str(folder / submission.copy))]
    parts.append("<table>" + "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(str(v))}</td></tr>"
                                     for k, v in facts if v) + "</table>")
    if submission.mail_mark is False:
        parts.append(f"<p style='color:#8a6d3b'>{escape(_('邮件主题没有注明申报标识。'))}</p>")
    if submission.reason:
        colour = "#b02a37" if submission.kind == record.REFUSED else "#333"
        parts.append(f"<p style='color:{colour}'>{escape(submission.reason)}</p>")
    if submission.findings:
        parts.append(f"<h4>{escape(_('发现的问题'))}</h4><ul>")
        for finding in submission.findings:
            clause = _("（通知{clause}）").format(clause=finding["clause"]) if finding.get("clause") else ""
            parts.append(f"<li style='color:{FINDING_COLOURS[finding['kind']]}'>"
                         f"{escape(finding['message'])}{escape(clause)}</li>")
        parts.append("</ul>")
    elif submission.kind == PACKAGE:
        parts.append(f"<p style='color:#1e7b34'>{escape(_('文件与清单一致，校验码一致，检查未发现问题。'))}</p>")
    if submission.kind != PACKAGE and submission.files:
        parts.append(f"<h4>{escape(_('压缩包中的文件'))}</h4><ul>" + "".join(
            "<li>" + escape(_("{name}（{size} 字节）").format(name=name, size=size)) + "</li>"
            for name, size in submission.files[:200])
            + "</ul>")
    return "".join(parts)
