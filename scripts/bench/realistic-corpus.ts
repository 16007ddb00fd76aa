/**
 * A deterministic, realistic benchmark corpus: N work reports by ~500 units
 * over 20 years (2005–2024), each written like the real ones — the unit and
 * year in the title and the opening sentence, numbered sections, and
 * paragraphs taken from the real texts bundled with the project, either
 * whole or recombined from sentences of different reports, with their
 * numbers and self-references (全县, 我区) varied. Term frequencies thus
 * look like a real archive's rather than a few paragraphs repeated. Lengths
 * vary from about 2 KB to 30 KB (median ≈ 8 KB of UTF-8); one file in ten is
 * GB18030, as scraped archives are.
 */
import iconv from 'iconv-lite';
import { loadCorpusSources, type CorpusSources } from './corpus-sources.ts';
import { benchUnits, type BenchUnit } from './corpus-units.ts';
import { prng } from './synthetic-reports.ts';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const FIRST_YEAR = 2005;
const YEARS = 20;

export interface BenchReport {
  fileName: string;
  data: Buffer;
}

interface Kind {
  title: (u: BenchUnit, year: number) => string;
  opening: (u: BenchUnit, year: number) => string;
}

const leaders = (u: BenchUnit) =>
  u.place === '国' ? '在党中央的坚强领导下' : `在${u.place}委、${u.place}政府的正确领导下`;

const KINDS: Kind[] = [
  {
    title: (u, y) => `${u.name}${y}年工作总结`,
    opening: (u, y) => `${u.name}，${leaders(u)}，围绕全${u.place}中心工作，认真履行职责，${y}年各项工作取得新进展，现总结如下。`,
  },
  {
    title: (u, y) => `${u.name}${y}年上半年工作总结和下半年工作计划`,
    opening: (u, y) => `${y}年上半年，${u.name}${leaders(u)}，扎实推进各项工作，圆满完成了上半年各项工作任务。`,
  },
  {
    title: (u, y) => `${u.name}${y}年工作计划`,
    opening: (u, y) => `${u.name}，${leaders(u)}，为做好${y}年工作，特制定如下计划。`,
  },
];

/** A government reports to its congress instead. */
const GOVERNMENT_REPORT: Kind = {
  title: (u, y) => `${y}年${u.name.replace(/人民政府$/, '')}政府工作报告`,
  opening: (u, y) => `各位代表：现在，我代表${u.name}，向大会报告${y}年政府工作，请予审议。`,
};

type Rand = () => number;

/** Numbers change a little (a realistic archive repeats phrasing, not figures); self-references follow the unit. */
function vary(text: string, u: BenchUnit, rand: Rand): string {
  return text
    .replace(/\d+(?:\.\d+)?/g, (n) => {
      const value = Number(n) * (0.6 + rand() * 0.8);
      return n.includes('.') ? value.toFixed(n.split('.')[1]!.length) : String(Math.max(1, Math.round(value)));
    })
    .replace(/([全我本])[省市县区镇乡](?![长委])/gu, (_, w: string) => `${w}${u.place === '国' ? '国' : u.place}`);
}

function paragraph(src: CorpusSources, u: BenchUnit, rand: Rand): string {
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  if (rand() < 0.5) return vary(pick(src.paragraphs), u, rand);
  const n = 2 + Math.floor(rand() * 4);
  return vary(Array.from({ length: n }, () => pick(src.sentences)).join(''), u, rand);
}

/** Target size in characters: log-normal, median ≈ 2,700 characters (≈ 8 KB of UTF-8). */
function targetChars(rand: Rand): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return Math.round(Math.min(10_000, Math.max(700, 2700 * Math.exp(0.5 * normal))));
}

function reportText(src: CorpusSources, u: BenchUnit, year: number, rand: Rand): string {
  const kind = u.government && rand() < 0.7 ? GOVERNMENT_REPORT : KINDS[Math.floor(rand() * KINDS.length)]!;
  const lines = [kind.title(u, year), `　　${kind.opening(u, year)}`];
  const target = targetChars(rand);
  let size = lines[1]!.length;
  for (let h = 0; size < target && h < NUMERALS.length; h++) {
    lines.push(`　　${NUMERALS[h]}、${src.headings[Math.floor(rand() * src.headings.length)]!.replace(/[。：:]$/, '')}`);
    const paragraphs = 2 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs && size < target; p++) {
      const text = paragraph(src, u, rand);
      lines.push(`　　${text}`);
      size += text.length;
    }
  }
  return `${lines.join('\n')}\n`;
}

/** N reports; the same N and seed give the same bytes on every machine. */
export async function* realisticReports(count: number, seed = 1): AsyncGenerator<BenchReport> {
  const src = await loadCorpusSources();
  const units = benchUnits();
  const rand = prng(seed);
  for (let i = 0; i < count; i++) {
    // Every unit in turn, so each has a history spread over the years.
    const unit = units[i % units.length]!;
    const year = FIRST_YEAR + Math.floor(rand() * YEARS);
    const text = reportText(src, unit, year, rand);
    const gbk = rand() < 0.1;
    yield {
      fileName: `${String(i).padStart(6, '0')}.txt`,
      data: gbk ? iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030') : Buffer.from(text),
    };
  }
}

/** Counts of the material, for the benchmark's header. */
export async function corpusStats(): Promise<{ paragraphs: number; sentences: number; headings: number }> {
  const src = await loadCorpusSources();
  return { paragraphs: src.paragraphs.length, sentences: src.sentences.length, headings: src.headings.length };
}
