"""Layer roles of a plan: which layer of a project is the current land use, a control line, the roads …

A guess from layer names (display name and the table it comes from) and field names, the way 三调 and
planning databases name them (DLTB/DLBM, GHYD/YDYHFLDM, YJJBNT, STBHHX, CZKFBJ, XZQDM …). The planner
can always correct it; the guess only saves typing. Pure Python: the dock describes each layer as a
LayerInfo and gets back {role: layer id}.
"""
import re
from dataclasses import dataclass, field

POLYGON, LINE, POINT, RASTER = "polygon", "line", "point", "raster"
# The fields land-class codes and names are kept in: 三调 DLBM/DLMC, 用地用海 YDYHFLDM/YDYHFLMC and the
# spellings planning databases use; the first one present is taken.
CODE_FIELDS = ("DLBM", "YDYHFLDM", "GHDLBM", "YDYHDM", "YDYHBM", "GHYDDM", "DLDM")
NAME_FIELDS = ("DLMC", "YDYHFLMC", "GHDLMC", "YDYHMC", "GHYDMC")
# Planning-zone (规划分区) codes: GHFQDM in county and township databases, FQDM and the like elsewhere.
ZONE_FIELDS = ("GHFQDM", "FQDM", "YTFQDM", "GNFQDM")
# The fields zones (townships, villages, village clusters …) are named by, in the order a guess tries them:
# 村级调查区 ZLDWMC (坐落单位名称), 行政区 XZQMC, the village's name CUNMC / CJMC, 权属单位 QSDWMC, 片区 PQMC,
# 乡镇 XZMC, then the usual English and short names. Every algorithm that guesses a zone's name field uses it.
ZONE_NAME_FIELDS = ("ZLDWMC", "XZQMC", "CUNMC", "CJMC", "QSDWMC", "PQMC", "XZMC", "NAME", "MC", "ZONE")
_CODE_LIKE = ("DM", "BM", "BH", "BSM", "ID")


@dataclass(frozen=True)
class Role:
    key: str
    kind: str  # the geometry the role needs
    names: tuple = ()  # name tokens (lower case; matched as whole words, or anywhere for CJK)
    fields: tuple = ()  # field names that point to this role (upper case)
    not_names: tuple = ()  # tokens that rule a layer out (a village layer is no village-cluster layer)


ROLES = (
    Role("current_landuse", POLYGON, ("dltb", "三调", "现状", "地类图斑", "current"), ("DLBM", "DLMC", "TBMJ", "TBDLMJ"),
         ("ghyd", "规划")),
    Role("planned_landuse", POLYGON, ("ghyd", "ghdl", "规划用地", "用地用海", "planned"), ("YDYHFLDM", "YDYHFLMC", "GHDLBM"),
         ("dltb", "三调", "现状")),
    Role("permanent_farmland", POLYGON, ("yjjbnt", "jbnt", "pbf", "永久基本农田", "基本农田"), ("JBNTTBBH", "JBNTLX")),
    Role("eco_redline", POLYGON, ("stbhhx", "sthx", "erl", "生态保护红线", "生态红线")),
    Role("urban_boundary", POLYGON, ("czkfbj", "kfbj", "udb", "城镇开发边界", "开发边界")),
    Role("roads", LINE, ("roads", "road", "dl", "lw", "道路", "公路", "路网"), ("GRADE", "LXBM", "LXDM", "JSDJ", "DLDJ", "HIGHWAY")),
    Role("township", POLYGON, ("township", "xzqxz", "xz", "乡镇", "镇域"), ("XZQDM", "XZQMC"), ("village", "村")),
    Role("villages", POLYGON, ("village", "villages", "cjxzq", "行政村", "村界", "村域"), ("XZQDM", "CLUSTER", "CJDM"),
         ("cluster", "片区")),
    Role("village_clusters", POLYGON, ("village_cluster", "cluster", "clusters", "村级片区", "片区"), ("PQDM", "PQMC")),
    Role("dem", RASTER, ("dem", "dtm", "elevation", "高程", "地形")),
    # a layer of its own for the planning zones, where the planned land use does not carry them (GHFQDM)
    Role("planning_zones", POLYGON, ("ghfq", "gnfq", "规划分区", "功能分区", "zones", "zoning"), ("GHFQDM", "FQDM", "GHFQMC"),
         ("dltb", "三调", "现状", "ghyd", "用地用海")),
)
ROLE_KEYS = tuple(r.key for r in ROLES)

# The fields a role's layer is read through, by kind: (kind, candidate names, first present wins). The dock guesses
# each from these names and lets the planner choose another (or none); the steps pass them to the algorithms.
CODE, AREA, NAME, POPULATION, GRADE, ROUTE, WIDTH, ZONE_CODE, CZCSXM = (
    "code", "area", "name", "population", "grade", "route", "width", "zone_code", "czcsxm")
ROLE_FIELDS = {
    # TBMJ: the parcel's recorded (ellipsoidal) area; CZCSXM: 城镇村属性码, which settles some classes of the base map
    "current_landuse": ((CODE, CODE_FIELDS), (AREA, ("TBMJ",)), (CZCSXM, ("CZCSXM", "城镇村属性码"))),
    "planned_landuse": ((CODE, CODE_FIELDS), (ZONE_CODE, ZONE_FIELDS)),
    "roads": ((GRADE, ("GRADE", "DLDJ", "JSDJ")), (ROUTE, ("LXBM", "LXDM")), (WIDTH, ("WIDTH", "KD", "LJKD"))),
    "township": ((NAME, ("XZQMC", "NAME", "MC")),),
    "villages": ((NAME, ("XZQMC", "CJMC", "NAME", "MC")), (POPULATION, ("POP", "RK", "HJRK", "CZRK"))),
    "village_clusters": ((NAME, ("PQMC", "NAME", "MC")),),
    "planning_zones": ((ZONE_CODE, ZONE_FIELDS),),
}


# The 三调 地类图斑 fields every parcel fills in (GB/T 21010 database standard): checked by default where the current
# land-use layer has them, so the demo's quality check looks at them without a setting.
STANDARD_REQUIRED = ("BSM", "TBBH", "DLBM", "DLMC", "QSDWDM", "ZLDWDM", "TBMJ")


def standard_required(field_names):
    """The standard required fields a layer has, comma-separated ('' when it has none)."""
    present = {name.upper(): name for name in field_names}
    return ",".join(present[name] for name in STANDARD_REQUIRED if name in present)


def field_candidates(role, kind):
    """The standard names of a role's field of `kind`, or () when the role has no such field."""
    return dict(ROLE_FIELDS.get(role, ())).get(kind, ())


@dataclass
class LayerInfo:
    layer_id: str
    names: list  # display name, table or file name …
    fields: list = field(default_factory=list)
    kind: str = POLYGON


def _tokens(text):
    """Lower-case ASCII words of a name (split at _ . - / | spaces and digits)."""
    return set(w for w in re.split(r"[^a-z]+", text.lower()) if w)


def _name_hit(token, names):
    for name in names:
        if re.search(r"[^\x00-\x7f]", token):  # CJK: anywhere in the name
            if token in name:
                return True
        elif token in _tokens(name) or token == name.lower():
            return True
    return False


def score(role, info):
    """How strongly a layer looks like a role: names count 3, fields 2 each; ruled out = 0."""
    if info.kind != role.kind:
        return 0
    if any(_name_hit(t, info.names) for t in role.not_names):
        return 0
    upper = {f.upper() for f in info.fields}
    points = 3 * sum(1 for t in role.names if _name_hit(t, info.names))
    points += 2 * len(upper & set(role.fields))
    return points


def find_field(field_names, candidates):
    """The first of `candidates` among a layer's field names, matched case-insensitively and returned as the
    layer spells it; None when none is there. The algorithms and the dock guess fields alike through it."""
    by_upper = {name.upper(): name for name in field_names}
    return next((by_upper[c.upper()] for c in candidates if c.upper() in by_upper), None)


def guess_name_field(fields, first=()):
    """(field, standard) naming a layer's zones. `fields` are (name, is_text) in the layer's order; `first` are
    names tried before ZONE_NAME_FIELDS (PQMC for a layer of village clusters). standard is False where no
    standard name is there and the first text field is taken (one that does not look like a code, if any);
    (None, False) when the layer has no text field at all."""
    found = find_field([name for name, _ in fields], tuple(first) + ZONE_NAME_FIELDS)
    if found:
        return found, True
    texts = [name for name, text in fields if text]
    plain = [name for name in texts if not name.upper().endswith(_CODE_LIKE)]
    return (plain or texts or [None])[0], False


def guess_roles(layers):
    """{role key: layer id} for the roles some layer clearly fits; each layer fills one role at most."""
    candidates = []
    for role in ROLES:
        for info in layers:
            points = score(role, info)
            if points >= 3:
                candidates.append((points, role.key, info.layer_id))
    chosen, used = {}, set()
    for _points, key, layer_id in sorted(candidates, key=lambda c: -c[0]):
        if key not in chosen and layer_id not in used:
            chosen[key] = layer_id
            used.add(layer_id)
    return chosen
