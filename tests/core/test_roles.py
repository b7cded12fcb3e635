"""Layer roles guessed from names and fields (pure Python, no QGIS)."""
from lantu.core.roles import CODE_FIELDS, LINE, POLYGON, RASTER, LayerInfo, find_field, guess_roles


def test_sandiao_and_planning_database_names():
    layers = [
        LayerInfo("a", ["地类图斑", "DLTB"], ["BSM", "DLBM", "DLMC", "TBMJ"]),
        LayerInfo("b", ["规划用地", "GHYD"], ["YDYHFLDM", "YDYHFLMC"]),
        LayerInfo("c", ["YJJBNT"], ["JBNTTBBH"]),
        LayerInfo("d", ["生态保护红线"], []),
        LayerInfo("e", ["CZKFBJ"], []),
        LayerInfo("f", ["道路中心线"], ["LXBM"], LINE),
        LayerInfo("g", ["村级片区"], ["PQDM", "PQMC"]),
        LayerInfo("h", ["行政村"], ["XZQDM", "XZQMC"]),
        LayerInfo("i", ["乡镇"], ["XZQDM", "XZQMC"]),
        LayerInfo("j", ["dem"], [], RASTER),
    ]
    assert guess_roles(layers) == {"current_landuse": "a", "planned_landuse": "b", "permanent_farmland": "c",
                                   "eco_redline": "d", "urban_boundary": "e", "roads": "f", "village_clusters": "g",
                                   "villages": "h", "township": "i", "dem": "j"}


def test_a_layer_fills_one_role_and_weak_or_wrong_kind_is_not_guessed():
    layers = [LayerInfo("x", ["parcels"], ["DLBM"]),  # a field alone (2 points) is not enough
              LayerInfo("y", ["roads"], ["GRADE"], POLYGON),  # roads must be lines
              LayerInfo("z", ["dltb_2020"], ["DLBM", "YDYHFLDM"])]
    assert guess_roles(layers) == {"current_landuse": "z"}


def test_names_are_matched_as_words_not_substrings():
    # "handle" holds "dl", "stbhhx_old" is still the red line
    layers = [LayerInfo("r", ["handle"], [], LINE), LayerInfo("s", ["stbhhx_old"], [])]
    assert guess_roles(layers) == {"eco_redline": "s"}


def test_a_field_is_found_in_any_case_and_given_as_the_layer_spells_it():
    assert find_field(["fid", "dlbm", "YDYHFLDM"], CODE_FIELDS) == "dlbm"  # the first candidate present wins
    assert find_field(["fid", "Ydyhfldm"], CODE_FIELDS) == "Ydyhfldm"
    assert find_field(["fid", "name"], CODE_FIELDS) is None
    assert find_field([], ("X",)) is None
