#!/usr/bin/env python3
"""A county at ten times Lin County's size, in a wave of the size the scale benchmarks need, as one
CSV file per record kind in the formats of docs/csv-formats.md (every kind has rows). Deterministic:
the same command always gives the same bytes.

usage: generate.py OUT_DIR
writes OUT_DIR/KIND.csv for every record kind; benchmarks/scale/load.sh imports them in order.

The sizes (the sample data set, bundles/org.cordon.sample/data, is the one-times county):

  townships 230, communities 1,170, county units 430, pairings 1,170 (every community covered)
  key persons 20,000; follow-up members 100,000 (the five of 五包一 for each)
  temperature reports 1,360,000: five roles a day over the 14 days from 1 Feb 2020 for the 16,000
    key persons who had arrived by then, and over the 12 days from 3 Feb for the 4,000 who arrived
    on 2 Feb (16,000 x 14 x 5 + 4,000 x 12 x 5)
  checkpoints 2,000; checkpoint counts 1,000,000 (2,000 checkpoints x 500 days from 1 Jan 2020);
    about one count in 2,000 finds a person with fever, and each such case is followed up
  and modest numbers of every other kind (daily reports of every township for 60 days, a school
  per 1,420, quarantines one per key person, ...).
"""
import datetime
import os
import random
import sys

ROLES = ["education_cadre", "township_cadre", "village_doctor", "village_cadre", "police_officer"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文斌宇浩凯鹏飞鑫波辉俊峰晨雪梅琳颖莉燕婷慧倩亮成"
TOWNSHIP_WORDS = "东西南北中上下前后大小新老石河山川林坪沟峪庄湾塔村寨堡川"
FIRST_DAY = datetime.date(2020, 1, 1)
TEMPERATURE_DAY = datetime.date(2020, 2, 1)


def day(offset, first=FIRST_DAY):
    return (first + datetime.timedelta(days=offset)).isoformat()


class Writer:
    """One CSV file of a kind: the header, then rows (cells must not need quoting)."""

    def __init__(self, out, kind, header):
        self.file = open(os.path.join(out, kind + ".csv"), "w", encoding="utf-8", newline="\n")
        self.file.write(header + "\n")
        self.rows = 0

    def row(self, *cells):
        self.file.write(",".join("" if c is None else str(c) for c in cells) + "\n")
        self.rows += 1

    def close(self):
        self.file.close()
        return self.rows


def person_name(rng):
    return rng.choice(SURNAMES) + "某" + rng.choice(GIVEN)


def phone(rng):
    return "13%09d" % rng.randrange(10 ** 9)


def generate(out):
    rng = random.Random(2020)
    os.makedirs(out, exist_ok=True)
    counts = {}

    def done(kind, writer):
        counts[kind] = writer.close()

    # ---- organisation
    units = ["U-%03d" % (i + 1) for i in range(430)]
    w = Writer(out, "units", "code,name,short_name")
    for i, code in enumerate(units):
        w.row(code, "县直单位%03d" % (i + 1), "单位%03d" % (i + 1) if i % 3 else None)
    done("units", w)

    townships = ["T-%03d" % (i + 1) for i in range(230)]
    w = Writer(out, "townships", "code,name,kind,order")
    for i, code in enumerate(townships):
        name = rng.choice(TOWNSHIP_WORDS) + rng.choice(TOWNSHIP_WORDS) + "%03d" % (i + 1)
        w.row(code, name + ("镇" if i % 3 == 0 else "乡"), "town" if i % 3 == 0 else "township", i + 1)
    done("townships", w)

    communities = ["C-%04d" % (i + 1) for i in range(1170)]
    township_of_community = [townships[i % len(townships)] for i in range(len(communities))]
    w = Writer(out, "communities", "code,name,township,households")
    for i, code in enumerate(communities):
        w.row(code, "小区%04d" % (i + 1), township_of_community[i], rng.randrange(0, 1200))
    done("communities", w)

    w = Writer(out, "pairings", "unit,community")
    for i, code in enumerate(communities):
        w.row(units[i % len(units)], code)
    done("pairings", w)

    persons = ["P-%04d" % (i + 1) for i in range(1130)]
    w = Writer(out, "persons", "code,name,job_title,unit,phone")
    for i, code in enumerate(persons):
        w.row(code, person_name(rng), ["局长", "副局长", "乡镇党委书记", "乡镇长", "干部"][i % 5],
              units[i % len(units)] if i % 4 else None, phone(rng) if i % 2 else None)
    done("persons", w)

    w = Writer(out, "leading-groups", "code,name,remit")
    w.row("LG-01", "县新冠肺炎疫情防控工作领导小组（十倍规模）", "统一领导全县疫情防控工作")
    done("leading-groups", w)

    groups = ["G-OFFICE", "G-CHECKPOINTS", "G-SCREENING", "G-COMMUNITY", "G-MEDICAL", "G-MATERIALS", "G-FUNDS",
              "G-PUBLICITY", "G-SCHOOLS", "G-SUPERVISION"]
    group_names = ["领导小组办公室", "卡口防控和交通检疫组", "重点人员排查组", "社区管控组", "医疗救治组", "物资保障和捐赠组",
                   "资金保障组", "宣传组", "学校防控组", "督导组"]
    w = Writer(out, "working-groups", "code,name,kind,leading_group,host_unit,order,remit")
    for i, code in enumerate(groups):
        w.row(code, group_names[i], "office" if i == 0 else "group", "LG-01", units[i], i, None)
    done("working-groups", w)

    w = Writer(out, "positions", "code,title,role,leading_group,working_group,holder,order")
    w.row("POS-0001", "组长（县委书记）", "joint_leader", "LG-01", None, persons[0], 1)
    w.row("POS-0002", "组长（县长）", "joint_leader", "LG-01", None, persons[1], 2)
    w.row("POS-0003", "常务副组长", "executive_deputy_leader", "LG-01", None, persons[2], 3)
    number = 3
    for i in range(3, len(persons)):
        number += 1
        group = groups[i % len(groups)]
        if i < 30:
            w.row("POS-%04d" % number, "副组长", "deputy_leader", "LG-01", None, persons[i], number)
        elif i < 30 + len(groups):
            w.row("POS-%04d" % number, "组长", "group_head", "LG-01", group, persons[i], number)
        else:
            w.row("POS-%04d" % number, "成员", "member" if i % 2 else "staff", "LG-01", group, persons[i], number)
    done("positions", w)

    # ---- checkpoints: 2,000 checkpoints x 500 days = 1,000,000 counts
    kinds = ["health_station", "expressway_exit", "railway_station", "bus_station", "toll_station", "provincial_road",
             "county_road", "village", "community", "compound"]
    checkpoints = ["CP-%04d" % (i + 1) for i in range(2000)]
    w = Writer(out, "checkpoints", "code,name,level,kind,township,location,open,two_way,round_the_clock")
    for i, code in enumerate(checkpoints):
        w.row(code, "检查站%04d" % (i + 1), 1 + i % 4, kinds[i % len(kinds)], townships[i % len(townships)] if i % 5 else None,
              "道路%04d" % (i + 1) if i % 2 else None, "yes" if i % 10 else "no", "yes" if i % 3 else "no", "yes" if i % 4 else "no")
    done("checkpoints", w)

    fever_counts = []
    w = Writer(out, "checkpoint-counts", "date,checkpoint,vehicles,persons,fever")
    for d in range(500):
        date = day(d)
        for code in checkpoints:
            vehicles = rng.randrange(0, 400)
            persons_checked = vehicles + rng.randrange(0, 2 * vehicles + 10)
            fever = 1 if rng.random() < 0.0005 else 0
            if fever:
                fever_counts.append((date, code))
            w.row(date, code, vehicles, persons_checked, fever)
    done("checkpoint-counts", w)

    # ---- screening: 20,000 key persons, 4,000 of them arriving on 2 Feb
    key_persons = ["KP-%05d" % (i + 1) for i in range(20000)]
    late = 16000
    arrived = []
    w = Writer(out, "key-persons", "code,name,category,origin,township,community,arrived,phone")
    origins = ["湖北武汉", "湖北孝感", "湖北黄冈", "湖北宜昌", "湖北襄阳", "湖北荆州"]
    categories = ["student", "migrant_worker", "close_contact", "other"]
    for i, code in enumerate(key_persons):
        date = datetime.date(2020, 2, 2) if i >= late else datetime.date(2020, 1, 10) + datetime.timedelta(days=i % 22)
        arrived.append(date)
        community = i % len(communities)
        w.row(code, person_name(rng), categories[i % 4], origins[i % len(origins)], township_of_community[community],
              communities[community] if i % 3 else None, date.isoformat(), phone(rng) if i % 2 else None)
    done("key-persons", w)

    w = Writer(out, "quarantines", "code,key_person,kind,start,end,place")
    for i, code in enumerate(key_persons):
        start = arrived[i] + datetime.timedelta(days=1)
        ended = i % 4 != 0
        w.row("Q-%05d" % (i + 1), code, "centralised" if i % 3 == 0 else "home", start.isoformat(),
              (start + datetime.timedelta(days=14)).isoformat() if ended else None, "县集中医学观察点" if i % 3 == 0 else "居家")
    done("quarantines", w)

    w = Writer(out, "follow-up-members", "key_person,role,name,phone")
    for code in key_persons:
        for role in ROLES:
            w.row(code, role, person_name(rng), phone(rng) if rng.random() < 0.5 else None)
    done("follow-up-members", w)

    w = Writer(out, "temperature-reports", "date,key_person,role,temperature_c")
    for d in range(14):
        date = day(d, TEMPERATURE_DAY)
        reporting = key_persons if d >= 2 else key_persons[:late]
        for code in reporting:
            for role in ROLES:
                # about one report in 1,000 shows fever (37.3 and above)
                tenths = 360 + rng.randrange(0, 13) if rng.random() >= 0.001 else 373 + rng.randrange(0, 20)
                w.row(date, code, role, "%d.%d" % (tenths // 10, tenths % 10))
    done("temperature-reports", w)

    w = Writer(out, "daily-reports", "date,township,key_persons_found,fever_found,remarks")
    for d in range(60):
        date = day(d, datetime.date(2020, 1, 20))
        for code in townships:
            found = rng.randrange(0, 4) if rng.random() < 0.2 else 0
            w.row(date, code, found, 1 if found and rng.random() < 0.05 else 0, None)
    done("daily-reports", w)

    # the follow-up of each fever case the counts opened (number 1 of its checkpoint and day)
    w = Writer(out, "fever-cases", "date,checkpoint,number,status,person_name,phone,key_person,outcome")
    for i, (date, code) in enumerate(fever_counts):
        status = ["open", "followed_up", "closed"][i % 3]
        w.row(date, code, 1, status, person_name(rng) if status != "open" else None, phone(rng) if status != "open" else None,
              key_persons[i * 37 % len(key_persons)] if i % 5 == 0 else None, "排除新冠肺炎，已回家" if status == "closed" else None)
    done("fever-cases", w)

    # ---- community control
    w = Writer(out, "building-leaders", "code,community,name,building,party_member")
    for i in range(2 * len(communities)):
        w.row("BL-%05d" % (i + 1), communities[i // 2], person_name(rng), "%d号楼" % (1 + i % 2), "yes" if i % 3 else "no")
    done("building-leaders", w)

    # ---- medical
    w = Writer(out, "fever-clinics", "code,name,hospital,township,open_24h")
    for i, code in enumerate(townships):
        w.row("FC-%03d" % (i + 1), "发热门诊%03d" % (i + 1), "卫生院%03d" % (i + 1), code if i % 7 else None, "yes" if i % 2 else "no")
    done("fever-clinics", w)

    teams = ["MT-%02d" % (i + 1) for i in range(10)]
    w = Writer(out, "medical-teams", "code,name,destination,departed")
    for i, code in enumerate(teams):
        w.row(code, "援鄂医疗队%02d" % (i + 1), "湖北", day(38 + i) if i % 4 else None)
    done("medical-teams", w)

    w = Writer(out, "medical-team-members", "code,team,name,role")
    member_roles = ["ICU deputy chief physician", "general-surgery deputy head nurse", "emergency nurse", "respiratory physician"]
    for i in range(60):
        w.row("MTM-%03d" % (i + 1), teams[i % len(teams)], person_name(rng), member_roles[i % len(member_roles)])
    done("medical-team-members", w)

    # ---- materials and donations
    donor_kinds = ["company", "individual", "organisation"]
    donors = [("D-%04d" % (i + 1), ("捐赠企业%04d" if i % 3 == 0 else "捐赠个人%04d" if i % 3 == 1 else "捐赠团体%04d") % (i + 1),
               donor_kinds[i % 3]) for i in range(660)]
    w = Writer(out, "donors", "code,name,kind")
    for code, name, kind in donors:
        w.row(code, name, kind)
    done("donors", w)

    ledger_items = [("口罩", "只"), ("酒精消毒液", "箱"), ("医用酒精", "桶"), ("84消毒液", "桶"), ("次氯酸伤口护理液", "箱"),
                    ("牛奶", "箱"), ("防护服", "套")]
    w = Writer(out, "donations", "date,donor,donor_kind,cash_yuan,item,quantity,unit")
    for i in range(870):
        _, name, kind = donors[i % len(donors)]
        cash = "%d.%02d" % (rng.randrange(0, 200000), rng.randrange(0, 100)) if i % 2 == 0 else "0.00"
        if i % 2 == 0 and i % 4 == 0:
            w.row(day(28 + i % 40), name, kind, cash if cash != "0.00" else "1.00", None, None, None)
        else:
            item, unit = ledger_items[i % len(ledger_items)]
            w.row(day(28 + i % 40), name, kind, cash, item, 1 + rng.randrange(0, 5000), unit)
    done("donations", w)

    items = [("MI-%02d" % (i + 1), name, unit) for i, (name, unit) in enumerate(ledger_items + [
        ("红外测温仪", "台"), ("护目镜", "副"), ("一次性手套", "双"), ("帐篷", "顶"), ("喷雾器", "台"), ("隔离衣", "件"),
        ("N95口罩", "只"), ("消毒片", "瓶"), ("体温计", "支"), ("面罩", "个"), ("洗手液", "瓶"), ("垃圾袋", "卷"), ("方便面", "箱")])]
    w = Writer(out, "material-items", "code,name,unit")
    for code, name, unit in items:
        w.row(code, name, unit)
    done("material-items", w)

    # receipts and issues over 100 days: a day's 3 receipts first, then its 23 issues, never below stock
    stock = {code: 0 for code, _, _ in items}
    receipts = Writer(out, "stock-receipts", "code,date,item,quantity,source")
    issues = Writer(out, "stock-issues", "code,date,item,quantity,recipient_unit,recipient_township")
    for d in range(100):
        date = day(24 + d)
        for _ in range(3):
            code = items[rng.randrange(len(items))][0]
            quantity = 500 + rng.randrange(0, 20000)
            stock[code] += quantity
            receipts.row("SR-%04d" % (receipts.rows + 1), date, code, quantity, "采购：县级财政防控资金" if receipts.rows % 2 else None)
        for _ in range(23):
            code = items[rng.randrange(len(items))][0]
            quantity = min(stock[code], rng.randrange(0, 800))
            stock[code] -= quantity
            n = issues.rows
            issues.row("SI-%04d" % (n + 1), date, code, quantity, units[n % len(units)] if n % 2 else None,
                       None if n % 2 else townships[n % len(townships)])
    done("stock-receipts", receipts)
    done("stock-issues", issues)

    # ---- funds
    allocations = ["FA-%03d" % (i + 1) for i in range(90)]
    w = Writer(out, "fund-allocations", "code,date,source,amount_yuan,purpose")
    for i, code in enumerate(allocations):
        w.row(code, day(23 + i % 60), "县级财政预算" if i % 2 else "上级补助", "%d.00" % (100000 + 10000 * rng.randrange(0, 300)), "疫情防控资金%03d" % (i + 1))
    done("fund-allocations", w)

    w = Writer(out, "expenditures", "code,date,allocation,amount_yuan,purpose,payee")
    for i in range(210):
        w.row("FE-%04d" % (i + 1), day(24 + i % 60), allocations[i % len(allocations)], "%d.%02d" % (rng.randrange(1000, 90000), rng.randrange(0, 100)),
              "采购防控物资%04d" % (i + 1), "供应商%03d" % (i % 50 + 1) if i % 3 else None)
    done("expenditures", w)

    # ---- publicity
    publicity_kinds = ["handbook", "family_guide", "open_letter", "usb_drive", "vehicle", "other"]
    publicity = ["PI-%02d" % (i + 1) for i in range(20)]
    w = Writer(out, "publicity-items", "code,kind,name,unit")
    for i, code in enumerate(publicity):
        w.row(code, publicity_kinds[i % len(publicity_kinds)], "宣传品%02d" % (i + 1), ["册", "张", "封", "个", "辆", "份"][i % 6])
    done("publicity-items", w)

    w = Writer(out, "publicity-distributions", "code,date,item,township,quantity")
    for i in range(1000):
        w.row("PD-%04d" % (i + 1), day(26 + i % 30), publicity[i % len(publicity)], townships[i % len(townships)] if i % 10 else None,
              rng.randrange(1, 5000))
    done("publicity-distributions", w)

    # ---- schools
    stages = ["primary", "junior", "senior", "nine_year", "complete", "vocational"]
    w = Writer(out, "schools", "code,name,township,stage,reopening_plan,disinfectant_litres,online_teaching,online_classes,online_teachers,online_hours_per_day")
    for i in range(1420):
        online = i % 3 != 0
        w.row("SCH-%04d" % (i + 1), "学校%04d" % (i + 1), townships[i % len(townships)], stages[i % len(stages)], "yes",
              "%d.%d" % (rng.randrange(0, 60), rng.randrange(0, 10)) if i % 2 else "0", "yes" if online else "no",
              rng.randrange(1, 40) if online else 0, rng.randrange(1, 120) if online else 0, 4 + i % 3 if online else 0)
    done("schools", w)

    # ---- office
    meeting_kinds = ["leading_group", "push", "video"]
    w = Writer(out, "meetings", "code,date,title,kind,remarks")
    for i in range(170):
        w.row("MTG-%03d" % (i + 1), day(20 + i % 90), "疫情防控会议%03d" % (i + 1), meeting_kinds[i % 3], None)
    done("meetings", w)

    w = Writer(out, "documents", "code,date,number,title,kind,effective_from")
    for i in range(160):
        w.row("DOC-%03d" % (i + 1), day(22 + i % 90), "防控办发〔2020〕%d号" % (i + 1) if i % 2 else None, "关于疫情防控工作的通知%03d" % (i + 1),
              "notice" if i % 3 else "document", day(23 + i % 90) if i % 4 else None)
    done("documents", w)

    # ---- supervision
    inspections = ["INS-%03d" % (i + 1) for i in range(100)]
    w = Writer(out, "inspections", "code,date,target,township,unannounced,inspectors")
    for i, code in enumerate(inspections):
        w.row(code, day(32 + i % 60), "检查对象%03d" % (i + 1), townships[i % len(townships)] if i % 3 else None, "yes" if i % 2 else "no",
              "督查组%02d" % (i % 10 + 1) if i % 4 else None)
    done("inspections", w)

    findings = ["FND-%03d" % (i + 1) for i in range(200)]
    w = Writer(out, "findings", "code,inspection,description,severity")
    for i, code in enumerate(findings):
        w.row(code, inspections[i // 2], "发现问题%03d" % (i + 1), "major" if i % 5 == 0 else "minor")
    done("findings", w)

    w = Writer(out, "rectifications", "code,finding,status,due,done_on,remarks")
    for i, code in enumerate(findings):
        status = ["open", "in_progress", "done"][i % 3]
        w.row("RC-%03d" % (i + 1), code, status, day(40 + i % 60), day(39 + i % 60) if status == "done" else None, None)
    done("rectifications", w)

    # ---- volunteers
    teams = ["VT-%02d" % (i + 1) for i in range(30)]
    w = Writer(out, "volunteer-teams", "code,name,organiser,remarks")
    for i, code in enumerate(teams):
        w.row(code, "志愿服务队%02d" % (i + 1), "共青团县委员会" if i % 2 else None, None)
    done("volunteer-teams", w)

    w = Writer(out, "volunteers", "code,name,team,phone")
    for i in range(500):
        w.row("V-%04d" % (i + 1), person_name(rng), teams[i % len(teams)], phone(rng) if i % 2 else None)
    done("volunteers", w)
    return counts


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUT_DIR")
    counts = generate(sys.argv[1])
    for kind, rows in counts.items():
        print("%s: %d" % (kind, rows))


if __name__ == "__main__":
    main()
