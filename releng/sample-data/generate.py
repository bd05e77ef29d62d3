#!/usr/bin/env python3
"""Generates Cordon's sample data set: Lin County (临县, Shanxi), January-February 2020.

Writes one CSV file per record kind (docs/csv-formats.md) into
bundles/org.cordon.sample/data/. Deterministic: standard library only, one fixed random seed,
no dependence on the clock, the locale or hash ordering. Run again and the bytes are the same.

Source: shared/seed/linxian-report-2020-02.txt (a county newspaper report). The figures it gives
only as totals are spread over invented records whose sums are exactly those totals; names the
report does not give are invented and marked with comment rows in every file.

Usage: python3 releng/sample-data/generate.py [--out DIR]
"""

import argparse
import csv
import datetime as dt
import random
from fractions import Fraction
from pathlib import Path

SEED = 20200213
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "bundles" / "org.cordon.sample" / "data"

NAMED = "named in the report"
INVENTED = "invented names below (not in the report)"

# Person names that appear in the report (used where they fit; everyone else is invented).
ARTICLE_PERSONS = {
    "张建国", "李双会", "白旭平", "李考玉", "高艳军", "刘永红", "李拖顺",
    "张建明", "朱月平", "崔秀珑", "李旭峰", "刘淑珍", "王保顺", "贾永强", "刘生锋", "严晓声",
}

# The report names the 29 Jan shopping centre (王府购物中心); the brief for this data set asks
# for an invented name instead. Change this one constant to use the report's name.
SHOPPING_CENTRE = "临县湫滨购物中心"

rng = random.Random(SEED)


# --------------------------------------------------------------------------------------------
# helpers

def d(text):
    return dt.date.fromisoformat(text)


def days(first, last):
    day = d(first)
    end = d(last)
    out = []
    while day <= end:
        out.append(day)
        day += dt.timedelta(days=1)
    return out


def iso(day):
    return day.isoformat()


def yuan(amount):
    """Yuan as text with exactly two decimals; amount in fen (int)."""
    assert isinstance(amount, int) and amount >= 0
    return f"{amount // 100}.{amount % 100:02d}"


def decimal_text(tenths):
    """A decimal given in tenths, without trailing zeros (12.5, 10)."""
    assert isinstance(tenths, int) and tenths >= 0
    return str(tenths // 10) if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


def apportion(total, weights, minimums=None):
    """Splits total into whole numbers proportional to weights (largest remainders), each at least
    its minimum. Exact: the parts sum to total."""
    n = len(weights)
    minimums = list(minimums) if minimums is not None else [0] * n
    rest = total - sum(minimums)
    assert rest >= 0, (total, sum(minimums))
    fw = [Fraction(w).limit_denominator(10**9) for w in weights]
    whole = sum(fw)
    assert whole > 0
    quotas = [rest * w / whole for w in fw]
    parts = [int(q) for q in quotas]
    left = rest - sum(parts)
    order = sorted(range(n), key=lambda i: (-(quotas[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    result = [m + p for m, p in zip(minimums, parts)]
    assert sum(result) == total
    return result


class Names:
    """Generic invented person names of the form 王某华: a surname, 某, one character. Unique
    across the data set and never one of the report's names."""

    SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋"
                "蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟")
    GIVEN = "华明军平伟强芳丽敏静磊洋艳勇杰娟涛斌超霞刚英红玲波辉鹏飞丹萍林峰燕龙云亮"

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.used = set(ARTICLE_PERSONS)

    def next(self):
        while True:
            name = self.random.choice(self.SURNAMES) + "某" + self.random.choice(self.GIVEN)
            if name not in self.used:
                self.used.add(name)
                return name


names = Names(SEED + 1)


class Table:
    def __init__(self, kind, header, about):
        self.kind = kind
        self.header = header.split(",")
        self.about = about if isinstance(about, list) else [about]
        self.sections = []  # (marker or None, rows)

    def section(self, marker, rows):
        rows = list(rows)
        for row in rows:
            assert len(row) == len(self.header), (self.kind, row)
        self.sections.append((marker, rows))
        return rows

    def rows(self):
        return [r for _, rs in self.sections for r in rs]

    def write(self, folder):
        path = folder / f"{self.kind}.csv"
        with open(path, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(self.header)
            for line in self.about:
                out.write(f"# {line}\n")
            for marker, rows in self.sections:
                if marker:
                    out.write(f"# {marker}\n")
                writer.writerows([[str(c) for c in row] for row in rows])
        return path


TABLES = []


def table(kind, header, about):
    t = Table(kind, header, about)
    TABLES.append(t)
    return t


# --------------------------------------------------------------------------------------------
# Organisation: units, townships, communities, pairings

UNITS_NAMED = [
    ("临县卫生健康局", "县卫健局"),
    ("临县住房和城乡建设局", "县住建局"),
    ("临县教育科技局", "县教科局"),
    ("共青团临县委员会", "团县委"),
    ("临县妇女联合会", "县妇联"),
    ("临县总工会", "县工会"),
    ("临县红十字会", "县红十字会"),
    ("中共临县县委组织部", "县委组织部"),
]
UNITS_INVENTED = [
    ("中共临县县委办公室", "县委办"),
    ("临县人民政府办公室", "县政府办"),
    ("中共临县县委宣传部", "县委宣传部"),
    ("临县纪委监委", "县纪委监委"),
    ("中共临县县委政法委员会", "县委政法委"),
    ("临县公安局", "县公安局"),
    ("临县财政局", "县财政局"),
    ("临县发展和改革局", "县发改局"),
    ("临县交通运输局", "县交通运输局"),
    ("临县市场监督管理局", "县市场监管局"),
    ("临县民政局", "县民政局"),
    ("临县人力资源和社会保障局", "县人社局"),
    ("临县农业农村局", "县农业农村局"),
    ("临县自然资源局", "县自然资源局"),
    ("临县水利局", "县水利局"),
    ("临县工业和信息化局", "县工信局"),
    ("临县文化和旅游局", "县文旅局"),
    ("临县应急管理局", "县应急局"),
    ("临县审计局", "县审计局"),
    ("临县统计局", "县统计局"),
    ("临县退役军人事务局", "县退役军人局"),
    ("临县医疗保障局", "县医保局"),
    ("临县林业局", "县林业局"),
    ("临县行政审批服务管理局", "县行政审批局"),
    ("临县能源局", "县能源局"),
    ("临县司法局", "县司法局"),
    ("临县扶贫开发服务中心", "县扶贫中心"),
    ("临县融媒体中心", "县融媒体中心"),
    ("临县城市管理局", "县城管局"),
    ("临县信访局", "县信访局"),
    ("临县供销合作社联合社", "县供销社"),
    ("临县机关事务服务中心", "县机关事务中心"),
    ("中共临县县委统战部", "县委统战部"),
    ("临县科学技术协会", "县科协"),
    ("临县档案馆", "县档案馆"),
]
assert len(UNITS_NAMED) + len(UNITS_INVENTED) == 43

UNIT = {}  # short name -> code
units_t = table("units", "code,name,short_name", [
    "County units (县直单位) of Lin County. The report says 43 units are paired with the urban communities.",
    "Named in the report: 县卫健局, 住建局, 教科局, 团县委, 县妇联, 县工会, 县红十字会, 组织部; the other 35 are",
    "typical county departments whose names are not in the report (invented for this sample).",
])
rows = []
for i, (name, short) in enumerate(UNITS_NAMED + UNITS_INVENTED, start=1):
    code = f"U-{i:02d}"
    UNIT[short] = code
    rows.append([code, name, short])
units_t.section(NAMED, rows[:len(UNITS_NAMED)])
units_t.section(INVENTED, rows[len(UNITS_NAMED):])

# name, kind, spreading weight (people), spreading weight (villages). The weights are invented
# and only used to spread totals; they are not statistics.
TOWNSHIPS = [
    ("临泉镇", 16, 40), ("白文镇", 5, 36), ("城庄镇", 5, 34), ("兔坂镇", 4, 30), ("克虎镇", 4, 30),
    ("三交镇", 5, 32), ("湍水头镇", 4, 30), ("林家坪镇", 4, 28), ("招贤镇", 4, 30), ("碛口镇", 4, 28),
    ("刘家会镇", 4, 28), ("丛罗峪镇", 3, 24), ("曲峪镇", 3, 24), ("八堡乡", 3, 26), ("大禹乡", 2, 22),
    ("玉坪乡", 2, 22), ("青凉寺乡", 3, 26), ("石白头乡", 2, 20), ("雷家碛乡", 2, 22), ("木瓜坪乡", 3, 24),
    ("安业乡", 3, 26), ("车赶乡", 2, 20), ("安家庄乡", 2, 20),
]
assert len(TOWNSHIPS) == 23 and len({t[0] for t in TOWNSHIPS}) == 23
TOWN = {}  # name -> code
TOWN_CODES = []
townships_t = table("townships", "code,name,kind,order", [
    "The 23 townships (乡镇) of Lin County, 13 towns (镇) and 10 townships (乡), as of 2020.",
    "The report gives the number 23 and names 木瓜坪乡; the other names are the county's real township",
    "names (not in the report). Nothing here is invented.",
])
named_rows, other_rows = [], []
for i, (name, _, _) in enumerate(TOWNSHIPS, start=1):
    code = f"T-{i:02d}"
    TOWN[name] = code
    TOWN_CODES.append(code)
    row = [code, name, "town" if name.endswith("镇") else "township", i]
    (named_rows if name == "木瓜坪乡" else other_rows).append(row)
townships_t.section(NAMED, named_rows)
townships_t.section("real township names below (not in the report, not invented)", other_rows)
POP_WEIGHT = {TOWN[t[0]]: t[1] for t in TOWNSHIPS}
VILLAGE_WEIGHT = {TOWN[t[0]]: t[2] for t in TOWNSHIPS}

# Communities: 2 named + 25 unit compounds (家属院) + 90 estates, all invented except the two.
COMPOUND_UNITS = ["县教科局", "县委办", "县政府办", "县委宣传部", "县纪委监委", "县委政法委", "县公安局",
                  "县财政局", "县发改局", "县交通运输局", "县市场监管局", "县民政局", "县人社局", "县农业农村局",
                  "县自然资源局", "县水利局", "县工信局", "县文旅局", "县应急局", "县林业局", "县能源局",
                  "县司法局", "县融媒体中心", "县城管局", "县供销社"]
assert len(COMPOUND_UNITS) == 25
ESTATE_PREFIXES = ["凤山", "临州", "东关", "西关", "南关", "北关", "东城", "西城", "新城", "文苑", "锦绣", "阳光",
                   "滨河", "龙泉", "紫金", "康乐", "和平", "幸福", "兴华", "金水", "秀水", "碧水", "玉龙", "怡和",
                   "安居", "泰和", "吉祥", "明珠", "开元", "湫滨"]
ESTATE_SUFFIXES = ["小区", "花园", "家园", "苑", "新村", "公寓", "佳苑", "名都", "雅居"]
combos = [p + s for p in ESTATE_PREFIXES for s in ESTATE_SUFFIXES]
rng.shuffle(combos)
ESTATES = [c for c in combos if c not in ("湫水万安苑", "元倍花园")][:90]

COMM = {}  # name -> code
COMM_TOWN = {}
communities_t = table("communities", "code,name,township,households", [
    "The 117 urban residential communities (城区居民小区). Named in the report: 湫水万安苑 (a poverty-relief",
    "relocation community) and 元倍花园 (木瓜坪乡); their household counts are not in the report and are 0",
    "(unknown). All other names, their townships and household counts are invented.",
])
c_rows = [["C-001", "湫水万安苑", TOWN["临泉镇"], 0], ["C-002", "元倍花园", TOWN["木瓜坪乡"], 0]]
invented_comms = [(f"{u}家属院", "compound") for u in COMPOUND_UNITS] + [(e, "estate") for e in ESTATES]
COMPOUND_OF = {}
for i, (name, kind) in enumerate(invented_comms, start=3):
    code = f"C-{i:03d}"
    township = TOWN["木瓜坪乡"] if kind == "estate" and i % 10 == 0 else TOWN["临泉镇"]
    households = rng.randint(30, 180) if kind == "compound" else rng.randint(120, 1500)
    c_rows.append([code, name, township, households])
    if kind == "compound":
        COMPOUND_OF[code] = name[:-3]
for r in c_rows:
    COMM[r[1]] = r[0]
    COMM_TOWN[r[0]] = r[2]
communities_t.section(NAMED, c_rows[:2])
communities_t.section(INVENTED, c_rows[2:])
assert len(c_rows) == 117
QWA = COMM["湫水万安苑"]
YBHY = COMM["元倍花园"]

# Pairings: every community exactly one unit; each unit 1-5; the housing bureau pairs 5.
fixed = {code: UNIT[short] for code, short in COMPOUND_OF.items()}
fixed[QWA] = UNIT["县扶贫中心"]
fixed[YBHY] = UNIT["县民政局"]
unit_codes = [f"U-{i:02d}" for i in range(1, 44)]
target = {u: 0 for u in unit_codes}
for u in fixed.values():
    target[u] += 1
for u in unit_codes:
    target[u] = max(target[u], 1)
target[UNIT["县住建局"]] = 5
remaining = 117 - sum(target.values())
pair_rng = random.Random(SEED + 2)
while remaining > 0:
    u = pair_rng.choice(unit_codes)
    if target[u] < 4:
        target[u] += 1
        remaining -= 1
assert sum(target.values()) == 117
free = [c for c in (r[0] for r in c_rows) if c not in fixed]
pair_rng.shuffle(free)
assign = dict(fixed)
count = {u: 0 for u in unit_codes}
for u in fixed.values():
    count[u] += 1
for u in unit_codes:
    while count[u] < target[u]:
        assign[free.pop()] = u
        count[u] += 1
assert not free and len(assign) == 117
pairings_t = table("pairings", "unit,community", [
    "包联: each of the 117 communities is answered for by exactly one of the 43 county units (全覆盖).",
    "The report gives the numbers and says the housing bureau (住建局) and owning units lead; which unit",
    "pairs which community is invented: a unit's own compound (家属院) is paired with it, 住建局 takes 5",
    "estates, 湫水万安苑 goes to 县扶贫中心 and 元倍花园 to 县民政局; every unit answers for 1 to 5.",
])
pairings_t.section("spread (invented)", [[assign[c], c] for c in sorted(assign)])

# --------------------------------------------------------------------------------------------
# Persons, leading group, working groups, positions

persons_named, persons_invented = [], []
PERSON = {}


def person(name, title, unit_short=None, invented=True):
    code = f"P-{len(persons_named) + len(persons_invented) + 1:03d}"
    row = [code, name, title, UNIT[unit_short] if unit_short else "", ""]
    (persons_invented if invented else persons_named).append(row)
    PERSON[(name, title)] = code
    return code


P_SECRETARY = person("张建国", "县委书记", invented=False)
P_HEAD = person("李双会", "县长", invented=False)
P_EXEC = person("白旭平", "县委常委、常务副县长", invented=False)
P_ORG = person("李考玉", "县委常委、组织部长", "县委组织部", invented=False)
P_GAO = person("高艳军", "元倍花园社区党支部书记（木瓜坪乡）", invented=False)
P_LIU = person("刘永红", "湫水万安苑社区党支部书记", invented=False)

P_PROP = person(names.next(), "县委常委、宣传部长", "县委宣传部")
P_DISC = person(names.next(), "县委常委、纪委书记、监委主任", "县纪委监委")
P_POLI = person(names.next(), "县委常委、政法委书记", "县委政法委")
P_UNITED = person(names.next(), "县委常委、统战部长", "县委统战部")
P_VH = person(names.next(), "副县长（分管卫生健康）")
P_VE = person(names.next(), "副县长（分管教育科技）")
P_VP = person(names.next(), "副县长、县公安局局长", "县公安局")
P_VC = person(names.next(), "副县长（分管住建城管）")
P_VI = person(names.next(), "副县长（分管工信商务）")

HEADS = {}
for short, title in [("县卫健局", "县卫健局局长"), ("县教科局", "县教科局局长"), ("县住建局", "县住建局局长"),
                     ("县财政局", "县财政局局长"), ("县交通运输局", "县交通运输局局长"),
                     ("县市场监管局", "县市场监管局局长"), ("县委宣传部", "县委宣传部常务副部长"),
                     ("县发改局", "县发改局局长"), ("县工信局", "县工信局局长"), ("县民政局", "县民政局局长"),
                     ("县红十字会", "县红十字会常务副会长"), ("团县委", "团县委书记")]:
    HEADS[short] = person(names.next(), title, short)

TOWN_SECRETARY, TOWN_HEAD = {}, {}
for name, _, _ in TOWNSHIPS:
    TOWN_SECRETARY[name] = person(names.next(), f"{name}党委书记")
    TOWN_HEAD[name] = person(names.next(), f"{name}{'镇长' if name.endswith('镇') else '乡长'}")

LEADING_GROUP = "LG-01"
leading_t = table("leading-groups", "code,name,remit", [
    "The leading group as the report describes it (name and remit from the report).",
])
leading_t.section(NAMED, [[LEADING_GROUP, "临县新冠肺炎疫情防控工作领导小组",
                           "统一领导全县新冠肺炎疫情防控工作；坚持严防严控、联防联控、群防群控；下设一室九组，办公室设在县卫健局"]])

# code, name, kind, host unit, remit, head(s), deputy, staff units
GROUPS = [
    ("G-OFFICE", "领导小组办公室", "office", "县卫健局", "协调组织全县疫情防控工作；会议、文件、日报告汇总", [HEADS["县卫健局"]], "县卫健局", ["县卫健局", "县委办", "县政府办"]),
    ("G-CHECKPOINTS", "卡口防控和交通检疫组", "group", "县公安局", "高速服务区卫生检疫站、高速口和一至四级检查站点的设置与每日检查", [P_VP], "县交通运输局", ["县公安局", "县交通运输局", "县公安局"]),
    ("G-SCREENING", "重点人员排查管控组", "group", "县卫健局", "湖北返乡学生、返乡务工人员排查；集中隔离与居家隔离；五包一；日报告、零报告", [P_POLI], "县卫健局", ["县卫健局", "县教科局", "县公安局"]),
    ("G-COMMUNITY", "社区防控组", "group", "县住建局", "城区117个居民小区包联、排查和封闭管理", [P_VC], "县住建局", ["县住建局", "县民政局"]),
    ("G-MEDICAL", "医疗救治组", "group", "县卫健局", "发热门诊、预检分诊、医疗救治、援鄂医疗队", [P_VH], "县卫健局", ["县卫健局", "县医保局"]),
    ("G-MATERIALS", "物资保障和捐赠组", "group", "县工信局", "防控物资调运、储备、发放；社会捐赠接收（县红十字会）", [P_VI], "县红十字会", ["县工信局", "县发改局", "县红十字会"]),
    ("G-FUNDS", "资金保障组", "group", "县财政局", "县级财政防控资金安排和支出", [HEADS["县财政局"]], "县财政局", ["县财政局", "县审计局"]),
    ("G-PUBLICITY", "宣传报道组", "group", "县委宣传部", "预防手册、家庭预防指引、倡议书、宣传U盘、宣传车；临县发布", [P_PROP], "县委宣传部", ["县委宣传部", "县融媒体中心"]),
    ("G-SCHOOLS", "学校防控组", "group", "县教科局", "学校复课预案、消毒物资储备、线上教学", [P_VE], "县教科局", ["县教科局", "县教科局"]),
    ("G-SUPERVISION", "督查组", "group", "县纪委监委", "两名县委领导共同任组长，不定期深入乡镇、单位、检查点抽查检查", [P_DISC, P_UNITED], "县纪委监委", ["县纪委监委", "县委组织部", "县委办"]),
]
wg_t = table("working-groups", "code,name,kind,leading_group,host_unit,order,remit", [
    "一室九组: the report says the leading group has one office (in 县卫健局) and nine groups but does not",
    "name the groups; the nine below are the set this sample assumes (names and host units invented,",
    "except the office's host unit 县卫健局, which is from the report).",
])
wg_t.section(INVENTED, [[g[0], g[1], g[2], LEADING_GROUP, UNIT[g[3]], i, g[4]] for i, g in enumerate(GROUPS)])

DEPUTIES = {}
STAFF = {}
for g in GROUPS:
    code, gname, deputy_unit, staff_units = g[0], g[1], g[6], g[7]
    DEPUTIES[code] = person(names.next(), f"{gname}副组长（{deputy_unit}）", deputy_unit)
    STAFF[code] = [person(names.next(), f"{gname}工作人员", u) for u in staff_units]

positions_named, positions_invented = [], []


def position(code, title, role, group, holder, order):
    named = holder in {r[0] for r in persons_named}
    row = [code, title, role, LEADING_GROUP, group or "", holder or "", order]
    (positions_named if named else positions_invented).append(row)


order = 0


def lg(code_suffix, title, role, holder):
    global order
    order += 1
    position(f"POS-LG-{code_suffix}", title, role, None, holder, order)


lg("01", "组长（县委书记）", "joint_leader", P_SECRETARY)
lg("02", "组长（县长）", "joint_leader", P_HEAD)
lg("03", "常务副组长（常务副县长）", "executive_deputy_leader", P_EXEC)
for i, p in enumerate([P_ORG, P_PROP, P_DISC, P_POLI, P_UNITED, P_VH, P_VE, P_VP, P_VC, P_VI], start=4):
    lg(f"{i:02d}", "副组长", "deputy_leader", p)
n = 14
for short, p in HEADS.items():
    lg(f"{n:02d}", f"成员（{short}）", "member", p)
    n += 1
for name, _, _ in TOWNSHIPS:
    lg(f"{n:02d}", f"成员（{name}党委书记）", "member", TOWN_SECRETARY[name])
    n += 1
    lg(f"{n:02d}", f"成员（{name}{'镇长' if name.endswith('镇') else '乡长'}）", "member", TOWN_HEAD[name])
    n += 1
for g in GROUPS:
    code, gname, kind, heads = g[0], g[1], g[2], g[5]
    short = code[2:]
    k = 0
    for p in heads:
        k += 1
        title = ("主任" if kind == "office" else "组长") + ("（共同）" if len(heads) > 1 else "")
        position(f"POS-{short}-{k:02d}", title, "group_head", code, p, k)
    k += 1
    position(f"POS-{short}-{k:02d}", "副主任" if kind == "office" else "副组长", "deputy_group_head", code, DEPUTIES[code], k)
    for p in STAFF[code]:
        k += 1
        position(f"POS-{short}-{k:02d}", "工作人员", "staff", code, p, k)

persons_t = table("persons", "code,name,job_title,unit,phone", [
    "People in the command structure. Named in the report: 张建国 (县委书记), 李双会 (县长), 白旭平",
    "(常务副县长), 李考玉 (组织部长), 高艳军 and 刘永红 (community party secretaries). All other names are",
    "invented and generic (surname + 某 + one character); job titles follow the report's structure. No phones.",
])
persons_t.section(NAMED, persons_named)
persons_t.section(INVENTED, persons_invented)
positions_t = table("positions", "code,title,role,leading_group,working_group,holder,order", [
    "Seats of the leading group (joint leaders, executive deputy, deputies, members incl. the 23 township",
    "party secretaries and heads) and of the office and nine groups. The seats follow the report; the",
    "holders of the seats below the second marker are invented persons.",
])
positions_t.section("seats held by people named in the report", positions_named)
positions_t.section("seats held by invented persons (not in the report)", positions_invented)

# --------------------------------------------------------------------------------------------
# Checkpoints and daily counts

# code, name, level, kind, township, location, open, two_way, round_the_clock, vehicle weight, persons per vehicle
CHECKPOINTS_NAMED = [
    ("太佳高速临县西服务区卫生检疫站", 1, "health_station", "", "太佳高速临县西服务区（陕西方向入晋车辆）", "yes", "no", "yes", 30, 2.2),
    ("临县北高速口", 1, "expressway_exit", "", "太佳高速临县北收费站", "yes", "yes", "yes", 22, 2.3),
    ("湫水万安苑小区大门检查站", 4, "community", "临泉镇", "湫水万安苑小区大门（党员楼长三班轮值）", "yes", "yes", "yes", 0.6, 6.0),
]
CHECKPOINTS_INVENTED = [
    ("太佳高速临县东高速口", 1, "expressway_exit", "", "太佳高速（临时保留，双向检查）", "yes", "yes", "yes", 14, 2.3),
    ("太佳高速临县南高速口", 1, "expressway_exit", "", "太佳高速（已封闭）", "no", "no", "no", 0, 0),
    ("太佳高速临县东南高速口", 1, "expressway_exit", "", "太佳高速（已封闭）", "no", "no", "no", 0, 0),
    ("太佳高速临县西南高速口", 1, "expressway_exit", "", "太佳高速（已封闭）", "no", "no", "no", 0, 0),
    ("临县火车站检查点", 1, "railway_station", "临泉镇", "临县火车站出站口", "yes", "no", "yes", 3, 8.0),
    ("临县汽车客运站检查点", 1, "bus_station", "临泉镇", "临县汽车客运站", "yes", "no", "yes", 4, 7.0),
    ("克虎收费站检查点", 2, "toll_station", "克虎镇", "", "yes", "yes", "yes", 8, 2.0),
    ("招贤收费站检查点", 2, "toll_station", "招贤镇", "", "yes", "yes", "yes", 8, 2.0),
    ("白文收费站检查点", 2, "toll_station", "白文镇", "", "yes", "yes", "yes", 7, 2.0),
    ("兔坂省道检查站", 2, "provincial_road", "兔坂镇", "省道县境入口", "yes", "yes", "yes", 6, 1.9),
    ("湍水头省道检查站", 2, "provincial_road", "湍水头镇", "省道县境入口", "yes", "yes", "yes", 6, 1.9),
    ("刘家会省道检查站", 2, "provincial_road", "刘家会镇", "省道县境入口", "yes", "yes", "yes", 5, 1.9),
    ("碛口省道检查站", 2, "provincial_road", "碛口镇", "省道沿黄入口", "yes", "yes", "yes", 6, 1.9),
    ("八堡县道检查站", 3, "county_road", "八堡乡", "", "yes", "yes", "no", 3.5, 1.8),
    ("青凉寺县道检查站", 3, "county_road", "青凉寺乡", "", "yes", "yes", "no", 3, 1.8),
    ("安业县道检查站", 3, "county_road", "安业乡", "", "yes", "yes", "no", 3.5, 1.8),
    ("雷家碛县道检查站", 3, "county_road", "雷家碛乡", "", "yes", "yes", "no", 3, 1.8),
    ("丛罗峪镇村口卡点", 3, "village", "丛罗峪镇", "", "yes", "no", "no", 1.2, 2.5),
    ("曲峪镇村口卡点", 3, "village", "曲峪镇", "", "yes", "no", "no", 1.2, 2.5),
    ("大禹乡村口卡点", 3, "village", "大禹乡", "", "yes", "no", "no", 1.0, 2.5),
    ("玉坪乡村口卡点", 3, "village", "玉坪乡", "", "yes", "no", "no", 1.0, 2.5),
    ("石白头乡村口卡点", 3, "village", "石白头乡", "", "yes", "no", "no", 1.1, 2.5),
    ("元倍花园社区检查点", 4, "community", "木瓜坪乡", "元倍花园社区门口（封闭管理）", "yes", "no", "yes", 0.5, 6.0),
    (f"{ESTATES[0]}检查点", 4, "community", "临泉镇", "", "yes", "no", "yes", 0.6, 6.0),
    (f"{ESTATES[1]}检查点", 4, "community", "临泉镇", "", "yes", "no", "yes", 0.6, 6.0),
    ("县财政局家属院门岗", 4, "compound", "临泉镇", "", "yes", "no", "no", 0.4, 5.0),
    ("县教科局家属院门岗", 4, "compound", "临泉镇", "", "yes", "no", "no", 0.4, 5.0),
]
checkpoints_t = table("checkpoints", "code,name,level,kind,township,location,open,two_way,round_the_clock", [
    "Checkpoints (卡口). Named in the report: the health quarantine station at the Taijia expressway Lin County",
    "West service area, the 临县北 expressway exit, the gate checkpoint of 湫水万安苑. The report also says 3",
    "expressway exits were closed and 2 kept open with two-way inspection, and level 1-4 points at the train and",
    "bus stations, toll stations, provincial and county roads, villages, communities and compounds: those names",
    "and their townships are invented.",
])
CP_INFO = []
cp_named, cp_invented = [], []
for i, c in enumerate(CHECKPOINTS_NAMED + CHECKPOINTS_INVENTED, start=1):
    code = f"CP-{i:02d}"
    row = [code, c[0], c[1], c[2], TOWN[c[3]] if c[3] else "", c[4], c[5], c[6], c[7]]
    (cp_named if i <= len(CHECKPOINTS_NAMED) else cp_invented).append(row)
    CP_INFO.append((code, c[5] == "yes", c[8], c[9]))
checkpoints_t.section(NAMED, cp_named)
checkpoints_t.section(INVENTED, cp_invented)
assert len(CP_INFO) == 30 and sum(1 for c in CP_INFO if c[2] == 0) == 3
CP_CODE = {r[1]: r[0] for r in cp_named + cp_invented}

COUNT_DAYS = days("2020-01-26", "2020-02-13")
# day factor: quiet over the holiday (extended to 2 Feb), growing after it
DAY_FACTOR = [0.70, 0.62, 0.58, 0.60, 0.64, 0.70, 0.80, 0.92, 1.00, 1.08, 1.15, 1.20, 1.26, 1.30, 1.36, 1.42, 1.46, 1.52, 1.58]
assert len(DAY_FACTOR) == len(COUNT_DAYS) == 19
cnt_rng = random.Random(SEED + 3)
cells = []
for day, factor in zip(COUNT_DAYS, DAY_FACTOR):
    for code, is_open, weight, ratio in CP_INFO:
        if not is_open:
            continue
        wv = weight * factor * cnt_rng.uniform(0.85, 1.15)
        wp = wv * ratio * cnt_rng.uniform(0.9, 1.1)
        cells.append((day, code, wv, wp))
vehicles = apportion(31000, [c[2] for c in cells])
persons_ = apportion(64000, [c[3] for c in cells])
counts_t = table("checkpoint-counts", "date,checkpoint,vehicles,persons,fever", [
    "Daily counts per open checkpoint, 2020-01-26 (level-1 response) to 2020-02-13. The report gives only",
    "the totals to 13 Feb: 31000 vehicles (3.1万辆), 64000 persons (6.4万人), no fever. The spread over",
    "checkpoints and days is invented (largest at the expressway station, growing after the holiday);",
    "closed expressway exits have no rows.",
])
counts_t.section("spread (invented)", [[iso(c[0]), c[1], v, p, 0] for c, v, p in zip(cells, vehicles, persons_)])

# --------------------------------------------------------------------------------------------
# Screening: key persons, quarantines, five-to-one, temperatures, daily reports

kp_rng = random.Random(SEED + 4)
HUBEI_ORIGINS_STUDENT = ["湖北武汉", "湖北武汉", "湖北武汉", "湖北宜昌", "湖北襄阳", "湖北荆州"]
HUBEI_ORIGINS_WORKER = ["湖北武汉", "湖北孝感", "湖北黄冈", "湖北武汉"]
OTHER_ORIGINS = ["北京", "天津", "陕西榆林", "陕西西安", "内蒙古鄂尔多斯", "河北石家庄", "山西太原", "浙江杭州", "广东深圳", "江苏苏州"]
key_persons = []  # dicts
for i in range(12):
    key_persons.append(dict(cat="student", origin=kp_rng.choice(HUBEI_ORIGINS_STUDENT), town=kp_rng.choice(TOWN_CODES),
                            comm="", arrived=d("2020-01-08") + dt.timedelta(days=kp_rng.randint(0, 10)), hubei=True))
for i in range(8):
    key_persons.append(dict(cat="migrant_worker", origin=kp_rng.choice(HUBEI_ORIGINS_WORKER), town=kp_rng.choice(TOWN_CODES),
                            comm="", arrived=d("2020-01-14") + dt.timedelta(days=kp_rng.randint(0, 9)), hubei=True))
for i in range(14):
    key_persons.append(dict(cat="migrant_worker", origin=kp_rng.choice(OTHER_ORIGINS), town=kp_rng.choice(TOWN_CODES),
                            comm="", arrived=d("2020-01-18") + dt.timedelta(days=kp_rng.randint(0, 20)), hubei=False))
for i in range(56):
    key_persons.append(dict(cat="other" if i % 9 == 4 else "migrant_worker", origin=kp_rng.choice(OTHER_ORIGINS),
                            town=TOWN["临泉镇"], comm=QWA,
                            arrived=d("2020-01-15") + dt.timedelta(days=kp_rng.randint(0, 20)), hubei=False))
for i, k in enumerate(key_persons, start=1):
    k["code"] = f"KP-{i:03d}"
    k["name"] = names.next()
kp_t = table("key-persons", "code,name,category,origin,township,community,arrived,phone", [
    "Key persons (重点人员): students back from Hubei and returning migrant workers. The report gives the",
    "categories and the 56 returnees of 湫水万安苑 (KP-035..KP-090, community set); the persons, their",
    "origins, townships and arrival dates are invented. Names are generic; no phones.",
])
kp_t.section(INVENTED, [[k["code"], k["name"], k["cat"], k["origin"], k["town"], k["comm"], iso(k["arrived"]), ""] for k in key_persons])

REPORT_DAY = d("2020-02-13")
RESPONSE_DAY = d("2020-01-26")
q_rows = []


def quarantine(kp, kind, start, end, place):
    q_rows.append([f"Q-{len(q_rows) + 1:03d}", kp, kind, iso(start), iso(end) if end else "", place])


for k in key_persons:
    if k["hubei"]:
        start = max(k["arrived"], RESPONSE_DAY + dt.timedelta(days=kp_rng.randint(0, 2)))
        end = start + dt.timedelta(days=14)
        assert end <= REPORT_DAY
        quarantine(k["code"], "centralised", start, end, "县集中医学观察点")
        home_start = end + dt.timedelta(days=1)
        home_end = home_start + dt.timedelta(days=7)
        quarantine(k["code"], "home", home_start, home_end if home_end <= REPORT_DAY else None, "居家")
    else:
        start = max(k["arrived"], RESPONSE_DAY)
        end = start + dt.timedelta(days=14)
        quarantine(k["code"], "home", start, end if end <= REPORT_DAY else None, "居家")
quarantines_t = table("quarantines", "code,key_person,kind,start,end,place", [
    "Quarantines. From the report: centralised (集中隔离) and home (居家隔离) quarantine; by 13 Feb all",
    "centralised quarantine has ended (定点隔离已全部解除) and the others are at home. Dates are invented:",
    "Hubei returnees 14 days centralised from 26-28 Jan, then 7 days at home; others 14 days at home",
    "(no end while still in quarantine on 13 Feb). The place 县集中医学观察点 is a generic invented name.",
])
quarantines_t.section("invented records (no names)", q_rows)

fu_rng = random.Random(SEED + 5)
EDU_CADRES = [names.next() for _ in range(6)]
TOWN_CADRE = {t: names.next() for t in TOWN_CODES}
POLICE = {t: names.next() for t in TOWN_CODES}
ROLES = ["education_cadre", "township_cadre", "village_doctor", "village_cadre", "police_officer"]
fu_rows = []
hubei = [k for k in key_persons if k["hubei"]]
for i, k in enumerate(hubei):
    t = k["town"]
    who = {
        "education_cadre": EDU_CADRES[i % len(EDU_CADRES)],
        "township_cadre": TOWN_CADRE[t],
        "village_doctor": names.next(),
        "village_cadre": names.next(),
        "police_officer": POLICE[t],
    }
    for role in ROLES:
        fu_rows.append([k["code"], role, who[role], ""])
fu_t = table("follow-up-members", "key_person,role,name,phone", [
    "五包一: five responsible people per key person back from Hubei (from the report: an education-bureau",
    "deputy-section cadre, a township cadre, the village doctor, a village cadre, a police officer).",
    "All names are invented and generic; an education cadre or policeman may follow several persons.",
])
fu_t.section(INVENTED, fu_rows)

TEMP_DAYS = days("2020-02-09", "2020-02-13")
temp_rng = random.Random(SEED + 6)
missing = set()
while len(missing) < 7:
    k = temp_rng.choice(hubei)["code"]
    day = temp_rng.choice(TEMP_DAYS)
    if any(m[0] == k and m[1] == day for m in missing):
        continue
    missing.add((k, day, temp_rng.choice(ROLES)))
t_rows = []
for day in TEMP_DAYS:
    for k in hubei:
        base = temp_rng.randint(361, 368)
        for role in ROLES:
            if (k["code"], day, role) in missing:
                continue
            t_rows.append([iso(day), k["code"], role, decimal_text(base + temp_rng.randint(-2, 2))])
temps_t = table("temperature-reports", "date,key_person,role,temperature_c", [
    "Daily temperatures of the 20 Hubei returnees, confirmed by each of the five follow-up members,",
    "2020-02-09..2020-02-13. Invented readings, all normal (the report: 未发现异常情况). Seven",
    "confirmations are deliberately missing so that the workbench has incomplete days to highlight.",
])
temps_t.section("invented readings", t_rows)

REPORT_DAYS = days("2020-02-01", "2020-02-13")
dr_rng = random.Random(SEED + 7)
missing_reports = set()
while len(missing_reports) < 8:
    missing_reports.add((dr_rng.choice(REPORT_DAYS[:-1]), dr_rng.choice(TOWN_CODES)))
missing_reports.add((REPORT_DAYS[-1], TOWN["车赶乡"]))
found = {}
while len(found) < 10:
    key = (dr_rng.choice(REPORT_DAYS[:8]), dr_rng.choice(TOWN_CODES))
    if key not in missing_reports:
        found[key] = dr_rng.randint(1, 4)
dr_rows = []
for day in REPORT_DAYS:
    for t in TOWN_CODES:
        if (day, t) in missing_reports:
            continue
        n = found.get((day, t), 0)
        remark = f"新排查返乡人员{n}名，均已落实居家隔离观察" if n else ""
        dr_rows.append([iso(day), t, n, 0, remark])
dr_t = table("daily-reports", "date,township,key_persons_found,fever_found,remarks", [
    "日报告、零报告 per township and day, 2020-02-01..2020-02-13 (the system is from the report; the rows",
    "are invented). A row with both counts 0 is a zero report. Nine township-days are deliberately",
    "missing (not reported) so that the workbench has gaps to show.",
])
dr_t.section("invented records (no names)", dr_rows)

# Every count with fever opens that many follow-up cases for the screening group; the report found no
# fever at any checkpoint, so the file is its header and comments only.
assert all(row[4] == 0 for _, rows_ in counts_t.sections for row in rows_)
fever_cases_t = table("fever-cases", "date,checkpoint,number,status,person_name,phone,key_person,outcome", [
    "Follow-up cases (发热人员跟进) of persons found with fever at a checkpoint: a daily count with fever N",
    "opens cases 1..N for that checkpoint and day. The report found no fever to 13 Feb, so there are none.",
])

# --------------------------------------------------------------------------------------------
# Community control, medical

bl_rows = [["BL-01", QWA, "李拖顺", "1号楼", "yes"]]
for i in range(2, 14):
    bl_rows.append([f"BL-{i:02d}", QWA, names.next(), f"{i}号楼", "yes"])
bl_t = table("building-leaders", "code,community,name,building,party_member", [
    "The 13 party-member building leaders (党员楼长) of 湫水万安苑 (from the report, which names 李拖顺, 65);",
    "the other 12 names and all building numbers are invented. They keep the gate checkpoint in three shifts.",
])
bl_t.section(NAMED, bl_rows[:1])
bl_t.section(INVENTED, bl_rows[1:])

fc_t = table("fever-clinics", "code,name,hospital,township,open_24h", [
    "Fever clinics and pre-screening triage, open 24 hours (from the report). 临县人民医院 and 临县中医院 are",
    "named in the report; the township health centres are invented.",
])
fc_t.section(NAMED, [
    ["FC-01", "临县人民医院发热门诊", "临县人民医院", TOWN["临泉镇"], "yes"],
    ["FC-02", "临县中医院发热门诊", "临县中医院", TOWN["临泉镇"], "yes"],
])
fc_t.section(INVENTED, [
    ["FC-03", "三交镇中心卫生院发热诊室", "三交镇中心卫生院", TOWN["三交镇"], "yes"],
    ["FC-04", "白文镇中心卫生院发热诊室", "白文镇中心卫生院", TOWN["白文镇"], "yes"],
    ["FC-05", "城庄镇中心卫生院发热诊室", "城庄镇中心卫生院", TOWN["城庄镇"], "yes"],
    ["FC-06", "碛口镇中心卫生院发热诊室", "碛口镇中心卫生院", TOWN["碛口镇"], "yes"],
])

mt_t = table("medical-teams", "code,name,destination,departed", [
    "The medical team of 临县人民医院 sent to Hubei on 2020-02-09 (from the report).",
])
mt_t.section(NAMED, [["MT-01", "临县人民医院援鄂医疗队", "湖北", "2020-02-09"]])
mtm_t = table("medical-team-members", "code,team,name,role", [
    "The three members, names and roles as given in the report.",
])
mtm_t.section(NAMED, [
    ["MTM-01", "MT-01", "张建明", "ICU deputy chief physician"],
    ["MTM-02", "MT-01", "朱月平", "general-surgery deputy head nurse"],
    ["MTM-03", "MT-01", "崔秀珑", "emergency nurse"],
])

# --------------------------------------------------------------------------------------------
# Donations: donors and the ledger (Red Cross totals)

ITEMS = [  # code, name, unit
    ("MI-01", "口罩", "只"), ("MI-02", "酒精消毒液", "箱"), ("MI-03", "医用酒精", "桶"), ("MI-04", "84消毒液", "桶"),
    ("MI-05", "次氯酸伤口护理液", "箱"), ("MI-06", "牛奶", "箱"), ("MI-07", "防护服", "套"),
]
BOUGHT = [("MI-08", "红外测温仪", "台"), ("MI-09", "医用防护面屏", "个"), ("MI-10", "医用手套", "副")]
ITEM_UNIT = {name: unit for _, name, unit in ITEMS}
ITEM_CODE = {name: code for code, name, _ in ITEMS + BOUGHT}

donations = []  # (date, donor, kind, cash_fen, item, qty, comment-group)
DONOR_KIND = {}


def give(date, donor, kind, cash_yuan=0, item=None, qty=None):
    if donor in DONOR_KIND:
        assert DONOR_KIND[donor] == kind
    DONOR_KIND[donor] = kind
    donations.append((date, donor, kind, int(cash_yuan * 100), item, qty))


# 29 Jan: the shopping centre and the dairy distributor (report)
XINMIN, LILIU, SHENGLI, MENGNIU = "山西新民能源投资集团有限公司", "山西离柳焦煤集团公司", "临县胜利煤焦有限责任公司", "蒙牛临县总代理"
give("2020-01-29", SHOPPING_CENTRE, "company", item="口罩", qty=10000)
give("2020-01-29", SHOPPING_CENTRE, "company", item="酒精消毒液", qty=60)
give("2020-01-29", SHOPPING_CENTRE, "company", item="84消毒液", qty=100)
give("2020-01-29", MENGNIU, "company", item="牛奶", qty=420)
# 30 Jan: nine companies and individuals, 2.68 million yuan in goods and money (report)
thirty = [
    (XINMIN, "company", 1000000, "口罩", 5000),
    (LILIU, "company", 800000, "84消毒液", 200),
    ("临县康宁医药有限公司", "company", 200000, "医用酒精", 150),
    ("临县恒泰煤业有限公司", "company", 150000, "酒精消毒液", 50),
    ("临县宏达建筑工程有限公司", "company", 100000, "口罩", 7000),
    ("临县金鼎房地产开发有限公司", "company", 80000, None, None),
    ("临县汇通物流有限公司", "company", 50000, None, None),
]
individuals = [names.next() for _ in range(27)]
thirty += [(individuals[0], "individual", 50000, None, None), (individuals[1], "individual", 30000, None, None)]
for donor, kind, cash, item, qty in thirty:
    give("2020-01-30", donor, kind, cash, item, qty)
# 5 Feb: the coking company (report): 25 t of 84 disinfectant, 35000 masks, 200 kg alcohol,
# 100 protective suits, 500000 yuan cash
give("2020-02-05", SHENGLI, "company", 500000)
give("2020-02-05", SHENGLI, "company", item="84消毒液", qty=500)  # 25 t at 50 kg per 桶
give("2020-02-05", SHENGLI, "company", item="口罩", qty=35000)
give("2020-02-05", SHENGLI, "company", item="医用酒精", qty=40)  # 200 kg at 5 kg per 桶
give("2020-02-05", SHENGLI, "company", item="防护服", qty=100)

# The rest of the Red Cross ledger (invented donors): goods first, then cash.
later_days = [iso(x) for x in days("2020-01-29", "2020-02-13") if iso(x) != "2020-01-30"]  # 30 Jan: the nine
don_rng = random.Random(SEED + 8)
goods_companies = [
    ("临县仁和大药房连锁有限公司", 10000, [("次氯酸伤口护理液", 13), ("医用酒精", 60)]),
    ("山西晋西医疗器械有限公司", 0, [("医用酒精", 200)]),
    ("临县洁康化工有限公司", 0, [("84消毒液", 227)]),
    ("临县万家福超市", 5000, [("酒精消毒液", 62)]),
    ("临县乳源食品有限公司", 0, [("牛奶", 300)]),
    ("临县瑞丰农业开发有限公司", 0, [("口罩", 6000)]),
    ("临县永盛商贸有限公司", 0, [("口罩", 4000)]),
]
cash_companies = ["临县鑫源商贸有限公司", "临县盛隆煤焦有限公司", "临县华鑫运输有限公司", "临县正通路桥工程有限公司",
                  "临县德顺餐饮有限公司", "临县惠民农贸市场有限公司", "临县晋西红枣开发有限公司", "临县黄河物流有限公司",
                  "临县凤山酒店有限公司", "临县安泰保安服务有限公司", "临县嘉禾农业科技有限公司", "临县丰源粮油有限公司",
                  "临县昌盛建材有限公司", "临县通达汽车运输有限公司", "临县鼎盛房地产开发有限公司", "临县泰和商贸有限公司",
                  "临县聚源天然气有限公司", "临县润泽水务有限公司", "临县同心家政服务有限公司", "临县众诚驾驶员培训有限公司",
                  "临县利民供热有限公司", "临县益康医疗器械经销部"]
assert len(cash_companies) == 22
for donor, cash, goods in goods_companies:
    day = don_rng.choice(later_days)
    for item, qty in goods:
        give(day, donor, "company", item=item, qty=qty)
    if cash:
        give(day, donor, "company", cash)
individual_cash = [20000, 10000, 10000, 8888, 6666, 5000, 5000, 5000, 3000, 3000, 2000, 2000, 2000, 1000, 1000,
                   1000, 1000, 800, 600, 500, 500, 500, 300, 2000, 50000]
assert len(individual_cash) == 25
company_cash = [100000, 80000, 60000, 50000, 50000, 30000, 30000, 30000, 20000, 20000, 20000, 20000, 10000, 10000,
                10000, 10000, 10000, 5000, 5000, 5000, 3000, 2000]
CASH_TOTAL = 3704738
paid = sum(c[3] for c in donations) // 100 + sum(individual_cash) + sum(company_cash)
company_cash[-1] += CASH_TOTAL - paid  # one odd amount makes the total exact
assert company_cash[-1] > 0, company_cash[-1]
for donor, cash in zip(cash_companies, company_cash):
    give(don_rng.choice(later_days), donor, "company", cash)
for donor, cash in zip(individuals[2:], individual_cash):
    give(don_rng.choice(later_days), donor, "individual", cash)

assert sum(x[3] for x in donations) == CASH_TOTAL * 100
GOODS_TOTALS = {"口罩": 67000, "酒精消毒液": 172, "医用酒精": 450, "84消毒液": 1027, "次氯酸伤口护理液": 13, "牛奶": 720, "防护服": 100}
for item, total in GOODS_TOTALS.items():
    assert sum(x[5] for x in donations if x[4] == item) == total, item
assert sum(1 for k in DONOR_KIND.values() if k == "company") == 39
assert sum(1 for k in DONOR_KIND.values() if k == "individual") == 27

NAMED_DONORS = [MENGNIU, XINMIN, LILIU, SHENGLI]
donors_t = table("donors", "code,name,kind", [
    "Donors in the Red Cross ledger: 39 companies and 27 individuals (the report's totals). Named in the",
    "report: 蒙牛临县总代理, 山西新民能源投资集团有限公司, 山西离柳焦煤集团公司, 临县胜利煤焦有限责任公司.",
    f"The 29 Jan shopping centre (王府购物中心 in the report) is given an invented name, {SHOPPING_CENTRE};",
    "all other company names and all individuals' names (generic) are invented.",
])
ordered_donors = NAMED_DONORS + [n for n in DONOR_KIND if n not in NAMED_DONORS]
DONOR_CODE = {n: f"D-{i:03d}" for i, n in enumerate(ordered_donors, start=1)}
donors_t.section(NAMED, [[DONOR_CODE[n], n, DONOR_KIND[n]] for n in NAMED_DONORS])
donors_t.section(INVENTED, [[DONOR_CODE[n], n, DONOR_KIND[n]] for n in ordered_donors[len(NAMED_DONORS):]])


def donation_row(x):
    date, donor, kind, cash, item, qty = x
    return [date, donor, kind, yuan(cash), item or "", qty if item else "", ITEM_UNIT[item] if item else ""]


donations_t = table("donations", "date,donor,donor_kind,cash_yuan,item,quantity,unit", [
    "The donations ledger. Its totals are the Red Cross figures in the report: 39 companies, 27 individuals,",
    "3704738.00 yuan cash; 口罩 67000 只, 酒精消毒液 172 箱, 医用酒精 450 桶, 84消毒液 1027 桶, 次氯酸伤口护理液",
    "13 箱, 牛奶 720 箱, 防护服 100 套. The gifts the report names one by one are records inside those totals;",
    "everything else is an invented spread. Conversions: the report's '84消毒液100箱' of 29 Jan is recorded as",
    "100 桶 (one box counted as one barrel, the ledger's unit); the coking company's 25 t of 84 disinfectant",
    "as 500 桶 (50 kg drums) and its 200 kg of alcohol as 40 桶 医用酒精 (5 kg barrels).",
    "The Youth League's 100000 yuan is not in this ledger (see volunteer-teams).",
])
described = [x for x in donations if x[1] == SHOPPING_CENTRE or x[0] == "2020-01-30"]
donations_t.section(NAMED, [donation_row(x) for x in donations if x[1] in NAMED_DONORS])
donations_t.section(INVENTED, [])
donations_t.section("gifts the report describes, donor names invented here: the 29 Jan shopping centre (the report"
                    " calls it 王府购物中心);"
                    " seven of the nine donors of 30 Jan (the nine gave 2.68 million yuan in goods and money in"
                    " all, 2460000.00 of it cash)",
                    [donation_row(x) for x in described if x[1] not in NAMED_DONORS])
rest_rows = [donation_row(x) for x in donations if x[1] not in NAMED_DONORS and x not in described]
rest_rows.sort(key=lambda r: r[0])
donations_t.section("the rest of the ledger (invented spread)", rest_rows)

# --------------------------------------------------------------------------------------------
# Materials: items, receipts (donations in kind + purchases), issues

items_t = table("material-items", "code,name,unit", [
    "Material items: the seven donated items (names and units as in the report's Red Cross totals) and",
    "three bought items (invented).",
])
items_t.section(NAMED, [list(i) for i in ITEMS])
items_t.section(INVENTED, [list(i) for i in BOUGHT])

receipts = []  # (date, item_code, qty, source)
for date, donor, kind, cash, item, qty in donations:
    if item:
        receipts.append((date, ITEM_CODE[item], qty, f"捐赠：{donor}（县红十字会接收）"))
PURCHASES = [("2020-01-24", "口罩", 30000), ("2020-01-25", "红外测温仪", 300), ("2020-01-31", "医用防护面屏", 2000),
             ("2020-02-01", "医用手套", 10000), ("2020-02-02", "口罩", 50000), ("2020-02-03", "84消毒液", 300)]
for date, item, qty in PURCHASES:
    receipts.append((date, ITEM_CODE[item], qty, "采购：县级财政防控资金"))
receipts.sort(key=lambda r: (r[0], r[1]))
sr_rows = [[f"SR-{i:03d}", r[0], r[1], r[2], r[3]] for i, r in enumerate(receipts, start=1)]

ISSUE_DAYS = ["2020-01-26", "2020-01-28", "2020-01-30", "2020-02-01", "2020-02-03", "2020-02-06", "2020-02-08",
              "2020-02-10", "2020-02-12"]
SPECIAL_RECIPIENTS = {
    "MI-06": [("u", UNIT["县公安局"]), ("u", UNIT["县卫健局"]), ("u", UNIT["县交通运输局"])],
    "MI-07": [("u", UNIT["县卫健局"]), ("u", UNIT["县公安局"])],
    "MI-05": [("u", UNIT["县卫健局"])],
    "MI-08": [("u", UNIT["县公安局"]), ("u", UNIT["县交通运输局"])] + [("t", t) for t in TOWN_CODES],
}
GENERAL_RECIPIENTS = [("u", UNIT["县卫健局"]), ("u", UNIT["县公安局"]), ("u", UNIT["县交通运输局"]),
                      ("u", UNIT["县住建局"]), ("u", UNIT["县教科局"])] + [("t", t) for t in TOWN_CODES]
iss_rng = random.Random(SEED + 9)
issues = []  # (date, item, qty, kind, code)
issued = {code: 0 for code, _, _ in ITEMS + BOUGHT}
for day in ISSUE_DAYS:
    for code, _, _ in ITEMS + BOUGHT:
        received = sum(r[2] for r in receipts if r[1] == code and r[0] < day)  # strictly before the issue day
        on_hand = received - issued[code]
        if code == "MI-06" and day == "2020-01-30":  # the 420 boxes of milk go to the police
            issues.append((day, code, 420, "u", UNIT["县公安局"]))
            issued[code] += 420
            continue
        if on_hand < 10:
            continue
        recipients = SPECIAL_RECIPIENTS.get(code, GENERAL_RECIPIENTS)
        k = min(len(recipients), iss_rng.randint(1, 4) if code in SPECIAL_RECIPIENTS else iss_rng.randint(3, 7))
        chosen = iss_rng.sample(recipients, k)
        budget = on_hand * 6 // 10
        parts = apportion(budget, [iss_rng.uniform(0.6, 1.4) for _ in chosen])
        for (rk, rc), q in zip(chosen, parts):
            if q > 0:
                issues.append((day, code, q, rk, rc))
                issued[code] += q
si_rows = [[f"SI-{i:03d}", x[0], x[1], x[2], x[4] if x[3] == "u" else "", x[4] if x[3] == "t" else ""]
           for i, x in enumerate(issues, start=1)]
receipts_t = table("stock-receipts", "code,date,item,quantity,source", [
    "Goods into the county store: every in-kind gift of the donations ledger on its date, plus purchases",
    "paid from the county funds (invented).",
])
receipts_t.section("invented records (sources name the donors of donations.csv)", sr_rows)
issues_t = table("stock-issues", "code,date,item,quantity,recipient_unit,recipient_township", [
    "Goods out of the store to units and townships (invented). Each issue day hands out at most 60% of what",
    "was received before that day and not yet issued, so no stock ever goes below zero; the 420 boxes of",
    "milk go to the police (县公安局) as the report says.",
])
issues_t.section("invented records", si_rows)

# --------------------------------------------------------------------------------------------
# Funds

ALLOCATIONS = [("2020-01-24", 200000000, "首批疫情防控应急资金"), ("2020-01-27", 300000000, "发热门诊改造和集中医学观察点"),
               ("2020-01-31", 150000000, "卡口值守和宣传"), ("2020-02-04", 213000000, "节后防控和视频会议系统"),
               ("2020-02-08", 180000000, "医疗救治设备和援鄂医疗队保障"), ("2020-02-12", 120000000, "学校复课和社区防控")]
assert sum(a[1] for a in ALLOCATIONS) == 1163000000
fa_rows = [[f"FA-{i:02d}", a[0], "县级财政预算", yuan(a[1]), a[2]] for i, a in enumerate(ALLOCATIONS, start=1)]
fa_t = table("fund-allocations", "code,date,source,amount_yuan,purpose", [
    "County budget funds: the report gives only the total, 1163万元 (11630000.00 yuan). The tranches,",
    "dates and purposes are invented.",
])
fa_t.section("invented tranches", fa_rows)
EXPENSES = {
    "FA-01": [("采购医用口罩30000只", "临县康宁医药有限公司", 0.21), ("采购红外测温仪300台", "山西晋西医疗器械有限公司", 0.09),
              ("卡口检查站帐篷、照明和取暖设备", "临县昌盛建材有限公司", 0.17), ("太佳高速临县西服务区卫生检疫站运行", "", 0.28)],
    "FA-02": [("县人民医院发热门诊和隔离病区改造", "临县人民医院", 0.46), ("县集中医学观察点运行费用", "", 0.31)],
    "FA-03": [("预防手册、家庭预防指引、倡议书印制", "临县印刷厂", 0.22), ("宣传U盘录制650个", "临县融媒体中心", 0.03),
              ("宣传车租用5辆", "临县通达汽车运输有限公司", 0.04), ("卡口值守人员补助（一月）", "", 0.52)],
    "FA-04": [("直连视频会议系统建设", "", 0.18), ("采购医用防护面屏和医用手套", "临县仁和大药房连锁有限公司", 0.12),
              ("采购84消毒液300桶", "临县洁康化工有限公司", 0.05), ("卡口值守人员补助（二月上旬）", "", 0.41)],
    "FA-05": [("县人民医院医疗救治设备", "临县人民医院", 0.55), ("援鄂医疗队保障", "临县人民医院", 0.04)],
    "FA-06": [("学校复课防控物资", "", 0.31), ("社区防控工作补助", "", 0.17)],
}
fe_rng = random.Random(SEED + 10)
fe_rows = []
for i, a in enumerate(ALLOCATIONS, start=1):
    code = f"FA-{i:02d}"
    start = d(a[0])
    spent = 0
    for purpose, payee, share in EXPENSES[code]:
        amount = int(a[1] * share) - fe_rng.randint(0, 99999)
        spent += amount
        day = min(start + dt.timedelta(days=fe_rng.randint(0, 4)), REPORT_DAY)
        fe_rows.append([day, code, amount, purpose, payee])
    assert spent <= a[1]
fe_rows.sort(key=lambda r: (r[0], r[1]))
fe_t = table("expenditures", "code,date,allocation,amount_yuan,purpose,payee", [
    "Spending against the tranches (invented; each tranche's spending stays within its amount). Payees",
    "are units or hospitals from the report or invented companies; empty when paid to many recipients.",
])
fe_t.section("invented records", [[f"FE-{i:03d}", iso(r[0]), r[1], yuan(r[2]), r[3], r[4]] for i, r in enumerate(fe_rows, start=1)])

# --------------------------------------------------------------------------------------------
# Publicity

pi_t = table("publicity-items", "code,kind,name,unit", [
    "Publicity items as the report names them.",
])
pi_t.section(NAMED, [
    ["PI-01", "handbook", "新型冠状病毒肺炎预防手册", "册"],
    ["PI-02", "family_guide", "家庭预防指引", "张"],
    ["PI-03", "open_letter", "致全县人民的倡议书", "份"],
    ["PI-04", "usb_drive", "疫情防控宣传U盘", "个"],
    ["PI-05", "vehicle", "疫情防控宣传车", "辆"],
])
pd_rows = []


def distribute(item, date, total, county_wide, weights):
    if county_wide:
        pd_rows.append((date, item, "", county_wide))
        total -= county_wide
    for t, q in zip(TOWN_CODES, apportion(total, [weights[t] for t in TOWN_CODES], [1] * 23)):
        pd_rows.append((date, item, t, q))


distribute("PI-01", "2020-01-27", 40000, 4000, POP_WEIGHT)
distribute("PI-02", "2020-01-29", 70000, 6000, POP_WEIGHT)
distribute("PI-03", "2020-01-25", 250000, 10000, POP_WEIGHT)
distribute("PI-04", "2020-01-28", 650, 0, VILLAGE_WEIGHT)
pd_rows.append(("2020-01-26", "PI-05", "", 5))
pd_t = table("publicity-distributions", "code,date,item,township,quantity", [
    "Distribution of the publicity items. Totals from the report: 40000 handbooks, 70000 family guides,",
    "250000 open letters, 650 USB drives (for the village loudspeakers of all 23 townships), 5 publicity",
    "vehicles (in the county town, county-wide). The spread over townships and the dates are invented;",
    "rows without a township are county-wide (county units, the town streets).",
])
pd_t.section("invented spread", [[f"PD-{i:03d}", r[0], r[1], r[2], r[3]] for i, r in enumerate(pd_rows, start=1)])

# --------------------------------------------------------------------------------------------
# Schools

sch_rng = random.Random(SEED + 11)
schools = []  # dict(name, town, stage, size)


def school(name, town, stage, size):
    schools.append(dict(name=name, town=TOWN[town], stage=stage, size=size))


for name, town, size in [("临县第一中学", "临泉镇", 60), ("临县第二中学", "临泉镇", 48), ("临县第三中学", "三交镇", 40),
                         ("临县第四中学", "白文镇", 36)]:
    school(name, town, "senior", size)
school("临县第五中学", "城庄镇", "complete", 30)
school("临县第六中学", "碛口镇", "complete", 24)
school("临县职业中学", "临泉镇", "vocational", 30)
school("临泉镇第二初级中学", "临泉镇", "junior", 30)
for name, _, _ in TOWNSHIPS:
    school(f"{name}初级中学", name, "junior", 30 if name == "临泉镇" else sch_rng.randint(6, 18))
for name in ["兔坂镇", "克虎镇", "湍水头镇", "林家坪镇", "招贤镇", "刘家会镇", "八堡乡", "玉坪乡", "青凉寺乡",
             "雷家碛乡", "安业乡", "安家庄乡"]:
    school(f"{name}九年制学校", name, "nine_year", sch_rng.randint(9, 18))
for i in range(1, 15):
    school(f"临泉镇第{'一二三四五六七八九十'[i - 1] if i <= 10 else '十' + '一二三四'[i - 11]}小学", "临泉镇", "primary",
           sch_rng.randint(12, 36))
others = [t[0] for t in TOWNSHIPS[1:]]
counts = apportion(85, [t[1] + 2 for t in TOWNSHIPS[1:]], [3] * 22)
NUM = "一二三四五六七八九十"
for name, n in zip(others, counts):
    school(f"{name}中心小学", name, "primary", sch_rng.randint(6, 14))
    for j in range(2, n + 1):
        school(f"{name}第{NUM[j - 1]}小学", name, "primary", sch_rng.randint(1, 6))
assert len(schools) == 142, len(schools)
assert len({s["name"] for s in schools}) == 142
HOURS = {"primary": 4, "junior": 5, "nine_year": 5, "senior": 6, "complete": 6, "vocational": 6}
TEACHER_RATIO = {"primary": 2.3, "junior": 3.3, "nine_year": 3.0, "senior": 3.8, "complete": 3.6, "vocational": 3.4}
nonprimary = [s for s in schools if s["stage"] != "primary"]
primary_by_size = sorted((s for s in schools if s["stage"] == "primary"), key=lambda s: (-s["size"], s["name"]))
disinfect = nonprimary + primary_by_size[:88 - len(nonprimary)]
online = nonprimary + primary_by_size[:94 - len(nonprimary)]
assert len(disinfect) == 88 and len(online) == 94
halves = apportion(3120, [s["size"] for s in disinfect], [10] * 88)  # half-litres, at least 5 L each
for s, h in zip(disinfect, halves):
    s["litres_tenths"] = h * 5
classes = apportion(1300, [s["size"] for s in online], [1] * 94)
teachers = apportion(3800, [c * TEACHER_RATIO[s["stage"]] for s, c in zip(online, classes)], classes)
for s, c, t in zip(online, classes, teachers):
    s["classes"], s["teachers"] = c, t
sch_rows = []
for i, s in enumerate(schools, start=1):
    on = "classes" in s
    sch_rows.append([f"SCH-{i:03d}", s["name"], s["town"], s["stage"], "yes", decimal_text(s.get("litres_tenths", 0)),
                     "yes" if on else "no", s.get("classes", 0), s.get("teachers", 0), HOURS[s["stage"]] if on else 0])
schools_t = table("schools", "code,name,township,stage,reopening_plan,disinfectant_litres,online_teaching,online_classes,online_teachers,online_hours_per_day", [
    "Schools. From the report: 142 schools, each with a reopening plan; 88 hold 1560 L of disinfectant",
    "(by size); online teaching at 94 schools, 1300 classes, 3800 teachers, 4 h a day primary, 5 h junior,",
    "6 h senior (nine-year schools 5 h, complete and vocational 6 h). School names, stages and the spread",
    "by school are invented; the other 48 village primaries tutor one-to-one by phone/SMS.",
])
schools_t.section(INVENTED, sch_rows)

# --------------------------------------------------------------------------------------------
# Office: meetings, documents

meetings_t = table("meetings", "code,date,title,kind,remarks", [
    "Meetings. From the report: leading-group meetings on 21, 24, 26, 27, 28 Jan, one push meeting and",
    "7 video meetings. The titles, the push meeting's date and the video meetings' dates are invented.",
])
meetings_t.section(NAMED, [
    ["MTG-01", "2020-01-21", "县疫情防控领导小组第一次会议", "leading_group", ""],
    ["MTG-02", "2020-01-24", "县疫情防控领导小组第二次会议", "leading_group", ""],
    ["MTG-03", "2020-01-26", "县疫情防控领导小组第三次会议", "leading_group", "部署启动重大突发公共卫生事件一级响应"],
    ["MTG-04", "2020-01-27", "县疫情防控领导小组第四次会议", "leading_group", ""],
    ["MTG-05", "2020-01-28", "县疫情防控领导小组第五次会议", "leading_group", ""],
])
meetings_t.section("dates invented (the report gives only the numbers)", [
    ["MTG-06", "2020-02-03", "全县节后疫情防控工作推进会", "push", "日期为虚构"],
] + [[f"MTG-{i:02d}", day, title, "video", "直连视频会议系统；日期为虚构"] for i, (day, title) in enumerate([
    ("2020-01-30", "疫情防控领导小组视频会议"), ("2020-02-01", "疫情防控专题视频调度会议"),
    ("2020-02-04", "疫情防控领导小组视频会议"), ("2020-02-06", "疫情防控专题视频调度会议"),
    ("2020-02-08", "疫情防控专题视频调度会议"), ("2020-02-10", "疫情防控领导小组视频会议"),
    ("2020-02-12", "疫情防控专题视频调度会议")], start=7)])

documents_t = table("documents", "code,date,number,title,kind,effective_from", [
    "Documents and notices (the report: more than 10, paperless through the office system). The first seven",
    "titles are from the report; the last four titles describe measures the report mentions but are invented.",
    "All dates except the level-1 response's effective date (2020-01-26 00:00) are invented; no 文号.",
])
documents_t.section(NAMED, [
    ["DOC-01", "2020-01-24", "", "关于辖区内停止举办婚丧嫁娶事宴等集中聚餐活动的通告", "notice", "2020-01-24"],
    ["DOC-02", "2020-01-25", "", "关于暂停或取消各种聚集型文化娱乐活动的通告", "notice", "2020-01-25"],
    ["DOC-03", "2020-01-25", "", "启动重大突发公共卫生事件一级响应的通知", "notice", "2020-01-26"],
    ["DOC-04", "2020-01-31", "", "关于进一步加强春节假期后新型冠状病毒肺炎疫情防控工作的通知", "notice", ""],
    ["DOC-05", "2020-02-01", "", "临县党政机关节后疫情防控工作方案", "document", ""],
    ["DOC-06", "2020-02-02", "", "关于强化城区居民小区疫情防控工作责任的通知", "notice", ""],
    ["DOC-07", "2020-02-05", "", "全县学校复课疫情防控工作预案", "document", ""],
])
documents_t.section(INVENTED, [
    ["DOC-08", "2020-01-23", "", "关于成立临县新冠肺炎疫情防控工作领导小组的通知", "notice", ""],
    ["DOC-09", "2020-01-26", "", "关于在太佳高速临县西服务区设立卫生检疫站的通知", "notice", "2020-01-26"],
    ["DOC-10", "2020-01-27", "", "关于实行重点人员“五包一”包联跟踪监测制度的通知", "notice", ""],
    ["DOC-11", "2020-01-28", "", "关于实行疫情防控日报告、零报告制度的通知", "notice", ""],
])

# --------------------------------------------------------------------------------------------
# Supervision

sup_heads = "、".join(r[1] for r in persons_invented if r[0] in (P_DISC, P_UNITED))
insp = [
    ("INS-01", "2020-02-02", "城庄镇村级卡口", "城庄镇", "yes"),
    ("INS-02", "2020-02-04", "县市场监管局（包联小区）", "", "yes"),
    ("INS-03", "2020-02-05", "太佳高速临县西服务区卫生检疫站", "", "yes"),
    ("INS-04", "2020-02-07", "湫水万安苑小区", "临泉镇", "yes"),
    ("INS-05", "2020-02-09", "安业乡人民政府", "安业乡", "yes"),
    ("INS-06", "2020-02-11", "县住建局包联小区", "临泉镇", "yes"),
    ("INS-07", "2020-02-12", "临县北高速口", "", "no"),
]
insp_t = table("inspections", "code,date,target,township,unannounced,inspectors", [
    "Inspections by the supervision group, led jointly by two county party leaders who make unannounced",
    "checks of townships, units and checkpoints (from the report). The inspections and the names are invented.",
])
insp_t.section(INVENTED, [[c, day, target, TOWN[t] if t else "", u, f"督查组（{sup_heads}）" if i % 2 == 0 else f"督查组 {names.next()}、{names.next()}"]
                          for i, (c, day, target, t, u) in enumerate(insp)])
FINDINGS = [
    ("FND-01", "INS-01", "村口卡点夜间无人值守", "major", "done", "2020-02-03", "2020-02-03", "已落实两班轮值"),
    ("FND-02", "INS-01", "返乡人员登记表信息不全", "minor", "done", "2020-02-04", "2020-02-04", ""),
    ("FND-03", "INS-02", "包联干部未按要求到岗", "major", "done", "2020-02-05", "2020-02-05", "已约谈并通报"),
    ("FND-04", "INS-03", "测温枪备用电池不足", "minor", "done", "2020-02-06", "2020-02-06", ""),
    ("FND-05", "INS-04", "小区大门检查站登记表漏填联系电话", "minor", "done", "2020-02-08", "2020-02-08", ""),
    ("FND-06", "INS-05", "零报告未按时上报", "minor", "in_progress", "2020-02-14", "", "已提醒，持续跟踪"),
    ("FND-07", "INS-06", "部分楼栋未张贴防控告示", "minor", "in_progress", "2020-02-14", "", ""),
    ("FND-08", "INS-06", "物业公司未建立进出人员台账", "major", "open", "2020-02-15", "", ""),
    ("FND-09", "INS-07", "双向检查记录不连续", "minor", "open", "2020-02-15", "", ""),
]
find_t = table("findings", "code,inspection,description,severity", ["Findings of the inspections (invented)."])
find_t.section("invented records", [[f[0], f[1], f[2], f[3]] for f in FINDINGS])
rect_t = table("rectifications", "code,finding,status,due,done_on,remarks", ["Rectifications of the findings (invented)."])
rect_t.section("invented records", [[f"RC-{i:02d}", f[0], f[4], f[5], f[6], f[7]] for i, f in enumerate(FINDINGS, start=1)])

# --------------------------------------------------------------------------------------------
# Volunteers

vt_t = table("volunteer-teams", "code,name,organiser,remarks", [
    "The Youth League's youth volunteer team (from the report).",
])
vt_t.section(NAMED, [["VT-01", "临县青年志愿者疫情防控突击队", "共青团临县委员会",
                      "50名疫情防控突击队员；团县委向上争取10万元用于购买防控物资（不在红十字会捐赠台账内）"]])
vol_t = table("volunteers", "code,name,team,phone", [
    "The 50 members of the team (the number is from the report; the names are invented and generic).",
])
vol_t.section(INVENTED, [[f"V-{i:03d}", names.next(), "VT-01", ""] for i in range(1, 51)])


# --------------------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for t in TABLES:
        path = t.write(args.out)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(t.rows())} rows")


if __name__ == "__main__":
    main()
