/**
 * A unit that only calls itself 我局 / 我科 / 我院. Its name is rebuilt from
 * what the text does say: the level from the leading committee (`在县委县政府`
 * → 县), the line of work from the words the report keeps using (科技 → 科技局),
 * a section's name where the text gives it (`预防科在完成…`), and its parent
 * from `市院` plus the work (职务犯罪 → 人民检察院). The place itself stays
 * `xx`, the same placeholder the anonymised seed reports use.
 */
import type { Inferred } from '../types.ts';
import { quotedRule } from './evidence.ts';
import { leadershipPlace } from './unit-names.ts';

const PRONOUN = /我(局|委|办|厅|院|科|处|股|所|中心|站|队)/u;

/** Lines of work, in order of preference on a tie; `经科` before `科技` so 经科局 is not read as 科技局. */
const TOPICS = [
  '经科', '科技', '教育', '财政', '民政', '卫健', '卫生', '生态环境', '环保', '公安', '司法', '审计', '统计',
  '商务', '农业农村', '农业', '林业', '水利', '水务', '交通运输', '交通', '文旅', '文化', '旅游', '体育',
  '人社', '住建', '规划', '自然资源', '国土', '市场监管', '工商', '税务', '安监', '应急管理', '城管',
  '粮食', '档案', '气象', '地震', '发改', '经信', '扶贫', '畜牧', '农机', '信访', '人防', '民宗', '侨务',
] as const;
/** A topic must recur to count: one mention is a passing reference. */
const MIN_TOPIC_COUNT = 2;

/** A section named in the text: `预防科在完成本职工作的同时`. */
const SECTION = /(?<![\u4e00-\u9fa5])(?!我|本|该|全|各|学|专)([\u4e00-\u9fa5]{2,4}?)(科|处|股)(?=在|要|的|认真|积极|全体|按时|坚持|始终|将|今年|全年|共)/u;
/** A court or procuratorate above the writer: `在市院和院党组的正确领导下`. */
const PARENT_COURT = /(省|市|县|区)院/u;
const PROCURATORATE_WORDS = /检察|职务犯罪|公诉|侦查|批捕/u;
const COURT_WORDS = /审判|审理|法官|法庭|审结/u;

function topicOf(s: string): { topic: string; count: number } | null {
  let best: { topic: string; count: number } | null = null;
  for (const topic of TOPICS) {
    let count = 0;
    for (let i = s.indexOf(topic); i !== -1; i = s.indexOf(topic, i + topic.length)) count++;
    if (count >= MIN_TOPIC_COUNT && (!best || count > best.count)) best = { topic, count };
  }
  return best;
}

function courtKind(text: string): string | null {
  if (PROCURATORATE_WORDS.test(text)) return '人民检察院';
  if (COURT_WORDS.test(text)) return '人民法院';
  return null;
}

export function pronounUnit(opening: string, head: string, headings: string[], text: string): Inferred<string> | null {
  const pronoun = PRONOUN.exec(opening) ?? PRONOUN.exec(head);
  if (!pronoun) return null;
  const [said, suffix] = pronoun;
  // `市院` means a court or procuratorate only to its own staff; in a bureau's text it may be part of 城市院落.
  const inCourt = suffix === '科' || suffix === '处' || suffix === '股' || suffix === '院';
  const court = inCourt ? PARENT_COURT.exec(head) : null;
  const place = court ? { char: court[1], phrase: court[0] } : leadershipPlace(head);
  const where = place ? `xx${place.char}` : 'xx';
  const because = place ? [said, place.phrase] : [said];

  if (suffix === '科' || suffix === '处' || suffix === '股') {
    const section = SECTION.exec(text);
    const name = section ? section[1] + section[2] : null;
    const parent = court ? courtKind(text) : null;
    if (!name) return null;
    return {
      value: `${where}${parent ?? ''}${name}`,
      evidence: quotedRule('重建：', [...because, name]),
    };
  }
  if (suffix === '院') {
    const kind = courtKind(head);
    return kind ? { value: `${where}${kind}`, evidence: quotedRule('重建：', because) } : null;
  }
  const topic = topicOf(head + headings.join('\n'));
  if (!topic) return null;
  // 厅 is a provincial department whatever committee the text names.
  const level = suffix === '厅' && !place ? 'xx省' : where;
  return { value: `${level}${topic.topic}${suffix}`, evidence: quotedRule('重建：', [...because, topic.topic]) };
}
