import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/ingest/decode.ts';
import { firstInvalidOffset } from '../../scripts/ingest/decode-offset.ts';
import { MIN_PLAUSIBLE_SHARE, plausibility } from '../../scripts/ingest/decode-plausibility.ts';
import { IngestError } from '../../scripts/ingest/problems.ts';
import type { Problem } from '../../scripts/ingest/types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url)));

const SIMPLIFIED = '各位代表：过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新成绩。全年地区生产总值增长5.2%，城乡居民收入稳步增长。';
const TRADITIONAL = '各位代表：過去一年，我們堅持穩中求進工作總基調，經濟社會發展取得新成績。全年地區生產總值增長5.2%，城鄉居民收入穩步增長，就業形勢總體穩定。';

const bytesOf = (text: string, encoding: string, addBOM = false) => new Uint8Array(iconv.encode(text, encoding, { addBOM }));

/** The Problem of the IngestError that decoding `bytes` throws. */
function problemOf(bytes: Uint8Array): Problem {
  try {
    decode(bytes, 'in/bad.txt');
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return (err as IngestError).problem;
  }
  throw new Error('decode did not throw');
}

describe('decode: encodings round-trip exactly', () => {
  it.each([
    ['utf-8', 'utf8', false],
    ['utf-8-bom', 'utf8', true],
    ['utf-16le', 'utf-16le', true],
    ['utf-16be', 'utf-16be', true],
    ['gb18030', 'gb18030', false],
  ] as const)('%s', (expected, iconvName, bom) => {
    const text = `${SIMPLIFIED}\r\n第二行\u3000😀\n`;
    expect(decode(bytesOf(text, iconvName, bom), 'a.txt')).toEqual({ text, encoding: expected });
  });

  it('big5 (traditional characters)', () => {
    const text = `${TRADITIONAL}\n二、明年工作安排\n`;
    expect(decode(bytesOf(text, 'big5'), 'a.txt')).toEqual({ text, encoding: 'big5' });
  });

  it('tells short texts apart both ways', () => {
    expect(decode(bytesOf('政府工作報告', 'big5'), 'a.txt').encoding).toBe('big5');
    expect(decode(bytesOf('政府工作报告', 'gbk'), 'a.txt').encoding).toBe('gb18030');
  });

  it('keeps a U+FFFD that is really in the input', () => {
    expect(decode(new TextEncoder().encode('a\uFFFDb'), 'a.txt').text).toBe('a\uFFFDb');
  });
});

describe('decode: real GBK reports', () => {
  it('reads 2015.txt (GBK, CR CR LF) without changing line ends', () => {
    const { text, encoding } = decode(fixture('2015.txt'), '2015.txt');
    expect(encoding).toBe('gb18030');
    expect(text).toContain('——2015年3月5日在第十二届全国人民代表大会第三次会议上');
    expect(text.match(/\r\r\n/g)).toHaveLength(116);
    expect(text).not.toContain('\uFFFD');
  });

  it('reads 2000.txt, including characters outside GB2312 (镕 = E9 46)', () => {
    const { text, encoding } = decode(fixture('2000.txt'), '2000.txt');
    expect(encoding).toBe('gb18030');
    expect(text.match(/朱镕基/g)).toHaveLength(6);
    expect(text).not.toContain('\uFFFD');
  });
});

describe('decode: plausibility score', () => {
  const shareAs = (bytes: Uint8Array, encoding: string) => plausibility(new TextDecoder(encoding).decode(bytes)).share;

  it('scores each text near 1 in its own encoding and low in the other', () => {
    const gbk = fixture('2015.txt');
    const big5 = bytesOf(TRADITIONAL.repeat(3), 'big5');
    expect(shareAs(gbk, 'gb18030')).toBeGreaterThan(0.99);
    expect(shareAs(big5, 'big5')).toBeGreaterThan(0.99);
    expect(shareAs(gbk, 'big5')).toBeLessThan(0.6);
    expect(shareAs(big5, 'gb18030')).toBeLessThan(MIN_PLAUSIBLE_SHARE);
  });
});

describe('decode: undecodable bytes', () => {
  it('names the byte offset of a bad byte in a GBK file', () => {
    const bytes = fixture('2015.txt');
    bytes[20001] = 0xff;
    const p = problemOf(bytes);
    expect(p).toMatchObject({ severity: 'error', file: 'in/bad.txt', offset: 20001 });
    expect(p.message).toMatch(/^cannot decode the bytes FF .*reads as GB18030\/GBK/);
    expect(p.hint).toMatch(/save the file as UTF-8/);
  });

  it('finds a bad byte far beyond the first 64 KiB, and one across a chunk boundary', () => {
    // 99-byte lines: 49 two-byte characters and LF, so every line starts with a lead byte.
    const far = bytesOf(`${'政'.repeat(49)}\n`.repeat(2000), 'gbk');
    far[99 * 1516] = 0xff;
    expect(firstInvalidOffset(far, 'gb18030')).toBe(99 * 1516);
    // One ASCII byte first, so that characters start at odd offsets and one straddles 64 KiB.
    const across = bytesOf(`a${'政'.repeat(40_000)}`, 'gbk');
    across[65_536] = 0x7f; // trail byte of the character at 65 535; 0x7F never is one
    expect(firstInvalidOffset(across, 'gb18030')).toBe(65_535);
    expect(problemOf(across).offset).toBe(65_535);
  });

  it('points at the start of a broken UTF-8 sequence instead of reading it as GBK', () => {
    const bytes = bytesOf(SIMPLIFIED.repeat(5), 'utf8');
    bytes[31] = 0x41; // 2nd byte of the character that starts at byte 30
    const p = problemOf(bytes);
    expect(p.offset).toBe(30);
    expect(p.message).toContain(`${bytes[30]!.toString(16).toUpperCase()} 41`);
    expect(p.message).toMatch(/reads as UTF-8/);
  });

  it('counts the BOM in the offset of a broken UTF-8-with-BOM file', () => {
    const bytes = bytesOf(SIMPLIFIED, 'utf8', true);
    bytes[6] = 0xc0;
    expect(problemOf(bytes).offset).toBe(6);
  });

  it('reports a GBK file cut off inside its last character', () => {
    const whole = bytesOf(SIMPLIFIED.repeat(3), 'gbk');
    const cut = whole.subarray(0, whole.length - 1);
    expect(problemOf(cut).offset).toBe(cut.length - 1);
  });

  it('reports an unpaired surrogate in UTF-16', () => {
    const bytes = bytesOf('ab中文', 'utf-16le', true);
    const broken = new Uint8Array([...bytes, 0x00, 0xd8, 0x41, 0x00]);
    expect(problemOf(broken).offset).toBe(bytes.length);
  });

  it('refuses Latin-1 text rather than turning it into Chinese', () => {
    const p = problemOf(bytesOf('Café, naïve résumé: déjà vu. Ça va très bien, merci à tous.', 'win1252'));
    expect(p.offset).toBe(3);
    expect(p.message).toMatch(/not UTF-8, GB18030\/GBK or Big5/);
  });

  it('refuses text that decodes but reads as rare characters only', () => {
    const bytes = new Uint8Array(60).map((_, i) => (i % 2 ? 0x40 : 0x81)); // GBK 8140 = 丂, 30 times
    const p = problemOf(bytes);
    expect(p.offset).toBe(0);
    expect(p.message).toMatch(/^cannot tell the encoding: .* as GB18030\/GBK only 0% of the characters are common Chinese/);
  });

  it('never returns U+FFFD for damaged text: it decodes cleanly or throws', () => {
    let x = 42;
    const random = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    const bases = [bytesOf(SIMPLIFIED, 'gbk'), bytesOf(TRADITIONAL, 'big5'), bytesOf(SIMPLIFIED, 'utf8')];
    const outcomes = { decoded: 0, refused: 0 };
    for (let round = 0; round < 300; round++) {
      const bytes = bases[round % 3]!.slice();
      bytes[random(bytes.length)] = random(255) + 1; // one random non-NUL byte
      try {
        expect(decode(bytes, 'r.txt').text).not.toContain('\uFFFD');
        outcomes.decoded++;
      } catch (err) {
        expect(err).toBeInstanceOf(IngestError);
        outcomes.refused++;
      }
    }
    // Both branches must have run for the test to mean anything.
    expect(outcomes.decoded).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(50);
  });
});

describe('decode: empty and binary files', () => {
  it.each([
    ['0 bytes', new Uint8Array()],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['only whitespace', new TextEncoder().encode(' \r\n\u3000\t\n')],
    ['a UTF-16 BOM and spaces', bytesOf('  ', 'utf-16le', true)],
  ])('%s is "file is empty"', (_, bytes) => {
    expect(problemOf(bytes).message).toMatch(/^file is empty/);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG image/],
    ['PDF', [...new TextEncoder().encode('%PDF-1.7\n')], /PDF/],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP archive/],
    ['old Word', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /save it as \.docx/],
  ])('%s is "not a text file"', (_, bytes, what) => {
    const p = problemOf(new Uint8Array(bytes));
    expect(p.message).toMatch(/^not a text file/);
    expect(p.message).toMatch(what);
    expect(p.hint).toMatch(/\.txt, \.md, \.csv .*\.docx/);
  });

  it('NUL bytes in a file without a UTF-16 BOM: not a text file, at the first NUL', () => {
    const p = problemOf(bytesOf('ab中文', 'utf-16le'));
    expect(p.message).toMatch(/^not a text file: it holds NUL bytes/);
    expect(p.offset).toBe(1);
  });
});
