<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>sto</name>
    <message>
      <source>导入成员回执</source>
      <translation>Import members' answers</translation>
    </message>
    <message>
      <source>勾选要写入申报书的改动（默认全部）。标红的格子有误，未导入，请与该单位核对后在申报书中直接修改。写入前会自动保存快照，写入后可撤销。</source>
      <translation>Tick the changes to write into the application (all by default). Cells marked red are wrong and were not imported: check them with the unit and correct them in the application directly. A snapshot is saved before writing, and the import can be undone.</translation>
    </message>
    <message>
      <source>全部接受</source>
      <translation>Accept all</translation>
    </message>
    <message>
      <source>全部不接受</source>
      <translation>Accept none</translation>
    </message>
    <message>
      <source>写入所选改动</source>
      <translation>Write the ticked changes</translation>
    </message>
    <message>
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>申报文件暂时无法写入，没有写入任何改动。请稍后再试。</source>
      <translation>The application file cannot be written at the moment; nothing was changed. Please try again shortly.</translation>
    </message>
    <message>
      <source>{member}（{file}）：{changes} 处改动，{problems} 处有误</source>
      <translation>{member} ({file}): {changes} changes, {problems} wrong cells</translation>
    </message>
    <message>
      <source>与申报书一致，没有改动。</source>
      <translation>Same as the application: nothing to change.</translation>
    </message>
    <message>
      <source>写入前保存快照失败（{reason}），没有写入任何改动。</source>
      <translation>The snapshot before writing failed ({reason}); nothing was changed.</translation>
    </message>
    <message>
      <source>「{file}」未导入：{reason}</source>
      <translation>“{file}” was not imported: {reason}</translation>
    </message>
    <message>
      <source>此申报通知是手工录入的，不是从通知文件载入的：请对照通知原文核对文号、日期、地址和邮箱。</source>
      <translation>This call was typed in by hand, not loaded from a call file: check its number, dates, address and mailbox against the notice.</translation>
    </message>
    <message>
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <source>申报通知</source>
      <translation>Call for Applications</translation>
    </message>
    <message>
      <source>新一轮申报的通知发布后，可载入发文机关提供的申报通知文件，或按通知原文逐项填写。通知文号和发布日期是这些内容的出处，必须与通知原文一致。右列是 2021 年通知的内容，供对照。</source>
      <translation>When the notice of a new round is published, load the call file the issuing authority provides, or fill in each item from the notice itself. The notice's number and date say where these facts come from and must match the notice. The right-hand column shows the 2021 call for comparison.</translation>
    </message>
    <message>
      <source>从通知文件载入…</source>
      <translation>Load from Call File...</translation>
    </message>
    <message>
      <source>保存为通知文件…</source>
      <translation>Save as Call File...</translation>
    </message>
    <message>
      <source>使用此申报通知</source>
      <translation>Use This Call</translation>
    </message>
    <message>
      <source>载入申报通知文件</source>
      <translation>Load Call File</translation>
    </message>
    <message>
      <source>申报通知文件 (*.json)</source>
      <translation>Call files (*.json)</translation>
    </message>
    <message>
      <source>保存为申报通知文件</source>
      <translation>Save as Call File</translation>
    </message>
    <message>
      <source>申报通知：{number}（{issued} 发布）。申报截止日期：{deadline}，还剩 {days} 天。</source>
      <translation>Call: {number} (published {issued}). Application deadline: {deadline}, {days} days left.</translation>
    </message>
    <message>
      <source>申报通知：{number}（{issued} 发布）。申报截止日期：{deadline}。</source>
      <translation>Call: {number} (published {issued}). Application deadline: {deadline}.</translation>
    </message>
    <message>
      <source>本轮申报已于 {date} 截止。仍可填写和输出申报书，报送前请先向市市场监管局确认。</source>
      <translation>This round of applications closed on {date}. You can still fill in and output the application form; please check with the Shanghai Administration for Market Regulation before submitting.</translation>
    </message>
    <message>
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>本通知</source>
      <translation>This call</translation>
    </message>
    <message>
      <source>2021 年通知</source>
      <translation>2021 call</translation>
    </message>
    <message>
      <source>（出处）</source>
      <translation> (source)</translation>
    </message>
    <message>
      <source>正在手工录入：使用后，窗口会注明此通知为手工录入。</source>
      <translation>Typing by hand: once used, the window will say that this call was entered by hand.</translation>
    </message>
    <message>
      <source>当前使用的申报通知。</source>
      <translation>The call in use.</translation>
    </message>
    <message>
      <source>已从文件载入：{name}</source>
      <translation>Loaded from file: {name}</translation>
    </message>
    <message>
      <source>无法写入「{name}」：{reason}</source>
      <translation>Cannot write "{name}": {reason}</translation>
    </message>
    <message>
      <source>输出修改清单（PDF）…</source>
      <translation>Save Change List (PDF)…</translation>
    </message>
    <message>
      <source>输出修改清单</source>
      <translation>Save Change List</translation>
    </message>
    <message>
      <source>修改清单</source>
      <translation>change list</translation>
    </message>
    <message>
      <source>与其他申报文件比较</source>
      <translation>Compare with Another Application File</translation>
    </message>
    <message>
      <source>选择两个版本：申报文件（.stoa）、快照，或“导出数据备份”所写的文件夹。</source>
      <translation>Choose two versions: application files (.stoa), snapshots, or folders written by “Export data backup”.</translation>
    </message>
    <message>
      <source>比较</source>
      <translation>Compare</translation>
    </message>
    <message>
      <source>选择申报文件</source>
      <translation>Choose Application File</translation>
    </message>
    <message>
      <source>申报文件或导出数据 (*.stoa *.json)</source>
      <translation>Application files or exported data (*.stoa *.json)</translation>
    </message>
    <message>
      <source>选择导出的数据文件夹</source>
      <translation>Choose Exported Data Folder</translation>
    </message>
    <message>
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <source>共 {n} 处修改：{counts}。</source>
      <translation>{n} changes: {counts}.</translation>
    </message>
    <message>
      <source>点击一处修改可转到相应位置。</source>
      <translation>Click a change to go to its place.</translation>
    </message>
    <message>
      <source>已输出：</source>
      <translation>Saved: </translation>
    </message>
    <message>
      <source>请选择要比较的两个版本。</source>
      <translation>Please choose the two versions to compare.</translation>
    </message>
    <message>
      <source>比较：{old} → {new}</source>
      <translation>Compare: {old} → {new}</translation>
    </message>
    <message>
      <source>旧版本：{old}（校验码 {a}）&lt;br&gt;新版本：{new}（校验码 {b}）</source>
      <translation>Old version: {old} (checksum {a})&lt;br&gt;New version: {new} (checksum {b})</translation>
    </message>
    <message>
      <source>两个版本内容相同，没有修改。</source>
      <translation>The two versions have the same content: nothing changed.</translation>
    </message>
    <message>
      <source>{step}（{n} 处）</source>
      <translation>{step} ({n})</translation>
    </message>
    <message>
      <source>{name}-修改清单.pdf</source>
      <translation>{name}-changes.pdf</translation>
    </message>
    <message>
      <source>旧版本</source>
      <translation>Old version</translation>
    </message>
    <message>
      <source>新版本</source>
      <translation>New version</translation>
    </message>
    <message>
      <source>文件…</source>
      <translation>File…</translation>
    </message>
    <message>
      <source>文件夹…</source>
      <translation>Folder…</translation>
    </message>
    <message>
      <source>{step} {n} 处</source>
      <translation>{step} {n}</translation>
    </message>
    <message>
      <source>另有 {n} 句修改。</source>
      <translation>{n} more sentences changed.</translation>
    </message>
    <message>
      <source>当前内容</source>
      <translation>Current content</translation>
    </message>
    <message>
      <source>无法比较</source>
      <translation>Cannot Compare</translation>
    </message>
    <message>
      <source>没有可比较的上次输出：还没有输出过申报书，或上次输出时未保存其内容（用旧版本输出的）。输出一次后即可比较。</source>
      <translation>There are no last outputs to compare with: the form has not been output yet, or the last outputs were made by an older version that did not keep their content. Output once, then compare.</translation>
    </message>
    <message>
      <source>快照 {time}（{reason}）</source>
      <translation>Snapshot {time} ({reason})</translation>
    </message>
    <message>
      <source>上次输出（{made}）</source>
      <translation>Last outputs ({made})</translation>
    </message>
    <message>
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>添加一行</source>
      <translation>Add Row</translation>
    </message>
    <message>
      <source>添加附件</source>
      <translation>Add Attachment</translation>
    </message>
    <message>
      <source>删除一行</source>
      <translation>Delete Row</translation>
    </message>
    <message>
      <source>移动一行</source>
      <translation>Move Row</translation>
    </message>
    <message>
      <source>撤销</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>重做</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>可以这样输入：2008-03-18、2008/3/18、20080318、2008年3月18日 或 2008.3.18</source>
      <translation>Dates can be typed as 2008-03-18, 2008/3/18, 20080318, 2008年3月18日 or 2008.3.18</translation>
    </message>
    <message>
      <source>（未填写名称的单位）</source>
      <translation>(unnamed unit)</translation>
    </message>
    <message>
      <source>（请选择）</source>
      <translation>(please select)</translation>
    </message>
    <message>
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <source>未填写，例如 2008-03-18</source>
      <translation>Not filled in, e.g. 2008-03-18</translation>
    </message>
    <message>
      <source>从日历中选择（F4）</source>
      <translation>Choose from the calendar (F4)</translation>
    </message>
    <message>
      <source>本栏未保存（文件中保留原值），请改正。</source>
      <translation>Not saved (the file keeps the previous value): please correct it.</translation>
    </message>
    <message>
      <source>（申报单位）</source>
      <translation> (applicant unit)</translation>
    </message>
    <message>
      <source>（请选择单位）</source>
      <translation>(select a unit)</translation>
    </message>
    <message>
      <source>可从列表中选择，也可直接输入</source>
      <translation>Choose from the list or type your own</translation>
    </message>
    <message>
      <source>已截断至 {limit} 字（本栏最多 {limit} 字）</source>
      <translation>Cut to {limit} characters (this field holds at most {limit})</translation>
    </message>
    <message>
      <source>超出上限的部分未能输入，已截断至 {limit} 字</source>
      <translation>what went beyond the limit was not entered: cut to {limit} characters</translation>
    </message>
    <message>
      <source>「{text}」不能识别为日期。</source>
      <translation>“{text}” is not a date that can be read. </translation>
    </message>
    <message>
      <source>已输入 {used} 字，上限 {limit} 字</source>
      <translation>{used} / {limit} characters</translation>
    </message>
    <message>
      <source>「{text}」不是实际存在的日期，请检查月和日。</source>
      <translation>“{text}” is not a real date: check the month and day. </translation>
    </message>
    <message>
      <source>「{text}」的年份应在 {first}—{last} 年之间。</source>
      <translation>The year of “{text}” should be between {first} and {last}. </translation>
    </message>
    <message>
      <source>（超出 {n} 字）</source>
      <translation> ({n} over the limit)</translation>
    </message>
    <message>
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>用途</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>．</source>
      <translation>．</translation>
    </message>
    <message>
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>第{n}年</source>
      <translation>Year {number}</translation>
    </message>
    <message>
      <source>{kind}：{name}</source>
      <translation>{kind}: {name}</translation>
    </message>
    <message>
      <source>{kind}合计</source>
      <translation>{kind} total</translation>
    </message>
    <message>
      <source>该年度经费来源合计与用途合计不相等</source>
      <translation>This year's total sources do not equal its total uses</translation>
    </message>
    <message>
      <source>简体中文</source>
      <translation>简体中文</translation>
    </message>
    <message>
      <source>繁體中文</source>
      <translation>繁體中文</translation>
    </message>
    <message>
      <source> 转 </source>
      <translation> ext. </translation>
    </message>
    <message>
      <source>导入数据备份</source>
      <translation>Import Data Backup</translation>
    </message>
    <message>
      <source>正在取消导入…</source>
      <translation>Cancelling the import…</translation>
    </message>
    <message>
      <source>无法导入数据备份</source>
      <translation>Cannot import the data backup</translation>
    </message>
    <message>
      <source>正在导入「{name}」…</source>
      <translation>Importing “{name}”…</translation>
    </message>
    <message>
      <source>无法导入「{name}」：{reason}</source>
      <translation>Cannot import “{name}”: {reason}</translation>
    </message>
    <message>
      <source>导入「{name}」时出错：{reason}</source>
      <translation>Error while importing “{name}”: {reason}</translation>
    </message>
    <message>
      <source>类型</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>组织名称</source>
      <translation>Organization name</translation>
    </message>
    <message>
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <source>推荐单位</source>
      <translation>Recommending Authority</translation>
    </message>
    <message>
      <source>校验码</source>
      <translation>Checksum</translation>
    </message>
    <message>
      <source>收到时间</source>
      <translation>Received</translation>
    </message>
    <message>
      <source>发件人</source>
      <translation>Sender</translation>
    </message>
    <message>
      <source>邮件主题</source>
      <translation>Mail subject</translation>
    </message>
    <message>
      <source>来源文件</source>
      <translation>Source file</translation>
    </message>
    <message>
      <source>受理副本</source>
      <translation>Intake copy</translation>
    </message>
    <message>
      <source>邮件主题没有注明申报标识。</source>
      <translation>The mail's subject does not carry the call's mark.</translation>
    </message>
    <message>
      <source>发现的问题</source>
      <translation>Problems found</translation>
    </message>
    <message>
      <source>（通知{clause}）</source>
      <translation> (Notice §{clause})</translation>
    </message>
    <message>
      <source>文件与清单一致，校验码一致，检查未发现问题。</source>
      <translation>Files match the manifest, the checksum matches, the check found no problems.</translation>
    </message>
    <message>
      <source>压缩包中的文件</source>
      <translation>Files in the zip</translation>
    </message>
    <message>
      <source>{name}（{size} 字节）</source>
      <translation>{name} ({size} bytes)</translation>
    </message>
    <message>
      <source>受理时出错：{reason}</source>
      <translation>Intake failed: {reason}</translation>
    </message>
    <message>
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>申报单位</source>
      <translation>the applicant unit</translation>
    </message>
    <message>
      <source>成员单位数</source>
      <translation>Members</translation>
    </message>
    <message>
      <source>牵头项目数</source>
      <translation>Led projects</translation>
    </message>
    <message>
      <source>标准供给</source>
      <translation>Standards Supply</translation>
    </message>
    <message>
      <source>经费来源（万元）</source>
      <translation>Funding sources (10k yuan)</translation>
    </message>
    <message>
      <source>完整性问题</source>
      <translation>Integrity problems</translation>
    </message>
    <message>
      <source>检查错误</source>
      <translation>Check errors</translation>
    </message>
    <message>
      <source>检查警告</source>
      <translation>Check warnings</translation>
    </message>
    <message>
      <source>最新</source>
      <translation>Latest</translation>
    </message>
    <message>
      <source>早先提交</source>
      <translation>Earlier submission</translation>
    </message>
    <message>
      <source>其他来源</source>
      <translation>From elsewhere</translation>
    </message>
    <message>
      <source>已拒收</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>申报材料</source>
      <translation>Application package</translation>
    </message>
    <message>
      <source>技术标准创新基地</source>
      <translation>Technical Standards Innovation Base</translation>
    </message>
    <message>
      <source>标准化创新中心</source>
      <translation>Standardization Innovation Center</translation>
    </message>
    <message>
      <source>受理申报（主管部门）</source>
      <translation>Intake of applications (bureau)</translation>
    </message>
    <message>
      <source>受理文件夹…</source>
      <translation>Take in folder…</translation>
    </message>
    <message>
      <source>选择存放收到的邮件（.eml）、压缩包或解压后文件夹的文件夹；原件不会被改动</source>
      <translation>Choose the folder holding the received e-mails (.eml), zips or unpacked folders; the originals are never changed</translation>
    </message>
    <message>
      <source>受理文件…</source>
      <translation>Take in files…</translation>
    </message>
    <message>
      <source>更换登记文件夹…</source>
      <translation>Change register folder…</translation>
    </message>
    <message>
      <source>导出专家评审材料…</source>
      <translation>Export for the expert panel…</translation>
    </message>
    <message>
      <source>筛选：单位、推荐单位、校验码…</source>
      <translation>Filter: unit, recommending unit, checksum…</translation>
    </message>
    <message>
      <source>纸质申报书页脚的校验码</source>
      <translation>Checksum from a paper page's footer</translation>
    </message>
    <message>
      <source>核对纸质件</source>
      <translation>Match paper copy</translation>
    </message>
    <message>
      <source>详情</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>两次提交的修改</source>
      <translation>Changes between submissions</translation>
    </message>
    <message>
      <source>选择收到的申报材料所在的文件夹</source>
      <translation>Choose the folder with the received applications</translation>
    </message>
    <message>
      <source>选择收到的邮件或压缩包</source>
      <translation>Choose received e-mails or zips</translation>
    </message>
    <message>
      <source>选择受理登记文件夹</source>
      <translation>Choose the register folder</translation>
    </message>
    <message>
      <source>注意：这不是该单位最新的一次提交。</source>
      <translation> Note: this is not the unit's latest submission.</translation>
    </message>
    <message>
      <source>注意：电子版的数据被改动过，只与文件清单中的校验码一致。</source>
      <translation> Note: the electronic data was altered; only the manifest's checksum matches.</translation>
    </message>
    <message>
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <source>有问题的</source>
      <translation>With problems</translation>
    </message>
    <message>
      <source>其他来源和已拒收</source>
      <translation>From elsewhere and refused</translation>
    </message>
    <message>
      <source>筛选：</source>
      <translation>Filter:</translation>
    </message>
    <message>
      <source>从</source>
      <translation>From</translation>
    </message>
    <message>
      <source>到</source>
      <translation>To</translation>
    </message>
    <message>
      <source>邮件和压缩包</source>
      <translation>E-mails and zips</translation>
    </message>
    <message>
      <source>该单位只有一次提交。</source>
      <translation>This unit has only one submission.</translation>
    </message>
    <message>
      <source>校验码 {code} 与第 {n} 项（{unit}，{when}）一致。</source>
      <translation>Checksum {code} matches item {n} ({unit}, {when}).</translation>
    </message>
    <message>
      <source>正在受理 {done}/{total}：{name}</source>
      <translation>Taking in {done}/{total}: {name}</translation>
    </message>
    <message>
      <source>已停止受理；已登记的保留。</source>
      <translation>Intake stopped; what was registered is kept.</translation>
    </message>
    <message>
      <source>本次登记 {added} 项（{altered} 项文件被改动，{refused} 项已拒收）；{skipped} 项此前已登记。</source>
      <translation>Registered {added} items ({altered} with altered files, {refused} refused); {skipped} were registered before.</translation>
    </message>
    <message>
      <source>登记文件夹：{path}</source>
      <translation>Register folder: {path}</translation>
    </message>
    <message>
      <source>两次提交的内容相同。</source>
      <translation>The two submissions have the same content.</translation>
    </message>
    <message>
      <source>无法导出</source>
      <translation>Cannot export</translation>
    </message>
    <message>
      <source>已导出：{path}（另有 {n} 份申报书 PDF）</source>
      <translation>Exported: {path} (and {n} form PDFs)</translation>
    </message>
    <message>
      <source>第 {n} 项，{when}，校验码 {checksum}</source>
      <translation>Item {n}, {when}, checksum {checksum}</translation>
    </message>
    <message>
      <source>请输入校验码（至少 {n} 位）。</source>
      <translation>Type the checksum (at least {n} characters).</translation>
    </message>
    <message>
      <source>没有与校验码 {code} 一致的提交：纸质件与收到的电子版不一致，或电子版尚未收到。</source>
      <translation>No submission matches checksum {code}: the paper copy differs from the electronic one received, or that has not arrived yet.</translation>
    </message>
    <message>
      <source>无法写入「{path}」：{reason}</source>
      <translation>Cannot write "{path}": {reason}</translation>
    </message>
    <message>
      <source>{header}：选中表格中的一行后在此填写</source>
      <translation>{header}: select a row of the table to fill this in</translation>
    </message>
    <message>
      <source>{header}（第 {n} 行{name}）：</source>
      <translation>{header} (row {n}{name}):</translation>
    </message>
    <message>
      <source>「{name}」</source>
      <translation> “{name}”</translation>
    </message>
    <message>
      <source>粘贴</source>
      <translation>Paste</translation>
    </message>
    <message>
      <source>清除</source>
      <translation>Clear</translation>
    </message>
    <message>
      <source>上移</source>
      <translation>Move Up</translation>
    </message>
    <message>
      <source>下移</source>
      <translation>Move Down</translation>
    </message>
    <message>
      <source>共 {n} 项</source>
      <translation>{n} in total</translation>
    </message>
    <message>
      <source>删除所选行</source>
      <translation>Delete Selected Rows</translation>
    </message>
    <message>
      <source>第 {n} 行：</source>
      <translation>Row {n}: </translation>
    </message>
    <message>
      <source>知道了</source>
      <translation>Got it</translation>
    </message>
    <message>
      <source>此项在其他步骤中填写，这里只显示</source>
      <translation>This item is filled in at another step and is only shown here</translation>
    </message>
    <message>
      <source>第{n}个月</source>
      <translation>Month {n}</translation>
    </message>
    <message>
      <source>以下内容不在可选项中或格式不对，这些格子未填入，请在表格中选择或改正：</source>
      <translation>These values are not among the options or are not in the right format; their cells were left empty, please choose or correct them in the table: </translation>
    </message>
    <message>
      <source>粘贴的内容有 {n} 列，表格从所选列起只有 {m} 列，多出的列未粘贴。</source>
      <translation>The pasted block has {n} columns, but the table has only {m} from the selected column on; the extra columns were not pasted.</translation>
    </message>
    <message>
      <source>表格没有更多行，粘贴内容的最后 {n} 行未粘贴。</source>
      <translation>The table has no more rows; the last {n} rows of the pasted block were not pasted.</translation>
    </message>
    <message>
      <source>第 {row} 行「{header}」不能在这里修改，未粘贴“{text}”。</source>
      <translation>Row {row}, “{header}”, cannot be changed here; “{text}” was not pasted.</translation>
    </message>
    <message>
      <source>第 {row} 行「{header}」：“{text}”</source>
      <translation>row {row}, “{header}”: “{text}”</translation>
    </message>
    <message>
      <source>未填写</source>
      <translation>Not set</translation>
    </message>
    <message>
      <source>第</source>
      <translation>Month </translation>
    </message>
    <message>
      <source>个月</source>
      <translation> of 24</translation>
    </message>
    <message>
      <source>无法打开申报文件</source>
      <translation>Cannot open the application file</translation>
    </message>
    <message>
      <source>为避免两处同时修改，这里只能查看、检查和输出，不能编辑。要编辑，请在已打开它的窗口中进行。</source>
      <translation>To avoid changes being made in two places at once, you can only view, check and output it here, not edit it. To edit it, use the window where it is already open.</translation>
    </message>
    <message>
      <source>这里只能查看、检查和输出，不能编辑。</source>
      <translation>Here you can only view, check and produce outputs, not edit.</translation>
    </message>
    <message>
      <source>以只读方式打开</source>
      <translation>Opened read-only</translation>
    </message>
    <message>
      <source>网络驱动器</source>
      <translation>network drive</translation>
    </message>
    <message>
      <source>可移动磁盘（如 U 盘）</source>
      <translation>removable disk (such as a USB stick)</translation>
    </message>
    <message>
      <source>文件不在本机磁盘上</source>
      <translation>The file is not on this computer</translation>
    </message>
    <message>
      <source>复制到本机并打开</source>
      <translation>Copy to This Computer and Open</translation>
    </message>
    <message>
      <source>仍在原位置打开</source>
      <translation>Open Where It Is</translation>
    </message>
    <message>
      <source>从快照恢复为新文件</source>
      <translation>Restore from Snapshot as New File</translation>
    </message>
    <message>
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>修复为新文件</source>
      <translation>Repair into a New File</translation>
    </message>
    <message>
      <source>已修复为新文件</source>
      <translation>Repaired into a New File</translation>
    </message>
    <message>
      <source>「{name}」位于{where}上。在这类位置直接填写，断网或拔出时可能丢失正在保存的修改。

建议复制到本机的“文档”文件夹中填写，完成后再把文件复制回去。</source>
      <translation>"{name}" is on a {where}. If you fill it in directly in such a location, changes being saved may be lost if the network drops or the disk is unplugged.

We recommend copying it to the "Documents" folder on this computer, filling it in there, and copying the file back when you have finished.</translation>
    </message>
    <message>
      <source>已把「{name}」修复为「{repaired}」，原文件保持不动。所做的修改：
{done}</source>
      <translation>“{name}” was repaired into “{repaired}”; the original file is unchanged. What was changed:
{done}</translation>
    </message>
    <message>
      <source>无法恢复快照：{reason}</source>
      <translation>Cannot restore the snapshot: {reason}</translation>
    </message>
    <message>
      <source>无法复制「{name}」：{reason}</source>
      <translation>Cannot copy "{name}": {reason}</translation>
    </message>
    <message>
      <source>这是之前打开过的示例副本「{name}」（其中的修改都保留着）。要重新开始，请关闭它并删除或改名该文件，再点“打开示例”。</source>
      <translation>This is the copy of the sample opened before, “{name}” (your changes in it are kept). To start afresh, close it, delete or rename that file, then click Open Sample again.</translation>
    </message>
    <message>
      <source>上一步</source>
      <translation>Back</translation>
    </message>
    <message>
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>新建或打开其他申报…</source>
      <translation>New or Open Another Application...</translation>
    </message>
    <message>
      <source>快照与恢复…</source>
      <translation>Snapshots and Restore...</translation>
    </message>
    <message>
      <source>申报通知…</source>
      <translation>Call for Applications...</translation>
    </message>
    <message>
      <source>与其他申报文件比较…</source>
      <translation>Compare with Another Application File…</translation>
    </message>
    <message>
      <source>另存为…</source>
      <translation>Save As...</translation>
    </message>
    <message>
      <source>编辑(&amp;E)</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>语言(&amp;L)</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>已自动保存</source>
      <translation>Saved automatically</translation>
    </message>
    <message>
      <source>正在保存…</source>
      <translation>Saving...</translation>
    </message>
    <message>
      <source>只读：已在另一个窗口中编辑</source>
      <translation>Read-only: being edited in another window</translation>
    </message>
    <message>
      <source>文件已恢复写入，所有修改均已保存。</source>
      <translation>The file can be written again; every change is saved.</translation>
    </message>
    <message>
      <source>另存为</source>
      <translation>Save As</translation>
    </message>
    <message>
      <source>有修改尚未保存</source>
      <translation>Changes not saved yet</translation>
    </message>
    <message>
      <source>不保存，关闭</source>
      <translation>Close without saving</translation>
    </message>
    <message>
      <source>未能保存</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <source>申报文件</source>
      <translation>Application files</translation>
    </message>
    <message>
      <source>{file}（{state}）— {product}</source>
      <translation>{file} ({state}) — {product}</translation>
    </message>
    <message>
      <source>“{what}”未完成：文件暂时无法写入。</source>
      <translation>"{what}" was not done: the file cannot be written at the moment.</translation>
    </message>
    <message>
      <source>另存为失败</source>
      <translation>Save As failed</translation>
    </message>
    <message>
      <source>已另存为「{path}」，此后的修改都保存到这个文件。</source>
      <translation>Saved as "{path}"; from now on every change is saved to this file.</translation>
    </message>
    <message>
      <source>本步没有发现问题</source>
      <translation>No problems found in this step</translation>
    </message>
    <message>
      <source>未能保存：{n} 处修改等待写入</source>
      <translation>Not saved: {n} change(s) waiting to be written</translation>
    </message>
    <message>
      <source>{name}-副本</source>
      <translation>{name}-copy</translation>
    </message>
    <message>
      <source>「{name}」目前无法写入，{n} 处修改只在本窗口中。关闭窗口会丢失这些修改。

建议先“另存为…”到其他位置（例如本机的“文档”文件夹）。</source>
      <translation>"{name}" cannot be written at the moment; {n} change(s) exist only in this window. Closing the window loses them.

Use "Save As..." first to save them elsewhere (for example in this PC's Documents folder).</translation>
    </message>
    <message>
      <source>申报书已标记为获批，保持申报时的内容，不能再修改</source>
      <translation>The application is marked approved and stays as submitted; it can no longer be changed</translation>
    </message>
    <message>
      <source>自动快照失败：{reason}</source>
      <translation>Automatic snapshot failed: {reason}</translation>
    </message>
    <message>
      <source>错</source>
      <translation>E:</translation>
    </message>
    <message>
      <source>警</source>
      <translation>W:</translation>
    </message>
    <message>
      <source>{late} 项逾期，{due} 项即将到期</source>
      <translation>{late} overdue, {due} due soon</translation>
    </message>
    <message>
      <source>{e} 个错误，{w} 个警告</source>
      <translation>Errors: {e}; warnings: {w}</translation>
    </message>
    <message>
      <source>{n} 项尚未填写</source>
      <translation>{n} entries not filled in yet</translation>
    </message>
    <message>
      <source>逾期{n}</source>
      <translation>Overdue: {n}</translation>
    </message>
    <message>
      <source>到期{n}</source>
      <translation>Due: {n}</translation>
    </message>
    <message>
      <source>错误</source>
      <translation>Error</translation>
    </message>
    <message>
      <source>警告</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>已对照营业执照核对，代码无误</source>
      <translation>I have checked the business licence: the code is correct</translation>
    </message>
    <message>
      <source>{severity}：{message}</source>
      <translation>{severity}: {message}</translation>
    </message>
    <message>
      <source>成员填报包</source>
      <translation>Member packets</translation>
    </message>
    <message>
      <source>把填报表和支持函发给成员单位，由它们填写、盖章后交回，交回的填报表在这里导入，不必重新录入。</source>
      <translation>Send each member its workbook and support letter; they fill in, sign and stamp them and send them back. Import the returned workbooks here instead of retyping them.</translation>
    </message>
    <message>
      <source>生成成员填报包…</source>
      <translation>Make member packets…</translation>
    </message>
    <message>
      <source>为选中的单位（未选中时为全部成员单位）生成填报表、支持函和邮件草稿</source>
      <translation>Make the workbook, support letter and e-mail draft for the selected units (all members when none is selected)</translation>
    </message>
    <message>
      <source>导入成员回执…</source>
      <translation>Import members' answers…</translation>
    </message>
    <message>
      <source>上传选中单位的支持函扫描件…</source>
      <translation>Attach the selected unit's signed support letter…</translation>
    </message>
    <message>
      <source>选择成员单位交回的填报表</source>
      <translation>Choose the workbooks the members returned</translation>
    </message>
    <message>
      <source>选择支持函扫描件</source>
      <translation>Choose the support letter scan</translation>
    </message>
    <message>
      <source>添加成员单位后即可生成填报包。</source>
      <translation>Add member units to make their packets.</translation>
    </message>
    <message>
      <source>Excel 工作簿</source>
      <translation>Excel workbook</translation>
    </message>
    <message>
      <source>请先在上面的名单中选中一家成员单位，再上传它的支持函扫描件。</source>
      <translation>First select one member unit in the list above, then attach its support letter scan.</translation>
    </message>
    <message>
      <source>扫描件</source>
      <translation>Scans</translation>
    </message>
    <message>
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>填报包</source>
      <translation>Packet sent</translation>
    </message>
    <message>
      <source>回执</source>
      <translation>Answer</translation>
    </message>
    <message>
      <source>支持函</source>
      <translation>Support letter</translation>
    </message>
    <message>
      <source>{date} 已导入</source>
      <translation>imported {date}</translation>
    </message>
    <message>
      <source>「{name}」不是扫描件（PDF、OFD、JPG、PNG），未上传。</source>
      <translation>“{name}” is not a scan (PDF, OFD, JPG, PNG); it was not attached.</translation>
    </message>
    <message>
      <source>已上传</source>
      <translation>attached</translation>
    </message>
    <message>
      <source>缺</source>
      <translation>missing</translation>
    </message>
    <message>
      <source>「{name}」过大或不是普通文件，未上传。请压缩扫描件后再试。</source>
      <translation>“{name}” is too large or not a regular file; it was not attached. Please compress the scan and try again.</translation>
    </message>
    <message>
      <source>无法读取「{name}」：{reason}</source>
      <translation>Cannot read "{name}": {reason}</translation>
    </message>
    <message>
      <source>未交回</source>
      <translation>not returned</translation>
    </message>
    <message>
      <source>无法打开</source>
      <translation>Cannot Open</translation>
    </message>
    <message>
      <source>复制路径</source>
      <translation>Copy Path</translation>
    </message>
    <message>
      <source>已复制路径</source>
      <translation>Path Copied</translation>
    </message>
    <message>
      <source>这个文件</source>
      <translation>this file</translation>
    </message>
    <message>
      <source>没有找到可以打开{what}的程序：
{path}

请复制路径，在文件管理器或相应的程序中打开它。</source>
      <translation>No program was found to open {what}:
{path}

Copy the path and open it in the file manager or the program for it.</translation>
    </message>
    <message>
      <source>正在读取申报文件…</source>
      <translation>Reading the application file...</translation>
    </message>
    <message>
      <source>输出申报材料</source>
      <translation>Output Application Materials</translation>
    </message>
    <message>
      <source>更改…</source>
      <translation>Change...</translation>
    </message>
    <message>
      <source>简体字</source>
      <translation>Simplified Chinese</translation>
    </message>
    <message>
      <source>繁体字</source>
      <translation>Traditional Chinese</translation>
    </message>
    <message>
      <source>标题、栏目名称和选项用所选字体；填写的内容保持原样。</source>
      <translation>Titles, headings, labels and choice values are written in the chosen script; what you typed is kept exactly as entered.</translation>
    </message>
    <message>
      <source>生成全部申报材料</source>
      <translation>Generate All Materials</translation>
    </message>
    <message>
      <source>预览</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>打印…</source>
      <translation>Print...</translation>
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation>Open Folder</translation>
    </message>
    <message>
      <source>打开邮件草稿</source>
      <translation>Open E-mail Draft</translation>
    </message>
    <message>
      <source>复制收件地址和主题</source>
      <translation>Copy Address and Subject</translation>
    </message>
    <message>
      <source>选择输出文件夹</source>
      <translation>Choose output folder</translation>
    </message>
    <message>
      <source>文件夹</source>
      <translation>the folder</translation>
    </message>
    <message>
      <source>已生成（点击文件名打开）。</source>
      <translation>Generated (click a file name to open it).</translation>
    </message>
    <message>
      <source>输出失败</source>
      <translation>Output failed</translation>
    </message>
    <message>
      <source>申报书用字：</source>
      <translation>Form script:</translation>
    </message>
    <message>
      <source>正在核对是否与当前内容一致…</source>
      <translation>Checking whether they match the current content…</translation>
    </message>
    <message>
      <source>申报书用字已更改，请重新生成</source>
      <translation>The document script has changed since: generate them again</translation>
    </message>
    <message>
      <source>申报通知已更换，请重新检查并重新生成</source>
      <translation>The call has changed since: check again and generate them again</translation>
    </message>
    <message>
      <source>正在取消…</source>
      <translation>Cancelling...</translation>
    </message>
    <message>
      <source>已取消，没有留下未完成的文件。</source>
      <translation>Cancelled; no unfinished files were left behind.</translation>
    </message>
    <message>
      <source>邮件草稿</source>
      <translation>the e-mail draft</translation>
    </message>
    <message>
      <source>电子版压缩包中也放入申报书 Word 版（{name}）</source>
      <translation>Also put the Word version of the form ({name}) into the electronic zip package</translation>
    </message>
    <message>
      <source>{name} 总会写入输出文件夹；选中时也放入压缩包并列入文件清单。</source>
      <translation>{name} is always written to the output folder; when ticked it also goes into the zip package and its file list.</translation>
    </message>
    <message>
      <source>一次生成全部材料：申报书 PDF 和 Word 版；“{two_copies}”（按顺序包含两份完整的申报书，也可用“打印”直接打印两份）；邮寄封面；电子版压缩包和发送它的邮件草稿。每页页脚的校验码与电子版一致。</source>
      <translation>Generates all materials at once: the application form as PDF and as Word; "{two_copies}" (two complete copies of the form one after the other; "Print..." can also print two copies directly); the mailing cover sheet; the electronic zip package and the e-mail draft that sends it. The checksum in every page footer matches the electronic version.</translation>
    </message>
    <message>
      <source>生成的材料与当前内容不一致，请重新生成后再发送。</source>
      <translation>The generated materials do not match the current content; generate them again before sending.</translation>
    </message>
    <message>
      <source>输出到：{folder}</source>
      <translation>Output to: {folder}</translation>
    </message>
    <message>
      <source>上次生成：{time}（{script}），在 {folder}</source>
      <translation>Last generated: {time} ({script}), in {folder}</translation>
    </message>
    <message>
      <source>校验码：{c}</source>
      <translation>Checksum: {c}</translation>
    </message>
    <message>
      <source>内容已修改，请重新生成</source>
      <translation>The content has changed since: generate them again</translation>
    </message>
    <message>
      <source>打印失败</source>
      <translation>Printing failed</translation>
    </message>
    <message>
      <source>还有 {n} 个错误，改正后才能输出申报书（见上方列表，点击可转到出错位置）。</source>
      <translation>Errors remaining: {n}. Correct them before the application form can be generated (see the list above; click an item to go to it).</translation>
    </message>
    <message>
      <source>与当前内容一致</source>
      <translation>Matches the current content</translation>
    </message>
    <message>
      <source>已不在文件夹中（被删除或移走）：{names}，请重新生成</source>
      <translation>No longer in the folder (deleted or moved): {names}; generate them again</translation>
    </message>
    <message>
      <source>已被替换或修改：{names}，请重新生成</source>
      <translation>Replaced or changed: {names}; generate them again</translation>
    </message>
    <message>
      <source>输出时出现意外错误（{kind}），之前输出的申报材料保持原样。请再试一次；若仍失败，请把申报文件发给技术支持。</source>
      <translation>An unexpected error occurred while making the outputs ({kind}); the outputs made before are unchanged. Please try again; if it fails again, send the application file to support.</translation>
    </message>
    <message>
      <source>已复制：{to}　{subject}</source>
      <translation>Copied: {to}  {subject}</translation>
    </message>
    <message>
      <source>（当前内容的校验码：{c}）</source>
      <translation> (checksum of the content now: {c})</translation>
    </message>
    <message>
      <source>生成成员填报包</source>
      <translation>Make member packets</translation>
    </message>
    <message>
      <source>为每家选中的单位生成一个文件夹：填报表（Excel，成员单位填写后发回）、支持函（PDF 打印盖章，Word 可套用单位信笺）和一封写好的邮件草稿。</source>
      <translation>One folder per ticked unit: the workbook (Excel, filled in and sent back by the member), the support letter (PDF to print, sign and stamp; Word for the unit's letterhead) and a ready e-mail draft.</translation>
    </message>
    <message>
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>生成</source>
      <translation>Make</translation>
    </message>
    <message>
      <source>打开文件夹</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <source>正在生成填报包…</source>
      <translation>Making the packets…</translation>
    </message>
    <message>
      <source>输出文件夹：</source>
      <translation>Output folder:</translation>
    </message>
    <message>
      <source>请至少勾选一家单位。</source>
      <translation>Tick at least one unit.</translation>
    </message>
    <message>
      <source>正在生成填报包（{done}/{total}）…</source>
      <translation>Making the packets ({done}/{total})…</translation>
    </message>
    <message>
      <source>已为 {n} 家单位生成填报包，保存在：{folder}。请把各文件夹中的邮件草稿打开、核对收件人后发出（或把填报表和支持函另行发给对方）。</source>
      <translation>Packets made for {n} units in: {folder}. Open the e-mail draft in each folder, check the recipient and send it (or send the workbook and letter another way).</translation>
    </message>
    <message>
      <source>（{date} 已发）</source>
      <translation> (sent {date})</translation>
    </message>
    <message>
      <source>无法写入「{folder}」：{reason}</source>
      <translation>Cannot write “{folder}”: {reason}</translation>
    </message>
    <message>
      <source>填报包已生成在「{folder}」，但申报文件暂时无法写入发送日期（{reason}）。</source>
      <translation>The packets were made in “{folder}”, but the application file cannot record the date sent at the moment ({reason}).</translation>
    </message>
    <message>
      <source>附件</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>附件随申报文件一并保存，复制申报文件或换电脑后仍可使用。必须上传营业执照或法人证书。支持的格式：PDF、OFD、JPG、PNG、Word、Excel。</source>
      <translation>Attachments are saved inside the application file, so they travel with it when you copy the file or change computers. The business licence or legal-person certificate must be uploaded. Supported formats: PDF, OFD, JPG, PNG, Word, Excel.</translation>
    </message>
    <message>
      <source>附件随申报文件一并保存，复制申报文件或换电脑后仍可使用。必须上传营业执照或法人证书；每家成员单位都需要一份支持函（通知二(一)1）。支持的格式：PDF、OFD、JPG、PNG、Word、Excel。</source>
      <translation>Attachments are saved inside the application file, so they travel with it when you copy the file or change computers. The business licence or legal-person certificate must be uploaded, and every member unit needs a letter of support (Notice §II(1)1). Supported formats: PDF, OFD, JPG, PNG, Word, Excel.</translation>
    </message>
    <message>
      <source>已添加的附件</source>
      <translation>Added Attachments</translation>
    </message>
    <message>
      <source>选择文件并添加…</source>
      <translation>Choose File and Add...</translation>
    </message>
    <message>
      <source>（不指定）</source>
      <translation>(not specified)</translation>
    </message>
    <message>
      <source>选择附件</source>
      <translation>Choose attachment</translation>
    </message>
    <message>
      <source>另存附件</source>
      <translation>Save attachment as</translation>
    </message>
    <message>
      <source>附件类型</source>
      <translation>Attachment type</translation>
    </message>
    <message>
      <source>所属单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>文件名</source>
      <translation>File name</translation>
    </message>
    <message>
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>每家成员单位都已上传支持函。</source>
      <translation>Every member unit has uploaded a letter of support.</translation>
    </message>
    <message>
      <source>附件文件</source>
      <translation>Attachment files</translation>
    </message>
    <message>
      <source>无法添加附件</source>
      <translation>Cannot add the attachment</translation>
    </message>
    <message>
      <source>尚缺支持函的成员单位：{names}</source>
      <translation>Member units still missing a letter of support: {names}</translation>
    </message>
    <message>
      <source>「{name}」的格式不在允许范围内（PDF、OFD、JPG、PNG、Word、Excel）。</source>
      <translation>The format of "{name}" is not allowed (PDF, OFD, JPG, PNG, Word, Excel).</translation>
    </message>
    <message>
      <source>「{name}」有 {size}，远超申报通知规定的单个附件 {limit} MB 上限（超过 {most} 的附件不能添加），请压缩扫描件或分成几个文件后再添加。</source>
      <translation>“{name}” is {size}, far above the call's limit of {limit} MB per attachment (attachments over {most} cannot be added). Compress the scan or split it into several files, then add it again.</translation>
    </message>
    <message>
      <source>「{name}」不是普通文件（可能是文件夹、设备或管道），无法添加。</source>
      <translation>“{name}” is not a regular file (it may be a folder, a device or a pipe) and cannot be added.</translation>
    </message>
    <message>
      <source>申报类型与名称</source>
      <translation>Application Type and Name</translation>
    </message>
    <message>
      <source>新型标准化技术组织分为技术标准创新基地和标准化创新中心两类（通知一）。基地由产业链上下游或产业园区内的多家单位共同组成，由行业龙头企业、园区管理单位或标准化机构申报；中心由一家技术能力强的企事业单位独立申报。</source>
      <translation>New-type standardization technical organizations are of two kinds: Technical Standards Innovation Bases and Standardization Innovation Centers (Notice §I). A base is formed jointly by several units along an industry chain (upstream and downstream) or within an industrial park, and is applied for by an industry-leading enterprise, a park management unit or a standardization body; a center is applied for independently by a single enterprise or public institution with strong technical capability.</translation>
    </message>
    <message>
      <source>申报单位应具有独立法人资格（通知二(一)2）。名称和统一社会信用代码请与营业执照或法人证书一致。</source>
      <translation>The applicant unit must be an independent legal person (Notice §II(1)2). Enter the name and unified social credit code exactly as on the business licence or legal person certificate.</translation>
    </message>
    <message>
      <source>申报须由区人民政府或行业主管部门推荐，并由推荐单位确认盖章（通知二(一)2、二(四)1）。打印稿中的“推荐意见”、盖章和日期留空，由推荐单位手工填写。</source>
      <translation>The application must be recommended by a district government or an industry authority, and confirmed and stamped by the recommending authority (Notice §II(1)2, §II(4)1). On the printout, the "Recommendation opinion", the stamp and the date are left blank for the recommending authority to fill in by hand.</translation>
    </message>
    <message>
      <source>申报类型</source>
      <translation>Application Type</translation>
    </message>
    <message>
      <source>拟建组织名称</source>
      <translation>Proposed organization name</translation>
    </message>
    <message>
      <source>填报日期</source>
      <translation>Date filled in</translation>
    </message>
    <message>
      <source>领域</source>
      <translation>Fields</translation>
    </message>
    <message>
      <source>紧密围绕“五型经济”“四新经济”等领域产业发展需求（通知一），至少选择一项。</source>
      <translation>Closely aligned with the industrial development needs of fields such as the "five-type economy" and the "four-new economy" (Notice §I); select at least one.</translation>
    </message>
    <message>
      <source>五型经济</source>
      <translation>Five-type economy</translation>
    </message>
    <message>
      <source>四新经济</source>
      <translation>Four-new economy</translation>
    </message>
    <message>
      <source>所属产业</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>基本信息</source>
      <translation>Basic Information</translation>
    </message>
    <message>
      <source>单位名称</source>
      <translation>Unit name</translation>
    </message>
    <message>
      <source>是否具有独立法人资格</source>
      <translation>Independent legal person</translation>
    </message>
    <message>
      <source>单位性质</source>
      <translation>Nature of unit</translation>
    </message>
    <message>
      <source>法定代表人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <source>注册地址</source>
      <translation>Registered address</translation>
    </message>
    <message>
      <source>通讯地址</source>
      <translation>Mailing address</translation>
    </message>
    <message>
      <source>邮政编码</source>
      <translation>Postcode</translation>
    </message>
    <message>
      <source>成立日期</source>
      <translation>Date founded</translation>
    </message>
    <message>
      <source>单位网址</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>规模</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>职工总数（人）</source>
      <translation>Total staff (people)</translation>
    </message>
    <message>
      <source>研发人员（人）</source>
      <translation>R&amp;D staff (people)</translation>
    </message>
    <message>
      <source>标准化工作人员（人）</source>
      <translation>Standardization staff (people)</translation>
    </message>
    <message>
      <source>上年度营业收入或经费预算（万元）</source>
      <translation>Last year's revenue or budget (10k yuan)</translation>
    </message>
    <message>
      <source>单位简介</source>
      <translation>Unit Profile</translation>
    </message>
    <message>
      <source>联系人</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>部门</source>
      <translation>Department</translation>
    </message>
    <message>
      <source>职务</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>办公电话</source>
      <translation>Office phone</translation>
    </message>
    <message>
      <source>手机</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <source>电子邮箱</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>推荐单位名称</source>
      <translation>Recommending authority name</translation>
    </message>
    <message>
      <source>推荐单位类型</source>
      <translation>Recommending authority type</translation>
    </message>
    <message>
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>例如：上海市智能网联汽车技术标准创新基地</source>
      <translation>e.g. Shanghai Intelligent Connected Vehicle Technical Standards Innovation Base</translation>
    </message>
    <message>
      <source>组建方式</source>
      <translation>Formation</translation>
    </message>
    <message>
      <source>更改申报类型</source>
      <translation>Change application type</translation>
    </message>
    <message>
      <source>18 位，见营业执照或法人证书</source>
      <translation>18 characters, as shown on the business licence or legal person certificate</translation>
    </message>
    <message>
      <source>申报单位类型</source>
      <translation>Applicant unit type</translation>
    </message>
    <message>
      <source>6 位数字</source>
      <translation>6 digits</translation>
    </message>
    <message>
      <source>主营业务、技术实力、行业地位、标准化工作情况等</source>
      <translation>Main business, technical strength, standing in the industry, standardization work, etc.</translation>
    </message>
    <message>
      <source>例如 021-50801234 转 8021</source>
      <translation>e.g. 021-50801234 ext. 8021</translation>
    </message>
    <message>
      <source>11 位手机号码</source>
      <translation>11-digit mobile number</translation>
    </message>
    <message>
      <source>例如：上海市浦东新区人民政府</source>
      <translation>e.g. Shanghai Pudong New Area People's Government</translation>
    </message>
    <message>
      <source>改为“{label}”后，向导页面会随类型变化；已填写的内容都会保留。确定更改吗？</source>
      <translation>After changing to "{label}", the wizard pages will change to match the type; everything already filled in is kept. Change the type?</translation>
    </message>
    <message>
      <source>检查与输出</source>
      <translation>Check and Output</translation>
    </message>
    <message>
      <source>报送方式</source>
      <translation>How to Submit</translation>
    </message>
    <message>
      <source>数据备份</source>
      <translation>Data Backup</translation>
    </message>
    <message>
      <source>把全部填写内容和附件导出为一个数据文件夹，可用于备份，或在另一台电脑上用“导入”恢复。</source>
      <translation>Export everything filled in, with the attachments, to a data folder, for backup or for restoring on another computer with "Import".</translation>
    </message>
    <message>
      <source>与上次输出比较…</source>
      <translation>Compare with Last Outputs…</translation>
    </message>
    <message>
      <source>列出自上次输出申报书以来修改了哪些内容，可输出修改清单交推荐单位核对。</source>
      <translation>Lists what changed since the form was last output; the change list can be printed for the recommending unit to check.</translation>
    </message>
    <message>
      <source>导出数据备份…</source>
      <translation>Export Data Backup...</translation>
    </message>
    <message>
      <source>共 {e} 个错误（须改正后才能输出申报书），{w} 个警告（请核实）。点击问题可转到相应位置：</source>
      <translation>Errors: {e} (to be corrected before the application form can be generated); warnings: {w} (please check). Click a problem to go to it:</translation>
    </message>
    <message>
      <source>没有错误，可以输出申报书；有 {w} 个警告，请核实。点击问题可转到相应位置：</source>
      <translation>No errors: the application form can be generated. Warnings to check: {w}. Click a problem to go to it:</translation>
    </message>
    <message>
      <source>导出申报数据</source>
      <translation>Export application data</translation>
    </message>
    <message>
      <source>纸质申报书一式{copies}份，由推荐单位确认盖章后寄送或送达：{address}，邮编 {postcode}；电子版以压缩包形式发送至 {email}。信封和邮件均注明“{mark}”（通知四）。联系人：{contact}，电话 {phone}。</source>
      <translation>Send {copies} paper copies of the application form, confirmed and stamped by the recommending authority, by post or by hand to: {address}, postcode {postcode}; send the electronic version as a zip package to {email}. Mark both the envelope and the e-mail "{mark}" (Notice §IV). Contact: {contact}, phone {phone}.</translation>
    </message>
    <message>
      <source>导出失败</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>已导出：{path}（附件在同一文件夹的“附件”子文件夹中）</source>
      <translation>Exported: {path} (the attachments are in the attachments subfolder of the same folder)</translation>
    </message>
    <message>
      <source>没有发现问题。</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <source>{name}-数据</source>
      <translation>{name} - data</translation>
    </message>
    <message>
      <source>（第 {row} 行）</source>
      <translation> (row {row})</translation>
    </message>
    <message>
      <source>标准化工作基础</source>
      <translation>Standardization Foundation</translation>
    </message>
    <message>
      <source>申报单位应具备扎实的标准化工作基础，并有牵头承担市级及以上科研项目或标准化研究项目的经验（通知二(三)）：请至少填写一项本单位牵头的省部级（市级）或国家级项目。</source>
      <translation>The applicant unit must have a solid foundation in standardization work and experience of leading research or standardization research projects at municipal level or above (Notice §II(3)): enter at least one provincial/ministerial (municipal) or national project led by the applicant unit.</translation>
    </message>
    <message>
      <source>申报单位应具备丰富的标准化工作经验，或能协调相应的外部标准化服务资源（通知二(二)）：请至少填写一项主导或参与制定的标准，或一家外部标准化服务机构。</source>
      <translation>The applicant unit must have rich experience in standardization work, or be able to coordinate external standardization service resources (Notice §II(2)): enter at least one standard it has led or taken part in developing, or one external standardization service institution.</translation>
    </message>
    <message>
      <source>主导或参与制定的标准</source>
      <translation>Standards Led or Co-developed</translation>
    </message>
    <message>
      <source>参与的标准化技术委员会</source>
      <translation>Standardization Technical Committees Joined</translation>
    </message>
    <message>
      <source>承担的科研项目和标准化研究项目</source>
      <translation>Research and Standardization Projects Undertaken</translation>
    </message>
    <message>
      <source>能力说明</source>
      <translation>Capabilities</translation>
    </message>
    <message>
      <source>技术优势</source>
      <translation>Technical strengths</translation>
    </message>
    <message>
      <source>标准化服务能力</source>
      <translation>Standardization service capability</translation>
    </message>
    <message>
      <source>编号示例：GB/T 1.1-2020、T/SHSPPS 001-2021。</source>
      <translation>Number examples: GB/T 1.1-2020, T/SHSPPS 001-2021.</translation>
    </message>
    <message>
      <source>例如：全国标准化原理与方法标准化技术委员会（SAC/TC 286）。</source>
      <translation>e.g. National Technical Committee on Standardization Principles and Methods (SAC/TC 286).</translation>
    </message>
    <message>
      <source>专利、获奖、创新平台等</source>
      <translation>Patents, awards, innovation platforms, etc.</translation>
    </message>
    <message>
      <source>为相关单位参与标准制修订、交流研讨提供对接渠道和技术支持的能力</source>
      <translation>Ability to give other units channels and technical support for taking part in drafting and revising standards and in exchanges and seminars</translation>
    </message>
    <message>
      <source>组织协调能力</source>
      <translation>Organizing and coordinating capability</translation>
    </message>
    <message>
      <source>可协调的外部标准化服务机构</source>
      <translation>External Standardization Service Institutions Available</translation>
    </message>
    <message>
      <source>标准编号</source>
      <translation>Standard number</translation>
    </message>
    <message>
      <source>标准名称</source>
      <translation>Standard title</translation>
    </message>
    <message>
      <source>级别</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>主导/参与</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>年份</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>技术委员会名称及编号</source>
      <translation>Technical committee name and code</translation>
    </message>
    <message>
      <source>承担角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>项目名称</source>
      <translation>Project name</translation>
    </message>
    <message>
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>牵头/参与</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>在产业领域或园区内组织协调政产学研用各方的资源和能力（通知二(二)）</source>
      <translation>Resources and ability to organize and coordinate government, industry, academia, research and users in the industry or park (Notice §II(2))</translation>
    </message>
    <message>
      <source>没有主导或参与制定标准的基地，须至少填写一家外部标准化服务机构（通知二(二)）。</source>
      <translation>A base that has not led or taken part in developing any standard must enter at least one external standardization service institution (Notice §II(2)).</translation>
    </message>
    <message>
      <source>机构名称</source>
      <translation>Institution name</translation>
    </message>
    <message>
      <source>提供的标准化服务</source>
      <translation>Standardization services provided</translation>
    </message>
    <message>
      <source>组织架构</source>
      <translation>Organizational Structure</translation>
    </message>
    <message>
      <source>请填写创新中心的负责人、技术负责人和核心团队，并说明责任分工（通知三(一)）。</source>
      <translation>Enter the innovation center's head, technical head and core team, and describe the division of responsibilities (Notice §III(1)).</translation>
    </message>
    <message>
      <source>创新基地应当设置领导小组或者理事会，统筹协调各成员单位参与基地建设；成员单位中的行业龙头企业、园区管理单位或者标准化机构具体负责牵头协调和组织推进（通知一(一)）。</source>
      <translation>An innovation base shall set up a leading group or a council to coordinate the member units' participation in building the base; an industry-leading enterprise, park management unit or standardization body among the member units takes specific charge of leading the coordination and driving the work forward (Notice §I(1)).</translation>
    </message>
    <message>
      <source>单位从成员单位名单中选择。</source>
      <translation>Choose units from the list of member units.</translation>
    </message>
    <message>
      <source>责任分工</source>
      <translation>Division of Responsibilities</translation>
    </message>
    <message>
      <source>分工说明</source>
      <translation>Description of responsibilities</translation>
    </message>
    <message>
      <source>领导机构</source>
      <translation>Governing Body</translation>
    </message>
    <message>
      <source>领导机构形式</source>
      <translation>Form of governing body</translation>
    </message>
    <message>
      <source>秘书处设在</source>
      <translation>Secretariat hosted by</translation>
    </message>
    <message>
      <source>牵头协调单位</source>
      <translation>Coordinating lead unit</translation>
    </message>
    <message>
      <source>负责人与核心团队</source>
      <translation>Head and Core Team</translation>
    </message>
    <message>
      <source>须填写负责人和技术负责人各一名。</source>
      <translation>Enter one head and one technical head.</translation>
    </message>
    <message>
      <source>各单位、各岗位在试点建设中的职责分工</source>
      <translation>Responsibilities of each unit and each position in building the pilot</translation>
    </message>
    <message>
      <source>领导小组或理事会组成</source>
      <translation>Leading Group or Council Composition</translation>
    </message>
    <message>
      <source>所在单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>单位职务</source>
      <translation>Position in unit</translation>
    </message>
    <message>
      <source>担任角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>{body}组成</source>
      <translation>{body} Composition</translation>
    </message>
    <message>
      <source>申报单位的名称和统一社会信用代码请在“申报单位”一步修改</source>
      <translation>Change the applicant's name and unified social credit code at the step “Applicant Unit”</translation>
    </message>
    <message>
      <source>创新中心由一家单位独立申报（通知二(一)1）；合作单位可选填。</source>
      <translation>An innovation center is applied for by a single unit on its own (Notice §II(1)1); partner units are optional.</translation>
    </message>
    <message>
      <source>申报单位的单位类型和是否龙头企业由“申报单位”一步的单位性质和申报单位类型决定，请在那一步修改</source>
      <translation>The applicant's unit type and industry-leader mark follow its nature of unit and applicant unit type at the step “Applicant Unit”: change them there</translation>
    </message>
    <message>
      <source>成员单位</source>
      <translation>Member unit</translation>
    </message>
    <message>
      <source>合作单位</source>
      <translation>Partner unit</translation>
    </message>
    <message>
      <source>创新基地由产业链上下游或产业园区内的企业、标准化机构等单位共同组成（通知一(一)），申报须得到其他单位支持（通知二(一)1）：每家成员单位都要在“附件”一步上传支持函。申报单位自动列为第一家“牵头单位”。</source>
      <translation>An innovation base is formed jointly by enterprises, standardization bodies and other units along an industry chain (upstream and downstream) or within an industrial park (Notice §I(1)), and the application must be supported by the other units (Notice §II(1)1): every member unit must upload a letter of support at the "Attachments" step. The applicant unit is automatically listed first, as "Lead unit".</translation>
    </message>
    <message>
      <source>单位类型</source>
      <translation>Unit type</translation>
    </message>
    <message>
      <source>参与内容和作用</source>
      <translation>Contribution and role</translation>
    </message>
    <message>
      <source>添加单位</source>
      <translation>Add Unit</translation>
    </message>
    <message>
      <source>龙头企业</source>
      <translation>Industry leader</translation>
    </message>
    <message>
      <source>产业链位置</source>
      <translation>Position in chain</translation>
    </message>
    <message>
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>成员覆盖：</source>
      <translation>Member coverage: </translation>
    </message>
    <message>
      <source>{title}名单</source>
      <translation>{title} List</translation>
    </message>
    <message>
      <source>试点批准</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>获批创建后，在这里填写批复文件上的批准日期：试点期第 1—24 个月从这一天算起（通知三(三)），并打开“试点执行”各步。获批后申报书保持申报时的内容，不能再修改。</source>
      <translation>Once the organization is approved, enter the approval date from the bureau's letter here: pilot months 1–24 count from that day (notice III(3)), and the pilot steps open. After approval the application stays as submitted and can no longer be changed.</translation>
    </message>
    <message>
      <source>批准情况</source>
      <translation>Approval</translation>
    </message>
    <message>
      <source>如：沪市监标创〔2022〕3号</source>
      <translation>e.g. 沪市监标创〔2022〕3号</translation>
    </message>
    <message>
      <source>批准日期</source>
      <translation>Approval date</translation>
    </message>
    <message>
      <source>撤销获批标记</source>
      <translation>Withdraw the approval mark</translation>
    </message>
    <message>
      <source>仅用于误标（如标错了文件、批复尚未下达）。撤销后申报书恢复可修改，已填写的试点执行情况保留，再次标记获批时按当时的申报内容记录校验码。</source>
      <translation>Only for a mark set by mistake (the wrong file, no approval letter yet). Afterwards the application can be edited again; the pilot records are kept, and marking it approved again records the checksum of the application as it is then.</translation>
    </message>
    <message>
      <source>请确认</source>
      <translation>Please confirm</translation>
    </message>
    <message>
      <source>撤销获批标记？申报书将恢复可修改，已填写的试点执行情况保留。</source>
      <translation>Withdraw the approval mark? The application becomes editable again; the pilot records are kept.</translation>
    </message>
    <message>
      <source>更正批准日期</source>
      <translation>Correct the approval date</translation>
    </message>
    <message>
      <source>撤销获批标记…</source>
      <translation>Withdraw the approval mark…</translation>
    </message>
    <message>
      <source>尚未标记为获批。</source>
      <translation>Not marked as approved yet.</translation>
    </message>
    <message>
      <source>批复文号</source>
      <translation>Approval letter number</translation>
    </message>
    <message>
      <source>标记为获批…</source>
      <translation>Mark as approved…</translation>
    </message>
    <message>
      <source>请填写批复文件上的批准日期，如 2022-01-15。</source>
      <translation>Enter the approval date from the approval letter, e.g. 2022-01-15.</translation>
    </message>
    <message>
      <source>已于 {date} 标记为获批（{ref}）。获批时申报书校验码 {checksum}，{state}。</source>
      <translation>Marked approved on {date} ({ref}). Checksum of the application when approved: {checksum}, {state}.</translation>
    </message>
    <message>
      <source>未填文号</source>
      <translation>no letter number</translation>
    </message>
    <message>
      <source>与当前内容不一致</source>
      <translation>differs from the current content</translation>
    </message>
    <message>
      <source>把申报书标记为于 {date} 获批？此后申报书的内容不能再修改（校验码保持不变），并开始记录试点执行情况。</source>
      <translation>Mark the application as approved on {date}? Its content can then no longer be changed (its checksum stays), and the pilot's records begin.</translation>
    </message>
    <message>
      <source>标准进展</source>
      <translation>Standards progress</translation>
    </message>
    <message>
      <source>每项计划研制的标准到达各阶段的日期；发布后填写标准编号和发布机构。当前阶段按已填写的最后一个阶段计。</source>
      <translation>The date each planned standard reached each stage; once published, its number and the publishing body. The current stage is the last stage with a date.</translation>
    </message>
    <message>
      <source>进度完成情况</source>
      <translation>Milestones</translation>
    </message>
    <message>
      <source>建设方案中的每项进度安排：完成后勾选并填写完成日期。应完成日期按批准日期推算。</source>
      <translation>Each milestone of the plan: tick it when done and enter the date. Due dates follow from the approval date.</translation>
    </message>
    <message>
      <source>经费执行</source>
      <translation>Spending</translation>
    </message>
    <message>
      <source>每个试点年度实际到位和实际使用的经费（万元），按建设方案的来源和用途分类；计划数来自申报书。</source>
      <translation>Money actually raised and spent in each pilot year (10,000 yuan), by the plan's sources and uses; the planned amounts come from the application.</translation>
    </message>
    <message>
      <source>实施活动</source>
      <translation>Activities</translation>
    </message>
    <message>
      <source>举办的宣贯、培训和试点活动：日期、名称、参加人数和覆盖的单位数。</source>
      <translation>Promotion, training and pilot activities held: date, name, participants and units reached.</translation>
    </message>
    <message>
      <source>成果与经验</source>
      <translation>Results and practices</translation>
    </message>
    <message>
      <source>值得报送的阶段性成果和成功经验模式（通知三(三)），可附照片、发布的标准文本等文件。</source>
      <translation>Stage results and successful practices worth reporting (notice III(3)), with files such as photos or published texts.</translation>
    </message>
    <message>
      <source>标准研制进展</source>
      <translation>Standards in the making</translation>
    </message>
    <message>
      <source>进度安排完成情况</source>
      <translation>Milestones done</translation>
    </message>
    <message>
      <source>经费计划与实际（万元）</source>
      <translation>Money planned and actual (10,000 yuan)</translation>
    </message>
    <message>
      <source>标准实施活动</source>
      <translation>Implementation activities</translation>
    </message>
    <message>
      <source>先在上表选中一项成果，再添加附件。</source>
      <translation>Select a result in the table above, then add files to it.</translation>
    </message>
    <message>
      <source>添加附件…</source>
      <translation>Add files…</translation>
    </message>
    <message>
      <source>另存附件…</source>
      <translation>Save file as…</translation>
    </message>
    <message>
      <source>第{a}—{b}个月</source>
      <translation>Months {a}–{b}</translation>
    </message>
    <message>
      <source>计划完成</source>
      <translation>Completion</translation>
    </message>
    <message>
      <source>发布机构</source>
      <translation>Published by</translation>
    </message>
    <message>
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>工作任务</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>时间</source>
      <translation>When</translation>
    </message>
    <message>
      <source>应完成</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>已完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>完成日期</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>经费来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>经费使用</source>
      <translation>Use</translation>
    </message>
    <message>
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>来源/使用</source>
      <translation>Source/use</translation>
    </message>
    <message>
      <source>计划</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>实际</source>
      <translation>Actual</translation>
    </message>
    <message>
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>活动名称</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>参加人数</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>覆盖单位</source>
      <translation>Units reached</translation>
    </message>
    <message>
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>所属成果</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>请先在附件表中选中一个文件。</source>
      <translation>Select a file in the table of files first.</translation>
    </message>
    <message>
      <source>已保存：{name}</source>
      <translation>Saved: {name}</translation>
    </message>
    <message>
      <source>无法保存「{name}」：{reason}</source>
      <translation>Could not save “{name}”: {reason}</translation>
    </message>
    <message>
      <source>「{name}」有 {size}，太大，没有添加；请压缩后再添加。</source>
      <translation>“{name}” is {size}, too large; it was not added. Compress it and add it again.</translation>
    </message>
    <message>
      <source>试点进展</source>
      <translation>Pilot progress</translation>
    </message>
    <message>
      <source>按批准日期推算的试点月份，计划与实际的对照；每次修改后自动更新。</source>
      <translation>Pilot months counted from the approval date, plan against actual; updated after every change.</translation>
    </message>
    <message>
      <source>总结与报告</source>
      <translation>Summaries and reports</translation>
    </message>
    <message>
      <source>每份报告的文字部分由单位填写；计划与实际的表格和图表按已填写的试点执行情况自动生成。报告为 PDF 和 Word 两种格式，每页注明申报书校验码，末页留有盖章和签字处。</source>
      <translation>The unit writes each report's text; the plan-versus-actual tables and charts come from the pilot records. Reports are made as PDF and Word, each page carries the application's checksum, and the last page has room for the stamp and signature.</translation>
    </message>
    <message>
      <source>第一年度工作总结</source>
      <translation>Year 1 work summary</translation>
    </message>
    <message>
      <source>第二年度工作总结</source>
      <translation>Year 2 work summary</translation>
    </message>
    <message>
      <source>阶段性成果报告</source>
      <translation>Stage results report</translation>
    </message>
    <message>
      <source>验收总结报告</source>
      <translation>Final assessment summary</translation>
    </message>
    <message>
      <source>工作开展情况</source>
      <translation>Work done</translation>
    </message>
    <message>
      <source>主要成效与经验</source>
      <translation>Main results and lessons</translation>
    </message>
    <message>
      <source>存在的问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>下一步工作计划</source>
      <translation>Next steps</translation>
    </message>
    <message>
      <source>正在生成…</source>
      <translation>Making…</translation>
    </message>
    <message>
      <source>没有到期或逾期的事项。</source>
      <translation>Nothing due or overdue.</translation>
    </message>
    <message>
      <source>试点第 {month} / {months} 个月（截至 {day}）。标准：计划 {standards} 项，按计划应已发布 {due} 项，已发布 {published} 项。进度安排：{milestones} 项，已完成 {done} 项，逾期 {late} 项。经费使用：实际 {spent} 万元，计划 {planned} 万元。</source>
      <translation>Pilot month {month} of {months} (as of {day}). Standards: {standards} planned, {due} due by now, {published} published. Milestones: {milestones}, {done} done, {late} overdue. Money spent: {spent} (10,000 yuan) against {planned} planned.</translation>
    </message>
    <message>
      <source>后续发展设想</source>
      <translation>Plans beyond the pilot</translation>
    </message>
    <message>
      <source>已生成：{files}，在 &lt;a href='{folder}'&gt;{folder}&lt;/a&gt;</source>
      <translation>Made: {files}, in &lt;a href='{folder}'&gt;{folder}&lt;/a&gt;</translation>
    </message>
    <message>
      <source>生成{report}（PDF 和 Word）</source>
      <translation>Make the {report} (PDF and Word)</translation>
    </message>
    <message>
      <source>建设方案</source>
      <translation>Development Plan</translation>
    </message>
    <message>
      <source>重点围绕“提供更加有效的标准供给”和“推动标准的实施应用”两方面探索路径、积累经验（通知三(二)）。试点周期为 2 年，时间按试点开始后的第 1—24 个月填写（通知三(三)）。</source>
      <translation>Focus on two areas, "providing a more effective supply of standards" and "promoting the implementation and application of standards", to explore approaches and gain experience (Notice §III(2)). The pilot lasts 2 years; enter times as months 1–24 from the start of the pilot (Notice §III(3)).</translation>
    </message>
    <message>
      <source>背景与目标</source>
      <translation>Background and Goals</translation>
    </message>
    <message>
      <source>建设背景与必要性</source>
      <translation>Background and necessity</translation>
    </message>
    <message>
      <source>建设目标</source>
      <translation>Goals</translation>
    </message>
    <message>
      <source>两年目标</source>
      <translation>Two-Year Targets</translation>
    </message>
    <message>
      <source>标准数量按下方“标准供给”自动统计，无需填写。</source>
      <translation>The number of standards is counted automatically from "Standards Supply" below; you do not need to enter it.</translation>
    </message>
    <message>
      <source>推动标准应用（项）</source>
      <translation>Standards put into use</translation>
    </message>
    <message>
      <source>服务企业（家）</source>
      <translation>Enterprises served</translation>
    </message>
    <message>
      <source>开展培训（场）</source>
      <translation>Training sessions held</translation>
    </message>
    <message>
      <source>开展试点（个）</source>
      <translation>Pilots carried out</translation>
    </message>
    <message>
      <source>标准实施措施</source>
      <translation>Standards Implementation Measures</translation>
    </message>
    <message>
      <source>机制与保障</source>
      <translation>Mechanisms and Safeguards</translation>
    </message>
    <message>
      <source>机制创新</source>
      <translation>Mechanism innovation</translation>
    </message>
    <message>
      <source>进度安排</source>
      <translation>Schedule</translation>
    </message>
    <message>
      <source>保障与成效</source>
      <translation>Safeguards and Expected Results</translation>
    </message>
    <message>
      <source>保障措施</source>
      <translation>Safeguard measures</translation>
    </message>
    <message>
      <source>预期成效</source>
      <translation>Expected results</translation>
    </message>
    <message>
      <source>研制标准</source>
      <translation>Standards to develop</translation>
    </message>
    <message>
      <source>至少填写一项。</source>
      <translation>Enter at least one.</translation>
    </message>
    <message>
      <source>前期研究与试验验证计划</source>
      <translation>Research and testing plan</translation>
    </message>
    <message>
      <source>第 12 个月和第 24 个月已预填年度工作总结（通知三(三)）。</source>
      <translation>Annual work summaries are pre-filled at month 12 and month 24 (Notice §III(3)).</translation>
    </message>
    <message>
      <source>组织领导、政策支持、激励措施等（通知三(一)）</source>
      <translation>Organizational leadership, policy support, incentives, etc. (Notice §III(1))</translation>
    </message>
    <message>
      <source>制定/修订</source>
      <translation>New/Revised</translation>
    </message>
    <message>
      <source>转化的科技成果</source>
      <translation>Research result standardized</translation>
    </message>
    <message>
      <source>牵头单位</source>
      <translation>Lead unit</translation>
    </message>
    <message>
      <source>至少填写一项；牵头单位从成员单位中选择。</source>
      <translation>Enter at least one; choose the lead unit from the member units.</translation>
    </message>
    <message>
      <source>至少填写一项；牵头单位从申报单位和合作单位中选择。</source>
      <translation>Enter at least one; choose the lead unit from the applicant unit and the partner units.</translation>
    </message>
    <message>
      <source>措施类型</source>
      <translation>Measure type</translation>
    </message>
    <message>
      <source>具体内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>预期目标</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>实施时间</source>
      <translation>Timing</translation>
    </message>
    <message>
      <source>开始</source>
      <translation>Start</translation>
    </message>
    <message>
      <source>结束</source>
      <translation>End</translation>
    </message>
    <message>
      <source>阶段成果</source>
      <translation>Deliverable</translation>
    </message>
    <message>
      <source>{level} {n} 项</source>
      <translation>{level}: {n}</translation>
    </message>
    <message>
      <source>共 {n} 项（{parts}）</source>
      <translation>{n} in total ({parts})</translation>
    </message>
    <message>
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <source>资源保障</source>
      <translation>Resource Commitments</translation>
    </message>
    <message>
      <source>申报单位应为新型标准化技术组织开展活动提供人员、场地、经费等方面的支持（通知二(一)3）。</source>
      <translation>The applicant unit must support the new-type standardization technical organization's activities with people, venues, funding, etc. (Notice §II(1)3).</translation>
    </message>
    <message>
      <source>人员</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <source>专职人员（人）</source>
      <translation>Full-time staff (people)</translation>
    </message>
    <message>
      <source>兼职人员（人）</source>
      <translation>Part-time staff (people)</translation>
    </message>
    <message>
      <source>其中标准化专业人员（人）</source>
      <translation>Of which: standardization professionals (people)</translation>
    </message>
    <message>
      <source>人员名单</source>
      <translation>Staff List</translation>
    </message>
    <message>
      <source>场地</source>
      <translation>Venues</translation>
    </message>
    <message>
      <source>经费（万元）</source>
      <translation>Funding (10k yuan)</translation>
    </message>
    <message>
      <source>按试点年度分别填写经费来源和用途；每年的来源合计应等于用途合计，申报单位自筹须大于 0。</source>
      <translation>Enter funding sources and uses for each pilot year; each year's total sources must equal its total uses, and the applicant unit's own funds must be greater than 0.</translation>
    </message>
    <message>
      <source>设备与平台</source>
      <translation>Equipment and Platforms</translation>
    </message>
    <message>
      <source>至少填写一处场地。</source>
      <translation>Enter at least one venue.</translation>
    </message>
    <message>
      <source>成员单位资源投入</source>
      <translation>Member Unit Commitments</translation>
    </message>
    <message>
      <source>职称</source>
      <translation>Professional title</translation>
    </message>
    <message>
      <source>专业</source>
      <translation>Specialty</translation>
    </message>
    <message>
      <source>专职/兼职</source>
      <translation>Full/part-time</translation>
    </message>
    <message>
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>面积（m²）</source>
      <translation>Area (m²)</translation>
    </message>
    <message>
      <source>提供单位</source>
      <translation>Provided by</translation>
    </message>
    <message>
      <source>用途说明</source>
      <translation>Purpose</translation>
    </message>
    <message>
      <source>投入内容（人员、场地、设备等）</source>
      <translation>Contribution (people, venues, equipment, etc.)</translation>
    </message>
    <message>
      <source>投入经费（万元）</source>
      <translation>Funds (10k yuan)</translation>
    </message>
    <message>
      <source>其中第一年（万元）</source>
      <translation>Year 1 (10k yuan)</translation>
    </message>
    <message>
      <source>其中第二年（万元）</source>
      <translation>Year 2 (10k yuan)</translation>
    </message>
    <message>
      <source>导出专家评审材料</source>
      <translation>Export for the expert panel</translation>
    </message>
    <message>
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>保存专家评审工作簿</source>
      <translation>Save the expert panel workbook</translation>
    </message>
    <message>
      <source>工作簿：</source>
      <translation>Workbook:</translation>
    </message>
    <message>
      <source>评分项（来自申报通知的申报要求；权重可在工作簿“权重”行修改）：</source>
      <translation>Criteria (from the call's requirements; weights can be changed in the workbook's weight row):</translation>
    </message>
    <message>
      <source>评分项</source>
      <translation>Criterion</translation>
    </message>
    <message>
      <source>依据</source>
      <translation>Clause</translation>
    </message>
    <message>
      <source>权重</source>
      <translation>Weight</translation>
    </message>
    <message>
      <source>为专家论证（通知二(四)3）导出：一个 Excel 工作簿（汇总表、每家单位一页、评分表及加权总分和排名公式），以及各单位收到的申报书 PDF。共 {n} 家申报单位，各取最新一次提交。</source>
      <translation>For the expert review (notice 二(四)3): one Excel workbook (summary, one sheet per unit, scoring sheets with weighted totals and ranks as formulas) and each unit's form PDF as received. {n} applicant units, each by its latest submission.</translation>
    </message>
    <message>
      <source>输入页码后按回车跳转（Ctrl+G）</source>
      <translation>Type a page number and press Enter to go there (Ctrl+G)</translation>
    </message>
    <message>
      <source>缩小</source>
      <translation>Zoom out</translation>
    </message>
    <message>
      <source>缩小页面（Ctrl+-）</source>
      <translation>Make the pages smaller (Ctrl+-)</translation>
    </message>
    <message>
      <source>放大</source>
      <translation>Zoom in</translation>
    </message>
    <message>
      <source>放大页面（Ctrl++）</source>
      <translation>Make the pages larger (Ctrl++)</translation>
    </message>
    <message>
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
    <message>
      <source>页面宽度与窗口相同（Ctrl+0）</source>
      <translation>Pages as wide as the window (Ctrl+0)</translation>
    </message>
    <message>
      <source>页码：</source>
      <translation>Page: </translation>
    </message>
    <message>
      <source>这是将要打印和发送的 PDF 本身。</source>
      <translation>This is the PDF itself, as it will be printed and sent.</translation>
    </message>
    <message>
      <source>预览：{name}</source>
      <translation>Preview: {name}</translation>
    </message>
    <message>
      <source>标准研制进展（按当前阶段）</source>
      <translation>Standards by current stage</translation>
    </message>
    <message>
      <source>经费计划与实际</source>
      <translation>Money: plan and actual</translation>
    </message>
    <message>
      <source>标准数</source>
      <translation>Standards</translation>
    </message>
    <message>
      <source>项</source>
      <translation>items</translation>
    </message>
    <message>
      <source>万元</source>
      <translation>10k yuan</translation>
    </message>
    <message>
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>未到期</source>
      <translation>Not yet due</translation>
    </message>
    <message>
      <source>未启动</source>
      <translation>Not started</translation>
    </message>
    <message>
      <source>立项</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>起草</source>
      <translation>Drafting</translation>
    </message>
    <message>
      <source>征求意见</source>
      <translation>Consultation</translation>
    </message>
    <message>
      <source>审查</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>发布</source>
      <translation>Published</translation>
    </message>
    <message>
      <source>第一年来源</source>
      <translation>Year 1 sources</translation>
    </message>
    <message>
      <source>第一年使用</source>
      <translation>Year 1 uses</translation>
    </message>
    <message>
      <source>第二年来源</source>
      <translation>Year 2 sources</translation>
    </message>
    <message>
      <source>第二年使用</source>
      <translation>Year 2 uses</translation>
    </message>
    <message>
      <source>进度安排（第 {month} / {months} 个月）</source>
      <translation>Milestones (month {month} of {months})</translation>
    </message>
    <message>
      <source>这台电脑上没有可用的打印机。请先在系统设置中添加打印机。</source>
      <translation>No printer is available on this computer. Please add a printer in the system settings first.</translation>
    </message>
    <message>
      <source>份数至少为 1。</source>
      <translation>The number of copies must be at least 1.</translation>
    </message>
    <message>
      <source>已发送到打印机「{p}」：{n} 页 × {c} 份</source>
      <translation>Sent to printer "{p}": {n} pages × {c} copies</translation>
    </message>
    <message>
      <source>打印申报书（每份 {n} 页，预设 {c} 份）</source>
      <translation>Print the application form ({n} pages per copy, {c} copies by default)</translation>
    </message>
    <message>
      <source>没有设置默认打印机。可用的打印机：{names}（用 --printer 指定）</source>
      <translation>No default printer is set. Available printers: {names} (choose one with --printer)</translation>
    </message>
    <message>
      <source>找不到打印机「{name}」。可用的打印机：{names}</source>
      <translation>Printer "{name}" not found. Available printers: {names}</translation>
    </message>
    <message>
      <source>打印机「{name}」拒绝了打印任务，请检查打印机是否连接、是否有纸。</source>
      <translation>Printer "{name}" refused the print job; please check that the printer is connected and has paper.</translation>
    </message>
    <message>
      <source>请点“重试”，或用“另存为…”保存到其他位置。</source>
      <translation>Click "Retry", or use "Save As..." to save elsewhere.</translation>
    </message>
    <message>
      <source>磁盘已满</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <source>没有写入权限（文件或所在文件夹变为只读）</source>
      <translation>no permission to write (the file or its folder became read-only)</translation>
    </message>
    <message>
      <source>文件已被移动、改名或删除</source>
      <translation>the file was moved, renamed or deleted</translation>
    </message>
    <message>
      <source>无法访问文件所在的磁盘（U 盘或网络驱动器可能已断开）</source>
      <translation>the file's drive cannot be reached (a USB stick or network drive may have been disconnected)</translation>
    </message>
    <message>
      <source>未知错误</source>
      <translation>unknown error</translation>
    </message>
    <message>
      <source>请腾出磁盘空间后点“重试”，或用“另存为…”保存到其他位置。</source>
      <translation>Free some disk space and click "Retry", or use "Save As..." to save elsewhere.</translation>
    </message>
    <message>
      <source>请把文件放回原处后点“重试”，或用“另存为…”保存到其他位置。</source>
      <translation>Put the file back where it was and click "Retry", or use "Save As..." to save elsewhere.</translation>
    </message>
    <message>
      <source>请重新连接 U 盘或网络驱动器后点“重试”，或用“另存为…”保存到其他位置。</source>
      <translation>Reconnect the USB stick or network drive and click "Retry", or use "Save As..." to save elsewhere.</translation>
    </message>
    <message>
      <source>请恢复写入权限后点“重试”，或用“另存为…”保存到其他位置。</source>
      <translation>Restore write permission and click "Retry", or use "Save As..." to save elsewhere.</translation>
    </message>
    <message>
      <source>可以把文件复制到本机的“文档”文件夹后再打开；磁盘已满时请先腾出空间。</source>
      <translation>You can copy the file to this PC's Documents folder and open it there; if the disk is full, free some space first.</translation>
    </message>
    <message>
      <source>「{name}」无法保存：{cause}。</source>
      <translation>"{name}" cannot be saved: {cause}.</translation>
    </message>
    <message>
      <source>重试</source>
      <translation>Retry</translation>
    </message>
    <message>
      <source>{n} 处修改暂存在本窗口中，尚未写入文件；关闭窗口前请先保存。</source>
      <translation> {n} change(s) are kept in this window and not yet written to the file; save them before closing the window.</translation>
    </message>
    <message>
      <source>没有权限写入「{folder}」（文件夹只读，或网络共享不允许写入）</source>
      <translation>no permission to write to "{folder}" (the folder is read-only, or the network share does not allow writing)</translation>
    </message>
    <message>
      <source>找不到「{where}」</source>
      <translation>"{where}" cannot be found</translation>
    </message>
    <message>
      <source>无法打开「{name}」：{cause}。</source>
      <translation>Cannot open "{name}": {cause}.</translation>
    </message>
    <message>
      <source>无法写入「{where}」（{reason}）</source>
      <translation>cannot write "{where}" ({reason})</translation>
    </message>
    <message>
      <source>（{where}）</source>
      <translation> ({where})</translation>
    </message>
    <message>
      <source>快照与恢复</source>
      <translation>Snapshots and Restore</translation>
    </message>
    <message>
      <source>恢复所选快照…</source>
      <translation>Restore Selected Snapshot...</translation>
    </message>
    <message>
      <source>与当前比较</source>
      <translation>Compare with Current</translation>
    </message>
    <message>
      <source>恢复快照</source>
      <translation>Restore snapshot</translation>
    </message>
    <message>
      <source>还没有快照。</source>
      <translation>No snapshots yet.</translation>
    </message>
    <message>
      <source>申报助手在打开文件时、编辑中每 10 分钟以及升级格式前自动保存快照，每个申报文件保留最近 {n} 个（占用空间有上限）。恢复前会先为当前内容再保存一个快照，因此恢复也可以撤回。</source>
      <translation>The application assistant saves a snapshot automatically when a file is opened, every 10 minutes while editing, and before upgrading the file format, and keeps the latest {n} for each application file (within a limit on the space they take). Before a restore, the current content is saved as another snapshot, so a restore can be undone too.</translation>
    </message>
    <message>
      <source>{time}（{reason}）　{size} KB</source>
      <translation>{time} ({reason})  {size} KB</translation>
    </message>
    <message>
      <source>用 {label} 的快照替换当前内容？当前内容会先另存为一个快照。</source>
      <translation>Replace the current content with the snapshot from {label}? The current content will first be saved as a snapshot.</translation>
    </message>
    <message>
      <source>　已损坏，不能恢复</source>
      <translation>  damaged, cannot be restored</translation>
    </message>
    <message>
      <source>界面语言</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>新建申报</source>
      <translation>New Application</translation>
    </message>
    <message>
      <source>继续填写</source>
      <translation>Continue</translation>
    </message>
    <message>
      <source>打开申报文件…</source>
      <translation>Open Application File...</translation>
    </message>
    <message>
      <source>从数据备份导入…</source>
      <translation>Import from Data Backup...</translation>
    </message>
    <message>
      <source>选择“导出数据备份”得到的 application.json，恢复为新的申报文件</source>
      <translation>Choose the application.json made by "Export Data Backup" and restore it as a new application file</translation>
    </message>
    <message>
      <source>最近打开的文件（双击打开）：</source>
      <translation>Recently opened files (double-click to open):</translation>
    </message>
    <message>
      <source>（暂无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <source>受理申报（主管部门）…</source>
      <translation>Intake of applications (bureau)…</translation>
    </message>
    <message>
      <source>市场监管部门：核对收到的申报邮件和压缩包，登记并导出专家评审材料</source>
      <translation>For the market regulation bureau: verify received e-mails and zips, register them and export the expert panel's materials</translation>
    </message>
    <message>
      <source>新建申报文件</source>
      <translation>New application file</translation>
    </message>
    <message>
      <source>选择数据备份</source>
      <translation>Choose data backup</translation>
    </message>
    <message>
      <source>保存为申报文件</source>
      <translation>Save as application file</translation>
    </message>
    <message>
      <source>打开申报文件</source>
      <translation>Open application file</translation>
    </message>
    <message>
      <source>新建：{label}</source>
      <translation>New: {label}</translation>
    </message>
    <message>
      <source>打开示例：{label}</source>
      <translation>Open sample: {label}</translation>
    </message>
    <message>
      <source>{label}申报书</source>
      <translation>{label} application form</translation>
    </message>
    <message>
      <source>依据：{title}</source>
      <translation>Based on: {title}</translation>
    </message>
    <message>
      <source>新型标准化技术组织申报助手</source>
      <translation>New-Type Standardization Organization Application Assistant</translation>
    </message>
    <message>
      <source>年度工作总结</source>
      <translation>Annual work summary</translation>
    </message>
    <message>
      <source>成员单位支持函</source>
      <translation>Letter of support from a member unit</translation>
    </message>
    <message>
      <source>创新型</source>
      <translation>Innovative</translation>
    </message>
    <message>
      <source>服务型</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>开放型</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>总部型</source>
      <translation>Headquarters</translation>
    </message>
    <message>
      <source>流量型</source>
      <translation>Flow</translation>
    </message>
    <message>
      <source>新技术</source>
      <translation>New technologies</translation>
    </message>
    <message>
      <source>新产业</source>
      <translation>New industries</translation>
    </message>
    <message>
      <source>新业态</source>
      <translation>New business formats</translation>
    </message>
    <message>
      <source>新模式</source>
      <translation>New business models</translation>
    </message>
    <message>
      <source>集成电路</source>
      <translation>Integrated circuits</translation>
    </message>
    <message>
      <source>生物医药</source>
      <translation>Biomedicine</translation>
    </message>
    <message>
      <source>人工智能</source>
      <translation>Artificial intelligence</translation>
    </message>
    <message>
      <source>汽车</source>
      <translation>Automotive</translation>
    </message>
    <message>
      <source>高端装备</source>
      <translation>High-end equipment</translation>
    </message>
    <message>
      <source>航空航天</source>
      <translation>Aerospace</translation>
    </message>
    <message>
      <source>信息服务</source>
      <translation>Information services</translation>
    </message>
    <message>
      <source>新材料</source>
      <translation>New materials</translation>
    </message>
    <message>
      <source>新能源</source>
      <translation>New energy</translation>
    </message>
    <message>
      <source>节能环保</source>
      <translation>Energy saving and environmental protection</translation>
    </message>
    <message>
      <source>数字经济</source>
      <translation>Digital economy</translation>
    </message>
    <message>
      <source>时尚消费品</source>
      <translation>Fashion consumer goods</translation>
    </message>
    <message>
      <source>现代服务业</source>
      <translation>Modern services</translation>
    </message>
    <message>
      <source>产业链上下游</source>
      <translation>Along an industry chain</translation>
    </message>
    <message>
      <source>产业园区</source>
      <translation>Within an industrial park</translation>
    </message>
    <message>
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <source>事业单位</source>
      <translation>Public institution</translation>
    </message>
    <message>
      <source>社会团体</source>
      <translation>Social organization</translation>
    </message>
    <message>
      <source>高等院校</source>
      <translation>University</translation>
    </message>
    <message>
      <source>科研院所</source>
      <translation>Research institute</translation>
    </message>
    <message>
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>行业龙头企业</source>
      <translation>Industry-leading enterprise</translation>
    </message>
    <message>
      <source>园区管理单位</source>
      <translation>Park management unit</translation>
    </message>
    <message>
      <source>标准化机构</source>
      <translation>Standardization body</translation>
    </message>
    <message>
      <source>区人民政府</source>
      <translation>District government</translation>
    </message>
    <message>
      <source>行业主管部门</source>
      <translation>Industry authority</translation>
    </message>
    <message>
      <source>国际标准</source>
      <translation>International standard</translation>
    </message>
    <message>
      <source>国家标准</source>
      <translation>National standard</translation>
    </message>
    <message>
      <source>行业标准</source>
      <translation>Industry standard</translation>
    </message>
    <message>
      <source>地方标准</source>
      <translation>Local standard</translation>
    </message>
    <message>
      <source>团体标准</source>
      <translation>Association standard</translation>
    </message>
    <message>
      <source>企业标准</source>
      <translation>Enterprise standard</translation>
    </message>
    <message>
      <source>主导</source>
      <translation>Led</translation>
    </message>
    <message>
      <source>参与</source>
      <translation>Participated</translation>
    </message>
    <message>
      <source>已发布</source>
      <translation>Published</translation>
    </message>
    <message>
      <source>在研</source>
      <translation>In progress</translation>
    </message>
    <message>
      <source>秘书处承担单位</source>
      <translation>Secretariat host</translation>
    </message>
    <message>
      <source>委员单位</source>
      <translation>Committee member</translation>
    </message>
    <message>
      <source>观察员单位</source>
      <translation>Observer</translation>
    </message>
    <message>
      <source>国家级</source>
      <translation>National</translation>
    </message>
    <message>
      <source>省部级（市级）</source>
      <translation>Provincial/ministerial (municipal)</translation>
    </message>
    <message>
      <source>科研项目</source>
      <translation>Research project</translation>
    </message>
    <message>
      <source>标准化研究项目</source>
      <translation>Standardization research project</translation>
    </message>
    <message>
      <source>牵头</source>
      <translation>Led</translation>
    </message>
    <message>
      <source>检测认证机构</source>
      <translation>Testing and certification body</translation>
    </message>
    <message>
      <source>行业协会</source>
      <translation>Industry association</translation>
    </message>
    <message>
      <source>用户单位</source>
      <translation>User unit</translation>
    </message>
    <message>
      <source>政府部门</source>
      <translation>Government department</translation>
    </message>
    <message>
      <source>上游</source>
      <translation>Upstream</translation>
    </message>
    <message>
      <source>中游</source>
      <translation>Midstream</translation>
    </message>
    <message>
      <source>下游</source>
      <translation>Downstream</translation>
    </message>
    <message>
      <source>园区内</source>
      <translation>In the park</translation>
    </message>
    <message>
      <source>服务支撑</source>
      <translation>Service support</translation>
    </message>
    <message>
      <source>理事长（组长）单位</source>
      <translation>Chair (group leader) unit</translation>
    </message>
    <message>
      <source>副理事长（副组长）单位</source>
      <translation>Vice-chair (deputy leader) unit</translation>
    </message>
    <message>
      <source>领导小组</source>
      <translation>Leading Group</translation>
    </message>
    <message>
      <source>理事会</source>
      <translation>Council</translation>
    </message>
    <message>
      <source>负责人</source>
      <translation>Head</translation>
    </message>
    <message>
      <source>技术负责人</source>
      <translation>Technical head</translation>
    </message>
    <message>
      <source>核心成员</source>
      <translation>Core member</translation>
    </message>
    <message>
      <source>专职</source>
      <translation>Full-time</translation>
    </message>
    <message>
      <source>兼职</source>
      <translation>Part-time</translation>
    </message>
    <message>
      <source>办公</source>
      <translation>Office</translation>
    </message>
    <message>
      <source>试验验证</source>
      <translation>Testing and verification</translation>
    </message>
    <message>
      <source>培训交流</source>
      <translation>Training and exchange</translation>
    </message>
    <message>
      <source>自有</source>
      <translation>Owned</translation>
    </message>
    <message>
      <source>租赁</source>
      <translation>Leased</translation>
    </message>
    <message>
      <source>成员单位提供</source>
      <translation>Provided by a member unit</translation>
    </message>
    <message>
      <source>园区提供</source>
      <translation>Provided by the park</translation>
    </message>
    <message>
      <source>申报单位自筹</source>
      <translation>Applicant unit's own funds</translation>
    </message>
    <message>
      <source>成员单位投入</source>
      <translation>Member unit contributions</translation>
    </message>
    <message>
      <source>政府支持</source>
      <translation>Government support</translation>
    </message>
    <message>
      <source>标准研制</source>
      <translation>Standards development</translation>
    </message>
    <message>
      <source>宣贯推广</source>
      <translation>Publicity and promotion</translation>
    </message>
    <message>
      <source>设备场地</source>
      <translation>Equipment and venues</translation>
    </message>
    <message>
      <source>制定</source>
      <translation>New</translation>
    </message>
    <message>
      <source>修订</source>
      <translation>Revision</translation>
    </message>
    <message>
      <source>宣贯培训</source>
      <translation>Publicity and training</translation>
    </message>
    <message>
      <source>试点示范</source>
      <translation>Pilot demonstration</translation>
    </message>
    <message>
      <source>检测认证</source>
      <translation>Testing and certification</translation>
    </message>
    <message>
      <source>评价评估</source>
      <translation>Evaluation and assessment</translation>
    </message>
    <message>
      <source>应用推广</source>
      <translation>Application and promotion</translation>
    </message>
    <message>
      <source>营业执照或法人证书</source>
      <translation>Business licence or legal person certificate</translation>
    </message>
    <message>
      <source>推荐函</source>
      <translation>Letter of recommendation</translation>
    </message>
    <message>
      <source>标准化工作证明</source>
      <translation>Proof of standardization work</translation>
    </message>
    <message>
      <source>科研项目证明</source>
      <translation>Proof of research projects</translation>
    </message>
    <message>
      <source>场地证明</source>
      <translation>Proof of venue</translation>
    </message>
    <message>
      <source>经费证明</source>
      <translation>Proof of funding</translation>
    </message>
    <message>
      <source>盖章扫描件</source>
      <translation>Stamped scan</translation>
    </message>
    <message>
      <source>宣贯</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <source>培训</source>
      <translation>Training</translation>
    </message>
    <message>
      <source>试点</source>
      <translation>Pilot</translation>
    </message>
    <message>
      <source>阶段性成果</source>
      <translation>Stage result</translation>
    </message>
    <message>
      <source>成功经验模式</source>
      <translation>Successful practice</translation>
    </message>
    <message>
      <source>政</source>
      <translation>Government</translation>
    </message>
    <message>
      <source>产</source>
      <translation>Industry</translation>
    </message>
    <message>
      <source>学</source>
      <translation>Academia</translation>
    </message>
    <message>
      <source>研</source>
      <translation>Research</translation>
    </message>
    <message>
      <source>用</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>组长</source>
      <translation>Group leader</translation>
    </message>
    <message>
      <source>副组长</source>
      <translation>Deputy group leader</translation>
    </message>
    <message>
      <source>成员</source>
      <translation>Member</translation>
    </message>
    <message>
      <source>理事长</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>副理事长</source>
      <translation>Vice-chair</translation>
    </message>
    <message>
      <source>理事</source>
      <translation>Council member</translation>
    </message>
    <message>
      <source>秘书长</source>
      <translation>Secretary-general</translation>
    </message>
    <message>
      <source>经费来源或用途</source>
      <translation>Funding source or use</translation>
    </message>
    <message>
      <source>经费类别</source>
      <translation>Funding category</translation>
    </message>
    <message>
      <source>没有找到这个文件的自动快照。</source>
      <translation>No automatic snapshots of this file were found.</translation>
    </message>
    <message>
      <source>打开时</source>
      <translation>on opening</translation>
    </message>
    <message>
      <source>编辑中</source>
      <translation>while editing</translation>
    </message>
    <message>
      <source>升级格式前</source>
      <translation>before a format upgrade</translation>
    </message>
    <message>
      <source>恢复快照前</source>
      <translation>before a restore</translation>
    </message>
    <message>
      <source>手动</source>
      <translation>manual</translation>
    </message>
    <message>
      <source>导入成员回执前</source>
      <translation>before importing members' answers</translation>
    </message>
    <message>
      <source>联系人姓名</source>
      <translation>Contact name</translation>
    </message>
    <message>
      <source>联系人部门</source>
      <translation>Contact's department</translation>
    </message>
    <message>
      <source>联系人职务</source>
      <translation>Contact's position</translation>
    </message>
    <message>
      <source>领导机构成员</source>
      <translation>Leading body members</translation>
    </message>
    <message>
      <source>已核对的信用代码</source>
      <translation>Confirmed credit code</translation>
    </message>
    <message>
      <source>第一年投入经费（万元）</source>
      <translation>Money in pilot year 1 (10k yuan)</translation>
    </message>
    <message>
      <source>第二年投入经费（万元）</source>
      <translation>Money in pilot year 2 (10k yuan)</translation>
    </message>
    <message>
      <source>参与的标准</source>
      <translation>Standards it takes part in</translation>
    </message>
    <message>
      <source>试点年度</source>
      <translation>Pilot year</translation>
    </message>
    <message>
      <source>来源/用途</source>
      <translation>Source/use</translation>
    </message>
    <message>
      <source>金额（万元）</source>
      <translation>Amount (10k CNY)</translation>
    </message>
    <message>
      <source>文件内容</source>
      <translation>File content</translation>
    </message>
    <message>
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>新增</source>
      <translation>added</translation>
    </message>
    <message>
      <source>删除</source>
      <translation>removed</translation>
    </message>
    <message>
      <source>“{a}”改为“{b}”</source>
      <translation>“{a}” changed to “{b}”</translation>
    </message>
    <message>
      <source>{place}：{what}</source>
      <translation>{place}: {what}</translation>
    </message>
    <message>
      <source>{amount} 万元</source>
      <translation>{amount} (10k CNY)</translation>
    </message>
    <message>
      <source>第 {year} 年{direction}</source>
      <translation>Year {year} {direction}</translation>
    </message>
    <message>
      <source>原第 {n} 行</source>
      <translation>former row {n}</translation>
    </message>
    <message>
      <source>从第 {a} 行移到第 {b} 行</source>
      <translation>moved from row {a} to row {b}</translation>
    </message>
    <message>
      <source>改动 {n} 句</source>
      <translation>sentences changed: {n}</translation>
    </message>
    <message>
      <source>已更换（校验值 {a} → {b}）</source>
      <translation>replaced (hash {a} → {b})</translation>
    </message>
    <message>
      <source>第 {n} 行</source>
      <translation>row {n}</translation>
    </message>
    <message>
      <source>{where}的“{label}”的值「{value}」不是可选的值，请从以下选择：{allowed}</source>
      <translation>{where}: “{value}” is not a choice for “{label}”; choose one of: {allowed}</translation>
    </message>
    <message>
      <source>“{label}”的值「{value}」不是可选的值，请从以下选择：{allowed}</source>
      <translation>“{value}” is not a choice for “{label}”; choose one of: {allowed}</translation>
    </message>
    <message>
      <source>请填写领导小组或理事会的组成人员</source>
      <translation>Please list the members of the leading group or council</translation>
    </message>
    <message>
      <source>请至少填写一处场地</source>
      <translation>Please enter at least one venue</translation>
    </message>
    <message>
      <source>请至少填写一项标准供给</source>
      <translation>Please enter at least one standard in the supply plan</translation>
    </message>
    <message>
      <source>请至少填写一项标准实施措施</source>
      <translation>Please enter at least one standard implementation measure</translation>
    </message>
    <message>
      <source>创新基地须有申报单位以外的成员单位共同参与</source>
      <translation>An innovation base needs member units other than the applicant unit</translation>
    </message>
    <message>
      <source>请选择牵头协调单位</source>
      <translation>Please choose the lead coordinating unit</translation>
    </message>
    <message>
      <source>申报单位自筹经费应大于 0</source>
      <translation>The applicant unit's own funding must be greater than 0</translation>
    </message>
    <message>
      <source>创新中心申报单位应有牵头承担市级及以上科研项目或标准化研究项目的经验，请至少填写一项</source>
      <translation>The applicant of an innovation center should have led a research or standardization research project at municipal level or above; please enter at least one</translation>
    </message>
    <message>
      <source>请填写主导或参与制定的标准，或可协调的外部标准化服务机构（至少一项）</source>
      <translation>Please enter standards you led or took part in, or external standardization service institutions you can coordinate (at least one)</translation>
    </message>
    <message>
      <source>请上传申报单位的营业执照或法人证书</source>
      <translation>Please upload the applicant unit's business licence or legal-person certificate</translation>
    </message>
    <message>
      <source>目前只有 {n} 家单位，建议联合更多产业链上下游或园区内单位</source>
      <translation>There are only {n} units so far; consider bringing in more units along the industry chain or within the park</translation>
    </message>
    <message>
      <source>成员单位尚未覆盖{parties}方面的单位，建议补充</source>
      <translation>The member units do not yet include any from: {parties}; consider adding some</translation>
    </message>
    <message>
      <source>请填写成员单位名称</source>
      <translation>Please enter the member unit's name</translation>
    </message>
    <message>
      <source>牵头协调单位「{name}」应为行业龙头企业、园区管理单位或标准化机构</source>
      <translation>The coordinating lead unit "{name}" should be an industry-leading enterprise, a park management unit or a standardization body</translation>
    </message>
    <message>
      <source>本轮申报已于 {date} 截止，报送前请先向市市场监管局确认</source>
      <translation>This round of applications closed on {date}; please check with the Shanghai Administration for Market Regulation before submitting</translation>
    </message>
    <message>
      <source>成员单位「{name}」的统一社会信用代码与其他单位重复</source>
      <translation>Member unit "{name}" has the same unified social credit code as another unit</translation>
    </message>
    <message>
      <source>请填写创新中心的{role}</source>
      <translation>Please fill in for the innovation center: {role}</translation>
    </message>
    <message>
      <source>第{year_cn}年经费来源合计 {sources} 万元与用途合计 {uses} 万元不相等</source>
      <translation>Year {year}: total sources of {sources} (10k yuan) do not equal total uses of {uses} (10k yuan)</translation>
    </message>
    <message>
      <source>经费“{category}”：{message}</source>
      <translation>Funding "{category}": {message}</translation>
    </message>
    <message>
      <source>成员单位「{name}」投入经费：{message}</source>
      <translation>Funding committed by member unit "{name}": {message}</translation>
    </message>
    <message>
      <source>标准「{title}」的计划完成时间应在第 1—{last} 个月内</source>
      <translation>The planned completion of standard "{title}" should be within months 1–{last}</translation>
    </message>
    <message>
      <source>进度安排「{task}」的起止月份应在第 1—{last} 个月内，且开始不晚于结束</source>
      <translation>The start and end months of schedule item "{task}" should be within months 1–{last}, with the start no later than the end</translation>
    </message>
    <message>
      <source>缺少成员单位「{name}」的支持函</source>
      <translation>The letter of support from member unit "{name}" is missing</translation>
    </message>
    <message>
      <source>未命名</source>
      <translation>unnamed</translation>
    </message>
    <message>
      <source>领导机构形式（领导小组或理事会）</source>
      <translation>Form of the leading body (leading group or council)</translation>
    </message>
    <message>
      <source>合作单位「{name}」</source>
      <translation>partner unit "{name}"</translation>
    </message>
    <message>
      <source>成员单位「{name}」</source>
      <translation>member unit "{name}"</translation>
    </message>
    <message>
      <source>请填写申报单位名称</source>
      <translation>Please enter the applicant unit's name</translation>
    </message>
    <message>
      <source>申报单位应具有独立法人资格</source>
      <translation>The applicant unit must be an independent legal person</translation>
    </message>
    <message>
      <source>请至少选择一项“五型经济”或“四新经济”领域</source>
      <translation>Please choose at least one "five-type economy" or "four-new economy" field</translation>
    </message>
    <message>
      <source>联系电话格式不正确，例如 021-64220000 转 2509</source>
      <translation>The contact phone number is not valid, e.g. 021-64220000 ext. 2509</translation>
    </message>
    <message>
      <source>组织名称一般以“{ending}”结尾，与申报类型一致</source>
      <translation>The organization name usually ends in "{ending}", to match the application type</translation>
    </message>
    <message>
      <source>{who}的统一社会信用代码校验位不正确，已确认与营业执照一致</source>
      <translation>The check character of the unified social credit code of {who} is wrong, but the code was confirmed against the business licence</translation>
    </message>
    <message>
      <source>请填写{who}的统一社会信用代码</source>
      <translation>Please enter the unified social credit code of {who}</translation>
    </message>
    <message>
      <source>请填写{label}</source>
      <translation>Please fill in: {label}</translation>
    </message>
    <message>
      <source>{who}的统一社会信用代码校验位不正确，请对照营业执照核对</source>
      <translation>The check character of the unified social credit code of {who} is wrong; please compare it with the business licence</translation>
    </message>
    <message>
      <source>{who}的统一社会信用代码{problem}</source>
      <translation>The unified social credit code of {who} {problem}</translation>
    </message>
    <message>
      <source>“…{excerpt}”中的字符{shown}无法打印：它不是标准字符（多为造字程序自造的字或表情符号），任何字体中都没有。请改用标准字符（输入法中可按拼音或部件查找，生僻字也有标准编码）；若确无标准字，请暂用同音字，打印后在纸质申报书上手写该字，并附证照扫描件说明</source>
      <translation>The character(s) {shown} in "...{excerpt}" cannot be printed: they are not standard characters (usually made with a character-creation program, or emoji) and no font has them. Please use the standard character (input methods find rare characters by pinyin or by component; they have standard codes too); if there is none, type a character of the same sound for now, write the character by hand on the printed form and attach a scan of the licence to explain</translation>
    </message>
    <message>
      <source>填报日期「{value}」不是有效的日期，请重新选择</source>
      <translation>The filling date “{value}” is not a valid date; please choose it again</translation>
    </message>
    <message>
      <source>{label}不能为负数（现为 {value}）</source>
      <translation>{label} cannot be negative (it is {value})</translation>
    </message>
    <message>
      <source>场地「{address}」的面积不能为负数</source>
      <translation>The area of the venue “{address}” cannot be negative</translation>
    </message>
    <message>
      <source>附件「{name}」有 {size}，超过申报通知规定的单个附件 {limit} MB 上限，请压缩扫描件后重新添加</source>
      <translation>The attachment “{name}” is {size}, above the call's limit of {limit} MB per attachment; compress the scan and add it again</translation>
    </message>
    <message>
      <source>所选单位（编号 {ref}）已不在成员单位中，请重新选择</source>
      <translation>The chosen unit (number {ref}) is no longer among the member units; please choose again</translation>
    </message>
    <message>
      <source>「{row}」所选的单位（编号 {ref}）已不在成员单位中，请重新选择</source>
      <translation>The unit chosen for “{row}” (number {ref}) is no longer among the member units; please choose again</translation>
    </message>
    <message>
      <source>应为 18 位，现为 {n} 位</source>
      <translation>should have 18 characters but has {n}</translation>
    </message>
    <message>
      <source>含有不允许的字符「{char}」（代码中不使用 I、O、S、V、Z）</source>
      <translation>contains the character "{char}", which is not allowed (codes do not use I, O, S, V or Z)</translation>
    </message>
    <message>
      <source>第 3–8 位应为行政区划代码（数字）</source>
      <translation>should have an administrative division code (digits) in positions 3–8</translation>
    </message>
    <message>
      <source>无法写入「{name}」：{reason}。之前输出的申报材料保持原样。</source>
      <translation>Cannot write “{name}”: {reason}. The outputs made before are unchanged.</translation>
    </message>
    <message>
      <source>没有写入权限，或文件正被其他程序打开（如 PDF 阅读器）；请关闭它或换一个输出文件夹</source>
      <translation>no permission to write, or the file is open in another program (such as a PDF reader); close it or choose another output folder</translation>
    </message>
    <message>
      <source>磁盘空间不足；请腾出空间或换一个输出文件夹</source>
      <translation>the disk is full; free some space or choose another output folder</translation>
    </message>
    <message>
      <source>磁盘是只读的；请换一个输出文件夹</source>
      <translation>the disk is read-only; choose another output folder</translation>
    </message>
    <message>
      <source>路径中有一个同名的文件挡住了文件夹；请换一个输出文件夹</source>
      <translation>a file with the name of a folder on the path is in the way; choose another output folder</translation>
    </message>
    <message>
      <source>有一个同名的文件夹挡住了它；请改名或换一个输出文件夹</source>
      <translation>a folder with the same name is in the way; rename it or choose another output folder</translation>
    </message>
    <message>
      <source>正在生成申报书…</source>
      <translation>Generating the application form...</translation>
    </message>
    <message>
      <source>正在生成申报书 Word 版…</source>
      <translation>Generating the Word version of the application form…</translation>
    </message>
    <message>
      <source>正在生成打印用申报书（{n}份）和邮寄封面…</source>
      <translation>Generating the application form for printing ({n} copies) and the mailing cover sheet...</translation>
    </message>
    <message>
      <source>正在打包电子版…</source>
      <translation>Packaging the electronic version...</translation>
    </message>
    <message>
      <source>检查发现 {n} 个错误，改正后才能输出申报书。第一个：{first}</source>
      <translation>The check found errors ({n}); correct them before the application form can be generated. The first: {first}</translation>
    </message>
    <message>
      <source>完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>附件「{name}」在输出过程中被修改或删除，请再输出一次。</source>
      <translation>Attachment "{name}" was changed or deleted during output; please output again.</translation>
    </message>
    <message>
      <source>正在写入压缩包…</source>
      <translation>Writing the zip package...</translation>
    </message>
    <message>
      <source>正在写入邮件草稿…</source>
      <translation>Writing the e-mail draft...</translation>
    </message>
    <message>
      <source>正在写入{name}…</source>
      <translation>Writing {name}...</translation>
    </message>
    <message>
      <source>有一段文字长达 {n} 字，超过能排版的 {limit} 字。</source>
      <translation>a text is {n} characters long, more than the {limit} characters that can be laid out. </translation>
    </message>
    <message>
      <source>申报书「{place}」中{problem}请缩短后再输出。</source>
      <translation>In “{place}” of the application form, {problem}Please shorten it, then make the outputs again.</translation>
    </message>
    <message>
      <source>压缩包有 {size} MB，超过邮件附件上限 {limit} MB，可能发送失败。最大的附件是：{named}。请把扫描件压缩后（如降低分辨率至 150–200 dpi、改为黑白或灰度）重新上传，再输出一次。</source>
      <translation>The zip package is {size} MB, over the e-mail attachment limit of {limit} MB, so sending it may fail. The largest attachments are: {named}. Please compress the scans (e.g. lower the resolution to 150–200 dpi, or switch to black and white or greyscale), upload them again and output again.</translation>
    </message>
    <message>
      <source>「{name}」（{size} MB）</source>
      <translation>"{name}" ({size} MB)</translation>
    </message>
    <message>
      <source>申报书中有一个表格的一格内容太长，一页纸放不下。请缩短表格中很长的内容（如“参与内容和作用”）后再输出。</source>
      <translation>A table cell of the application form is too long to fit on one page. Shorten the very long entries in the tables (such as “参与内容和作用”), then make the outputs again.</translation>
    </message>
    <message>
      <source>申报书内容与获批时不一致（获批时校验码 {approved}，现为 {current}）。</source>
      <translation>The application differs from what was approved (checksum when approved {approved}, now {current}).</translation>
    </message>
    <message>
      <source>「{where}」的日期「{text}」无法识别，不计入进展，请写成 2022-03-18 的样子。</source>
      <translation>The date “{text}” of “{where}” cannot be read and does not count; write it like 2022-03-18.</translation>
    </message>
    <message>
      <source>进度安排「{task}」应于 {due}（第 {month} 个月末）完成，尚未标记完成。</source>
      <translation>Milestone “{task}” was due on {due} (end of month {month}) and is not marked done.</translation>
    </message>
    <message>
      <source>标准「{title}」计划第 {month} 个月发布，目前处于“{stage}”。</source>
      <translation>Standard “{title}” was planned for month {month}; it is at “{stage}”.</translation>
    </message>
    <message>
      <source>下一个到期的进度安排：「{task}」，{due}（还有 {days} 天）。</source>
      <translation>Next milestone due: “{task}”, {due} (in {days} days).</translation>
    </message>
    <message>
      <source>试点第 {year} 年的年度工作总结应于 {due} 前报送市市场监管局和推荐单位，已逾期，请在“总结与报告”中填写并生成报告。</source>
      <translation>The work summary of pilot year {year} was due to the bureau and the recommending unit by {due} and is overdue: write it under “Summaries and reports” and make the report.</translation>
    </message>
    <message>
      <source>试点第 {year} 年的年度工作总结应于 {due} 前报送市市场监管局和推荐单位，请在“总结与报告”中填写并生成报告。</source>
      <translation>The work summary of pilot year {year} is due to the bureau and the recommending unit by {due}: write it under “Summaries and reports” and make the report.</translation>
    </message>
    <message>
      <source>手机号码应为 11 位数字，以 1 开头</source>
      <translation>The mobile number should be 11 digits starting with 1</translation>
    </message>
    <message>
      <source>办公电话格式不正确，例如 021-64220000 转 2509</source>
      <translation>The office phone format is invalid; e.g. 021-64220000 ext. 2509</translation>
    </message>
    <message>
      <source>邮政编码应为 6 位数字</source>
      <translation>The postcode should be 6 digits</translation>
    </message>
    <message>
      <source>电子邮箱格式不正确，例如 name@example.com</source>
      <translation>The e-mail format is invalid; e.g. name@example.com</translation>
    </message>
    <message>
      <source>金额不能为负数</source>
      <translation>The amount cannot be negative</translation>
    </message>
    <message>
      <source>金额最多保留两位小数（现为 {amount} 万元）</source>
      <translation>The amount can have at most two decimal places (now {amount}, in 10k yuan)</translation>
    </message>
    <message>
      <source>超出字数上限：{n} 字，上限 {limit} 字</source>
      <translation>Too long: {n} characters, the limit is {limit}</translation>
    </message>
    <message>
      <source>日期格式应为 年-月-日，例如 2021-10-08</source>
      <translation>The date should be in year-month-day format, e.g. 2021-10-08</translation>
    </message>
    <message>
      <source>合作单位投入</source>
      <translation>Partner unit contributions</translation>
    </message>
    <message>
      <source>标识</source>
      <translation>Identifier</translation>
    </message>
    <message>
      <source>发文机关</source>
      <translation>Issuing authority</translation>
    </message>
    <message>
      <source>通知文号</source>
      <translation>Notice number</translation>
    </message>
    <message>
      <source>通知标题</source>
      <translation>Notice title</translation>
    </message>
    <message>
      <source>发布日期</source>
      <translation>Publication date</translation>
    </message>
    <message>
      <source>申报截止日期</source>
      <translation>Application deadline</translation>
    </message>
    <message>
      <source>申报书名称</source>
      <translation>Form title</translation>
    </message>
    <message>
      <source>申报书版本</source>
      <translation>Form version</translation>
    </message>
    <message>
      <source>受理的申报类型</source>
      <translation>Application types accepted</translation>
    </message>
    <message>
      <source>试点期（年）</source>
      <translation>Pilot period (years)</translation>
    </message>
    <message>
      <source>纸质申报书份数</source>
      <translation>Paper copies</translation>
    </message>
    <message>
      <source>邮寄地址</source>
      <translation>Postal address</translation>
    </message>
    <message>
      <source>收件处室</source>
      <translation>Receiving office</translation>
    </message>
    <message>
      <source>申报邮箱</source>
      <translation>Application mailbox</translation>
    </message>
    <message>
      <source>邮件主题标注</source>
      <translation>E-mail subject mark</translation>
    </message>
    <message>
      <source>邮件大小上限（MB）</source>
      <translation>E-mail size limit (MB)</translation>
    </message>
    <message>
      <source>单个附件大小上限（MB）</source>
      <translation>Attachment size limit (MB)</translation>
    </message>
    <message>
      <source>手工录入</source>
      <translation>Entered by hand</translation>
    </message>
    <message>
      <source>字母、数字、短横线，如 shanghai-2026</source>
      <translation>Letters, digits and hyphens, e.g. shanghai-2026</translation>
    </message>
    <message>
      <source>由使用者按通知原文手工填写，而非载入发文机关的通知文件</source>
      <translation>Typed in by the user from the notice, not loaded from the issuing authority's call file</translation>
    </message>
    <message>
      <source>上海市新型标准化技术组织创建申报书</source>
      <translation>Application Form for Establishing a New-Type Standardization Technical Organization in Shanghai</translation>
    </message>
    <message>
      <source>上海市关于开展新型标准化技术组织建设试点工作的通知</source>
      <translation>Shanghai Notice on Launching the Pilot Program for Building New-Type Standardization Technical Organizations</translation>
    </message>
    <message>
      <source>合作单位</source>
      <comment>title</comment>
      <translation>Partner Units</translation>
    </message>
    <message>
      <source>实施活动</source>
      <comment>title</comment>
      <translation>Activities</translation>
    </message>
    <message>
      <source>建设方案</source>
      <comment>title</comment>
      <translation>Development Plan</translation>
    </message>
    <message>
      <source>总结与报告</source>
      <comment>title</comment>
      <translation>Summaries and reports</translation>
    </message>
    <message>
      <source>成员单位</source>
      <comment>title</comment>
      <translation>Member Units</translation>
    </message>
    <message>
      <source>成果与经验</source>
      <comment>title</comment>
      <translation>Results and practices</translation>
    </message>
    <message>
      <source>推荐单位</source>
      <comment>title</comment>
      <translation>Recommending Authority</translation>
    </message>
    <message>
      <source>标准化工作基础</source>
      <comment>title</comment>
      <translation>Standardization Foundation</translation>
    </message>
    <message>
      <source>标准进展</source>
      <comment>title</comment>
      <translation>Standards progress</translation>
    </message>
    <message>
      <source>检查与输出</source>
      <comment>title</comment>
      <translation>Check and Output</translation>
    </message>
    <message>
      <source>申报单位</source>
      <comment>title</comment>
      <translation>Applicant Unit</translation>
    </message>
    <message>
      <source>申报类型与名称</source>
      <comment>title</comment>
      <translation>Application Type and Name</translation>
    </message>
    <message>
      <source>组织架构</source>
      <comment>title</comment>
      <translation>Organizational Structure</translation>
    </message>
    <message>
      <source>经费执行</source>
      <comment>title</comment>
      <translation>Spending</translation>
    </message>
    <message>
      <source>试点批准</source>
      <comment>title</comment>
      <translation>Approval</translation>
    </message>
    <message>
      <source>试点进展</source>
      <comment>title</comment>
      <translation>Pilot progress</translation>
    </message>
    <message>
      <source>资源保障</source>
      <comment>title</comment>
      <translation>Resource Commitments</translation>
    </message>
    <message>
      <source>进度完成情况</source>
      <comment>title</comment>
      <translation>Milestones</translation>
    </message>
    <message>
      <source>附件</source>
      <comment>title</comment>
      <translation>Attachments</translation>
    </message>
  </context>
</TS>
