<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Lantu</name>
    <message>
      <location filename="../dependencies.py" line="61" />
      <source>{0} is not installed (Lantu needs {1}).</source>
      <translation>未安装 {0}（Lantu 需要 {1}）。</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="63" />
      <source>{0} {1} is too old (Lantu needs {2}).</source>
      <translation>{0} {1} 版本过旧（Lantu 需要 {2}）。</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="65" />
      <source>Install them from the Lantu menu (Plugins ▸ Lantu 蓝图 ▸ Install dependencies…), or run: {0}</source>
      <translation>请通过 Lantu 菜单安装（插件 ▸ Lantu 蓝图 ▸ 安装依赖包…），或运行：{0}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="23" />
      <source>&amp;Lantu 蓝图</source>
      <translation>&amp;Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="42" />
      <source>Lantu drafting dock</source>
      <translation>蓝图编制面板</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="43" />
      <source>Land-use structure table (用地结构表)…</source>
      <translation>用地结构表…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="45" />
      <source>Open the demo project</source>
      <translation>打开示例项目</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="46" />
      <source>Install dependencies…</source>
      <translation>安装依赖包…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="98" />
      <source>Could not open the demo project: {0}</source>
      <translation>无法打开示例项目：{0}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="104" />
      <source>Install</source>
      <translation>安装</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="112" />
      <source>Everything Lantu needs is installed.</source>
      <translation>Lantu 所需的依赖包均已安装。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="114" />
      <source>Lantu will run:

{0}

This installs into a folder of Lantu's own and changes nothing else in QGIS. Go ahead?</source>
      <translation>Lantu 将运行：

{0}

依赖包将安装到 Lantu 专用的文件夹中，不会改动 QGIS 的其他任何内容。是否继续？</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>Installed. Restart QGIS to use Lantu's algorithms.</source>
      <translation>安装完成。请重启 QGIS 后使用 Lantu 的算法。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="130" />
      <source>The install failed; see the Lantu tab of the log.</source>
      <translation>安装失败，详见日志消息面板的 Lantu 选项卡。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="132" />
      <source>Installing Lantu's dependencies</source>
      <translation>正在安装 Lantu 依赖包</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="51" />
      <source>Current land use (三调 DLTB)</source>
      <translation>现状用地（三调地类图斑）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="52" />
      <source>Planned land use (用地用海)</source>
      <translation>规划用地（用地用海）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="53" />
      <source>永久基本农田 (permanent farmland)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="54" />
      <source>生态保护红线 (ecological red line)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="55" />
      <source>城镇开发边界 (urban development boundary)</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="56" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="57" />
      <source>Townships (乡镇)</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="58" />
      <source>Villages (行政村)</source>
      <translation>行政村</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="59" />
      <source>Village clusters (村级片区)</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="60" />
      <source>DEM (elevation)</source>
      <translation>数字高程模型（DEM）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="65" />
      <source>not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="65" />
      <source>needs attention</source>
      <translation>需关注</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="66" />
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="83" />
      <source>Zone</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="83" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="83" />
      <source>Class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="83" />
      <source>Row</source>
      <translation>行类型</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="83" />
      <source>Area (m²)</source>
      <translation>面积（m²）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="84" />
      <source>Area (公顷)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="84" />
      <source>Area (亩)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="84" />
      <source>Share (%)</source>
      <translation>占比（%）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="85" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="85" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="85" />
      <source>Message</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="90" />
      <source>class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="90" />
      <source>to be split</source>
      <translation>待细分</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="90" />
      <source>unknown code</source>
      <translation>未知编码</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="91" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="92" />
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="92" />
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="92" />
      <source>info</source>
      <translation>提示</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="132" />
      <source>Tell Lantu which layer of the project is which. The guess comes from layer and field names; correct it here. Everything is saved in the project.</source>
      <translation>请指定项目中各图层的用途。系统已根据图层名和字段名自动识别，可在此修改；所有设置随项目文件保存。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="138" />
      <source>e.g. 某某片区</source>
      <translation>如：某某片区</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="140" />
      <source>Plan name</source>
      <translation>规划名称</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="144" />
      <source>Plan date</source>
      <translation>编制日期</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="146" />
      <source>planar (projected CRS)</source>
      <translation>平面面积（投影坐标参考系）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="146" />
      <source>ellipsoidal (CGCS2000)</source>
      <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="148" />
      <source>Area method</source>
      <translation>面积计算方法</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="163" />
      <source>Guess again</source>
      <translation>重新识别</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="165" />
      <source>Load demo project</source>
      <translation>打开示例项目</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="201" />
      <source>Run this step</source>
      <translation>运行本步骤</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="203" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="217" />
      <source>Key figures</source>
      <translation>关键指标</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="220" />
      <source>Summary table</source>
      <translation>汇总表</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="224" />
      <source>Findings (click one to zoom to it)</source>
      <translation>问题清单（单击定位）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="238" />
      <source>not available in this version</source>
      <translation>当前版本尚未提供</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="253" />
      <source>Running in the background…</source>
      <translation>正在后台运行…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="265" />
      <source>Cancelled; the previous results are kept.</source>
      <translation>已取消，保留上次结果。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="275" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="284" />
      <source>needs a layer for {0}: set it on the Layers page</source>
      <translation>缺少“{0}”图层，请在“图层”页指定</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="287" />
      <source>failed; see the Processing log</source>
      <translation>运行失败，详见处理工具日志</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="295" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="295" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="298" />
      <source>Summary table: {0}</source>
      <translation>汇总表：{0}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="346" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="346" />
      <source>Village cluster</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="346" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="346" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="348" />
      <source>Village cluster (empty = total)</source>
      <translation>村级片区（空 = 合计）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="349" />
      <source>Binding (≥ or ≤)</source>
      <translation>约束（≥ 或 ≤）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="355" />
      <source>Add the standard indicators</source>
      <translation>添加约束性指标</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="355" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="356" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="356" />
      <source>Import CSV…</source>
      <translation>导入 CSV…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="413" />
      <source>Import targets</source>
      <translation>导入目标指标</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="413" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="419" />
      <source>Could not read {0}: {1}</source>
      <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="426" />
      <source>Imported {0} targets from {1}.</source>
      <translation>已从 {1} 导入 {0} 项指标。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="430" />
      <source>耕地保有量</source>
      <translation>耕地保有量</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="430" />
      <source>公顷</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="430" />
      <source>永久基本农田保护面积</source>
      <translation>永久基本农田保护面积</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="431" />
      <source>生态保护红线面积</source>
      <translation>生态保护红线面积</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="431" />
      <source>城镇开发边界面积</source>
      <translation>城镇开发边界面积</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="432" />
      <source>城乡建设用地规模</source>
      <translation>城乡建设用地规模</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="432" />
      <source>林地保有量</source>
      <translation>林地保有量</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="432" />
      <source>湿地面积</source>
      <translation>湿地面积</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="450" />
      <source>the file is neither UTF-8 nor GBK</source>
      <translation>文件编码既不是 UTF-8 也不是 GBK</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="452" />
      <source>the file is empty</source>
      <translation>文件为空</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="461" />
      <source>it needs the columns indicator and value (指标, 目标值)</source>
      <translation>文件须包含“指标”和“目标值”两列（indicator, value）</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="477" />
      <source>An HTML review report of every step (tables, findings, figures), and the standard maps from the layout templates, as PDF and PNG.</source>
      <translation>生成各步骤的 HTML 审查报告（表格、问题清单、关键指标），并按布局模板输出标准图件（PDF 和 PNG）。</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="481" />
      <source>Write the review report…</source>
      <translation>生成审查报告…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="483" />
      <source>Export the standard maps…</source>
      <translation>输出标准图件…</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="497" />
      <source>Review report</source>
      <translation>审查报告</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="497" />
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="503" />
      <source>Report written: {0}</source>
      <translation>报告已生成：{0}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="510" />
      <source>Folder for the maps</source>
      <translation>图件输出文件夹</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="514" />
      <source>Maps written: {0}</source>
      <translation>已输出图件：{0}</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="523" />
      <source>Lantu 蓝图</source>
      <translation>Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="531" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../gui/dock.py" line="540" />
      <source>Export</source>
      <translation>成果输出</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="46" />
      <source>(plan without a name)</source>
      <translation>（未命名规划）</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="51" />
      <source>Layer roles</source>
      <translation>图层用途</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="51" />
      <source>Role</source>
      <translation>用途</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="51" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="58" />
      <source>No targets yet.</source>
      <translation>尚未填写目标指标。</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="66" />
      <source>Algorithm</source>
      <translation>算法</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="66" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="79" />
      <source>… and {0} more</source>
      <translation>…另有 {0} 条</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="80" />
      <source>Findings</source>
      <translation>问题清单</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="82" />
      <source>Review report: {0}</source>
      <translation>审查报告：{0}</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="82" />
      <source>Date: {0}</source>
      <translation>日期：{0}</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="107" />
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="107" />
      <source>a layer role is missing</source>
      <translation>缺少图层</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="187" />
      <source>{0}: none of its layers is set on the Layers page.</source>
      <translation>{0}：所需图层均未在“图层”页指定。</translation>
    </message>
    <message>
      <location filename="../gui/export.py" line="202" />
      <source>{0}: export failed ({1}).</source>
      <translation>{0}：输出失败（{1}）。</translation>
    </message>
    <message>
      <location filename="../gui/results.py" line="22" />
      <source>Lantu: {0}</source>
      <translation>蓝图：{0}</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="69" />
      <source>1 现状研判 Current state</source>
      <translation>1 现状研判</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="69" />
      <source>Current state</source>
      <translation>现状研判</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="73" />
      <source>Data quality of the current land use and its land-use structure per township.</source>
      <translation>现状用地数据质检，分乡镇现状用地结构。</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="74" />
      <source>2 目标定位 Targets</source>
      <translation>2 目标定位</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="74" />
      <source>Targets</source>
      <translation>目标定位</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="75" />
      <source>The binding indicators handed down by the county plan, typed here or imported from CSV.</source>
      <translation>上位（县级）规划下达的约束性指标，可在此填写或从 CSV 导入。</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="76" />
      <source>3 底线约束 Bottom lines</source>
      <translation>3 底线约束</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="76" />
      <source>Bottom lines</source>
      <translation>底线约束</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="79" />
      <source>The three control lines must not overlap; the planned land use must not break them.</source>
      <translation>三条控制线不交叉不重叠不冲突，规划用地不得突破控制线。</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="80" />
      <source>4 提质增效 Quality</source>
      <translation>4 提质增效</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="80" />
      <source>Quality</source>
      <translation>提质增效</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="91" />
      <source>Road control lines, farmland contiguity, homestead relocation and steep farmland.</source>
      <translation>道路控制线、耕地集中连片、宅基地腾退潜力与坡耕地。</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="92" />
      <source>5 保障落实 Delivery</source>
      <translation>5 保障落实</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="92" />
      <source>Delivery</source>
      <translation>保障落实</translation>
    </message>
    <message>
      <location filename="../gui/steps.py" line="102" />
      <source>The structure change, the transfer matrix and the indicator breakdown per village cluster, checked against the targets.</source>
      <translation>用地结构调整表、转移矩阵与村级片区规划指标分解表，并与目标指标核对。</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="22" />
      <source>Apply the standard style</source>
      <translation>应用标准图式</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="25" />
      <source>Gives a layer the standard symbology of a plan's maps, from the QML styles shipped in resources/styles: 三调 DLBM and 用地用海 2023 codes in the colours of resources/tables (sources in SOURCES.md), 永久基本农田, 生态保护红线, 城镇开发边界, roads by grade, administrative boundaries, and Lantu's findings. With STYLE = auto the style is chosen from what the layer holds (its code field, its name, its fields), and the log says which. The data is never changed; the style can also be saved as a .qml file for batch use.</source>
      <translation>按规划图件的标准图式为图层配色，样式取自 resources/styles 中的 QML：三调地类编码和用地用海 2023 编码按 resources/tables 中的色表着色（来源见 SOURCES.md），以及永久基本农田、生态保护红线、城镇开发边界、分等级道路、行政界线和蓝图的问题图斑。样式选“自动”时，根据图层内容（编码字段、图层名、字段）选择样式，并在日志中说明。不修改数据；样式也可另存为 .qml 文件，便于批量使用。</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="39" />
      <source>auto (from what the layer holds)</source>
      <translation>自动（按图层内容）</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="39" />
      <source>三调 DLBM</source>
      <translation>三调 DLBM</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="39" />
      <source>用地用海 2023</source>
      <translation>用地用海 2023</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="39" />
      <source>永久基本农田</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="40" />
      <source>生态保护红线</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="40" />
      <source>城镇开发边界</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="40" />
      <source>roads by grade</source>
      <translation>分等级道路</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="40" />
      <source>administrative boundaries</source>
      <translation>行政界线</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="41" />
      <source>findings</source>
      <translation>问题图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="42" />
      <source>Style</source>
      <translation>样式</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="44" />
      <source>Code field for a categorised style (empty = guess)</source>
      <translation>分类样式的编码字段（空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="47" />
      <source>Save the style as</source>
      <translation>样式另存为</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="47" />
      <source>QGIS style files (*.qml)</source>
      <translation>QGIS 样式文件 (*.qml)</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="48" />
      <source>Styled layer</source>
      <translation>已配色图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="49" />
      <source>Style applied</source>
      <translation>所用样式</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="54" />
      <source>Could not open the input layer {0}.</source>
      <translation>无法打开输入图层 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="60" />
      <source>No standard style fits {0}: it has no DLBM or 用地用海 code field, is not a control line, road or boundary layer. Choose a style.</source>
      <translation>{0} 没有适用的标准样式：既无三调 DLBM 或用地用海编码字段，也不是控制线、道路或行政界线图层。请手动选择样式。</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="66" />
      <source>Field {0} is missing from {1} (fields there: {2}).</source>
      <translation>{1} 中没有字段 {0}（现有字段：{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="70" />
      <source>Could not load the style {0}: {1}</source>
      <translation>无法加载样式 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="71" />
      <source>{0}: style {1}{2}</source>
      <translation>{0}：样式 {1}{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="72" />
      <source> keyed on {0}</source>
      <translation>，按字段 {0} 分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/apply_style.py" line="78" />
      <source>Could not save the style to {0}: {1}</source>
      <translation>无法将样式保存到 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="105" />
      <source>{0} has no valid coordinate reference system: set one first.</source>
      <translation>{0} 没有有效的坐标参考系，请先为其设置坐标参考系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="116" />
      <source>The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian {3}°E), or choose the ellipsoidal area method.</source>
      <translation>图层的坐标参考系 {0} 是地理坐标系（单位为度），按平面计算面积没有意义。请将图层重投影到 CGCS2000 3 度带高斯-克吕格投影坐标系，如 {1} 或 {2}（中央经线 {3}°E），或将面积计算方法改为椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="159" />
      <source>{0} must be a polygon layer; it holds {1}.</source>
      <translation>{0} 必须是面图层，但其几何类型为 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="188" />
      <source>{0}: {1} geometries became invalid in the working CRS and were made valid.</source>
      <translation>{0}：{1} 个几何在工作坐标参考系中变为无效，已修复。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="190" />
      <source>{0}: repaired {1} invalid geometries (make-valid, no area lost).</source>
      <translation>{0}：已修复 {1} 个无效几何（make-valid，面积无损失）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="192" />
      <source>{0}: skipped {1} features with no polygon geometry (null or empty).</source>
      <translation>{0}：已跳过 {1} 个没有面几何的要素（几何为 NULL 或空）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="293" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="370" />
      <source>{0}: field {1} holds values that are not numbers, e.g. {2}.</source>
      <translation>{0}：字段 {1} 含有非数值的值，例如 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="402" />
      <source>Could not create the output {0}.</source>
      <translation>无法创建输出 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="414" />
      <source>Could not write to the output {0}: {1}</source>
      <translation>无法写入输出 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="18" />
      <source>auto-detect</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="18" />
      <source>用地用海 2023 (国土空间调查、规划、用途管制用地用海分类指南)</source>
      <translation>用地用海 2023（《国土空间调查、规划、用途管制用地用海分类指南》）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="18" />
      <source>三调 DLBM (GB/T 21010-2017 + 三调工作分类)</source>
      <translation>三调地类编码 DLBM（GB/T 21010-2017 + 三调工作分类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="34" />
      <source>{0}: choose the land-class code field; none of the usual names ({1}) is there.</source>
      <translation>{0}：请选择地类编码字段；图层中没有任何常用的编码字段名（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="36" />
      <source>{0}: using field {1} for the land-class codes.</source>
      <translation>{0}：使用字段 {1} 作为地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="41" />
      <source>the field holds no codes</source>
      <translation>该字段中没有任何编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="42" />
      <source>none of its codes is a 三调 or 用地用海 code</source>
      <translation>其中没有任何三调或用地用海编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="43" />
      <source>{0} code–name pairs match 三调 names only</source>
      <translation>有 {0} 组编码与名称仅与三调的地类名称相符</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="44" />
      <source>{0} code–name pairs match 用地用海 names only</source>
      <translation>有 {0} 组编码与名称仅与用地用海的地类名称相符</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="45" />
      <source>codes that exist only in 三调: {0}</source>
      <translation>仅三调中有的编码：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="46" />
      <source>codes that exist only in 用地用海: {0}</source>
      <translation>仅用地用海中有的编码：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="47" />
      <source>most codes found in one table only are 三调 codes ({0})</source>
      <translation>只见于一种分类的编码大多为三调编码（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="48" />
      <source>most codes found in one table only are 用地用海 codes ({0})</source>
      <translation>只见于一种分类的编码大多为用地用海编码（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="49" />
      <source>the codes mix both classifications (三调 only: {0}; 用地用海 only: {1})</source>
      <translation>编码混用了两种分类（仅三调有：{0}；仅用地用海有：{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="51" />
      <source>every code is valid in both tables; the field name {0} decides</source>
      <translation>所有编码在两种分类中均有效，按字段名 {0} 判定</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="52" />
      <source>every code is valid in both tables and the field name does not tell</source>
      <translation>所有编码在两种分类中均有效，且无法从字段名判断</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="63" />
      <source>{0} distinct codes: {1} known in 三调, {2} known in 用地用海, {3} in neither; {4}.</source>
      <translation>共 {0} 种编码：三调中有 {1} 种，用地用海中有 {2} 种，两者均无 {3} 种；{4}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="77" />
      <source>Classification: {0} (as chosen).</source>
      <translation>分类：{0}（按所选）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="79" />
      <source>The codes look like {0} rather than the chosen {1}: {2}</source>
      <translation>编码看起来是{0}，而不是所选的{1}：{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="84" />
      <source>Cannot tell whether field {0} holds 三调 or 用地用海 codes: {1} Choose it under 'Classification of the codes' (CLASSIFICATION).</source>
      <translation>无法判断字段 {0} 中是三调编码还是用地用海编码：{1}请通过“编码分类标准”（CLASSIFICATION）参数指定。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="86" />
      <source>Classification detected: {0}. Evidence: {1}</source>
      <translation>识别出的分类：{0}。依据：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="107" />
      <source>Unknown code</source>
      <translation>未知编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="107" />
      <source>No code</source>
      <translation>无编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="109" />
      <source>{0} (to be split)</source>
      <translation>{0}（待细分）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="128" />
      <source>{0}: 三调 classes {1} map one-to-many at level {2}; they are reported as 'to be split' under their 一级 class, not guessed.</source>
      <translation>{0}：三调地类 {1} 在第 {2} 级上为一对多转换，按其一级类列为“待细分”，不作推测。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="134" />
      <source>The conversion of {0} is not confirmed by two independent sources; check it.</source>
      <translation>{0} 的转换对应关系尚未经两个独立来源核实，请核查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="146" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="147" />
      <source>{0}: {1} features have codes that are not in the {2} table: {3}</source>
      <translation>{0}：有 {1} 个要素的编码不在{2}分类表中：{3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="27" />
      <source>Land-use structure table (用地结构表)</source>
      <translation>用地结构表</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="30" />
      <source>Sums the area of every land class of a land-use layer, optionally per zone (township, village or village cluster), with each class's share and a total row per zone.

The codes may be 三调 DLBM or 用地用海 2023 codes; with CLASSIFICATION = auto the column is recognised from its codes, names and field name, and the evidence is written to the log. 三调 input can be reported in 用地用海 classes: classes the official conversion splits one-to-many are reported as 'to be split' rows, never guessed.

Areas come from the geometry (planar in the layer's projected CRS, or ellipsoidal on the CGCS2000 ellipsoid as 三调 TBMJ are), or from an area field such as TBDLMJ (shared out in proportion where a parcel crosses zones). Invalid geometries are repaired and counted.

Outputs: a table (zone, code, name, kind, area_m2, area_ha, area_mu, share_pct) that saves as .xlsx, .csv or a GeoPackage table; the total area; an optional HTML report.</source>
      <translation>汇总用地图层中各地类的面积，可按统计单元（乡镇、村或村级片区）分别统计，给出各地类占比，并为每个统计单元添加合计行。

地类编码可以是三调地类编码（DLBM）或用地用海 2023 编码；“编码分类标准”（CLASSIFICATION）设为自动识别时，根据编码、地类名称和字段名判断编码所属的分类，判断依据写入日志。三调数据可按用地用海地类统计：官方转换中一对多的地类列为“待细分”行，不作推测。

面积取自几何（在图层的投影坐标参考系中计算平面面积，或像三调 TBMJ 一样在 CGCS2000 椭球上计算椭球面积），也可取自面积字段，如 TBDLMJ（图斑跨越多个统计单元时按面积比例分摊）。无效几何会被修复并计数。

输出：一张表（字段 zone 统计单元、code 编码、name 名称、kind 类型、area_m2 平方米、area_ha 公顷、area_mu 亩、share_pct 占比），可保存为 .xlsx、.csv 或 GeoPackage 表；总面积；可选的 HTML 报告。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="45" />
      <source>Land-use layer (三调 DLTB or planned land use)</source>
      <translation>用地图层（三调地类图斑 DLTB 或规划用地）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="47" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="50" />
      <source>Classification of the codes</source>
      <translation>编码分类标准</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="52" />
      <source>Report the classes in</source>
      <translation>统计所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="52" />
      <source>the input's classification</source>
      <translation>与输入数据相同</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="52" />
      <source>用地用海 2023 classes</source>
      <translation>用地用海 2023 地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="54" />
      <source>Class level (1 = 一级类, 2 = 二级类)</source>
      <translation>地类级别（1 = 一级类，2 = 二级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="56" />
      <source>Zones: townships, villages or village clusters</source>
      <translation>统计单元：乡镇、村或村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="59" />
      <source>Zone name field</source>
      <translation>统计单元名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="61" />
      <source>Area field instead of the geometry's area (e.g. TBDLMJ, m²)</source>
      <translation>面积字段，代替几何面积（如 TBDLMJ，单位 m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="66" />
      <source>Land-use structure table</source>
      <translation>用地结构表</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="68" />
      <source>HTML report</source>
      <translation>HTML 报告</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="69" />
      <source>Total area (m²)</source>
      <translation>总面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="70" />
      <source>Classification used</source>
      <translation>所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="71" />
      <source>Invalid geometries repaired</source>
      <translation>已修复的无效几何数</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="79" />
      <source>land-use layer</source>
      <translation>用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="91" />
      <source>{0} has no polygons to measure.</source>
      <translation>{0} 中没有可计算面积的面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="104" />
      <source>{0}: {1} features have no {2}; their geometry's area is used.</source>
      <translation>{0}：有 {1} 个要素的 {2} 为空，改用其几何面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="110" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="126" />
      <source>Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>总面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="135" />
      <source>Layer: {0} ({1} features, {2} repaired)</source>
      <translation>图层：{0}（{1} 个要素，修复 {2} 个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="136" />
      <source>Classification: {0}; level {1}</source>
      <translation>分类：{0}；地类级别：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="137" />
      <source>Area: {0}</source>
      <translation>面积：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="137" />
      <source>field {0}</source>
      <translation>字段 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="138" />
      <source>planar</source>
      <translation>平面面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="140" />
      <source>Structure</source>
      <translation>用地结构</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="152" />
      <source>zones</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="158" />
      <source>(no name)</source>
      <translation>（无名称）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="160" />
      <source>{0}: no zone name field given or found; zones are named by feature id.</source>
      <translation>{0}：未指定且未找到统计单元名称字段，统计单元以要素 ID 命名。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="164" />
      <source>The zones overlap by {0:,.2f} m²: land there is counted in each zone.</source>
      <translation>统计单元之间有 {0:,.2f} m² 相互重叠：重叠处的用地计入每个所在的统计单元。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="180" />
      <source>Outside the zones</source>
      <translation>统计单元范围外</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="24" />
      <source>Lantu 蓝图 — township territorial spatial planning</source>
      <translation>Lantu 蓝图 — 乡镇级国土空间规划</translation>
    </message>
  </context>
</TS>
