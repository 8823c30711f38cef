<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
  <context>
    <name>sto</name>
    <message>
      <source>修改</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加一行</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除一行</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>移动一行</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（未填写名称的单位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（请选择）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>否</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>未填写</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（申报单位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（请选择单位）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可从列表中选择，也可直接输入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已输入 {used} 字，上限 {limit} 字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（超出 {n} 字）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>来源</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用途</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>合计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第{n}年</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一二三四五</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind}合计</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>该年度经费来源合计与用途合计不相等</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>此项在其他步骤中填写，这里只显示</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上移</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下移</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>个月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>删除所选行</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {n} 项</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第{n}个月</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 {n} 行：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法打开申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>以只读方式打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>网络驱动器</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可移动磁盘（如 U 盘）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件不在本机磁盘上</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制到本机并打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>仍在原位置打开</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>取消</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从快照恢复为新文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>关闭</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>为避免两处同时修改，这里只能查看、检查和输出，不能编辑。要编辑，请在已打开它的窗口中进行。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>「{name}」位于{where}上。在这类位置直接填写，断网或拔出时可能丢失正在保存的修改。

建议复制到本机的“文档”文件夹中填写，完成后再把文件复制回去。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法导入数据备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法恢复快照：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法复制「{name}」：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上一步</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下一步</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件(&amp;F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建或打开其他申报…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>快照与恢复…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编辑(&amp;E)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>撤销</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重做</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已自动保存</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在保存…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>只读：已在另一个窗口中编辑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本步没有发现问题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>错</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>警</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{e} 个错误，{w} 个警告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自动快照失败：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>错误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>警告</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已对照营业执照核对，代码无误</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在读取申报文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>输出申报材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>更改…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生成全部申报材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>预览</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开所在文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开邮件草稿</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>复制收件地址和主题</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>一次生成全部材料：申报书 PDF；“申报书-打印两份.pdf”（按顺序包含两份完整的申报书，也可用“打印”直接打印两份）；邮寄封面；电子版压缩包和发送它的邮件草稿。每页页脚的校验码与电子版一致。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择输出文件夹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>输出失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>正在取消…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已取消，没有留下未完成的文件。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>输出到：{folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还有 {n} 个错误，改正后才能输出申报书（见上方列表，点击可转到出错位置）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>校验码：{c}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法写入「{name}」：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已生成（点击打开）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已复制：{to}　{subject}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件随申报文件一并保存，复制申报文件或换电脑后仍可使用。必须上传营业执照或法人证书</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>；每家成员单位都需要一份支持函（通知二(一)1）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>。支持的格式：PDF、OFD、JPG、PNG、Word、Excel。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已添加的附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择文件并添加…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>另存为…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（不指定）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>另存附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所属单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>文件名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>大小</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>每家成员单位都已上传支持函。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>附件文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法添加附件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>尚缺支持函的成员单位：{names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>「{name}」的格式不在允许范围内（PDF、OFD、JPG、PNG、Word、Excel）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>「{name}」超过 {limit} MB，请压缩扫描件后再添加。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>无法读取「{name}」：{reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报类型与名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新型标准化技术组织分为技术标准创新基地和标准化创新中心两类（通知一）。基地由产业链上下游或产业园区内的多家单位共同组成，由行业龙头企业、园区管理单位或标准化机构申报；中心由一家技术能力强的企事业单位独立申报。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位应具有独立法人资格（通知二(一)2）。名称和统一社会信用代码请与营业执照或法人证书一致。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推荐单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报须由区人民政府或行业主管部门推荐，并由推荐单位确认盖章（通知二(一)2、二(四)1）。打印稿中的“推荐意见”、盖章和日期留空，由推荐单位手工填写。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>拟建组织名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>填报日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>领域</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>紧密围绕“五型经济”“四新经济”等领域产业发展需求（通知一），至少选择一项。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>五型经济</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>四新经济</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所属产业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>基本信息</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>统一社会信用代码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>是否具有独立法人资格</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位性质</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>法定代表人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>注册地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>通讯地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>邮政编码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成立日期</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位网址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>规模</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职工总数（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>研发人员（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化工作人员（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上年度营业收入或经费预算（万元）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位简介</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>联系人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>姓名</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>部门</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办公电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>手机</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>电子邮箱</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推荐单位名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推荐单位类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>联系电话</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>例如：上海市智能网联汽车技术标准创新基地</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组建方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>更改申报类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>18 位，见营业执照或法人证书</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>6 位数字</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>主营业务、技术实力、行业地位、标准化工作情况等</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>例如 021-50801234 转 8021</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>11 位手机号码</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>例如：上海市浦东新区人民政府</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>改为“{label}”后，向导页面会随类型变化；已填写的内容都会保留。确定更改吗？</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>检查与输出</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>报送方式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数据备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>把全部填写内容和附件导出为一个数据文件夹，可用于备份，或在另一台电脑上用“导入”恢复。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出数据备份…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {e} 个错误（须改正后才能输出申报书），{w} 个警告（请核实）。点击问题可转到相应位置：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有错误，可以输出申报书；有 {w} 个警告，请核实。点击问题可转到相应位置：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出申报数据</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报截止日期：{date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>纸质申报书一式两份，由推荐单位确认盖章后寄送或送达：{address}，邮编 {postcode}；电子版以压缩包形式发送至 {email}。信封和邮件均注明“{mark}”（通知四）。联系人：{contact}，电话 {phone}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>导出失败</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已导出：{path}（附件在同一文件夹的“附件”子文件夹中）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有发现问题。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>通知</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化工作基础</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位应具备扎实的标准化工作基础，并有牵头承担市级及以上科研项目或标准化研究项目的经验（通知二(三)）：请至少填写一项本单位牵头的省部级（市级）或国家级项目。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位应具备丰富的标准化工作经验，或能协调相应的外部标准化服务资源（通知二(二)）：请至少填写一项主导或参与制定的标准，或一家外部标准化服务机构。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>主导或参与制定的标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>参与的标准化技术委员会</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>承担的科研项目和标准化研究项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>能力说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技术优势</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化服务能力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>编号示例：GB/T 1.1-2020、T/SHSPPS 001-2021。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>例如：全国标准化原理与方法标准化技术委员会（SAC/TC 286）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专利、获奖、创新平台等</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>为相关单位参与标准制修订、交流研讨提供对接渠道和技术支持的能力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组织协调能力</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>可协调的外部标准化服务机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>级别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>主导/参与</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>状态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技术委员会名称及编号</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>承担角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>项目名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>类别</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>牵头/参与</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在产业领域或园区内组织协调政产学研用各方的资源和能力（通知二(二)）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有主导或参与制定标准的基地，须至少填写一家外部标准化服务机构（通知二(二)）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>机构名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>提供的标准化服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组织架构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>请填写创新中心的负责人、技术负责人和核心团队，并说明责任分工（通知三(一)）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新基地应当设置领导小组或者理事会，统筹协调各成员单位参与基地建设；成员单位中的行业龙头企业、园区管理单位或者标准化机构具体负责牵头协调和组织推进（通知一(一)）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位从成员单位名单中选择。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>责任分工</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>分工说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>领导机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>领导机构形式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>秘书处设在</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>牵头协调单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>领导小组或理事会组成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>负责人与核心团队</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>须填写负责人和技术负责人各一名。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>各单位、各岗位在试点建设中的职责分工</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>所在单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位职务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>担任角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{body}组成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新中心由一家单位独立申报（通知二(一)1）；合作单位可选填。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>合作单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新基地由产业链上下游或产业园区内的企业、标准化机构等单位共同组成（通知一(一)），申报须得到其他单位支持（通知二(一)1）：每家成员单位都要在“附件”一步上传支持函。申报单位自动列为第一家“牵头单位”。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>单位类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>参与内容和作用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>添加单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>龙头企业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>产业链位置</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>角色</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员覆盖：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建设方案</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>重点围绕“提供更加有效的标准供给”和“推动标准的实施应用”两方面探索路径、积累经验（通知三(二)）。试点周期为 2 年，时间按试点开始后的第 1—24 个月填写（通知三(三)）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>背景与目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建设背景与必要性</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>建设目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>两年目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准数量按下方“标准供给”自动统计，无需填写。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推动标准应用（项）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>服务企业（家）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开展培训（场）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开展试点（个）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准供给</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准实施措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>机制与保障</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>机制创新</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>进度安排</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保障与成效</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保障措施</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>预期成效</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>研制标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>至少填写一项。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>前期研究与试验验证计划</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>第 12 个月和第 24 个月已预填年度工作总结（通知三(三)）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组织领导、政策支持、激励措施等（通知三(一)）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>制定/修订</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>转化的科技成果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>牵头单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>计划完成</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>至少填写一项；牵头单位从成员单位中选择。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>至少填写一项；牵头单位从申报单位和合作单位中选择。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>措施类型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>具体内容</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>预期目标</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>实施时间</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开始</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>结束</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>工作任务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>阶段成果</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>资源保障</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位应为新型标准化技术组织开展活动提供人员、场地、经费等方面的支持（通知二(一)3）。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>人员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专职人员（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>兼职人员（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>其中标准化专业人员（人）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>人员名单</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>场地</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>经费（万元）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>按试点年度分别填写经费来源和用途；每年的来源合计应等于用途合计，申报单位自筹须大于 0。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设备与平台</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>至少填写一处场地。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员单位资源投入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>职称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专职/兼职</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>地址</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>面积（m²）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>名称</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用途说明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>提供单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>投入内容（人员、场地、设备等）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>投入经费（万元）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>预览：{name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>共 {n} 页。这是将要打印和发送的 PDF 本身。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>这台电脑上没有可用的打印机。请先在系统设置中添加打印机。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>份数至少为 1。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已发送到打印机「{p}」：{n} 页 × {c} 份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印申报书（每份 {n} 页，预设 {c} 份）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>没有设置默认打印机。可用的打印机：{names}（用 --printer 指定）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>找不到打印机「{name}」。可用的打印机：{names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打印机「{name}」拒绝了打印任务，请检查打印机是否连接、是否有纸。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自检通过</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>快照与恢复</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复所选快照…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>恢复快照</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>还没有快照。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报助手在打开文件时、编辑中每 10 分钟以及升级格式前自动保存快照，每个申报文件保留最近 {n} 个。恢复前会先为当前内容再保存一个快照，因此恢复也可以撤回。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用 {label} 的快照替换当前内容？当前内容会先另存为一个快照。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建申报</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>继续填写</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开申报文件…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>从数据备份导入…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择“导出数据备份”得到的 application.json，恢复为新的申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>（暂无）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>选择数据备份</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>保存为申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>依据：{title}（{number}）。申报截止日期：{date}。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>最近打开的文件（双击打开）：</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报文件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>本轮申报已于 {date} 截止。仍可填写和输出申报书，报送前请先向市市场监管局确认。</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新建：{label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>打开示例：{label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>年度工作总结</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员单位支持函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技术标准创新基地</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化创新中心</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>创新型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>服务型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>开放型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>总部型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>流量型</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新技术</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新产业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新业态</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新模式</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>集成电路</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>生物医药</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>人工智能</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>汽车</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高端装备</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>航空航天</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>信息服务</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新材料</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>新能源</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>节能环保</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>数字经济</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>时尚消费品</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>现代服务业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>产业链上下游</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>产业园区</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>企业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>事业单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>社会团体</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>高等院校</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>科研院所</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>其他</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>行业龙头企业</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>园区管理单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>区人民政府</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>行业主管部门</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>国际标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>国家标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>行业标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>地方标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>团体标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>企业标准</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>主导</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>参与</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>已发布</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>在研</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>秘书处承担单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>委员单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>观察员单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>国家级</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>省部级（市级）</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>科研项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化研究项目</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>牵头</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>检测认证机构</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>行业协会</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用户单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政府部门</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上游</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>中游</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>下游</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>园区内</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>服务支撑</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理事长（组长）单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>副理事长（副组长）单位</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>领导小组</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理事会</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>负责人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>技术负责人</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>核心成员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>专职</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>兼职</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>办公</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>试验验证</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>培训交流</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>自有</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>租赁</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员单位提供</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>园区提供</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>申报单位自筹</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员单位投入</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政府支持</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准研制</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>宣贯推广</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>设备场地</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>制定</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>修订</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>宣贯培训</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>试点示范</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>检测认证</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>评价评估</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>应用推广</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>营业执照或法人证书</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>推荐函</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>标准化工作证明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>科研项目证明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>场地证明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>经费证明</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>盖章扫描件</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>政</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>产</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>学</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>研</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>用</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>组长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>副组长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>成员</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理事长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>副理事长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>理事</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>秘书长</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上海市新型标准化技术组织创建申报书</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>上海市关于开展新型标准化技术组织建设试点工作的通知</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
