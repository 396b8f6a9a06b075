// The tables of the PDF corpus, in tab form (the ground truth the extracts are compared against).
// Deterministic: every random choice comes from a seeded PRNG, so rerunning gives the same bytes.
//
// Each generated table has the seed's shape: two blank lines, the title, 部门名称, 单位, the header
// row, then 合计, units (amounts only) and projects (amounts, 绩效目标, 绩效指标).

export const HEADER = [
  "项目名称（资金使用单位）",
  "总计",
  "财政拨款",
  "财政专户拨款",
  "其他资金",
  "绩效目标",
  "绩效指标",
];

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function helpers(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;
  const shuffle = (xs) => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  return { int, pick, chance, shuffle };
}

// ---------------------------------------------------------------------------------------------
// Indicator vocabulary. Each entry: [L1 code, L1 name, L2 code, L2 name, indicator name, value()].
// value(h, ctx) returns [实施周期指标值, 年度指标值]; most tables repeat the same value in both.

const same = (v) => [v, v];

const COMMON_INDICATORS = [
  ["1", "产出指标", "11", "数量指标", "开展培训次数", (h) => same(`大于等于${h.int(2, 12)}次`)],
  ["1", "产出指标", "11", "数量指标", "服务人数", (h) => same(`${h.int(3, 60)}人`)],
  ["1", "产出指标", "11", "数量指标", "服务年限", () => same("保障服务年限1年")],
  [
    "1",
    "产出指标",
    "11",
    "数量指标",
    "服务面积",
    (h) => same(`${h.int(200, 9000)}.${h.int(10, 99)}平方米`),
  ],
  ["1", "产出指标", "11", "数量指标", "举办专题活动", (h) => same(`大于等于${h.int(2, 30)}场次`)],
  ["1", "产出指标", "11", "数量指标", "印制宣传资料", (h) => same(`${h.int(1, 50) * 100}份`)],
  ["1", "产出指标", "12", "质量指标", "验收合格率", () => same("100%")],
  [
    "1",
    "产出指标",
    "12",
    "质量指标",
    "系统正常运行率",
    (h) => same(`≥${h.pick(["95", "98", "99", "99.5"])}%`),
  ],
  ["1", "产出指标", "12", "质量指标", "资料归档完整率", () => same("100%")],
  ["1", "产出指标", "13", "时效指标", "全年支出率", () => same("100%")],
  [
    "1",
    "产出指标",
    "13",
    "时效指标",
    "故障处理及时率",
    (h) => same(`大于${h.pick(["90", "95", "98"])}%`),
  ],
  ["1", "产出指标", "13", "时效指标", "完成时间", (h) => same(`${h.int(6, 12)}月底前`)],
  ["1", "产出指标", "13", "时效指标", "项目实施周期", () => ["2025.07-2027.06", "2026.01-2026.12"]],
  ["2", "效益指标", "21", "经济效益", "带动社会投资", (h) => same(`大于等于${h.int(1, 20)}亿元`)],
  ["2", "效益指标", "22", "社会效益", "保障工作正常运转", () => same("各方面按合同要求保障到位。")],
  [
    "2",
    "效益指标",
    "22",
    "社会效益",
    "公众知晓率",
    (h) => same(`大于等于${h.pick(["80", "85", "90"])}%`),
  ],
  ["2", "效益指标", "22", "社会效益", "合法合规性", () => same("年度法律纠纷为零")],
  ["2", "效益指标", "23", "生态效益", "节能降耗", () => same("有效")],
  ["2", "效益指标", "24", "可持续影响", "长效管理机制", () => same("建立健全并持续运行")],
  [
    "3",
    "满意度指标",
    "31",
    "服务对象满意度",
    "服务对象满意度",
    (h) => same(`大于等于${h.pick(["85", "90", "95"])}%`),
  ],
  [
    "3",
    "满意度指标",
    "31",
    "服务对象满意度",
    "服务质量考核情况",
    (h) => same(`大于${h.pick(["85", "90"])}分`),
  ],
];

// ---------------------------------------------------------------------------------------------
// Departments.

const DEPARTMENTS = {
  health: {
    department: "广州市卫生健康委员会",
    moneyUnit: "万元",
    title: "项目支出绩效目标表（含转移支付项目）",
    units: [
      "广州市卫生健康委员会",
      "广州市第一人民医院（广州市消化疾病中心）",
      "广州市疾病预防控制中心（广州市卫生检验中心、广州市食品安全风险监测与评估中心、广州医科大学公共卫生研究院）",
      "广州市妇女儿童医疗中心",
      "广州市卫生健康技术鉴定和人才评价中心",
    ],
    sourceMix: [0.4, 0.85, 0.3, 0.9, 0.1],
    names: [
      "公共卫生服务补助资金",
      "基本公共卫生服务项目（2025-2027年）",
      "医疗设备购置项目",
      "重点专科建设经费",
      "12345热线卫生健康专线运营经费",
      "2026-2027年信息化运维项目",
      "全民健康信息平台（二期）升级改造项目",
      "急救医疗指挥调度系统运维费",
      "艾滋病、结核病等重大传染病防控经费",
      "免疫规划疫苗采购及接种补助",
      "家庭医生签约服务补助",
      "卫生健康监督执法专项经费",
      "高层次卫生人才引进及培养项目（“登峰计划”）",
      "5G+智慧医疗示范应用项目",
      "医疗废物集中处置补助经费",
      "院前急救网络建设项目",
      "妇幼健康服务能力提升项目",
      "精神卫生综合管理经费",
      "职业病防治经费",
      "突发公共卫生事件应急物资储备",
      "医学重点实验室建设项目（2025-2026年）",
      "科研课题配套经费",
      "公立医院改革补助资金",
      "病媒生物防制专项经费",
      "爱国卫生运动专项经费",
    ],
    indicators: [
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "疫苗接种人次",
        (h) => same(`大于等于${h.int(5, 80)}万人次`),
      ],
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "购置医疗设备数量",
        (h) => same(`${h.int(3, 40)}台（套）`),
      ],
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "家庭医生签约人数",
        (h) => same(`大于等于${h.int(10, 300)}万人`),
      ],
      ["1", "产出指标", "12", "质量指标", "传染病报告及时率", () => same("≥95%")],
      ["1", "产出指标", "12", "质量指标", "设备验收合格率", () => same("100%")],
      ["1", "产出指标", "13", "时效指标", "急救反应时间", (h) => same(`≤${h.int(10, 15)}分钟`)],
      ["2", "效益指标", "22", "社会效益", "居民健康素养水平", (h) => same(`≥${h.int(30, 40)}%`)],
      [
        "2",
        "效益指标",
        "22",
        "社会效益",
        "甲乙类传染病发病率",
        () => same("控制在全省平均水平以下"),
      ],
      [
        "3",
        "满意度指标",
        "31",
        "服务对象满意度",
        "患者满意度",
        (h) => same(`≥${h.pick(["85", "90"])}%`),
      ],
    ],
    goals: [
      "贯彻落实国家、省、市关于深化医药卫生体制改革的部署，推进优质医疗资源扩容下沉和区域均衡布局，提高基层医疗卫生服务能力，",
      "做好重大传染病、慢性病和地方病的预防控制工作，完善疾病预防控制体系，健全监测预警和应急处置机制，",
      "加强公共卫生服务体系建设，为城乡居民免费提供基本公共卫生服务，逐步缩小城乡居民基本公共卫生服务差距，",
      "通过购置先进医疗设备，改善诊疗条件，满足临床诊疗、教学和科研需要，提升医院综合服务能力和危重症救治水平，",
      "保障信息系统7×24小时稳定运行，提供数据的收集、检索和分析等服务，以提高工作效率和决策能力，",
    ],
    size: 34,
    projectsPerUnit: [10, 8, 7, 6, 3],
  },

  education: {
    department: "广州市教育局",
    moneyUnit: "元",
    thousands: true,
    title: "项目支出绩效目标表",
    units: [
      "广州市教育局",
      "广州市第二中学",
      "广州市执信中学",
      "广州大学附属中学",
      "广州市教育研究院",
      "广州市电化教育馆（广州市教育信息中心）",
      "广州市幼儿师范学校",
    ],
    sourceMix: [0.2, 0.9, 0.9, 0.85, 0.3, 0.2, 0.95],
    names: [
      "学生资助资金",
      "义务教育阶段公用经费补助",
      "中等职业教育免学费补助",
      "教师培训专项经费（“百千万人才培养工程”）",
      "校舍维修改造工程",
      "2026-2027年信息化运维项目",
      "智慧校园建设项目（一期）",
      "实验室及功能室设备购置",
      "学生体质健康监测经费",
      "招生考试组织经费",
      "课后服务补助",
      "校园安全保卫服务经费",
      "学生食堂运营管理经费",
      "图书资料购置费",
      "国际交流与合作项目（2025-2026学年）",
      "教育科研课题研究经费",
      "校园文化建设经费",
      "高中阶段学位建设项目（2024-2026年）",
      "教育督导评估经费",
      "特殊教育补助经费",
      "“粤教翔云”数字教材应用推广项目",
      "STEM教育及人工智能课程建设项目",
      "学生心理健康教育服务经费",
      "物业管理服务费",
    ],
    indicators: [
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "受助学生人数",
        (h) => same(`大于等于${h.int(100, 9000)}人`),
      ],
      ["1", "产出指标", "11", "数量指标", "培训教师人次", (h) => same(`${h.int(2, 60) * 50}人次`)],
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "维修改造面积",
        (h) => same(`${h.int(800, 20000)}平方米`),
      ],
      ["1", "产出指标", "12", "质量指标", "资助对象认定准确率", () => same("100%")],
      ["1", "产出指标", "13", "时效指标", "资金发放及时率", () => same("100%")],
      ["2", "效益指标", "22", "社会效益", "家庭经济困难学生应助尽助", () => same("应助尽助")],
      ["2", "效益指标", "22", "社会效益", "教育教学质量", () => same("明显提高")],
      [
        "3",
        "满意度指标",
        "31",
        "服务对象满意度",
        "学生及家长满意度",
        (h) => same(`≥${h.pick(["85", "90", "92"])}%`),
      ],
    ],
    goals: [
      "落实国家学生资助政策，确保家庭经济困难学生不因经济原因失学，促进教育公平，",
      "保障学校正常运转和教育教学活动有序开展，改善办学条件，提升学校信息化、现代化水平，",
      "加强教师队伍建设，开展分层分类培训，提升教师专业素养和教育教学能力，打造高素质专业化创新型教师队伍，",
      "对校舍进行维修改造，消除安全隐患，为师生提供安全、舒适的学习和工作环境，",
      "组织完成年度招生考试工作，确保考试安全平稳有序，",
    ],
    size: 58,
    projectsPerUnit: [16, 8, 8, 8, 7, 6, 5],
  },

  transport: {
    department: "广州市交通运输局",
    moneyUnit: "万元",
    title: "项目支出绩效目标表",
    units: ["广州市交通运输局", "广州市交通运输局执法支队", "广州市公路事务中心"],
    sourceMix: [0.15, 0.2, 0.6],
    names: [
      "广州市交通运输局2026-2027年信息化运维项目",
      "广州市交通运输局2025-2026年信息化运维项目",
      "公交行业运营补贴资金（2025年度清算）",
      "城市轨道交通线网规划（2025-2035年）修编项目",
      "“羊城通”交通一卡通互联互通改造项目（二期）",
      "出租汽车行业综合监管平台升级改造",
      "交通运输行政执法装备购置经费",
      "道路运输安全生产专项整治经费",
      "国省道路面大中修工程（G105、G324线）",
      "桥梁隧道定期检测及养护经费",
      "公路养护应急物资储备",
      "交通运输综合指挥中心（TOCC）运维经费",
      "12328交通运输服务监督热线运营经费",
      "新能源公交车推广应用补贴",
      "交通拥堵治理专项研究经费",
      "法律顾问服务",
      "治超非现场执法系统建设项目（一期）",
      "交通运输行业统计调查经费",
      "港航船舶污染防治专项资金",
      "慢行交通系统品质提升项目",
      "工作经费",
      "购置经费",
    ],
    indicators: [
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "路面大中修里程",
        (h) => same(`${h.int(5, 80)}.${h.int(1, 9)}公里`),
      ],
      [
        "1",
        "产出指标",
        "11",
        "数量指标",
        "检测桥梁数量",
        (h) => same(`大于等于${h.int(20, 300)}座`),
      ],
      ["1", "产出指标", "11", "数量指标", "执法检查次数", (h) => same(`≥${h.int(100, 2000)}次`)],
      ["1", "产出指标", "12", "质量指标", "路况指数（PQI）", () => same("≥90")],
      ["1", "产出指标", "13", "时效指标", "热线接通率", () => same("≥95%")],
      ["2", "效益指标", "22", "社会效益", "公交出行分担率", (h) => same(`≥${h.int(50, 65)}%`)],
      ["2", "效益指标", "23", "生态效益", "新能源公交车占比", () => same("100%")],
      ["3", "满意度指标", "31", "服务对象满意度", "乘客满意度", () => same("大于等于90%")],
    ],
    goals: [
      "保障交通运输信息系统安全稳定运行，提升交通运输行业数字化治理水平，",
      "落实公共交通优先发展战略，保障公交企业正常运营，稳定公交票价，",
      "加强国省道养护管理，保持公路技术状况良好，保障公路安全畅通，",
      "强化交通运输行政执法，规范道路运输市场秩序，维护经营者和乘客合法权益，",
    ],
    size: 22,
    projectsPerUnit: [12, 5, 5],
    semicolonAscii: 0.3,
  },

  culture: {
    department: "广州市文化广电旅游局",
    moneyUnit: "元",
    thousands: false,
    title: "项目支出绩效目标表",
    units: [
      "广州市文化广电旅游局",
      "广州图书馆",
      "广州博物馆",
      "广州市文化馆",
      "广州艺术博物院（广州美术馆）",
    ],
    sourceMix: [0.2, 0.5, 0.6, 0.4, 0.5],
    names: [
      "公共文化服务体系建设专项资金",
      "非物质文化遗产保护经费",
      "文物保护单位修缮工程（2025-2027年）",
      "“广州文化周末”系列活动经费",
      "图书购置及数字资源采购",
      "24小时自助图书馆运维经费",
      "展览策划及布展经费",
      "藏品征集与保护修复经费",
      "广播电视公共服务覆盖工程",
      "旅游市场综合监管经费",
      "2026-2027年信息化运维项目",
      "群众文化活动经费",
      "文化志愿服务项目",
      "安全保卫及消防维保服务费",
      "国际旅游宣传推广经费（含中国（广州）国际纪录片节）",
      "美术作品收藏及研究经费",
    ],
    indicators: [
      ["1", "产出指标", "11", "数量指标", "举办展览数量", (h) => same(`${h.int(3, 30)}个`)],
      ["1", "产出指标", "11", "数量指标", "新增馆藏文献", (h) => same(`≥${h.int(2, 30)}万册`)],
      ["1", "产出指标", "11", "数量指标", "修复藏品数量", (h) => same(`${h.int(10, 200)}件（套）`)],
      ["1", "产出指标", "12", "质量指标", "文物安全事故发生率", () => same("0")],
      [
        "2",
        "效益指标",
        "22",
        "社会效益",
        "年接待观众人次",
        (h) => same(`大于等于${h.int(10, 600)}万人次`),
      ],
      ["2", "效益指标", "24", "可持续影响", "非遗项目传承", () => same("持续传承")],
      ["3", "满意度指标", "31", "服务对象满意度", "读者满意度", () => same("≥90%")],
    ],
    goals: [
      "完善公共文化服务体系，丰富人民群众精神文化生活，保障人民群众基本文化权益，",
      "加强文物和非物质文化遗产保护利用，传承弘扬岭南优秀传统文化，",
      "做好馆藏文物、图书文献的征集、保护和研究工作，提升公共文化设施服务效能，",
      "推进文化和旅游深度融合，提升广州城市文化品牌影响力，",
    ],
    size: 40,
    projectsPerUnit: [12, 9, 8, 6, 5],
    colonFullWidth: 0.25,
  },
};

// ---------------------------------------------------------------------------------------------
// Money.

/** Amount in cents → text: 万元 tables 2 decimals; 元 tables 2 decimals, optionally with thousands separators. */
function fmt(cents, dept) {
  if (cents === null || cents === 0) return "";
  const neg = cents < 0;
  const abs = Math.abs(cents);
  let whole = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, "0");
  if (dept.thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${neg ? "-" : ""}${whole}.${frac}`;
}

/** Amount in cents → the way an indicator value writes it (万元 or 元, no trailing zeros). */
function moneyWords(cents, dept) {
  const n = cents / 100;
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, "");
  return `${s}${dept.moneyUnit}`;
}

function projectAmount(h, dept) {
  if (dept.moneyUnit === "万元") {
    // 1.00 … 900.00 万元, skewed to small amounts
    const v = Math.round((1 + (899 * h.int(0, 1000) ** 3) / 1e9) * 100);
    return h.chance(0.3) ? Math.round(v / 100) * 100 : v;
  }
  // 元 tables: 8,000 … 6,000,000 元, mostly whole hundreds
  const v = Math.round(8000 + (5992000 * h.int(0, 1000) ** 3) / 1e9);
  return (h.chance(0.7) ? Math.round(v / 100) * 100 : v) * 100;
}

/** Split a total into [财政拨款, 财政专户拨款, 其他资金] (cents; 0 renders empty). */
function splitSources(h, total, mix, dept) {
  if (!h.chance(mix)) return [total, 0, 0];
  const kind = h.int(0, 5);
  // 元 tables split at whole 元, 万元 tables at the cent
  const step = dept.moneyUnit === "元" ? 100 : 1;
  const part = (f) => Math.round((total * f) / step) * step;
  switch (kind) {
    case 0: {
      // all three sources filled
      const a = part(h.int(30, 60) / 100);
      const b = part(h.int(10, 30) / 100);
      return [a, b, total - a - b];
    }
    case 1: {
      const a = part(h.int(40, 80) / 100);
      return [a, 0, total - a];
    }
    case 2: {
      const a = part(h.int(40, 80) / 100);
      return [a, total - a, 0];
    }
    case 3:
      // only 其他资金: 财政拨款 and 财政专户拨款 empty
      return [0, 0, total];
    case 4:
      // only 财政专户拨款
      return [0, total, 0];
    default: {
      // 财政专户拨款 + 其他资金, 财政拨款 empty
      const b = part(h.int(20, 70) / 100);
      return [0, b, total - b];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Indicators and goals.

function indicatorText(list, style) {
  const semi = style.ascii ? ";" : "；";
  const colon = style.fullColon ? "：" : ":";
  return list
    .map(([l1, l1n, l2, l2n, name, [v1, v2]], i) => {
      const parts = [`${l1}-${l1n}`, `${l2}-${l2n}`];
      if (name !== null) parts.push(name);
      parts.push(`实施周期指标值${colon}${v1}`, `年度指标值${colon}${v2}`);
      const body = parts.join(semi);
      return `${i + 1}、${body}${body.endsWith("。") ? "" : "。"}`;
    })
    .join("");
}

function costIndicator(h, dept, cents) {
  const words = moneyWords(cents, dept);
  const variants = [
    () => same(`不超过${words}`),
    () => same(`≤${words}`),
    () => same(words),
    () => same(`该项目整体支出金额不超过${words}`),
    () => same("按标准列支"),
    () => same("成本控制率100%"),
    () => same(`小于等于${words}`),
  ];
  return ["4", "成本指标", "41", "经济成本指标", "年度投入", h.pick(variants)()];
}

function goalText(h, dept, name, long) {
  const n = long ? h.int(3, 5) : h.int(1, 2);
  const parts = h.shuffle(dept.goals).slice(0, n);
  let s = parts.join("").replace(/，$/, "");
  if (long)
    s += `。通过实施“${name.replace(/（.*?）/g, "")}”，进一步完善工作机制，强化过程管理和绩效监控，确保资金使用安全、规范、高效，按期完成年度各项工作任务`;
  return `${s}。`;
}

// ---------------------------------------------------------------------------------------------
// Table generation.

function generate(key, seed) {
  const dept = DEPARTMENTS[key];
  const rand = prng(seed);
  const h = helpers(rand);
  const pool = [...COMMON_INDICATORS, ...dept.indicators, ...dept.indicators];
  const units = [];
  dept.units.forEach((unitName, u) => {
    const projects = [];
    const names = h.shuffle(dept.names).slice(0, dept.projectsPerUnit[u]);
    for (const base of names) {
      const name =
        h.chance(0.25) && !base.startsWith(unitName)
          ? `${unitName.replace(/（.*）$/, "")}${base}`
          : base;
      const total = projectAmount(h, dept);
      const sources = splitSources(h, total, dept.sourceMix[u], dept);
      const big = h.chance(0.18);
      const nInd = big ? h.int(7, 11) : h.int(2, 5);
      const seen = new Set();
      const inds = h
        .shuffle(pool)
        .filter((i) => !seen.has(i[4]) && seen.add(i[4]))
        .slice(0, nInd)
        .map(([a, b, c, d, e, v]) => [a, b, c, d, e, v(h)]);
      if (h.chance(0.65)) inds.push(costIndicator(h, dept, total));
      // keep the framework order (产出, 效益, 满意度, 成本) the way published tables list them
      inds.sort((x, y) => Number(x[0]) - Number(y[0]) || Number(x[2]) - Number(y[2]));
      const style = {
        ascii: h.chance(dept.semicolonAscii ?? 0.05),
        fullColon: h.chance(dept.colonFullWidth ?? 0),
      };
      projects.push({
        name,
        total,
        sources,
        goal: goalText(h, dept, name, big || h.chance(0.2)),
        inds,
        style,
      });
    }
    units.push({ name: unitName, projects });
  });
  return { dept, h, units };
}

function sum(xs) {
  return xs.reduce((a, b) => a + b, 0);
}

function render(dept, units, rowsOverride = {}) {
  const lines = [
    "",
    "",
    dept.title,
    "",
    `部门名称：${dept.department}`,
    "",
    `单位：${dept.moneyUnit}`,
    "",
    HEADER.join("\t"),
  ];
  const unitRows = units.map((u) => {
    const cols = [0, 1, 2].map((k) => sum(u.projects.map((p) => p.sources[k])));
    const total = sum(u.projects.map((p) => p.total));
    return { name: u.name, total, cols };
  });
  // planted: adjust a unit subtotal / 合计 after the sums are taken
  for (const [i, delta] of Object.entries(rowsOverride.unitDelta ?? {})) {
    unitRows[i].total += delta;
    unitRows[i].cols[0] += delta;
  }
  const grand = {
    total: sum(unitRows.map((u) => u.total)) + (rowsOverride.grandDelta ?? 0),
    cols: [0, 1, 2].map((k) => sum(unitRows.map((u) => u.cols[k]))),
  };
  grand.cols[0] += rowsOverride.grandDelta ?? 0;
  const amounts = (t, cols) => [fmt(t, dept), ...cols.map((c) => fmt(c, dept))];
  lines.push(["合计", ...amounts(grand.total, grand.cols), "", ""].join("\t"));
  units.forEach((u, i) => {
    lines.push([u.name, ...amounts(unitRows[i].total, unitRows[i].cols), "", ""].join("\t"));
    for (const p of u.projects) {
      lines.push(
        [p.name, ...amounts(p.total, p.sources), p.goal, indicatorText(p.inds, p.style)].join("\t"),
      );
    }
  });
  return lines.join("\n") + "\n";
}

/**
 * The generated tables. Each has planted problems (listed in `planted`, for the report; the tab form
 * is the ground truth).
 */
export function generatedTables() {
  const out = [];

  // 1. health (万元): four money columns, a unit subtotal off by 0.01, a 总计 ≠ sources.
  {
    const { dept, units } = generate("health", 20250101);
    const p = units[1].projects[2];
    p.total += 100; // 总计 one 万元 more than its sources (the unit row is summed from 总计 → consistent with it)
    const planted = [
      `总计 of "${p.name}" exceeds 财政拨款+财政专户拨款+其他资金 by 1.00`,
      `unit "${units[2].name}" subtotal (总计 and 财政拨款) off by +0.01`,
    ];
    out.push({ name: "health", text: render(dept, units, { unitDelta: { 2: 1 } }), planted });
  }

  // 2. education (元, thousands separators): many projects, a cost cap below the budget, 合计 off.
  {
    const { dept, units } = generate("education", 20250202);
    const p = units[0].projects[3];
    p.total = 12000000; // 120,000.00 元
    p.sources = [12000000, 0, 0];
    p.inds = p.inds.filter((i) => i[0] !== "4");
    p.inds.push(["4", "成本指标", "41", "经济成本指标", "年度投入", same("不超过100000元")]);
    const planted = [
      `cost indicator 不超过100000元 on "${p.name}" (120,000.00)`,
      "合计 (总计 and 财政拨款) off by -100.00 元",
    ];
    out.push({ name: "education", text: render(dept, units, { grandDelta: -10000 }), planted });
  }

  // 3. transport (万元): the 不超过10万元 on 12.00, empty middle cells, ASCII semicolons in places.
  {
    const { dept, units } = generate("transport", 20250303);
    const p = units[0].projects[1];
    p.total = 1200;
    p.sources = [1200, 0, 0];
    p.inds = p.inds.filter((i) => i[0] !== "4");
    p.inds.push(["4", "成本指标", "41", "经济成本指标", "年度投入", same("不超过10万元")]);
    const q = units[2].projects[0];
    q.sources = [0, 0, q.total]; // only 其他资金
    const r = units[1].projects[1];
    r.sources = [0, r.total, 0]; // only 财政专户拨款
    const s = units[2].projects[1];
    s.sources = [s.total - 1, 0, 0]; // 总计 0.01 more than its sources
    const planted = [
      `cost indicator 不超过10万元 on "${p.name}" (12.00)`,
      `"${q.name}" has only 其他资金; "${r.name}" has only 财政专户拨款`,
      `总计 of "${s.name}" exceeds its sources by 0.01`,
      `unit "${units[1].name}" subtotal off by -0.05`,
    ];
    out.push({ name: "transport", text: render(dept, units, { unitDelta: { 1: -5 } }), planted });
  }

  // 4. culture (元, no separators): a confidential project, a unit subtotal off by 1.00 元.
  {
    const { dept, units } = generate("culture", 20250404);
    units[0].projects.splice(2, 0, {
      name: "WHZXZJ",
      total: 5000000,
      sources: [5000000, 0, 0],
      goal: "项目信息不宜公开。",
      inds: [["2", "效益指标", "22", "社会效益", null, same("项目信息不宜公开")]],
      style: {},
    });
    const p = units[3].projects[0];
    p.sources = [p.sources[0] + 5000, p.sources[1], p.sources[2]]; // sources 50.00 元 more than 总计
    const planted = [
      `confidential project WHZXZJ (项目信息不宜公开)`,
      `sources of "${p.name}" exceed its 总计 by 50.00 元`,
      `unit "${units[1].name}" subtotal off by +1.00 元`,
    ];
    out.push({ name: "culture", text: render(dept, units, { unitDelta: { 1: 100 } }), planted });
  }

  // 5–22. More tables as they come, nothing planted: other names, wrapped lengths, page breaks and
  // empty money cells, to show that the copy paths are rebuilt beyond the tables above; some drawn
  // in the "top", "dense" and "portrait" styles (see STYLES in render.mjs).
  for (const [name, key, seed, style] of [
    ["health-b", "health", 881001],
    ["education-b", "education", 881006],
    ["education-c", "education", 777002],
    ["transport-b", "transport", 777003],
    ["culture-b", "culture", 777004],
    ["education-top", "education", 991002, "top"],
    ["culture-top", "culture", 991004, "top"],
    ["health-dense", "health", 666001, "dense"],
    ["education-dense", "education", 666002, "dense"],
    // Rows cut by page breaks inside a bracketed name and after a short goal, long names that
    // begin with their unit's, a value's number wrapped onto a line of its own.
    ["health-top", "health", 31005, "top"],
    ["culture-c", "culture", 31008, "top"],
    ["transport-top", "transport", 31007, "top"],
    ["culture-d", "culture", 41004],
    // A4 upright with narrow columns: headers wrapped over three lines, amounts too wide for
    // their cells drawn as a staircase, units' names cut short.
    ["education-portrait", "education", 51002, "portrait"],
    ["health-portrait", "health", 51005, "portrait"],
    // A name's end after a page break beside the indicators' rest, a staircase from a total set
    // against its name, a short last name line nearer the next row.
    ["transport-top-b", "transport", 71003, "top"],
    ["education-portrait-b", "education", 81002, "portrait"],
    ["health-c", "health", 81001],
  ]) {
    const { dept, units } = generate(key, seed);
    out.push({ name, text: render(dept, units), planted: ["none"], ...(style ? { style } : {}) });
  }

  return out;
}

/**
 * One more table of a department (`health`, `education`, `transport`, `culture`) from a seed,
 * nothing planted: what holdout.mjs renders to check the parser on tables it was not built on.
 */
export function tableFor(key, seed) {
  if (!DEPARTMENTS[key]) throw new Error(`no department ${key}`);
  const { dept, units } = generate(key, seed);
  return render(dept, units);
}

/** Parse a tab-form table back into its preamble (title, 部门名称, 单位) and rows of 7 cells. */
export function parseTabForm(text) {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.startsWith("项目名称"));
  const pre = lines.slice(0, headerAt).filter((l) => l.trim() !== "");
  const title = pre.find((l) => l.includes("绩效目标表")) ?? "项目支出绩效目标表";
  const department = (pre.find((l) => l.startsWith("部门名称")) ?? "").replace(
    /^部门名称[:：]/,
    "",
  );
  const moneyUnit = (pre.find((l) => l.startsWith("单位")) ?? "").replace(/^单位[:：]/, "");
  const header = lines[headerAt].split("\t");
  const rows = lines
    .slice(headerAt + 1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const cells = l.split("\t");
      while (cells.length < 7) cells.push("");
      return cells;
    });
  return { title, department, moneyUnit, header, rows };
}

/**
 * The rows of a table that a PDF's text lacks: LibreOffice, fitting a sheet to one page wide, may
 * leave a sheet's last rows out. A row is missing when its total and the total's whole part (a cut
 * amount keeps it on one line) both occur fewer times in the extracted text than in the table's
 * cells; counting, not finding, catches a lost row whose total another row shares.
 */
export function lostRows(tabText, extracted) {
  const t = parseTabForm(tabText);
  // Cells kept apart: `1048.61` before `2026-2027…` holds no `612`.
  const cells = t.rows
    .map((row) => row.join("|"))
    .join("|")
    .replace(/\s/g, "");
  const flat = extracted.replace(/\s/g, "");
  const count = (hay, needle) => hay.split(needle).length - 1;
  // Lost only when both the total and its whole part occur fewer times: a wrapped amount may
  // lose its decimals' place (`60251604.0` / page / `0`), and a short whole part (`24`) may be
  // cut apart where it stands in other text (`G3` / `24线`).
  const short = (needle) => needle !== "" && count(flat, needle) < count(cells, needle);
  return t.rows.filter((row) => short(row[1].split(".")[0]) && short(row[1]));
}
