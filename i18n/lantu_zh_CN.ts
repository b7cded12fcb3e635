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
      <location filename="../plugin.py" line="40" />
      <source>Land-use structure table (用地结构表)…</source>
      <translation>用地结构表…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="42" />
      <source>Open the demo project</source>
      <translation>打开示例项目</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="43" />
      <source>Install dependencies…</source>
      <translation>安装依赖包…</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="77" />
      <source>Could not open the demo project: {0}</source>
      <translation>无法打开示例项目：{0}</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="83" />
      <source>Install</source>
      <translation>安装</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="91" />
      <source>Everything Lantu needs is installed.</source>
      <translation>Lantu 所需的依赖包均已安装。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="93" />
      <source>Lantu will run:

{0}

This installs into a folder of Lantu's own and changes nothing else in QGIS. Go ahead?</source>
      <translation>Lantu 将运行：

{0}

依赖包将安装到 Lantu 专用的文件夹中，不会改动 QGIS 的其他任何内容。是否继续？</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="106" />
      <source>Installed. Restart QGIS to use Lantu's algorithms.</source>
      <translation>安装完成。请重启 QGIS 后使用 Lantu 的算法。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="109" />
      <source>The install failed; see the Lantu tab of the log.</source>
      <translation>安装失败，详见日志消息面板的 Lantu 选项卡。</translation>
    </message>
    <message>
      <location filename="../plugin.py" line="111" />
      <source>Installing Lantu's dependencies</source>
      <translation>正在安装 Lantu 依赖包</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="78" />
      <source>1 现状研判 Current state</source>
      <translation>1 现状研判</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="79" />
      <source>2 目标定位 Targets</source>
      <translation>2 目标定位</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="80" />
      <source>3 底线约束 Bottom lines</source>
      <translation>3 底线约束</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="81" />
      <source>4 提质增效 Quality</source>
      <translation>4 提质增效</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="82" />
      <source>5 保障落实 Delivery</source>
      <translation>5 保障落实</translation>
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
      <location filename="../processing_provider/base.py" line="142" />
      <source>Could not open the input layer {0}.</source>
      <translation>无法打开输入图层 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="152" />
      <source>Field {0} is missing from {1} (fields there: {2}).</source>
      <translation>{1} 中没有字段 {0}（现有字段：{2}）。</translation>
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
      <location filename="../processing_provider/codes.py" line="22" />
      <source>用地用海 2023</source>
      <translation>用地用海 2023</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="22" />
      <source>三调 DLBM</source>
      <translation>三调 DLBM</translation>
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
      <location filename="../processing_provider/codes.py" line="105" />
      <source>Total</source>
      <translation>合计</translation>
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
      <location filename="../processing_provider/codes.py" line="182" />
      <source>The class-set table {0} cannot be used ({1}, line {2}: {3}). It needs the columns set, code, member.</source>
      <translation>地类集合表 {0} 无法使用（{1}，第 {2} 行：{3}）。该表需要 set、code、member 三列。</translation>
    </message>
    <message>
      <location filename="../processing_provider/codes.py" line="197" />
      <source>{0} has no polygons to measure.</source>
      <translation>{0} 中没有可计算面积的面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="29" />
      <source>Permanent basic farmland</source>
      <translation>永久基本农田面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="29" />
      <source>Farmland to keep (耕地保有量)</source>
      <translation>耕地保有量</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="30" />
      <source>Urban and rural construction land</source>
      <translation>城乡建设用地面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="30" />
      <source>Forest land to keep (林地保有量)</source>
      <translation>林地保有量</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="31" />
      <source>Wetland</source>
      <translation>湿地面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="31" />
      <source>Ecological protection red line</source>
      <translation>生态保护红线面积</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="39" />
      <source>Indicator breakdown per village cluster (规划指标分解表)</source>
      <translation>规划指标分解表（按村级片区）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="42" />
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
      <location filename="../processing_provider/indicator_breakdown.py" line="58" />
      <source>Village clusters (村级片区), or villages</source>
      <translation>村级片区（或村界）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="60" />
      <source>Cluster field (when the layer holds villages)</source>
      <translation>所属片区字段（图层为村界时）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="63" />
      <source>Name field (cluster name, or village name with a cluster field)</source>
      <translation>名称字段（片区名称；有所属片区字段时为村名）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="66" />
      <source>Township field (乡镇级片区)</source>
      <translation>乡镇级片区字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="68" />
      <source>Central village (中心村: a flag on villages, or a name on clusters)</source>
      <translation>中心村字段（村界图层为是否中心村标记，片区图层为中心村名称）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="71" />
      <source>Planned land use (规划, 用地用海)</source>
      <translation>规划用地（用地用海）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="73" />
      <source>Land-class code field (YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（YDYHFLDM 等；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="76" />
      <source>Classification of the codes</source>
      <translation>编码分类标准</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="78" />
      <source>田坎 deduction coefficient field (KCXS): 耕地 counted net of 田坎</source>
      <translation>田坎扣除系数字段（KCXS）：耕地按扣除田坎后面积计</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="81" />
      <source>Permanent basic farmland (永久基本农田)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="83" />
      <source>Ecological protection red line (生态保护红线)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="86" />
      <source>Class sets (CSV: set, code, member; empty = built-in table)</source>
      <translation>地类集合表（CSV：set、code、member；留空则用内置表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="89" />
      <source>Targets (CSV or spreadsheet: indicator, scope, value in 公顷, direction)</source>
      <translation>指标目标（CSV 或电子表格：指标、范围、目标值（公顷）、方向）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="90" />
      <source>Tables (*.csv *.xlsx *.ods *.gpkg)</source>
      <translation>表格 (*.csv *.xlsx *.ods *.gpkg)</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="92" />
      <source>Area method</source>
      <translation>面积计算方法</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="92" />
      <source>planar (projected CRS)</source>
      <translation>平面面积（投影坐标参考系）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="92" />
      <source>ellipsoidal (CGCS2000)</source>
      <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="94" />
      <source>Indicator breakdown table</source>
      <translation>规划指标分解表</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="96" />
      <source>Target check</source>
      <translation>指标目标核对表</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="98" />
      <source>HTML report</source>
      <translation>HTML 报告</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="98" />
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="100" />
      <source>{0}, total (公顷)</source>
      <translation>{0}合计（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="101" />
      <source>Targets not met</source>
      <translation>未达标指标数</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="102" />
      <source>Planned land outside every cluster (m²)</source>
      <translation>未纳入村级片区的规划用地（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="103" />
      <source>Area where clusters overlap (m²)</source>
      <translation>村级片区重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="112" />
      <source>planned land use</source>
      <translation>规划用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="117" />
      <source>The class-set table has no set {0}; it needs the sets {1}.</source>
      <translation>地类集合表中没有集合 {0}；该表需要包含集合 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="125" />
      <source>Clusters overlap by {0:,.2f} m² ({1:,.4f} 公顷): land there counts in each of them, so the clusters add up to more than the total.</source>
      <translation>村级片区相互重叠 {0:,.2f} 平方米（{1:,.4f} 公顷）：重叠处的用地在各片区重复计入，各片区之和将大于合计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="134" />
      <source>{0}: 三调 codes are counted through the 三调 → 用地用海 conversion.</source>
      <translation>{0}：三调编码经“三调 → 用地用海”转换后计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="142" />
      <source>{0:,.2f} m² ({1:,.4f} 公顷) of planned land lies outside every cluster: the clusters add up to less than the total (row '{2}').</source>
      <translation>有 {0:,.2f} 平方米（{1:,.4f} 公顷）规划用地不在任何村级片区内：各片区之和小于合计（见“{2}”行）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="143" />
      <source>Outside the clusters</source>
      <translation>未纳入村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="146" />
      <source>{0}: {1} features have codes that are not 用地用海 classes; no indicator counts them.</source>
      <translation>{0}：{1} 个要素的编码不是用地用海地类，不计入任何指标。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="159" />
      <source>{0}: {1} holds coefficients outside 0–1 (e.g. {2}).</source>
      <translation>{0}：字段 {1} 中有超出 0–1 范围的系数（如 {2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="163" />
      <source>{0}: {1:,.2f} m² of classes {2} may or may not count as {3}; they are left out.</source>
      <translation>{0}：地类 {2} 共 {1:,.2f} 平方米无法判定是否属于{3}，未计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="168" />
      <source>Class set {0} is not confirmed against the standard's text; check it.</source>
      <translation>地类集合“{0}”尚未与标准原文核对，请检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="204" />
      <source>The targets name the cluster {0}, which is not in {1} (clusters: {2}).</source>
      <translation>指标目标中的村级片区“{0}”不在 {1} 中（现有片区：{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="217" />
      <source>Target not met: {0} ({1}) {2} {3:,.2f} 公顷, planned {4:,.2f} 公顷.</source>
      <translation>指标未达标：{0}（{1}）{2} {3:,.2f} 公顷，规划为 {4:,.2f} 公顷。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="221" />
      <source>{0} of {1} targets met.</source>
      <translation>{1} 项指标目标中 {0} 项达标。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="231" />
      <source>village clusters</source>
      <translation>村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="239" />
      <source>{0}: choose the field that names the clusters (NAME_FIELD).</source>
      <translation>{0}：请选择片区名称字段（NAME_FIELD）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="243" />
      <source>{0} has no polygons.</source>
      <translation>{0} 中没有面要素。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="252" />
      <source>{0}: {1} features have no cluster name in {2}.</source>
      <translation>{0}：{1} 个要素的字段 {2} 中没有片区名称。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="274" />
      <source>{0}: {1} clusters from {2} features.</source>
      <translation>{0}：由 {2} 个要素得到 {1} 个村级片区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="299" />
      <source>it needs the columns indicator and value (and scope, direction)</source>
      <translation>需要 indicator（指标）和 value（目标值）列（以及 scope 范围、direction 方向）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="300" />
      <source>unknown indicator {0}; use one of {1}</source>
      <translation>未知指标“{0}”；应为以下之一：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="302" />
      <source>{0} is not a number of 公顷</source>
      <translation>“{0}”不是以公顷计的数值</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="303" />
      <source>direction {0} is neither &gt;= nor &lt;=</source>
      <translation>方向“{0}”既不是 &gt;= 也不是 &lt;=</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="304" />
      <source>cannot read it ({0})</source>
      <translation>无法读取（{0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="306" />
      <source>Targets {0}, line {1}: {2}.</source>
      <translation>指标目标表 {0} 第 {1} 行：{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="314" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="314" />
      <source>Township area</source>
      <translation>乡镇级片区名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="314" />
      <source>Village cluster</source>
      <translation>村级片区名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="314" />
      <source>Villages in the cluster</source>
      <translation>村级片区所含村名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="314" />
      <source>Central village</source>
      <translation>中心村名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="322" />
      <source>Clusters: {0} ({1} clusters); planned land: {2}</source>
      <translation>村级片区：{0}（{1} 个片区）；规划用地：{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="323" />
      <source>Unit: 公顷; 耕地保有量 {0}</source>
      <translation>单位：公顷；耕地保有量{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="323" />
      <source>net of 田坎 (field {0})</source>
      <translation>已扣除田坎（字段 {0}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="324" />
      <source>by polygon area</source>
      <translation>按图斑面积计</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="326" />
      <source>Planned land outside every cluster: {0:,.4f} 公顷</source>
      <translation>未纳入村级片区的规划用地：{0:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="328" />
      <source>Clusters overlap by {0:,.4f} 公顷</source>
      <translation>村级片区重叠 {0:,.4f} 公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="329" />
      <source>Indicator breakdown (规划指标分解表)</source>
      <translation>规划指标分解表</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="331" />
      <source>Indicator</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="331" />
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="331" />
      <source>Target (公顷)</source>
      <translation>目标值（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="331" />
      <source>Planned (公顷)</source>
      <translation>规划值（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="331" />
      <source>Gap (公顷)</source>
      <translation>差值（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="332" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="334" />
      <source>met</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../processing_provider/indicator_breakdown.py" line="334" />
      <source>NOT MET</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="27" />
      <source>Land-use structure change and transfer matrix (用地结构调整表、转移矩阵)</source>
      <translation>用地结构调整表与转移矩阵</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="30" />
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
      <location filename="../processing_provider/landuse_change.py" line="45" />
      <source>Current land use (现状, e.g. 三调 DLTB)</source>
      <translation>现状用地（如三调地类图斑）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="49" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="55" />
      <source>Class level (1 = 一级类, 2 = 二级类)</source>
      <translation>地类级别（1 = 一级类，2 = 二级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="57" />
      <source>Zones: townships, villages or village clusters</source>
      <translation>统计单元：乡镇、村或村级片区</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="60" />
      <source>Zone name field</source>
      <translation>统计单元名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="64" />
      <source>Class sets (CSV: set, code, member; empty = built-in 三大类 and 城乡建设用地 table)</source>
      <translation>地类集合表（CSV：set、code、member；留空则用内置的三大类及城乡建设用地表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="67" />
      <source>Land-use structure change table</source>
      <translation>用地结构调整表</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="69" />
      <source>Transfer matrix (current → planned)</source>
      <translation>转移矩阵（现状 → 规划）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="72" />
      <source>Current total area (m²)</source>
      <translation>现状总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="73" />
      <source>Planned total area (m²)</source>
      <translation>规划总面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="74" />
      <source>Area whose class changes (m²)</source>
      <translation>地类发生变化的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="75" />
      <source>Area the conversion could not decide (m²)</source>
      <translation>转换无法判定的面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="76" />
      <source>Classification compared in</source>
      <translation>比较所用分类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="86" />
      <source>current land use</source>
      <translation>现状用地</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="94" />
      <source>Comparing in {0} classes, level {1}.</source>
      <translation>按{0}第 {1} 级地类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="99" />
      <source>Class-set rows (农用地, 城乡建设用地 …) are defined on 用地用海 classes; both layers are 三调, so they are left out.</source>
      <translation>地类集合行（农用地、城乡建设用地等）按用地用海地类定义；两个图层均为三调编码，故不列出。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="120" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="138" />
      <source>{0}: undecided by the conversion</source>
      <translation>{0}：转换未能判定</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="140" />
      <source>(not in the current layer)</source>
      <translation>（现状图层未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="140" />
      <source>(not in the planned layer)</source>
      <translation>（规划图层未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="173" />
      <source>Current {0:,.4f} 公顷, planned {1:,.4f} 公顷; {2:,.4f} 公顷 change class.</source>
      <translation>现状 {0:,.4f} 公顷，规划 {1:,.4f} 公顷；其中 {2:,.4f} 公顷地类发生变化。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="193" />
      <source>Current: {0} ({1} features); planned: {2} ({3} features)</source>
      <translation>现状：{0}（{1} 个要素）；规划：{2}（{3} 个要素）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="195" />
      <source>Compared in {0} classes, level {1}; areas in 公顷</source>
      <translation>按{0}第 {1} 级地类比较；面积单位：公顷</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="196" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="196" />
      <source>Class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="196" />
      <source>Current (公顷)</source>
      <translation>现状面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="196" />
      <source>Current share (%)</source>
      <translation>现状占比（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="196" />
      <source>Planned area (公顷)</source>
      <translation>规划面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="197" />
      <source>Planned share (%)</source>
      <translation>规划占比（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="197" />
      <source>Change (公顷)</source>
      <translation>增减（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="197" />
      <source>Change (亩)</source>
      <translation>增减（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="204" />
      <source>Land-use structure change (用地结构调整表)</source>
      <translation>用地结构调整表</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="206" />
      <source>Transfer matrix (转移矩阵), 公顷: rows current, columns planned</source>
      <translation>转移矩阵（公顷；行为现状地类，列为规划地类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_change.py" line="220" />
      <source>Current \ planned</source>
      <translation>现状 \ 规划</translation>
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
      <location filename="../processing_provider/landuse_structure.py" line="104" />
      <source>{0}: {1} features have no {2}; their geometry's area is used.</source>
      <translation>{0}：有 {1} 个要素的 {2} 为空，改用其几何面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="126" />
      <source>Total area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>总面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="132" />
      <source>Zone</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="132" />
      <source>Area (m²)</source>
      <translation>面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="132" />
      <source>Area (公顷)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="132" />
      <source>Area (亩)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="133" />
      <source>Share (%)</source>
      <translation>占比（%）</translation>
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
      <location filename="../processing_provider/landuse_structure.py" line="160" />
      <source>zones</source>
      <translation>统计单元</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="166" />
      <source>(no name)</source>
      <translation>（无名称）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="168" />
      <source>{0}: no zone name field given or found; zones are named by feature id.</source>
      <translation>{0}：未指定且未找到统计单元名称字段，统计单元以要素 ID 命名。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="172" />
      <source>The zones overlap by {0:,.2f} m²: land there is counted in each zone.</source>
      <translation>统计单元之间有 {0:,.2f} m² 相互重叠：重叠处的用地计入每个所在的统计单元。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_structure.py" line="198" />
      <source>Outside the zones</source>
      <translation>统计单元范围外</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="21" />
      <source>Lantu 蓝图</source>
      <translation>Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="24" />
      <source>Lantu 蓝图 — township territorial spatial planning</source>
      <translation>Lantu 蓝图 — 乡镇级国土空间规划</translation>
    </message>
  </context>
</TS>
