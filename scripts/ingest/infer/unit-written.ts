/**
 * A unit named in the text as the subject of the opening sentence:
 * `xx区科技局，在区委、区政府正确领导下…` or `…领导下，区经科局主动…`.
 * Names without a place (`区经科局`, `科技局`) get an `xx` placeholder for it,
 * so every reconstructed name reads the same way: xx + place level + body.
 */
import type { Inferred } from '../types.ts';
import { quotedRule } from './evidence.ts';
import { hasPlace, leadershipPlace, ORG_SUFFIX_SRC } from './unit-names.ts';

const NAME = `[^\\s，,。、；：:“”"（）()《》]{2,24}?(?:${ORG_SUFFIX_SRC})`;
const AT_START = new RegExp(`^[\\s\\u3000]*(${NAME})(?=[，,]|在)`, 'u');
/** Verbs that follow the subject after a leadership clause. */
const AFTER_LEADERSHIP = new RegExp(
  `领导下[，,][\\s\\u3000]*(${NAME})(?=主动|认真|紧紧|围绕|坚持|积极|全面|按照|始终|深入|扎实|狠抓|立足|结合|进一步|大力|着力|[，,])`,
  'u',
);
/** Pronouns and time words are not names; pronouns are handled by unit-pronoun.ts. */
const NOT_A_NAME = /^(?:我|本|全|各|在|通过|经过|今年|上半年|下半年|[0-9０-９])/;
/** A name that starts with a bare level character: `区经科局`. */
const BARE_LEVEL = /^[省市县区乡镇]/;

export function writtenUnit(opening: string, head: string): Inferred<string> | null {
  const m = AT_START.exec(opening) ?? AFTER_LEADERSHIP.exec(opening);
  if (!m || NOT_A_NAME.test(m[1])) return null;
  const name = m[1];
  if (hasPlace(name)) return { value: name, evidence: name };
  if (BARE_LEVEL.test(name)) return { value: `xx${name}`, evidence: quotedRule('重建：', [name], '前补地名 xx') };
  const place = leadershipPlace(head);
  if (place) return { value: `xx${place.char}${name}`, evidence: quotedRule('重建：', [name, place.phrase]) };
  return { value: name, evidence: name };
}
