import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toSourceDocs } from '../../scripts/ingest/formats/index.ts';
import { IngestError } from '../../scripts/ingest/problems.ts';
import type { InputFile, Problem } from '../../scripts/ingest/types.ts';

function input(relPath: string, bytes: Uint8Array | string): InputFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { relPath, absPath: `/tmp/${relPath}`, bytes: data, sha256: createHash('sha256').update(data).digest('hex') };
}

const fixture = (name: string) => input(name, new Uint8Array(readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url))));

async function problemOf(file: InputFile): Promise<Problem> {
  const error = await toSourceDocs(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(IngestError);
  return (error as IngestError).problem;
}

/** The decoded lines of a UTF-8 input, numbered from 1, LF or CR LF line ends. */
const lineOf = (text: string, n: number) => text.split(/\r?\n/)[n - 1];

describe('.txt', () => {
  it('is one document from line 1, in its detected encoding', async () => {
    const { docs, warnings } = await toSourceDocs(fixture('2015.txt'));
    expect(warnings).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ encoding: 'gb18030', firstLine: 1, stated: {} });
    expect(docs[0]!.text).toContain('国务院总理<U+00A0>李克强');
  });
});

describe('.csv (real provincial reports, UTF-8 with BOM)', () => {
  it('河北: body, title, unit (province), year, publishDate, and the line the body starts on', async () => {
    const { docs, warnings } = await toSourceDocs(fixture('2026_河北省_政府工作报告.csv'));
    expect(warnings).toEqual([]);
    expect(docs).toHaveLength(1);
    const doc = docs[0]!;
    expect(doc.stated).toEqual({ title: '2026年河北省政府工作报告', unit: '河北省', year: 2026, publishDate: '2026-02-02' });
    expect(doc).toMatchObject({ encoding: 'utf-8-bom', row: 1, firstLine: 2 });
    expect(doc.text.startsWith('下载\n打印\n全屏\n')).toBe(true);
    expect(doc.text.endsWith('奋力谱写中国式现代化建设河北篇章！\n相关报道：')).toBe(true);
    expect(doc.text).toHaveLength(9832);
  });

  it('云南: the province column is the unit as is', async () => {
    const { docs } = await toSourceDocs(fixture('2026_云南省_政府工作报告.csv'));
    expect(docs[0]!.stated).toEqual({ title: '2026年政府工作报告', unit: '云南省', year: 2026, publishDate: '2026-02-03' });
    expect(docs[0]!.text.startsWith('您的位置:\n首页\n')).toBe(true);
    expect(docs[0]!.text).toHaveLength(19469);
  });
});

describe('.csv', () => {
  const MULTI =
    'title,year,full_text\n' +
    '"第一份\n（续）",2024,"一、总体情况\n正文第一段"\n' +
    '\n' +
    '第二份,2025,"二、""重点""工作\n甲\n乙"\n';

  it('multi-line quoted fields: firstLine is the line where each body starts', async () => {
    const { docs } = await toSourceDocs(input('m.csv', MULTI));
    expect(docs.map((d) => [d.row, d.firstLine, d.text])).toEqual([
      [1, 3, '一、总体情况\n正文第一段'],
      [2, 6, '二、"重点"工作\n甲\n乙'],
    ]);
    // In the file, quotes inside a quoted field are doubled.
    for (const doc of docs) expect(lineOf(MULTI, doc.firstLine)).toContain(doc.text.split('\n')[0]!.replace(/"/g, '""'));
  });

  it('CR LF line ends give the same line numbers', async () => {
    const { docs } = await toSourceDocs(input('m.csv', MULTI.replace(/\n/g, '\r\n')));
    expect(docs.map((d) => [d.firstLine, d.text])).toEqual([
      [3, '一、总体情况\n正文第一段'],
      [6, '二、"重点"工作\n甲\n乙'],
    ]);
  });

  it('reads a GBK CSV with Chinese column names (正文, 标题, 发文机关, 年份, 发布日期)', async () => {
    const csv = '标题,发文机关,年份,发布日期,正文\n科技局上半年工作总结,xx区科技局,2019年,2019年7月5日,"一、完成考核。\n二、推进项目。"\n';
    const { docs, warnings } = await toSourceDocs(input('科技局.csv', new Uint8Array(iconv.encode(csv, 'gbk'))));
    expect(warnings).toEqual([]);
    expect(docs).toEqual([
      {
        text: '一、完成考核。\n二、推进项目。',
        encoding: 'gb18030',
        firstLine: 2,
        row: 1,
        stated: { title: '科技局上半年工作总结', unit: 'xx区科技局', year: 2019, publishDate: '2019-07-05' },
      },
    ]);
  });

  it('skips a row with an empty body with a warning naming its line; later rows keep their numbers', async () => {
    const csv = 'title,text\nA,"正文A"\nB,"  "\nC,正文C\n';
    const { docs, warnings } = await toSourceDocs(input('e.csv', csv));
    expect(docs.map((d) => [d.row, d.stated.title])).toEqual([[1, 'A'], [3, 'C']]);
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'e.csv', line: 3, message: 'row 2: the "text" field is empty; row skipped' })]);
  });

  it('warns about a year or date it cannot read instead of guessing', async () => {
    const csv = 'year,date,body\n20xx,2026-02-30,正文\n';
    const { docs, warnings } = await toSourceDocs(input('y.csv', csv));
    expect(docs[0]!.stated).toEqual({});
    expect(warnings.map((w) => [w.field, w.line, w.message])).toEqual([
      ['year', 2, 'row 1: year "20xx" is not a four-digit year; ignored'],
      ['publishDate', 2, 'row 1: date "2026-02-30" is not a real calendar date; ignored'],
    ]);
  });

  it('without a body-like column name, takes the longest column and says so', async () => {
    const csv = 'name,report\n科技局,"一、完成考核。二、推进项目。"\n';
    const { docs, warnings } = await toSourceDocs(input('g.csv', csv));
    expect(docs[0]!.text).toBe('一、完成考核。二、推进项目。');
    expect(warnings[0]!.message).toMatch(/took "report"/);
  });

  it('a CSV without a header row is an error', async () => {
    const csv = '"一、完成国家科技进步示范区考核。科技局把迎接考核作为全年工作的重中之重。",2019\n';
    expect(await problemOf(input('n.csv', csv))).toMatchObject({ line: 1, message: 'the CSV has no header row naming its columns' });
  });

  it.each([
    ['a closing quote followed by text', 'title,full_text\nA,"正文\n\nB,"未闭合\n', 4, /closing quote is followed by more text/],
    ['a quote that is never closed', 'title,full_text\nA,B\nC,"正文\n\n第二段\n', 3, /row starting on line 3 is never closed/],
    ['a quote inside an unquoted field', 'title,full_text\nA,正"文\n', 2, /quote appears inside a field/],
  ])('an unparsable CSV is an error with its line: %s', async (_, csv, line, message) => {
    const p = await problemOf(input('q.csv', csv));
    expect(p.line).toBe(line);
    expect(p.message).toMatch(/^cannot parse the CSV: /);
    expect(p.message).toMatch(message);
    expect(p.hint).toMatch(/double quotes/);
  });
});

describe('.md', () => {
  it('takes title, unit and year from frontmatter, and the body with its first line', async () => {
    const md = '---\ntitle: 2019年上半年工作总结\nunit: xx区科技局\nyear: 2019\n---\n一、完成考核。\n';
    const { docs, warnings } = await toSourceDocs(input('a.md', md));
    expect(warnings).toEqual([]);
    expect(docs).toEqual([
      { text: '一、完成考核。\n', encoding: 'utf-8', firstLine: 6, stated: { title: '2019年上半年工作总结', unit: 'xx区科技局', year: 2019 } },
    ]);
  });

  it('without frontmatter is the whole text from line 1', async () => {
    const { docs } = await toSourceDocs(input('b.markdown', '# 标题\n\n---\n正文'));
    expect(docs[0]).toMatchObject({ text: '# 标题\n\n---\n正文', firstLine: 1, stated: {} });
  });

  it('broken frontmatter YAML is an error naming the file line', async () => {
    const md = '---\ntitle: 总结\nunit: [xx区科技局\nyear: 2019\n---\n正文\n';
    const p = await problemOf(input('c.md', md));
    expect(p.file).toBe('c.md');
    // yaml notices the unclosed [ of line 3 on the next line.
    expect(p.line).toBe(4);
    expect(p.message).toMatch(/^the frontmatter is not valid YAML: .*\(column 1\)$/);
    expect(p.hint).toMatch(/fix the YAML .* or remove the block/);
  });

  it('a bad value on a given line is reported on that line', async () => {
    const md = '---\ntitle: 总结\nunit: a: b\n---\n正文\n';
    expect((await problemOf(input('d.md', md))).line).toBe(3);
  });

  it('an unclosed frontmatter block is an error on line 1', async () => {
    const p = await problemOf(input('e.md', '---\ntitle: 总结\n正文\n'));
    expect(p).toMatchObject({ line: 1, message: 'the frontmatter block opened by --- on line 1 is never closed' });
  });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx whose body is `bodyXml` (w:p elements). */
async function makeDocx(bodyXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('.docx', () => {
  it('gives one paragraph per line, keeps empty paragraphs and line breaks inside a paragraph', async () => {
    const body = p('科技局上半年工作总结') + '<w:p/>' + p('一、完成考核。') +
      '<w:p><w:r><w:t>二、推进项目</w:t><w:br/><w:t>（一）</w:t><w:tab/><w:t>A&amp;B</w:t></w:r></w:p>';
    const { docs, warnings } = await toSourceDocs(input('a.docx', await makeDocx(body)));
    expect(warnings).toEqual([]);
    expect(docs).toEqual([
      { text: '科技局上半年工作总结\n\n一、完成考核。\n二、推进项目\n（一）\tA&B\n', encoding: 'docx', firstLine: 1, stated: {} },
    ]);
  });

  it('a corrupt .docx is an error with a hint', async () => {
    const whole = await makeDocx(p('正文'));
    const problem = await problemOf(input('c.docx', whole.subarray(0, 40)));
    expect(problem.message).toMatch(/^cannot read the \.docx file: /);
    expect(problem.hint).toMatch(/save it again as \.docx/);
  });

  it('a ZIP that is not a Word document is an error', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const problem = await problemOf(input('z.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect(problem.message).toMatch(/^cannot read the \.docx file: /);
  });

  it('an old .doc renamed to .docx is named as such', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await problemOf(input('old.docx', ole))).message).toBe('this is an old Word (.doc) file with a .docx name');
  });

  it('a document without text is "file is empty"', async () => {
    expect((await problemOf(input('e.docx', await makeDocx('<w:p/>')))).message).toMatch(/^file is empty/);
  });
});

describe('dispatch', () => {
  it('refuses an extension it has no reader for', async () => {
    expect((await problemOf(input('a.rtf', 'x'))).message).toBe('unsupported file type ".rtf"');
  });

  it('matches extensions case-insensitively', async () => {
    const { docs } = await toSourceDocs(input('A.TXT', '正文'));
    expect(docs[0]!.text).toBe('正文');
  });
});
