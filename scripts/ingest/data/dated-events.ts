/**
 * Events with known dates that government reports mention, used to estimate
 * the year of a report whose own year is hidden (xx年, 20xx年). One entry per
 * event; each names its source so a reader can check the date. Add an event
 * by adding an entry: the estimator (`scripts/ingest/infer/year-estimate.ts`)
 * needs no change. Only facts whose date is documented belong here; a phrase
 * that might mean something else too (海鸥, 双创) is left out or given context.
 *
 * Patterns are regular expression sources (flag `u`). The helpers below
 * write the repetitive ones (plans, congresses, plenary sessions, leaders).
 */
import type { DatedEvent } from './dated-event.ts';

/** Not right after a Chinese numeral or 委: keeps 十八大 out of 二十八大, and 省委十一届三中全会 out of the national one. */
const P = '(?<![一二三四五六七八九十委])';
/** A counted number as printed in ordinals: 十二, 二十, 133. */
const N = '(?:[一二三四五六七八九十百]{1,4}|[0-9]{1,3})';
/** Optional quotation marks around a name. */
const Q = '[“"「]?';
const QE = '[”"」]?';

/** `2013-11` → 2013年11月. */
function month(date: string): string {
  const [y, m] = date.split('-');
  return `${y}年${Number(m)}月`;
}

/** A five-year plan: 十二五, “十五”, 第十二个五年规划. Two-character names (一五 … 十五) need quotes or 计划 after them. */
function fivePlan(id: string, ord: string, start: number, source: string): DatedEvent {
  const short = ord.length > 1
    ? [`${P}${ord}五(?![一二三四五六七八九十]|普法)`]
    : [`[“"]${ord}五[”"](?!普法)`, `${P}${ord}五(?:计划|时期|期间)`];
  return {
    id, name: `“${ord}五”时期`, kind: 'plan', date: String(start), until: String(start + 4),
    patterns: [...short, `第${ord}个五年(?:规划|计划)`],
    source,
  };
}

/** A five-year plan of legal education (普法): 六五普法 is 2011–2015. */
function pufa(id: string, ord: string, start: number, source: string): DatedEvent {
  return {
    id, name: `“${ord}五”普法`, kind: 'plan', date: String(start), until: String(start + 4),
    patterns: [`${P}${Q}${ord}五${QE}普法`, `第${ord}个五年法制宣传教育`],
    source,
  };
}

/** A national congress of the Communist Party: 党的十八大, 十八大精神, 十八届中央…. */
function congress(id: string, ord: string, date: string): DatedEvent {
  return {
    id, name: `党的${ord}大`, kind: 'happening', date, series: 'congress',
    patterns: [
      `党的${ord}大`,
      `${P}${ord}大(?=精神|以来|报告|召开|胜利|提出|强调|作出|部署|确立|明确|代表|以后|之后|和|、|及|的|，|。|”)`,
      `(?:中国共产党|党的)第${ord}次全国代表大会`,
      `${P}${ord}届(?=中央|历次)`,
    ],
    source: `中国共产党第${ord}次全国代表大会（${month(date)}）`,
  };
}

/** A plenary session of a central committee: 十八届三中全会, also in lists such as 十八届三中、四中全会. */
function plenary(id: string, term: string, n: string, date: string): DatedEvent {
  const item = '[一二三四五六七]中';
  return {
    id, name: `${term}届${n}中全会`, kind: 'happening', date, series: 'plenary',
    patterns: [
      `${P}${term}届(?:${item}(?:全会)?[、，和及与]){0,6}${n}中(?:全会|(?:[、，和及与]${item}(?:全会)?)+全会)`,
      `${term}届中央委员会第${n}次全体会议`,
    ],
    source: `中国共产党第${term}届中央委员会第${n}次全体会议公报（${month(date)}）`,
  };
}

/** A title held for a term: 温家宝总理, 国务院总理 温家宝. */
function premier(id: string, person: string, date: string, until: string | undefined): DatedEvent {
  return {
    id, name: `${person}任国务院总理`, kind: 'tenure', date, ...(until ? { until } : {}),
    patterns: [`${person}总理`, `(?<!副)总理[\\s\\u3000\\u00a0]*${person}`],
    source: 'Wikipedia: Premier of China（历任总理及任期）',
  };
}

/** The Nth anniversary of a founding (建国70周年): the year `founded + N`. */
function anniversary(id: string, name: string, founded: number, before: string[], source: string): DatedEvent {
  return {
    id, name, kind: 'annual', date: String(founded + 1), editions: { first: founded + 1 },
    patterns: before.map((b) => `${b}(?<n>${N})周年`),
    source,
  };
}

/** A named typhoon. Names that are also ordinary words (山竹, 烟花) are matched only next to 台风. */
function typhoon(id: string, name: string, date: string, source: string, bare = false): DatedEvent {
  const near = [`(?:超强|强)?台风${Q}${name}${QE}`, `${Q}${name}${QE}号?(?:超强|强)?台风`];
  return {
    id, name: `台风“${name}”`, kind: 'happening', date, disaster: true,
    patterns: bare ? [...near, name] : near,
    source,
  };
}

/** Editions of the NPC: terms 1–4 met irregularly; from the fifth (1978) a term is five yearly sessions. */
const NPC_TERMS: number[][] = [
  [1954, 1955, 1956, 1957, 1958],
  [1959, 1960, 1962, 1963],
  [1964],
  [1975],
  ...Array.from({ length: 10 }, (_, t) => Array.from({ length: 5 }, (_, s) => 1978 + 5 * t + s)),
];

export const DATED_EVENTS: DatedEvent[] = [
  // Five-year plans and plans of legal education.
  fivePlan('plan-1', '一', 1953, 'Wikipedia: Five-year plans of China（第一个五年计划 1953—1957）'),
  fivePlan('plan-2', '二', 1958, 'Wikipedia: Five-year plans of China（第二个五年计划 1958—1962）'),
  fivePlan('plan-3', '三', 1966, 'Wikipedia: Five-year plans of China（第三个五年计划 1966—1970）'),
  fivePlan('plan-4', '四', 1971, 'Wikipedia: Five-year plans of China（第四个五年计划 1971—1975）'),
  fivePlan('plan-5', '五', 1976, 'Wikipedia: Five-year plans of China（第五个五年计划 1976—1980）'),
  fivePlan('plan-6', '六', 1981, 'Wikipedia: Five-year plans of China（第六个五年计划 1981—1985）'),
  fivePlan('plan-7', '七', 1986, 'Wikipedia: Five-year plans of China（第七个五年计划 1986—1990）'),
  fivePlan('plan-8', '八', 1991, 'Wikipedia: Five-year plans of China（第八个五年计划 1991—1995）'),
  fivePlan('plan-9', '九', 1996, '国民经济和社会发展“九五”计划和2010年远景目标纲要（1996年3月第八届全国人大第四次会议批准）'),
  fivePlan('plan-10', '十', 2001, '国民经济和社会发展第十个五年计划纲要（2001年3月第九届全国人大第四次会议批准）'),
  fivePlan('plan-11', '十一', 2006, '国民经济和社会发展第十一个五年规划纲要（2006年3月第十届全国人大第四次会议批准）'),
  fivePlan('plan-12', '十二', 2011, '国民经济和社会发展第十二个五年规划纲要（2011年3月第十一届全国人大第四次会议批准）'),
  fivePlan('plan-13', '十三', 2016, '国民经济和社会发展第十三个五年规划纲要（2016年3月第十二届全国人大第四次会议批准）'),
  fivePlan('plan-14', '十四', 2021, '国民经济和社会发展第十四个五年规划和2035年远景目标纲要（2021年3月第十三届全国人大第四次会议批准）'),
  fivePlan('plan-15', '十五', 2026, '中共中央关于制定国民经济和社会发展第十五个五年规划的建议（二十届四中全会，2025年10月）'),
  pufa('pufa-4', '四', 2001, '中央宣传部、司法部关于在公民中开展法制宣传教育的第四个五年规划（2001—2005年）'),
  pufa('pufa-5', '五', 2006, '中央宣传部、司法部关于在公民中开展法制宣传教育的第五个五年规划（2006—2010年）'),
  pufa('pufa-6', '六', 2011, '中央宣传部、司法部关于在公民中开展法制宣传教育的第六个五年规划（2011—2015年）'),
  pufa('pufa-7', '七', 2016, '中央宣传部、司法部关于在公民中开展法制宣传教育的第七个五年规划（2016—2020年）'),
  pufa('pufa-8', '八', 2021, '中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021—2025年）'),

  // Party congresses and plenary sessions.
  congress('congress-12', '十二', '1982-09'),
  congress('congress-13', '十三', '1987-10'),
  congress('congress-14', '十四', '1992-10'),
  congress('congress-15', '十五', '1997-09'),
  congress('congress-16', '十六', '2002-11'),
  congress('congress-17', '十七', '2007-10'),
  congress('congress-18', '十八', '2012-11'),
  congress('congress-19', '十九', '2017-10'),
  congress('congress-20', '二十', '2022-10'),
  plenary('plenum-11-3', '十一', '三', '1978-12'),
  plenary('plenum-14-3', '十四', '三', '1993-11'),
  plenary('plenum-15-3', '十五', '三', '1998-10'),
  plenary('plenum-15-4', '十五', '四', '1999-09'),
  plenary('plenum-15-5', '十五', '五', '2000-10'),
  plenary('plenum-15-6', '十五', '六', '2001-09'),
  plenary('plenum-16-3', '十六', '三', '2003-10'),
  plenary('plenum-16-4', '十六', '四', '2004-09'),
  plenary('plenum-16-5', '十六', '五', '2005-10'),
  plenary('plenum-16-6', '十六', '六', '2006-10'),
  plenary('plenum-17-3', '十七', '三', '2008-10'),
  plenary('plenum-17-4', '十七', '四', '2009-09'),
  plenary('plenum-17-5', '十七', '五', '2010-10'),
  plenary('plenum-17-6', '十七', '六', '2011-10'),
  plenary('plenum-18-3', '十八', '三', '2013-11'),
  plenary('plenum-18-4', '十八', '四', '2014-10'),
  plenary('plenum-18-5', '十八', '五', '2015-10'),
  plenary('plenum-18-6', '十八', '六', '2016-10'),
  plenary('plenum-19-3', '十九', '三', '2018-02'),
  plenary('plenum-19-4', '十九', '四', '2019-10'),
  plenary('plenum-19-5', '十九', '五', '2020-10'),
  plenary('plenum-19-6', '十九', '六', '2021-11'),
  plenary('plenum-20-2', '二十', '二', '2023-02'),
  plenary('plenum-20-3', '二十', '三', '2024-07'),
  plenary('plenum-20-4', '二十', '四', '2025-10'),

  // Sessions of the National People's Congress and other numbered national events.
  {
    id: 'npc-session', name: '全国人民代表大会会议', kind: 'happening', date: '1954-09',
    editions: { terms: NPC_TERMS },
    patterns: [
      `第(?<n>${N})届全国人民代表大会第(?<m>${N})次会议`,
      `${P}(?<n>${N})届全国人大(?<m>${N})次会议`,
      `全国人大(?<n>${N})届(?<m>${N})次会议`,
      `第(?<n>${N})届全国人民代表大会(?!第)`,
    ],
    source: 'Wikipedia: 1st National People\'s Congress … 14th National People\'s Congress（各届会议日期）',
  },
  {
    id: 'census-population', name: '全国人口普查', kind: 'happening', date: '1953', lead: 1,
    editions: { years: [1953, 1964, 1982, 1990, 2000, 2010, 2020] },
    patterns: [`第(?<n>${N})次(?:全国)?人口普查`],
    source: '国家统计局：历次全国人口普查公报（1953、1964、1982、1990、2000、2010、2020年）',
  },
  {
    id: 'census-economic', name: '全国经济普查', kind: 'happening', date: '2004', lead: 1,
    editions: { years: [2004, 2008, 2013, 2018, 2023] },
    patterns: [`第(?<n>${N})次(?:全国)?经济普查`],
    source: '国家统计局：历次全国经济普查公报（2004、2008、2013、2018、2023年）',
  },
  {
    id: 'census-agricultural', name: '全国农业普查', kind: 'happening', date: '1996', lead: 1,
    editions: { years: [1996, 2006, 2016] },
    patterns: [`第(?<n>${N})次(?:全国)?农业普查`],
    source: '国家统计局：历次全国农业普查公报（1996、2006、2016年）',
  },
  {
    id: 'national-games', name: '全国运动会', kind: 'happening', date: '1959', lead: 4,
    editions: { years: [1959, 1965, 1975, 1979, 1983, 1987, 1993, 1997, 2001, 2005, 2009, 2013, 2017, 2021, 2025] },
    patterns: [`第(?<n>${N})届全国运动会`, `第(?<n>${N})届全运会`, `${P}(?<n>[一二三四五六七八九十]{1,3})运会`],
    source: 'Wikipedia: National Games of China（历届举办年份）',
  },

  // Annual observances and fairs: the Nth edition is that year's.
  {
    id: 'science-week', name: '全国科技活动周', kind: 'annual', date: '2001-05', editions: { first: 2001 },
    patterns: [`第(?<n>${N})届(?:全国)?科技活动周`, '(?<!北京)科技活动周'],
    source: '国务院批准自2001年起每年5月第三周为科技活动周；2010年5月15日开幕的为第十届（中国青年报2010年5月16日）',
  },
  {
    id: 'disaster-day', name: '全国防灾减灾日', kind: 'annual', date: '2009-05-12', editions: { first: 2009 },
    patterns: [`第(?<n>${N})个(?:全国)?${Q}防灾减灾日`, '防灾减灾日', `${Q}5[.·．]12${QE}(?:防震减灾|防灾减灾|应急宣传)`],
    source: '国务院批准自2009年起每年5月12日为全国防灾减灾日；2023年为第15个',
  },
  {
    id: 'ip-day', name: '世界知识产权日', kind: 'annual', date: '2001-04-26', editions: { first: 2001 },
    patterns: [`第(?<n>${N})个${Q}世界知识产权日`, '知识产权日'],
    source: '世界知识产权组织决定自2001年起每年4月26日为世界知识产权日；2023年为第23个',
  },
  {
    id: 'energy-week', name: '全国节能宣传周', kind: 'annual', date: '1991', editions: { first: 1991 },
    patterns: [`第(?<n>${N})个(?:全国)?${Q}节能宣传周`, '节能宣传周'],
    source: '国务院第六次节能办公会议（1990年）确定，自1991年起每年举办；2023年为第33个',
  },
  {
    id: 'low-carbon-day', name: '全国低碳日', kind: 'annual', date: '2013-06', editions: { first: 2013 },
    patterns: [`第(?<n>${N})个(?:全国)?${Q}低碳日`, '全国低碳日'],
    source: '国务院决定自2013年起在全国节能宣传周的第三天设立全国低碳日',
  },
  {
    id: 'safety-month', name: '全国安全生产月', kind: 'annual', date: '2002-06', editions: { first: 2002 },
    patterns: [`第(?<n>${N})个(?:全国)?${Q}安全生产月`, '安全生产月'],
    source: '自2002年起每年6月为全国“安全生产月”；2023年为第22个（中国政府网：2023年全国“安全生产月”活动启动）',
  },
  {
    id: 'constitution-day', name: '国家宪法日', kind: 'annual', date: '2014-12-04', editions: { first: 2014 },
    patterns: [`第(?<n>${N})个${Q}国家宪法日`, '国家宪法日|宪法宣传周'],
    source: '第十二届全国人大常委会第十一次会议（2014年11月1日）决定设立国家宪法日；2023年为第十个',
  },
  {
    id: 'security-day', name: '全民国家安全教育日', kind: 'annual', date: '2016-04-15', editions: { first: 2016 },
    patterns: [`第(?<n>${N})个${Q}全民国家安全教育日`, '全民国家安全教育日'],
    source: '中华人民共和国国家安全法（2015年7月1日）第十四条：每年4月15日为全民国家安全教育日',
  },
  {
    id: 'harvest-festival', name: '中国农民丰收节', kind: 'annual', date: '2018-09', editions: { first: 2018 },
    patterns: [`第(?<n>${N})个${Q}中国农民丰收节`, '中国农民丰收节|农民丰收节'],
    source: '国务院2018年6月批复设立“中国农民丰收节”，每年秋分日',
  },
  {
    id: 'poverty-day', name: '国家扶贫日', kind: 'annual', date: '2014-10-17', editions: { first: 2014 },
    patterns: [`第(?<n>${N})个${Q}(?:国家)?扶贫日`, '国家扶贫日'],
    source: '国务院2014年8月决定自2014年起每年10月17日为国家扶贫日',
  },
  {
    id: 'reading-day', name: '世界读书日', kind: 'annual', date: '1996-04-23', editions: { first: 1996 },
    patterns: [`第(?<n>${N})个${Q}世界读书日`],
    source: '联合国教科文组织1995年宣布每年4月23日为世界读书日，1996年起纪念',
  },
  {
    id: 'anti-drug-day', name: '国际禁毒日', kind: 'annual', date: '1988-06-26', editions: { first: 1988 },
    patterns: [`第(?<n>${N})个${Q}国际禁毒日`],
    source: '联合国大会1987年12月决定每年6月26日为国际禁毒日；2023年为第36个',
  },
  {
    id: 'canton-fair', name: '中国进出口商品交易会（广交会）', kind: 'annual', date: '1957-04',
    editions: { first: 1957, perYear: 2 },
    patterns: [`第(?<n>${N})届(?:中国进出口商品交易会|广交会)`],
    source: 'Wikipedia: Canton Fair（1957年春季首届，每年春秋两届）',
  },
  {
    id: 'hi-tech-fair', name: '中国国际高新技术成果交易会', kind: 'annual', date: '1999-10', editions: { first: 1999 },
    patterns: [`第(?<n>${N})届(?:中国国际高新技术成果交易会|高交会)`],
    source: 'Wikipedia: China Hi-Tech Fair（1999年10月深圳首届）',
  },
  {
    id: 'asean-expo', name: '中国—东盟博览会', kind: 'annual', date: '2004-11', editions: { first: 2004 },
    patterns: [`第(?<n>${N})届中国[—\\-－]?东盟博览会`, `第(?<n>${N})届东博会`],
    source: 'Wikipedia: China-ASEAN Expo（2004年11月南宁首届）',
  },
  {
    id: 'import-expo', name: '中国国际进口博览会', kind: 'annual', date: '2018-11', editions: { first: 2018 },
    patterns: [`第(?<n>${N})届(?:中国国际进口博览会|进博会)`, '中国国际进口博览会|进博会'],
    lead: 1,
    source: 'Wikipedia: China International Import Expo（2017年5月宣布，2018年11月上海首届）',
  },

  // Anniversaries: the Nth is in the founding year plus N, and a report names it in that year.
  anniversary('anniversary-prc', '中华人民共和国成立周年', 1949, ['(?:新中国|中华人民共和国)成立', '建国'], '中华人民共和国1949年10月1日成立'),
  anniversary('anniversary-cpc', '中国共产党成立周年', 1921, ['(?:中国共产党|党)成立', '建党'], '中国共产党1921年7月成立'),
  anniversary('anniversary-reform', '改革开放周年', 1978, ['改革开放'], '十一届三中全会（1978年12月）开启改革开放'),
  anniversary('anniversary-war-victory', '抗日战争胜利周年', 1945, ['(?:中国人民)?抗日战争(?:暨世界反法西斯战争)?胜利', '抗战胜利'], '日本1945年9月2日签署投降书；9月3日为中国人民抗日战争胜利纪念日'),
  anniversary('anniversary-long-march', '红军长征胜利周年', 1936, ['(?:红军)?长征胜利'], '红军三大主力1936年10月会宁会师，长征胜利结束'),
  anniversary('anniversary-hong-kong', '香港回归祖国周年', 1997, ['香港回归(?:祖国)?'], 'Wikipedia: Handover of Hong Kong（1997年7月1日）'),
  anniversary('anniversary-macau', '澳门回归祖国周年', 1999, ['澳门回归(?:祖国)?'], 'Wikipedia: Handover of Macau（1999年12月20日）'),

  // Disasters and accidents.
  {
    id: 'wenchuan-earthquake', name: '汶川地震', kind: 'happening', date: '2008-05-12', disaster: true, rebuild: 3,
    patterns: ['汶川(?:特大|大|8\\.0级)?地震', '汶川抗震救灾', `${Q}5[.·．]12${QE}(?:汶川|特大地震|大地震|地震|抗震救灾)`],
    source: 'Wikipedia: 2008 Sichuan earthquake（2008年5月12日）',
  },
  {
    id: 'yushu-earthquake', name: '玉树地震', kind: 'happening', date: '2010-04-14', disaster: true, rebuild: 2,
    patterns: ['玉树(?:强烈|特大|大|7\\.1级)?地震', '玉树(?:抗震救灾|灾区)', `${Q}4[.·．]14${QE}(?:玉树)?(?:强烈)?地震`],
    source: 'Wikipedia: 2010 Yushu earthquake（2010年4月14日）',
  },
  {
    id: 'zhouqu-mudslide', name: '舟曲特大山洪泥石流', kind: 'happening', date: '2010-08-08', disaster: true, rebuild: 2,
    patterns: ['舟曲(?:特大)?(?:山洪)?泥石流', '舟曲(?:抢险|救灾|灾区)', `${Q}8[.·．]8${QE}(?:舟曲|特大山洪泥石流)`],
    source: 'Wikipedia: 2010 Gansu mudslide（2010年8月8日，舟曲）',
  },
  {
    id: 'lushan-earthquake', name: '芦山地震', kind: 'happening', date: '2013-04-20', disaster: true, rebuild: 3,
    patterns: ['芦山(?:7\\.0级)?(?:强烈|特大)?地震', '雅安(?:芦山)?(?:强烈)?地震', `${Q}4[.·．]20${QE}(?:芦山)?(?:强烈)?地震`],
    current: ['(?:心系|情系|祈福|支援|援助|驰援|声援|捐助)雅安', '为雅安祈福', '雅安(?:加油|挺住|祈福|灾区|抗震救灾)'],
    source: 'Wikipedia: 2013 Lushan earthquake（2013年4月20日，四川雅安芦山县）',
  },
  {
    id: 'ludian-earthquake', name: '鲁甸地震', kind: 'happening', date: '2014-08-03', disaster: true, rebuild: 3,
    patterns: ['鲁甸(?:6\\.5级)?(?:强烈|特大)?地震', '鲁甸(?:抗震救灾|灾区)'],
    source: 'Wikipedia: 2014 Ludian earthquake（2014年8月3日，云南昭通鲁甸县）',
  },
  {
    id: 'jiuzhaigou-earthquake', name: '九寨沟地震', kind: 'happening', date: '2017-08-08', disaster: true, rebuild: 2,
    patterns: ['九寨沟(?:7\\.0级)?(?:强烈)?地震', '九寨沟(?:抗震救灾|灾区)'],
    source: 'Wikipedia: 2017 Jiuzhaigou earthquake（2017年8月8日）',
  },
  {
    id: 'sars', name: '非典疫情', kind: 'happening', date: '2003', disaster: true,
    patterns: ['非典(?!型)', '传染性非典型肺炎', 'SARS'],
    source: 'Wikipedia: 2002–2004 SARS outbreak（“非典”之称始于2003年）',
  },
  {
    id: 'h1n1', name: '甲型H1N1流感', kind: 'happening', date: '2009-04', disaster: true,
    patterns: ['甲型H1N1', '甲流'],
    source: 'Wikipedia: 2009 swine flu pandemic（2009年4月起）',
  },
  {
    id: 'h7n9', name: 'H7N9禽流感', kind: 'happening', date: '2013-03', disaster: true,
    patterns: ['H7N9'],
    source: 'Wikipedia: Influenza A virus subtype H7N9（2013年3月首次发现人感染病例）',
  },
  {
    id: 'african-swine-fever', name: '非洲猪瘟', kind: 'happening', date: '2018-08-03', disaster: true,
    patterns: ['非洲猪瘟'],
    source: '农业农村部：2018年8月3日辽宁沈阳确诊我国首例非洲猪瘟疫情',
  },
  {
    id: 'covid-19', name: '新冠肺炎疫情', kind: 'happening', date: '2020-01', disaster: true, rebuild: 3,
    patterns: ['新冠', '新型冠状病毒', '常态化疫情防控'],
    source: 'Wikipedia: COVID-19 pandemic in mainland China（2020年1月起；2023年1月8日起“乙类乙管”）',
  },
  {
    id: 'melamine', name: '三聚氰胺奶粉事件', kind: 'happening', date: '2008-09',
    patterns: ['三聚氰胺', '三鹿(?:奶粉|婴幼儿奶粉)?事件'],
    source: 'Wikipedia: 2008 Chinese milk scandal（2008年9月）',
  },
  {
    id: 'wenzhou-train', name: '甬温线特别重大铁路交通事故', kind: 'happening', date: '2011-07-23', disaster: true,
    patterns: ['甬温线', `${Q}7[.·．]23${QE}(?:甬温线|动车|特别重大铁路)`],
    source: 'Wikipedia: Wenzhou train collision（2011年7月23日）',
  },
  {
    id: 'qingdao-pipeline', name: '青岛输油管道爆炸事故', kind: 'happening', date: '2013-11-22', disaster: true,
    patterns: ['东黄输油管道', `${Q}11[.·．]22${QE}(?:中石化)?(?:东黄)?输油管道`],
    source: 'Wikipedia: 2013 Qingdao oil pipeline explosion（2013年11月22日）',
  },
  {
    id: 'eastern-star', name: '“东方之星”号客轮翻沉事件', kind: 'happening', date: '2015-06-01', disaster: true,
    patterns: ['东方之星[”"]?号'],
    source: 'Wikipedia: Sinking of Dongfang zhi Xing（2015年6月1日）',
  },
  {
    id: 'tianjin-explosion', name: '天津港爆炸事故', kind: 'happening', date: '2015-08-12', disaster: true,
    patterns: [`天津港${Q}8[.·．]12${QE}`, `${Q}8[.·．]12${QE}(?:天津港|瑞海|特别重大火灾爆炸)`],
    source: 'Wikipedia: 2015 Tianjin explosions（2015年8月12日）',
  },
  {
    id: 'xiangshui-explosion', name: '响水化工企业爆炸事故', kind: 'happening', date: '2019-03-21', disaster: true,
    patterns: [`响水${Q}3[.·．]21${QE}`, '天嘉宜'],
    source: 'Wikipedia: 2019 Xiangshui chemical plant explosion（2019年3月21日）',
  },
  {
    id: 'zhengzhou-flood', name: '郑州“7·20”特大暴雨', kind: 'happening', date: '2021-07-20', disaster: true,
    patterns: [`郑州${Q}7[.·．]20${QE}`, `${Q}7[.·．]20${QE}特大暴雨`],
    source: 'Wikipedia: 2021 Henan floods（2021年7月20日郑州特大暴雨）',
  },
  typhoon('typhoon-matsa', '麦莎', '2005-08-06', 'Wikipedia: Typhoon Matsa（2005年8月6日登陆浙江）'),
  typhoon('typhoon-saomai', '桑美', '2006-08-10', 'Wikipedia: Typhoon Saomai（2006年8月10日登陆浙江苍南）'),
  typhoon('typhoon-morakot', '莫拉克', '2009-08', 'Wikipedia: Typhoon Morakot（2009年8月，台湾、福建）', true),
  typhoon('typhoon-fanapi', '凡亚比', '2010-09-20', 'Wikipedia: Typhoon Fanapi（2010年9月20日登陆广东）', true),
  typhoon('typhoon-usagi', '天兔', '2013-09-22', 'Wikipedia: Typhoon Usagi (2013)（2013年9月22日登陆广东汕尾）'),
  typhoon('typhoon-fitow', '菲特', '2013-10-07', 'Wikipedia: Typhoon Fitow (2013)（2013年10月7日登陆福建，浙江余姚受灾）'),
  typhoon('typhoon-rammasun', '威马逊', '2014-07-18', 'Wikipedia: Typhoon Rammasun (2014)（2014年7月18日登陆海南文昌）', true),
  typhoon('typhoon-hato', '天鸽', '2017-08-23', 'Wikipedia: Typhoon Hato（2017年8月23日登陆广东珠海）'),
  typhoon('typhoon-mangkhut', '山竹', '2018-09-16', 'Wikipedia: Typhoon Mangkhut（2018年9月16日登陆广东台山）'),
  typhoon('typhoon-lekima', '利奇马', '2019-08-10', 'Wikipedia: Typhoon Lekima (2019)（2019年8月10日登陆浙江温岭）', true),
  typhoon('typhoon-in-fa', '烟花', '2021-07-25', 'Wikipedia: Typhoon In-fa (2021)（2021年7月25日登陆浙江舟山）'),

  // Games, expos and summits awarded years ahead.
  {
    id: 'beijing-olympics', name: '北京奥运会', kind: 'happening', date: '2008-08', lead: 7,
    patterns: ['北京奥运', '北京奥林匹克运动会', '第(?:29|二十九)届(?:夏季)?奥(?:运会|林匹克运动会)'],
    source: 'Wikipedia: 2008 Summer Olympics（2001年7月13日获得主办权，2008年8月举行）',
  },
  {
    id: 'shanghai-expo', name: '上海世博会', kind: 'happening', date: '2010-05', lead: 8,
    patterns: ['上海世博', '上海世界博览会'],
    source: 'Wikipedia: Expo 2010（2002年12月3日获得举办权，2010年5月至10月举行）',
  },
  {
    id: 'guangzhou-asian-games', name: '广州亚运会', kind: 'happening', date: '2010-11', lead: 6,
    patterns: ['广州亚运', '第(?:16|十六)届亚(?:运会|洲运动会)'],
    source: 'Wikipedia: 2010 Asian Games（2004年7月1日获得主办权，2010年11月举行）',
  },
  {
    id: 'hangzhou-g20', name: '二十国集团领导人杭州峰会', kind: 'happening', date: '2016-09', lead: 1,
    patterns: ['G20杭州峰会', '杭州G20', '二十国集团领导人杭州峰会'],
    source: 'Wikipedia: 2016 G20 Hangzhou summit（2016年9月4日—5日）',
  },
  {
    id: 'beijing-winter-olympics', name: '北京冬奥会', kind: 'happening', date: '2022-02', lead: 7,
    patterns: ['北京冬奥', '北京冬季奥林匹克', '北京[—\\-－]张家口冬奥', '第(?:24|二十四)届冬(?:奥会|季奥林匹克运动会)'],
    source: 'Wikipedia: 2022 Winter Olympics（2015年7月31日获得主办权，2022年2月举行）',
  },
  {
    id: 'hangzhou-asian-games', name: '杭州亚运会', kind: 'happening', date: '2023-09', lead: 8,
    patterns: ['杭州亚运', '第(?:19|十九)届亚(?:运会|洲运动会)'],
    source: 'Wikipedia: 2022 Asian Games（2015年9月16日获得主办权，延期至2023年9月举行）',
  },

  // Returns of sovereignty and entry into the WTO.
  {
    id: 'hong-kong-handover', name: '香港回归', kind: 'happening', date: '1997-07-01',
    patterns: ['香港特别行政区(?:政府|同胞|成立)', '香港特区', '香港(?:顺利|胜利)?回归(?:祖国)?(?:以来|后|周年)', '香港(?:顺利|胜利)回归'],
    source: 'Wikipedia: Handover of Hong Kong（1997年7月1日）',
  },
  {
    id: 'macau-handover', name: '澳门回归', kind: 'happening', date: '1999-12-20',
    patterns: ['澳门特别行政区(?:政府|同胞|成立)', '澳门特区', '澳门(?:顺利|胜利)?回归(?:祖国)?(?:以来|后|周年)', '澳门(?:顺利|胜利)回归'],
    source: 'Wikipedia: Handover of Macau（1999年12月20日）',
  },
  {
    id: 'wto-accession', name: '中国加入世界贸易组织', kind: 'happening', date: '2001-12-11',
    patterns: ['(?:加入世(?:界)?贸(?:易)?组织|入世)以来'],
    source: 'Wikipedia: China and the World Trade Organization（2001年12月11日正式加入）',
  },
  {
    id: 'asian-financial-crisis', name: '亚洲金融危机', kind: 'happening', date: '1997-07',
    patterns: ['亚洲金融危机', '亚洲金融风暴', '东南亚金融危机'],
    source: 'Wikipedia: 1997 Asian financial crisis（1997年7月泰铢贬值起）',
  },

  // Leaders in office.
  premier('premier-hua', '华国锋', '1976-04', '1980-09'),
  premier('premier-zhao', '赵紫阳', '1980-09', '1987-11'),
  premier('premier-li-peng', '李鹏', '1987-11', '1998-03'),
  premier('premier-zhu', '朱镕基', '1998-03', '2003-03'),
  premier('premier-wen', '温家宝', '2003-03', '2013-03'),
  premier('premier-li-keqiang', '李克强', '2013-03', '2023-03'),
  premier('premier-li-qiang', '李强', '2023-03', undefined),
  {
    id: 'gensec-jiang', name: '江泽民任中共中央总书记', kind: 'tenure', date: '1989-06', until: '2002-11',
    patterns: ['江泽民总书记', '以江泽民同志为核心'],
    source: 'Wikipedia: General Secretary of the Chinese Communist Party（江泽民 1989年6月—2002年11月）',
  },
  {
    id: 'gensec-hu', name: '胡锦涛任中共中央总书记', kind: 'tenure', date: '2002-11', until: '2012-11',
    patterns: ['胡锦涛总书记', '以胡锦涛同志为总书记'],
    source: 'Wikipedia: General Secretary of the Chinese Communist Party（胡锦涛 2002年11月—2012年11月）',
  },
  {
    id: 'gensec-xi', name: '习近平任中共中央总书记', kind: 'tenure', date: '2012-11',
    patterns: ['习近平总书记', '以习近平同志为总书记'],
    source: 'Wikipedia: General Secretary of the Chinese Communist Party（习近平 2012年11月起）',
  },
  {
    id: 'xi-core', name: '“以习近平同志为核心的党中央”', kind: 'introduced', date: '2016-10',
    patterns: ['以习近平同志为核心'],
    source: '中国共产党第十八届中央委员会第六次全体会议公报（2016年10月27日）',
  },

  // Campaigns inside the Party, with their periods.
  {
    id: 'campaign-advanced-nature', name: '保持共产党员先进性教育活动', kind: 'introduced', date: '2005-01', until: '2006-06',
    patterns: ['保持共产党员先进性教育活动', '先进性教育活动'],
    source: '中共中央《关于在全党开展以实践“三个代表”重要思想为主要内容的保持共产党员先进性教育活动的意见》（2004年11月；2005年1月至2006年6月分三批开展）',
  },
  {
    id: 'campaign-scientific-outlook', name: '深入学习实践科学发展观活动', kind: 'introduced', date: '2008-09', until: '2010-02',
    patterns: ['学习实践科学发展观活动', '学习实践活动'],
    source: '全党深入学习实践科学发展观活动动员大会（2008年9月19日）；活动于2010年2月基本结束',
  },
  {
    id: 'campaign-excellence', name: '创先争优活动', kind: 'introduced', date: '2010-04', until: '2012-07',
    patterns: ['创先争优活动'],
    source: '中共中央办公厅《关于在党的基层组织和党员中深入开展创先争优活动的意见》（2010年4月）',
  },
  {
    id: 'campaign-mass-line', name: '党的群众路线教育实践活动', kind: 'introduced', date: '2013-06', until: '2014-10',
    patterns: ['群众路线教育实践活动'],
    source: '党的群众路线教育实践活动工作会议（2013年6月18日）至总结大会（2014年10月8日）',
  },
  {
    id: 'campaign-three-stricts', name: '“三严三实”专题教育', kind: 'introduced', date: '2015-04', until: '2015-12',
    patterns: [`${Q}三严三实${QE}专题教育`],
    source: '中共中央办公厅《关于在县处级以上领导干部中开展“三严三实”专题教育方案》（2015年4月）',
  },
  {
    id: 'campaign-two-studies', name: '“两学一做”学习教育', kind: 'introduced', date: '2016-02',
    patterns: ['两学一做'],
    source: '中共中央办公厅《关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育方案》（2016年2月）',
  },
  {
    id: 'campaign-original-aspiration', name: '“不忘初心、牢记使命”主题教育', kind: 'introduced', date: '2019-05', until: '2020-01',
    patterns: [`不忘初心、?牢记使命${QE}主题教育`],
    source: '“不忘初心、牢记使命”主题教育工作会议（2019年5月31日）至总结大会（2020年1月8日）',
  },
  {
    id: 'campaign-party-history', name: '党史学习教育', kind: 'introduced', date: '2021-02', until: '2022-01',
    patterns: ['党史学习教育'],
    source: '党史学习教育动员大会（2021年2月20日）；2022年1月总结',
  },
  {
    id: 'campaign-thought-2023', name: '学习贯彻习近平新时代中国特色社会主义思想主题教育', kind: 'introduced', date: '2023-04', until: '2024-01',
    patterns: ['学习贯彻习近平新时代中国特色社会主义思想主题教育'],
    source: '学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议（2023年4月3日）；2024年1月总结',
  },
  {
    id: 'campaign-discipline', name: '党纪学习教育', kind: 'introduced', date: '2024-04', until: '2024-07',
    patterns: ['党纪学习教育'],
    source: '中共中央办公厅《关于在全党开展党纪学习教育的通知》（2024年4月，至2024年7月）',
  },
  {
    id: 'eight-rules', name: '中央八项规定', kind: 'introduced', date: '2012-12-04',
    patterns: ['中央八项规定', '八项规定精神'],
    source: '中共中央政治局会议（2012年12月4日）审议通过关于改进工作作风、密切联系群众的八项规定',
  },
  {
    id: 'four-winds', name: '反对“四风”', kind: 'introduced', date: '2013-06',
    patterns: [`${Q}四风${QE}问题`, '[“"]四风[”"]', '享乐主义和奢靡之风'],
    source: '党的群众路线教育实践活动工作会议（2013年6月18日）提出集中解决形式主义、官僚主义、享乐主义和奢靡之风',
  },
  {
    id: 'three-stricts', name: '“三严三实”', kind: 'introduced', date: '2014-03',
    patterns: ['三严三实'],
    source: '习近平2014年3月9日参加十二届全国人大二次会议安徽代表团审议时提出',
  },

  // Policies and slogans, from the day they were first put forward.
  {
    id: 'reform-opening', name: '改革开放', kind: 'introduced', date: '1978-12',
    patterns: ['改革开放'],
    source: '十一届三中全会（1978年12月）',
  },
  {
    id: 'southern-tour', name: '邓小平南方谈话', kind: 'introduced', date: '1992-01',
    patterns: ['南方谈话', '南巡讲话'],
    source: '邓小平1992年1月18日至2月21日视察南方的谈话',
  },
  {
    id: 'socialist-market-economy', name: '社会主义市场经济体制', kind: 'introduced', date: '1992',
    patterns: ['社会主义市场经济'],
    source: '党的十四大（1992年10月）确立建立社会主义市场经济体制的改革目标',
  },
  {
    id: 'deng-theory', name: '“邓小平理论”', kind: 'introduced', date: '1997-09',
    patterns: ['邓小平理论'],
    source: '党的十五大（1997年9月）报告正式使用“邓小平理论”',
  },
  {
    id: 'western-development', name: '西部大开发', kind: 'introduced', date: '1999-06',
    patterns: ['西部大开发'],
    source: '江泽民1999年6月17日在西安提出；1999年11月中央经济工作会议部署',
  },
  {
    id: 'three-represents', name: '“三个代表”重要思想', kind: 'introduced', date: '2000-02-25',
    patterns: ['[“"]三个代表[”"]', '三个代表重要思想'],
    source: '江泽民2000年2月25日在广东高州考察时首次提出',
  },
  {
    id: 'new-rural-cooperative-medical', name: '新型农村合作医疗', kind: 'introduced', date: '2002-10',
    patterns: ['新型农村合作医疗', '新农合'],
    source: '《中共中央 国务院关于进一步加强农村卫生工作的决定》（2002年10月）；国办发〔2003〕3号部署试点',
  },
  {
    id: 'scientific-outlook', name: '科学发展观', kind: 'introduced', date: '2003-10',
    patterns: ['科学发展观'],
    source: '十六届三中全会（2003年10月）提出坚持以人为本，树立全面、协调、可持续的发展观',
  },
  {
    id: 'northeast-revitalisation', name: '振兴东北地区等老工业基地', kind: 'introduced', date: '2003-10',
    patterns: ['振兴东北'],
    source: '《中共中央 国务院关于实施东北地区等老工业基地振兴战略的若干意见》（中发〔2003〕11号，2003年10月）',
  },
  {
    id: 'central-rise', name: '促进中部地区崛起', kind: 'introduced', date: '2004-03',
    patterns: ['中部(?:地区)?崛起'],
    source: '2004年《政府工作报告》首次提出促进中部地区崛起',
  },
  {
    id: 'agricultural-tax-abolition', name: '取消农业税', kind: 'introduced', date: '2004-03',
    patterns: ['(?:全面)?取消农业税', '废止农业税条例'],
    source: '2004年《政府工作报告》提出五年内取消农业税；2005年12月29日全国人大常委会废止农业税条例',
  },
  {
    id: 'harmonious-society', name: '构建社会主义和谐社会', kind: 'introduced', date: '2004-09',
    patterns: ['构建(?:社会主义)?和谐社会'],
    source: '十六届四中全会（2004年9月）提出构建社会主义和谐社会',
  },
  {
    id: 'ecological-civilisation', name: '生态文明', kind: 'introduced', date: '2003-06',
    patterns: ['生态文明'],
    source: '《中共中央 国务院关于加快林业发展的决定》（2003年6月）首次在中央文件中使用“生态文明”；十七大（2007年10月）提出建设生态文明',
  },
  {
    id: 'appliances-to-countryside', name: '家电下乡', kind: 'introduced', date: '2007-12',
    patterns: ['家电下乡'],
    source: '财政部、商务部：家电下乡自2007年12月1日起在山东、河南、四川试点，2009年2月推广全国',
  },
  {
    id: 'hi-tech-enterprise-rules', name: '《高新技术企业认定管理办法》', kind: 'introduced', date: '2008-04',
    patterns: ['高新技术企业认定管理办法'],
    source: '科技部、财政部、国家税务总局《高新技术企业认定管理办法》（国科发火〔2008〕172号，2008年4月）',
  },
  {
    id: 'strategic-emerging-industries', name: '战略性新兴产业', kind: 'introduced', date: '2009-09',
    patterns: ['战略性新兴产业'],
    source: '温家宝2009年9月主持新兴战略性产业发展座谈会；《国务院关于加快培育和发展战略性新兴产业的决定》（国发〔2010〕32号）',
  },
  {
    id: 'new-rural-pension', name: '新型农村社会养老保险', kind: 'introduced', date: '2009-09',
    patterns: ['新型农村社会养老保险', '新农保'],
    source: '《国务院关于开展新型农村社会养老保险试点的指导意见》（国发〔2009〕32号，2009年9月）',
  },
  {
    id: 'weibo', name: '微博', kind: 'introduced', date: '2009-08-14',
    patterns: ['微博'],
    source: 'Wikipedia: Sina Weibo（2009年8月14日上线）',
  },
  {
    id: 'wechat', name: '微信', kind: 'introduced', date: '2011-01-21',
    patterns: ['微信'],
    source: 'Wikipedia: WeChat（2011年1月21日发布）',
  },
  {
    id: 'vat-reform', name: '营业税改征增值税', kind: 'introduced', date: '2011-11',
    patterns: ['营改增', '营业税改征增值税'],
    source: '财政部、国家税务总局《营业税改征增值税试点方案》（财税〔2011〕110号，2011年11月）',
  },
  {
    id: 'innovation-driven', name: '创新驱动发展战略', kind: 'introduced', date: '2012-11',
    patterns: ['创新驱动发展战略'],
    source: '党的十八大报告（2012年11月）提出实施创新驱动发展战略',
  },
  {
    id: 'chinese-dream', name: '中国梦', kind: 'introduced', date: '2012-11-29',
    patterns: ['中国梦'],
    source: '习近平2012年11月29日参观《复兴之路》展览时的讲话',
  },
  {
    id: 'governance-modernisation', name: '国家治理体系和治理能力现代化', kind: 'introduced', date: '2013-11',
    patterns: ['治理体系和治理能力现代化'],
    source: '十八届三中全会《中共中央关于全面深化改革若干重大问题的决定》（2013年11月）',
  },
  {
    id: 'air-pollution-plan', name: '大气污染防治行动计划', kind: 'introduced', date: '2013-09',
    patterns: ['大气污染防治行动计划', '大气十条'],
    source: '《国务院关于印发大气污染防治行动计划的通知》（国发〔2013〕37号，2013年9月）',
  },
  {
    id: 'belt-and-road', name: '“一带一路”倡议', kind: 'introduced', date: '2013-09-07',
    patterns: ['一带一路', '丝绸之路经济带', '21世纪海上丝绸之路'],
    source: '习近平2013年9月7日在哈萨克斯坦纳扎尔巴耶夫大学演讲中提出共建丝绸之路经济带',
  },
  {
    id: 'free-trade-zones', name: '自由贸易试验区', kind: 'introduced', date: '2013-09-29',
    patterns: ['自由贸易试验区', '自贸试验区'],
    source: '中国（上海）自由贸易试验区2013年9月29日挂牌',
  },
  {
    id: 'targeted-poverty-alleviation', name: '精准扶贫', kind: 'introduced', date: '2013-11-03',
    patterns: ['精准扶贫'],
    source: '习近平2013年11月3日在湖南湘西花垣县十八洞村考察时首次提出',
  },
  {
    id: 'second-child-single', name: '“单独二孩”政策', kind: 'introduced', date: '2013-11',
    patterns: ['单独二孩', '单独两孩'],
    source: '十八届三中全会（2013年11月）决定启动实施一方是独生子女的夫妇可生育两个孩子的政策',
  },
  {
    id: 'jing-jin-ji', name: '京津冀协同发展', kind: 'introduced', date: '2014-02-26',
    patterns: ['京津冀协同发展'],
    source: '习近平2014年2月26日在北京主持召开京津冀协同发展座谈会',
  },
  {
    id: 'holistic-security', name: '总体国家安全观', kind: 'introduced', date: '2014-04-15',
    patterns: ['总体国家安全观'],
    source: '习近平2014年4月15日在中央国家安全委员会第一次会议上提出',
  },
  {
    id: 'new-normal', name: '经济发展新常态', kind: 'introduced', date: '2014-05',
    patterns: ['新常态'],
    source: '习近平2014年5月在河南考察时首次以“新常态”描述中国经济',
  },
  {
    id: 'mass-entrepreneurship', name: '大众创业、万众创新', kind: 'introduced', date: '2014-09-10',
    patterns: ['大众创业[、，]?[\\s\\u3000]*万众创新'],
    source: '李克强2014年9月10日在夏季达沃斯论坛（天津）开幕式致辞中提出',
  },
  {
    id: 'strict-governance', name: '全面从严治党', kind: 'introduced', date: '2014-10-08',
    patterns: ['全面从严治党'],
    source: '习近平在党的群众路线教育实践活动总结大会（2014年10月8日）上提出',
  },
  {
    id: 'rule-of-law', name: '全面依法治国', kind: 'introduced', date: '2014-10',
    patterns: ['全面依法治国'],
    source: '十八届四中全会《中共中央关于全面推进依法治国若干重大问题的决定》（2014年10月）',
  },
  {
    id: 'four-comprehensives', name: '“四个全面”', kind: 'introduced', date: '2014-12',
    patterns: ['[“"]四个全面[”"]', '四个全面战略布局'],
    source: '习近平2014年12月在江苏调研时首次提出“四个全面”',
  },
  {
    id: 'internet-plus', name: '“互联网+”', kind: 'introduced', date: '2015-03-05',
    patterns: ['互联网[\\s]*[+＋]'],
    source: '2015年《政府工作报告》（2015年3月5日）提出制定“互联网+”行动计划',
  },
  {
    id: 'maker-spaces', name: '众创空间', kind: 'introduced', date: '2015-01',
    patterns: ['众创空间'],
    source: '国务院常务会议（2015年1月28日）；《国务院办公厅关于发展众创空间推进大众创新创业的指导意见》（国办发〔2015〕9号）',
  },
  {
    id: 'water-pollution-plan', name: '水污染防治行动计划', kind: 'introduced', date: '2015-04',
    patterns: ['水污染防治行动计划', '水十条'],
    source: '《国务院关于印发水污染防治行动计划的通知》（国发〔2015〕17号，2015年4月）',
  },
  {
    id: 'streamline-services', name: '“放管服”改革', kind: 'introduced', date: '2015-05-12',
    patterns: ['放管服', '简政放权、?放管结合、?优化服务'],
    source: '国务院全国推进简政放权放管结合职能转变工作电视电话会议（2015年5月12日）',
  },
  {
    id: 'made-in-china-2025', name: '《中国制造2025》', kind: 'introduced', date: '2015-05-08',
    patterns: ['中国制造[\\s]*2025'],
    source: '《国务院关于印发〈中国制造2025〉的通知》（国发〔2015〕28号，2015年5月8日）',
  },
  {
    id: 'new-development-philosophy', name: '新发展理念', kind: 'introduced', date: '2015-10',
    patterns: ['新发展理念', '五大发展理念', '创新、协调、绿色、开放、共享'],
    source: '十八届五中全会（2015年10月）提出创新、协调、绿色、开放、共享的发展理念',
  },
  {
    id: 'second-child-universal', name: '“全面二孩”政策', kind: 'introduced', date: '2015-10',
    patterns: ['全面二孩', '全面两孩'],
    source: '十八届五中全会（2015年10月）决定全面实施一对夫妇可生育两个孩子政策',
  },
  {
    id: 'supply-side-reform', name: '供给侧结构性改革', kind: 'introduced', date: '2015-11-10',
    patterns: ['供给侧结构性改革', '供给侧改革'],
    source: '中央财经领导小组第十一次会议（2015年11月10日）',
  },
  {
    id: 'poverty-battle', name: '打赢脱贫攻坚战', kind: 'introduced', date: '2015-11-29',
    patterns: ['打赢脱贫攻坚战'],
    source: '《中共中央 国务院关于打赢脱贫攻坚战的决定》（2015年11月29日）',
  },
  {
    id: 'three-cuts', name: '“三去一降一补”', kind: 'introduced', date: '2015-12',
    patterns: ['三去一降一补'],
    source: '中央经济工作会议（2015年12月18日—21日）',
  },
  {
    id: 'soil-pollution-plan', name: '土壤污染防治行动计划', kind: 'introduced', date: '2016-05',
    patterns: ['土壤污染防治行动计划', '土十条'],
    source: '《国务院关于印发土壤污染防治行动计划的通知》（国发〔2016〕31号，2016年5月）',
  },
  {
    id: 'river-chiefs', name: '全面推行河长制', kind: 'introduced', date: '2016-12',
    patterns: ['全面(?:推行|建立)河长制'],
    source: '中共中央办公厅、国务院办公厅《关于全面推行河长制的意见》（2016年12月）',
  },
  {
    id: 'douyin', name: '抖音', kind: 'introduced', date: '2016-09',
    patterns: ['抖音'],
    source: 'Wikipedia: TikTok（抖音2016年9月上线）',
  },
  {
    id: 'xiongan', name: '雄安新区', kind: 'introduced', date: '2017-04-01',
    patterns: ['雄安新区'],
    source: '中共中央、国务院2017年4月1日决定设立河北雄安新区',
  },
  {
    id: 'rural-revitalisation', name: '乡村振兴战略', kind: 'introduced', date: '2017-10-18',
    patterns: ['乡村振兴'],
    source: '党的十九大报告（2017年10月18日）提出实施乡村振兴战略',
  },
  {
    id: 'new-era-thought', name: '习近平新时代中国特色社会主义思想', kind: 'introduced', date: '2017-10',
    patterns: ['新时代中国特色社会主义', '中国特色社会主义进入(?:了)?新时代'],
    source: '党的十九大（2017年10月）',
  },
  {
    id: 'high-quality-development', name: '高质量发展', kind: 'introduced', date: '2017-10',
    patterns: ['推动高质量发展', '高质量发展阶段', '转向高质量发展'],
    source: '党的十九大报告（2017年10月）：我国经济已由高速增长阶段转向高质量发展阶段',
  },
  {
    id: 'anti-gang-campaign', name: '扫黑除恶专项斗争', kind: 'introduced', date: '2018-01',
    patterns: ['扫黑除恶专项斗争'],
    source: '《中共中央 国务院关于开展扫黑除恶专项斗争的通知》（2018年1月）',
  },
  {
    id: 'hainan-free-trade-port', name: '海南自由贸易港', kind: 'introduced', date: '2018-04-13',
    patterns: ['海南自由贸易港', '海南自贸港'],
    source: '习近平2018年4月13日在庆祝海南建省办经济特区30周年大会上宣布',
  },
  {
    id: 'six-stabilities', name: '“六稳”', kind: 'introduced', date: '2018-07-31',
    patterns: ['[“"]六稳[”"]', '六稳六保'],
    source: '中共中央政治局会议（2018年7月31日）提出稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期',
  },
  {
    id: 'six-guarantees', name: '“六保”', kind: 'introduced', date: '2020-04-17',
    patterns: ['[“"]六保[”"]', '六稳六保', '六稳[”"]?[、和][“"]?六保'],
    source: '中共中央政治局会议（2020年4月17日）提出“六保”',
  },
  {
    id: 'health-code', name: '健康码', kind: 'introduced', date: '2020-02-11',
    patterns: ['健康码'],
    source: '杭州市2020年2月11日推出健康码',
  },
  {
    id: 'dual-circulation', name: '新发展格局', kind: 'introduced', date: '2020-05-14',
    patterns: ['新发展格局', '国内国际双循环'],
    source: '中共中央政治局常委会会议（2020年5月14日）提出构建国内国际双循环相互促进的新发展格局',
  },
  {
    id: 'civil-code', name: '编纂民法典', kind: 'introduced', date: '2014-10',
    patterns: ['民法典'],
    source: '十八届四中全会（2014年10月）决定编纂民法典；2020年5月28日第十三届全国人大第三次会议通过',
  },
  {
    id: 'carbon-peak', name: '碳达峰、碳中和', kind: 'introduced', date: '2020-09-22',
    patterns: ['碳达峰', '碳中和', '[“"]双碳[”"]'],
    source: '习近平2020年9月22日在第七十五届联合国大会一般性辩论上宣布',
  },
  {
    id: 'three-child', name: '三孩生育政策', kind: 'introduced', date: '2021-05-31',
    patterns: ['三孩(?:生育)?政策'],
    source: '中共中央政治局会议（2021年5月31日）',
  },
  {
    id: 'common-prosperity-zone', name: '共同富裕示范区', kind: 'introduced', date: '2021-05',
    patterns: ['共同富裕示范区'],
    source: '《中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见》（2021年5月20日）',
  },
  {
    id: 'chinese-modernisation', name: '中国式现代化', kind: 'introduced', date: '2021-07-01',
    patterns: ['中国式现代化'],
    source: '习近平在庆祝中国共产党成立100周年大会上的讲话（2021年7月1日）',
  },
  {
    id: 'double-reduction', name: '“双减”', kind: 'introduced', date: '2021-07',
    patterns: ['[“"]双减[”"]', '双减政策', '双减工作'],
    source: '中共中央办公厅、国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》（2021年7月）',
  },
  {
    id: 'new-quality-productivity', name: '新质生产力', kind: 'introduced', date: '2023-09',
    patterns: ['新质生产力'],
    source: '习近平2023年9月在黑龙江考察时首次提出',
  },
];
