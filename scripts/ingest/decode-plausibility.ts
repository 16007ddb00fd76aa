/**
 * How much a decoded text looks like real Chinese, used to choose between
 * GB18030 and Big5 when a file is not UTF-8. Both decoders accept most
 * double-byte sequences, so validity alone cannot tell them apart.
 *
 * The measure is the share of non-ASCII characters that are "common": the
 * 3755 level-1 characters of GB2312 (simplified), the 5401 level-1 characters
 * of Big5 (traditional), and the two standards' punctuation rows. A text read
 * in its own encoding scores close to 1; read in the other one it turns into
 * rare characters and scores about 0.25–0.55 (see tests/ingest/decode.test.ts).
 */

/** 1 at a BMP code point that is a common character or punctuation mark. */
const COMMON = buildCommonTable();

/** Below this share a decode is considered garbage rather than text. */
export const MIN_PLAUSIBLE_SHARE = 0.5;
/** With fewer non-ASCII characters than this the share says too little to reject a decode. */
export const MIN_COUNTED = 20;

export interface Plausibility {
  /** Common characters / non-ASCII characters, 0 when there are none. */
  share: number;
  /** Non-ASCII characters looked at. */
  counted: number;
}

/** Scores at most the first `limit` UTF-16 code units of `text`. */
export function plausibility(text: string, limit = 200_000): Plausibility {
  const end = Math.min(text.length, limit);
  let counted = 0;
  let common = 0;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    counted++;
    common += COMMON[unit]!;
  }
  return { share: counted ? common / counted : 0, counted };
}

type Range = readonly [number, number];

// The tables are made by decoding the standards' own code ranges, so no
// character list has to be kept in the source.
function buildCommonTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const gbTrail: Range[] = [[0xa1, 0xfe]];
  const big5Trail: Range[] = [[0x40, 0x7e], [0xa1, 0xfe]];
  // GB2312: row A1 punctuation, row A3 full-width ASCII, B0–D7 level-1 hanzi.
  mark(table, 'gb18030', [[0xa1, 0xa1], [0xa3, 0xa3], [0xb0, 0xd7]], gbTrail);
  // Big5: A1–A2 punctuation and full-width forms, A440–C67E level-1 hanzi.
  mark(table, 'big5', [[0xa1, 0xa2], [0xa4, 0xc5]], big5Trail);
  mark(table, 'big5', [[0xc6, 0xc6]], [[0x40, 0x7e]]);
  return table;
}

function mark(table: Uint8Array, encoding: string, leads: Range[], trails: Range[]): void {
  const bytes: number[] = [];
  for (const [lo, hi] of leads) {
    for (let lead = lo; lead <= hi; lead++) {
      for (const [tlo, thi] of trails) {
        for (let trail = tlo; trail <= thi; trail++) bytes.push(lead, trail);
      }
    }
  }
  const text = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Unassigned codes decode to U+FFFD or the private use area: not common.
    const isPrivate = unit >= 0xe000 && unit <= 0xf8ff;
    if (unit !== 0xfffd && !isPrivate && (unit < 0xd800 || unit > 0xdfff)) table[unit] = 1;
  }
}
