"""Constants of the demo generator: the CRS, sizes, name stems, the code tables and the log."""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "resources" / "tables"

EPSG = 4523                      # CGCS2000 / 3-degree Gauss-Kruger zone 35 (CM 105E, FE 35 500 000)
CENTER_LONLAT = (105.5, 32.0)    # around seed 003's 片区
LAEA = "+proj=laea +lat_0={lat} +lon_0={lon} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs"
GRID = 1e-6                      # overlay precision (m): snap-rounding noder, no spikes from T-junctions
BASE_PARCELS = 12000
BASE_AREA = 350e6                # m² at BASE_PARCELS; the area scales with --parcels
CELL = 25.0                      # DEM cell size, m
COUNTY = "510899"                # fictitious county code (5108xx = 广元市; 99 is unused)

TOWNSHIP_NAMES = ["鹤龄镇", "羊岭镇", "木马镇", "杨村镇", "樵店乡"]
STEM_A = list("青白金龙凤石柏松桃李杨马鹤云水天永长太新红黄高平庙井官狮玉双雁竹梨华兴安")
STEM_B = list("林坪溪山桥湾岭河垭坝泉田峰岩池沟口寨门台园塘坡营庄")
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋"
                "蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
PLACE_SUFFIX = ["湾", "坝", "沟", "院子", "坪", "岭", "嘴", "垭", "梁", "河坝", "大院", "老屋", "坡", "岩", "塘", "湾里", "山"]
CLUSTER_THEMES = ["商贸物流", "农旅融合", "果蔬产业", "粮油种植", "中药材种植", "生态康养", "烤烟生产",
                  "种养循环", "竹林风景", "红色文化", "茶果种植", "林下经济", "乡村旅游", "特色养殖"]


def log(msg):
    print(msg, flush=True)


class Table:
    """A code table of resources/tables (CSV), its rows and its rows by key."""

    def __init__(self, name, key="code"):
        with open(TABLES / name, encoding="utf-8") as csv_file:
            self.rows = list(csv.DictReader(csv_file))
        self.by_code = {row[key]: row for row in self.rows}
