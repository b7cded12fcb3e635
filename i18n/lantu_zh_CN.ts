<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Lantu</name>
    <message>
      <location filename="../dependencies.py" line="65" />
      <source>{0} is not installed (Lantu needs {1}).</source>
      <translation>未安装 {0}（Lantu 需要 {1}）。</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="67" />
      <source>{0} {1} is too old (Lantu needs {2}).</source>
      <translation>{0} {1} 版本过旧（Lantu 需要 {2}）。</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="69" />
      <source>Install them from the Lantu menu (Plugins ▸ Lantu 蓝图 ▸ Install dependencies…), or run: {0}</source>
      <translation>请通过 Lantu 菜单安装（插件 ▸ Lantu 蓝图 ▸ 安装依赖包…），或运行：{0}</translation>
    </message>
    <message>
      <location filename="../dependencies.py" line="111" />
      <source>QGIS's own Python interpreter was not found next to {0}: install {1} with the Python that QGIS uses.</source>
      <translation>在 {0} 下未找到 QGIS 自带的 Python 解释器：请用 QGIS 所用的 Python 安装 {1}。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="21" />
      <source>&amp;Lantu 蓝图</source>
      <translation>&amp;Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="46" />
      <source>Lantu drafting dock</source>
      <translation>蓝图编制面板</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="47" />
      <source>Land-use structure table (用地结构表)…</source>
      <translation>用地结构表…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="53" />
      <source>Open the demo project</source>
      <translation>打开示例项目</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="54" />
      <source>Install dependencies…</source>
      <translation>安装依赖包…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="120" />
      <source>Could not open the demo project: {0}</source>
      <translation>无法打开示例项目：{0}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="127" />
      <source>Install</source>
      <translation>安装</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="135" />
      <source>Everything Lantu needs is installed.</source>
      <translation>Lantu 所需的依赖包均已安装。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="137" />
      <source>Lantu will run:

{0}

This installs into a folder of Lantu's own and changes nothing else in QGIS. Go ahead?</source>
      <translation>Lantu 将运行：

{0}

依赖包将安装到 Lantu 专用的文件夹中，不会改动 QGIS 的其他任何内容。是否继续？</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="150" />
      <source>Installed. Restart QGIS to use Lantu's algorithms.</source>
      <translation>安装完成。请重启 QGIS 后使用 Lantu 的算法。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="153" />
      <source>The install failed; see the Lantu tab of the log.</source>
      <translation>安装失败，详见日志消息面板的 Lantu 选项卡。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="155" />
      <source>Installing Lantu's dependencies</source>
      <translation>正在安装 Lantu 依赖包</translation>
    </message>
    <message>
      <location filename="../translation.py" line="67" />
      <source>English</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="17" />
      <source>Bottom-line checks (底线约束检查, model)</source>
      <translation>底线约束检查（模型）</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="17" />
      <source>The bottom-line checks a design institute runs on a draft plan: the three control lines against each other (lantu:controllineoverlaps), then the land use and planning zones against the lines (lantu:landuseconflicts). Open it in the Model Designer (right-click ▸ Edit model…) to extend it; save the copy under a name of your own.</source>
      <translation>设计院对规划草案做的底线约束检查：先查三条控制线之间的冲突（lantu:controllineoverlaps），再查用地与规划分区是否突破控制线（lantu:landuseconflicts）。可在图形建模器中打开以扩展（右键 ▸ 编辑模型…），副本请另存为自己的名称。</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="21" />
      <source>Land use (用地用海 or 三调)</source>
      <translation>用地（用地用海或三调）</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="22" />
      <source>Land-use code field</source>
      <translation>用地编码字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="23" />
      <source>永久基本农田 (permanent basic farmland)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="24" />
      <source>生态保护红线 (ecological protection redline)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="25" />
      <source>城镇开发边界 (urban development boundary)</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="26" />
      <source>Planning zones (规划分区)</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="27" />
      <source>Planning-zone code field</source>
      <translation>规划分区代码字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="28" />
      <source>Minimum area (m²)</source>
      <translation>最小面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="29" />
      <source>Control-line overlaps</source>
      <translation>三线重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="30" />
      <source>Conflicts</source>
      <translation>冲突图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/models.py" line="31" />
      <source>Conflicts by rule</source>
      <translation>按规则汇总的冲突</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="16" />
      <source>Lantu 蓝图</source>
      <translation>Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="19" />
      <source>Lantu 蓝图 — township territorial spatial planning</source>
      <translation>Lantu 蓝图 — 乡镇级国土空间规划</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="26" />
      <source>Apply the standard style</source>
      <translation>应用标准图式</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="29" />
      <source>Gives a layer the standard symbology of a plan's maps, from the QML styles shipped in resources/styles: 三调 DLBM and 用地用海 2023 codes in the colours of resources/tables (sources in SOURCES.md), 永久基本农田, 生态保护红线, 城镇开发边界, roads by grade, administrative boundaries, and Lantu's findings and result layers (control zones, farmland blocks, slope grades, homesteads, conflicts by severity, site verdicts), which leave the map below visible. With STYLE = auto the style is chosen from what the layer holds (its code field, its name, its fields), and the log says which. The data is never changed; the style can also be saved as a .qml file for batch use.</source>
      <translation>按规划图件的标准图式为图层配色，样式取自 resources/styles 中的 QML：三调地类编码和用地用海 2023 编码按 resources/tables 中的色表着色（来源见 SOURCES.md），以及永久基本农田、生态保护红线、城镇开发边界、分等级道路、行政界线，以及蓝图的问题图斑和成果图层（控制区、耕地连片地块、坡度分级、宅基地、按严重程度的冲突、选址结论），成果样式不遮挡下方底图。样式选“自动”时，根据图层内容（编码字段、图层名、字段）选择样式，并在日志中说明。不修改数据；样式也可另存为 .qml 文件，便于批量使用。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="43" />
      <source>Layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="44" />
      <source>auto (from what the layer holds)</source>
      <translation>自动（按图层内容）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="44" />
      <source>三调 DLBM</source>
      <translation>三调 DLBM</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="44" />
      <source>用地用海 2023</source>
      <translation>用地用海 2023</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="45" />
      <source>永久基本农田</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="45" />
      <source>生态保护红线</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="45" />
      <source>城镇开发边界</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="45" />
      <source>roads by grade</source>
      <translation>分等级道路</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="46" />
      <source>administrative boundaries</source>
      <translation>行政界线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="46" />
      <source>findings</source>
      <translation>问题图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="47" />
      <source>road control zones by grade (道路控制线)</source>
      <translation>道路控制线（按公路等级）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="47" />
      <source>protection zones (分级保护范围)</source>
      <translation>分级保护范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="48" />
      <source>encroachments</source>
      <translation>侵占图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="48" />
      <source>farmland blocks by size, 百亩方 marked</source>
      <translation>耕地连片地块（按面积分级，标出百亩方）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="49" />
      <source>slope grades 1–5 of cultivated land</source>
      <translation>耕地坡度分级（1–5 级）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="49" />
      <source>homesteads: relocate or keep</source>
      <translation>宅基地：腾退或保留</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="50" />
      <source>conflicts and findings by severity</source>
      <translation>冲突与问题图斑（按严重程度）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="50" />
      <source>findings at points, by severity</source>
      <translation>问题点（按严重程度）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="51" />
      <source>site verdicts 可行 / 需调整 / 不可行</source>
      <translation>选址结论：可行 / 需调整 / 不可行</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="51" />
      <source>site pieces by what they lie in</source>
      <translation>选址压占部分（按所涉要素）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="52" />
      <source>镇村生活圈: settlements within reach of every facility type or not</source>
      <translation>镇村生活圈：各类设施是否均在服务距离内的居民点</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="54" />
      <source>Style</source>
      <translation>样式</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="56" />
      <source>Code field for a categorised style (empty = guess)</source>
      <translation>分类样式的编码字段（空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="59" />
      <source>Save the style as</source>
      <translation>样式另存为</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="59" />
      <source>QGIS style files (*.qml)</source>
      <translation>QGIS 样式文件 (*.qml)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="60" />
      <source>Styled layer</source>
      <translation>已配色图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="61" />
      <source>Style applied</source>
      <translation>所用样式</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="66" />
      <source>Could not open the input layer {0}.</source>
      <translation>无法打开输入图层 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="72" />
      <source>No standard style fits {0}: it has no DLBM or 用地用海 code field, is not a control line, road or boundary layer. Choose a style.</source>
      <translation>{0} 没有适用的标准样式：既无三调 DLBM 或用地用海编码字段，也不是控制线、道路或行政界线图层。请手动选择样式。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="78" />
      <source>Field {0} is missing from {1} (fields there: {2}).</source>
      <translation>{1} 中没有字段 {0}（现有字段：{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="82" />
      <source>Could not load the style {0}: {1}</source>
      <translation>无法加载样式 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="83" />
      <source>{0}: style {1}{2}</source>
      <translation>{0}：样式 {1}{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="84" />
      <source> keyed on {0}</source>
      <translation>，按字段 {0} 分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="89" />
      <source>Style saved to {0}.</source>
      <translation>样式已保存到 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="102" />
      <source>the folder {0} does not exist</source>
      <translation>文件夹 {0} 不存在</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="103" />
      <source>the folder {0} cannot be written</source>
      <translation>文件夹 {0} 不可写</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/apply_style.py" line="104" />
      <source>Could not save the style to {0}: {1}. Choose a folder you can write to; the style was applied to the layer all the same.</source>
      <translation>无法将样式保存到 {0}：{1}。请选择可写入的文件夹；样式已照常应用到图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="7" />
      <source>Permanent basic farmland</source>
      <translation>永久基本农田面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="7" />
      <source>Farmland to keep (耕地保有量)</source>
      <translation>耕地保有量</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="8" />
      <source>Urban and rural construction land</source>
      <translation>城乡建设用地面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="8" />
      <source>Forest land to keep (林地保有量)</source>
      <translation>林地保有量</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="9" />
      <source>Wetland</source>
      <translation>湿地面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="9" />
      <source>Ecological protection red line</source>
      <translation>生态保护红线面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="17" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="17" />
      <source>Township area</source>
      <translation>乡镇级片区名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="17" />
      <source>Village cluster</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="17" />
      <source>Villages in the cluster</source>
      <translation>村级片区所含村名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="17" />
      <source>Central village</source>
      <translation>中心村名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="25" />
      <source>Clusters: {0} ({1} clusters); planned land: {2}</source>
      <translation>村级片区：{0}（{1} 个片区）；规划用地：{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="26" />
      <source>Unit: 公顷; 耕地保有量 {0}</source>
      <translation>单位：公顷；耕地保有量{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="26" />
      <source>net of 田坎 (field {0})</source>
      <translation>已扣除田坎（字段 {0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="27" />
      <source>by polygon area</source>
      <translation>按图斑面积计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="29" />
      <source>Planned land outside every cluster: {0:,.4f} 公顷</source>
      <translation>未纳入村级片区的规划用地：{0:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="31" />
      <source>Clusters overlap by {0:,.4f} 公顷</source>
      <translation>村级片区重叠 {0:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="32" />
      <source>Indicator breakdown (规划指标分解表)</source>
      <translation>规划指标分解表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="34" />
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="34" />
      <source>NOT MET</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="34" />
      <source>check by hand</source>
      <translation>人工核对</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="35" />
      <source>no such cluster</source>
      <translation>无此片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="35" />
      <source>not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Year</source>
      <translation>年份</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Planned (公顷)</source>
      <translation>规划值（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="36" />
      <source>Gap (公顷)</source>
      <translation>差值（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="37" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="41" />
      <source>Target check</source>
      <translation>指标目标核对表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/breakdown_report.py" line="43" />
      <source>Indicator breakdown per village cluster (规划指标分解表)</source>
      <translation>规划指标分解表（按村级片区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="37" />
      <source>Check a plan database (成果数据库质检)</source>
      <translation>成果数据库质检</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="40" />
      <source>Checks a delivered plan database (DATABASE: a .gdb folder, a .gpkg, a folder of shapefiles) against the province's empty template (TEMPLATE: its layers, geometry types, fields, types and lengths) and/or a schema table (SCHEMA, CSV: YSDM, required fields, value domains, coverages and control lines); with neither, against Lantu's EXAMPLE schema (resources/tables/plan_schema.csv, from public tools, not a standard). Value domains come from CODE_TABLES over the built-in tables (用地用海 ydyh, 规划分区 ghfq, 管控边界 gkbj, 公服设施 facility).

Structure: layers missing or extra, geometry type, CRS (CGCS2000 Gauss-Krüger, the zone that fits the data), fields missing or extra, type, length, decimals. Values: required fields empty, values outside their domain, names that do not match their codes, values too long, YSDM, BSM (present, unique across the database, of the declared length), XZQDM within the township XZQDM and one XZQMC per XZQDM, MJ against the computed area (AREA_TOLERANCE %). Geometry: empty, invalid, multipart where single parts are wanted, overlaps and gaps of a coverage (规划用地用海 covering the 行政区), control lines overlapping.

OUTPUT: a point per finding (layer, field, check_id, check_name, severity, message, src_fid); AREAS: the polygons of overlaps and gaps; SUMMARY: count and 通过 / 不通过 / 未检查 per check; REPORT: the 质检报告. The database is only read.</source>
      <translation>对照本省空库模板（TEMPLATE：图层、几何类型、字段、类型和长度）和/或数据库结构表（SCHEMA，CSV：要素代码、必填字段、值域、无缝覆盖图层和控制线）检查成果数据库（DATABASE：.gdb 文件夹、.gpkg 或 shapefile 文件夹）；两者都未给出时，对照 Lantu 的示例（EXAMPLE）结构（resources/tables/plan_schema.csv，来自公开工具，并非标准）。值域取自 CODE_TABLES 及内置代码表（用地用海 ydyh、规划分区 ghfq、管控边界 gkbj、公服设施 facility）。

结构：图层缺失或多余、几何类型、坐标系（CGCS2000 高斯-克吕格，与数据位置相符的投影带）、字段缺失或多余、类型、长度、小数位数。属性：必填字段为空、值不在值域内、名称与代码不一致、值超长、要素代码 YSDM、标识码 BSM（非空、全库唯一、符合规定长度）、XZQDM 属于乡镇 XZQDM 且每个 XZQDM 只有一个 XZQMC、MJ 与计算面积相符（AREA_TOLERANCE %）。几何：空几何、几何无效、要求单部件时的多部件、无缝覆盖图层（规划用地用海覆盖行政区）的重叠和缝隙、控制线相互重叠。

OUTPUT：每个问题一个点（layer、field、check_id、check_name、severity、message、src_fid）；AREAS：重叠和缝隙的面；SUMMARY：每个质检项的数量和 通过 / 不通过 / 未检查；REPORT：质检报告。成果数据库只读不改。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="59" />
      <source>Plan database (.gdb folder, .gpkg, folder of shapefiles)</source>
      <translation>成果数据库（.gdb 文件夹、.gpkg 或 shapefile 文件夹）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="63" />
      <source>Township code (XZQDM, 9 digits), optional</source>
      <translation>乡镇行政区代码（XZQDM，9 位），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="66" />
      <source>Area tolerance (%)</source>
      <translation>面积容差（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="68" />
      <source>Ignore overlaps and gaps up to (m²)</source>
      <translation>忽略不超过此面积的重叠和缝隙（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="69" />
      <source>Findings</source>
      <translation>问题清单</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="70" />
      <source>Finding areas</source>
      <translation>问题范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="71" />
      <source>Findings by check</source>
      <translation>按检查项汇总</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="73" />
      <source>Errors</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="74" />
      <source>Warnings</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="75" />
      <source>Layers checked</source>
      <translation>检查的图层数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="76" />
      <source>Verdict (通过 / 不通过)</source>
      <translation>结论（通过 / 不通过）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="95" />
      <source>Checking the structure…</source>
      <translation>正在检查数据库结构…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="105" />
      <source>the schema wants no layer in single parts</source>
      <translation>数据库结构未要求任何图层为单部件</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="128" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="141" />
      <source>{0}: {1} curved geometries (arcs) were linearised as QGIS does (segments of at most 1°).</source>
      <translation>{0}：{1} 个曲线几何（圆弧）已按 QGIS 的方式线性化（每段不超过 1°）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="143" />
      <source>{0}: {1} features, {2}.</source>
      <translation>{0}：{1} 个要素，{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="144" />
      <source>no CRS</source>
      <translation>无坐标系</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="145" />
      <source>{0}: the layer is empty (0 features).</source>
      <translation>{0}：图层为空 (empty，0 个要素)。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="167" />
      <source>{0} has no CRS</source>
      <translation>{0} 没有坐标系</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="184" />
      <source>no area field (MJ) in the layers</source>
      <translation>图层中没有面积字段（MJ）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="186" />
      <source>Looking for overlaps and gaps…</source>
      <translation>正在查找重叠和缝隙…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="193" />
      <source>no {0} layer to cover</source>
      <translation>没有需覆盖的 {0} 图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="201" />
      <source>the schema names no coverage</source>
      <translation>数据库结构未指定需无缝覆盖的图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="258" />
      <source>{0}: {1} — {2} errors, {3} warnings in {4} layers (schema: {5}).</source>
      <translation>{0}：{1} —— {4} 个图层中有 {2} 个错误、{3} 个警告（数据库结构：{5}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="262" />
      <source>Database: {0}</source>
      <translation>成果数据库：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="262" />
      <source>Schema: {0}</source>
      <translation>数据库结构：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="263" />
      <source>Verdict: {0} ({1} errors, {2} warnings, {3} layers)</source>
      <translation>结论：{0}（{1} 个错误，{2} 个警告，{3} 个图层）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="275" />
      <source>the layer</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="275" />
      <source>feature {0}</source>
      <translation>要素 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_database.py" line="279" />
      <source>{0}: {1} more {2} findings (see OUTPUT).</source>
      <translation>{0}：另有 {1} 条 {2} 问题（见 OUTPUT）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="32" />
      <source>Check land-use data quality (数据质检)</source>
      <translation>土地利用数据质检（数据质检）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="35" />
      <source>Checks a land-use layer (三调 地类图斑 or planned 用地用海) before it is used: invalid geometry (with GEOS's reason and location, as QGIS's 'Check validity' reports it), empty geometry, features overlapping each other by more than MIN_AREA, gaps inside BOUNDARY and parts outside it, slivers (mean width 2·area/perimeter below SLIVER_WIDTH) and spikes (a boundary turning back at less than SPIKE_ANGLE), land-class codes missing or not in the classification, names that do not match their codes (DLMC against DLBM, YDYHFLMC against YDYHFLDM), a recorded area (AREA_FIELD, e.g. TBMJ, in m²) off the computed area by more than AREA_TOLERANCE %, REQUIRED_FIELDS missing or empty, and a CRS that is not a CGCS2000 projected CRS or coordinates outside the false-easting range of its zone.

OUTPUT: one point per finding (check_id, severity, message, src_fid = the feature's id, −1 for the layer or a gap); AREAS (optional): the polygons of overlaps, gaps, outside parts and slivers; SUMMARY: count and area per check. The input is never changed.</source>
      <translation>在使用前检查土地利用图层（三调地类图斑或规划用地用海）：无效几何（给出 GEOS 的原因和位置，与 QGIS“检查有效性”一致）、空几何、图斑之间重叠面积超过 MIN_AREA、BOUNDARY 范围内的缝隙及超出范围的部分、狭长碎片（平均宽度 2·面积/周长小于 SLIVER_WIDTH）和尖角（边界折返角小于 SPIKE_ANGLE）、地类编码缺失或不在分类表中、名称与编码不符（DLMC 对 DLBM，YDYHFLMC 对 YDYHFLDM）、记录面积（AREA_FIELD，如 TBMJ，单位 m²）与计算面积相差超过 AREA_TOLERANCE %、REQUIRED_FIELDS 缺失或为空，以及坐标系不是 CGCS2000 投影坐标系或坐标超出其分带的东偏范围。

OUTPUT：每个问题一个点（check_id、severity、message、src_fid = 要素编号，图层级问题或缝隙为 −1）；AREAS（可选）：重叠、缝隙、超出部分和碎片的面；SUMMARY：按检查项统计个数和面积。输入数据不会被修改。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="50" />
      <source>Land-use layer (三调 or 用地用海)</source>
      <translation>土地利用图层（三调或用地用海）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="52" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess, none = no code checks)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空 = 自动识别，无此字段 = 不检查编码）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="55" />
      <source>Classification of the codes</source>
      <translation>编码分类标准</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="57" />
      <source>Plan-area boundary, optional (gaps and parts outside)</source>
      <translation>规划范围边界，可选（检查缝隙和超出部分）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="60" />
      <source>Recorded area field in m² (TBMJ…), optional</source>
      <translation>记录面积字段，单位 m²（TBMJ…），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="66" />
      <source>Required fields (comma-separated, e.g. BSM,DLBM,DLMC,ZLDWDM)</source>
      <translation>必填字段（逗号分隔，如 BSM,DLBM,DLMC,ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="70" />
      <source>Sliver: mean width below (m)</source>
      <translation>狭长碎片：平均宽度小于（m）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="72" />
      <source>Spike: angle below (degrees)</source>
      <translation>尖角：角度小于（度）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="87" />
      <source>land-use layer</source>
      <translation>用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="98" />
      <source>Required field {0} is missing from the layer.</source>
      <translation>图层缺少必填字段 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="120" />
      <source>no code field</source>
      <translation>无编码字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="121" />
      <source>{0}: no land-class code field ({1}); the code checks are skipped.</source>
      <translation>{0}：没有地类编码字段（{1}），跳过编码检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="141" />
      <source>{0} has no valid coordinate reference system: set one first.</source>
      <translation>{0} 没有有效的坐标参考系，请先为其设置坐标参考系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="147" />
      <source>The CRS {0} is not a CGCS2000 projected CRS; plan data is delivered in CGCS2000 Gauss-Krüger (EPSG:4513–4533 with the zone prefix, 4534–4554 without).</source>
      <translation>坐标系 {0} 不是 CGCS2000 投影坐标系；规划数据应采用 CGCS2000 高斯-克吕格投影（带带号 EPSG:4513–4533，不带带号 4534–4554）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="150" />
      <source>{0} is in degrees: areas and widths are measured on the ellipsoid.</source>
      <translation>{0} 的坐标单位为度：面积和宽度按椭球面计算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="168" />
      <source>The feature has no geometry (null or empty).</source>
      <translation>该要素没有几何（空值或空几何）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="172" />
      <source>Invalid geometry: {0} at ({1:.3f}, {2:.3f}).</source>
      <translation>无效几何：{0}，位置 ({1:.3f}, {2:.3f})。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="182" />
      <source>Eastings {0:,.0f}–{1:,.0f} lie outside {2:,.0f}–{3:,.0f}, the range of {4} (false easting {5:,.0f}): a wrong zone, or a zone prefix missing or added?</source>
      <translation>东坐标 {0:,.0f}–{1:,.0f} 超出 {4} 的范围 {2:,.0f}–{3:,.0f}（东偏移 {5:,.0f}）：分带错误，或漏加、多加了带号？</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="197" />
      <source>Spike: the boundary turns back at {0:.3f}°.</source>
      <translation>尖角：边界在此折返，角度 {0:.3f}°。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="202" />
      <source>Looking for overlaps…</source>
      <translation>正在查找重叠…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="207" />
      <source>Overlaps feature {0} by {1:,.2f} m².</source>
      <translation>与要素 {0} 重叠 {1:,.2f} m²。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="210" />
      <source>Sliver: mean width {0:.3f} m.</source>
      <translation>狭长碎片：平均宽度 {0:.3f} m。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="214" />
      <source>no boundary given</source>
      <translation>未提供范围边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="216" />
      <source>boundary</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="218" />
      <source>the land-use layer</source>
      <translation>用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="224" />
      <source>A gap of {0:,.2f} m² inside the boundary that no feature covers.</source>
      <translation>范围内有 {0:,.2f} m² 的缝隙未被任何图斑覆盖。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="227" />
      <source>{0:,.2f} m² of the feature lie outside the boundary.</source>
      <translation>该要素有 {0:,.2f} m² 位于范围之外。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="242" />
      <source>{0} = {1:,.2f} m², but the computed area is {2:,.2f} m² ({3:+.2f} %).</source>
      <translation>{0} = {1:,.2f} m²，但计算面积为 {2:,.2f} m²（{3:+.2f} %）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="245" />
      <source>no area field given</source>
      <translation>未提供面积字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="251" />
      <source>Required field {0} is empty.</source>
      <translation>必填字段 {0} 为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="253" />
      <source>no required fields given</source>
      <translation>未指定必填字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="286" />
      <source>not checked: {0}</source>
      <translation>未检查：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="297" />
      <source>{0}: {1} errors, {2} warnings in {3} features.</source>
      <translation>{0}：{3} 个要素中有 {1} 个错误、{2} 个警告。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="308" />
      <source>No land-class code in {0}.</source>
      <translation>{0} 中没有地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="310" />
      <source>no codes</source>
      <translation>无编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="317" />
      <source>Code {0} is not in the {1} table.</source>
      <translation>编码 {0} 不在{1}分类表中。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="319" />
      <source>no name field</source>
      <translation>无名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/check_landuse.py" line="323" />
      <source>{0} is '{1}', but code {2} is '{3}'.</source>
      <translation>{0} 为“{1}”，但编码 {2} 对应“{3}”。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="46" />
      <source>Features to protect (points, lines or polygons)</source>
      <translation>保护对象（点、线或面）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="48" />
      <source>Class field (protection level, type…)</source>
      <translation>类别字段（保护级别、类型等）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="50" />
      <source>Class → distance table (CSV: class, aliases, distance_m[, width_m])</source>
      <translation>类别—距离表（CSV：class, aliases, distance_m[, width_m]）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="53" />
      <source>Width field (m; half is added to the distance of lines)</source>
      <translation>宽度字段（米；线要素的距离另加其一半）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="75" />
      <source>Distance for unknown classes (m; empty = skip them)</source>
      <translation>未识别类别的距离（米；留空则跳过）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="78" />
      <source>Clip to this boundary (片区)</source>
      <translation>按此范围裁剪（片区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="80" />
      <source>One zone per class (the larger distance owns overlaps)</source>
      <translation>按类别融合（重叠处归距离较大者）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="82" />
      <source>Check these polygons for encroachment (planned construction land, buildings)</source>
      <translation>检查这些面是否侵占控制区（规划建设用地、建筑）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="85" />
      <source>Land-class code field of the checked polygons (empty = guess; a layer without one counts every polygon)</source>
      <translation>被检查面要素的地类编码字段（留空 = 自动识别；无编码字段的图层全部要素都参与检查）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="88" />
      <source>Classes that encroach (codes, comma-separated, each with its sub-classes; -code leaves one out; * = every polygon; empty = construction land without road land)</source>
      <translation>计为侵占的地类（编码，逗号分隔，含其下级类；-编码 表示排除；* = 全部要素；留空 = 建设用地，不含道路用地本身）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="92" />
      <source>Segments per quarter circle</source>
      <translation>每四分之一圆的分段数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="94" />
      <source>Control zones</source>
      <translation>控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="96" />
      <source>Encroachments</source>
      <translation>侵占部分</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="99" />
      <source>Control zone area (m²)</source>
      <translation>控制区面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="100" />
      <source>Features that encroach</source>
      <translation>侵占控制区的要素数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="101" />
      <source>Encroaching area (m²)</source>
      <translation>侵占面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="102" />
      <source>Features of unknown class</source>
      <translation>类别未识别的要素数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="119" />
      <source>{0} has no features to draw zones around.</source>
      <translation>{0} 没有可划定控制区的要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="137" />
      <source>Control zones: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>控制区：{0:,.2f} 平方米 = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="160" />
      <source>(other)</source>
      <translation>（其他）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="167" />
      <source>{0}: {1} features of classes with no distance in the table ({2}) get no zone.</source>
      <translation>{0}：{1} 个要素所属类别（{2}）在表中没有距离，不划控制区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="197" />
      <source>the control zones</source>
      <translation>控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="206" />
      <source>{0} features of {1} encroach on the zones: {2:,.2f} m².</source>
      <translation>{1} 中有 {0} 个要素侵占控制区，面积 {2:,.2f} 平方米。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="227" />
      <source>Give a class → distance table ({0}).</source>
      <translation>请提供类别—距离表（{0}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="231" />
      <source>The table {0} cannot be used ({1}{2}: {3}). It needs a class (or grade) column and a distance_m (or setback_m) column, one row per class.</source>
      <translation>表 {0} 无法使用（{1}{2}：{3}）。表中须有 class（或 grade）列和 distance_m（或 setback_m）列，每个类别一行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="234" />
      <source>, line {0}</source>
      <translation>，第 {0} 行</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="243" />
      <source>{0} is in a geographic CRS: distances are measured in {1} ({2}'s CRS).</source>
      <translation>{0} 为地理坐标系：距离在 {1}（{2} 的坐标系）中量算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="255" />
      <source>The boundary layer has no polygons.</source>
      <translation>范围图层中没有面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="268" />
      <source>every polygon</source>
      <translation>全部面要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="270" />
      <source>{0} has no land-class code field: every polygon is checked.</source>
      <translation>{0} 没有地类编码字段：全部面要素参与检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="286" />
      <source>{0}: {1} is not a land-class code.</source>
      <translation>{0}：“{1}”不是地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="290" />
      <source>{0}: cannot tell whether {1} holds 三调 or 用地用海 codes; give the classes that encroach ({2}, e.g. 07,08,09,10,11,12,-1202).</source>
      <translation>{0}：无法判断 {1} 是三调编码还是用地用海编码；请给出计为侵占的地类（{2}，如 07,08,09,10,11,12,-1202）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="294" />
      <source>{0}: {1} codes; construction land without road land counts: {2}.</source>
      <translation>{0}：{1} 编码；计入建设用地（不含道路用地本身）：{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="302" />
      <source>{0}: {1} polygons of the classes {2} are checked; {3:,.2f} m² of other classes is not encroachment.</source>
      <translation>{0}：检查地类 {2} 的 {1} 个面要素；其他地类共 {3:,.2f} 平方米不计为侵占。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="312" />
      <source> and {0} more</source>
      <translation> 等，另有 {0} 种</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="314" />
      <source>{0}: {1} features have a class the table does not know and were skipped: {2}{3}.</source>
      <translation>{0}：{1} 个要素的类别不在表中，已跳过：{2}{3}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="317" />
      <source>{0}: {1} features have a class the table does not know and get {2} m: {3}{4}.</source>
      <translation>{0}：{1} 个要素的类别不在表中，按 {2} 米划定：{3}{4}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="325" />
      <source>Protection zones by class (分级保护范围)</source>
      <translation>分级保护范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers.py" line="328" />
      <source>Draws a protection zone around every feature at the distance its class gives in a CSV table: heritage sites by protection level, water sources by zone grade, or any other class → distance rule. The table has a class column, a distance_m column, and optionally aliases (other spellings, separated by ;) and width_m (a default width, half of which is added for lines; WIDTH_FIELD gives each feature's own).

Unknown classes are skipped and counted (UNMATCHED_COUNT), or get DEFAULT_DISTANCE. With DISSOLVE the zones are one per class and where classes overlap the larger distance owns the ground, so no area is counted twice. BOUNDARY clips the zones; CHECK_LAYER polygons inside a zone are written to ENCROACHMENTS (the part inside, per feature and class, src_fid = the feature's id). Of a land-use layer only the classes that encroach count: CHECK_CLASSES (codes of CHECK_CODE_FIELD, * for all) or by default construction land without road land (resources/tables/encroachment_classes.csv).</source>
      <translation>按 CSV 表中各类别对应的距离，在每个要素周围划定保护范围：文物保护单位按保护级别、水源地按保护区级别，或其他任何“类别—距离”规则。表中有 class 列、distance_m 列，可选 aliases（其他写法，以 ; 分隔）和 width_m（默认宽度，线要素另加其一半；WIDTH_FIELD 可给出每个要素自身的宽度）。

未识别的类别将被跳过并计数（UNMATCHED_COUNT），或按 DEFAULT_DISTANCE 划定。启用 DISSOLVE 时每个类别融合为一个控制区，不同类别重叠处归距离较大者，面积不重复计算。BOUNDARY 用于裁剪控制区；CHECK_LAYER 中落入控制区的面要素写入 ENCROACHMENTS（落入部分，按要素和类别，src_fid 为要素编号）。土地利用图层中只有计为侵占的地类参与检查：CHECK_CLASSES（CHECK_CODE_FIELD 中的编码，* 为全部），缺省为不含道路用地的建设用地（resources/tables/encroachment_classes.csv）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="9" />
      <source>Layer: {0} ({1} features read, {2} without geometry)</source>
      <translation>图层：{0}（读取 {1} 个要素，{2} 个无几何）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="10" />
      <source>Table: {0}</source>
      <translation>距离表：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="11" />
      <source>Features of unknown class: {0}</source>
      <translation>类别未识别的要素：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="13" />
      <source>Class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="13" />
      <source>Distance (m)</source>
      <translation>距离（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="13" />
      <source>Area (m²)</source>
      <translation>面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="13" />
      <source>Area (公顷)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="13" />
      <source>Area (亩)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="15" />
      <source>{0}: encroachments not checked (no polygons, or lying apart from the zones).</source>
      <translation>{0}：侵占情况未核查（没有面要素，或与控制区完全不相交）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="17" />
      <source>Checked: {0} ({1}); {2} features encroach, {3:,.2f} m²</source>
      <translation>检查图层：{0}（{1}）；{2} 个要素侵占，面积 {3:,.2f} 平方米</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/class_buffers_report.py" line="20" />
      <source>Feature id</source>
      <translation>要素编号</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="26" />
      <source>Compare two land-use layers (多规比对 / 版本比对)</source>
      <translation>两期土地利用比对（多规比对 / 版本比对）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="29" />
      <source>Overlays two land-use layers of the same area — two plans, or two versions of one plan, or the current 三调 against the plan — and reports where their classes differ at the chosen LEVEL: OUTPUT holds the pieces with both codes and names, both source features and the area (m², 公顷, 亩), including ground only one layer covers (the other code is empty); MATRIX is the change matrix (转移矩阵): the area of every class of A against every class of B, what stayed the same on the diagonal. Pieces up to MIN_AREA are left out of both. When one layer is in 三调 codes and the other in 用地用海, the 三调 codes go through the official conversion; a 三调 class that it splits one-to-many is compared at its 一级 class.</source>
      <translation>叠加同一范围的两个土地利用图层（两个规划、同一规划的两个版本，或现状三调与规划），按所选 LEVEL 找出地类不一致的地块：OUTPUT 为不一致的图斑，含两侧编码和名称、两侧来源要素及面积（m²、公顷、亩），也包括只有一侧覆盖的区域（另一侧编码为空）；MATRIX 为转移矩阵：A 的每个地类对 B 的每个地类的面积，对角线为未变化部分。不超过 MIN_AREA 的碎片不计入两者。若一侧为三调编码、另一侧为用地用海编码，三调编码按官方对照转换；一对多的三调地类按其一级类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="40" />
      <source>Layer A (e.g. the earlier version or the current state)</source>
      <translation>图层 A（如较早版本或现状）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="41" />
      <source>Layer B (e.g. the later version or the plan)</source>
      <translation>图层 B（如较新版本或规划）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="44" />
      <source>Land-class code field of {0} (empty = guess)</source>
      <translation>{0} 的地类编码字段（留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="47" />
      <source>Class level (1 = 一级类, 2 = 二级类, 3 = 三级类)</source>
      <translation>地类级别（1 = 一级类，2 = 二级类，3 = 三级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="49" />
      <source>Ignore differences up to (m²)</source>
      <translation>忽略不超过此面积的差异（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="52" />
      <source>Differences</source>
      <translation>差异图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="53" />
      <source>Change matrix</source>
      <translation>转移矩阵</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="55" />
      <source>Area where the classes differ (m²)</source>
      <translation>地类不一致面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="56" />
      <source>Pieces where the classes differ</source>
      <translation>地类不一致图斑数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="64" />
      <source>layer A</source>
      <translation>图层 A</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="68" />
      <source>Overlaying the two layers…</source>
      <translation>正在叠加两个图层…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="77" />
      <source>(not covered)</source>
      <translation>（未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="78" />
      <source>(no code)</source>
      <translation>（无编码）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="91" />
      <source>changed</source>
      <translation>已变化</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="99" />
      <source>{0} pieces differ, {1:,.2f} m² ({2:,.4f} 公顷).</source>
      <translation>{0} 个图斑地类不一致，共 {1:,.2f} m²（{2:,.4f} 公顷）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="115" />
      <source>layer {0}</source>
      <translation>图层 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="123" />
      <source>Cannot tell whether {0} holds 三调 or 用地用海 codes.</source>
      <translation>无法判断 {0} 是三调编码还是用地用海编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="128" />
      <source>One layer is in 三调 codes, the other in 用地用海: both are compared as 用地用海 classes.</source>
      <translation>一个图层为三调编码，另一个为用地用海编码：两者均按用地用海地类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="135" />
      <source>A \ B</source>
      <translation>A \ B</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="135" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="137" />
      <source>A: {0} ({1})</source>
      <translation>A：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="137" />
      <source>B: {0} ({1})</source>
      <translation>B：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="138" />
      <source>Level: {0}</source>
      <translation>级别：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="139" />
      <source>Area where the classes differ: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</source>
      <translation>地类不一致面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/compare_layers.py" line="141" />
      <source>Change matrix (公顷): rows A, columns B</source>
      <translation>转移矩阵（公顷）：行为 A，列为 B</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="34" />
      <source>Land consolidation potential per village (全域土地综合整治潜力)</source>
      <translation>全域土地综合整治潜力（按村）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="37" />
      <source>The per-village potential table of a 全域土地综合整治 plan, from the current land use:
- homestead relocation, resettlement and surplus quota (runs lantu:homesteadrelocation);
- reclaimable mining land and idle construction land (classes from CLASS_TABLE, by default resources/tables/consolidation_classes.csv: 三调 0602 / 用地用海 1002, 三调 1201 / 用地用海 2301);
- restorable farmland, where the layer carries a 三调 restoration attribute (RESTORE_FIELD; values JKHF/即可恢复 and GCHF/工程恢复);
- cultivated land steeper than 25° (runs lantu:slopefarmland with the DEM, or GDPDJB);
- farmland contiguity: cultivated parcels, blocks and 百亩方 per village (runs lantu:farmlandcontiguity).

Areas crossing a village boundary are shared out by area; a block or settlement belongs to the village holding most of it. potential_ha = relocate + mining + idle + restorable + steep. The grade (I highest) uses GRADE_BREAKS (two values in 公顷) or, when empty, splits the villages into thirds; the report states which.</source>
      <translation>全域土地综合整治规划所需的分村潜力表，依据现状用地测算：
- 宅基地腾退、安置与节余指标（调用 lantu:homesteadrelocation）；
- 可复垦的采矿用地和闲置建设用地（地类取自 CLASS_TABLE，默认 resources/tables/consolidation_classes.csv：三调 0602 / 用地用海 1002，三调 1201 / 用地用海 2301）；
- 可恢复耕地，图层带三调恢复属性时统计（RESTORE_FIELD；取值 JKHF/即可恢复 与 GCHF/工程恢复）；
- 25°以上坡耕地（调用 lantu:slopefarmland，用 DEM 或 GDPDJB）；
- 耕地集中连片：各村耕地图斑数、连片地块数和百亩方（调用 lantu:farmlandcontiguity）。

跨村界的面积按面积比例分摊；连片地块或聚居点归属于占其面积最多的村。potential_ha = 腾退 + 采矿 + 闲置 + 可恢复 + 坡耕地。等级（I 级最高）按 GRADE_BREAKS（两个公顷值）划分，留空则按各村潜力三等分；报告写明所用方法。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="52" />
      <source>Land-use layer (三调 DLTB)</source>
      <translation>土地利用图层（三调地类图斑 DLTB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="54" />
      <source>Villages (行政村)</source>
      <translation>行政村</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="56" />
      <source>Village name field (empty = guess: ZLDWMC, XZQMC, CUNMC …)</source>
      <translation>村名字段（留空则自动识别：ZLDWMC、XZQMC、CUNMC …）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="59" />
      <source>Village population field</source>
      <translation>村人口字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="62" />
      <source>Restoration attribute (即可恢复 / 工程恢复), if the layer has one</source>
      <translation>恢复属性字段（即可恢复/工程恢复，图层有则选）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="64" />
      <source>DEM (empty = use GDPDJB)</source>
      <translation>数字高程模型 DEM（留空则用 GDPDJB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="66" />
      <source>Roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="68" />
      <source>Relocate settlements farther than this from a road (m; 0 = no test)</source>
      <translation>距道路超过此距离的聚居点腾退（米；0 = 不检查）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="71" />
      <source>Geological hazard areas (地质灾害隐患点/风险区)</source>
      <translation>地质灾害隐患点/风险区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="73" />
      <source>Gap bridged between farmland parcels (m)</source>
      <translation>耕地图斑间可跨越的间隙（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="75" />
      <source>Class table (CSV: role, classification, code, name; empty = the built-in one)</source>
      <translation>地类表（CSV：role、classification、code、name；留空用内置表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="78" />
      <source>Grade breaks (公顷: lower, upper; empty = thirds of the villages)</source>
      <translation>分级界限（公顷：下限,上限；留空按村三等分）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="79" />
      <source>Potential per village</source>
      <translation>各村整治潜力</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="81" />
      <source>Total potential (m²)</source>
      <translation>潜力总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="81" />
      <source>Surplus quota (节余指标, m²)</source>
      <translation>节余指标（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="82" />
      <source>Mining land (m²)</source>
      <translation>采矿用地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="82" />
      <source>Idle construction land (m²)</source>
      <translation>闲置建设用地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="83" />
      <source>Restorable farmland (m²)</source>
      <translation>可恢复耕地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="83" />
      <source>Farmland steeper than 25° (m²)</source>
      <translation>25°以上坡耕地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="107" />
      <source>villages</source>
      <translation>行政村</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="114" />
      <source>{0} cannot be looked at against the land-use layer (no polygons, or lying apart): the potential is per village, so nothing could be checked. Give the villages of this land-use layer.</source>
      <translation>{0} 无法与用地图层对照（没有面要素，或与之完全不相交）：潜力按村统计，因此无法核查。请提供与该用地图层对应的村界图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="117" />
      <source>(no name)</source>
      <translation>（无名称）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="122" />
      <source>mining or idle construction land</source>
      <translation>采矿用地或闲置建设用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="138" />
      <source>Grades by the given breaks: I ≥ {1:g} 公顷 &gt; II ≥ {0:g} 公顷 &gt; III.</source>
      <translation>按给定界限分级：I 级 ≥ {1:g} 公顷 &gt; II 级 ≥ {0:g} 公顷 &gt; III 级。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="139" />
      <source>Grades by thirds of the villages: I ≥ {1:.2f} 公顷 &gt; II ≥ {0:.2f} 公顷 &gt; III (villages with no potential are III).</source>
      <translation>按各村潜力三等分分级：I 级 ≥ {1:.2f} 公顷 &gt; II 级 ≥ {0:.2f} 公顷 &gt; III 级（无潜力的村为 III 级）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="145" />
      <source>Farmland steeper than 25°: not checked (the slope could not be computed); the potential leaves it out.</source>
      <translation>坡度大于 25° 的耕地：未核查（无法计算坡度）；潜力未计入该项。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="168" />
      <source>Mining land</source>
      <translation>采矿用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="168" />
      <source>Idle construction land</source>
      <translation>闲置建设用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="169" />
      <source>{0} ({1}): {2:,.2f} 公顷</source>
      <translation>{0}（{1}）：{2:,.2f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="174" />
      <source>No restoration attribute (RESTORE_FIELD): restorable farmland is not counted.</source>
      <translation>未给出恢复属性字段（RESTORE_FIELD），不统计可恢复耕地。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="180" />
      <source>Village</source>
      <translation>村</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="180" />
      <source>Relocate (公顷)</source>
      <translation>腾退（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="180" />
      <source>Surplus (公顷)</source>
      <translation>节余（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="180" />
      <source>Mining (公顷)</source>
      <translation>采矿用地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="180" />
      <source>Idle (公顷)</source>
      <translation>闲置用地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="181" />
      <source>Restorable (公顷)</source>
      <translation>可恢复耕地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="181" />
      <source>Steep &gt; 25° (公顷)</source>
      <translation>25°以上坡耕地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="181" />
      <source>Blocks</source>
      <translation>连片地块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="181" />
      <source>Large blocks</source>
      <translation>百亩方</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="182" />
      <source>Potential (公顷)</source>
      <translation>潜力（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="182" />
      <source>Grade</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="184" />
      <source>Layer: {0}; {1} villages</source>
      <translation>图层：{0}；行政村 {1} 个</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="185" />
      <source>Potential = homestead to relocate + mining + idle + restorable + farmland steeper than 25°.</source>
      <translation>潜力 = 腾退宅基地 + 采矿用地 + 闲置建设用地 + 可恢复耕地 + 25°以上坡耕地。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="187" />
      <source>Per village</source>
      <translation>分村统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="196" />
      <source>GRADE_BREAKS must be two ascending areas in 公顷, e.g. 10,30; got {0}.</source>
      <translation>GRADE_BREAKS 须为两个递增的面积（公顷），如 10,30；实际为 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="207" />
      <source>Could not read the output {0}.</source>
      <translation>无法读取输出 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="214" />
      <source>Homestead relocation…</source>
      <translation>宅基地腾退分析……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="232" />
      <source>Slope farmland…</source>
      <translation>坡耕地分析……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="239" />
      <source>Farmland steeper than 25° is not counted (steep_ha and cultivated_ha are empty, potential_ha leaves it out): {0}</source>
      <translation>未统计坡度大于 25° 的耕地（steep_ha 和 cultivated_ha 为空，potential_ha 未计入该项）：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/consolidation_potential.py" line="249" />
      <source>Farmland contiguity…</source>
      <translation>耕地集中连片分析……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="24" />
      <source>Control-line overlaps (三线冲突检查)</source>
      <translation>三线冲突检查</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="27" />
      <source>The three control lines — 永久基本农田, 生态保护红线 and 城镇开发边界 — must not cross or overlap (三线不交叉、不重叠、不冲突). Give any two or all three layers, in any CRS.

OUTPUT holds one polygon per overlapping pair of features (pair such as PBF×ERL, the two layers, fid_a, fid_b and the area in m², 公顷 and 亩). A pair's total (PBF_ERL_M2 …) is the area of (union of the first line) ∩ (union of the second), so features that overlap within one layer are never counted twice; OVERLAP_AREA_M2 is the ground where any two lines overlap, counted once. Overlaps smaller than MIN_AREA are written with sliver = 1 and left out of the counts; pieces under 0.01 m² are float noise along shared boundaries and are not overlaps at all.

Areas are planar in the CRS of the first line layer given, or ellipsoidal on CGCS2000.</source>
      <translation>永久基本农田、生态保护红线、城镇开发边界三条控制线应不交叉、不重叠、不冲突。可输入其中任意两条或全部三条，坐标系不限。

OUTPUT 中每一对重叠要素输出一个面（组合如 PBF×ERL、两个图层名、fid_a、fid_b，以及平方米、公顷、亩三种面积）。每种组合的合计（PBF_ERL_M2 等）为（前一控制线的并集）∩（后一控制线的并集）的面积，同一图层内相互重叠的要素不会重复计算；OVERLAP_AREA_M2 为任意两条控制线重叠的范围，不重复计。小于 MIN_AREA 的重叠以 sliver = 1 输出且不计入统计；小于 0.01 平方米的图块是共用边界上的浮点误差，不视为重叠。

面积为第一个输入控制线图层坐标系下的平面面积，或 CGCS2000 椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="41" />
      <source>Minimum overlap area (m²); smaller ones are reported as slivers</source>
      <translation>最小重叠面积（平方米），更小的作为碎片单列</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="47" />
      <source>Overlapping feature pairs</source>
      <translation>重叠要素对数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="48" />
      <source>Overlap area (m²)</source>
      <translation>重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="49" />
      <source>Slivers below the minimum area</source>
      <translation>小于最小面积的碎片数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="52" />
      <source>Overlap {0} × {1} (m²)</source>
      <translation>{0} × {1} 重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="61" />
      <source>Give at least two of the three control lines to compare.</source>
      <translation>请至少提供三条控制线中的两条进行比对。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="68" />
      <source>Intersecting the lines…</source>
      <translation>正在叠加控制线……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="92" />
      <source>{0} × {1}: not checked, a layer has no polygons (the overlap is not 0, it is unknown).</source>
      <translation>{0} × {1}：未核查，其中一个图层没有面要素（重叠面积不是 0，而是未知）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="95" />
      <source>{0} × {1}: {2} overlapping pairs, {3:,.2f} m² ({4:,.4f} 公顷)</source>
      <translation>{0} × {1}：{2} 处重叠，{3:,.2f} 平方米（{4:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="98" />
      <source>{0} overlaps smaller than {1} m² are written as slivers and not counted.</source>
      <translation>{0} 处小于 {1} 平方米的重叠作为碎片输出，不计入统计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="113" />
      <source>Layers: {0}</source>
      <translation>图层：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="114" />
      <source>Overlap area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>重叠面积（不重复计）：{0:,.2f} 平方米 = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="116" />
      <source>Minimum area: {0} m² ({1} slivers left out)</source>
      <translation>最小面积：{0} 平方米（{1} 处碎片未计）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="118" />
      <source>By pair</source>
      <translation>按控制线两两统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="118" />
      <source>Pair</source>
      <translation>控制线组合</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="118" />
      <source>Overlapping pairs</source>
      <translation>重叠处数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="119" />
      <source>Largest overlaps</source>
      <translation>面积最大的重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="120" />
      <source>Layer A</source>
      <translation>图层甲</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="120" />
      <source>Layer B</source>
      <translation>图层乙</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="120" />
      <source>Feature A</source>
      <translation>要素甲</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/control_line_overlaps.py" line="120" />
      <source>Feature B</source>
      <translation>要素乙</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="28" />
      <source>converted</source>
      <translation>已转换</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="28" />
      <source>resolved by rule</source>
      <translation>按规则确定</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="29" />
      <source>undecided</source>
      <translation>待定</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="36" />
      <source>uses the id 'table', which names the conversion table itself</source>
      <translation>使用了编号 'table'，该编号专指转换表本身</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="37" />
      <source>has rule {0} with no 三调 code</source>
      <translation>的规则 {0} 没有三调地类编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="38" />
      <source>names codes that are not 三调 codes ({0})</source>
      <translation>列出了不是三调编码的代码（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="39" />
      <source>names CZCSXM values that do not exist ({0}; use 201, 202, 203, 204, 205, their A forms, or - for none)</source>
      <translation>列出了不存在的城镇村属性码（{0}；应为 201、202、203、204、205 及其 A 类，或用 - 表示无）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="41" />
      <source>names classes that are not 用地用海 2023 classes ({0})</source>
      <translation>列出了不属于用地用海 2023 的地类（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="42" />
      <source>gives rule {0} both a class and candidates (give one or the other)</source>
      <translation>为规则 {0} 同时给出了地类和候选地类（二者只能给一个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="43" />
      <source>gives rule {0} neither a class nor at least two candidates</source>
      <translation>的规则 {0} 既没有给出地类，也没有给出至少两个候选地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="44" />
      <source>has two rules for the same code and CZCSXM ({0})</source>
      <translation>对同一地类编码和城镇村属性码有两条规则（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="45" />
      <source>has a yes/no column with another value ({0})</source>
      <translation>的是/否列中有其他取值（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="55" />
      <source>the conversion table maps 三调 {0} to several 用地用海 classes ({1}) and no rule settles it</source>
      <translation>转换表将三调 {0} 对应到多个用地用海地类（{1}），且没有规则可以确定</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="57" />
      <source>rule {0} leaves the choice among {1} to the planner</source>
      <translation>规则 {0} 将 {1} 之间的选择留给规划编制人员</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="58" />
      <source>rules {0} decide 三调 {1} by CZCSXM, which the layer does not give (set CZCSXM_FIELD)</source>
      <translation>规则 {0} 按城镇村属性码确定三调 {1}，但图层没有该字段（请设置 CZCSXM_FIELD）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="60" />
      <source>三调 {0} is not in the conversion table; its parent class may become {1}</source>
      <translation>三调 {0} 不在转换表中；其上级地类可转为 {1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="62" />
      <source>三调 {0} is a 一级 class; its 二级 classes become {1}</source>
      <translation>三调 {0} 是一级类；其二级类转为 {1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="63" />
      <source>{0} is not a 三调 code</source>
      <translation>{0} 不是三调地类编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="64" />
      <source>the parcel has no land-class code</source>
      <translation>图斑没有地类编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="73" />
      <source>Base map from 三调 (基数转换)</source>
      <translation>三调基数转换（生成规划底图）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="76" />
      <source>Converts the current survey (三调 DLTB, DLBM codes) into the 用地用海 2023 classification: the base map (规划底图) a plan is drawn on. Every parcel is kept, with its geometry (repaired where invalid) and its fields, and gains YDYHFLDM and YDYHFLMC, the 三调 DLBM, DLMC and CZCSXM, a status and its area.

status = converted: the conversion table (resources/tables/sandiao_to_ydyh.csv) maps the class one-to-one (at 二级; 三级 classes are left to the plan). resolved_by_rule: a resolution rule settles a class the table splits, by the parcel's 城镇村属性码 CZCSXM where the rule says so; `rule` names it. undecided: the planner must choose; `candidates` lists the classes and `reason` says why, and YDYHFLDM holds only the class all candidates share. Nothing is guessed. `confirmed` = no where a table row or rule rests on one source only.

The built-in rules (resources/tables/convertbase_rules.csv) resolve 1005 to 1208, narrow 08H2 to the classes of 科教文卫, and inside a 村庄 (CZCSXM 203) add 0704 农村社区服务设施用地 to the candidates of 05H1, 08H1 and 08H2; give your province's rules as a CSV with the same columns (RULES). Without a CZCSXM field, classes whose rules depend on it stay undecided.

The output's total area equals the input's. REPORT: the conversion table of the layer (三调 class → 用地用海 class, parcels, areas, the rule used) and the rules.</source>
      <translation>将现状调查（三调 DLTB，DLBM 编码）转换为用地用海 2023 分类，生成编制规划所依据的规划底图（基数）。每个图斑都保留，保留其几何（无效几何已修复）和原有字段，并新增 YDYHFLDM、YDYHFLMC、三调 DLBM、DLMC、CZCSXM、状态和面积。

status = converted：转换表（resources/tables/sandiao_to_ydyh.csv）一对一对应该地类（到二级类；三级类留待规划确定）。resolved_by_rule：转换表一对多拆分的地类由转换规则确定，规则要求时依据图斑的城镇村属性码 CZCSXM；`rule` 字段给出规则编号。undecided：须由规划编制人员选择；`candidates` 列出候选地类，`reason` 说明原因，YDYHFLDM 只填写各候选地类共同的上级地类。不做任何猜测。转换表行或规则只有单一来源时 `confirmed` = no。

内置规则（resources/tables/convertbase_rules.csv）将 1005 转为 1208，将 08H2 限定为科教文卫各类，并在村庄范围内（CZCSXM 203）把 0704 农村社区服务设施用地加入 05H1、08H1 和 08H2 的候选地类；可将本省规则按相同列写成 CSV 文件（RULES）。图层没有 CZCSXM 字段时，依赖该字段的规则所涉地类保持待定。

输出总面积等于输入总面积。REPORT：本图层的转换表（三调地类 → 用地用海地类、图斑数、面积、所用规则）及规则表。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="95" />
      <source>三调 land-use layer (DLTB)</source>
      <translation>三调地类图斑图层（DLTB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="97" />
      <source>Land-class code field (DLBM; empty = guess)</source>
      <translation>地类编码字段（DLBM；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="100" />
      <source>城镇村属性码 field (CZCSXM; empty = guess)</source>
      <translation>城镇村属性码字段（CZCSXM；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="103" />
      <source>Resolution rules (CSV; empty = built-in table)</source>
      <translation>转换规则（CSV；留空则使用内置规则表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="106" />
      <source>Base map (规划底图)</source>
      <translation>规划底图</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="108" />
      <source>Area with its 用地用海 class (m²)</source>
      <translation>已确定用地用海地类的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="109" />
      <source>Area resolved by a rule (m²)</source>
      <translation>按规则确定的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="110" />
      <source>Undecided parcels</source>
      <translation>待定图斑数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="111" />
      <source>Undecided area (m²)</source>
      <translation>待定面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="112" />
      <source>Total area (m²)</source>
      <translation>总面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="113" />
      <source>Invalid geometries repaired</source>
      <translation>已修复的无效几何数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="139" />
      <source>{0} has no polygons to convert.</source>
      <translation>{0} 中没有可转换的面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="168" />
      <source>Layer: {0} ({1} features, {2} repaired)</source>
      <translation>图层：{0}（{1} 个要素，修复 {2} 个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="169" />
      <source>Code field: {0}; CZCSXM field: {1}</source>
      <translation>地类编码字段：{0}；城镇村属性码字段：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="169" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="170" />
      <source>Rules: {0} ({1} rules)</source>
      <translation>规则：{0}（{1} 条）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="170" />
      <source>built-in table</source>
      <translation>内置规则表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="171" />
      <source>Area: {0}</source>
      <translation>面积：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="171" />
      <source>ellipsoidal (CGCS2000)</source>
      <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="171" />
      <source>planar</source>
      <translation>平面面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="200" />
      <source>{0}: using field {1} for the 城镇村属性码.</source>
      <translation>{0}：使用字段 {1} 作为城镇村属性码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="202" />
      <source>{0}: no CZCSXM field given or found; rules that depend on the 城镇村属性码 are not applied, and the classes they concern stay undecided.</source>
      <translation>{0}：未指定也未找到 CZCSXM 字段；依赖城镇村属性码的规则不予应用，其所涉地类保持待定。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="220" />
      <source>{0}: fields {1} are replaced by the base map's own fields of the same name.</source>
      <translation>{0}：字段 {1} 由规划底图自身的同名字段替代。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="231" />
      <source>{0}: field {1} holds 用地用海 codes already ({2}); the base map is made from 三调 DLBM codes.</source>
      <translation>{0}：字段 {1} 已是用地用海编码（{2}）；规划底图须由三调 DLBM 编码生成。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="234" />
      <source>{0}: field {1} holds no 三调 DLBM code ({2}). Choose the code field (CODE_FIELD).</source>
      <translation>{0}：字段 {1} 中没有三调 DLBM 编码（{2}）。请选择地类编码字段（CODE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="244" />
      <source>{0}: {1} parcels, {2:,.2f} m² ({3:,.4f} 公顷)</source>
      <translation>{0}：{1} 个图斑，{2:,.2f} 平方米（{3:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="246" />
      <source>Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>总面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="253" />
      <source>{0}: {1} parcels of 三调 {2} are undecided: {3}. Features: {4}</source>
      <translation>{0}：三调 {2} 有 {1} 个图斑待定：{3}。要素：{4}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="291" />
      <source>{0}: {1} parcels, {2:,.4f} 公顷</source>
      <translation>{0}：{1} 个图斑，{2:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="298" />
      <source>conversion table</source>
      <translation>转换表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="301" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="301" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="308" />
      <source>any</source>
      <translation>任意</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>三调 code</source>
      <translation>三调编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>三调 class</source>
      <translation>三调地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>CZCSXM</source>
      <translation>城镇村属性码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>用地用海 code</source>
      <translation>用地用海编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>用地用海 class</source>
      <translation>用地用海地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="311" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="312" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="312" />
      <source>Candidates</source>
      <translation>候选地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="312" />
      <source>Confirmed</source>
      <translation>已核实</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="312" />
      <source>Parcels</source>
      <translation>图斑数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="314" />
      <source>三调 codes</source>
      <translation>三调编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="314" />
      <source>Resolves to</source>
      <translation>转为</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="315" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="315" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="317" />
      <source>Conversion table</source>
      <translation>转换表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/convert_base.py" line="318" />
      <source>Resolution rules</source>
      <translation>转换规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="29" />
      <source>Template database (空库: .gdb folder, .gpkg or folder of shapefiles), optional</source>
      <translation>空库模板（.gdb 文件夹、.gpkg 或 shapefile 文件夹），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="32" />
      <source>Schema table (CSV: layers, YSDM, fields, domains; empty = Lantu's example schema when no template)</source>
      <translation>数据库结构表（CSV：图层、要素代码、字段、值域；留空且无空库时用 Lantu 的示例结构）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="35" />
      <source>Code tables (CSV: code, name; or table, code, name), optional</source>
      <translation>代码表（CSV：code, name；或 table, code, name），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="39" />
      <source>lacks the columns {0}</source>
      <translation>缺少列 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="40" />
      <source>names the field {0} twice</source>
      <translation>重复列出字段 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="41" />
      <source>holds no layer</source>
      <translation>没有任何图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="41" />
      <source>cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="42" />
      <source> (line {0})</source>
      <translation>（第 {0} 行）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="43" />
      <source>The schema file {0} {1}{2}.</source>
      <translation>数据库结构表 {0} {1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="58" />
      <source>Template {0}: {1} layers.</source>
      <translation>空库模板 {0}：{1} 个图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="66" />
      <source>No template or schema given: Lantu's EXAMPLE schema is used ({0}), built from what public tools show of a village-plan template and a 三区三线 delivery. Give your province's template (空库) for a real 质检.</source>
      <translation>未给出空库模板或数据库结构表：使用 Lantu 的示例（EXAMPLE）结构（{0}），它来自公开工具中可见的村庄规划空库和三区三线成果。正式质检请使用本省下发的空库。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_schema.py" line="74" />
      <source>The code table {0} {1}.</source>
      <translation>代码表 {0} {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="7" />
      <source> EPSG:{0} fits the data.</source>
      <translation> 与数据相符的是 EPSG:{0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="19" />
      <source>The layer has no CRS.</source>
      <translation>图层没有坐标系（CRS）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="19" />
      <source>The CRS {0} is not a CGCS2000 projected CRS (3° Gauss-Krüger, EPSG:4513–4554).</source>
      <translation>坐标系 {0} 不是 CGCS2000 投影坐标系（3 度带高斯-克吕格，EPSG:4513–4554）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="23" />
      <source>The coordinates (eastings {1:,.0f}–{2:,.0f}) do not fit {0} (false easting {3:,.0f}): a wrong zone, or a zone prefix missing or added?</source>
      <translation>坐标（coordinates，横坐标 {1:,.0f}–{2:,.0f}）与 {0}（东伪偏移 {3:,.0f}）不符：投影带错误，或带号前缀缺失/多余？</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="31" />
      <source>Field {0} ({1}) is missing.</source>
      <translation>缺少字段 {0}（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="33" />
      <source>Required field {0} ({1}) is empty.</source>
      <translation>必填字段 {0}（{1}）为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="35" />
      <source>Layer {0} ({1}) of the schema is not in the database.</source>
      <translation>数据库中缺少结构规定的图层 {0}（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="36" />
      <source>Layer {0} is not in the schema.</source>
      <translation>图层 {0} 不在数据库结构中。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="37" />
      <source>The layer's geometry type is {0}; the schema wants {1}.</source>
      <translation>图层几何类型为 {0}，结构要求 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="38" />
      <source>Field {0} is not in the schema.</source>
      <translation>字段 {0} 不在数据库结构中。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="39" />
      <source>Field {0} is of type {1}; the schema wants {2}.</source>
      <translation>字段 {0} 的类型为 {1}，结构要求 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="40" />
      <source>Field {0} has length {1}; the schema wants {2}.</source>
      <translation>字段 {0} 的长度为 {1}，结构要求 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="41" />
      <source>Field {0} has {1} decimals; the schema wants {2}.</source>
      <translation>字段 {0} 的小数位数为 {1}，结构要求 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="42" />
      <source>{0} = '{1}' is not in the domain {2}.</source>
      <translation>{0} = '{1}' 不在值域 {2} 内。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="43" />
      <source>{0} is '{1}', but {2} {3} is '{4}'.</source>
      <translation>{0} 为“{1}”，但 {2} {3} 应为“{4}”。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="44" />
      <source>{0} holds {1} characters; the field takes {2}.</source>
      <translation>{0} 的值有 {1} 个字符，字段长度为 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="45" />
      <source>YSDM is '{0}'; this layer's 要素代码 is {1}.</source>
      <translation>要素代码 YSDM 为“{0}”，本图层应为 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="46" />
      <source>BSM (标识码) is empty.</source>
      <translation>标识码（BSM）为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="47" />
      <source>BSM {0} is also that of feature {2} of {1}.</source>
      <translation>标识码 {0} 与 {1} 的要素 {2} 重复。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="48" />
      <source>BSM {0} has {1} characters; the schema wants {2}.</source>
      <translation>标识码 {0} 有 {1} 位，结构要求 {2} 位。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="49" />
      <source>XZQDM {0} is not within the township {1}.</source>
      <translation>行政区代码 {0} 不属于乡镇 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="50" />
      <source>XZQMC '{1}' for XZQDM {0}; elsewhere it is '{2}'.</source>
      <translation>行政区代码 {0} 的名称为“{1}”，其他要素为“{2}”。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="52" />
      <source>The feature has {0} parts; the schema wants single parts.</source>
      <translation>要素有 {0} 个部件，结构要求单部件。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="54" />
      <source>A gap of {0:,.2f} m² inside the 行政区 that no feature covers.</source>
      <translation>行政区内有 {0:,.2f} m² 的缝隙未被任何图斑覆盖。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="55" />
      <source>{0:,.2f} m² of the feature lie outside the 行政区.</source>
      <translation>要素有 {0:,.2f} m² 超出行政区范围。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="56" />
      <source>Overlaps feature {1} of {0} by {2:,.2f} m².</source>
      <translation>与 {0} 的要素 {1} 重叠 {2:,.2f} m²。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="63" />
      <source>no layer of the schema in the database</source>
      <translation>数据库中没有结构规定的图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="64" />
      <source>the schema gives no geometry type</source>
      <translation>数据库结构未给出几何类型</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="65" />
      <source>the schema gives no text lengths</source>
      <translation>数据库结构未给出文本字段长度</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="66" />
      <source>the schema gives no decimals</source>
      <translation>数据库结构未给出小数位数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="67" />
      <source>the schema marks no field required</source>
      <translation>数据库结构未标明必填字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="68" />
      <source>the schema gives no value domains</source>
      <translation>数据库结构未给出值域</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="69" />
      <source>the schema pairs no name with a code</source>
      <translation>数据库结构未指定名称与代码的对应</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="70" />
      <source>the schema gives no 要素代码 (YSDM)</source>
      <translation>数据库结构未给出要素代码（YSDM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="71" />
      <source>no layer has a BSM field</source>
      <translation>没有图层含 BSM 字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="72" />
      <source>no BSM length declared</source>
      <translation>未规定标识码长度</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="73" />
      <source>no layer has both XZQDM and XZQMC</source>
      <translation>没有图层同时含 XZQDM 和 XZQMC</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="74" />
      <source>no township code (XZQDM) given</source>
      <translation>未给出乡镇行政区代码（XZQDM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="75" />
      <source>no layer has an XZQDM field</source>
      <translation>没有图层含 XZQDM 字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="76" />
      <source>a layer with no coordinates to place</source>
      <translation>图层没有可定位的坐标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="77" />
      <source>fewer than two control lines with features</source>
      <translation>有要素的控制线图层少于两个</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="86" />
      <source>Structure</source>
      <translation>用地结构</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="86" />
      <source>Values</source>
      <translation>属性值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="86" />
      <source>Geometry and topology</source>
      <translation>几何与拓扑</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="87" />
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="87" />
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="91" />
      <source>Plan database check (成果数据库质检)</source>
      <translation>成果数据库质检报告</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Checks</source>
      <translation>质检项</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Check</source>
      <translation>检查项</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Check (质检项)</source>
      <translation>质检项</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Group</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="92" />
      <source>Count</source>
      <translation>处数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="93" />
      <source>Not checked because</source>
      <translation>未检查原因</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="94" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="94" />
      <source>Feature</source>
      <translation>要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/database_words.py" line="94" />
      <source>Message</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="46" />
      <source>Fill a plan database (成果入库)</source>
      <translation>成果入库</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="49" />
      <source>Writes a new plan database in the schema of TEMPLATE (the province's empty template) and/or SCHEMA (a CSV), else Lantu's EXAMPLE schema, filled with the working LAYERS. MAPPING (CSV: target_layer, target_field, source_layer, source = a field or a QGIS expression) says what fills what; without it the mapping is guessed from layer and field names (ghyd → GHDLTB, YDYHFLDM → GHDLBM …) and written out (MAPPING_OUTPUT, else beside the database) to edit and run again. Values are converted to the field's type and length: one that does not fit stops the export, naming the feature; nothing is truncated. YSDM is the schema's, BSM is XZQDM then a running number to the declared length, MJ (and the other area fields) the computed area. XZQDM and XZQMC fill those fields where no working field does.

OUTPUT_DATABASE: a .gdb (GDAL's OpenFileGDB, where this GDAL can write it, else a .gpkg) or .gpkg; an existing database is never written over. The export ends by running lantu:checkdatabase on it (ERROR_COUNT; REPORT: its 质检报告).</source>
      <translation>按 TEMPLATE（本省空库）和/或 SCHEMA（CSV）的结构（都未给出时用 Lantu 的示例结构）新建成果数据库，并用工作图层 LAYERS 填充。MAPPING（CSV：target_layer, target_field, source_layer, source = 字段或 QGIS 表达式）规定由什么填什么；未给出时按图层和字段名推测（ghyd → GHDLTB，YDYHFLDM → GHDLBM …），并写出（MAPPING_OUTPUT，否则写在数据库旁）供编辑后再次运行。值按字段类型和长度转换：不符的值会中止入库并指明要素，绝不截断。YSDM 取自结构，BSM 为 XZQDM 加顺序号补足规定长度，MJ（及其他面积字段）为计算面积。没有工作字段对应时，XZQDM 和 XZQMC 用参数填充。

OUTPUT_DATABASE：.gdb（GDAL 的 OpenFileGDB，当前 GDAL 能写时；否则为 .gpkg）或 .gpkg；从不覆盖已有数据库。入库结束时对其运行 lantu:checkdatabase（ERROR_COUNT；REPORT：质检报告）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="63" />
      <source>Working layers</source>
      <translation>工作图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="66" />
      <source>Mapping (CSV: target_layer, target_field, source_layer, source), optional</source>
      <translation>映射表（CSV：target_layer, target_field, source_layer, source），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="68" />
      <source>Township code (XZQDM)</source>
      <translation>乡镇行政区代码（XZQDM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="69" />
      <source>Township name (XZQMC)</source>
      <translation>乡镇名称（XZQMC）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="72" />
      <source>Plan database</source>
      <translation>成果数据库</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="75" />
      <source>Mapping used (CSV)</source>
      <translation>所用映射表（CSV）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="75" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="77" />
      <source>Features written</source>
      <translation>写入的要素数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="91" />
      <source>LAYERS: give the working layers to fill the database with.</source>
      <translation>LAYERS：请给出用来入库的工作图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="109" />
      <source>Nothing was written: {0} values do not fit their fields. {1}</source>
      <translation>未写入任何数据：有 {0} 个值与字段不符。{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="114" />
      <source>{0}: {1} features written.</source>
      <translation>{0}：已写入 {1} 个要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="124" />
      <source>{0}: {1} features written; the check found {2} errors, {3} warnings.</source>
      <translation>{0}：已写入 {1} 个要素；质检发现 {2} 个错误、{3} 个警告。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="146" />
      <source>Mapping guessed from the names and written to {0}: edit it and give it as MAPPING to change what fills what.</source>
      <translation>已按名称推测映射并写入 {0}：可编辑后作为 MAPPING 再次运行，以改变字段对应关系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="151" />
      <source>MAPPING: {0}.{1} is not in the schema.</source>
      <translation>MAPPING：{0}.{1} 不在数据库结构中。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="154" />
      <source>MAPPING: the layer {0} is not among LAYERS ({1}).</source>
      <translation>MAPPING：图层 {0} 不在 LAYERS 中（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="159" />
      <source>MAPPING: {0} is filled from more than one layer ({1}).</source>
      <translation>MAPPING：{0} 由多个图层填充（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="161" />
      <source>{0} ← {1}</source>
      <translation>{0} ← {1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="226" />
      <source>{0}: XZQDM {1} is too long for a BSM of {2} characters.</source>
      <translation>{0}：XZQDM {1} 过长，无法生成 {2} 位标识码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="239" />
      <source>{0}, feature {1}: {2} parts, but {3} takes single parts.</source>
      <translation>{0}，要素 {1}：有 {2} 个部件，但 {3} 只接受单部件。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="245" />
      <source>longer than {0} characters</source>
      <translation>超过 {0} 个字符</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="245" />
      <source>not a whole number</source>
      <translation>不是整数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="246" />
      <source>not a number</source>
      <translation>不是数字</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="247" />
      <source>{0}, feature {1}: '{2}' for {3}.{4} is {5}.</source>
      <translation>{0}，要素 {1}：填入 {3}.{4} 的值“{2}”{5}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="269" />
      <source>MAPPING: '{0}' is neither a field of {1} nor an expression ({2}).</source>
      <translation>MAPPING：“{0}”既不是 {1} 的字段，也不是表达式（{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/export_database.py" line="289" />
      <source>Checking what was written (lantu:checkdatabase)…</source>
      <translation>正在质检写入的数据库（lantu:checkdatabase）…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="26" />
      <source>Farmland contiguity (耕地集中连片)</source>
      <translation>耕地集中连片</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="29" />
      <source>Joins cultivated parcels into contiguous blocks and counts the large ones (百亩方, at least LARGE_BLOCK_MU 亩): the figures a 全域土地综合整治 plan reports as 图斑数减少 and 百亩以上田块.

Parcels join one block when they overlap or share a boundary line (touching at a corner only does not join), or, with GAP &gt; 0, when they lie closer than GAP metres, so a field road or a ditch mapped as its own parcel does not split a block.

With COMPARE_LANDUSE (e.g. the planned land use) the same figures are computed for it, and the changes: PARCEL_COUNT_CHANGE_PCT, BLOCK_COUNT_CHANGE_PCT (from LANDUSE to COMPARE_LANDUSE, in %) and LARGE_BLOCK_CHANGE (number of large blocks gained).

Outputs: the blocks (block_id, parcels, area_m2, area_ha, area_mu, is_large) and BLOCK_COUNT, PARCEL_COUNT, MEAN_BLOCK_HA, LARGE_BLOCK_COUNT, LARGE_BLOCK_AREA_M2, LARGE_BLOCK_SHARE (% of the cultivated area in large blocks).</source>
      <translation>将耕地图斑归并为集中连片地块，并统计其中的大田块（百亩方，不小于 LARGE_BLOCK_MU 亩）：即全域土地综合整治规划中报告的“图斑数减少”和“百亩以上田块”。

图斑重叠或共用边界线即归入同一连片地块（仅角点相接不算）；GAP &gt; 0 时，间距小于 GAP 米的图斑也归并，使单独成图斑的田间道或沟渠不致割断连片。

给出 COMPARE_LANDUSE（如规划用地）时，对其计算同样的指标及变化：PARCEL_COUNT_CHANGE_PCT、BLOCK_COUNT_CHANGE_PCT（由 LANDUSE 到 COMPARE_LANDUSE，%）和 LARGE_BLOCK_CHANGE（百亩方增加个数）。

输出：连片地块（block_id、parcels、area_m2、area_ha、area_mu、is_large）以及 BLOCK_COUNT、PARCEL_COUNT、MEAN_BLOCK_HA、LARGE_BLOCK_COUNT、LARGE_BLOCK_AREA_M2、LARGE_BLOCK_SHARE（百亩方占耕地面积的百分比）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="46" />
      <source>Gap bridged between parcels (m; 0 = they must touch)</source>
      <translation>图斑间可跨越的间隙（米；0 = 须相邻）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="48" />
      <source>Large block from (亩)</source>
      <translation>大田块下限（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="50" />
      <source>Land use to compare with (e.g. the planned land use)</source>
      <translation>对比用地图层（如规划用地）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="53" />
      <source>Its land-class code field (empty = guess)</source>
      <translation>其地类编码字段（留空自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="56" />
      <source>Classification of its codes</source>
      <translation>其编码所属分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="58" />
      <source>Farmland blocks</source>
      <translation>耕地连片地块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="60" />
      <source>Cultivated parcels</source>
      <translation>耕地图斑数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="61" />
      <source>Mean block area (公顷)</source>
      <translation>连片地块平均面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="62" />
      <source>Area in large blocks (m²)</source>
      <translation>百亩方面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="63" />
      <source>Share of the cultivated area in large blocks (%)</source>
      <translation>百亩方占耕地面积比例（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="64" />
      <source>Change in the number of parcels (%)</source>
      <translation>图斑数变化（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="65" />
      <source>Change in the number of blocks (%)</source>
      <translation>连片地块数变化（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="66" />
      <source>Large blocks gained</source>
      <translation>百亩方增加个数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="86" />
      <source>The layer to compare with is in another CRS; it is reprojected to {0}.</source>
      <translation>对比图层坐标系不同，已投影到 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="91" />
      <source>The changes against {0} are not checked: it cannot be looked at against this layer.</source>
      <translation>与 {0} 的对比变化未核查：该图层无法与本图层对照。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="97" />
      <source>Dissolving {0} blocks…</source>
      <translation>正在融合 {0} 个连片地块……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="106" />
      <source>{0} cultivated parcels in {1} blocks; {2} blocks of at least {3:g} 亩 hold {4:.1f} % of the area.</source>
      <translation>耕地图斑 {0} 个，连片地块 {1} 个；{3:g} 亩以上地块 {2} 个，占耕地面积 {4:.1f}%。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="122" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="122" />
      <source>This layer</source>
      <translation>本图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="122" />
      <source>Compared layer</source>
      <translation>对比图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="122" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="129" />
      <source>Classes {0}; gap {1:g} m; large block from {2:g} 亩</source>
      <translation>地类 {0}；间隙 {1:g} 米；大田块下限 {2:g} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="132" />
      <source>Parcels {0:+.1f} %, blocks {1:+.1f} %, large blocks {2:+d}</source>
      <translation>图斑数 {0:+.1f}%，连片地块数 {1:+.1f}%，百亩方 {2:+d} 个</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="152" />
      <source>cultivated land</source>
      <translation>耕地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/farmland_contiguity.py" line="157" />
      <source>{0}: joining {1} parcels into blocks…</source>
      <translation>{0}：正在将 {1} 个图斑归并为连片地块……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="21" />
      <source>in a geological hazard area (地质灾害)</source>
      <translation>位于地质灾害区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="22" />
      <source>in a constraint area (e.g. 生态保护红线, road control zone)</source>
      <translation>位于管控区（如生态保护红线、道路控制区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="23" />
      <source>scattered: smaller than the minimum settlement area (零散)</source>
      <translation>零散：面积小于聚居点最小面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="24" />
      <source>scattered: fewer homesteads than the minimum (零散)</source>
      <translation>零散：宅基地宗数少于最小值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="25" />
      <source>farther from a road than the maximum distance</source>
      <translation>距道路超过最大距离</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="38" />
      <source>Homestead relocation potential (宅基地腾退潜力)</source>
      <translation>宅基地腾退潜力</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="41" />
      <source>Groups the rural homestead parcels (农村宅基地: 三调 0702, 用地用海 0703; the classification is detected from the codes, never guessed from one code) into settlements: homesteads closer than CLUSTER_DISTANCE belong to one settlement. Each settlement is kept or proposed for relocation, with its reasons written out: at least half of its area inside a HAZARD polygon (地质灾害) or a CONSTRAINTS polygon (生态保护红线, road control zones…); scattered (零散: smaller than MIN_SETTLEMENT_AREA or fewer parcels than MIN_SETTLEMENT_PARCELS; 三调 often maps a hamlet's houses as one or a few 0702 parcels, so the parcel test is off by default); farther than MAX_ROAD_DISTANCE from ROADS (0 = not tested). This follows the plan rule 优先腾退地质灾害和基础设施占用的宅基地，保留大型聚居点、腾退零散聚居点.

Resettlement land (安置): with VILLAGES and a POPULATION_FIELD, the people moved are the village's population times the share of its homestead area relocated, each needing RESETTLE_PER_CAPITA m²; where no population is known, RESETTLE_RATIO of the relocated area (the default 0.38 is seed 003's 60.99 / 160.62 公顷). The surplus quota (节余指标) is relocated − resettlement. The defaults are starting values: set them to the local rules.

Outputs: OUTPUT (settlements: settlement_id, parcels, area_m2, area_ha, area_mu, action, reasons, reasons_text, village, hazard_m2, constraint_m2, road_distance_m), SUMMARY (per village: homestead, relocate, resettle and surplus in m² and 公顷, population, people moved, method) and the totals RELOCATE_AREA_M2, RESETTLE_AREA_M2, SURPLUS_AREA_M2.</source>
      <translation>将农村宅基地图斑（三调 0702、用地用海 0703；分类由全部编码识别，不凭单个编码猜测）归并为聚居点：间距小于 CLUSTER_DISTANCE 的宅基地属同一聚居点。每个聚居点判定保留或建议腾退，并写明理由：一半以上面积位于地质灾害区（HAZARD）或管控区（CONSTRAINTS：生态保护红线、道路控制区等）；零散（面积小于 MIN_SETTLEMENT_AREA 或宗数少于 MIN_SETTLEMENT_PARCELS；三调常把一处院落群画成一个或几个 0702 图斑，故宗数检查默认关闭）；距道路（ROADS）超过 MAX_ROAD_DISTANCE（0 = 不检查）。依据规划原则：优先腾退地质灾害和基础设施占用的宅基地，保留大型聚居点、腾退零散聚居点。

安置用地：给出 VILLAGES 和 POPULATION_FIELD 时，搬迁人口 = 村人口 × 该村宅基地腾退面积占比，每人需 RESETTLE_PER_CAPITA 平方米；无人口数据时按腾退面积的 RESETTLE_RATIO 计（默认 0.38 取自种子文档 003：60.99 / 160.62 公顷）。节余指标 = 腾退 − 安置。各默认值仅为起点，请按当地规定设置。

输出：OUTPUT（聚居点：settlement_id、parcels、area_m2、area_ha、area_mu、action、reasons、reasons_text、village、hazard_m2、constraint_m2、road_distance_m）、SUMMARY（分村：宅基地、腾退、安置、节余面积（平方米和公顷）、人口、搬迁人口、测算方法）以及合计 RELOCATE_AREA_M2、RESETTLE_AREA_M2、SURPLUS_AREA_M2。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="63" />
      <source>Homesteads closer than this form one settlement (m)</source>
      <translation>宅基地间距小于此值归为同一聚居点（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="65" />
      <source>Minimum area of a settlement that is kept (m²)</source>
      <translation>保留聚居点的最小面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="68" />
      <source>Minimum number of homesteads of a settlement that is kept</source>
      <translation>保留聚居点的最少宅基地宗数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="73" />
      <source>Constraint areas (生态保护红线, road control zones…)</source>
      <translation>管控区（生态保护红线、道路控制区等）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="83" />
      <source>Village name field</source>
      <translation>村名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="88" />
      <source>Resettlement land per person moved (m²)</source>
      <translation>人均安置用地（平方米/人）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="91" />
      <source>Resettlement land as a share of the relocated area, where no population is known</source>
      <translation>无人口数据时安置用地占腾退面积的比例</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="94" />
      <source>Settlements</source>
      <translation>聚居点</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="95" />
      <source>Relocation per village</source>
      <translation>各村腾退与安置</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="97" />
      <source>Homestead area to relocate (腾退, m²)</source>
      <translation>腾退宅基地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="98" />
      <source>Resettlement land (安置, m²)</source>
      <translation>安置用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="100" />
      <source>Settlements to relocate</source>
      <translation>腾退聚居点数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="116" />
      <source>rural homestead (农村宅基地)</source>
      <translation>农村宅基地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="126" />
      <source>{0} homestead parcels form {1} settlements (homesteads closer than {2:g} m join).</source>
      <translation>宅基地图斑 {0} 个，归为聚居点 {1} 个（间距小于 {2:g} 米者合并）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="134" />
      <source>MAX_ROAD_DISTANCE is set but no ROADS layer is given.</source>
      <translation>设置了 MAX_ROAD_DISTANCE，但未给出道路图层 ROADS。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="155" />
      <source>Relocate {0} of {1} settlements: 腾退 {2:,.2f} 公顷, 安置 {3:,.2f} 公顷, 节余 {4:,.2f} 公顷.</source>
      <translation>{1} 个聚居点中腾退 {0} 个：腾退 {2:,.2f} 公顷，安置 {3:,.2f} 公顷，节余 {4:,.2f} 公顷。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="158" />
      <source>{0}: {1} settlements, {2:,.2f} 公顷</source>
      <translation>{0}：聚居点 {1} 个，{2:,.2f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="175" />
      <source>geological hazard areas</source>
      <translation>地质灾害隐患区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="189" />
      <source>No settlement is judged by the hazard areas (not checked): hazard_m2 is empty.</source>
      <translation>未按地质灾害区判断任何居民点（未核查）：hazard_m2 为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="192" />
      <source>No settlement is judged by the constraint areas (not checked): constraint_m2 is empty.</source>
      <translation>未按管控区判断任何居民点（未核查）：constraint_m2 为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="196" />
      <source>roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="198" />
      <source>The roads layer has no geometry: the road distance is not tested.</source>
      <translation>道路图层无几何，不检查距道路距离。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="218" />
      <source>Homestead (公顷)</source>
      <translation>宅基地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="218" />
      <source>Population</source>
      <translation>人口</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="218" />
      <source>People moved</source>
      <translation>搬迁人口</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="219" />
      <source>Resettle (公顷)</source>
      <translation>安置（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="219" />
      <source>Method</source>
      <translation>测算方法</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="221" />
      <source>Layer: {0}; {1} homestead parcels; {2} settlements (cluster distance {3:g} m)</source>
      <translation>图层：{0}；宅基地图斑 {1} 个；聚居点 {2} 个（聚合距离 {3:g} 米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="223" />
      <source>Relocate {0} settlements: 腾退 {1:,.2f} 公顷, 安置 {2:,.2f} 公顷, 节余 {3:,.2f} 公顷</source>
      <translation>腾退聚居点 {0} 个：腾退 {1:,.2f} 公顷，安置 {2:,.2f} 公顷，节余 {3:,.2f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="237" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="241" />
      <source>Outside the villages</source>
      <translation>村界以外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="259" />
      <source>All (villages not checked)</source>
      <translation>全部（村界未核查）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="263" />
      <source>a population</source>
      <translation>人口</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/homestead_relocation.py" line="266" />
      <source>No population field: resettlement land is RESETTLE_RATIO of the relocated area.</source>
      <translation>未给出人口字段：安置用地按腾退面积乘以 RESETTLE_RATIO 测算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="43" />
      <source>Breaks the binding indicators down to the village clusters (村级片区) as a plan's 规划指标分解表 does: 永久基本农田面积, 耕地保有量, 城乡建设用地面积, 林地保有量, 湿地面积 and 生态保护红线面积, one row per cluster and the total, in m², 公顷 and 亩.

CLUSTERS holds the cluster polygons, or the villages with CLUSTER_FIELD naming each village's cluster (then NAME_FIELD is the village name, listed in the table, and CENTER_FIELD marks the 中心村). Which planned classes count for each indicator is a class-set table (CLASS_SETS); 耕地 is counted net of 田坎 when KCXS_FIELD is given.

TARGETS (a CSV or spreadsheet with the columns indicator, scope, value in 公顷 and direction &gt;= or &lt;=; scope is a cluster name, or 合计 for the whole area) is checked: the CHECK table gives each target, the planned value, the gap and whether it passes (judged at 0.01 公顷, as a plan prints it).

Clusters that overlap, or planned land that no cluster covers, make the breakdown not add up to the total: both are measured and reported.</source>
      <translation>按规划指标分解表的格式，将约束性指标分解到各村级片区：永久基本农田面积、耕地保有量、城乡建设用地面积、林地保有量、湿地面积和生态保护红线面积，每个片区一行并附合计行，单位为平方米、公顷和亩。

“村级片区”（CLUSTERS）可以是片区面图层，也可以是村界图层并用“片区字段”（CLUSTER_FIELD）注明各村所属片区（此时“名称字段”（NAME_FIELD）为村名，列入表中，“中心村字段”（CENTER_FIELD）标记中心村）。各指标计入哪些规划地类由地类集合表（CLASS_SETS）确定；给出扣除系数字段（KCXS_FIELD）时，耕地按扣除田坎后的面积计算。

“指标目标”（TARGETS，CSV 或电子表格，列为 indicator 指标、scope 范围、value 目标值（公顷）、direction 方向 &gt;= 或 &lt;=；范围填村级片区名称，或填“合计”表示全域）逐项核对：核对表（CHECK）列出每项目标、规划值、差值及是否达标（按规划文本的 0.01 公顷精度判断）。

村级片区相互重叠或有规划用地未纳入任何片区时，分解表各片区之和与合计不符：两者均会测算并报告。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="59" />
      <source>Village clusters (村级片区), or villages</source>
      <translation>村级片区（或村界）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="61" />
      <source>Cluster field (when the layer holds villages)</source>
      <translation>所属片区字段（图层为村界时）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="64" />
      <source>Name field (cluster name, or village name with a cluster field)</source>
      <translation>名称字段（片区名称；有所属片区字段时为村名）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="67" />
      <source>Township field (乡镇级片区)</source>
      <translation>乡镇级片区字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="69" />
      <source>Central village (中心村: a flag on villages, or a name on clusters)</source>
      <translation>中心村字段（村界图层为是否中心村标记，片区图层为中心村名称）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="72" />
      <source>Planned land use (规划, 用地用海)</source>
      <translation>规划用地（用地用海）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="74" />
      <source>Land-class code field (YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（YDYHFLDM 等；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="79" />
      <source>田坎 deduction coefficient field (KCXS): 耕地 counted net of 田坎</source>
      <translation>田坎扣除系数字段（KCXS）：耕地按扣除田坎后面积计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="82" />
      <source>Permanent basic farmland (永久基本农田)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="84" />
      <source>Ecological protection red line (生态保护红线)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="87" />
      <source>Class sets (CSV: set, code, member; empty = built-in table)</source>
      <translation>地类集合表（CSV：set、code、member；留空则用内置表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="90" />
      <source>Targets (CSV or spreadsheet: indicator, scope, value in 公顷, direction)</source>
      <translation>指标目标（CSV 或电子表格：指标、范围、目标值（公顷）、方向）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="91" />
      <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
      <translation>表格 (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="94" />
      <source>Indicator breakdown table</source>
      <translation>规划指标分解表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="98" />
      <source>{0}, total (公顷)</source>
      <translation>{0}合计（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="99" />
      <source>Targets not met</source>
      <translation>未达标指标数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="100" />
      <source>Targets to check by hand</source>
      <translation>需人工核对的指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="101" />
      <source>Planned land outside every cluster (m²)</source>
      <translation>未纳入村级片区的规划用地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="102" />
      <source>Area where clusters overlap (m²)</source>
      <translation>村级片区重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="109" />
      <source>planned land use</source>
      <translation>规划用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="114" />
      <source>The class-set table has no set {0}; it needs the sets {1}.</source>
      <translation>地类集合表中没有集合 {0}；该表需要包含集合 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="121" />
      <source>Clusters overlap by {0:,.2f} m² ({1:,.4f} 公顷): land there counts in each of them, so the clusters add up to more than the total.</source>
      <translation>村级片区相互重叠 {0:,.2f} 平方米（{1:,.4f} 公顷）：重叠处的用地在各片区重复计入，各片区之和将大于合计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="128" />
      <source>Outside the clusters</source>
      <translation>未纳入村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="152" />
      <source>{0}: 三调 codes are counted through the 三调 → 用地用海 conversion.</source>
      <translation>{0}：三调编码经“三调 → 用地用海”转换后计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="159" />
      <source>{0:,.2f} m² ({1:,.4f} 公顷) of planned land lies outside every cluster: the clusters add up to less than the total (row '{2}').</source>
      <translation>有 {0:,.2f} 平方米（{1:,.4f} 公顷）规划用地不在任何村级片区内：各片区之和小于合计（见“{2}”行）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="163" />
      <source>{0}: {1} features have codes that are not 用地用海 classes; no indicator counts them.</source>
      <translation>{0}：{1} 个要素的编码不是用地用海地类，不计入任何指标。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="169" />
      <source>{0}: {1} holds coefficients outside 0–1 (e.g. {2}).</source>
      <translation>{0}：字段 {1} 中有超出 0–1 范围的系数（如 {2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="174" />
      <source>{0}: {1:,.2f} m² of classes {2} may or may not count as {3}; they are left out.</source>
      <translation>{0}：地类 {2} 共 {1:,.2f} 平方米无法判定是否属于{3}，未计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="178" />
      <source>Class set {0} is not confirmed against the standard's text; check it.</source>
      <translation>地类集合“{0}”尚未与标准原文核对，请检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="194" />
      <source>the clusters</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="202" />
      <source>{0}: features overlap each other by {1:,.2f} m²; that ground is counted once.</source>
      <translation>{0}：要素之间相互重叠 {1:,.2f} 平方米；重叠部分只计一次。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="231" />
      <source>Target not checked: {0} ({1}); its layer could not be looked at: {2}.</source>
      <translation>目标未核查：{0}（{1}）；其图层无法核查：{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="236" />
      <source>Target {0} for {1}: there is no village cluster {1} in {2} (clusters: {3}); it is not checked.</source>
      <translation>指标“{0}”（{1}）：{2} 中没有村级片区“{1}”（现有片区：{3}），未核对。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="239" />
      <source>Target not met: {0} ({1}) {2} {3:,.2f} 公顷, planned {4:,.2f} 公顷.</source>
      <translation>指标未达标：{0}（{1}）{2} {3:,.2f} 公顷，规划为 {4:,.2f} 公顷。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="241" />
      <source>not an indicator of the vocabulary (resources/tables/indicators.csv)</source>
      <translation>不在指标库中（resources/tables/indicators.csv）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="242" />
      <source>its unit cannot be converted to 公顷</source>
      <translation>其单位无法换算为公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="245" />
      <source>To check by hand: {0} ({1}) {2} {3} {4}{5}.</source>
      <translation>需人工核对：{0}（{1}）{2} {3} {4}{5}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="248" />
      <source>{0} of {1} targets met; {2} to check by hand.</source>
      <translation>{1} 项指标目标中 {0} 项达标；{2} 项需人工核对。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="257" />
      <source>village clusters</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="266" />
      <source>{0}: choose the field that names the clusters (NAME_FIELD).</source>
      <translation>{0}：请选择片区名称字段（NAME_FIELD）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="270" />
      <source>{0} has no polygons.</source>
      <translation>{0} 中没有面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="277" />
      <source>{0}: {1} features have no cluster name in {2}.</source>
      <translation>{0}：{1} 个要素的字段 {2} 中没有片区名称。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="281" />
      <source>{0}: {1} clusters from {2} features.</source>
      <translation>{0}：由 {2} 个要素得到 {1} 个村级片区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="305" />
      <source>it needs the columns indicator and value (and scope, direction)</source>
      <translation>需要 indicator（指标）和 value（目标值）列（以及 scope 范围、direction 方向）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="306" />
      <source>{0} is not a number</source>
      <translation>“{0}”不是数值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="307" />
      <source>direction {0} is neither &gt;= nor &lt;=</source>
      <translation>方向“{0}”既不是 &gt;= 也不是 &lt;=</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="308" />
      <source>cannot read it ({0})</source>
      <translation>无法读取（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="310" />
      <source>Targets {0}, line {1}: {2}.</source>
      <translation>指标目标表 {0} 第 {1} 行：{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/indicator_breakdown.py" line="314" />
      <source>Targets {0}: lines {1} give no value yet and are skipped.</source>
      <translation>指标目标 {0}：第 {1} 行尚未填写目标值，已跳过。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="31" />
      <source>Land-use structure change and transfer matrix (用地结构调整表、转移矩阵)</source>
      <translation>用地结构调整表与转移矩阵</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="34" />
      <source>Compares the current land use (e.g. 三调 DLTB) with the planned land use (用地用海) class by class: the area of every class now and in the plan, the change in m², 公顷 and 亩, and each class's share; then the rows a plan reports for 农用地, 建设用地, 未利用地, 城乡建设用地 and the other class sets (CLASS_SETS, a CSV the planner may replace).

When the current layer is 三调 and the planned layer 用地用海, the 三调 classes are converted through the official base conversion; classes it cannot split at the level asked are listed as 'to be split' rows, and class-set rows they make uncertain as 'undecided', never guessed.

The transfer matrix (TRANSFER) comes from the overlay of the two layers: how much of each current class becomes each planned class. Land that only one layer covers is its own row or column, so the rows add up to the current column and the columns to the planned column. With ZONES, both tables are made per zone.

Both tables save as .xlsx, .csv or GeoPackage tables; the HTML report lays them out as a plan does.</source>
      <translation>逐类比较现状用地（如三调地类图斑）与规划用地（用地用海）：各地类的现状面积、规划面积、增减变化（平方米、公顷、亩）及占比；并按规划文本的格式给出农用地、建设用地、未利用地、城乡建设用地等地类集合行（地类集合表 CLASS_SETS 为 CSV，可替换）。

现状为三调、规划为用地用海时，三调地类按基数转换对照表转换；在所选层级无法一对一转换的地类列为“待细分”行，因此无法判定归属的集合行列为“未能判定”，不作猜测。

转移矩阵（TRANSFER）由两图层叠加求得：每一现状地类有多少面积转为各规划地类。仅一个图层覆盖的用地单列一行或一列，因此各行之和等于现状面积、各列之和等于规划面积。给出分区（ZONES）时，两张表均按分区统计。

两张表均可保存为 .xlsx、.csv 或 GeoPackage 表；HTML 报告按规划文本的表格格式排版。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="50" />
      <source>Current land use (现状, e.g. 三调 DLTB)</source>
      <translation>现状用地（如三调地类图斑）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="54" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="59" />
      <source>Class level (1 = 一级类, 2 = 二级类)</source>
      <translation>地类级别（1 = 一级类，2 = 二级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="61" />
      <source>Zones: townships, villages or village clusters</source>
      <translation>统计单元：乡镇、村或村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="64" />
      <source>Zone name field</source>
      <translation>统计单元名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="67" />
      <source>Class sets (CSV: set, code, member; empty = built-in 三大类 and 城乡建设用地 table)</source>
      <translation>地类集合表（CSV：set、code、member；留空则用内置的三大类及城乡建设用地表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="70" />
      <source>Land-use structure change table</source>
      <translation>用地结构调整表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="71" />
      <source>Transfer matrix (current → planned)</source>
      <translation>转移矩阵（现状 → 规划）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="73" />
      <source>Current total area (m²)</source>
      <translation>现状总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="74" />
      <source>Planned total area (m²)</source>
      <translation>规划总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="75" />
      <source>Area whose class changes (m²)</source>
      <translation>地类发生变化的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="76" />
      <source>Area the conversion could not decide (m²)</source>
      <translation>转换无法判定的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="77" />
      <source>Classification compared in</source>
      <translation>比较所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="85" />
      <source>current land use</source>
      <translation>现状用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="92" />
      <source>Comparing in {0} classes, level {1}.</source>
      <translation>按{0}第 {1} 级地类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="97" />
      <source>Class-set rows (农用地, 城乡建设用地 …) are defined on 用地用海 classes; both layers are 三调, so they are left out.</source>
      <translation>地类集合行（农用地、城乡建设用地等）按用地用海地类定义；两个图层均为三调编码，故不列出。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="111" />
      <source>Current {0:,.4f} 公顷, planned {1:,.4f} 公顷; {2:,.4f} 公顷 change class.</source>
      <translation>现状 {0:,.4f} 公顷，规划 {1:,.4f} 公顷；其中 {2:,.4f} 公顷地类发生变化。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="167" />
      <source>{0}: undecided by the conversion</source>
      <translation>{0}：转换未能判定</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="169" />
      <source>(not in the current layer)</source>
      <translation>（现状图层未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="169" />
      <source>(not in the planned layer)</source>
      <translation>（规划图层未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="199" />
      <source>Outside the zones</source>
      <translation>统计单元范围外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="207" />
      <source>Current: {0} ({1} features); planned: {2} ({3} features)</source>
      <translation>现状：{0}（{1} 个要素）；规划：{2}（{3} 个要素）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="209" />
      <source>Compared in {0} classes, level {1}; areas in 公顷</source>
      <translation>按{0}第 {1} 级地类比较；面积单位：公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="210" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="210" />
      <source>Current (公顷)</source>
      <translation>现状面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="210" />
      <source>Current share (%)</source>
      <translation>现状占比（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="210" />
      <source>Planned area (公顷)</source>
      <translation>规划面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="211" />
      <source>Planned share (%)</source>
      <translation>规划占比（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="211" />
      <source>Change (公顷)</source>
      <translation>增减（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="211" />
      <source>Change (亩)</source>
      <translation>增减（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="218" />
      <source>Land-use structure change (用地结构调整表)</source>
      <translation>用地结构调整表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="220" />
      <source>Transfer matrix (转移矩阵), 公顷: rows current, columns planned</source>
      <translation>转移矩阵（公顷；行为现状地类，列为规划地类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_change.py" line="234" />
      <source>Current \ planned</source>
      <translation>现状 \ 规划</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="31" />
      <source>has subject '{0}' (use landuse, zone or line)</source>
      <translation>检查对象为“{0}”（应为 landuse、zone 或 line）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="32" />
      <source>has line '{0}' (use PBF, ERL or UDB)</source>
      <translation>控制线为“{0}”（应为 PBF、ERL 或 UDB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="33" />
      <source>has position '{0}' (use inside or outside; a line rule is always outside)</source>
      <translation>位置为“{0}”（应为 inside 或 outside；line 规则只能为 outside）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="34" />
      <source>has severity '{0}' (use error, warning or info)</source>
      <translation>严重程度为“{0}”（应为 error、warning 或 info）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="35" />
      <source>has rule {0} with no classes</source>
      <translation>规则 {0} 未填写地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="36" />
      <source>holds no rules</source>
      <translation>没有任何规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="49" />
      <source>Land use against the control lines (底线约束冲突检查)</source>
      <translation>底线约束冲突检查（用地与三线）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="52" />
      <source>Checks a land-use layer (planned 用地用海, or current 三调 through the official 三调 → 用地用海 conversion) and, when given, a planning-zone layer (规划分区, e.g. GHFQDM) against 永久基本农田, 生态保护红线 and 城镇开发边界, by a rule table: construction land inside the redline (linear infrastructure a warning), 园地/林地/草地/设施农用地 or construction inside permanent farmland (自然资发〔2021〕166号), urban construction land outside the urban boundary, and the zones against the lines (生态保护区 = 生态保护红线, 农田保护区 ⊇ 永久基本农田, 城镇发展区 ⊆ 城镇开发边界).

Give your own rules as a CSV (RULES) with the columns of resources/tables/bottomline_rules.csv. A 三调 class that the conversion splits one-to-many is reported with severity info when only some of its possible classes break a rule.

OUTPUT: one polygon per conflict (rule, severity, code, source feature, area in m², 公顷, 亩, legal basis); SUMMARY: count and area per rule. Conflict areas count overlapping line features once; pieces under MIN_AREA, and always those under 0.01 m² (float noise along shared boundaries), are left out.</source>
      <translation>按规则表检查用地图层（规划用地用海，或经官方三调→用地用海转换的三调现状）以及规划分区图层（可选，如 GHFQDM）与永久基本农田、生态保护红线、城镇开发边界的关系：生态保护红线内的建设用地（线性基础设施为警告）；永久基本农田内的园地、林地、草地、设施农用地或建设用地（自然资发〔2021〕166号）；城镇开发边界外的城镇建设用地；以及规划分区与三线的关系（生态保护区 = 生态保护红线，农田保护区 ⊇ 永久基本农田，城镇发展区 ⊆ 城镇开发边界）。

可用 CSV 提供自定义规则（RULES），列与 resources/tables/bottomline_rules.csv 相同。三调地类按转换规则一对多细分时，若仅部分可能的地类违反规则，严重程度记为 info。

OUTPUT：每处冲突一个面（规则、严重程度、地类编码、来源要素、平方米/公顷/亩面积、法规依据）；SUMMARY：按规则统计处数与面积。冲突面积中相互重叠的控制线要素不重复计；小于 MIN_AREA 的图块、以及任何小于 0.01 平方米的图块（共用边界上的浮点误差）不计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="67" />
      <source>Land-use layer (planned 用地用海 or current 三调)</source>
      <translation>用地图层（规划用地用海或三调现状）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="70" />
      <source>Planning zones (规划分区), optional</source>
      <translation>规划分区（可选）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="72" />
      <source>Planning-zone code field (GHFQDM…)</source>
      <translation>规划分区代码字段（GHFQDM 等）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="74" />
      <source>Rules (CSV; empty = built-in table)</source>
      <translation>规则表（CSV；留空使用内置规则）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="76" />
      <source>Ignore conflicts smaller than (m²)</source>
      <translation>忽略小于此面积的冲突（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="83" />
      <source>Conflict area, counted once (m²)</source>
      <translation>冲突面积（不重复计，平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="84" />
      <source>Area of errors, counted once (m²)</source>
      <translation>错误级冲突面积（不重复计，平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="104" />
      <source>Give at least one control line to check against.</source>
      <translation>请至少提供一条控制线。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="112" />
      <source>Checking the rules…</source>
      <translation>正在逐条检查规则……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="144" />
      <source>{0} conflicts, {1:,.2f} m² ({2:,.4f} 公顷); errors {3:,.2f} m².</source>
      <translation>冲突 {0} 处，{1:,.2f} 平方米（{2:,.4f} 公顷）；其中错误 {3:,.2f} 平方米。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="190" />
      <source>class to be split: check whether the rule applies</source>
      <translation>该地类需细分：请核实是否违反本规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="199" />
      <source>Land use: {0} ({1} features, {2} repaired)</source>
      <translation>用地：{0}（{1} 个要素，修复 {2} 个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="200" />
      <source>Lines: {0}</source>
      <translation>控制线：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="202" />
      <source>Rules: {0}</source>
      <translation>规则：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="203" />
      <source>Conflict area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>冲突面积（不重复计）：{0:,.2f} 平方米 = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="207" />
      <source>By rule</source>
      <translation>按规则统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="207" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="207" />
      <source>Line</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="210" />
      <source>Largest conflicts</source>
      <translation>面积最大的冲突</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="226" />
      <source>planning zones</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="229" />
      <source>{0}: choose the planning-zone code field (ZONE_FIELD); none of {1} is there.</source>
      <translation>{0}：请选择规划分区代码字段（ZONE_FIELD），图层中没有 {1} 中的任何字段。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="272" />
      <source>Rule {0} not checked: {1}</source>
      <translation>规则 {0} 未检查：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="273" />
      <source>no {0} layer given</source>
      <translation>未提供{0}图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="274" />
      <source>no planning-zone layer given</source>
      <translation>未提供规划分区图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="275" />
      <source>no land-use layer</source>
      <translation>未提供用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_conflicts.py" line="277" />
      <source>{0} conflict pieces smaller than {1} m² were left out (float noise under 0.01 m² along shared boundaries is no conflict at all, and not counted).</source>
      <translation>{0} 处小于 {1} 平方米的冲突碎片未计入（共边处小于 0.01 平方米的计算误差不是冲突，不计数）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="27" />
      <source>Land-use structure table (用地结构表)</source>
      <translation>用地结构表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="30" />
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
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="44" />
      <source>Land-use layer (三调 DLTB or planned land use)</source>
      <translation>用地图层（三调地类图斑 DLTB 或规划用地）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="46" />
      <source>Report the classes in</source>
      <translation>统计所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="46" />
      <source>the input's classification</source>
      <translation>与输入数据相同</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="46" />
      <source>用地用海 2023 classes</source>
      <translation>用地用海 2023 地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="55" />
      <source>Area field instead of the geometry's area (e.g. TBDLMJ, m²)</source>
      <translation>面积字段，代替几何面积（如 TBDLMJ，单位 m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="59" />
      <source>Land-use structure table</source>
      <translation>用地结构表</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="62" />
      <source>Classification used</source>
      <translation>所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="81" />
      <source>{0} has no polygons to measure.</source>
      <translation>{0} 中没有可计算面积的面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="104" />
      <source>field {0}</source>
      <translation>字段 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="121" />
      <source>an area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="124" />
      <source>{0}: {1} features have no {2}; their geometry's area is used.</source>
      <translation>{0}：有 {1} 个要素的 {2} 为空，改用其几何面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="139" />
      <source>Zone</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="140" />
      <source>Share (%)</source>
      <translation>占比（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="143" />
      <source>Classification: {0}; level {1}</source>
      <translation>分类：{0}；地类级别：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="159" />
      <source>zones</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="165" />
      <source>{0}: the tables are not split by zone (not checked).</source>
      <translation>{0}：表格未按分区拆分（未核查）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/landuse_structure.py" line="173" />
      <source>The zones overlap by {0:,.2f} m²: land there is counted in each zone.</source>
      <translation>统计单元之间有 {0:,.2f} m² 相互重叠：重叠处的用地计入每个所在的统计单元。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="24" />
      <source>farther than the service distance</source>
      <translation>超出服务距离</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="25" />
      <source>not on a part of the road network that reaches a facility of this type</source>
      <translation>所在路网部分不连通该类设施</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="26" />
      <source>farther than MAX_SNAP from any road</source>
      <translation>距任何道路超过 MAX_SNAP</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="32" />
      <source>has a row without a facility type</source>
      <translation>有一行未填设施类型</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="33" />
      <source>repeats the type and level {0}</source>
      <translation>重复了类型和层级 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="34" />
      <source>has a service distance that is no positive number: {0}</source>
      <translation>有服务距离不是正数：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="35" />
      <source>holds no rows</source>
      <translation>没有任何行</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="37" />
      <source>The service distance table (RADII) {0} {1}{2}.</source>
      <translation>服务距离表（RADII）{0}{1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="48" />
      <source>Life circle coverage (镇村生活圈)</source>
      <translation>镇村生活圈覆盖分析</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="51" />
      <source>For each facility type (FACILITIES, TYPE_FIELD: 幼儿园, 小学, 卫生室 …) the distance along the roads from every settlement (SETTLEMENTS: 居民点 points, or residential land polygons) to its nearest facility of that type, and whether it lies within the type's service distance (RADII: type, level, service_m; resources/tables/life_circle_radii.csv names the source of each row, and leaves the distance empty where the standard gives none: give your own table then).

The roads are split where they cross or touch; line ends closer than SNAP_TOLERANCE are joined, and an end that stops that close to another road is joined to it. Facilities and settlements are snapped to the nearest road within MAX_SNAP m; the snapping legs count in the distance. A settlement on a part of the network no facility of a type can reach, or farther than MAX_SNAP from any road, is not covered, and says why.

OUTPUT: the settlements (settlement_id: their name, else feature id) with, per type i, t&lt;i&gt;_dist_m, t&lt;i&gt;_covered (1/0) and t&lt;i&gt;_level, then missing_types and missing_why; SUMMARY: per type and level, the settlements and people covered and their shares; GAPS: the settlements some type does not cover, and why; COVERAGE_PCT: the people covered over all types (population-weighted; each settlement counts one without POPULATION_FIELD).</source>
      <translation>对每类设施（FACILITIES，TYPE_FIELD：幼儿园、小学、卫生室……），计算每个居民点（SETTLEMENTS：居民点点位或居住用地面）沿道路到最近一处该类设施的距离，并判断是否在该类设施的服务距离内（RADII：type, level, service_m；resources/tables/life_circle_radii.csv 每行注明来源，标准未给出数值的留空：此时请提供自己的表）。

道路在相交或相接处打断；端点间距小于 SNAP_TOLERANCE 的相连，距另一条道路这么近而未接上的端点也接到该道路上。设施和居民点捕捉到 MAX_SNAP 米内最近的道路；捕捉段计入距离。居民点所在路网部分不连通某类设施，或距任何道路超过 MAX_SNAP 的，视为未覆盖，并说明原因。

OUTPUT：居民点（settlement_id：其名称，无则为要素编号），每类设施 i 给出 t&lt;i&gt;_dist_m、t&lt;i&gt;_covered（1/0）和 t&lt;i&gt;_level，以及 missing_types 和 missing_why；SUMMARY：分类型、分层级的覆盖居民点数、人口及比例；GAPS：有某类设施未覆盖的居民点及原因；COVERAGE_PCT：各类设施的人口覆盖率（按人口加权；无 POPULATION_FIELD 时每个居民点计 1）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="70" />
      <source>Facilities (points)</source>
      <translation>公共服务设施（点）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="72" />
      <source>Facility type field</source>
      <translation>设施类型字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="74" />
      <source>Settlements (居民点 points or residential land)</source>
      <translation>居民点（点或居住用地面）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="76" />
      <source>Population field (empty = each settlement counts one)</source>
      <translation>人口字段（留空 = 每个居民点计 1）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="78" />
      <source>Road network (lines)</source>
      <translation>道路网（线）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="80" />
      <source>Snapping tolerance for road ends (m)</source>
      <translation>道路端点捕捉容差（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="82" />
      <source>Service distances (CSV: type, level, service_m; empty = built-in table)</source>
      <translation>服务距离表（CSV：type, level, service_m；留空 = 内置表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="85" />
      <source>Largest distance from a point to the road network (m)</source>
      <translation>点到路网的最大距离（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="87" />
      <source>Settlements with their coverage</source>
      <translation>居民点及其覆盖情况</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="88" />
      <source>Coverage per type and level</source>
      <translation>分类型、分层级覆盖统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="89" />
      <source>Settlements not covered (gaps)</source>
      <translation>未覆盖居民点（服务盲区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="90" />
      <source>People covered over all types (%)</source>
      <translation>各类设施人口覆盖率（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="91" />
      <source>Settlements not covered by some type</source>
      <translation>存在未覆盖设施类型的居民点数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="102" />
      <source>settlements</source>
      <translation>居民点</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="111" />
      <source>Splitting the roads where they cross or touch…</source>
      <translation>在道路相交或相接处打断道路……</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="115" />
      <source>{0} holds no road lines: no distance along the roads can be measured.</source>
      <translation>{0} 没有道路线：无法量算沿路距离。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="117" />
      <source>{0}: {1} road lines make {2} pieces between {3} junctions and ends.</source>
      <translation>{0}：{1} 条道路线打断为 {2} 段，共 {3} 个交叉点和端点。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="147" />
      <source>{0:.1f} % of the people are covered, over {1} facility types; {2} settlements lack some type.</source>
      <translation>按 {1} 类设施计，人口覆盖率 {0:.1f} %；{2} 个居民点缺少某类设施服务。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="163" />
      <source>{0} holds no settlements to measure.</source>
      <translation>{0} 没有可量算的居民点。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="172" />
      <source>{0}: {1} settlements have no population in {2}; they count as 0 people.</source>
      <translation>{0}：{1} 个居民点的 {2} 无人口数，按 0 人计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="178" />
      <source>facilities</source>
      <translation>设施</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="185" />
      <source>{0}: {1} facilities have no type in {2}; they are left out.</source>
      <translation>{0}：{1} 个设施的 {2} 无类型，已略去。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="190" />
      <source>{0} holds no facilities with a type in {1}.</source>
      <translation>{0} 中没有在 {1} 填了类型的设施。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="198" />
      <source>The service distance table (RADII) {0} has no row for the facility types {1}. Add a row (type, level, service_m) for each and run again.</source>
      <translation>服务距离表（RADII）{0} 中没有设施类型 {1} 的行。请为每类添加一行（type, level, service_m）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="202" />
      <source>The service distance table (RADII) {0} gives no service distance for {1} (the source it names gives none, or none Lantu could confirm). Copy the table, fill in service_m (m) for these rows from your plan or standard and give it as RADII.</source>
      <translation>服务距离表（RADII）{0} 未给出 {1} 的服务距离（所注来源未给出该数值，或蓝图无法核实）。请复制该表，按规划或所依据的标准填写这些行的 service_m（米），并作为 RADII 输入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="217" />
      <source>None of {0} lies within {1:g} m (MAX_SNAP) of a road of {2}: nothing can be measured. If they lie in the same place, one has a wrong coordinate system label; else raise MAX_SNAP.</source>
      <translation>{0} 中没有任何要素位于 {2} 的道路 {1:g} 米（MAX_SNAP）以内：无法量算。若两者本应位于同一地区，其中之一的坐标系标注有误；否则请增大 MAX_SNAP。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="225" />
      <source>{0} settlements lie farther than {1:g} m (MAX_SNAP) from any road: not covered by any type.</source>
      <translation>{0} 个居民点距任何道路超过 {1:g} 米（MAX_SNAP）：任何类型均不覆盖。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/life_circle.py" line="229" />
      <source>{0}: {1} of {2} facilities lie farther than {3:g} m (MAX_SNAP) from any road and serve no one here.</source>
      <translation>{0}：{2} 个设施中有 {1} 个距任何道路超过 {3:g} 米（MAX_SNAP），不服务任何居民点。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="8" />
      <source>Invalid geometry</source>
      <translation>几何无效</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="8" />
      <source>Curved geometry (linearised)</source>
      <translation>曲线几何（已线性化）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="9" />
      <source>Empty geometry</source>
      <translation>空几何</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="9" />
      <source>Features overlap</source>
      <translation>图斑重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="10" />
      <source>Gap inside the boundary</source>
      <translation>范围内缝隙</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="10" />
      <source>Outside the boundary</source>
      <translation>超出范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="11" />
      <source>Sliver polygon</source>
      <translation>狭长碎片</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="11" />
      <source>Spike</source>
      <translation>尖角</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="11" />
      <source>Land-class code missing</source>
      <translation>地类编码缺失</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="12" />
      <source>Land-class code not in the classification</source>
      <translation>地类编码不在分类表中</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="13" />
      <source>Class name does not match the code</source>
      <translation>地类名称与编码不符</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="14" />
      <source>Recorded area differs from the computed area</source>
      <translation>记录面积与计算面积不符</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="15" />
      <source>Required field missing</source>
      <translation>必填字段缺失</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="15" />
      <source>Required value missing</source>
      <translation>必填值为空</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="16" />
      <source>CRS is not a CGCS2000 projected CRS</source>
      <translation>坐标系不是 CGCS2000 投影坐标系</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="17" />
      <source>Coordinates outside the CRS's zone</source>
      <translation>坐标超出坐标系分带范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="25" />
      <source>Invalid geometry: a ring is not closed (its last vertex is not its first); it was closed for the other checks.</source>
      <translation>几何无效：环未闭合（末顶点与首顶点不同）；其余检查按闭合后的几何进行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="27" />
      <source>Invalid geometry: a coordinate is NaN or infinite; the feature is left out of the other checks. Correct its vertices.</source>
      <translation>几何无效：存在非数值（NaN）或无穷大的坐标；该要素未参加其余检查。请更正其顶点。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="29" />
      <source>Invalid geometry: the geometry cannot be read; the feature is left out of the other checks. Redraw it.</source>
      <translation>几何无效：几何无法读取；该要素未参加其余检查。请重新绘制。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="34" />
      <source>Curved geometry (arcs): linearised as QGIS does (segments of at most 1°) for the checks.</source>
      <translation>曲线几何（含圆弧）：已按 QGIS 的方式线性化（每段不超过 1°）后参加检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="40" />
      <source>self-intersection</source>
      <translation>自相交</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="41" />
      <source>ring self-intersection</source>
      <translation>环自相交</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="42" />
      <source>too few points</source>
      <translation>点数过少</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="43" />
      <source>hole outside its shell</source>
      <translation>内环位于外环之外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="44" />
      <source>nested holes</source>
      <translation>内环嵌套</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="45" />
      <source>nested shells</source>
      <translation>外环嵌套</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="46" />
      <source>interior is disconnected</source>
      <translation>内部不连通</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="47" />
      <source>invalid coordinate</source>
      <translation>坐标无效</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="48" />
      <source>duplicate rings</source>
      <translation>重复环</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/quality_words.py" line="49" />
      <source>ring is not closed</source>
      <translation>环未闭合</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="43" />
      <source>Resolve control-line overlaps (三线冲突处理)</source>
      <translation>三线冲突处理（按优先级扣除重叠）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="46" />
      <source>Removes the overlaps between 永久基本农田, 生态保护红线 and 城镇开发边界 by a priority order (PRIORITY, default ERL &gt; PBF &gt; UDB: the redline keeps its ground, farmland loses what the redline holds, the urban boundary loses both). Writes corrected copies of the line layers — every field kept, each in its own CRS — and MOVED, one polygon per piece taken from a feature, with the line that keeps it and its area, so the planner reviews the change instead of cutting by hand. The inputs are not changed. Area fields of the copies (JBNTMJ, MJ…) are not recomputed.</source>
      <translation>按优先级（PRIORITY，默认 ERL &gt; PBF &gt; UDB：生态保护红线保留全部范围，永久基本农田扣除与红线重叠部分，城镇开发边界扣除与前两者重叠部分）消除永久基本农田、生态保护红线、城镇开发边界之间的重叠。输出处理后的各控制线图层副本（保留全部字段和各自坐标系），以及 MOVED：每个被扣除的图块一个面，注明保留该范围的控制线及面积，供规划人员复核，无需手工切割。输入图层不会被修改。副本中的面积字段（JBNTMJ、MJ 等）不会重新计算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="57" />
      <source>Priority, highest first (ERL &gt; PBF &gt; UDB)</source>
      <translation>优先级，从高到低（ERL &gt; PBF &gt; UDB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="61" />
      <source>Corrected {0}</source>
      <translation>处理后的{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="63" />
      <source>Pieces moved</source>
      <translation>调整的图块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="65" />
      <source>Area moved (m²)</source>
      <translation>调整面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="74" />
      <source>PRIORITY must name the lines PBF, ERL and UDB (or 永久基本农田, 生态保护红线, 城镇开发边界) in order, e.g. ERL &gt; PBF &gt; UDB.</source>
      <translation>PRIORITY 须按顺序写出控制线 PBF、ERL、UDB（或 永久基本农田、生态保护红线、城镇开发边界），例如 ERL &gt; PBF &gt; UDB。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="78" />
      <source>Give at least two of the three control lines.</source>
      <translation>请至少提供三条控制线中的两条。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="81" />
      <source>Priority: {0}</source>
      <translation>优先级：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="95" />
      <source>{0}: {1} features lie wholly on ground of a higher priority and are left out.</source>
      <translation>{0}：{1} 个要素整体落在更高优先级的控制线内，已剔除。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/resolve_overlaps.py" line="115" />
      <source>{0}: {1} pieces moved, {2:,.2f} m² ({3:,.4f} 公顷)</source>
      <translation>{0}：调整 {1} 块，{2:,.2f} 平方米（{3:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="31" />
      <source>Road control lines (道路控制线)</source>
      <translation>道路控制线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="34" />
      <source>Draws the building-control zone (建筑控制区) of every road, measured from the outer edge of the road land (公路用地外缘) as 《公路安全保护条例》第十一条 requires: 高速公路 ≥ 30 m, 国道 ≥ 20 m, 省道 ≥ 15 m, 县道 ≥ 10 m, 乡道 ≥ 5 m. For centre lines the buffer distance is half the road-land width (WIDTH_FIELD, or the table's default width for the grade) plus the setback; road-land polygons are buffered by the setback alone.

The grade comes from GRADE_FIELD (高速公路/国道/省道/县道/乡道/村道, English names or G/S/X/Y/C) or from route numbers in ROUTE_FIELD (G 国道, S 省道, X 县道, Y 乡道, C 村道; expressways from 1–2 or 4-digit G/S numbers, or 高速 in the grade or name). SETBACKS replaces the built-in table (resources/tables/road_setbacks.csv: grade, aliases, setback_m, width_m); a plan may set wider setbacks there.

Unknown grades are skipped and counted (UNMATCHED_COUNT, values listed in the log) or get DEFAULT_SETBACK. With DISSOLVE there is one zone per grade and where grades overlap the wider setback owns the ground. BOUNDARY clips the zones to the 片区; CHECK_LAYER polygons (planned construction land, buildings) inside a zone are written to ENCROACHMENTS with src_fid, grade and area. Of a land-use layer only the classes that encroach count (CHECK_CLASSES; by default construction land without the road land itself, as resources/tables/encroachment_classes.csv lists it for 三调 and 用地用海 codes in CHECK_CODE_FIELD).</source>
      <translation>按《公路安全保护条例》第十一条，自公路用地外缘起向外划定每条公路的建筑控制区：高速公路不少于 30 米，国道不少于 20 米，省道不少于 15 米，县道不少于 10 米，乡道不少于 5 米。道路中心线的缓冲距离为公路用地宽度的一半（取 WIDTH_FIELD，缺省时取表中该等级的默认宽度）加控制距离；公路用地面仅按控制距离缓冲。

公路等级取自 GRADE_FIELD（高速公路/国道/省道/县道/乡道/村道、英文名称或 G/S/X/Y/C），或取自 ROUTE_FIELD 中的路线编号（G 国道、S 省道、X 县道、Y 乡道、C 村道；G/S 后接 1–2 位或 4 位数字、或等级或名称中含“高速”的识别为高速公路）。SETBACKS 可替换内置表（resources/tables/road_setbacks.csv：grade, aliases, setback_m, width_m），规划确定的更宽控制距离可写入其中。

未识别的等级将被跳过并计数（UNMATCHED_COUNT，其取值列于日志），或按 DEFAULT_SETBACK 划定。启用 DISSOLVE 时每个等级融合为一个控制区，不同等级重叠处归控制距离较大者。BOUNDARY 将控制区裁剪至片区范围；CHECK_LAYER 中的面要素（规划建设用地、建筑）落入控制区的部分写入 ENCROACHMENTS，含 src_fid、等级和面积。土地利用图层中只有计为侵占的地类参与检查（CHECK_CLASSES；缺省为不含公路用地本身的建设用地，按 resources/tables/encroachment_classes.csv 中列出的三调和用地用海编码，编码字段为 CHECK_CODE_FIELD）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="55" />
      <source>Roads: centre lines or road-land polygons (公路用地)</source>
      <translation>公路：道路中心线或公路用地面</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="58" />
      <source>Grade field (高速公路/国道/省道/县道/乡道/村道)</source>
      <translation>公路等级字段（高速公路/国道/省道/县道/乡道/村道）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="61" />
      <source>Route number field (G/S/X/Y/C + number, e.g. S302)</source>
      <translation>路线编号字段（G/S/X/Y/C 加数字，如 S302）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="64" />
      <source>Setback table (CSV: grade, aliases, setback_m, width_m; empty = built-in)</source>
      <translation>控制距离表（CSV：grade, aliases, setback_m, width_m；留空用内置表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="67" />
      <source>Road-land width field (m)</source>
      <translation>公路用地宽度字段（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/road_control_lines.py" line="77" />
      <source>Give GRADE_FIELD or ROUTE_FIELD: the road grade comes from one of them.</source>
      <translation>请指定 GRADE_FIELD 或 ROUTE_FIELD：公路等级取自其中之一。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="33" />
      <source>has subject '{0}' (use line, outside_line, class, road or constraint)</source>
      <translation>的 subject 为“{0}”（应为 line、outside_line、class、road 或 constraint）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="34" />
      <source>has verdict '{0}' (use 需调整 or 不可行)</source>
      <translation>的 verdict 为“{0}”（应为 需调整 或 不可行）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="39" />
      <source>The site rules file {0} {1}{2}.</source>
      <translation>选址规则文件 {0} {1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="52" />
      <source>Check a project site (项目选址与用地预审)</source>
      <translation>项目选址与用地预审</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="55" />
      <source>For each proposed project site (SITE polygons): the area it occupies of 永久基本农田, 生态保护红线 and 城镇开发边界 and the area outside the urban boundary, of each current land class (LANDUSE, e.g. 三调 DLBM) and of cultivated land (耕地, class 01), of the road building control zones (ROADS: centre lines buffered by half their width plus the setback of their grade, 《公路安全保护条例》第十一条, resources/tables/road_setbacks.csv) and of each other constraint layer (CONSTRAINTS); then a verdict 可行 / 需调整 / 不可行 by the rule table (resources/tables/sitecheck_rules.csv, or your own RULES): the gravest verdict of the rules whose area exceeds MIN_AREA.

OUTPUT: the pieces (site, what, code or layer, area in m², 公顷, 亩); SUMMARY: one row per site; REPORT: an HTML page per site, ready to attach to a review (the file holds all sites, one printed page each, and a file &lt;report&gt;_&lt;site&gt;.html is written beside it for every site).</source>
      <translation>对每个拟选址项目（SITE 面）：统计其占用永久基本农田、生态保护红线、城镇开发边界的面积及位于城镇开发边界外的面积，占用各现状地类（LANDUSE，如三调 DLBM）及耕地（01 类）的面积，占用公路建筑控制区（ROADS：道路中线按半幅宽度加所属等级的控制距离缓冲，《公路安全保护条例》第十一条，resources/tables/road_setbacks.csv）和其他管控图层（CONSTRAINTS）的面积；再按规则表（resources/tables/sitecheck_rules.csv，或自定义 RULES）给出结论 可行 / 需调整 / 不可行：取面积超过 MIN_AREA 的规则中最严重的结论。

OUTPUT：叠加图斑（项目、类别、编码或图层、面积 m²、公顷、亩）；SUMMARY：每个项目一行；REPORT：每个项目一页 HTML，可直接附于审查材料（该文件含全部项目，打印时每项目一页，并在旁边为每个项目另写 &lt;report&gt;_&lt;项目&gt;.html）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="69" />
      <source>Proposed project sites</source>
      <translation>拟选址项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="71" />
      <source>Site name or number field (empty = feature id)</source>
      <translation>项目名称或编号字段（留空 = 要素编号）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="75" />
      <source>Current land use (三调 or 用地用海), optional</source>
      <translation>现状土地利用（三调或用地用海），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="77" />
      <source>Land-class code field (DLBM…; empty = guess)</source>
      <translation>地类编码字段（DLBM…；留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="82" />
      <source>Roads (centre lines), optional</source>
      <translation>道路（中线），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="84" />
      <source>Road grade field (高速公路/国道/省道/县道/乡道/村道; empty = guess)</source>
      <translation>道路等级字段（高速公路/国道/省道/县道/乡道/村道；留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="87" />
      <source>Road width field in m (empty = guess, none = 0)</source>
      <translation>道路宽度字段，单位 m（留空 = 自动识别，无此字段 = 0）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="90" />
      <source>Other constraint layers (polygons), optional</source>
      <translation>其他管控图层（面），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="93" />
      <source>Verdict rules (CSV; empty = built-in table)</source>
      <translation>结论规则（CSV；留空 = 内置规则表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="95" />
      <source>Ignore occupied areas up to (m²)</source>
      <translation>忽略不超过此面积的占用（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="98" />
      <source>Site pieces</source>
      <translation>项目叠加图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="99" />
      <source>Sites</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="111" />
      <source>sites</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="122" />
      <source>Overlaying the sites…</source>
      <translation>正在叠加项目…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="142" />
      <source>No code</source>
      <translation>无编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="144" />
      <source>公路建筑控制区</source>
      <translation>公路建筑控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="154" />
      <source>Site {0}: {1:,.2f} m² of its land has no land-class code, or one not in the classification; no class rule (耕地 …) can judge it: correct the codes.</source>
      <translation>项目地块 {0}：其中 {1:,.2f} 平方米的用地没有地类编码，或编码不在分类表中；任何地类规则（耕地等）都无法判断这部分用地，请更正编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="160" />
      <source>Site {0}: {1}{2}</source>
      <translation>项目 {0}：{1}{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="177" />
      <source>{0} holds no site polygons.</source>
      <translation>{0} 中没有项目面。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="185" />
      <source>inside</source>
      <translation>内</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="185" />
      <source>outside</source>
      <translation>外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="185" />
      <source>land class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="186" />
      <source>road control zone</source>
      <translation>公路建筑控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="186" />
      <source>constraint</source>
      <translation>管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="225" />
      <source>land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="247" />
      <source>{0}: choose the road grade field (ROAD_GRADE_FIELD); none of {1} is there.</source>
      <translation>{0}：请选择道路等级字段（ROAD_GRADE_FIELD）；图层中没有 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="250" />
      <source>Road control zones need a projected CRS.</source>
      <translation>公路建筑控制区需要投影坐标系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="258" />
      <source>{0}: road grades with no setback in the table, so no control zone: {1}</source>
      <translation>{0}：以下道路等级在控制距离表中没有数值，不划建筑控制区：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="260" />
      <source>{0}: {1} of {2} roads have a building control zone.</source>
      <translation>{0}：{2} 条道路中 {1} 条划有建筑控制区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="266" />
      <source>the sites</source>
      <translation>项目地块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="290" />
      <source>no land-use layer given</source>
      <translation>未提供土地利用图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="290" />
      <source>no road layer given</source>
      <translation>未提供道路图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_check.py" line="291" />
      <source>no constraint layers given</source>
      <translation>未提供管控图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="11" />
      <source>可行 feasible</source>
      <translation>可行</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="11" />
      <source>需调整 needs adjustment</source>
      <translation>需调整</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="11" />
      <source>不可行 not feasible</source>
      <translation>不可行</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="12" />
      <source>未核查 not checked: a layer given could not be looked at</source>
      <translation>未核查：所给图层无法对照</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="22" />
      <source>Site: {0}</source>
      <translation>项目：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="23" />
      <source>Site area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</source>
      <translation>项目面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="24" />
      <source>Verdict: {0}</source>
      <translation>结论：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="26" />
      <source>Land with no land-class code or an unknown one: {0:,.2f} m² (no class rule could judge it)</source>
      <translation>无地类编码或编码无法识别的用地：{0:,.2f} 平方米（地类规则无法判断）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="29" />
      <source>Not checked: {0} ({1})</source>
      <translation>未检查：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="34" />
      <source>城镇开发边界外</source>
      <translation>城镇开发边界外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="46" />
      <source>No rule that could be checked applies; the rules not checked leave the verdict open.</source>
      <translation>可核查的规则均不适用；未核查的规则使结论待定。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="47" />
      <source>No rule applies: the site is feasible as drawn.</source>
      <translation>没有适用的规则：按现方案可行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="50" />
      <source>Control lines</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="50" />
      <source>Share of site (%)</source>
      <translation>占项目面积比例（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="51" />
      <source>Current land use</source>
      <translation>现状土地利用</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="52" />
      <source>No land-use layer given.</source>
      <translation>未提供土地利用图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="53" />
      <source>Road control zones and other constraints</source>
      <translation>公路建筑控制区及其他管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="54" />
      <source>None touched.</source>
      <translation>未涉及。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="54" />
      <source>Constraint</source>
      <translation>管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="55" />
      <source>Reasons for the verdict</source>
      <translation>结论依据</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="56" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_report.py" line="59" />
      <source>Site {0}</source>
      <translation>项目 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="39" />
      <source>Find project sites (项目辅助选址)</source>
      <translation>项目辅助选址</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="42" />
      <source>Finds where a project of AREA_HA 公顷 may go in the search area (BOUNDARY). Feasible land is the land of the allowed classes (ALLOWED_CLASSES: codes, comma-separated, a code includes its sub-classes; empty = construction and unused land from resources/tables/consolidation_classes.csv, never 耕地) less 永久基本农田, 生态保护红线, the hazard areas (HAZARD) and the roads' building control zones (《公路安全保护条例》第十一条, as lantu:sitecheck draws them), inside or outside 城镇开发边界 as URBAN_RULE says (0 inside only, 1 outside only, 2 either), within MAX_ROAD_DISTANCE m of a road (0 = no limit), less the DEM cells steeper than MAX_SLOPE degrees or of unknown slope (Horn's slope, as gdaldem), and less whatever is narrower than MIN_WIDTH m (a buffer of −MIN_WIDTH/2 then +MIN_WIDTH/2).

Candidates: in each piece of feasible land large enough, a disc around the piece's pole of inaccessibility is grown until its land makes AREA_HA (to 0.5 %); the best pieces are cut first, and what is left of a piece may give another site. Score (0–100) = 40 % flatness (1 − mean slope / MAX_SLOPE) + 40 % road access (1 − distance to the nearest road / MAX_ROAD_DISTANCE, or 1000 m) + 20 % compactness (4π·area/perimeter²), over the terms that can be known. Each candidate passes lantu:sitecheck as 可行 with the same layers (a site outside 城镇开发边界 is 需调整 there, by its rule).

Outputs: OUTPUT (rank, area, mean_slope, road_distance_m, compactness, score, reasons in Chinese), CANDIDATE_COUNT, FEASIBLE_AREA_M2 (all land meeting every constraint); REPORT: what each constraint removed, and a map per candidate. When no site fits, the log and the report name the constraint that removed the most land.</source>
      <translation>按给定面积（AREA_HA 公顷）在选址范围（BOUNDARY）内查找项目可选位置。可行用地 = 可选地类（ALLOWED_CLASSES：编码，逗号分隔，编码含其下级类；留空 = resources/tables/consolidation_classes.csv 中的建设用地和未利用地，从不含耕地）的用地，扣除永久基本农田、生态保护红线、灾害隐患范围（HAZARD）和道路建筑控制区（《公路安全保护条例》第十一条，与 lantu:sitecheck 相同），按城镇开发边界规则（URBAN_RULE：0 仅限边界内，1 仅限边界外，2 不限）取舍，限于距道路 MAX_ROAD_DISTANCE 米以内（0 = 不限），扣除坡度超过 MAX_SLOPE 度或坡度未知的 DEM 像元（Horn 坡度，与 gdaldem 相同），再扣除宽度不足 MIN_WIDTH 米的部分（先向内缓冲 MIN_WIDTH/2，再向外缓冲 MIN_WIDTH/2）。

候选地块：在每块足够大的可行用地中，以其最远离边界的点为中心扩大圆盘，直至圆内用地达到 AREA_HA（误差 0.5%）；先划评分高的用地，剩余部分可再划出地块。评分（0–100）= 40% 平坦度（1 − 平均坡度 / MAX_SLOPE）+ 40% 道路可达性（1 − 距最近道路距离 / MAX_ROAD_DISTANCE，或 1000 米）+ 20% 紧凑度（4π·面积/周长²），仅计可得知的项。每个候选地块用相同图层经 lantu:sitecheck 核查均为可行（位于城镇开发边界外的地块按其规则为需调整）。

输出：OUTPUT（排名、面积、平均坡度 mean_slope、距道路距离 road_distance_m、紧凑度、评分、中文理由），CANDIDATE_COUNT，FEASIBLE_AREA_M2（满足全部约束的用地面积）；REPORT：各约束剔除的用地，每个候选地块一幅图。无地块可容纳时，日志和报告指出剔除用地最多的约束。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="63" />
      <source>Search area (e.g. the 片区)</source>
      <translation>选址范围（如片区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="65" />
      <source>Current land use (三调 DLTB or 用地用海)</source>
      <translation>现状用地（三调地类图斑或用地用海）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="67" />
      <source>Land classes a site may take (codes, comma-separated; empty = construction and unused land)</source>
      <translation>可选用的地类（编码，逗号分隔；留空 = 建设用地和未利用地）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="71" />
      <source>Urban development boundary rule</source>
      <translation>城镇开发边界规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="72" />
      <source>inside only</source>
      <translation>仅限边界内</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="72" />
      <source>outside only</source>
      <translation>仅限边界外</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="72" />
      <source>either</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="76" />
      <source>Farthest from a road (m; 0 = no limit)</source>
      <translation>距道路最远（米；0 = 不限）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="78" />
      <source>Hazard areas to avoid (地质灾害隐患点范围…), optional</source>
      <translation>需避让的灾害隐患范围（地质灾害隐患点范围等），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="79" />
      <source>DEM, optional</source>
      <translation>数字高程模型（DEM），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="81" />
      <source>Steepest slope allowed (degrees)</source>
      <translation>允许的最大坡度（度）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="83" />
      <source>Project area (公顷)</source>
      <translation>项目用地面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="85" />
      <source>Narrowest a site may be (m)</source>
      <translation>地块最小宽度（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="87" />
      <source>Candidates wanted</source>
      <translation>候选地块个数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="88" />
      <source>Candidate sites</source>
      <translation>候选地块</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="90" />
      <source>Candidates found</source>
      <translation>找到的候选地块数</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="91" />
      <source>Land meeting every constraint (m²)</source>
      <translation>满足全部约束的用地面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="108" />
      <source>Site selection measures in metres: the land use needs a projected CRS.</source>
      <translation>选址以米计量：现状用地须采用投影坐标系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="111" />
      <source>URBAN_RULE asks for sites {0} the urban development boundary, but no URBAN_BOUNDARY layer is given: give it, or choose 'either'.</source>
      <translation>城镇开发边界规则（URBAN_RULE）要求地块位于城镇开发边界{0}，但未提供城镇开发边界图层（URBAN_BOUNDARY）：请提供，或选择“不限”。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="116" />
      <source>search area</source>
      <translation>选址范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="118" />
      <source>The search area {0} holds no polygons.</source>
      <translation>选址范围 {0} 中没有面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="129" />
      <source>The DEM has {0} cells without data over the search area: land on them (and next to them) has no known slope and is not taken.</source>
      <translation>DEM 在选址范围内有 {0} 个无数据像元：其上（及相邻）用地坡度未知，不予选用。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="132" />
      <source>Finding the land that meets every constraint…</source>
      <translation>正在查找满足全部约束的用地…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="136" />
      <source>Applying: {0}</source>
      <translation>正在应用约束：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="138" />
      <source>Land meeting every constraint: {0:,.2f} m² = {1:,.4f} 公顷 in {2} pieces.</source>
      <translation>满足全部约束的用地：{0:,.2f} 平方米 = {1:,.4f} 公顷，共 {2} 块。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="149" />
      <source>Cutting candidate sites…</source>
      <translation>正在划定候选地块…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="173" />
      <source>Measuring what each constraint removes on its own…</source>
      <translation>正在测算各约束单独剔除的用地…</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="178" />
      <source>Candidate {0}: {1:,.4f} 公顷, score {2:.1f} — {3}</source>
      <translation>候选地块 {0}：{1:,.4f} 公顷，评分 {2:.1f} — {3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="193" />
      <source>The DEM {0} does not cover the search area: check that it is the DEM of this area and that its CRS is right.</source>
      <translation>DEM {0} 未覆盖选址范围：请检查它是否为本区域的 DEM、坐标系是否正确。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="210" />
      <source>the search area</source>
      <translation>选址范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="211" />
      <source>{0} does not reach the search area {1}: no land class can be known there. Check both layers' coordinate systems.</source>
      <translation>{0} 与选址范围 {1} 不相交：无法得知那里的地类。请检查两个图层的坐标系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="216" />
      <source>ALLOWED_CLASSES includes 耕地 (01): lantu:sitecheck judges a site on it 需调整 (占补平衡).</source>
      <translation>可选用地类（ALLOWED_CLASSES）包含耕地（01）：lantu:sitecheck 会将占用耕地的地块判为需调整（占补平衡）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="218" />
      <source>land a site may take</source>
      <translation>可选用的用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="251" />
      <source>hazard areas</source>
      <translation>灾害隐患范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="267" />
      <source>{0} does not reach the search area {1}: the distance to a road cannot be known there.</source>
      <translation>{0} 与选址范围 {1} 不相交：无法得知那里到道路的距离。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="274" />
      <source>{0}: {1} of {2} roads have a building control zone (field {3}); the others' road land (half their width) is avoided too.</source>
      <translation>{0}：{2} 条道路中有 {1} 条设有建筑控制区（字段 {3}）；其余道路的道路用地（半幅宽度）同样避让。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection.py" line="279" />
      <source>{0}: no road grade field ({1}): the roads' building control zones are not avoided.</source>
      <translation>{0}：没有道路等级字段（{1}）：未避让道路建筑控制区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="17" />
      <source>{0} candidate sites of {1:,.4f} 公顷 found.</source>
      <translation>找到 {0} 个 {1:,.4f} 公顷的候选地块。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="19" />
      <source> Of the {0:,.4f} 公顷 of the allowed classes in the search area, the constraint that removed the most land: {1} ({2:,.4f} 公顷 on its own).</source>
      <translation>选址范围内可选地类用地共 {0:,.4f} 公顷，其中剔除用地最多的约束：{1}（单独剔除 {2:,.4f} 公顷）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="23" />
      <source>No site of {0:,.4f} 公顷 fits: the largest piece of land meeting every constraint is {1:,.4f} 公顷.{2}</source>
      <translation>没有可容纳 {0:,.4f} 公顷的地块：满足全部约束的最大一块用地为 {1:,.4f} 公顷。{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="25" />
      <source>Only {0} of the {1} candidate sites wanted fit.{2}</source>
      <translation>所需 {1} 个候选地块中只找到 {0} 个。{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="33" />
      <source>Search area: {0}; land use: {1}; classes a site may take: {2}</source>
      <translation>选址范围：{0}；现状用地：{1}；可选用地类：{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="34" />
      <source>construction and unused land (built-in)</source>
      <translation>建设用地和未利用地（内置）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="35" />
      <source>Project area {0:,.4f} 公顷; narrowest {1:g} m; steepest {2}; farthest from a road {3}</source>
      <translation>项目用地 {0:,.4f} 公顷；最小宽度 {1:g} 米；最大坡度 {2}；距道路最远 {3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="37" />
      <source>not checked (no DEM)</source>
      <translation>未检查（无 DEM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="38" />
      <source>no limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="39" />
      <source>Urban development boundary rule: {0}</source>
      <translation>城镇开发边界规则：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="41" />
      <source>Not checked: {0}</source>
      <translation>未检查：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="43" />
      <source>What each constraint removed (公顷)</source>
      <translation>各约束剔除的用地（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="44" />
      <source>Removed on its own (公顷)</source>
      <translation>单独剔除（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="44" />
      <source>Left after it (公顷)</source>
      <translation>依次应用后剩余（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="45" />
      <source>Removed on its own: the class step from the search area, every other step from the land of the allowed classes (so no figure depends on the order); the width step from the land the others left.</source>
      <translation>单独剔除：地类约束按选址范围计，其余约束均按选址范围内可选地类的用地计（各数值与应用顺序无关）；宽度约束按其他约束剩余的用地计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="45" />
      <source>Search area</source>
      <translation>选址范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="50" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="50" />
      <source>Mean slope (°)</source>
      <translation>平均坡度（°）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="50" />
      <source>Distance to a road (m)</source>
      <translation>距道路（米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="50" />
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="50" />
      <source>Reasons</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="54" />
      <source>Land meeting every constraint</source>
      <translation>满足全部约束的用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="57" />
      <source>Hazard areas</source>
      <translation>灾害隐患范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="60" />
      <source>Candidate {0}</source>
      <translation>候选地块 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/site_selection_report.py" line="61" />
      <source>Candidate {0}: {1:,.4f} 公顷, score {2:.1f}</source>
      <translation>候选地块 {0}：{1:,.4f} 公顷，评分 {2:.1f}</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="28" />
      <source>Slope farmland (坡耕地)</source>
      <translation>坡耕地</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="31" />
      <source>Grades every cultivated parcel by slope, as 三调 GDPDJB does (1 ≤ 2°, 2 2–6°, 3 6–15°, 4 15–25°, 5 &gt; 25°), and finds the land steeper than the top threshold: the candidates for 退耕还林.

Slope is computed from the DEM in degrees with Horn's formula, exactly as GDAL's gdaldem slope does (cells next to nodata or the raster's edge have no slope). A DEM in another CRS is warped to the layer's CRS first. A parcel's mean slope is the mean over the cells whose centres fall inside it, as QGIS's zonal statistics count them (parcels with fewer than two such cells weight the cells they touch by the share covered). steep_area_m2 is the parcel's area times the share of its cells steeper than the top threshold.

Without a DEM, the layer's GDPDJB field (三调 耕地坡度级别) is used, and a parcel of grade 5 counts as steep as a whole.

Outputs: the parcels (source_fid, code, area_m2, mean_slope, slope_grade, steep_area_m2, cells), the area of each grade (AREA_GRADE_1_M2 … AREA_GRADE_5_M2) and STEEP_AREA_M2.</source>
      <translation>按三调 GDPDJB 的分级（1 级 ≤ 2°，2 级 2–6°，3 级 6–15°，4 级 15–25°，5 级 &gt; 25°）为每个耕地图斑分坡度级，并找出坡度超过最高界限的耕地，即退耕还林候选。

坡度由 DEM 按 Horn 公式以度计算，与 GDAL 的 gdaldem slope 完全一致（与无数据栅格或栅格边缘相邻的栅格无坡度）。DEM 坐标系不同时先重投影到图层坐标系。图斑平均坡度取中心落在图斑内的栅格均值，与 QGIS 分区统计的计数方式相同（中心点少于两个的图斑按所覆盖栅格的面积比例加权）。steep_area_m2 = 图斑面积 × 其中坡度超过最高界限的栅格占比。

无 DEM 时使用图层的 GDPDJB 字段（三调耕地坡度级别），5 级图斑整体计为陡坡。

输出：图斑（source_fid、code、area_m2、mean_slope、slope_grade、steep_area_m2、cells）、各级面积（AREA_GRADE_1_M2 … AREA_GRADE_5_M2）和 STEEP_AREA_M2。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="49" />
      <source>DEM (any CRS; empty = use the GDPDJB field)</source>
      <translation>数字高程模型 DEM（任意坐标系；留空则用 GDPDJB 字段）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="51" />
      <source>Slope grade thresholds (degrees, four ascending values)</source>
      <translation>坡度分级界限（度，四个递增值）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="53" />
      <source>Cultivated parcels with slope grade</source>
      <translation>耕地图斑坡度分级</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="56" />
      <source>Area of slope grade {0} (m²)</source>
      <translation>坡度 {0} 级面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="57" />
      <source>Area steeper than the top threshold (m²)</source>
      <translation>超过最高坡度界限的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="72" />
      <source>{0}: give a DEM, or a layer with a GDPDJB (耕地坡度级别) field.</source>
      <translation>{0}：请给出 DEM，或使用带 GDPDJB（耕地坡度级别）字段的图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="81" />
      <source>The DEM {0} does not cover any of the {1} cultivated parcels of {2} (no DEM cell with data under them): their slope cannot be known. Check that it is the DEM of this area and that its CRS is right.</source>
      <translation>DEM {0} 未覆盖 {2} 的 {1} 个耕地图斑中的任何一个（图斑下没有有值的 DEM 像元），无法得知其坡度。请检查该 DEM 是否为本区域的 DEM，以及其坐标系是否正确。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="88" />
      <source>Slope from {0}.</source>
      <translation>坡度来源：{0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="91" />
      <source>{0}: {1} parcels have no slope (no DEM cell with data, or no GDPDJB); they have no grade.</source>
      <translation>{0}：{1} 个图斑无坡度（无有效 DEM 栅格或无 GDPDJB），不分级。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="104" />
      <source>Steeper than {0}°: {1:,.2f} m² = {2:,.4f} 公顷</source>
      <translation>坡度大于 {0}°：{1:,.2f} 平方米 = {2:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="134" />
      <source>{0}: no parcel of the classes {1}.</source>
      <translation>{0}：没有地类为 {1} 的图斑。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="139" />
      <source>{0}: the layer's stored extent is smaller than its parcels (out of date); the slope is computed again over the parcels' extent.</source>
      <translation>{0}：图层记录的范围小于其图斑（已过时），坡度按图斑的实际范围重新计算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="144" />
      <source>The DEM does not cover the parcels.</source>
      <translation>DEM 未覆盖图斑。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="154" />
      <source>The DEM has {0} cells without data (voids) in the parcels' extent; slope there is undefined.</source>
      <translation>图斑范围内 DEM 有 {0} 个无数据栅格（空洞），该处坡度无定义。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="157" />
      <source>the DEM {0}: Horn slope (gdaldem), mean over cell centres inside each parcel</source>
      <translation>DEM {0}：Horn 法坡度（同 gdaldem），取中心落在图斑内的栅格均值</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="165" />
      <source>GDPDJB holds the standard grades (2, 6, 15, 25°); THRESHOLDS is not used without a DEM.</source>
      <translation>GDPDJB 为标准分级（2、6、15、25°）；无 DEM 时不使用 THRESHOLDS。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="168" />
      <source>{0}: field {1} holds values that are not slope grades 1–5, e.g. {2}.</source>
      <translation>{0}：字段 {1} 含有非 1–5 坡度级别的值，如 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="170" />
      <source>the field {0} (三调 耕地坡度级别)</source>
      <translation>字段 {0}（三调耕地坡度级别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="179" />
      <source>Layer: {0}; classes {1}; {2} parcels</source>
      <translation>图层：{0}；地类 {1}；图斑 {2} 个</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="181" />
      <source>Steeper than {0}° (退耕还林 candidates): {1:,.2f} 公顷</source>
      <translation>坡度大于 {0}°（退耕还林候选）：{1:,.2f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="183" />
      <source>Slope</source>
      <translation>坡度</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="185" />
      <source>Slope grades</source>
      <translation>坡度分级</translation>
    </message>
    <message>
      <location filename="../processing_provider/algorithms/slope_farmland.py" line="192" />
      <source>THRESHOLDS must be four ascending slopes in degrees between 0 and 90, e.g. 2,6,15,25; got {0}.</source>
      <translation>THRESHOLDS 须为 0–90 之间四个递增的坡度（度），如 2,6,15,25；实际为 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="17" />
      <source>1 现状研判 Current state</source>
      <translation>1 现状研判</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="18" />
      <source>2 目标定位 Targets</source>
      <translation>2 目标定位</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="19" />
      <source>3 底线约束 Bottom lines</source>
      <translation>3 底线约束</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="20" />
      <source>4 提质增效 Quality</source>
      <translation>4 提质增效</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="21" />
      <source>5 保障落实 Delivery</source>
      <translation>5 保障落实</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="71" />
      <source>Area method</source>
      <translation>面积计算方法</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="71" />
      <source>planar (projected CRS)</source>
      <translation>平面面积（投影坐标参考系）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="77" />
      <source>HTML report</source>
      <translation>HTML 报告</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="77" />
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/algorithm.py" line="83" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="27" />
      <source>auto-detect</source>
      <translation>自动识别</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="27" />
      <source>用地用海 2023 (国土空间调查、规划、用途管制用地用海分类指南)</source>
      <translation>用地用海 2023（《国土空间调查、规划、用途管制用地用海分类指南》）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="27" />
      <source>三调 DLBM (GB/T 21010-2017 + 三调工作分类)</source>
      <translation>三调地类编码 DLBM（GB/T 21010-2017 + 三调工作分类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="43" />
      <source>{0}: choose the land-class code field; none of the usual names ({1}) is there.</source>
      <translation>{0}：请选择地类编码字段；图层中没有任何常用的编码字段名（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="45" />
      <source>{0}: using field {1} for the land-class codes.</source>
      <translation>{0}：使用字段 {1} 作为地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="50" />
      <source>the field holds no codes</source>
      <translation>该字段中没有任何编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="51" />
      <source>none of its codes is a 三调 or 用地用海 code</source>
      <translation>其中没有任何三调或用地用海编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="52" />
      <source>{0} code–name pairs match 三调 names only</source>
      <translation>有 {0} 组编码与名称仅与三调的地类名称相符</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="53" />
      <source>{0} code–name pairs match 用地用海 names only</source>
      <translation>有 {0} 组编码与名称仅与用地用海的地类名称相符</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="54" />
      <source>codes that exist only in 三调: {0}</source>
      <translation>仅三调中有的编码：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="55" />
      <source>codes that exist only in 用地用海: {0}</source>
      <translation>仅用地用海中有的编码：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="56" />
      <source>most codes found in one table only are 三调 codes ({0})</source>
      <translation>只见于一种分类的编码大多为三调编码（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="57" />
      <source>most codes found in one table only are 用地用海 codes ({0})</source>
      <translation>只见于一种分类的编码大多为用地用海编码（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="58" />
      <source>the codes mix both classifications (三调 only: {0}; 用地用海 only: {1})</source>
      <translation>编码混用了两种分类（仅三调有：{0}；仅用地用海有：{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="60" />
      <source>every code is valid in both tables; the field name {0} decides</source>
      <translation>所有编码在两种分类中均有效，按字段名 {0} 判定</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="61" />
      <source>every code is valid in both tables and the field name does not tell</source>
      <translation>所有编码在两种分类中均有效，且无法从字段名判断</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="72" />
      <source>{0} distinct codes: {1} known in 三调, {2} known in 用地用海, {3} in neither; {4}.</source>
      <translation>共 {0} 种编码：三调中有 {1} 种，用地用海中有 {2} 种，两者均无 {3} 种；{4}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="82" />
      <source>{0} is empty: it has no features (with a geometry), so there are no codes in {1} to read. Choose a layer with features, or clear its filter or selection.</source>
      <translation>{0} 是空的：没有（带几何的）要素，{1} 中没有可读的代码。请选择有要素的图层，或清除其筛选条件或选择集。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="84" />
      <source>The layer</source>
      <translation>该图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="91" />
      <source>Classification: {0} (as chosen).</source>
      <translation>分类：{0}（按所选）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="93" />
      <source>The codes look like {0} rather than the chosen {1}: {2}</source>
      <translation>编码看起来是{0}，而不是所选的{1}：{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="98" />
      <source>Cannot tell whether field {0} holds 三调 or 用地用海 codes: {1} Choose it under 'Classification of the codes' (CLASSIFICATION).</source>
      <translation>无法判断字段 {0} 中是三调编码还是用地用海编码：{1}请通过“编码分类标准”（CLASSIFICATION）参数指定。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="100" />
      <source>Classification detected: {0}. Evidence: {1}</source>
      <translation>识别出的分类：{0}。依据：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="121" />
      <source>Unknown code</source>
      <translation>未知编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="123" />
      <source>{0} (to be split)</source>
      <translation>{0}（待细分）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="138" />
      <source>{0}: 三调 classes {1} map one-to-many at level {2}; they are reported as 'to be split' under their 一级 class, not guessed.</source>
      <translation>{0}：三调地类 {1} 在第 {2} 级上为一对多转换，按其一级类列为“待细分”，不作推测。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="144" />
      <source>The conversion of {0} is not confirmed by two independent sources; check it.</source>
      <translation>{0} 的转换对应关系尚未经两个独立来源核实，请核查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="151" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="152" />
      <source>{0}: {1} features have codes that are not in the {2} table: {3}</source>
      <translation>{0}：有 {1} 个要素的编码不在{2}分类表中：{3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="165" />
      <source>{0}: no land-class codes given for {1}.</source>
      <translation>{0}：未给出{1}的地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="168" />
      <source>{0}: the codes {1} given for {2} are not {3} codes.</source>
      <translation>{0}：为{2}给出的编码 {1} 不是{3}编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="171" />
      <source>{0}: {1} features of {2} ({3}: {4}).</source>
      <translation>{0}：{2}图斑 {1} 个（{3}：{4}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="188" />
      <source>{0} features have no land-class code ({1:,.2f} m² = {2:,.4f} 公顷)</source>
      <translation>{0} 个要素没有地类编码（{1:,.2f} 平方米 = {2:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="191" />
      <source>{0} features have codes that are not {1} codes ({2:,.2f} m² = {3:,.4f} 公顷; e.g. {4})</source>
      <translation>{0} 个要素的编码不是{1}编码（{2:,.2f} 平方米 = {3:,.4f} 公顷；如 {4}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="193" />
      <source>{0}: {1}. They are not counted as {2}: correct their codes to include them.</source>
      <translation>{0}：{1}。这些要素未计入{2}；请更正其编码后再纳入统计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="219" />
      <source>Cultivated land classes (codes, comma-separated; a code includes its sub-classes)</source>
      <translation>耕地地类（编码，逗号分隔；编码含其下级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/codes.py" line="250" />
      <source>The class-set table {0} cannot be used ({1}, line {2}: {3}). It needs the columns set, code, member.</source>
      <translation>地类集合表 {0} 无法使用（{1}，第 {2} 行：{3}）。该表需要 set、code、member 三列。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/control_lines.py" line="48" />
      <source>{0} has no polygons: nothing to check against it.</source>
      <translation>{0} 没有面要素，无法据此检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="113" />
      <source>its coordinates ({0:,.0f}, {1:,.0f}) are metres of a Gauss-Krüger CRS, not degrees</source>
      <translation>其坐标（{0:,.0f}, {1:,.0f}）是高斯-克吕格投影的米制坐标，不是经纬度</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="115" />
      <source>{0} is labelled {1}, but {2}. {3}</source>
      <translation>{0} 标注的坐标系是 {1}，但{2}。{3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="115" />
      <source>Set the layer's CRS to the CGCS2000 Gauss-Krüger CRS without zone prefix it was made in (EPSG:4534–4554, by its central meridian) and run again.</source>
      <translation>请把图层的坐标系设为数据实际采用的不带带号的 CGCS2000 高斯-克吕格坐标系（EPSG:4534–4554，按中央经线选择）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="123" />
      <source>its eastings ({0:,.0f}–{1:,.0f}) have 6 digits, but {2} puts the zone number {3} in front of them</source>
      <translation>其横坐标（{0:,.0f}–{1:,.0f}）为 6 位数，而 {2} 要求横坐标前加带号 {3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="127" />
      <source>zone {0} (central meridian {1:g}°E)</source>
      <translation>带号 {0}（中央经线 {1:g}°E）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="127" />
      <source>no zone number (central meridian {0:g}°E)</source>
      <translation>不带带号（中央经线 {0:g}°E）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="129" />
      <source>its eastings ({0:,.0f}–{1:,.0f}) carry the zone number {2} in front, but {3} has {4}</source>
      <translation>其横坐标（{0:,.0f}–{1:,.0f}）前带有带号 {2}，而 {3} 是{4}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="133" />
      <source>Set the layer's CRS to the Gauss-Krüger CRS its coordinates were made in and run again.</source>
      <translation>请把图层的坐标系设为其坐标实际采用的高斯-克吕格坐标系后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="135" />
      <source>{0} is labelled {1}, but {2}. With that label it lies in the wrong place. {3}</source>
      <translation>{0} 标注的坐标系是 {1}，但{2}。按这个标注，图层会落在错误的位置。{3}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="140" />
      <source>It is most likely {0}: set the layer's CRS to {0} (Layer Properties ▸ Source ▸ Assigned coordinate reference system) and run again.</source>
      <translation>它很可能是 {0}：请把图层的坐标系设为 {0}（图层属性 ▸ 源 ▸ 指定的坐标参考系）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="160" />
      <source>{0}: its coordinates ({1:,.6g}, {2:,.6g} to {3:,.6g}, {4:,.6g}) lie nowhere on the earth in its coordinate system {5}. The coordinates or the CRS label are wrong: check them against the layers they belong with, set the right CRS, and run again.</source>
      <translation>{0}：其坐标（{1:,.6g}, {2:,.6g} 至 {3:,.6g}, {4:,.6g}）在其坐标系 {5} 中不落在地球上任何位置。坐标或坐标系标注有误：请与配套图层对照检查，设置正确的坐标系后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/coordinates.py" line="187" />
      <source>{0} is in {1}, whose planar areas are {2:+.1f} % off the true area where the layer lies, so they would be meaningless. Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {3} or {4} (central meridian {5}°E), or choose the ellipsoidal area method.</source>
      <translation>{0} 采用 {1}，在图层所在位置其平面面积与真实面积相差 {2:+.1f} %，按平面计算面积没有意义。请将图层重投影到 CGCS2000 3 度带高斯-克吕格坐标系，如 {3} 或 {4}（中央经线 {5}°E），或将面积计算方法改为椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="28" />
      <source>{0}: the centre of its coordinates ({1:,.6g}, {2:,.6g}) lies nowhere on the earth in {3}. The coordinates or the CRS label are wrong: set the right CRS and run again.</source>
      <translation>{0}：其坐标中心（{1:,.6g}, {2:,.6g}）在 {3} 中不落在地球上任何位置。坐标或坐标系标注有误：请设置正确的坐标系后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="47" />
      <source> Its eastings carry the zone number {0}: {1} would fit them.</source>
      <translation>其横坐标带有带号 {0}：{1} 与之相符。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="49" />
      <source>{0} has no valid coordinate reference system (a shapefile without .prj, or a GeoPackage layer with srs_id 0).{1} Set its CRS (Layer Properties ▸ Source, or a .prj file) and run again.</source>
      <translation>{0} 没有有效的坐标参考系（缺少 .prj 的 Shapefile，或 srs_id 为 0 的 GeoPackage 图层）。{1}请设置其坐标系（图层属性 ▸ 源，或补上 .prj 文件）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="67" />
      <source>The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian {3}°E), or choose the ellipsoidal area method.</source>
      <translation>图层的坐标参考系 {0} 是地理坐标系（单位为度），按平面计算面积没有意义。请将图层重投影到 CGCS2000 3 度带高斯-克吕格投影坐标系，如 {1} 或 {2}（中央经线 {3}°E），或将面积计算方法改为椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="91" />
      <source>{0} has no coordinate reference system (a shapefile without .prj, or a GeoPackage layer with srs_id 0); its coordinates lie where {1} lies, so it is read as {2}. Set its CRS to be sure.</source>
      <translation>{0} 没有坐标参考系（缺少 .prj 的 Shapefile，或 srs_id 为 0 的 GeoPackage 图层）；其坐标与 {1} 位于同一处，因此按 {2} 读取。为稳妥起见，请设置其坐标系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="94" />
      <source>the working CRS</source>
      <translation>工作坐标系</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="99" />
      <source>{0} has no coordinate reference system (a shapefile without .prj, or a GeoPackage layer with srs_id 0), and its coordinates ({1:,.0f}, {2:,.0f} to {3:,.0f}, {4:,.0f}) do not lie where the other layers of the run lie in {5}.{6} Set its CRS (Layer Properties ▸ Source, or a .prj file) and run again.</source>
      <translation>{0} 没有坐标参考系（缺少 .prj 的 Shapefile，或 srs_id 为 0 的 GeoPackage 图层），其坐标（{1:,.0f}, {2:,.0f} 至 {3:,.0f}, {4:,.0f}）也不在本次运行其他图层在 {5} 中所在的位置。{6}请设置其坐标系（图层属性 ▸ 源，或补上 .prj 文件）后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="132" />
      <source>QGIS gives no definition of the coordinate reference system {0}: set the layer's CRS again and run again.</source>
      <translation>QGIS 未能给出坐标参考系 {0} 的定义：请重新设置该图层的坐标参考系后再运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/crs.py" line="143" />
      <source>Coordinates could not be moved from {0} to {1} ({2}): some lie where {0} cannot place them. Check the layers' CRS labels against their coordinates.</source>
      <translation>无法把坐标从 {0} 转换到 {1}（{2}）：部分坐标超出了 {0} 能表示的范围。请对照坐标检查各图层的坐标系标注。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database.py" line="55" />
      <source>{0}: the .dbf declares no code page and there is no .cpg; its text is read as {1}{2}.</source>
      <translation>{0}：.dbf 未声明代码页，也没有 .cpg 文件；文字按 {1} 读取{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database.py" line="56" />
      <source> (it is not valid UTF-8)</source>
      <translation>（不是有效的 UTF-8）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database.py" line="67" />
      <source>{0}: {1} is not a database Lantu can read: give a FileGDB folder (.gdb), a GeoPackage (.gpkg), a folder of shapefiles or a shapefile.</source>
      <translation>{0}：{1} 不是 Lantu 能读取的数据库：请给出 FileGDB 文件夹（.gdb）、GeoPackage（.gpkg）、shapefile 文件夹或 shapefile。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database.py" line="77" />
      <source>{0}: GDAL cannot open {1} ({2}).</source>
      <translation>{0}：GDAL 无法打开 {1}（{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database.py" line="84" />
      <source>{0}: there is no layer {1} in {2}.</source>
      <translation>{0}：{2} 中没有图层 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database_writer.py" line="27" />
      <source>This GDAL cannot write FileGDB: the database is written as a GeoPackage instead.</source>
      <translation>当前 GDAL 不能写 FileGDB：改为写出 GeoPackage。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database_writer.py" line="31" />
      <source>OUTPUT_DATABASE: {0} exists already. Lantu never writes over a database: choose a new name.</source>
      <translation>OUTPUT_DATABASE：{0} 已存在。Lantu 从不覆盖数据库：请换一个名称。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database_writer.py" line="68" />
      <source>OUTPUT_DATABASE: GDAL cannot create {0}.</source>
      <translation>OUTPUT_DATABASE：GDAL 无法创建 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/database_writer.py" line="97" />
      <source>{0}: GDAL could not write a feature ({1}).</source>
      <translation>{0}：GDAL 无法写入要素（{1}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/dem.py" line="48" />
      <source>Could not open the DEM {0}: {1}</source>
      <translation>无法打开 DEM {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/dem.py" line="54" />
      <source>{0} has {1} bands{2}: a DEM is a single band of elevations (an RGB or paletted image, a hillshade or a map is not). Choose a single-band elevation raster.</source>
      <translation>{0} 有 {1} 个波段{2}：DEM 应为单波段高程栅格（RGB 或调色板影像、山体阴影图或地图都不是）。请选择单波段高程栅格。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/dem.py" line="57" />
      <source> and a colour table</source>
      <translation>且带有颜色表</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/dem.py" line="61" />
      <source>The DEM {0} is stored south-up (positive y pixel size): read north-up.</source>
      <translation>DEM {0} 按南向上存储（y 像元大小为正）：已按北向上读取。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/dem.py" line="66" />
      <source>The DEM is in {0}: warped (bilinear) to {1} in memory.</source>
      <translation>DEM 坐标系为 {0}：已在内存中（双线性）重投影到 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/destinations.py" line="38" />
      <source>{0} would be written to {1}, which is the file of the input {2}. Writing there would replace or change that input (a GeoPackage is rewritten as a whole). Choose another file for {0}.</source>
      <translation>{0} 将写入 {1}，而这正是输入 {2} 的文件。写入会替换或改动该输入数据（GeoPackage 会被整体重写）。请为 {0} 另选一个文件。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/destinations.py" line="45" />
      <source>{0}: the folder {1} does not exist, so {2} cannot be written. Create the folder or choose another place; nothing has been written.</source>
      <translation>{0}：文件夹 {1} 不存在，无法写入 {2}。请先创建该文件夹或另选位置；本次未写入任何结果。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/encoding.py" line="114" />
      <source>{0}: the .dbf declares no code page and there is no .cpg; its text is read as {1}, the encoding set for the layer.</source>
      <translation>{0}：.dbf 未声明代码页，也没有 .cpg 文件；按图层设置的编码 {1} 读取文字。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/encoding.py" line="126" />
      <source>{0} has unsaved edits: it is read as it is; save it to have its text read as {1}.</source>
      <translation>{0} 有未保存的编辑：按现状读取；保存后其文字才能按 {1} 读取。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/fields.py" line="20" />
      <source>{0}: no field names its features ({1} empty, no text field): they are named by feature id.</source>
      <translation>{0}：没有可用作名称的字段（{1} 未填写，且没有文本字段）：以要素编号命名。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/fields.py" line="23" />
      <source>{0}: names from field {1} ({2} guessed from the usual names).</source>
      <translation>{0}：名称取自字段 {1}（{2} 按常用字段名自动识别）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/fields.py" line="25" />
      <source>{0}: names from field {1}, the first text field: none of the usual name fields is there. Choose {2} if it is not the name.</source>
      <translation>{0}：名称取自第一个文本字段 {1}：图层中没有常用的名称字段。如该字段不是名称，请指定 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="127" />
      <source>{0} stopped unexpectedly{1}.</source>
      <translation>{0} 意外中止{1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="131" />
      <source>{0}: unexpected error{1} (details in the QGIS log, tab Lantu).</source>
      <translation>{0}：意外错误{1}（详情见 QGIS 日志的 Lantu 标签页）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="133" />
      <source> ({0})</source>
      <translation>（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="135" />
      <source>{0} stopped on something it did not expect{1}. Check the input layers' geometries, coordinate systems and fields (lantu:checklanduse finds most faults), correct them and run again. If it happens again, send the full report from the QGIS log (View ▸ Panels ▸ Log Messages, tab Lantu) to the Lantu developers.</source>
      <translation>{0} 遇到意外情况而中止{1}。请检查输入图层的几何、坐标系和字段（lantu:checklanduse 可发现大多数问题），修正后重新运行。如仍出现，请把 QGIS 日志（视图 ▸ 面板 ▸ 日志消息，Lantu 标签页）中的完整报告发给 Lantu 开发者。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="140" />
      <source>{0} stopped on something it did not expect{1}{2}. Check that layer's geometries, coordinate system and fields (lantu:checklanduse finds most faults), correct them and run again. If it happens again, send the full report from the QGIS log (View ▸ Panels ▸ Log Messages, tab Lantu) to the Lantu developers.</source>
      <translation>{0} 遇到意外情况而中止{1}{2}。请检查该图层的几何、坐标系和字段（lantu:checklanduse 可发现大多数问题），修正后重新运行。如仍出现，请把 QGIS 日志（视图 ▸ 面板 ▸ 日志消息，Lantu 标签页）中的完整报告发给 Lantu 开发者。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="152" />
      <source> while reading {0}</source>
      <translation>（读取 {0} 时）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/guard.py" line="153" />
      <source> while reading {0}, feature {1}</source>
      <translation>（读取 {0} 的要素 {1} 时）</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reach.py" line="14" />
      <source>{0} has no polygons: what depends on it is not checked.</source>
      <translation>{0} 没有面要素：依赖它的内容均未核查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reach.py" line="16" />
      <source>{0} lies wholly apart from {1} ({2:,.0f} m away): a wrong coordinate system label, or the wrong layer? What depends on it is not checked.</source>
      <translation>{0} 与{1}完全不相交（相距 {2:,.0f} 米）：坐标系标注有误，还是图层选错？依赖它的内容均未核查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reach.py" line="25" />
      <source>the layer has no polygons</source>
      <translation>图层没有面要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reach.py" line="25" />
      <source>the layer lies apart</source>
      <translation>图层位置不相交</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="116" />
      <source>{0} must be a polygon layer; it holds {1}.</source>
      <translation>{0} 必须是面图层，但其几何类型为 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="117" />
      <source>{0} must be a line layer; it holds {1}.</source>
      <translation>{0} 应为线图层，实为 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="223" />
      <source>{0}: {1} geometries became invalid in the working CRS and were made valid.</source>
      <translation>{0}：{1} 个几何在工作坐标参考系中变为无效，已修复。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="225" />
      <source>{0}: repaired {1} invalid geometries (make-valid, no area lost).</source>
      <translation>{0}：已修复 {1} 个无效几何（make-valid，面积无损失）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="227" />
      <source>{0}: skipped {1} features with no polygon geometry (null or empty).</source>
      <translation>{0}：已跳过 {1} 个没有面几何的要素（几何为 NULL 或空）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="230" />
      <source>{0}: skipped {1} features with no line (null, empty or zero length).</source>
      <translation>{0}：跳过 {1} 个无线几何的要素（空值、空几何或长度为零）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="236" />
      <source>{0} is empty: it has no features. What depends on it is not checked.</source>
      <translation>{0} 是空的：没有要素。依赖它的检查未进行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="259" />
      <source>{0} and {1} do not overlap at all in {2}: {0} lies {3:,.0f} m away. If they should overlap, one of them has a wrong coordinate system label; what depends on both is not checked.</source>
      <translation>{0} 与 {1} 在 {2} 中完全不重叠：{0} 相距 {3:,.0f} 米。如果两者本应重叠，说明其中之一的坐标系标注有误；依赖两者的检查未进行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/reading.py" line="319" />
      <source>{0}: field {1} holds values that are not numbers, e.g. {2}.</source>
      <translation>{0}：字段 {1} 含有非数值的值，例如 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/sanitise.py" line="55" />
      <source>{0}: closed the open rings of {1} features (their last vertex was not their first): feature ids {2}.</source>
      <translation>{0}：已闭合 {1} 个要素未闭合的环（末点与首点不同）：要素编号 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/sanitise.py" line="59" />
      <source>{0}: skipped {1} features with coordinates that are not numbers (NaN or infinite): feature ids {2}. Correct their vertices and run again to include them.</source>
      <translation>{0}：跳过 {1} 个坐标不是数值（NaN 或无穷大）的要素：要素编号 {2}。请修正其节点后重新运行，以纳入这些要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/sanitise.py" line="64" />
      <source>{0}: skipped {1} features whose geometry cannot be read: feature ids {2}. Redraw or delete them and run again.</source>
      <translation>{0}：跳过 {1} 个几何无法读取的要素：要素编号 {2}。请重新绘制或删除后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/sanitise.py" line="81" />
      <source>{0}: {1} features hold a geometry collection or other non-polygon parts; only their polygons are used: feature ids {2}.</source>
      <translation>{0}：{1} 个要素含几何集合或其他非面部分，仅使用其中的面：要素编号 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/tables.py" line="17" />
      <source>has a row without an id</source>
      <translation>有一行缺少规则编号</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/tables.py" line="18" />
      <source>repeats the rule id {0}</source>
      <translation>规则编号 {0} 重复</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/tables.py" line="22" />
      <source>The rules file {0} {1}{2}.</source>
      <translation>规则文件 {0} {1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/values.py" line="21" />
      <source>{0}: field {1} holds negative values ({2:g} at feature {3}); {4} cannot be negative. Features: {5}{6}. Correct them and run again.</source>
      <translation>{0}：字段 {1} 含有负值（要素 {3} 为 {2:g}）；{4}不能为负。涉及要素：{5}{6}。请更正后重新运行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/writing.py" line="64" />
      <source>Could not create the output {0}.</source>
      <translation>无法创建输出 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/bridge/writing.py" line="79" />
      <source>Could not write row {0} to the output {1} ({2}): {3}</source>
      <translation>无法把第 {0} 行写入输出 {1}（{2}）：{3}</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="45" />
      <source>Make the base map</source>
      <translation>生成规划底图</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="45" />
      <source>Base map</source>
      <translation>规划底图</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="75" />
      <source>no code</source>
      <translation>无地类编码</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="77" />
      <source>no candidate class</source>
      <translation>无候选地类</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="77" />
      <source>choose among {0}</source>
      <translation>在 {0} 中选定</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="96" />
      <source>Convert the current land use (三调) into 用地用海 classes: the layer the plan is drawn on</source>
      <translation>将现状用地（三调）转换为用地用海分类：编制规划所用的底图</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="98" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="139" />
      <source>Cancelled; no base map was written.</source>
      <translation>已取消，未生成规划底图。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="158" />
      <source>The base map was written to {0} but could not be loaded.</source>
      <translation>规划底图已写入 {0}，但无法加载。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="160" />
      <source>The base map was written to {0}.</source>
      <translation>规划底图已写入 {0}。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="165" />
      <source>{0} is not available in this version.</source>
      <translation>本版本不提供 {0}。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="167" />
      <source>The base map needs the current land use: set it on the Layers page.</source>
      <translation>生成规划底图需要现状用地图层：请在“图层”页设置。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="169" />
      <source>failed; see the Processing log</source>
      <translation>运行失败，详见处理工具日志</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="173" />
      <source>规划底图 (base map) {0}</source>
      <translation>规划底图 {0}</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="190" />
      <source>Take {0} as the planned land use, the layer the plan is drawn on? Settle its {1} undecided parcels first.</source>
      <translation>将 {0} 作为规划用地图层，在其上编制规划？请先确定其中 {1} 个待定图斑的地类。</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="221" />
      <source>Undecided parcels in {0}: {1} (settle them first; click one to zoom to it)</source>
      <translation>{0} 中的待定图斑：{1} 个（请先确定其地类；单击可定位）</translation>
    </message>
    <message>
      <location filename="../ui/basemap.py" line="224" />
      <source>Undecided parcels in {0}: none</source>
      <translation>{0} 中的待定图斑：无</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="15" />
      <source>Template database (空库)</source>
      <translation>模板数据库（空库）</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="16" />
      <source>GeoPackage or FileGDB (*.gpkg *.gdbtable *.gdb);;All files (*)</source>
      <translation>GeoPackage 或 FileGDB (*.gpkg *.gdbtable *.gdb);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="17" />
      <source>The province's empty template database: its layers, fields, types and lengths are the schema</source>
      <translation>本省下发的空库：其图层、字段、类型和长度即为数据库结构</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="18" />
      <source>Schema table (CSV)</source>
      <translation>结构表（CSV）</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="19" />
      <source>A schema as a table (layer, geometry, YSDM, field, type, length, decimals, required, domain)</source>
      <translation>以表格给出的数据库结构（图层、几何类型、要素代码、字段、类型、长度、小数位、必填、值域）</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="20" />
      <source>Mapping (CSV)</source>
      <translation>字段对应表（CSV）</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="21" />
      <source>Which working layer and field fills which template layer and field; empty = guessed from the names and written out beside the database, to edit and use here</source>
      <translation>哪个工作图层和字段填入模板的哪个图层和字段；留空 = 按名称推测，并写在数据库旁，可编辑后在此选用</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="41" />
      <source>Plan database (成果入库 and 质检)</source>
      <translation>成果数据库（成果入库与质检）</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="44" />
      <source>Fill the plan database and check it when this step runs</source>
      <translation>运行本步骤时成果入库并质检</translation>
    </message>
    <message>
      <location filename="../ui/database_box.py" line="64" />
      <source>Without a template or schema, Lantu's EXAMPLE schema is used: it is not your province's. The database is written beside the project's results, never over one.</source>
      <translation>未选择空库或结构表时，使用 Lantu 的示例结构，并非本省标准。成果数据库写在工程成果目录中，从不覆盖已有数据库。</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="59" />
      <source>Layers</source>
      <translation>图层</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="60" />
      <source>Which layer of the project is which, their fields and the plan's settings</source>
      <translation>项目中各图层的用途、读取的字段和规划设置</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="68" />
      <source>Live</source>
      <translation>实时</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="69" />
      <source>Every edit of a plan layer checked at once (边画边检)</source>
      <translation>规划图层的每一次编辑都即时检查（边画边检）</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="71" />
      <source>Export</source>
      <translation>输出</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="72" />
      <source>The review report and the standard maps</source>
      <translation>审查报告与标准图件</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" line="181" />
      <source>The demo was opened from its copy in {0}, so that its results are saved beside it.</source>
      <translation>已打开示范项目在 {0} 中的副本，成果将保存在其旁边。</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="20" />
      <source>(plan without a name)</source>
      <translation>（未命名规划）</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="26" />
      <source>Layer roles</source>
      <translation>图层用途</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="26" />
      <source>Role</source>
      <translation>用途</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="32" />
      <source>No targets yet.</source>
      <translation>尚未填写目标指标。</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="41" />
      <source>Algorithm</source>
      <translation>算法</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="44" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="48" />
      <source>Not checked</source>
      <translation>未检查项</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="62" />
      <source>… and {0} more</source>
      <translation>…另有 {0} 条</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="65" />
      <source>Review report: {0}</source>
      <translation>审查报告：{0}</translation>
    </message>
    <message>
      <location filename="../ui/export.py" line="65" />
      <source>Date: {0}</source>
      <translation>日期：{0}</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="22" />
      <source>An HTML review report of every step (tables, findings, figures), the tables as one spreadsheet with the dock's headers and units, and the standard maps from the layout templates, as PDF and PNG.</source>
      <translation>各步骤的 HTML 审查报告（表格、问题、指标），与面板表头和单位一致的表格汇总电子表格，以及按布局模板输出的标准图件（PDF 与 PNG）。</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="27" />
      <source>Write the review report…</source>
      <translation>生成审查报告…</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="29" />
      <source>Save the tables as a spreadsheet (.xlsx)…</source>
      <translation>表格另存为电子表格（.xlsx）…</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="31" />
      <source>Export the standard maps…</source>
      <translation>输出标准图件…</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="54" />
      <source>Review report</source>
      <translation>审查报告</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="60" />
      <source>Report written: {0}</source>
      <translation>报告已生成：{0}</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="65" />
      <source>Tables</source>
      <translation>表格</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="65" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="75" />
      <source>Tables written: {0} ({1} sheets)</source>
      <translation>表格已写出：{0}（{1} 个工作表）</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="83" />
      <source>Folder for the maps</source>
      <translation>图件输出文件夹</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="94" />
      <source>Exporting the maps in the background…</source>
      <translation>正在后台输出图件…</translation>
    </message>
    <message>
      <location filename="../ui/export_page.py" line="114" />
      <source>Maps written: {0}</source>
      <translation>已输出图件：{0}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="28" />
      <source>{0}: {1}</source>
      <translation>{0}：{1}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="29" />
      <source>{0}: {1} — {2}</source>
      <translation>{0}：{1}——{2}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="32" />
      <source>{0}: {1} ({2}) — {3}</source>
      <translation>{0}：{1}（{2}）——{3}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="38" />
      <source>{0} overlaps {1}: {2}</source>
      <translation>{0}与{1}重叠：{2}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="39" />
      <source> (a sliver)</source>
      <translation>（细碎重叠）</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="41" />
      <source>Inside the {0} control zone: {1}</source>
      <translation>位于{0}建筑控制区内：{1}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="46" />
      <source>Settlement {0} ({1}), relocate: {2}; {3}</source>
      <translation>居民点 {0}（{1}）建议腾退：{2}；{3}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="51" />
      <source>Settlement {0}: no {1} within reach — {2}</source>
      <translation>居民点 {0}：服务范围内无 {1} — {2}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="56" />
      <source>Cultivated land steeper than 25°: mean slope {0:.1f}°, {1}</source>
      <translation>25° 以上坡耕地：平均坡度 {0:.1f}°，{1}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="59" />
      <source>{0} → {1}: {2}</source>
      <translation>{0} → {1}：{2}</translation>
    </message>
    <message>
      <location filename="../ui/findings.py" line="62" />
      <source>Site {0}: {1} {2}, {3}</source>
      <translation>项目 {0}：{1} {2}，{3}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="17" />
      <source>Current land use (三调 DLTB)</source>
      <translation>现状用地（三调地类图斑）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="18" />
      <source>Planned land use (用地用海)</source>
      <translation>规划用地（用地用海）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="19" />
      <source>永久基本农田 (permanent farmland)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="20" />
      <source>生态保护红线 (ecological red line)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="23" />
      <source>Townships (乡镇)</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="25" />
      <source>Village clusters (村级片区)</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="26" />
      <source>DEM (elevation)</source>
      <translation>数字高程模型（DEM）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="27" />
      <source>Public service facilities (公共服务设施, points)</source>
      <translation>公共服务设施（点）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="28" />
      <source>Settlements (居民点, points)</source>
      <translation>居民点（点）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="29" />
      <source>Planning zones (规划分区), if not in the planned land use</source>
      <translation>规划分区（规划用地图层不含分区代码时）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Land-class code</source>
      <translation>地类代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="35" />
      <source>Recorded area (m²)</source>
      <translation>图斑面积（平方米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>Road grade</source>
      <translation>道路等级</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="36" />
      <source>Route number</source>
      <translation>路线编号</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Road width (m)</source>
      <translation>路面宽度（米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="37" />
      <source>Planning-zone code</source>
      <translation>规划分区代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>城镇村属性码 (CZCSXM)</source>
      <translation>城镇村属性码（CZCSXM）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="38" />
      <source>Facility type</source>
      <translation>设施类型</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="42" />
      <source>m²</source>
      <translation>平方米</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="42" />
      <source>ha</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="42" />
      <source>mu</source>
      <translation>亩</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="46" />
      <source>needs attention</source>
      <translation>需关注</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="47" />
      <source>done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="52" />
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="52" />
      <source>a layer role is missing</source>
      <translation>缺少图层</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="53" />
      <source>not available in this version</source>
      <translation>当前版本尚未提供</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="58" />
      <source>Village cluster (empty = total)</source>
      <translation>村级片区（空 = 合计）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="59" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="59" />
      <source>Binding (≥ or ≤)</source>
      <translation>约束（≥ 或 ≤）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>Area</source>
      <translation>面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>Current area</source>
      <translation>现状面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="65" />
      <source>Planned area</source>
      <translation>规划面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Homestead land</source>
      <translation>宅基地面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>To relocate (腾退)</source>
      <translation>腾退面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="66" />
      <source>Resettlement (安置)</source>
      <translation>安置面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>Surplus quota (节余指标)</source>
      <translation>节余指标</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>In hazard areas</source>
      <translation>位于灾害区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="67" />
      <source>In constraint areas</source>
      <translation>位于约束区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>Site area</source>
      <translation>用地面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>On 永久基本农田</source>
      <translation>占永久基本农田</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>In 生态保护红线</source>
      <translation>占生态保护红线</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="68" />
      <source>In 城镇开发边界</source>
      <translation>位于城镇开发边界内</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="69" />
      <source>Outside 城镇开发边界</source>
      <translation>位于城镇开发边界外</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="69" />
      <source>On cultivated land</source>
      <translation>占耕地</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="69" />
      <source>Land of no known class</source>
      <translation>无有效地类编码的用地</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="70" />
      <source>In road control zones</source>
      <translation>占道路控制区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="70" />
      <source>Steeper than 25°</source>
      <translation>25° 以上面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="70" />
      <source>Steep farmland</source>
      <translation>坡耕地</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="71" />
      <source>Planned − target</source>
      <translation>规划值−目标值</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="71" />
      <source>Abandoned mines</source>
      <translation>废弃工矿</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="72" />
      <source>Restorable at once</source>
      <translation>即可恢复</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="73" />
      <source>Restorable with works</source>
      <translation>工程恢复</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="73" />
      <source>Potential</source>
      <translation>整治潜力</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="75" />
      <source>永久基本农田面积</source>
      <translation>永久基本农田面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="75" />
      <source>耕地保有量</source>
      <translation>耕地保有量</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="75" />
      <source>城乡建设用地面积</source>
      <translation>城乡建设用地面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="76" />
      <source>林地保有量</source>
      <translation>林地保有量</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="76" />
      <source>湿地面积</source>
      <translation>湿地面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="76" />
      <source>生态保护红线面积</source>
      <translation>生态保护红线面积</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="83" />
      <source>Row</source>
      <translation>行类型</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="84" />
      <source>Conversion rule</source>
      <translation>转换规则</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="84" />
      <source>Candidate classes</source>
      <translation>候选地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="84" />
      <source>Why undecided</source>
      <translation>待定原因</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="85" />
      <source>Confirmed source</source>
      <translation>来源已核实</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="85" />
      <source>Target as given</source>
      <translation>下达目标（原文）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="87" />
      <source>Rule name</source>
      <translation>规则名称</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="87" />
      <source>Control line</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="88" />
      <source>Checked</source>
      <translation>检查情况</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="88" />
      <source>Class name</source>
      <translation>地类名称</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="90" />
      <source>Check id</source>
      <translation>检查项编号</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="90" />
      <source>Lines overlapping</source>
      <translation>重叠的控制线</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="92" />
      <source>Sliver</source>
      <translation>细碎</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="92" />
      <source>Block</source>
      <translation>连片编号</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="92" />
      <source>百亩方</source>
      <translation>百亩方</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="93" />
      <source>Settlement</source>
      <translation>居民点</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="93" />
      <source>Proposal</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="95" />
      <source>Resettlement measured</source>
      <translation>安置测算方式</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="96" />
      <source>Township</source>
      <translation>乡镇</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="96" />
      <source>Villages</source>
      <translation>行政村</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="97" />
      <source>Indicator id</source>
      <translation>指标编号</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="98" />
      <source>Binding</source>
      <translation>约束</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="98" />
      <source>Met</source>
      <translation>是否达标</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="99" />
      <source>Setback (m)</source>
      <translation>控制距离（米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="100" />
      <source>Buffer (m)</source>
      <translation>缓冲距离（米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="100" />
      <source>Current code</source>
      <translation>现状地类代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="100" />
      <source>Current class</source>
      <translation>现状地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="101" />
      <source>Current row</source>
      <translation>现状行类型</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="101" />
      <source>Planned code</source>
      <translation>规划地类代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="101" />
      <source>Planned class</source>
      <translation>规划地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="102" />
      <source>Planned row</source>
      <translation>规划行类型</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="103" />
      <source>Slope grade</source>
      <translation>坡度级别</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="104" />
      <source>DEM cells</source>
      <translation>栅格数</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="104" />
      <source>Code A</source>
      <translation>甲地类代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="104" />
      <source>Class A</source>
      <translation>甲地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="104" />
      <source>Code B</source>
      <translation>乙地类代码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="105" />
      <source>Class B</source>
      <translation>乙地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="105" />
      <source>Kept by</source>
      <translation>保留于</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="105" />
      <source>Site</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="106" />
      <source>Against</source>
      <translation>对照对象</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="106" />
      <source>Against (name)</source>
      <translation>对照对象名称</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="106" />
      <source>Key</source>
      <translation>对照编码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="106" />
      <source>Constraints</source>
      <translation>约束</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="107" />
      <source>Farmland parcels</source>
      <translation>耕地图斑数</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="108" />
      <source>百亩方 blocks</source>
      <translation>百亩方个数</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="108" />
      <source>Share in 百亩方 (%)</source>
      <translation>百亩方占比（%）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="108" />
      <source>Changed</source>
      <translation>是否变化</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="109" />
      <source>Compactness (disc = 1)</source>
      <translation>紧凑度（圆 = 1）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="111" />
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="111" />
      <source>Service distance (m)</source>
      <translation>服务距离（米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="112" />
      <source>Settlements covered</source>
      <translation>覆盖居民点数</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="113" />
      <source>Settlements covered (%)</source>
      <translation>居民点覆盖率（%）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="113" />
      <source>People covered</source>
      <translation>覆盖人口</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="114" />
      <source>People covered (%)</source>
      <translation>人口覆盖率（%）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="114" />
      <source>Not reachable by road</source>
      <translation>道路不可达</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="114" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="115" />
      <source>Types not within reach</source>
      <translation>服务范围外的设施类型</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="115" />
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="127" />
      <source>distance (m)</source>
      <translation>距离（米）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="127" />
      <source>covered</source>
      <translation>是否覆盖</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="127" />
      <source>level</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="128" />
      <source>Type {0}: {1}</source>
      <translation>设施类型 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="133" />
      <source>{0} ({1})</source>
      <translation>{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="165" />
      <source>class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="165" />
      <source>to be split</source>
      <translation>待细分</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="165" />
      <source>unknown code</source>
      <translation>未知编码</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="166" />
      <source>class group</source>
      <translation>地类汇总</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="166" />
      <source>class group, to be split</source>
      <translation>地类汇总（待细分）</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="166" />
      <source>not covered</source>
      <translation>未覆盖</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="169" />
      <source>info</source>
      <translation>提示</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="170" />
      <source>per person moved</source>
      <translation>按搬迁人口</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="170" />
      <source>as a share of the land relocated</source>
      <translation>按腾退面积比例</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="171" />
      <source>keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="171" />
      <source>relocate</source>
      <translation>腾退</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="173" />
      <source>not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="174" />
      <source>control line</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="174" />
      <source>outside a control line</source>
      <translation>控制线外</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="175" />
      <source>constraint layer</source>
      <translation>约束图层</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="176" />
      <source>small</source>
      <translation>面积过小</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="176" />
      <source>few parcels</source>
      <translation>图斑过少</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="176" />
      <source>hazard area</source>
      <translation>位于灾害区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="177" />
      <source>constraint area</source>
      <translation>位于约束区</translation>
    </message>
    <message>
      <location filename="../ui/labels.py" line="177" />
      <source>far from roads</source>
      <translation>远离道路</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="29" />
      <source>Live check</source>
      <translation>实时检查</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="30" />
      <source>{0} errors remain in {1}. Save the edits anyway?</source>
      <translation>{1} 中还有 {0} 处错误。仍要保存编辑吗？</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="33" />
      <source>Save anyway</source>
      <translation>仍然保存</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="34" />
      <source>Go back</source>
      <translation>返回修改</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="50" />
      <source>Live check (实时检查)</source>
      <translation>实时检查（边画边检）</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="53" />
      <source>Check every edit of a plan layer at once: the bottom-line rules, the three lines, geometry and codes, and the targets</source>
      <translation>即时检查规划图层的每一次编辑：底线约束规则、三条控制线、几何与编码，以及规划目标</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="137" />
      <source>{0}: no land-class code field; choose it on the Layers tab.</source>
      <translation>{0}：没有地类编码字段；请在“图层”页选择。</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="193" />
      <source>{0}: saved with {1} errors left.</source>
      <translation>{0}：已保存，仍有 {1} 处错误。</translation>
    </message>
    <message>
      <location filename="../ui/live_check.py" line="200" />
      <source>{0}: not saved; your edits are still there to correct.</source>
      <translation>{0}：未保存；编辑内容仍在，可继续修改。</translation>
    </message>
    <message>
      <location filename="../ui/live_layer.py" line="22" />
      <source>Live check findings</source>
      <translation>实时检查结果</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="28" />
      <source>While Live check is on, every edit of the planned or current land use or of a control line is checked at once against the bottom-line rules, the other lines and the geometry and code checks; the targets follow the planned land use. Put a layer in edit mode to begin.</source>
      <translation>开启实时检查后，对规划用地、现状用地或控制线的每一次编辑，都会即时按底线约束规则、其他控制线以及几何与编码检查进行核查；规划目标随规划用地的变化而更新。将图层切换到编辑状态即可开始。</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="40" />
      <source>Findings (click one to zoom to it)</source>
      <translation>问题清单（单击定位）</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="45" />
      <source>Targets, as the plan stands now</source>
      <translation>规划目标（按当前方案）</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="80" />
      <source>Live check is off.</source>
      <translation>实时检查已关闭。</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="84" />
      <source>Checking {0}: ready in {1:.1f} s{2}.</source>
      <translation>正在检查 {0}：{1:.1f} 秒完成准备{2}。</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="86" />
      <source>; last edit checked in {0:.0f} ms</source>
      <translation>；上次编辑检查用时 {0:.0f} 毫秒</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="88" />
      <source>Targets: {0}</source>
      <translation>规划目标：{0}</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="88" />
      <source>computing…</source>
      <translation>计算中…</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="91" />
      <source>Not checked live: {0} (no such line, or rules on planning zones: run the step).</source>
      <translation>未实时检查：{0}（缺少该控制线，或为规划分区规则：请运行该步骤）。</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="95" />
      <source>No plan layer is in edit mode.</source>
      <translation>没有规划图层处于编辑状态。</translation>
    </message>
    <message>
      <location filename="../ui/live_page.py" line="98" />
      <source>{0} findings, {1} of them errors.</source>
      <translation>共 {0} 项问题，其中错误 {1} 项。</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="29" />
      <source>{0}, feature {1}</source>
      <translation>{0}，要素 {1}</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="33" />
      <source>{0}: {1} ({2}) — {3}, {4} {5}, {6:,.4f} 公顷</source>
      <translation>{0}：{1}（{2}）— {3}，{4} {5}，{6:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="35" />
      <source>; class to be split: check whether the rule applies</source>
      <translation>；地类待细分：请核实是否适用该规则</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="39" />
      <source>{0}: {1} (feature {2}) overlaps {3} (feature {4}) by {5:,.4f} 公顷</source>
      <translation>{0}：{1}（要素 {2}）与{3}（要素 {4}）重叠 {5:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="44" />
      <source>{0}: {1} — {2}: {3} at ({4:.3f}, {5:.3f})</source>
      <translation>{0}：{1} — {2}：{3}，位置 ({4:.3f}, {5:.3f})</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="47" />
      <source>{0}: {1} — {2} and feature {3} share {4:,.2f} m²</source>
      <translation>{0}：{1} — {2} 与要素 {3} 重叠 {4:,.2f} 平方米</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="50" />
      <source>{0}: a gap of {1:,.2f} m² opened beside the neighbours of {2}</source>
      <translation>{0}：{2} 与相邻图斑之间出现 {1:,.2f} 平方米的缝隙</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="52" />
      <source>{0}: {1} — {2}: {3}</source>
      <translation>{0}：{1} — {2}：{3}</translation>
    </message>
    <message>
      <location filename="../ui/live_words.py" line="54" />
      <source>{0}: {1} — {2}: {3} is {4}, not {5}</source>
      <translation>{0}：{1} — {2}：{3} 应为“{4}”，而非“{5}”</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="79" />
      <source>规划分区</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="96" />
      <source>{0}: none of its layers is set on the Layers page.</source>
      <translation>{0}：所需图层均未在“图层”页指定。</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="182" />
      <source>Lantu: exporting the standard maps</source>
      <translation>蓝图：输出标准图件</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="205" />
      <source>The map export failed: {0}</source>
      <translation>图件输出失败：{0}</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="222" />
      <source>{0}: export failed ({1}).</source>
      <translation>{0}：输出失败（{1}）。</translation>
    </message>
    <message>
      <location filename="../ui/maps.py" line="226" />
      <source>The map export was cancelled.</source>
      <translation>图件输出已取消。</translation>
    </message>
    <message>
      <location filename="../ui/model_actions.py" line="31" />
      <source>Edit model…</source>
      <translation>编辑模型…</translation>
    </message>
    <message>
      <location filename="../ui/results.py" line="24" />
      <source>Lantu: {0}</source>
      <translation>蓝图：{0}</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="42" />
      <source>required: {0}</source>
      <translation>必需：{0}</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="42" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="44" />
      <source>optional: {0}</source>
      <translation>可选：{0}</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="45" />
      <source>used by the maps only</source>
      <translation>仅用于出图</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="55" />
      <source>Tell Lantu which layer of the project is which, and which field holds what. The guess comes from layer and field names; correct it here. Everything is saved in the project.</source>
      <translation>请指定项目中各图层的用途及所读取的字段。蓝图根据图层名和字段名自动识别，可在此更正；所有设置都保存在项目中。</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="62" />
      <source>e.g. 某某片区</source>
      <translation>如：某某片区</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="64" />
      <source>Plan name</source>
      <translation>规划名称</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="68" />
      <source>Plan date</source>
      <translation>编制日期</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="77" />
      <source>Areas shown in</source>
      <translation>面积单位</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="83" />
      <source>Guess again</source>
      <translation>重新识别</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="85" />
      <source>Load demo project</source>
      <translation>打开示例项目</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="115" />
      <source>Standard names: {0}; empty = not used</source>
      <translation>标准字段名：{0}；留空表示不使用</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="125" />
      <source>Fields every parcel must have filled in, comma-separated; empty = not checked</source>
      <translation>每个图斑都必须填写的字段，以逗号分隔；留空则不检查</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="129" />
      <source>Required fields</source>
      <translation>必填字段</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="134" />
      <source>CSV: type, level, service_m; empty = the built-in table, whose distances are left for you to fill</source>
      <translation>CSV：type, level, service_m；留空 = 内置表（其服务距离需自行填写）</translation>
    </message>
    <message>
      <location filename="../ui/roles_page.py" line="139" />
      <source>Service distances</source>
      <translation>服务距离表</translation>
    </message>
    <message>
      <location filename="../ui/runner.py" line="276" />
      <source>Stopped: {0} was edited or removed while the step read it. The previous results are kept; run the step again.</source>
      <translation>已停止：本步骤读取 {0} 期间，该图层被编辑或移除。保留上次结果；请重新运行本步骤。</translation>
    </message>
    <message>
      <location filename="../ui/runner.py" line="293" />
      <source>Running in the background…</source>
      <translation>正在后台运行…</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="52" />
      <source>Run this step</source>
      <translation>运行本步骤</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="76" />
      <source>Key figures</source>
      <translation>关键指标</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="79" />
      <source>Summary table</source>
      <translation>汇总表</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="92" />
      <source>Target check: each target per indicator and scope</source>
      <translation>指标核对：按指标和范围逐项核对</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="117" />
      <source>runs when {0} is set</source>
      <translation>设置了{0}时运行</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="119" />
      <source>runs when asked for below</source>
      <translation>在下方勾选后运行</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="131" />
      <source>Planning zones</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="138" />
      <source>required</source>
      <translation>必需</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="140" />
      <source>optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="162" />
      <source>Cancelled; the previous results are kept.</source>
      <translation>已取消，保留上次结果。</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="185" />
      <source>needs a layer for {0}: set it on the Layers page</source>
      <translation>缺少“{0}”图层，请在“图层”页指定</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="203" />
      <source>Summary table: {0}</source>
      <translation>汇总表：{0}</translation>
    </message>
    <message>
      <location filename="../ui/step_page.py" line="231" />
      <source>Target check: no targets were given; set them on the Targets page.</source>
      <translation>指标核对：尚未设定指标目标，请在“目标定位”页填写。</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="127" />
      <source>Current</source>
      <translation>现状</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="134" />
      <source>Data quality of the current land use and its land-use structure per township.</source>
      <translation>现状用地数据质检，分乡镇现状用地结构。</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="135" />
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="136" />
      <source>The binding indicators handed down by the county plan, typed here or imported from CSV.</source>
      <translation>上位（县级）规划下达的约束性指标，可在此填写或从 CSV 导入。</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="137" />
      <source>Lines</source>
      <translation>底线</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="141" />
      <source>The three control lines must not overlap; the planned land use must not break them.</source>
      <translation>三条控制线不交叉不重叠不冲突，规划用地不得突破控制线。</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="142" />
      <source>Quality</source>
      <translation>提质</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="161" />
      <source>Road control lines, farmland contiguity, homestead relocation, steep farmland and, with a facilities layer, the 镇村生活圈 coverage.</source>
      <translation>道路控制线、耕地集中连片、宅基地腾退、陡坡耕地，以及（有公共服务设施图层时）镇村生活圈覆盖。</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="163" />
      <source>Delivery</source>
      <translation>保障</translation>
    </message>
    <message>
      <location filename="../ui/steps.py" line="183" />
      <source>The structure change, the transfer matrix and the indicator breakdown per village cluster, checked against the targets; on request, the plan database filled in the province's template and checked (成果入库, 质检).</source>
      <translation>用地结构调整、转移矩阵和分村级片区的规划指标分解，并与约束性指标核对；按需按本省空库成果入库并质检。</translation>
    </message>
    <message>
      <location filename="../ui/target_check.py" line="19" />
      <source>Target met</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../ui/target_check.py" line="19" />
      <source>Target not met</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../ui/target_check.py" line="19" />
      <source>Check by hand</source>
      <translation>人工核对</translation>
    </message>
    <message>
      <location filename="../ui/target_check.py" line="20" />
      <source>No such village cluster</source>
      <translation>无此村级片区</translation>
    </message>
    <message>
      <location filename="../ui/target_check.py" line="51" />
      <source>公顷</source>
      <translation>公顷</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="69" />
      <source>Add the standard indicators</source>
      <translation>添加约束性指标</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="69" />
      <source>Add row</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="70" />
      <source>Remove row</source>
      <translation>删除行</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="70" />
      <source>Import CSV…</source>
      <translation>导入 CSV…</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="71" />
      <source>Export CSV…</source>
      <translation>导出 CSV…</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="143" />
      <source>Computed by lantu:indicatorbreakdown and checked in 保障落实.</source>
      <translation>由 lantu:indicatorbreakdown 计算，并在“保障落实”中核对。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="145" />
      <source>Lantu does not compute this indicator: 保障落实 lists it for you to check by hand. {0}</source>
      <translation>蓝图不计算此指标：“保障落实”将其列出，供人工核对。{0}</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="148" />
      <source>Not an indicator Lantu knows (resources/tables/indicators.csv): it will be checked by hand. Pick a name from the list if you meant one.</source>
      <translation>不是蓝图指标库中的指标（resources/tables/indicators.csv）：将列为人工核对。如有对应指标，请从列表中选择其名称。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="158" />
      <source>No village cluster of this name in the project</source>
      <translation>项目中没有此名称的村级片区</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="164" />
      <source>{0} rows have no value yet: they are not checked.</source>
      <translation>{0} 行尚未填写目标值，不参与核对。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="167" />
      <source>{0} targets computed and checked by Lantu; {1} to check by hand.</source>
      <translation>{0} 项指标目标由蓝图计算并核对；{1} 项需人工核对。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="170" />
      <source>Checked by hand: {0}.</source>
      <translation>人工核对：{0}。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="172" />
      <source>Not indicators Lantu knows (checked by hand): {0}.</source>
      <translation>指标库中没有的指标（人工核对）：{0}。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="174" />
      <source>No such village cluster: {0}.</source>
      <translation>没有这些村级片区：{0}。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="201" />
      <source>Import targets</source>
      <translation>导入目标指标</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="207" />
      <source>Could not read {0}: {1}</source>
      <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="214" />
      <source>Imported {0} targets from {1}.</source>
      <translation>已从 {1} 导入 {0} 项指标。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="218" />
      <source>Export targets</source>
      <translation>导出指标目标</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="222" />
      <source>Exported {0} targets to {1}.</source>
      <translation>已将 {0} 项指标目标导出到 {1}。</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="243" />
      <source>it needs the columns indicator and value (指标, 目标值)</source>
      <translation>文件须包含“指标”和“目标值”两列（indicator, value）</translation>
    </message>
    <message>
      <location filename="../ui/targets_page.py" line="244" />
      <source>the file is neither UTF-8 nor GBK</source>
      <translation>文件编码既不是 UTF-8 也不是 GBK</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="27" />
      <source>on the Layers page</source>
      <translation>在「图层」页</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="29" />
      <source>no layer is set for {0}</source>
      <translation>未设置{0}图层</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="30" />
      <source>set it {0}</source>
      <translation>请{0}设置</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="32" />
      <source>no {0} field is chosen for {1}</source>
      <translation>未选择{1}的{0}字段</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="33" />
      <source>choose it {0}</source>
      <translation>请{0}选择</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="35" />
      <source>no planning zones are given</source>
      <translation>未提供规划分区</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="36" />
      <source>choose the planned land use's planning-zone code field (GHFQDM) or set a planning-zones layer {0}</source>
      <translation>请{0}为规划用地选择规划分区代码字段（GHFQDM），或设置规划分区图层</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="38" />
      <source>no required fields are listed</source>
      <translation>未列出必填字段</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="38" />
      <source>list them {0} (e.g. BSM,DLBM,DLMC,ZLDWDM)</source>
      <translation>请{0}填写（如 BSM,DLBM,DLMC,ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="39" />
      <source>a setting is empty</source>
      <translation>有设置为空</translation>
    </message>
    <message>
      <location filename="../ui/unchecked.py" line="49" />
      <source>not checked: {0}; {1}</source>
      <translation>未检查：{0}；{1}</translation>
    </message>
    <message>
      <location filename="../ui/workbook.py" line="44" />
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../ui/workbook.py" line="74" />
      <source>GDAL has no XLSX driver here: save the tables from the review report instead.</source>
      <translation>此处的 GDAL 没有 XLSX 驱动：请改从审查报告中保存表格。</translation>
    </message>
    <message>
      <location filename="../ui/workbook.py" line="79" />
      <source>Cannot write {0}.</source>
      <translation>无法写入 {0}。</translation>
    </message>
    <message>
      <source>1 Current</source>
      <translation type="obsolete">1 现状</translation>
    </message>
    <message>
      <source>2 Targets</source>
      <translation type="obsolete">2 目标</translation>
    </message>
    <message>
      <source>3 Lines</source>
      <translation type="obsolete">3 底线</translation>
    </message>
    <message>
      <source>4 Quality</source>
      <translation type="obsolete">4 提质</translation>
    </message>
    <message>
      <source>5 Delivery</source>
      <translation type="obsolete">5 保障</translation>
    </message>
    <message>
      <source>An HTML review report of every step (tables, findings, figures), and the standard maps from the layout templates, as PDF and PNG.</source>
      <translation type="obsolete">生成各步骤的 HTML 审查报告（表格、问题清单、关键指标），并按布局模板输出标准图件（PDF 和 PNG）。</translation>
    </message>
    <message>
      <source>Bottom lines</source>
      <translation type="obsolete">底线约束</translation>
    </message>
    <message>
      <source>Checked: {0}; {1} features encroach, {2:,.2f} m²</source>
      <translation type="obsolete">检查图层：{0}；{1} 个要素侵占，面积 {2:,.2f} 平方米</translation>
    </message>
    <message>
      <source>Constraint layer {0} must hold polygons.</source>
      <translation type="obsolete">管控图层 {0} 必须是面图层。</translation>
    </message>
    <message>
      <source>Could not save the style to {0}: {1}</source>
      <translation type="obsolete">无法将样式保存到 {0}：{1}</translation>
    </message>
    <message>
      <source>Could not write to the output {0}: {1}</source>
      <translation type="obsolete">无法写入输出 {0}：{1}</translation>
    </message>
    <message>
      <source>Current state</source>
      <translation type="obsolete">现状研判</translation>
    </message>
    <message>
      <source>Draws a protection zone around every feature at the distance its class gives in a CSV table: heritage sites by protection level, water sources by zone grade, or any other class → distance rule. The table has a class column, a distance_m column, and optionally aliases (other spellings, separated by ;) and width_m (a default width, half of which is added for lines; WIDTH_FIELD gives each feature's own).

Unknown classes are skipped and counted (UNMATCHED_COUNT), or get DEFAULT_DISTANCE. With DISSOLVE the zones are one per class and where classes overlap the larger distance owns the ground, so no area is counted twice. BOUNDARY clips the zones; CHECK_LAYER polygons inside a zone are written to ENCROACHMENTS (the part inside, per feature and class, src_fid = the feature's id).</source>
      <translation type="obsolete">按 CSV 表中各类别对应的距离，在每个要素周围划定保护范围：文物保护单位按保护级别、水源地按保护区级别，或其他任何“类别—距离”规则。表中有 class 列、distance_m 列，可选 aliases（其他写法，以 ; 分隔）和 width_m（默认宽度，线要素另加其一半；WIDTH_FIELD 可给出每个要素自身的宽度）。

未识别的类别将被跳过并计数（UNMATCHED_COUNT），或按 DEFAULT_DISTANCE 划定。启用 DISSOLVE 时每个类别融合为一个控制区，不同类别重叠处归距离较大者，面积不重复计算。BOUNDARY 用于裁剪控制区；CHECK_LAYER 中落入控制区的面要素写入 ENCROACHMENTS（落入部分，按要素和类别，src_fid 为要素编号）。</translation>
    </message>
    <message>
      <source>Draws the building-control zone (建筑控制区) of every road, measured from the outer edge of the road land (公路用地外缘) as 《公路安全保护条例》第十一条 requires: 高速公路 ≥ 30 m, 国道 ≥ 20 m, 省道 ≥ 15 m, 县道 ≥ 10 m, 乡道 ≥ 5 m. For centre lines the buffer distance is half the road-land width (WIDTH_FIELD, or the table's default width for the grade) plus the setback; road-land polygons are buffered by the setback alone.

The grade comes from GRADE_FIELD (高速公路/国道/省道/县道/乡道/村道, English names or G/S/X/Y/C) or from route numbers in ROUTE_FIELD (G 国道, S 省道, X 县道, Y 乡道, C 村道; expressways from 1–2 or 4-digit G/S numbers, or 高速 in the grade or name). SETBACKS replaces the built-in table (resources/tables/road_setbacks.csv: grade, aliases, setback_m, width_m); a plan may set wider setbacks there.

Unknown grades are skipped and counted (UNMATCHED_COUNT, values listed in the log) or get DEFAULT_SETBACK. With DISSOLVE there is one zone per grade and where grades overlap the wider setback owns the ground. BOUNDARY clips the zones to the 片区; CHECK_LAYER polygons (planned construction land, buildings) inside a zone are written to ENCROACHMENTS with src_fid, grade and area.</source>
      <translation type="obsolete">按《公路安全保护条例》第十一条，自公路用地外缘起向外划定每条公路的建筑控制区：高速公路不少于 30 米，国道不少于 20 米，省道不少于 15 米，县道不少于 10 米，乡道不少于 5 米。道路中心线的缓冲距离为公路用地宽度的一半（取 WIDTH_FIELD，缺省时取表中该等级的默认宽度）加控制距离；公路用地面仅按控制距离缓冲。

公路等级取自 GRADE_FIELD（高速公路/国道/省道/县道/乡道/村道、英文名称或 G/S/X/Y/C），或取自 ROUTE_FIELD 中的路线编号（G 国道、S 省道、X 县道、Y 乡道、C 村道；G/S 后接 1–2 位或 4 位数字、或等级或名称中含“高速”的识别为高速公路）。SETBACKS 可替换内置表（resources/tables/road_setbacks.csv：grade, aliases, setback_m, width_m），规划确定的更宽控制距离可写入其中。

未识别的等级将被跳过并计数（UNMATCHED_COUNT，其取值列于日志），或按 DEFAULT_SETBACK 划定。启用 DISSOLVE 时每个等级融合为一个控制区，不同等级重叠处归控制距离较大者。BOUNDARY 将控制区裁剪至片区范围；CHECK_LAYER 中的面要素（规划建设用地、建筑）落入控制区的部分写入 ENCROACHMENTS，含 src_fid、等级和面积。</translation>
    </message>
    <message>
      <source>Farmland steeper than 25° is not counted: {0}</source>
      <translation type="obsolete">未统计 25°以上坡耕地：{0}</translation>
    </message>
    <message>
      <source>For each facility type (FACILITIES, TYPE_FIELD: 幼儿园, 小学, 卫生室 …) the distance along the roads from every settlement (SETTLEMENTS: 居民点 points, or residential land polygons) to its nearest facility of that type, and whether it lies within the type's service distance (RADII: type, level, service_m; resources/tables/life_circle_radii.csv names the source of each row, and leaves the distance empty where the standard gives none: give your own table then).

The roads are split where they cross or touch; line ends closer than SNAP_TOLERANCE are joined, and an end that stops that close to another road is joined to it. Facilities and settlements are snapped to the nearest road within MAX_SNAP m; the snapping legs count in the distance. A settlement on a part of the network no facility of a type can reach, or farther than MAX_SNAP from any road, is not covered, and says why.

OUTPUT: the settlements with, per type i, t&lt;i&gt;_dist_m, t&lt;i&gt;_covered (1/0) and t&lt;i&gt;_level; SUMMARY: per type and level, the settlements and people covered and their shares; GAPS: the settlements some type does not cover, and why; COVERAGE_PCT: the people covered over all types (population-weighted; each settlement counts one without POPULATION_FIELD).</source>
      <translation type="obsolete">对每类设施（FACILITIES，TYPE_FIELD：幼儿园、小学、卫生室……），计算每个居民点（SETTLEMENTS：居民点点位或居住用地面）沿道路到最近一处该类设施的距离，并判断是否在该类设施的服务距离内（RADII：type, level, service_m；resources/tables/life_circle_radii.csv 每行注明来源，标准未给出数值的留空：此时请提供自己的表）。

道路在相交或相接处打断；端点间距小于 SNAP_TOLERANCE 的相连，距另一条道路这么近而未接上的端点也接到该道路上。设施和居民点捕捉到 MAX_SNAP 米内最近的道路；捕捉段计入距离。居民点所在路网部分不连通某类设施，或距任何道路超过 MAX_SNAP 的，视为未覆盖，并说明原因。

OUTPUT：居民点，每类设施 i 给出 t&lt;i&gt;_dist_m、t&lt;i&gt;_covered（1/0）和 t&lt;i&gt;_level；SUMMARY：分类型、分层级的覆盖居民点数、人口及比例；GAPS：有某类设施未覆盖的居民点及原因；COVERAGE_PCT：各类设施的人口覆盖率（按人口加权；无 POPULATION_FIELD 时每个居民点计 1）。</translation>
    </message>
    <message>
      <source>Gives a layer the standard symbology of a plan's maps, from the QML styles shipped in resources/styles: 三调 DLBM and 用地用海 2023 codes in the colours of resources/tables (sources in SOURCES.md), 永久基本农田, 生态保护红线, 城镇开发边界, roads by grade, administrative boundaries, and Lantu's findings. With STYLE = auto the style is chosen from what the layer holds (its code field, its name, its fields), and the log says which. The data is never changed; the style can also be saved as a .qml file for batch use.</source>
      <translation type="obsolete">按规划图件的标准图式为图层配色，样式取自 resources/styles 中的 QML：三调地类编码和用地用海 2023 编码按 resources/tables 中的色表着色（来源见 SOURCES.md），以及永久基本农田、生态保护红线、城镇开发边界、分等级道路、行政界线和蓝图的问题图斑。样式选“自动”时，根据图层内容（编码字段、图层名、字段）选择样式，并在日志中说明。不修改数据；样式也可另存为 .qml 文件，便于批量使用。</translation>
    </message>
    <message>
      <source>Not met</source>
      <translation type="obsolete">未达标</translation>
    </message>
    <message>
      <source>Reason codes</source>
      <translation type="obsolete">原因代码</translation>
    </message>
    <message>
      <source>Road control lines, farmland contiguity, homestead relocation and steep farmland.</source>
      <translation type="obsolete">道路控制线、耕地集中连片、宅基地腾退潜力与坡耕地。</translation>
    </message>
    <message>
      <source>Target (公顷)</source>
      <translation type="obsolete">目标值（公顷）</translation>
    </message>
    <message>
      <source>Target not checked: {0} ({1}); its layer could not be looked at.</source>
      <translation type="obsolete">目标未核查：{0}（{1}）；其图层无法对照。</translation>
    </message>
    <message>
      <source>Tell Lantu which layer of the project is which. The guess comes from layer and field names; correct it here. Everything is saved in the project.</source>
      <translation type="obsolete">请指定项目中各图层的用途。系统已根据图层名和字段名自动识别，可在此修改；所有设置随项目文件保存。</translation>
    </message>
    <message>
      <source>The structure change, the transfer matrix and the indicator breakdown per village cluster, checked against the targets.</source>
      <translation type="obsolete">用地结构调整表、转移矩阵与村级片区规划指标分解表，并与目标指标核对。</translation>
    </message>
    <message>
      <source>The targets name the cluster {0}, which is not in {1} (clusters: {2}).</source>
      <translation type="obsolete">指标目标中的村级片区“{0}”不在 {1} 中（现有片区：{2}）。</translation>
    </message>
    <message>
      <source>optional for step {0}</source>
      <translation type="obsolete">步骤 {0} 可选</translation>
    </message>
    <message>
      <source>required by step {0}</source>
      <translation type="obsolete">步骤 {0} 必需</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation type="obsolete">文件为空</translation>
    </message>
    <message>
      <source>unknown indicator {0}; use one of {1}</source>
      <translation type="obsolete">未知指标“{0}”；应为以下之一：{1}</translation>
    </message>
    <message>
      <source>{0} and {1} do not overlap at all: no distance between them can be measured. Check the coordinate system of both.</source>
      <translation type="obsolete">{0} 与 {1} 完全不重叠：无法量算两者之间的距离。请检查两者的坐标系。</translation>
    </message>
    <message>
      <source>{0} conflict pieces smaller than {1} m² (or than 0.01 m², the noise of shared boundaries) were left out.</source>
      <translation type="obsolete">{0} 处小于 {1} 平方米（或小于 0.01 平方米的共边计算误差）的冲突碎片未计入。</translation>
    </message>
    <message>
      <source>{0} is not a number of 公顷</source>
      <translation type="obsolete">“{0}”不是以公顷计的数值</translation>
    </message>
    <message>
      <source>{0} of {1} targets met.</source>
      <translation type="obsolete">{1} 项指标目标中 {0} 项达标。</translation>
    </message>
    <message>
      <source>{0}: no zone name field given or found; zones are named by feature id.</source>
      <translation type="obsolete">{0}：未指定且未找到统计单元名称字段，统计单元以要素 ID 命名。</translation>
    </message>
    <message>
      <source>{0}: some geometries cannot be read as they are stored; reading feature by feature to find them.</source>
      <translation type="obsolete">{0}：部分几何无法按存储原样读取；正在逐个要素读取以找出它们。</translation>
    </message>
    <message>
      <source>城乡建设用地规模</source>
      <translation type="obsolete">城乡建设用地规模</translation>
    </message>
    <message>
      <source>城镇开发边界面积</source>
      <translation type="obsolete">城镇开发边界面积</translation>
    </message>
    <message>
      <source>永久基本农田保护面积</source>
      <translation type="obsolete">永久基本农田保护面积</translation>
    </message>
  </context>
</TS>
