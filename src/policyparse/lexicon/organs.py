"""Organ names: the one list of the endings that make a phrase the name of an organ.

Every reader that asks "is this an organ?" reads this table through
:mod:`policyparse.grammar.organs`: the metadata reader (a 署名 line, the organ opening a
title, the body a news report names) and the assignment reader (the agent of a
responsibility clause, the names in a note). Each ending says where it may end a name:

* ``issuer``: a signature line, the organ opening a title, a news report's releasing body;
* ``strong``: enough alone to take the opening of a title or a clause as an organ;
* ``agent``: the agent of a responsibility clause or a name in a note (collective names such
  as 部门, 单位, 各地 included);
* ``note``: only inside a responsibility note or table cell (enterprises and associations,
  which the guideline keeps in notes but not as the agents of clauses).

To teach the parser an organ ending, add a row here with its uses, and a row to the
parametrised tests of ``tests/test_organs.py``.
"""

from __future__ import annotations

#: (ending, uses), longest first.
ORGAN_ENDINGS: tuple[tuple[str, frozenset[str]], ...] = (
    ("人民代表大会常务委员会", frozenset({"issuer"})),
    ("人民政府办公厅", frozenset({"issuer", "strong"})),
    ("人民政府办公室", frozenset({"issuer", "strong"})),
    ("相关部门和单位", frozenset({"agent"})),
    ("有关部门和单位", frozenset({"agent"})),
    # 国务院联防联控机制, 国务院应对新型冠状病毒感染疫情联防联控机制: a standing body that issues notices
    ("联防联控机制", frozenset({"issuer", "strong", "agent"})),
    ("委员会办公室", frozenset({"issuer"})),
    ("委员会办公厅", frozenset({"issuer"})),
    ("集团有限公司", frozenset({"issuer"})),
    ("办公厅（室）", frozenset({"agent"})),
    # supply and marketing cooperatives (区供销社, 省供销合作社): owners of rural tasks
    ("供销合作社", frozenset({"issuer", "agent"})),
    ("常务委员会", frozenset({"issuer", "strong"})),
    ("人民政府", frozenset({"issuer", "strong", "agent"})),
    ("中共中央", frozenset({"issuer", "strong"})),
    ("中央军委", frozenset({"issuer"})),
    ("有限公司", frozenset({"issuer"})),
    ("领导小组", frozenset({"issuer", "agent"})),
    ("工作小组", frozenset({"agent"})),
    ("推进小组", frozenset({"agent"})),
    ("工作专班", frozenset({"agent"})),  # 数字政府建设工作专班: a task force set up for a programme
    ("联席会议", frozenset({"issuer", "agent"})),
    ("成员单位", frozenset({"agent"})),
    ("派出机构", frozenset({"agent"})),  # 国家能源局及其派出机构: an organ's regional offices
    ("中心支行", frozenset({"agent"})),
    ("红十字会", frozenset({"agent"})),
    ("综合组", frozenset({"issuer", "agent"})),
    ("供销社", frozenset({"issuer", "agent"})),
    ("委员会", frozenset({"issuer", "strong", "agent"})),
    ("理事会", frozenset({"issuer", "strong"})),  # 上海合作组织成员国政府首脑（总理）理事会
    ("办公厅", frozenset({"issuer", "strong", "agent"})),
    ("办公室", frozenset({"issuer", "strong", "agent"})),
    ("国务院", frozenset({"issuer", "strong"})),
    ("党中央", frozenset({"issuer"})),
    ("管理局", frozenset({"issuer", "strong"})),
    ("管委会", frozenset({"issuer", "strong", "agent"})),  # 东疆综合保税区管委会: a zone's committee
    ("合作区", frozenset({"issuer", "strong", "note"})),
    ("示范区", frozenset({"issuer", "note"})),
    ("开发区", frozenset({"issuer", "note"})),
    ("试验区", frozenset({"issuer", "note"})),
    ("自贸区", frozenset({"issuer", "note"})),
    # zones, parks, towns and subdistricts named as units in notes (牵头单位：经济技术开发区、九里亭街道)
    ("经开区", frozenset({"note"})),
    ("高新区", frozenset({"note"})),
    ("检察院", frozenset({"issuer", "agent"})),
    ("研究院", frozenset({"issuer"})),
    ("科学院", frozenset({"issuer"})),
    ("工程院", frozenset({"issuer"})),
    ("联合会", frozenset({"issuer", "agent"})),
    ("指挥部", frozenset({"issuer"})),
    ("工作组", frozenset({"agent"})),
    ("工商联", frozenset({"agent"})),
    ("服务办", frozenset({"issuer", "strong", "agent"})),
    ("改革办", frozenset({"issuer", "strong", "agent"})),
    ("医改办", frozenset({"issuer", "strong", "agent"})),
    ("扶贫办", frozenset({"issuer", "strong", "agent"})),
    ("金融办", frozenset({"issuer", "strong", "agent"})),
    ("协作办", frozenset({"issuer", "strong", "agent"})),
    ("合作办", frozenset({"issuer", "strong", "agent"})),
    ("应急办", frozenset({"issuer", "strong", "agent"})),
    ("人防办", frozenset({"issuer", "strong", "agent"})),
    ("口岸办", frozenset({"issuer", "strong", "agent"})),
    ("督查办", frozenset({"issuer", "strong", "agent"})),
    ("信访办", frozenset({"issuer", "strong", "agent"})),
    ("文明办", frozenset({"issuer", "strong", "agent"})),
    ("网信办", frozenset({"issuer", "strong", "agent"})),
    ("综治办", frozenset({"issuer", "strong", "agent"})),
    ("政府", frozenset({"issuer", "strong", "agent"})),
    ("总局", frozenset({"issuer", "strong", "agent"})),
    ("总署", frozenset({"issuer", "agent"})),
    ("海关", frozenset({"issuer", "agent"})),  # 天津海关, 黄埔海关: customs districts of 海关总署
    ("总会", frozenset({"issuer", "agent"})),
    ("总社", frozenset({"issuer", "agent"})),
    ("工委", frozenset({"issuer", "agent"})),
    ("新区", frozenset({"issuer", "strong", "note"})),
    ("公司", frozenset({"issuer", "note"})),
    ("银行", frozenset({"issuer", "agent"})),
    ("法院", frozenset({"issuer", "agent"})),
    ("协会", frozenset({"issuer", "note"})),
    ("学会", frozenset({"issuer"})),
    ("中心", frozenset({"issuer", "agent"})),
    ("小组", frozenset({"issuer", "agent"})),
    ("部门", frozenset({"agent"})),
    ("单位", frozenset({"agent"})),
    ("机关", frozenset({"agent"})),
    ("支行", frozenset({"agent"})),
    ("中支", frozenset({"agent"})),
    # fire and rescue, police and armed-police units (省消防救援总队, 区消防救援支队, 交警支队)
    ("总队", frozenset({"agent"})),
    ("支队", frozenset({"agent"})),  # 人行赣州市中支: a central sub-branch (中心支行), abbreviated
    # 中国人民银行广东省分行: a provincial branch of the central bank, a joint issuer of notices
    ("分行", frozenset({"issuer", "agent"})),
    ("监会", frozenset({"agent"})),
    ("工会", frozenset({"agent"})),
    ("妇联", frozenset({"agent"})),
    ("残联", frozenset({"agent"})),
    ("科协", frozenset({"agent"})),
    ("地区", frozenset({"agent"})),
    ("各地", frozenset({"agent"})),
    ("各区", frozenset({"agent"})),
    ("各县", frozenset({"agent"})),
    ("各市", frozenset({"agent"})),
    ("各省", frozenset({"agent"})),
    ("各级", frozenset({"agent"})),
    ("集团", frozenset({"note"})),
    ("街道", frozenset({"note"})),
    ("街镇", frozenset({"note"})),
    ("乡镇", frozenset({"note"})),
    ("园区", frozenset({"note"})),
    ("企业", frozenset({"note"})),
    ("商会", frozenset({"note"})),
    ("侨办", frozenset({"issuer", "strong", "agent"})),
    ("台办", frozenset({"issuer", "strong", "agent"})),
    ("编办", frozenset({"issuer", "strong", "agent"})),
    ("部", frozenset({"issuer", "strong", "agent"})),
    ("委", frozenset({"issuer", "strong", "agent"})),
    ("厅", frozenset({"issuer", "strong", "agent"})),
    ("局", frozenset({"issuer", "strong", "agent"})),
    ("院", frozenset({"issuer", "agent"})),
    ("署", frozenset({"issuer", "strong", "agent"})),
    ("办", frozenset({"issuer", "agent"})),
    ("处", frozenset({"issuer", "agent"})),
    ("所", frozenset({"issuer", "agent"})),
    ("会", frozenset({"issuer"})),
    ("室", frozenset({"issuer", "agent"})),
    ("司", frozenset({"agent"})),
    ("镇", frozenset({"note"})),
    ("乡", frozenset({"note"})),
)


def endings(use: str) -> tuple[str, ...]:
    """The endings that may end a name in the given use, longest first."""
    return tuple(ending for ending, uses in ORGAN_ENDINGS if use in uses)


#: Endings of a zone's name (a development zone, a new area, a pilot zone): a list of zones
#: ending in one zone's committee shares it (``杨凌示范区、西咸新区管委会``).
ZONE_ENDINGS: tuple[str, ...] = (
    "开发区",
    "示范区",
    "试验区",
    "实验区",
    "合作区",
    "自贸区",
    "经开区",
    "高新区",
    "保税区",
    "功能区",
    "新区",
    "园区",
)
#: The governing committee of a zone.
ZONE_COMMITTEES: tuple[str, ...] = ("管委会", "管理委员会")

#: Organs often printed glued together at the start of a title (中共中央国务院关于…).
GLUED_ORGANS: tuple[str, ...] = (
    "中共中央办公厅",
    "国务院办公厅",
    "中共中央",
    "国务院",
    "中央军委",
    "全国人大常委会",
)
#: How the names of central organs start (the State Council's ministries and commissions,
#: its bureaus and administrations, the central bank): in a joint 版头 or signature that lost
#: its spaces (``生态环境部国家发展和改革委员会工业和信息化部…``) a new name starts here.
CENTRAL_STARTS: tuple[str, ...] = (
    "国家",
    "中国",
    "外交部",
    "国防部",
    "教育部",
    "科学技术部",
    "科技部",
    "工业和信息化部",
    "公安部",
    "民政部",
    "司法部",
    "财政部",
    "人力资源和社会保障部",
    "自然资源部",
    "生态环境部",
    "住房和城乡建设部",
    "交通运输部",
    "水利部",
    "农业农村部",
    "商务部",
    "文化和旅游部",
    "退役军人事务部",
    "应急管理部",
    "审计署",
    "海关总署",
)
#: Bodies named without an organ ending (besides :data:`GLUED_ORGANS`).
NAMED_BODIES: tuple[str, ...] = ("党中央", "全国人大", "全国政协", "证监会", "银保监会")
#: One-character prefixes that make a short name of an organ (``省政府``, ``市委``).
LEVEL_PREFIXES: tuple[str, ...] = ("省", "市", "县", "区", "州")
#: Endings of a body a news report may name as releasing a policy: the strong ones and a few
#: more (no ``会``, ``所``, ``室`` that also end ordinary words).
NEWS_BODY_ENDINGS: tuple[str, ...] = (
    *endings("strong"),
    "银行",
    "法院",
    "检察院",
    "证监会",
    "常委会",
    "总署",
    "示范区",
    "开发区",
    "试验区",
    "自贸区",
    "领导小组",
)
#: A level word a report's ``我代表省人民政府`` opens with (the region is named elsewhere).
REPORT_LEVELS: tuple[str, ...] = ("自治区", "自治州", "省", "市", "州", "县", "区", "盟", "旗")
