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
      <location filename="../translation.py" line="48" />
      <source>English</source>
      <translation>中文</translation>
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
      <location filename="../processing_provider/base.py" line="91" />
      <source>Area method</source>
      <translation>面积计算方法</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="91" />
      <source>planar (projected CRS)</source>
      <translation>平面面积（投影坐标参考系）</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="91" />
      <source>ellipsoidal (CGCS2000)</source>
      <translation>椭球面积（CGCS2000）</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="113" />
      <source>{0} has no valid coordinate reference system: set one first.</source>
      <translation>{0} 没有有效的坐标参考系，请先为其设置坐标参考系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="124" />
      <source>The layer's CRS {0} is geographic (degrees), so planar areas would be meaningless. Reproject it to a CGCS2000 3-degree Gauss-Krüger CRS, e.g. {1} or {2} (central meridian {3}°E), or choose the ellipsoidal area method.</source>
      <translation>图层的坐标参考系 {0} 是地理坐标系（单位为度），按平面计算面积没有意义。请将图层重投影到 CGCS2000 3 度带高斯-克吕格投影坐标系，如 {1} 或 {2}（中央经线 {3}°E），或将面积计算方法改为椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="150" />
      <source>Could not open the input layer {0}.</source>
      <translation>无法打开输入图层 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="175" />
      <source>Field {0} is missing from {1} (fields there: {2}).</source>
      <translation>{1} 中没有字段 {0}（现有字段：{2}）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="182" />
      <source>{0} must be a polygon layer; it holds {1}.</source>
      <translation>{0} 必须是面图层，但其几何类型为 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="216" />
      <source>{0}: {1} geometries became invalid in the working CRS and were made valid.</source>
      <translation>{0}：{1} 个几何在工作坐标参考系中变为无效，已修复。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="218" />
      <source>{0}: repaired {1} invalid geometries (make-valid, no area lost).</source>
      <translation>{0}：已修复 {1} 个无效几何（make-valid，面积无损失）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="220" />
      <source>{0}: skipped {1} features with no polygon geometry (null or empty).</source>
      <translation>{0}：已跳过 {1} 个没有面几何的要素（几何为 NULL 或空）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="346" />
      <source>Cancelled.</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="423" />
      <source>{0}: field {1} holds values that are not numbers, e.g. {2}.</source>
      <translation>{0}：字段 {1} 含有非数值的值，例如 {2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="458" />
      <source>Could not create the output {0}.</source>
      <translation>无法创建输出 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/base.py" line="472" />
      <source>Could not write to the output {0}: {1}</source>
      <translation>无法写入输出 {0}：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="28" />
      <source>Invalid geometry</source>
      <translation>几何无效</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="29" />
      <source>Empty geometry</source>
      <translation>空几何</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="30" />
      <source>Features overlap</source>
      <translation>图斑重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="31" />
      <source>Gap inside the boundary</source>
      <translation>范围内缝隙</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="32" />
      <source>Outside the boundary</source>
      <translation>超出范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="33" />
      <source>Sliver polygon</source>
      <translation>狭长碎片</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="34" />
      <source>Spike</source>
      <translation>尖角</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="35" />
      <source>Land-class code missing</source>
      <translation>地类编码缺失</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="36" />
      <source>Land-class code not in the classification</source>
      <translation>地类编码不在分类表中</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="37" />
      <source>Class name does not match the code</source>
      <translation>地类名称与编码不符</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="38" />
      <source>Recorded area differs from the computed area</source>
      <translation>记录面积与计算面积不符</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="39" />
      <source>Required field missing</source>
      <translation>必填字段缺失</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="40" />
      <source>Required value missing</source>
      <translation>必填值为空</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="41" />
      <source>CRS is not a CGCS2000 projected CRS</source>
      <translation>坐标系不是 CGCS2000 投影坐标系</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="42" />
      <source>Coordinates outside the CRS's zone</source>
      <translation>坐标超出坐标系分带范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="49" />
      <source>self-intersection</source>
      <translation>自相交</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="50" />
      <source>ring self-intersection</source>
      <translation>环自相交</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="51" />
      <source>too few points</source>
      <translation>点数过少</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="52" />
      <source>hole outside its shell</source>
      <translation>内环位于外环之外</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="53" />
      <source>nested holes</source>
      <translation>内环嵌套</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="54" />
      <source>nested shells</source>
      <translation>外环嵌套</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="55" />
      <source>interior is disconnected</source>
      <translation>内部不连通</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="56" />
      <source>invalid coordinate</source>
      <translation>坐标无效</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="57" />
      <source>duplicate rings</source>
      <translation>重复环</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="58" />
      <source>ring is not closed</source>
      <translation>环未闭合</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="67" />
      <source>Check land-use data quality (数据质检)</source>
      <translation>土地利用数据质检（数据质检）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="70" />
      <source>Checks a land-use layer (三调 地类图斑 or planned 用地用海) before it is used: invalid geometry (with GEOS's reason and location, as QGIS's 'Check validity' reports it), empty geometry, features overlapping each other by more than MIN_AREA, gaps inside BOUNDARY and parts outside it, slivers (mean width 2·area/perimeter below SLIVER_WIDTH) and spikes (a boundary turning back at less than SPIKE_ANGLE), land-class codes missing or not in the classification, names that do not match their codes (DLMC against DLBM, YDYHFLMC against YDYHFLDM), a recorded area (AREA_FIELD, e.g. TBMJ, in m²) off the computed area by more than AREA_TOLERANCE %, REQUIRED_FIELDS missing or empty, and a CRS that is not a CGCS2000 projected CRS or coordinates outside the false-easting range of its zone.

OUTPUT: one point per finding (check_id, severity, message, src_fid = the feature's id, −1 for the layer or a gap); AREAS (optional): the polygons of overlaps, gaps, outside parts and slivers; SUMMARY: count and area per check. The input is never changed.</source>
      <translation>在使用前检查土地利用图层（三调地类图斑或规划用地用海）：无效几何（给出 GEOS 的原因和位置，与 QGIS“检查有效性”一致）、空几何、图斑之间重叠面积超过 MIN_AREA、BOUNDARY 范围内的缝隙及超出范围的部分、狭长碎片（平均宽度 2·面积/周长小于 SLIVER_WIDTH）和尖角（边界折返角小于 SPIKE_ANGLE）、地类编码缺失或不在分类表中、名称与编码不符（DLMC 对 DLBM，YDYHFLMC 对 YDYHFLDM）、记录面积（AREA_FIELD，如 TBMJ，单位 m²）与计算面积相差超过 AREA_TOLERANCE %、REQUIRED_FIELDS 缺失或为空，以及坐标系不是 CGCS2000 投影坐标系或坐标超出其分带的东偏范围。

OUTPUT：每个问题一个点（check_id、severity、message、src_fid = 要素编号，图层级问题或缝隙为 −1）；AREAS（可选）：重叠、缝隙、超出部分和碎片的面；SUMMARY：按检查项统计个数和面积。输入数据不会被修改。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="85" />
      <source>Land-use layer (三调 or 用地用海)</source>
      <translation>土地利用图层（三调或用地用海）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="87" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess, none = no code checks)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空 = 自动识别，无此字段 = 不检查编码）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="90" />
      <source>Classification of the codes</source>
      <translation>编码分类标准</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="92" />
      <source>Plan-area boundary, optional (gaps and parts outside)</source>
      <translation>规划范围边界，可选（检查缝隙和超出部分）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="95" />
      <source>Recorded area field in m² (TBMJ…), optional</source>
      <translation>记录面积字段，单位 m²（TBMJ…），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="99" />
      <source>Area tolerance (%)</source>
      <translation>面积容差（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="101" />
      <source>Required fields (comma-separated, e.g. BSM,DLBM,DLMC,ZLDWDM)</source>
      <translation>必填字段（逗号分隔，如 BSM,DLBM,DLMC,ZLDWDM）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="103" />
      <source>Ignore overlaps and gaps up to (m²)</source>
      <translation>忽略不超过此面积的重叠和缝隙（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="105" />
      <source>Sliver: mean width below (m)</source>
      <translation>狭长碎片：平均宽度小于（m）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="107" />
      <source>Spike: angle below (degrees)</source>
      <translation>尖角：角度小于（度）</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="109" />
      <source>Findings</source>
      <translation>质检问题</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="111" />
      <source>Finding areas</source>
      <translation>问题范围</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="113" />
      <source>Findings by check</source>
      <translation>按检查项汇总</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="114" />
      <source>Errors</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="115" />
      <source>Warnings</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="123" />
      <source>land-use layer</source>
      <translation>用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="151" />
      <source>The CRS {0} is not a CGCS2000 projected CRS; plan data is delivered in CGCS2000 Gauss-Krüger (EPSG:4513–4533 with the zone prefix, 4534–4554 without).</source>
      <translation>坐标系 {0} 不是 CGCS2000 投影坐标系；规划数据应采用 CGCS2000 高斯-克吕格投影（带带号 EPSG:4513–4533，不带带号 4534–4554）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="154" />
      <source>{0} is in degrees: areas and widths are measured on the ellipsoid.</source>
      <translation>{0} 的坐标单位为度：面积和宽度按椭球面计算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="164" />
      <source>Required field {0} is missing from the layer.</source>
      <translation>图层缺少必填字段 {0}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="173" />
      <source>Reading {0}…</source>
      <translation>正在读取 {0}…</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="177" />
      <source>The feature has no geometry (null or empty).</source>
      <translation>该要素没有几何（空值或空几何）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="180" />
      <source>Invalid geometry: {0} at ({1:.3f}, {2:.3f}).</source>
      <translation>无效几何：{0}，位置 ({1:.3f}, {2:.3f})。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="189" />
      <source>Eastings {0:,.0f}–{1:,.0f} lie outside {2:,.0f}–{3:,.0f}, the range of {4} (false easting {5:,.0f}): a wrong zone, or a zone prefix missing or added?</source>
      <translation>东坐标 {0:,.0f}–{1:,.0f} 超出 {4} 的范围 {2:,.0f}–{3:,.0f}（东偏移 {5:,.0f}）：分带错误，或漏加、多加了带号？</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="201" />
      <source>Spike: the boundary turns back at {0:.3f}°.</source>
      <translation>尖角：边界在此折返，角度 {0:.3f}°。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="207" />
      <source>Looking for overlaps…</source>
      <translation>正在查找重叠…</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="210" />
      <source>Overlaps feature {0} by {1:,.2f} m².</source>
      <translation>与要素 {0} 重叠 {1:,.2f} m²。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="214" />
      <source>Sliver: mean width {0:.3f} m.</source>
      <translation>狭长碎片：平均宽度 {0:.3f} m。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="218" />
      <source>boundary</source>
      <translation>边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="221" />
      <source>A gap of {0:,.2f} m² inside the boundary that no feature covers.</source>
      <translation>范围内有 {0:,.2f} m² 的缝隙未被任何图斑覆盖。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="224" />
      <source>{0:,.2f} m² of the feature lie outside the boundary.</source>
      <translation>该要素有 {0:,.2f} m² 位于范围之外。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="226" />
      <source>no boundary given</source>
      <translation>未提供范围边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="234" />
      <source>{0} = {1:,.2f} m², but the computed area is {2:,.2f} m² ({3:+.2f} %).</source>
      <translation>{0} = {1:,.2f} m²，但计算面积为 {2:,.2f} m²（{3:+.2f} %）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="237" />
      <source>no area field given</source>
      <translation>未提供面积字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="244" />
      <source>Required field {0} is empty.</source>
      <translation>必填字段 {0} 为空。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="246" />
      <source>no required fields given</source>
      <translation>未指定必填字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="251" />
      <source>no code field</source>
      <translation>无编码字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="252" />
      <source>{0}: no land-class code field ({1}); the code checks are skipped.</source>
      <translation>{0}：没有地类编码字段（{1}），跳过编码检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="287" />
      <source>not checked: {0}</source>
      <translation>未检查：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="296" />
      <source>{0}: {1} errors, {2} warnings in {3} features.</source>
      <translation>{0}：{3} 个要素中有 {1} 个错误、{2} 个警告。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="307" />
      <source>No land-class code in {0}.</source>
      <translation>{0} 中没有地类编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="309" />
      <source>no codes</source>
      <translation>无编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="316" />
      <source>Code {0} is not in the {1} table.</source>
      <translation>编码 {0} 不在{1}分类表中。</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="318" />
      <source>no name field</source>
      <translation>无名称字段</translation>
    </message>
    <message>
      <location filename="../processing_provider/check_landuse.py" line="322" />
      <source>{0} is '{1}', but code {2} is '{3}'.</source>
      <translation>{0} 为“{1}”，但编码 {2} 对应“{3}”。</translation>
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
      <location filename="../processing_provider/compare_layers.py" line="25" />
      <source>Compare two land-use layers (多规比对 / 版本比对)</source>
      <translation>两期土地利用比对（多规比对 / 版本比对）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="28" />
      <source>Overlays two land-use layers of the same area — two plans, or two versions of one plan, or the current 三调 against the plan — and reports where their classes differ at the chosen LEVEL: OUTPUT holds the pieces with both codes and names, both source features and the area (m², 公顷, 亩), including ground only one layer covers (the other code is empty); MATRIX is the change matrix (转移矩阵): the area of every class of A against every class of B, what stayed the same on the diagonal. Pieces up to MIN_AREA are left out of both. When one layer is in 三调 codes and the other in 用地用海, the 三调 codes go through the official conversion; a 三调 class that it splits one-to-many is compared at its 一级 class.</source>
      <translation>叠加同一范围的两个土地利用图层（两个规划、同一规划的两个版本，或现状三调与规划），按所选 LEVEL 找出地类不一致的地块：OUTPUT 为不一致的图斑，含两侧编码和名称、两侧来源要素及面积（m²、公顷、亩），也包括只有一侧覆盖的区域（另一侧编码为空）；MATRIX 为转移矩阵：A 的每个地类对 B 的每个地类的面积，对角线为未变化部分。不超过 MIN_AREA 的碎片不计入两者。若一侧为三调编码、另一侧为用地用海编码，三调编码按官方对照转换；一对多的三调地类按其一级类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="38" />
      <source>Layer A (e.g. the earlier version or the current state)</source>
      <translation>图层 A（如较早版本或现状）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="39" />
      <source>Layer B (e.g. the later version or the plan)</source>
      <translation>图层 B（如较新版本或规划）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="43" />
      <source>Land-class code field of {0} (empty = guess)</source>
      <translation>{0} 的地类编码字段（留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="46" />
      <source>Class level (1 = 一级类, 2 = 二级类, 3 = 三级类)</source>
      <translation>地类级别（1 = 一级类，2 = 二级类，3 = 三级类）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="48" />
      <source>Ignore differences up to (m²)</source>
      <translation>忽略不超过此面积的差异（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="51" />
      <source>Differences</source>
      <translation>差异图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="53" />
      <source>Change matrix</source>
      <translation>转移矩阵</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="55" />
      <source>HTML report</source>
      <translation>HTML 报告</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="55" />
      <source>HTML files (*.html)</source>
      <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="56" />
      <source>Area where the classes differ (m²)</source>
      <translation>地类不一致面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="57" />
      <source>Pieces where the classes differ</source>
      <translation>地类不一致图斑数</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="65" />
      <source>layer A</source>
      <translation>图层 A</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="71" />
      <source>layer {0}</source>
      <translation>图层 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="79" />
      <source>Cannot tell whether {0} holds 三调 or 用地用海 codes.</source>
      <translation>无法判断 {0} 是三调编码还是用地用海编码。</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="86" />
      <source>One layer is in 三调 codes, the other in 用地用海: both are compared as 用地用海 classes.</source>
      <translation>一个图层为三调编码，另一个为用地用海编码：两者均按用地用海地类比较。</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="88" />
      <source>Overlaying the two layers…</source>
      <translation>正在叠加两个图层…</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="104" />
      <source>(not covered)</source>
      <translation>（未覆盖）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="105" />
      <source>(no code)</source>
      <translation>（无编码）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="119" />
      <source>changed</source>
      <translation>已变化</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="127" />
      <source>{0} pieces differ, {1:,.2f} m² ({2:,.4f} 公顷).</source>
      <translation>{0} 个图斑地类不一致，共 {1:,.2f} m²（{2:,.4f} 公顷）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="137" />
      <source>A: {0} ({1})</source>
      <translation>A：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="137" />
      <source>B: {0} ({1})</source>
      <translation>B：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="138" />
      <source>Level: {0}</source>
      <translation>级别：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="139" />
      <source>Area where the classes differ: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</source>
      <translation>地类不一致面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="141" />
      <source>Change matrix (公顷): rows A, columns B</source>
      <translation>转移矩阵（公顷）：行为 A，列为 B</translation>
    </message>
    <message>
      <location filename="../processing_provider/compare_layers.py" line="142" />
      <source>A \ B</source>
      <translation>A \ B</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="23" />
      <source>Control-line overlaps (三线冲突检查)</source>
      <translation>三线冲突检查</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="26" />
      <source>The three control lines — 永久基本农田, 生态保护红线 and 城镇开发边界 — must not cross or overlap (三线不交叉、不重叠、不冲突). Give any two or all three layers, in any CRS.

OUTPUT holds one polygon per overlapping pair of features (pair such as PBF×ERL, the two layers, fid_a, fid_b and the area in m², 公顷 and 亩). A pair's total (PBF_ERL_M2 …) is the area of (union of the first line) ∩ (union of the second), so features that overlap within one layer are never counted twice; OVERLAP_AREA_M2 is the ground where any two lines overlap, counted once. Overlaps smaller than MIN_AREA are written with sliver = 1 and left out of the counts; pieces under 0.01 m² are float noise along shared boundaries and are not overlaps at all.

Areas are planar in the CRS of the first line layer given, or ellipsoidal on CGCS2000.</source>
      <translation>永久基本农田、生态保护红线、城镇开发边界三条控制线应不交叉、不重叠、不冲突。可输入其中任意两条或全部三条，坐标系不限。

OUTPUT 中每一对重叠要素输出一个面（组合如 PBF×ERL、两个图层名、fid_a、fid_b，以及平方米、公顷、亩三种面积）。每种组合的合计（PBF_ERL_M2 等）为（前一控制线的并集）∩（后一控制线的并集）的面积，同一图层内相互重叠的要素不会重复计算；OVERLAP_AREA_M2 为任意两条控制线重叠的范围，不重复计。小于 MIN_AREA 的重叠以 sliver = 1 输出且不计入统计；小于 0.01 平方米的图块是共用边界上的浮点误差，不视为重叠。

面积为第一个输入控制线图层坐标系下的平面面积，或 CGCS2000 椭球面积。</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="40" />
      <source>Minimum overlap area (m²); smaller ones are reported as slivers</source>
      <translation>最小重叠面积（平方米），更小的作为碎片单列</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="45" />
      <source>Control-line overlaps</source>
      <translation>三线重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="48" />
      <source>Overlapping feature pairs</source>
      <translation>重叠要素对数</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="49" />
      <source>Overlap area (m²)</source>
      <translation>重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="50" />
      <source>Slivers below the minimum area</source>
      <translation>小于最小面积的碎片数</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="52" />
      <source>Overlap {0} × {1} (m²)</source>
      <translation>{0} × {1} 重叠面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="61" />
      <source>Give at least two of the three control lines to compare.</source>
      <translation>请至少提供三条控制线中的两条进行比对。</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="68" />
      <source>Intersecting the lines…</source>
      <translation>正在叠加控制线……</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="95" />
      <source>{0} × {1}: {2} overlapping pairs, {3:,.2f} m² ({4:,.4f} 公顷)</source>
      <translation>{0} × {1}：{2} 处重叠，{3:,.2f} 平方米（{4:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="99" />
      <source>{0} overlaps smaller than {1} m² are written as slivers and not counted.</source>
      <translation>{0} 处小于 {1} 平方米的重叠作为碎片输出，不计入统计。</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="110" />
      <source>Layers: {0}</source>
      <translation>图层：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="111" />
      <source>Overlap area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>重叠面积（不重复计）：{0:,.2f} 平方米 = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="113" />
      <source>Minimum area: {0} m² ({1} slivers left out)</source>
      <translation>最小面积：{0} 平方米（{1} 处碎片未计）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="115" />
      <source>By pair</source>
      <translation>按控制线两两统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="115" />
      <source>Pair</source>
      <translation>控制线组合</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="115" />
      <source>Overlapping pairs</source>
      <translation>重叠处数</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="115" />
      <source>Area (公顷)</source>
      <translation>面积（公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="115" />
      <source>Area (亩)</source>
      <translation>面积（亩）</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="116" />
      <source>Largest overlaps</source>
      <translation>面积最大的重叠</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="117" />
      <source>Layer A</source>
      <translation>图层甲</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="117" />
      <source>Layer B</source>
      <translation>图层乙</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="117" />
      <source>Feature A</source>
      <translation>要素甲</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_line_overlaps.py" line="117" />
      <source>Feature B</source>
      <translation>要素乙</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="12" />
      <source>永久基本农田 (permanent basic farmland)</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="13" />
      <source>生态保护红线 (ecological protection redline)</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="14" />
      <source>城镇开发边界 (urban development boundary)</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="18" />
      <source>永久基本农田</source>
      <translation>永久基本农田</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="18" />
      <source>生态保护红线</source>
      <translation>生态保护红线</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="18" />
      <source>城镇开发边界</source>
      <translation>城镇开发边界</translation>
    </message>
    <message>
      <location filename="../processing_provider/control_lines.py" line="45" />
      <source>{0} has no polygons: nothing to check against it.</source>
      <translation>{0} 没有面要素，无法据此检查。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="27" />
      <source>cannot be read</source>
      <translation>无法读取</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="28" />
      <source>lacks the columns {0}</source>
      <translation>缺少列 {0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="29" />
      <source>has a row without an id</source>
      <translation>有一行缺少规则编号</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="30" />
      <source>repeats the rule id {0}</source>
      <translation>规则编号 {0} 重复</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="31" />
      <source>has subject '{0}' (use landuse, zone or line)</source>
      <translation>检查对象为“{0}”（应为 landuse、zone 或 line）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="32" />
      <source>has line '{0}' (use PBF, ERL or UDB)</source>
      <translation>控制线为“{0}”（应为 PBF、ERL 或 UDB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="33" />
      <source>has position '{0}' (use inside or outside; a line rule is always outside)</source>
      <translation>位置为“{0}”（应为 inside 或 outside；line 规则只能为 outside）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="34" />
      <source>has severity '{0}' (use error, warning or info)</source>
      <translation>严重程度为“{0}”（应为 error、warning 或 info）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="35" />
      <source>has rule {0} with no classes</source>
      <translation>规则 {0} 未填写地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="36" />
      <source>holds no rules</source>
      <translation>没有任何规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="38" />
      <source> (line {0})</source>
      <translation>（第 {0} 行）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="39" />
      <source>The rules file {0} {1}{2}.</source>
      <translation>规则文件 {0} {1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="47" />
      <source>Land use against the control lines (底线约束冲突检查)</source>
      <translation>底线约束冲突检查（用地与三线）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="50" />
      <source>Checks a land-use layer (planned 用地用海, or current 三调 through the official 三调 → 用地用海 conversion) and, when given, a planning-zone layer (规划分区, e.g. GHFQDM) against 永久基本农田, 生态保护红线 and 城镇开发边界, by a rule table: construction land inside the redline (linear infrastructure a warning), 园地/林地/草地/设施农用地 or construction inside permanent farmland (自然资发〔2021〕166号), urban construction land outside the urban boundary, and the zones against the lines (生态保护区 = 生态保护红线, 农田保护区 ⊇ 永久基本农田, 城镇发展区 ⊆ 城镇开发边界).

Give your own rules as a CSV (RULES) with the columns of resources/tables/bottomline_rules.csv. A 三调 class that the conversion splits one-to-many is reported with severity info when only some of its possible classes break a rule.

OUTPUT: one polygon per conflict (rule, severity, code, source feature, area in m², 公顷, 亩, legal basis); SUMMARY: count and area per rule. Conflict areas count overlapping line features once; pieces under MIN_AREA, and always those under 0.01 m² (float noise along shared boundaries), are left out.</source>
      <translation>按规则表检查用地图层（规划用地用海，或经官方三调→用地用海转换的三调现状）以及规划分区图层（可选，如 GHFQDM）与永久基本农田、生态保护红线、城镇开发边界的关系：生态保护红线内的建设用地（线性基础设施为警告）；永久基本农田内的园地、林地、草地、设施农用地或建设用地（自然资发〔2021〕166号）；城镇开发边界外的城镇建设用地；以及规划分区与三线的关系（生态保护区 = 生态保护红线，农田保护区 ⊇ 永久基本农田，城镇发展区 ⊆ 城镇开发边界）。

可用 CSV 提供自定义规则（RULES），列与 resources/tables/bottomline_rules.csv 相同。三调地类按转换规则一对多细分时，若仅部分可能的地类违反规则，严重程度记为 info。

OUTPUT：每处冲突一个面（规则、严重程度、地类编码、来源要素、平方米/公顷/亩面积、法规依据）；SUMMARY：按规则统计处数与面积。冲突面积中相互重叠的控制线要素不重复计；小于 MIN_AREA 的图块、以及任何小于 0.01 平方米的图块（共用边界上的浮点误差）不计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="66" />
      <source>Land-use layer (planned 用地用海 or current 三调)</source>
      <translation>用地图层（规划用地用海或三调现状）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="68" />
      <source>Land-class code field (DLBM, YDYHFLDM…; empty = guess)</source>
      <translation>地类编码字段（DLBM、YDYHFLDM…；留空则自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="74" />
      <source>Planning zones (规划分区), optional</source>
      <translation>规划分区（可选）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="76" />
      <source>Planning-zone code field (GHFQDM…)</source>
      <translation>规划分区代码字段（GHFQDM 等）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="78" />
      <source>Rules (CSV; empty = built-in table)</source>
      <translation>规则表（CSV；留空使用内置规则）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="80" />
      <source>Ignore conflicts smaller than (m²)</source>
      <translation>忽略小于此面积的冲突（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="84" />
      <source>Conflicts</source>
      <translation>冲突图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="86" />
      <source>Conflicts by rule</source>
      <translation>按规则汇总的冲突</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="90" />
      <source>Conflict area, counted once (m²)</source>
      <translation>冲突面积（不重复计，平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="91" />
      <source>Area of errors, counted once (m²)</source>
      <translation>错误级冲突面积（不重复计，平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="116" />
      <source>Give at least one control line to check against.</source>
      <translation>请至少提供一条控制线。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="122" />
      <source>Checking the rules…</source>
      <translation>正在逐条检查规则……</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="128" />
      <source>Rule {0} not checked: {1}</source>
      <translation>规则 {0} 未检查：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="129" />
      <source>no {0} layer given</source>
      <translation>未提供{0}图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="130" />
      <source>no planning-zone layer given</source>
      <translation>未提供规划分区图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="131" />
      <source>no land-use layer</source>
      <translation>未提供用地图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="133" />
      <source>{0} conflict pieces smaller than {1} m² (or than 0.01 m², the noise of shared boundaries) were left out.</source>
      <translation>{0} 处小于 {1} 平方米（或小于 0.01 平方米的共边计算误差）的冲突碎片未计入。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="151" />
      <source>class to be split: check whether the rule applies</source>
      <translation>该地类需细分：请核实是否违反本规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="170" />
      <source>not checked</source>
      <translation>未检查</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="180" />
      <source>{0} conflicts, {1:,.2f} m² ({2:,.4f} 公顷); errors {3:,.2f} m².</source>
      <translation>冲突 {0} 处，{1:,.2f} 平方米（{2:,.4f} 公顷）；其中错误 {3:,.2f} 平方米。</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="187" />
      <source>Land use: {0} ({1} features, {2} repaired)</source>
      <translation>用地：{0}（{1} 个要素，修复 {2} 个）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="188" />
      <source>Lines: {0}</source>
      <translation>控制线：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="190" />
      <source>Rules: {0}</source>
      <translation>规则：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="190" />
      <source>built-in table</source>
      <translation>内置规则表</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="191" />
      <source>Conflict area, counted once: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.4f} 亩</source>
      <translation>冲突面积（不重复计）：{0:,.2f} 平方米 = {1:,.4f} 公顷 = {2:,.4f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>By rule</source>
      <translation>按规则统计</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>Line</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="195" />
      <source>Count</source>
      <translation>处数</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="196" />
      <source>Area (m²)</source>
      <translation>面积（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="196" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="197" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="198" />
      <source>Largest conflicts</source>
      <translation>面积最大的冲突</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="199" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="199" />
      <source>Class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="199" />
      <source>Feature</source>
      <translation>要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="199" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="236" />
      <source>planning zones</source>
      <translation>规划分区</translation>
    </message>
    <message>
      <location filename="../processing_provider/landuse_conflicts.py" line="239" />
      <source>{0}: choose the planning-zone code field (ZONE_FIELD); none of {1} is there.</source>
      <translation>{0}：请选择规划分区代码字段（ZONE_FIELD），图层中没有 {1} 中的任何字段。</translation>
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
      <location filename="../processing_provider/landuse_structure.py" line="132" />
      <source>Zone</source>
      <translation>统计单元</translation>
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
      <location filename="../processing_provider/provider.py" line="28" />
      <source>Bottom-line checks (底线约束检查, model)</source>
      <translation>底线约束检查（模型）</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="42" />
      <source>Lantu 蓝图</source>
      <translation>Lantu 蓝图</translation>
    </message>
    <message>
      <location filename="../processing_provider/provider.py" line="45" />
      <source>Lantu 蓝图 — township territorial spatial planning</source>
      <translation>Lantu 蓝图 — 乡镇级国土空间规划</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="43" />
      <source>Resolve control-line overlaps (三线冲突处理)</source>
      <translation>三线冲突处理（按优先级扣除重叠）</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="46" />
      <source>Removes the overlaps between 永久基本农田, 生态保护红线 and 城镇开发边界 by a priority order (PRIORITY, default ERL &gt; PBF &gt; UDB: the redline keeps its ground, farmland loses what the redline holds, the urban boundary loses both). Writes corrected copies of the line layers — every field kept, each in its own CRS — and MOVED, one polygon per piece taken from a feature, with the line that keeps it and its area, so the planner reviews the change instead of cutting by hand. The inputs are not changed. Area fields of the copies (JBNTMJ, MJ…) are not recomputed.</source>
      <translation>按优先级（PRIORITY，默认 ERL &gt; PBF &gt; UDB：生态保护红线保留全部范围，永久基本农田扣除与红线重叠部分，城镇开发边界扣除与前两者重叠部分）消除永久基本农田、生态保护红线、城镇开发边界之间的重叠。输出处理后的各控制线图层副本（保留全部字段和各自坐标系），以及 MOVED：每个被扣除的图块一个面，注明保留该范围的控制线及面积，供规划人员复核，无需手工切割。输入图层不会被修改。副本中的面积字段（JBNTMJ、MJ 等）不会重新计算。</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="57" />
      <source>Priority, highest first (ERL &gt; PBF &gt; UDB)</source>
      <translation>优先级，从高到低（ERL &gt; PBF &gt; UDB）</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="62" />
      <source>Corrected {0}</source>
      <translation>处理后的{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="65" />
      <source>Pieces moved</source>
      <translation>调整的图块</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="67" />
      <source>Area moved (m²)</source>
      <translation>调整面积（平方米）</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="76" />
      <source>PRIORITY must name the lines PBF, ERL and UDB (or 永久基本农田, 生态保护红线, 城镇开发边界) in order, e.g. ERL &gt; PBF &gt; UDB.</source>
      <translation>PRIORITY 须按顺序写出控制线 PBF、ERL、UDB（或 永久基本农田、生态保护红线、城镇开发边界），例如 ERL &gt; PBF &gt; UDB。</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="80" />
      <source>Give at least two of the three control lines.</source>
      <translation>请至少提供三条控制线中的两条。</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="83" />
      <source>Priority: {0}</source>
      <translation>优先级：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="97" />
      <source>{0}: {1} features lie wholly on ground of a higher priority and are left out.</source>
      <translation>{0}：{1} 个要素整体落在更高优先级的控制线内，已剔除。</translation>
    </message>
    <message>
      <location filename="../processing_provider/resolve_overlaps.py" line="113" />
      <source>{0}: {1} pieces moved, {2:,.2f} m² ({3:,.4f} 公顷)</source>
      <translation>{0}：调整 {1} 块，{2:,.2f} 平方米（{3:,.4f} 公顷）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="31" />
      <source>可行 feasible</source>
      <translation>可行</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="31" />
      <source>需调整 needs adjustment</source>
      <translation>需调整</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="31" />
      <source>不可行 not feasible</source>
      <translation>不可行</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="35" />
      <source>has subject '{0}' (use line, outside_line, class, road or constraint)</source>
      <translation>的 subject 为“{0}”（应为 line、outside_line、class、road 或 constraint）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="36" />
      <source>has verdict '{0}' (use 需调整 or 不可行)</source>
      <translation>的 verdict 为“{0}”（应为 需调整 或 不可行）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="41" />
      <source>The site rules file {0} {1}{2}.</source>
      <translation>选址规则文件 {0} {1}{2}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="49" />
      <source>Check a project site (项目选址与用地预审)</source>
      <translation>项目选址与用地预审</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="52" />
      <source>For each proposed project site (SITE polygons): the area it occupies of 永久基本农田, 生态保护红线 and 城镇开发边界 and the area outside the urban boundary, of each current land class (LANDUSE, e.g. 三调 DLBM) and of cultivated land (耕地, class 01), of the road building control zones (ROADS: centre lines buffered by half their width plus the setback of their grade, 《公路安全保护条例》第十一条, resources/tables/road_setbacks.csv) and of each other constraint layer (CONSTRAINTS); then a verdict 可行 / 需调整 / 不可行 by the rule table (resources/tables/sitecheck_rules.csv, or your own RULES): the gravest verdict of the rules whose area exceeds MIN_AREA.

OUTPUT: the pieces (site, what, code or layer, area in m², 公顷, 亩); SUMMARY: one row per site; REPORT: an HTML page per site, ready to attach to a review (the file holds all sites, one printed page each, and a file &lt;report&gt;_&lt;site&gt;.html is written beside it for every site).</source>
      <translation>对每个拟选址项目（SITE 面）：统计其占用永久基本农田、生态保护红线、城镇开发边界的面积及位于城镇开发边界外的面积，占用各现状地类（LANDUSE，如三调 DLBM）及耕地（01 类）的面积，占用公路建筑控制区（ROADS：道路中线按半幅宽度加所属等级的控制距离缓冲，《公路安全保护条例》第十一条，resources/tables/road_setbacks.csv）和其他管控图层（CONSTRAINTS）的面积；再按规则表（resources/tables/sitecheck_rules.csv，或自定义 RULES）给出结论 可行 / 需调整 / 不可行：取面积超过 MIN_AREA 的规则中最严重的结论。

OUTPUT：叠加图斑（项目、类别、编码或图层、面积 m²、公顷、亩）；SUMMARY：每个项目一行；REPORT：每个项目一页 HTML，可直接附于审查材料（该文件含全部项目，打印时每项目一页，并在旁边为每个项目另写 &lt;report&gt;_&lt;项目&gt;.html）。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="66" />
      <source>Proposed project sites</source>
      <translation>拟选址项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="68" />
      <source>Site name or number field (empty = feature id)</source>
      <translation>项目名称或编号字段（留空 = 要素编号）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="72" />
      <source>Current land use (三调 or 用地用海), optional</source>
      <translation>现状土地利用（三调或用地用海），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="74" />
      <source>Land-class code field (DLBM…; empty = guess)</source>
      <translation>地类编码字段（DLBM…；留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="79" />
      <source>Roads (centre lines), optional</source>
      <translation>道路（中线），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="81" />
      <source>Road grade field (高速公路/国道/省道/县道/乡道/村道; empty = guess)</source>
      <translation>道路等级字段（高速公路/国道/省道/县道/乡道/村道；留空 = 自动识别）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="84" />
      <source>Road width field in m (empty = guess, none = 0)</source>
      <translation>道路宽度字段，单位 m（留空 = 自动识别，无此字段 = 0）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="87" />
      <source>Other constraint layers (polygons), optional</source>
      <translation>其他管控图层（面），可选</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="90" />
      <source>Verdict rules (CSV; empty = built-in table)</source>
      <translation>结论规则（CSV；留空 = 内置规则表）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="92" />
      <source>Ignore occupied areas up to (m²)</source>
      <translation>忽略不超过此面积的占用（m²）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="95" />
      <source>Site pieces</source>
      <translation>项目叠加图斑</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="97" />
      <source>Sites</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="112" />
      <source>sites</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="118" />
      <source>{0} holds no site polygons.</source>
      <translation>{0} 中没有项目面。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="128" />
      <source>Overlaying the sites…</source>
      <translation>正在叠加项目…</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="139" />
      <source>inside</source>
      <translation>内</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="139" />
      <source>outside</source>
      <translation>外</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="139" />
      <source>land class</source>
      <translation>地类</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="140" />
      <source>road control zone</source>
      <translation>公路建筑控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="140" />
      <source>constraint</source>
      <translation>管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="148" />
      <source>公路建筑控制区</source>
      <translation>公路建筑控制区</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="183" />
      <source>Site {0}: {1}{2}</source>
      <translation>项目 {0}：{1}{2}</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="205" />
      <source>land use</source>
      <translation>土地利用</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="220" />
      <source>roads</source>
      <translation>道路</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="224" />
      <source>{0}: choose the road grade field (ROAD_GRADE_FIELD); none of {1} is there.</source>
      <translation>{0}：请选择道路等级字段（ROAD_GRADE_FIELD）；图层中没有 {1}。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="227" />
      <source>Road control zones need a projected CRS.</source>
      <translation>公路建筑控制区需要投影坐标系。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="234" />
      <source>{0}: road grades with no setback in the table, so no control zone: {1}</source>
      <translation>{0}：以下道路等级在控制距离表中没有数值，不划建筑控制区：{1}</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="236" />
      <source>{0}: {1} of {2} roads have a building control zone.</source>
      <translation>{0}：{2} 条道路中 {1} 条划有建筑控制区。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="244" />
      <source>Constraint layer {0} must hold polygons.</source>
      <translation>管控图层 {0} 必须是面图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="260" />
      <source>no land-use layer given</source>
      <translation>未提供土地利用图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="262" />
      <source>no road layer given</source>
      <translation>未提供道路图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="264" />
      <source>no constraint layers given</source>
      <translation>未提供管控图层</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="273" />
      <source>Site: {0}</source>
      <translation>项目：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="274" />
      <source>Site area: {0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</source>
      <translation>项目面积：{0:,.2f} m² = {1:,.4f} 公顷 = {2:,.2f} 亩</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="275" />
      <source>Verdict: {0}</source>
      <translation>结论：{0}</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="277" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="278" />
      <source>Not checked: {0} ({1})</source>
      <translation>未检查：{0}（{1}）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="283" />
      <source>城镇开发边界外</source>
      <translation>城镇开发边界外</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="294" />
      <source>Control lines</source>
      <translation>控制线</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="294" />
      <source>Share of site (%)</source>
      <translation>占项目面积比例（%）</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="295" />
      <source>Current land use</source>
      <translation>现状土地利用</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="296" />
      <source>No land-use layer given.</source>
      <translation>未提供土地利用图层。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="297" />
      <source>Road control zones and other constraints</source>
      <translation>公路建筑控制区及其他管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="298" />
      <source>None touched.</source>
      <translation>未涉及。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="298" />
      <source>Constraint</source>
      <translation>管控要素</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="299" />
      <source>Reasons for the verdict</source>
      <translation>结论依据</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="300" />
      <source>Verdict</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="301" />
      <source>No rule applies: the site is feasible as drawn.</source>
      <translation>没有适用的规则：按现方案可行。</translation>
    </message>
    <message>
      <location filename="../processing_provider/site_check.py" line="303" />
      <source>Site {0}</source>
      <translation>项目 {0}</translation>
    </message>
  </context>
</TS>
