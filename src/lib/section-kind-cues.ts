/**
 * The wording that tells 工作成绩, 存在问题 and 下一步计划 apart, for
 * section-kind.ts. Each table is a list of patterns with the kind it points
 * to; the rules that combine them live in section-kind.ts. Patterns are
 * matched against text without white space and without leading numbering.
 */

export type Kind = 'done' | 'problems' | 'plans';

export interface Cue {
  kind: Kind | null;
  pattern: RegExp;
}

/** Outline numbering in front of a heading or an item: 一、 （一） (1) 1、 1. 第一， ①. */
const NUMBERING = /^(?:第?[一二三四五六七八九十百零〇]+[、，,.．]|[（(][一二三四五六七八九十百零〇\d]+[)）][、.．]?|\d+[、.．)）]|[①-⑳])/;
/** Salutations that open a paragraph of a speech without being part of what it says. */
const SALUTATION = /^(?:各位代表|同志们|各位委员)[！!，,：:]/;

/** The text as the cues see it: no white space, salutation or leading numbering. */
export function bare(text: string): string {
  return text.replace(/\s+/g, '').replace(SALUTATION, '').replace(NUMBERING, '');
}

/**
 * Heading cues that decide a section on their own. They are nouns that name
 * what the section is about, so within one heading the last one (the head of
 * the phrase) wins: 重点工作完成情况 is done, 工作总结和下一步计划 is split
 * into conjuncts first and the first conjunct with a cue wins.
 * `kind: null` marks framing sections that are none of the three.
 * Global (`g`) because every match is looked at.
 */
export const HEADING_CUES: Cue[] = [
  { kind: null, pattern: /基本情况|概况|指导思想|总体要求|总要求|前言|引言|结束语|结语|体会|启示/g },
  // 成果, 成效, 亮点 and 胜利 also occur as objects of an order (加快科技成果转化, 打造新亮点, 夺取胜利): only as the head noun.
  { kind: 'done', pattern: /总结|回顾|成绩|成就|业绩|做法|(?:完成|开展|进展|落实|执行|推进|运行)情况|(?:成果|成效)$|(?<!(?:打造|培育|形成|塑造|创造)[^，]{0,8})亮点|(?<!(?:夺取|争取)[^，]{0,12})胜利$/g },
  { kind: 'done', pattern: /(?<![年\d])主要工作(?!计划|安排|打算|思路|任务|重点)/g },
  { kind: 'problems', pattern: /存在(?:的)?(?:主要|突出)?(?:问题|不足|困难|差距|短板)|薄弱环节|^(?:主要)?(?:困难|问题|不足|差距|短板|教训)+$/g },
  { kind: 'plans', pattern: /下一步|下阶段|下一阶段|今后(?:的)?(?:工作|打算|思路|设想)|重点工作|(?:工作)?重点$|(?<!科技|人才|培养|示范|行动|专项)计划$|(?:打算|安排|思路|设想|展望|部署|要点|整改措施|改进措施|对策|建议|努力方向)$|(?:主要)?目标任务|(?:主要|重点|工作)任务|主要目标|预期目标/g },
];

/**
 * Weaker heading cues: phrasing that reports a result (…稳步推进,
 * …成果丰硕, 完成…). They decide a section only when the report is not
 * already in its plans, where 扎实推进… is an order rather than a result.
 */
export const RESULT_HEADING =
  /^(?:完成|取得|实现|建成|通过)|(?:稳步|扎实|深入|有序|顺利|圆满|强力|有力|持续|不断|全面)(?:推进|开展|增长|提升|实施|召开|落实|推开)$|稳中有[进升]|稳中向好|丰硕|纷呈|显著$|明显$|取得.{0,6}(?:进展|成效|突破|成绩|成果)$|通过验收|完成.{0,12}(?:计划|任务|目标)$/;

/** Splits a heading into conjuncts: 存在的问题及今后的打算 → 存在的问题 | 今后的打算. */
export const CONJUNCTION = /以及|及|和|与|暨|、/;

/**
 * A paragraph that turns from results to problems: its opening names the
 * turn (在看到成绩的同时, 我们也清醒地看到…) and its first sentence names a
 * problem; or it opens with 但/同时/目前… and its first sentence says that
 * problems remain (还存在…问题).
 */
export const PROBLEM_TURN =
  /^(?:在(?:看到|肯定)成绩的同时|成绩面前|(?:我们)?既要看到成绩|我们(?:也|还|更|同时)?(?:要)?(?:清醒|清楚|冷静)(?:地)?(?:看到|认识到|意识到))/;
export const PROBLEM_TURN_WEAK = /^(?:但|但是|同时|然而|不过|目前|当前|工作中|虽然|尽管)/;
export const PROBLEM_PRESENT = /(?:还|仍|也|依然|尚)(?:然)?(?:存在|面临|有)(?:着)?[^。；]{0,24}(?:问题|困难|不足|差距|挑战|矛盾|短板|缺点)/;
export const PROBLEM_NOUN = /问题|困难|不足|差距|挑战|矛盾|缺点|短板|薄弱/;

/** 将 (will) but not 现将/并将 (the preposition) or 将军; 要 (must) but not 主要/重要/需要/要求. */
const WILL = /(?<![现并即特])将(?![军领帅士近])/.source;
const MUST = /(?<![主重需必只纲摘提首扼概紧显])要(?![求点素害闻件员务塞冲])/.source;

/**
 * A paragraph that turns to plans: it opens with a time ahead (下半年,
 * 明年, 2015年…) and its first two sentences say what will be done.
 */
export const PLAN_TIME = /^(?:下半年|明年|来年|今后|下一步|下阶段|新的一年|(?:\d{4}|[xX×]{2,4}|[一二〇○零九]{4})年)/;
export const PLAN_VERB = new RegExp(`${WILL}|${MUST}|力争|打算|计划如下|(?:做好|抓好|完成好).{0,8}(?:工作|任务)|(?:主要)?任务是|目标是`);
/** A paragraph that announces a list of plans: …计划如下： / …抓好以下几项工作： */
export const PLAN_ANNOUNCE = new RegExp(`(?:计划|打算|安排|思路)(?:如下|是)[：:]$|(?:${WILL}|${MUST})[^。]{0,20}以下[^。]{0,12}(?:工作|任务|方面)[：:]$`);

/** Content markers, counted over a section's own paragraphs when its heading is neutral. */
export const PAST_MARKERS = /(?<![为除罢不])了(?![解如结不得却])|已经?(?![知往])|累计|截至|截止|先后|顺利完成|圆满完成/g;
export const FUTURE_MARKERS = new RegExp(
  `${WILL}|${MUST}|力争|确保|(?<![模])拟(?!定)|打算|计划(?=[在于到将：:]|举办|实施|开展|完成|新建|建设)`,
  'g',
);
export const PROBLEM_MARKERS =
  /不够|不足|欠缺|有待|偏[低小少弱慢]|不高|不强|薄弱|缺乏|匮乏|短板|差距|亟待|亟需|难以|滞后|不到位|不力|仍(?:然)?(?:存在|面临|较|不|比较)|尚(?:未|不|无|待)|还(?:不|没有|存在|有待)/g;
