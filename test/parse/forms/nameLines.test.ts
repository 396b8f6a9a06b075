import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/parse/index.js";
import { HEADER, indicator, line, pad, parse, rowsOf } from "../../support/layoutCopy.js";

describe("a layout copy's names", () => {
  it("take a remark in brackets on a line of their own, though the next row's name stands below", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("广州市第一人民医院", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("（广州市消化疾病中心）"),
      line("家庭医生签约服务补助", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市第一人民医院（广州市消化疾病中心）",
      "家庭医生签约服务补助",
    ]);
  });

  it("take a unit's remark in brackets halfway between its amounts and the next project's", () => {
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("广州市第一人民医院", { T: "10.00", F: "10.00" }),
      line("（广州市消化疾病中心）"),
      line("急救医疗指挥调度系统", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("运维费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市第一人民医院（广州市消化疾病中心）",
      "急救医疗指挥调度系统运维费",
    ]);
  });

  it("with a bracket still open go on into the next line, though it stands nearer the next row", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("国际宣传推广经费"),
      line(
        "（含纪录片",
        { T: "10.00", F: "10.00" },
        "目标甲。",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "", "实施周期指标值:1次；年度指标值:1次。"),
      line("节）"),
      line("美术作品收藏经费", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "国际宣传推广经费（含纪录片节）",
      "美术作品收藏经费",
    ]);
  });

  it("of two lines centred on an amounts line that holds neither go to that row, not the one above", () => {
    // Word processors centre a unit's amounts between its name's two lines; the total's line
    // stands as near the first of them.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市卫生健康委"),
      line("", { T: "20.00", F: "20.00" }),
      line("员会"),
      line(""),
      line("", {}, "目标甲，"),
      line("科研课题配套经费", { T: "20.00", F: "20.00" }, "保障工作正常运转，", indicator("甲")),
      line("", {}, "按期完成。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市卫生健康委员会",
      "科研课题配套经费",
    ]);
  });

  it("of two lines centred on a unit's amounts go to the unit in a table drawn from the top too", () => {
    // A word processor sets the digits of 2026-2027 apart from the words: those lines are no
    // wider than the name column, though they count a space more.
    const goal = ["强化交通运输行政执法，", "规范道路运输市场秩序，", "保障公路安全畅通。"];
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市交通"),
      line("", { T: "20.00", F: "20.00" }),
      line("运输局"),
      line("广州市交通", { T: "20.00", F: "20.00" }, goal[0], indicator("甲")),
      line("运输局 2026-", {}, goal[1]),
      line("2027 年信息", {}, goal[2]),
      line("化运维项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市交通运输局",
      "广州市交通运输局2026-2027年信息化运维项目",
    ]);
  });

  it("begin a project's name just under its unit's, when the unit's whole name is on its amounts line", () => {
    const amounts = { T: "20.00", F: "20.00" };
    const r = parse([
      line("合计", amounts),
      line("广州图书馆", amounts),
      line("广州图书馆", {}, "完善公共文化服务体系，"),
      line("2026-2027", {}, "丰富人民群众精神文化生活，"),
      line("", amounts, "保障人民群众基本文化权益，", indicator("甲")),
      line("年信息化运", {}, "加强文物保护利用，"),
      line("维项目", {}, "传承弘扬岭南优秀传统文化。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州图书馆",
      "广州图书馆2026-2027年信息化运维项目",
    ]);
  });

  it("centred on amounts lines that hold none of them, end and begin where the names do", () => {
    // 务费 ends the name above, though nearer the next amounts (a name wraps full lines, so a
    // short one is a last line); 国际旅游宣, halfway between two rows' amounts, begins the next
    // name, the one above having ended (…经费).
    const amounts = { T: "10.00", F: "10.00" };
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "30.00", F: "30.00" }),
      line("", {}, "完善公共文化服务体系，"),
      line("", {}, "加强文物保护利用，"),
      line("广州市文化", {}, "完善公共文化服务体系，"),
      line("广电旅游局", {}, "丰富人民群众精神文化生活，"),
      line("安全保卫及", amounts, "保障人民群众基本文化权益，", indicator("甲")),
      line("消防维保服", {}, "做好馆藏文物的征集工作，"),
      line("", {}, "提升公共文化设施服务效能，"),
      line("", {}, "推进文化和旅游深度融合。"),
      line("务费"),
      line("旅游市场综", {}, "加强文物保护利用，"),
      line("", amounts, "传承弘扬岭南优秀传统文化，", indicator("乙")),
      line("合监管经费", {}, "提升服务效能。"),
      line("", {}, "推进文化和旅游深度融合，"),
      line("国际旅游宣", {}, "提升广州城市文化品牌，"),
      line("传推广经费", {}, "加强文物保护利用，"),
      line("（含纪录片", {}, "传承弘扬岭南优秀传统，"),
      line("", amounts, "做好馆藏文物的征集，", indicator("丙")),
      line("节）", {}, "提升服务效能。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市文化广电旅游局安全保卫及消防维保服务费",
      "旅游市场综合监管经费",
      "国际旅游宣传推广经费（含纪录片节）",
    ]);
  });

  it("begin the next row's name after a name that has ended, though nearer the row above", () => {
    // The school's name is whole (…中学) and 校园文化建设经费 has ended: the full line after
    // either begins the next name, on whichever side of halfway it stands.
    const a = { T: "10.00", F: "10.00" };
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("广州市第二"),
      line("", { T: "30.00", F: "30.00" }),
      line("中学"),
      line(""),
      line("广州市第二", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("", {}, "对校舍进行维修改造，", "实施周期指标值:1次；年度指标值:1次。"),
      line("中学高中阶", {}, "消除安全隐患，"),
      line("段学位建设", a, "保障学校正常运转。"),
      line("项目"),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("校园文化建", {}, "落实国家学生资助政策，"),
      line("", a, "确保家庭经济困难学生不因经济原因失学。", "实施周期指标值:1次；年度指标值:1次。"),
      line("设经费"),
      line("", {}, "平。"),
      line("广州市第二"),
      line("", {}, "", "1、1-产出指标；11-数量指标；丙；"),
      line("中学教师培", {}, "落实国家学生资助政策，"),
      line("训专项经费"),
      line("", a, "确保家庭经济困难学生。", "实施周期指标值:1次；年度指标值:1次。"),
      line("（“百千万"),
      line("人才培养工"),
      line("程”）"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市第二中学",
      "广州市第二中学高中阶段学位建设项目",
      "校园文化建设经费",
      "广州市第二中学教师培训专项经费（“百千万人才培养工程”）",
    ]);
  });

  it("end with a short line after a page break, though the row's amounts stand on the page before", () => {
    // 甲's row breaks: its amounts and the name's start end page 1, the name's rest opens page 2,
    // and the next unit's name stands round its amounts right after.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "广州博物馆",
        { T: "10.00", F: "10.00" },
        "完善公共文化服务体系，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "保障人民群众基本文化权益，"),
      line("", {}, "加强文物和非物质文化遗产保护利用，"),
      line("", {}, "传承弘扬岭南优秀传统文化，"),
      "                                   第1页",
      "\f" + HEADER,
      line("美术作品收", {}, "丰富人民群众精神文化生活，", "实施周期指标值:1次；年度指标值:1次。"),
      line("藏及研究经", {}, "推进文化和旅游深度融合，"),
      line("费", {}, "提升广州城市文化品牌影响力。"),
      line("", {}, "进一步完善工作机制，"),
      line("", {}, "强化过程管理和绩效监控，"),
      line("", {}, "按期完成年度各项工作任务。"),
      line("广州市文化"),
      line("", { T: "10.00", F: "10.00" }),
      line("馆"),
      line("乙项目", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州博物馆美术作品收藏及研究经费",
      "广州市文化馆",
      "乙项目",
    ]);
  });

  it("cut by a page break while full go on over the next page, in the middle of their row's rest", () => {
    // 甲's name breaks after its first line; on page 2 its rest stands centred beside what is
    // left of its indicators, nearer the next unit's amounts than its own.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "广州市文化",
        { T: "10.00", F: "10.00" },
        "完善公共文化服务体系。",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "", "实施周期指标值:1次；"),
      line("", {}, "", "年度指标值:1次。2、1-产出指标；"),
      line("广电旅游局", {}, "", "11-数量指标；乙；"),
      line("藏品征集与", {}, "", "实施周期指标值:2次；"),
      line("保护修复经", {}, "", "年度指标值:2次。3、1-产出指标；"),
      line("费", {}, "", "11-数量指标；丙；"),
      line("", {}, "", "实施周期指标值:3次；"),
      line("", {}, "", "年度指标值:3次。"),
      line(""),
      line("广州图书馆", { T: "20.00", F: "20.00" }),
      line("乙项目", { T: "20.00", F: "20.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市文化广电旅游局藏品征集与保护修复经费",
      "广州图书馆",
      "乙项目",
    ]);
  });

  it("cut by a page break while full go on beside the last of their row's indicators", () => {
    // 甲's name breaks after three full lines; its rest opens page 2 beside its indicators' last
    // line and runs under it, nearer the next unit's name (of two lines round its amounts).
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line(
        "广州市交通运",
        { T: "10.00", F: "10.00" },
        "目标甲。",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("输局“羊城", {}, "", "实施周期指标值:1次；"),
      line("通”交通一卡", {}, "", "年度指标值:1次。2、1-产出指标；11-数量指标；乙；实施"),
      "                                   第1页",
      "\f" + HEADER,
      line("通互联互通改"),
      line("造项目（二", {}, "", "周期指标值:2次；年度指标值:2次。"),
      line("期）"),
      line(""),
      line("广州市交通运"),
      line("", { T: "20.00", F: "20.00" }),
      line("输局执法支队"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市交通运输局“羊城通”交通一卡通互联互通改造项目（二期）",
      "广州市交通运输局执法支队",
    ]);
  });

  it("opening a page beside the first line of the next row's indicators are that row's", () => {
    // The project above broke at the page's end, its name ending with its work (…资源采购), as a
    // name may go on after; page 2 opens with the rest of its cells, then the next project's
    // indicators and, beside them, its name, centred on its amounts further down than on the
    // row above's (the goal's lines set between the name's).
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "30.00", F: "30.00" }),
      line(
        "图书购置及",
        { T: "20.00", F: "20.00" },
        "推进文化和旅游深度融合，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("数字资源采", {}, "提升城市文化品牌影响力，", "实施周期指标值:1次；"),
      line("购", {}, "保障人民群众基本文化", "年度指标值:"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "权益。", "1次。"),
      line(""),
      line("广州图书馆", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("国际旅游宣", {}, "", "实施周期指标值:1次；"),
      line("", {}, "推进文化和旅游深度融合，"),
      line("传推广经费", {}, "", "年度指标值:1次。"),
      line("", {}, "完善公共文化服务体系。"),
      line("（含中国", { T: "10.00", F: "10.00" }),
      line("（广州）国"),
      line("际纪录片"),
      line("节）"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "图书购置及数字资源采购",
      "广州图书馆国际旅游宣传推广经费（含中国（广州）国际纪录片节）",
    ]);
  });

  it("opening a page go on together: a line under one that began the next name is that name's", () => {
    // A word processor's pages as pdftotext -layout gives them: the unit's name round its amounts
    // ends page 1; page 2 opens with the project's name, its first two lines the same words as
    // the unit's, the second as near the unit's amounts as the project's.
    const text = [
      "                                          项目支出绩效目标表",
      "部门名称：广州市教育局单位：元",
      "",
      "项目名称",
      "（资金使        总计             财政拨款       财政专户拨款         其他资金              绩效目标               绩效指标",
      "用单位）",
      "",
      "合计   14,104,495.00 10,855,393.00 1,649,098.00 1,600,004.00",
      "",
      "广州大学",
      "       12,110,895.00 8,927,031.00 1,649,098.00 1,534,766.00",
      "附属中学",
      "项目名称",
      "（资金使           总计          财政拨款         财政专户拨款        其他资金              绩效目标                绩效指标",
      "用单位）",
      "",
      "广州大学",
      "                                                                                1、2-效益指标;22-社会效益;公众知晓",
      "附属中学",
      "                                                                  保障学校正常运转和教育   率;实施周期指标值:大于等于 80%;年度",
      "国际交流",
      "                                                                  教学活动有序开展，改善   指标值:大于等于 80%。2、2-效益指",
      "与合作项      1,993,600.00   1,993,600.00",
      "                                                                  办学条件，提升学校信息   标;22-社会效益;家庭经济困难学生应助",
      "目（2025-",
      "                                                                  化、现代化水平。      尽助;实施周期指标值:应助尽助;年度指",
      "2026 学",
      "                                                                                标值:应助尽助。",
      "年）",
    ].join("\n");
    // Too few lines for the form to be recognised: it is named.
    const r = parseText(text, { form: "layout" });
    expect(
      rowsOf(r)
        .map((x) => x.name)
        .slice(1, 3),
    ).toEqual(["广州大学附属中学", "广州大学附属中学国际交流与合作项目（2025-2026学年）"]);
  });

  it("that ended before a page break leave the next page's lines to the next row's name", () => {
    // 甲's name is whole (…储备, no ending the rules know) and full; on page 2 what is left of
    // its row ends before the next row's name, centred round its amounts, begins.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "30.00", F: "30.00" }),
      line(
        "突发公共卫生事",
        { T: "10.00", F: "10.00" },
        "完善公共文化服务体系，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("件应急物资储备", {}, "丰富人民群众精神文化生活，"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "保障基本文化权益。", "实施周期指标值:1次；年度指标值:1次。"),
      line(""),
      line("", {}, "做好馆藏文物的征集，"),
      line("", {}, "提升公共文化设施服务效能，"),
      line("基本公共卫生服", {}, "加强文物保护利用，", indicator("乙")),
      line("务项目（2025-", { T: "20.00", F: "20.00" }, "传承弘扬岭南文化，"),
      line("2027 年）", {}, "完善公共文化服务。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "突发公共卫生事件应急物资储备",
      "基本公共卫生服务项目（2025-2027年）",
    ]);
  });

  it("begin on a new page the next row's name, after a unit whose whole name ends the page before", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "10.00", F: "10.00" }),
      line("甲项目", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("广州图书馆", { T: "10.00", F: "10.00" }),
      "                                   第1页",
      "\f" + HEADER,
      line("广州图书馆公"),
      line("共文化服务体", {}, "做好馆藏文物的征集，", indicator("乙")),
      line("", { T: "10.00", F: "10.00" }),
      line("系建设专项资", {}, "提升公共文化设施服务效能。"),
      line("金"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "甲项目",
      "广州图书馆",
      "广州图书馆公共文化服务体系建设专项资金",
    ]);
  });

  it("begin on a new page the next row's name, after a project whose name ended the page before", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line("交通运输行业"),
      line("统计调查经费", { T: "10.00", F: "10.00" }, "做好统计调查工作。", indicator("甲")),
      "                                   第1页",
      "\f" + HEADER,
      line("广州市公路事"),
      line("务中心运维经", {}, "保障系统正常运行，", indicator("乙")),
      line("", { T: "10.00", F: "10.00" }),
      line("费", {}, "提升服务效能。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "交通运输行业统计调查经费",
      "广州市公路事务中心运维经费",
    ]);
  });

  it("begin on a new page a unit's name, after a project named for the stock it buys", () => {
    // `…物资储备` ends as a project's name without `项目` or `经费`; the unit's first line, opening
    // the page above its amounts, is the unit's, not that name's.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "10.00", F: "10.00" }),
      line("突发公共卫生事", {}, "做好应急物资储备，", indicator("甲")),
      line("", { T: "10.00", F: "10.00" }),
      line("件应急物资储备", {}, "保障应急处置。"),
      "                                   第1页",
      "\f" + HEADER,
      line("广州市疾病预防"),
      line("控制中心（广州"),
      line("", { T: "10.00", F: "10.00" }),
      line("市卫生检验中"),
      line("心）"),
      line(""),
      line("高层次卫生人才", {}, "引进高层次人才，", indicator("乙")),
      line("引进及培养项目", { T: "10.00", F: "10.00" }, "提升服务能力。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "突发公共卫生事件应急物资储备",
      "广州市疾病预防控制中心（广州市卫生检验中心）",
      "高层次卫生人才引进及培养项目",
    ]);
  });

  it("ending with the stock they buy go on over the next page beside their row's rest", () => {
    // `图书购置` reads as a whole name, but the lines opening the next page stand beside its
    // goal's last lines: they are its end, not the next row's name.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "30.00", F: "30.00" }),
      line("图书购置", { T: "10.00", F: "10.00" }, "做好馆藏文献的", indicator("甲")),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "征集和研究工作，"),
      line("及数字资"),
      line("", {}, "提升公共文化设施"),
      line("源采购"),
      line("", {}, "服务效能。"),
      line(""),
      line("广州博物", {}, "推进文化和旅游融合，", indicator("乙")),
      line("馆信息化", { T: "20.00", F: "20.00" }, "提升品牌影响力。"),
      line("运维项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "图书购置及数字资源采购",
      "广州博物馆信息化运维项目",
    ]);
  });

  it("end with a full line a blank line above the next row's amounts, which it does not go into", () => {
    const r = parse([
      line("合计", { T: "40.00", F: "40.00" }),
      line("某单位", { T: "40.00", F: "40.00" }),
      line("展览经费", { T: "10.00", F: "10.00" }, "举办展览。", indicator("丙")),
      line(""),
      line("广州市文化馆", {}, "完善公共文化服务体系，", indicator("甲")),
      line("图书购置及数", { T: "10.00", F: "10.00" }, "丰富人民群众精神文化生活。"),
      line("字资源采购"),
      line(""),
      line("非物质文化遗", { T: "20.00", F: "20.00" }, "做好馆藏文物的征集，", indicator("乙")),
      line("产保护经费", {}, "提升服务效能。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "展览经费",
      "广州市文化馆图书购置及数字资源采购",
      "非物质文化遗产保护经费",
    ]);
  });

  it("end with a line that ends as a project's name does, nearer them than the next amounts", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line(""),
      line("道路运输安", {}, "开展专项整治，", "1、1-产出指标；11-数量指标；甲；"),
      line("全生产专项", { T: "10.00", F: "10.00" }, "保障道路运输安全。", "实施周期指标值:1次；"),
      line("", {}, "", "年度指标值:1次。"),
      line("整治经费"),
      line(""),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("新能源公交", {}, "推广新能源公交车，", "实施周期指标值:2次；"),
      line("车推广应用", { T: "10.00", F: "10.00" }, "减少排放。", "年度指标值:2次。"),
      line("补贴"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "道路运输安全生产专项整治经费",
      "新能源公交车推广应用补贴",
    ]);
  });

  it("end with a line that ends as a project's name does, beside their row's rest after a page break", () => {
    // 专项 reads as a project's ending; on page 2 整治经费 stands beside the goal's and the
    // indicators' last lines, before the next row's name (centred round its amounts).
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line(
        "道路运输安",
        { T: "10.00", F: "10.00" },
        "落实公共交通优先发展战略，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("全生产专项", {}, "强化交通运输行政执法，", "实施周期指标值:1次；"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "规范道路运输市场秩序，", "年度指标值:1次。2、1-产出指标；"),
      line("整治经费"),
      line("", {}, "维护乘客合法权益。", "11-数量指标；乙；实施周期指标值:2次；年度指标值:2次。"),
      line(""),
      line("", {}, "", "1、1-产出指标；11-数量指标；丙；"),
      line("广州市公路", {}, "", "实施周期指标值:3次；"),
      line("事务中心运", { T: "10.00", F: "10.00" }, "保障系统正常运行。", "年度指标值:3次。"),
      line("维项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "道路运输安全生产专项整治经费",
      "广州市公路事务中心运维项目",
    ]);
  });

  it("of a unit, whole on its amounts line, do not take a line ending as a project's name does", () => {
    // 国际旅游宣传推广经费 stands nearer the unit's amounts than its own row's (whose remark is on
    // them): it begins that row's name, not a unit's name's end.
    const r = parse([
      line("合计", { T: "10.00", F: "10.00" }),
      line("广州图书馆", { T: "10.00", F: "10.00" }),
      line("", {}, "做好馆藏文物的征集，", "1、1-产出指标；11-数量指标；甲；"),
      line("", {}, "提升公共文化设施服务", "实施周期指标值:1次；"),
      line("国际旅游宣传推广经费", {}, "效能，完善公共文化服", "年度指标值:1次。2、1-产出指标；"),
      line("", {}, "务体系，丰富人民群众", "11-数量指标；乙；"),
      line("", {}, "精神文化生活，保障人", "实施周期指标值:2次；"),
      line("", {}, "民群众基本文化权益，", "年度指标值:2次。3、1-产出指标；"),
      line(
        "（含中国（广州）国际",
        { T: "10.00", F: "10.00" },
        "推进文化和旅游深度融",
        "11-数量指标；丙；",
      ),
      line("纪录片节）", {}, "合。", "实施周期指标值:3次；年度指标值:3次。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州图书馆",
      "国际旅游宣传推广经费（含中国（广州）国际纪录片节）",
    ]);
  });

  it("end with a line that ends as a project's name does, right under their row's last line after a page break", () => {
    // Page 2 holds one line of the row's rest; the name's last two pieces stand round it.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line(
        "广州市交通运",
        { T: "10.00", F: "10.00" },
        "保障公路安全畅通。",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("输局道路运输", {}, "", "实施周期指标值:1次；"),
      "                                   第1页",
      "\f" + HEADER,
      line("安全生产专项"),
      line("", {}, "", "年度指标值:1次。"),
      line("整治经费"),
      line(""),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("广州市交通运", {}, "加强国省道养护管理，", "实施周期指标值:2次；"),
      line("输局法律顾问", { T: "10.00", F: "10.00" }, "保障公路安全畅通。", "年度指标值:2次。"),
      line("服务"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "广州市交通运输局道路运输安全生产专项整治经费",
      "广州市交通运输局法律顾问服务",
    ]);
  });

  it("that read as ended do not take the next name's first line after a page break, its rest opening with ending words", () => {
    // `教师培训专项` ends as a project's name does and stands right under the row's last line
    // (its goal's end), but the name under it goes on with `经费（“百千`, and no name begins with
    // ending words: it is the first of four lines centred on the next row's amounts.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line(
        "STEM 教育",
        { T: "10.00", F: "10.00" },
        "保障课程建设，",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("及人工智能课", {}, "提升教学水平，", "实施周期指标值:1次；"),
      line("程建设项目", {}, "促进教育公平，", "年度指标值:1次。"),
      "                                   第1页",
      "\f" + HEADER,
      line("", {}, "按期完成年度各项工作任务。"),
      line(""),
      line("教师培训专项"),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("经费（“百千", {}, "保障学校正常运转。"),
      line("", { T: "10.00", F: "10.00" }, "", "实施周期指标值:2次；"),
      line("万人才培养工", {}, "", "年度指标值:2次。"),
      line("程”）"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "STEM教育及人工智能课程建设项目",
      "教师培训专项经费（“百千万人才培养工程”）",
    ]);
  });

  it("end with a short line that gives them a project's ending, though nearer the next amounts", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line(""),
      line("广州市文化", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("广电旅游局", {}, "完善公共文化服务体系，"),
      line("2026-2027", { T: "10.00", F: "10.00" }, "", "实施周期指标值:1次；"),
      line("年信息化运", {}, "保障基本文化权益。"),
      line("", {}, "", "年度指标"),
      line("", {}, "", "值:1次。2、1-产出指标；"),
      line("维项目"),
      line("", {}, "", "11-数量指标；丙；"),
      line("", {}, "", "实施周期指标值:2次；年度指标值:2次。"),
      line(""),
      line("广州市文化", { T: "10.00", F: "10.00" }, "推进文旅融合。", indicator("乙")),
      line("广电旅游局"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "广州市文化广电旅游局2026-2027年信息化运维项目",
      "广州市文化广电旅游局",
    ]);
  });

  it("of a unit keep their second half under its amounts drawn on two lines", () => {
    // The unit's total was cut by its narrow cell; its name's halves stand round the two lines.
    const r = parse([
      line("合计", { T: "30.00", F: "20.00", S: "10.00" }),
      line("广州大学", { T: "30.00" }),
      line("", { F: "20.00", S: "10.00" }),
      line("附属中学"),
      line(""),
      line("", {}, "保障学校正常运转，"),
      line("学生体质健", {}, "改善办学条件，", indicator("甲")),
      line("康监测经费", { T: "30.00", F: "20.00", S: "10.00" }, "提升学校信息化水平。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州大学附属中学",
      "学生体质健康监测经费",
    ]);
  });

  it("begin on a new page the next row's name, after a project named by a code", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某局", { T: "20.00", F: "20.00" }),
      line("WHZXZJ", { T: "10.00", F: "10.00" }, "项目信息不宜公开。", indicator("甲")),
      "                                   第1页",
      "\f" + HEADER,
      line("安全保卫及"),
      line("", {}, "做好安全保卫工作，"),
      line("消防维保服", { T: "10.00", F: "10.00" }, "保障安全。", indicator("乙")),
      line("务费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某局",
      "WHZXZJ",
      "安全保卫及消防维保服务费",
    ]);
  });

  it("end with a short line that gives them a project's ending, right above the next name", () => {
    const amounts = { T: "10.00", F: "10.00" };
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州图书馆", { T: "20.00", F: "20.00" }),
      line("广州图书馆", {}, "完善公共文化服务体系，"),
      line("2026-2027", {}, "丰富人民群众精神文化生活，"),
      line("", amounts, "保障人民群众基本文化权益，", indicator("甲")),
      line("年信息化运", {}, "加强文物保护利用。"),
      line("维项目"),
      line("广州图书馆", amounts, "传承弘扬岭南优秀传统文化，", indicator("乙")),
      line("藏品征集与", {}, "做好馆藏文物的征集，"),
      line("保护修复经", {}, "提升服务效能。"),
      line("费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州图书馆",
      "广州图书馆2026-2027年信息化运维项目",
      "广州图书馆藏品征集与保护修复经费",
    ]);
  });

  it("go on right under a unit's amounts drawn on two lines, its name centred over them", () => {
    // A source cell of two lines stands above the total; the name's second line, under both,
    // is still the unit's, though the unit's name looks whole without it (…大学).
    const r = parse([
      line("合计", { T: "30.00", F: "20.00", S: "10.00" }),
      line("广州大学", { F: "20.00" }),
      line("", { T: "30.00", S: "10.00" }),
      line("附属中学"),
      line("", {}, "加强教师队伍建设，"),
      line("广州大学", {}, "开展分层分类培训，"),
      line("附属中学", {}, "提升教师专业素养，"),
      line(
        "实验经费",
        { T: "30.00", F: "20.00", S: "10.00" },
        "打造高素质教师队伍，",
        indicator("甲"),
      ),
      line("", {}, "按期完成工作任务。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州大学附属中学",
      "广州大学附属中学实验经费",
    ]);
  });

  it("cut inside their ending word go on, though the line is full and right above the next name", () => {
    // A word processor's page as pdftotext -layout gives it: a column five ideographs wide,
    // `…互通改造项` / `目（二期）`, then the next row's name on its amounts line.
    const text = [
      "                                        项目支出绩效目标表",
      "部门名称：广州市交通运输局单位：万元",
      "",
      "项目名称",
      "                财政拨 财政专 其他资",
      "（资金使用    总计                                   绩效目标                        绩效指标",
      "                  款       户拨款    金",
      " 单位）",
      "",
      "合计      1034.47 1034.47",
      "",
      "                                                       1、1-产出指标;11-数量指标;路面大中修里程;实施周期指标",
      "                                                       值:40.8 公里;年度指标值:40.8 公里。2、1-产出指标;11-数",
      "                                                       量指标;服务面积;实施周期指标值:7972.60 平方米;年度指标",
      "                                                       值:7972.60 平方米。3、1-产出指标;11-数量指标;执法检查",
      "                                      强化交通运输行政执法，规范道",
      "                                                       次数;实施周期指标值:≥1509 次;年度指标值:≥1509",
      "                                      路运输市场秩序，维护经营者和",
      "                                                       次。4、1-产出指标;12-质量指标;资料归档完整率;实施周期",
      "                                      乘客合法权益，加强国省道养护",
      "                                                       指标值:100%;年度指标值:100%。5、1-产出指标;12-质量指",
      "                                      管理，保持公路技术状况良好，",
      "                                                       标;系统正常运行率;实施周期指标值:≥98%;年度指标",
      "                                      保障公路安全畅通，落实公共交",
      "广州市交通                                                  值:≥98%。6、1-产出指标;13-时效指标;热线接通率;实施周",
      "                                      通优先发展战略，保障公交企业",
      "运输局工作 152.21       152.21                              期指标值:≥95%;年度指标值:≥95%。7、1-产出指标;13-时",
      "                                      正常运营，稳定公交票价。通过",
      "经费                                                     效指标;完成时间;实施周期指标值:6 月底前;年度指标值:6 月",
      "                                      实施“广州市交通运输局工作经",
      "                                                       底前。8、2-效益指标;22-社会效益;公交出行分担率;实施周",
      "                                      费”，进一步完善工作机制，强",
      "                                                       期指标值:≥65%;年度指标值:≥65%。9、2-效益指标;22-社",
      "                                      化过程管理和绩效监控，确保资",
      "                                                       会效益;公众知晓率;实施周期指标值:大于等于 85%;年度指",
      "                                      金使用安全、规范、高效，按期",
      "                                                       标值:大于等于 85%。10、2-效益指标;23-生态效益;新能源",
      "                                      完成年度各项工作任务。",
      "                                                       公交车占比;实施周期指标值:100%;年度指标",
      "                                                       值:100%。11、3-满意度指标;31-服务对象满意度;服务质量",
      "                                                       考核情况;实施周期指标值:大于 90 分;年度指标值:大于 90",
      "                                                       分。",
      "",
      "                                                       1、1-产出指标；11-数量指标；服务年限；实施周期指标值:",
      "                                                       保障服务年限 1 年；年度指标值:保障服务年限 1 年。2、1-",
      "广州市交通                                                  产出指标；11-数量指标；路面大中修里程；实施周期指标",
      "                                      落实公共交通优先发展战略，保",
      "运输局“羊                                                  值:56.2 公里；年度指标值:56.2 公里。3、1-产出指标；11-",
      "                                      障公交企业正常运营，稳定公交",
      "城通”交通                                                  数量指标；开展培训次数；实施周期指标值:大于等于 10",
      "          862.77   862.77             票价，强化交通运输行政执法，",
      "一卡通互联                                                  次；年度指标值:大于等于 10 次。4、2-效益指标；23-生态",
      "                                      规范道路运输市场秩序，维护经",
      "互通改造项                                                  效益；新能源公交车占比；实施周期指标值:100%；年度指",
      "                                      营者和乘客合法权益。",
      "目（二期）                                                  标值:100%。5、4-成本指标；41-经济成本指标；年度投",
      "                                                       入；实施周期指标值:862.77 万元；年度指标值:862.77 万",
      "                                                       元。",
      "",
      "法律顾问服 19.49        19.49              落实公共交通优先发展战略，保 1、1-产出指标；11-数量指标；路面大中修里程；实施周期",
      "务                                     障公交企业正常运营，稳定公交 指标值:29.1 公里；年度指标值:29.1 公里。2、1-产出指",
      "                                      票价，加强国省道养护管理，保 标；11-数量指标；举办专题活动；实施周期指标值:大于等",
      "                                      持公路技术状况良好，保障公路 于 18 场次；年度指标值:大于等于 18 场次。3、1-产出指",
    ].join("\n");
    const r = parseText(text);
    expect(r.form).toBe("layout");
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市交通运输局工作经费",
      "广州市交通运输局“羊城通”交通一卡通互联互通改造项目（二期）",
      "法律顾问服务",
    ]);
  });

  it("keep the line their unit's cut amount ended on, though right above the next row", () => {
    // A word processor cut the unit's total (`20,895,000.0` / `0`) and set its sources between;
    // `附属中学` stood beside the total's end, in the unit's row.
    const money = { F: "8,097,605.00", S: "8,981,144.00", O: "3,816,251.00" };
    const r = parse([
      line("合计", { T: "20,895,000.00", ...money }),
      line("广州大学", { T: "20,895,000.0" }),
      line("", money),
      pad("附属中学", 12) + "0",
      line("特殊教育", { T: "5,857,300.00", S: "5,857,300.00" }, "目标甲。", indicator("甲")),
      line("补助经费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual(["合计", "广州大学附属中学", "特殊教育补助经费"]);
    expect(rowsOf(r)[1]!.amounts.total).toBe(20895000);
  });

  it("leave the line under a unit's whole name on its lower amounts line to the next name", () => {
    // The unit's total was cut (`20408217.0` / `0`) round the line of its sources and its name:
    // the name is centred there, whole; `广州图书馆` under it begins the project's name.
    const money = { F: "15233181.00", S: "1590136.00", O: "3584900.00" };
    const r = parse([
      line("合计", { T: "20408217.00", ...money }),
      line("", { T: "20408217.0" }),
      line("广州图书馆", money),
      pad("", 13) + "0",
      line("广州图书馆", {}, "目标甲。", "1、1-产出指标；11-数量指标；甲；"),
      line("安全保卫及", {}, "", "实施周期指标值:1次；"),
      line("", { T: "20408217.00", ...money }, "", "年度指标值:1次。"),
      line("消防维保服"),
      line("务费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州图书馆",
      "广州图书馆安全保卫及消防维保服务费",
    ]);
  });

  it("of two lines centred on their unit's amounts keep their second half, though the first looks whole", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州大学"),
      line("", { T: "20.00", F: "20.00" }),
      line("附属中学"),
      line(""),
      line("", {}, "加强教师队伍建设，"),
      line("教师培训", { T: "20.00", F: "20.00" }, "开展分层分类培训，", indicator("甲")),
      line("专项经费", {}, "按期完成工作任务。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual(["合计", "广州大学附属中学", "教师培训专项经费"]);
  });

  it("end with a line of nothing but ending words, though the name read as ended and the next row is right below", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("公共文化服", {}, "加强文物保护利用，", "1、1-产出指标；11-数量指标；甲；"),
      line("务体系建设", { T: "10.00", F: "10.00" }, "传承岭南文化。", "实施周期指标值:1次；"),
      line("专项资金", {}, "", "年度指标值:1次。"),
      line("广州博物馆", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "公共文化服务体系建设专项资金",
      "广州博物馆",
    ]);
  });

  it("end with a full line that ends as a project's name does, though the next row is near", () => {
    // A word processor's layout: 甲's name centred on its amounts, which hold none of it, its
    // indicators interleaved; the line after its name's end holds only indicator text.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("交通局", { T: "20.00", F: "20.00" }),
      line(""),
      line("广州市交通", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("运输局2025-", {}, "保障信息系统安全稳定运行，"),
      line("", { T: "10.00", F: "10.00" }, "", "实施周期指标值:1次；"),
      line("2026年信息", {}, "提升数字化治理水平。"),
      line("", {}, "", "年度指标"),
      line("化运维项目"),
      line("", {}, "", "值:1次。"),
      line(""),
      line("广州市交通", { T: "10.00", F: "10.00" }, "保障信息系统安全稳定运行，", indicator("乙")),
      line("运输局2026-", {}, "提升数字化治理水平。"),
      line("2027年信息"),
      line("化运维项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "交通局",
      "广州市交通运输局2025-2026年信息化运维项目",
      "广州市交通运输局2026-2027年信息化运维项目",
    ]);
  });

  it("with a bracket still open go on, though the line right under them begins the next name", () => {
    const amounts = { T: "10.00", F: "10.00" };
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "加强国省道养护管理，"),
      line("", {}, "保持公路技术状况良好，"),
      line("城市轨道交通", {}, "落实公共交通优先发展战略，"),
      line("线网规划", {}, "保障公交企业正常运营，"),
      line("", amounts, "稳定公交票价。", indicator("甲")),
      line("（2025-2035"),
      line("年）修编项目"),
      line("广州市交通运", amounts, "强化交通运输行政执法。", indicator("乙")),
      line("输局补贴"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "城市轨道交通线网规划（2025-2035年）修编项目",
      "广州市交通运输局补贴",
    ]);
  });

  it("end with a short line halfway between a unit's amounts and a project's", () => {
    // 广州市卫生健康委 looks like a unit's whole name, but a short line cannot begin a name that
    // goes on into the project's amounts line: 员会 ends the unit's.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市卫生健康委"),
      line("", { T: "20.00", F: "20.00" }),
      line("员会", {}, "通过购置先进医疗设备，"),
      line("广州市卫生健康委", { T: "20.00", F: "20.00" }, "改善诊疗条件，", indicator("甲")),
      line("员会爱国卫生运动", {}, "提升服务能力。"),
      line("专项经费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市卫生健康委员会",
      "广州市卫生健康委员会爱国卫生运动专项经费",
    ]);
  });

  it("end with a line of nothing but a project's ending words, however near the next row", () => {
    const amounts = { T: "10.00", F: "10.00" };
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "加强国省道养护管理，"),
      line("运输局执法", {}, "保持公路技术状况良好，"),
      line("支队港航船", amounts, "保障公路安全畅通，", indicator("甲")),
      line("舶污染防治", {}, "保障信息系统运行，"),
      line("专项资金", {}, "提升治理水平。"),
      line("12328 交通", amounts, "保障热线运行。", indicator("乙")),
      line("运输服务监"),
      line("督热线经费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "运输局执法支队港航船舶污染防治专项资金",
      "12328交通运输服务监督热线经费",
    ]);
  });

  it("end with a line of the work they pay for and its ending (购置经费), right above the next row", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("交通运输行", {}, "加强国省道养护管理，", "1、1-产出指标；11-数量指标；甲；"),
      line("政执法装备", { T: "10.00", F: "10.00" }, "保障公路安全畅通。", "实施周期指标值:1次；"),
      line("购置经费", {}, "", "年度指标值:1次。"),
      line("购置经费", { T: "10.00", F: "10.00" }, "保障热线运行。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "交通运输行政执法装备购置经费",
      "购置经费",
    ]);
  });

  it("end with a full line that ends as a project's name, though the next name starts right under it", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("广州市交通运", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("", { T: "10.00", F: "10.00" }, "目标甲。", "实施周期指标值:1次；"),
      line("输局2026-", {}, "", "年度指标值:1次。"),
      line("2027年信息"),
      line("化运维项目"),
      line("桥梁隧道定期", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("检测及养护经", { T: "10.00", F: "10.00" }, "目标乙。", "实施周期指标值:1次；"),
      line("费", {}, "", "年度指标值:1次。"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市交通运输局2026-2027年信息化运维项目",
      "桥梁隧道定期检测及养护经费",
    ]);
  });

  it("count a line short of the column by less than an ideograph as full (Latin letters)", () => {
    // STEM 教育 leaves no room for 及: the name wraps there, and the line begins the project's
    // name, though nearer the unit's amounts.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市第二"),
      line("", { T: "20.00", F: "20.00" }),
      line("中学"),
      line("STEM 教育", {}, "加强教师队伍建设，"),
      line("", {}, "开展分层分类培训，"),
      line("及人工智能", {}, "提升教师专业素养，"),
      line("", { T: "20.00", F: "20.00" }, "打造创新型教师队伍。", indicator("甲")),
      line("课程项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市第二中学",
      "STEM教育及人工智能课程项目",
    ]);
  });

  it("in a table whose cells stand from the top, stay with the amounts above them", () => {
    // The unit's name wraps under its amounts; the project's, which begins the same way, starts
    // on its own amounts line. Goals from the top (three lines from the amounts line down) say
    // how the table is drawn.
    const goal = (s: string) => [
      `${s}，加强公共卫生服务体系建设，`,
      "提升基层医疗卫生服务能力，",
      "保障工作正常运转。",
    ];
    const [a1, a2, a3] = goal("甲");
    const [b1, b2, b3] = goal("乙");
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市卫生健康技术", { T: "20.00", F: "20.00" }),
      line("鉴定和人才评价中心"),
      line("广州市卫生健康技术", { T: "10.00", F: "10.00" }, a1, indicator("甲")),
      line("鉴定和人才评价中心", {}, a2),
      line("基本公共卫生服务项", {}, a3),
      line("目（2025-2027年）"),
      line("疫苗采购补助经费", { T: "10.00", F: "10.00" }, b1, indicator("乙")),
      line("", {}, b2),
      line("", {}, b3),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市卫生健康技术鉴定和人才评价中心",
      "广州市卫生健康技术鉴定和人才评价中心基本公共卫生服务项目（2025-2027年）",
      "疫苗采购补助经费",
    ]);
    expect(rowsOf(r).map((x) => x.goal)).toEqual([null, null, a1! + a2 + a3, b1! + b2 + b3]);
  });

  it("in a table whose cells stand from the top, opening a page right above its amounts, begin that row's name", () => {
    // The page's first row draws its amounts half a line under its name: the name line stands
    // above them, after a project whose name ended (in its remark) on the page before.
    const goal = (s: string) => [`${s}，加强公共卫生服务体系建设，`, "保障工作正常运转。"];
    const [a1, a2] = goal("甲");
    const [b1, b2] = goal("乙");
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("文物保护单位修缮工程", { T: "10.00", F: "10.00" }, a1, indicator("甲")),
      line("（2025-2027年）", {}, a2),
      "                                   第1页",
      "\f" + HEADER,
      line("2026-2027年信息化运维项目"),
      line("", { T: "10.00", F: "10.00" }, b1, indicator("乙")),
      line("", {}, b2),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "文物保护单位修缮工程（2025-2027年）",
      "2026-2027年信息化运维项目",
    ]);
  });

  it("end with a line that gives them a project's ending before the remark it opens, the next name on its amounts line", () => {
    // Lines of the indicators' hung pieces stand between the amounts and the name's rest, which
    // is as near the next row's amounts as its own.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("广州市妇女儿童医疗中", {}, "", "实施周期指标值:1次；"),
      line(
        "心高层次卫生人才引进",
        { T: "10.00", F: "10.00" },
        "保障信息系统稳定运行。",
        "年度指标值:1次。",
      ),
      line("", {}, "", "2、1-产出指标；11-数量指标；乙；"),
      line("", {}, "", "实施周期指标值:2次；"),
      line("及培养项目（“登峰计", {}, "", "年度指标值:2次。"),
      line("划”）"),
      line(
        "全民健康信息平台（二",
        { T: "10.00", F: "10.00" },
        "做好预防控制工作。",
        indicator("丙"),
      ),
      line("期）升级改造项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市妇女儿童医疗中心高层次卫生人才引进及培养项目（“登峰计划”）",
      "全民健康信息平台（二期）升级改造项目",
    ]);
  });

  it("of a unit, three lines with the middle one on its amounts line, keep their last", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市交"),
      line("通运输局", { T: "20.00", F: "20.00" }),
      line("执法支队"),
      line(""),
      line("广州市交", { T: "20.00", F: "20.00" }, "加强国省道养护管理。", indicator("甲")),
      line("通运输局"),
      line("执法支队"),
      line("公路养护"),
      line("应急物资"),
      line("储备"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市交通运输局执法支队",
      "广州市交通运输局执法支队公路养护应急物资储备",
    ]);
  });

  it("count curly quotes as wide as ideographs when they tell a full line", () => {
    // “广州文化周末”系列 fills the name column (the quotes are set in the CJK font), so it wraps on
    // into the name below, though it stands as near the unit's amounts above.
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市文化馆", { T: "20.00", F: "20.00" }),
      line("“广州文化周末”系列", {}, "目标甲，", "1、1-产出指标；11-数量指标；甲；"),
      line(
        "活动经费",
        { T: "10.00", F: "10.00" },
        "一句话。",
        "实施周期指标值:1次；年度指标值:1次。",
      ),
      line("图书馆文献资源采购费", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市文化馆",
      "“广州文化周末”系列活动经费",
      "图书馆文献资源采购费",
    ]);
  });

  it("cut after a hyphen go on into the next name line, though a full line stands above the next row", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("广州市公路事务中心广"),
      line("州市交通运输局2026-", { T: "10.00", F: "10.00" }, "目标甲。", indicator("甲")),
      line("2027年信息化运维项目"),
      line("出租汽车行业综合监管", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市公路事务中心广州市交通运输局2026-2027年信息化运维项目",
      "出租汽车行业综合监管",
    ]);
  });

  it("halfway between a unit's whole name and a project below, begin the project's name", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市第二中学", { T: "20.00", F: "20.00" }),
      line("STEM教育及人工智能", {}, "目标甲，", "1、1-产出指标；11-数量指标；甲；"),
      line(
        "课程建设项目",
        { T: "10.00", F: "10.00" },
        "一句话。",
        "实施周期指标值:1次；年度指标值:1次。",
      ),
      line(
        "广州市第二中学教育教学设备采购",
        { T: "10.00", F: "10.00" },
        "目标乙。",
        indicator("乙"),
      ),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市第二中学",
      "STEM教育及人工智能课程建设项目",
      "广州市第二中学教育教学设备采购",
    ]);
  });

  it("complete a unit's name cut short, though the next row's name stands right below", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市卫生健康技术", { T: "20.00", F: "20.00" }),
      line("鉴定和人才评价中心"),
      line("妇幼健康服务能力提", { T: "20.00", F: "20.00" }, "目标甲。", indicator("甲")),
      line("升项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市卫生健康技术鉴定和人才评价中心",
      "妇幼健康服务能力提升项目",
    ]);
  });

  it("that end like a unit's, under the grand total, still begin the next row's name", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("广州市疾病预防控制中心"),
      line("公立医院改革补助资金", { T: "20.00", F: "20.00" }, "目标甲。", indicator("甲")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "广州市疾病预防控制中心公立医院改革补助资金",
    ]);
  });

  it("end with a short line, though it stands nearer the next row's amounts", () => {
    const r = parse([
      line("合计", { T: "20.00", F: "20.00" }),
      line("某单位", { T: "20.00", F: "20.00" }),
      line("广州市卫生健康委员会免", {}, "目标甲，"),
      line("疫规划疫苗采购及接种补", { T: "10.00", F: "10.00" }, "一句话，", indicator("甲")),
      line("", {}, "提升医院综合服务能力和危重症救治水"),
      line("助", {}, "平。"),
      line("艾滋病、结核病等重大传", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
      line("染病防控经费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "广州市卫生健康委员会免疫规划疫苗采购及接种补助",
      "艾滋病、结核病等重大传染病防控经费",
    ]);
  });
});

describe("a layout copy's name ending in a stock of goods (…物资储备)", () => {
  it("takes its last line, short and right above the next row's name", () => {
    // A word processor's narrow name column (seven ideographs): 甲's name over four lines centred
    // on its amounts, 乙's name starting on its own amounts line right under 甲's last, which is
    // more than half a line wide and nearer 乙's amounts than 甲's.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "30.00", F: "30.00" }),
      line(
        "防制专项经费",
        { T: "10.00", F: "10.00" },
        "目标丙。",
        "1、1-产出指标；11-数量指标；丙；",
      ),
      line("", {}, "", "实施周期指标值:1次；"),
      line("", {}, "", "年度指标值:1次。"),
      line("广州市疾病预防", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("控制中心突发公", {}, "目标甲。", "实施周期指标值:1次；年度指标值:1次。"),
      line("", { T: "10.00", F: "10.00" }),
      line("共卫生事件应急"),
      line("物资储备"),
      line("家庭医生签约服", { T: "10.00", F: "10.00" }, "目标乙。", indicator("乙")),
      line("务补助"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "防制专项经费",
      "广州市疾病预防控制中心突发公共卫生事件应急物资储备",
      "家庭医生签约服务补助",
    ]);
  });
});

describe("a layout copy's project name cut by a page break in a narrow column", () => {
  it("keeps its page's last full line and the next page's first, the next row's amounts below them", () => {
    // A word processor's name column five ideographs wide, 甲's name broken after …数字资源采, its
    // last ideograph opening page 2 over the next unit's amounts, which are cut by their column
    // (`13825075.0` / `0`) round the unit's name. Nothing of the next row stands on page 1.
    const r = parse([
      line("合计", { T: "13827075.00", F: "10851897.00" }),
      line("某单位", { T: "2000.00", F: "2000.00" }),
      // Rows are centred on their amounts …
      line("", {}, "完善公共文化服务体", "1、1-产出指标；11-数量指标；丙；"),
      line(
        "丙项目经费",
        { T: "1000.00", F: "1000.00" },
        "系，保障人民群众基",
        "实施周期指标值:1次；",
      ),
      line("", {}, "本文化权益。", "年度指标值:1次。"),
      // … but for 甲's, broken by the page: its cells stand from the top.
      line(
        "广州市文化",
        { T: "1000.00", F: "1000.00" },
        "加强文物保护利",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("广电旅游局", {}, "用，传承文化。", "实施周期指标值:1次；"),
      line("图书购置及", {}, "", "年度指标值:1次。"),
      line("数字资源采"),
      "                                   第1页",
      "\f" + HEADER,
      "",
      "购",
      "",
      "            13825075.0 10849897.0",
      "广州图书馆                               1750473.00 1224705.00",
      "            0            0",
      "",
      line("乙项目", { T: "13825075.00", F: "10849897.00" }, "目标乙。", indicator("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市文化广电旅游局图书购置及数字资源采购",
      "广州图书馆",
      "乙项目",
    ]);
  });
});

describe("a layout copy's project name in a narrow column, its last line completing it", () => {
  // A word processor's name column five ideographs wide: every line is full, so width cannot
  // tell a name's last line from the next name's first.
  const ind = (k: string) => indicator(k);
  // A unit and a first project whose indicators run on below it, as far from the next name.
  const before = (total: string) => [
    line("合计", { T: total, F: total }),
    line("某单位", { T: total, F: total }),
    line("丙项目经费", { T: "5.00", F: "5.00" }, "目标丙。", "1、1-产出指标；11-数量指标；丙；"),
    line("", {}, "", "实施周期指标值:1次；"),
    line("", {}, "", "年度指标值:1次。"),
  ];

  it("keeps it when the next row's name of two lines straddles its own amounts (…年信息 / 化运维项目)", () => {
    // 公路事务中心's name is centred on its amounts line, a line above and a line below: the line
    // above that one, nearer its amounts than 甲's, is none of it.
    const r = parse([
      ...before("35.00"),
      line("广州市交通运", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("输局2026-", {}, "目标甲。", "实施周期指标值:1次；"),
      line("", { T: "10.00", F: "10.00" }, "", "年度指标值:1次。"),
      line("", {}, "", "2、1-产出指标；11-数量指标；丁；实施周期指标值:1次；年度指标值:1次。"),
      line("2027年信息"),
      line("化运维项目"),
      line("广州市公路事"),
      line("", { T: "20.00", F: "20.00" }),
      line("务中心"),
      line("道路养护经费", { T: "20.00", F: "20.00" }, "目标乙。", ind("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市交通运输局2026-2027年信息化运维项目",
      "广州市公路事务中心",
      "道路养护经费",
    ]);
  });

  it("begins the next name with a full line halfway after a name ended by the stock it keeps", () => {
    const r = parse([
      ...before("18.00"),
      line("公路养护应急", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("", { T: "3.00", F: "3.00" }, "目标甲。", "实施周期指标值:1次；"),
      line("物资储备", {}, "", "年度指标值:1次。"),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("广州市交通运"),
      line("", {}, "", "实施周期指标值:1次；"),
      line("输局2025-", {}, "目标乙。", "年度指标值:1次。"),
      line("", { T: "10.00", F: "10.00" }),
      line("2026年信息"),
      line("化运维项目"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "公路养护应急物资储备",
      "广州市交通运输局2025-2026年信息化运维项目",
    ]);
  });

  it("keeps a line short of full right above the next row's name on its amounts line", () => {
    // Not full, it cannot be a line of 博物院's name that goes on into its amounts line: it is
    // 甲's last, though nearer 博物院's amounts.
    const r = parse([
      ...before("25.00"),
      line(
        "广州市文化馆24小时自",
        { T: "10.00", F: "10.00" },
        "目标甲。",
        "1、1-产出指标；11-数量指标；甲；",
      ),
      line("", {}, "", "实施周期指标值:1次；年度指标值:1次。"),
      line("助图书馆运维经费"),
      line("广州艺术博物院（广州", { T: "10.00", F: "10.00" }),
      line("美术馆）"),
      line("美术作品收藏经费", { T: "10.00", F: "10.00" }, "目标乙。", ind("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市文化馆24小时自助图书馆运维经费",
      "广州艺术博物院（广州美术馆）",
      "美术作品收藏经费",
    ]);
  });

  it("keeps it above a unit whose name stands whole on its amounts line (…系列 / 活动经费)", () => {
    const r = parse([
      ...before("35.00"),
      line("广州市文化"),
      line("广电旅游局", {}, "目标甲。", "1、1-产出指标；11-数量指标；甲；"),
      line("“广州文化", { T: "10.00", F: "10.00" }, "", "实施周期指标值:1次；"),
      line("周末”系列", {}, "", "年度指标值:1次。"),
      line("活动经费"),
      line(""),
      line("广州图书馆", { T: "20.00", F: "20.00" }),
      line("图书购置费", { T: "20.00", F: "20.00" }, "目标乙。", ind("乙")),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市文化广电旅游局“广州文化周末”系列活动经费",
      "广州图书馆",
      "图书购置费",
    ]);
  });

  it("keeps a line that makes a name ended by a service end again (…文化服务 / 体系建设)", () => {
    // A word processor's page as pdftotext -layout gives it, a name column four ideographs wide.
    const text = [
      "                                     项目支出绩效目标表",
      "部门名称：广州市文化广电旅游局单位：元",
      "",
      "项目名称",
      "                               财政专户拨",
      "（资金使      总计        财政拨款                    其他资金            绩效目标                绩效指标",
      "                                   款",
      "用单位）",
      "",
      "合计     7825500.00 7825500.00",
      "",
      "文化馆     7825500.00 7825500.00",
      "",
      "",
      "                                                                 1、1-产出指标；11-数量指标；服务面积；实",
      "                                                   推进文化和旅游深度融",
      "                                                                 施周期指标值:4643.26 平方米；年度指标",
      "                                                   合，提升广州城市文化品",
      "                                                                 值:4643.26 平方米。2、1-产出指标；11-数量",
      "                                                   牌影响力，做好馆藏文",
      "                                                                 指标；开展培训次数；实施周期指标值:大于等",
      "                                                   物、图书文献的征集、保",
      "                                                                 于 6 次；年度指标值:大于等于 6 次。3、1-产出",
      "                                                   护和研究工作，提升公共",
      "                                                                 指标；11-数量指标；印制宣传资料；实施周期",
      "                                                   文化设施服务效能，完善",
      "                                                                 指标值:1000 份；年度指标值:1000 份。4、1-",
      "广州市文                                               公共文化服务体系，丰富",
      "                                                                 产出指标；11-数量指标；服务人数；实施周期",
      "化馆公共                                               人民群众精神文化生活，",
      "                                                                 指标值:36 人；年度指标值:36 人。5、1-产出指",
      "文化服务   4984900.00 4984900.00                       保障人民群众基本文化权",
      "                                                                 标；13-时效指标；完成时间；实施周期指标",
      "体系建设                                               益。通过实施“广州市文",
      "                                                                 值:9 月底前；年度指标值:9 月底前。6、1-产出",
      "专项资金                                               化馆公共文化服务体系建",
      "                                                                 指标；13-时效指标；项目实施周期；实施周期",
      "                                                   设专项资金”，进一步完",
      "                                                                 指标值:2025.07-2027.06；年度指标",
      "                                                   善工作机制，强化过程管",
      "                                                                 值:2026.01-2026.12。7、3-满意度指标；31-",
      "                                                   理和绩效监控，确保资金",
      "                                                                 服务对象满意度；读者满意度；实施周期指标",
      "                                                   使用安全、规范、高效，",
      "                                                                 值:≥90%；年度指标值:≥90%。8、4-成本指",
      "                                                   按期完成年度各项工作任",
      "                                                                 标；41-经济成本指标；年度投入；实施周期指",
      "                                                   务。",
      "                                                                 标值:4984900 元；年度指标值:4984900 元。",
      "",
      "广州市文   2840600.00 2840600.00                       加强文物和非物质文化遗 1、1-产出指标；12-质量指标；系统正常运行",
      "化馆“广                                               产保护利用，传承弘扬岭 率；实施周期指标值：≥95%；年度指标值：",
      "州文化周                                               南优秀传统文化。      ≥95%。2、1-产出指标；13-时效指标；故障",
    ].join("\n");
    expect(rowsOf(parseText(text)).map((x) => x.name)).toEqual([
      "合计",
      "文化馆",
      "广州市文化馆公共文化服务体系建设专项资金",
      "广州市文化馆“广州文化周",
    ]);
  });

  it("leaves a unit's whole name for the next project's first line, though it would end the name so", () => {
    // Only a project's name is completed by a line ending as a project's name does: the unit's
    // (…研究院) is whole, and 教师培训专项 begins the name centred on the next amounts.
    const r = parse([
      ...before("25.00"),
      line("广州市教育研"),
      line("", { T: "10.00", F: "10.00" }),
      line("究院"),
      line("", {}, "", "1、1-产出指标；11-数量指标；乙；"),
      line("教师培训专项", {}, "", "实施周期指标值:1次；"),
      line("经费（“百千", {}, "目标乙。", "年度指标值:1次。"),
      line("", { T: "10.00", F: "10.00" }),
      line("万人才培养工"),
      line("程”）"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市教育研究院",
      "教师培训专项经费（“百千万人才培养工程”）",
    ]);
  });

  it("of three lines centred on their amounts keep their last, a name's ending of its own, over the next unit's name", () => {
    // 整治经费 stands as near the unit's amounts as the project's, and the name above it read as
    // ended (…专项); but one line over the amounts line, one under: the project's name is centred.
    const r = parse([
      line("合计", { T: "30.00", F: "30.00" }),
      line("某单位", { T: "10.00", F: "10.00" }),
      line("道路运输安", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("", {}, "强化交通运输行政执法。"),
      line("全生产专项", { T: "10.00", F: "10.00" }, "", "实施周期指标值:1次；"),
      line("", {}, "维护经营者合法权益。"),
      line("整治经费", {}, "", "年度指标值:1次。"),
      line(""),
      line("广州市交通"),
      line("运输局执法", { T: "20.00", F: "20.00" }),
      line("支队"),
      line("", {}, "目标乙。", indicator("乙")),
      line("乙项目", { T: "20.00", F: "20.00" }),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "道路运输安全生产专项整治经费",
      "广州市交通运输局执法支队",
      "乙项目",
    ]);
  });

  it("of four lines centred on their amounts keep the two under them over the next short name", () => {
    // 监督热线运营 / 经费 / 工作经费 would be a name ended twice: the two lines mirror the two over
    // 甲's amounts line, and 工作经费 stands whole on its own.
    const r = parse([
      ...before("25.00"),
      // (The other columns' lines stand between the name's, as Writer sets them.)
      line("广州市交通运"),
      line("", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("输局 12328"),
      line("", {}, "目标甲。", "实施周期指标值:1次；"),
      line("交通运输服务", { T: "10.00", F: "10.00" }),
      line("", {}, "", "年度指标值:1次。"),
      line("监督热线运营"),
      line("", {}, "", ""),
      line("经费"),
      line(""),
      line("", {}, "目标乙。", "1、1-产出指标；11-数量指标；乙；"),
      line("", {}, "", "实施周期指标值:1次；"),
      line("工作经费", { T: "10.00", F: "10.00" }),
      line("", {}, "", "年度指标值:1次。"),
    ]);
    expect(
      rowsOf(r)
        .map((x) => x.name)
        .slice(3),
    ).toEqual(["广州市交通运输局12328交通运输服务监督热线运营经费", "工作经费"]);
  });

  it("keeps a line ending a name that had ended, right above the next name on its amounts line (…专项 / 整治经费)", () => {
    // The next row's name over two lines, or whole after a blank line.
    const page = (next: [string, string]) =>
      parse([
        ...before("25.00"),
        line("广州市交通运", {}, "", "1、1-产出指标；11-数量指标；甲；"),
        line("输局道路运输", {}, "目标甲。", "实施周期指标值:1次；"),
        line("", { T: "10.00", F: "10.00" }, "", "年度指标值:1次。"),
        line("安全生产专项"),
        line(""),
        line("整治经费"),
        ...(next[0] === ""
          ? [line(""), line(next[1], { T: "10.00", F: "10.00" }, "目标乙。", ind("乙"))]
          : [
              line(
                next[0],
                { T: "10.00", F: "10.00" },
                "目标乙。",
                "1、1-产出指标；11-数量指标；乙；",
              ),
              line(next[1], {}, "", "实施周期指标值:1次；年度指标值:1次。"),
            ]),
      ]);
    expect(
      rowsOf(page(["国省道路面大", "中修工程"]))
        .map((x) => x.name)
        .slice(3),
    ).toEqual(["广州市交通运输局道路运输安全生产专项整治经费", "国省道路面大中修工程"]);
    // Nor where a blank line, a row's border, parts the line from a next name whole on its
    // amounts line.
    expect(
      rowsOf(page(["", "工作经费"]))
        .map((x) => x.name)
        .slice(3),
    ).toEqual(["广州市交通运输局道路运输安全生产专项整治经费", "工作经费"]);
    // Not where the line and the next amounts line's name read as one that goes on to its
    // ending (…公用经费 / 补助).
    expect(
      rowsOf(page(["补助", ""]))
        .map((x) => x.name)
        .slice(3),
    ).toEqual(["广州市交通运输局道路运输安全生产专项", "整治经费补助"]);
  });

  it("keeps its last line, ended by the work it pays for, over a blank line from the next name (…执法支队 / 法律顾问服务)", () => {
    // 甲's name centred on its amounts: a line above them, one on them, one under them, then a
    // blank line, a row's border, and 乙's name from its own amounts line on.
    const r = parse([
      ...before("25.00"),
      line("广州市交通运", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("", {}, "目标甲，"),
      line("输局执法支队", { T: "10.00", F: "10.00" }, "", "实施周期指标值:1次；"),
      line("", {}, "目标甲。"),
      line("法律顾问服务", {}, "", "年度指标值:1次。"),
      line(""),
      line(
        "广州市交通运",
        { T: "10.00", F: "10.00" },
        "目标乙。",
        "1、1-产出指标；11-数量指标；乙；",
      ),
      line("输局信息化运", {}, "", "实施周期指标值:1次；"),
      line("维项目", {}, "", "年度指标值:1次。"),
    ]);
    expect(
      rowsOf(r)
        .map((x) => x.name)
        .slice(3),
    ).toEqual(["广州市交通运输局执法支队法律顾问服务", "广州市交通运输局信息化运维项目"]);
  });

  it("keeps a line of ending words that opens a remark (…运营补贴 / 资金（2025 / 年度清算）)", () => {
    const r = parse([
      ...before("25.00"),
      line("广州市交通", {}, "", "1、1-产出指标；11-数量指标；甲；"),
      line("运输局执法", {}, "目标甲。", "实施周期指标值:1次；"),
      line("支队公交行", {}, "", "年度指标值:1次。"),
      line("", { T: "10.00", F: "10.00" }),
      line("业运营补贴"),
      line("资金（2025"),
      line("年度清算）"),
      line(""),
      line("交通运输行"),
      line("政执法装备", { T: "10.00", F: "10.00" }, "目标乙。", ind("乙")),
      line("购置经费"),
    ]);
    expect(rowsOf(r).map((x) => x.name)).toEqual([
      "合计",
      "某单位",
      "丙项目经费",
      "广州市交通运输局执法支队公交行业运营补贴资金（2025年度清算）",
      "交通运输行政执法装备购置经费",
    ]);
  });
});
