import { describe, expect, it } from 'vitest';
import { baseId, IdAllocator, reportId, slugify } from '../../scripts/ingest/identity.ts';

describe('report ids', () => {
  it('are readable ASCII made from the source path', () => {
    expect(slugify('2026_云南省_政府工作报告')).toBe('2026-yunnansheng-zhengfugongzuobaogao');
    expect(baseId('seed/000_8c866a60a19e6e87.txt')).toBe('seed-000-8c866a60a19e6e87');
    expect(baseId('1955.txt')).toBe('1955');
  });

  it('number the parts of a file holding several reports', () => {
    expect(reportId('a.txt', 3, 6)).toBe('a-3');
    expect(reportId('a.txt', 1, 1)).toBe('a');
  });

  it('never come out empty or with characters unsafe in a URL', () => {
    for (const name of ['（）.txt', '！！！.md', '...txt', '报告 第1号?.docx']) {
      expect(baseId(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('stay unique when two paths slug alike, and are the same on every run', () => {
    const paths = ['a/报告.txt', 'a-baogao.txt', 'b.txt', 'c-1.txt', 'c.txt'];
    const allocate = () => {
      const ids = new IdAllocator(paths);
      return [ids.next('a/报告.txt', 1, 1), ids.next('a-baogao.txt', 1, 1), ids.next('b.txt', 1, 1), ids.next('c-1.txt', 1, 1), ids.next('c.txt', 1, 2), ids.next('c.txt', 2, 2)];
    };
    const ids = allocate();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[2]).toBe('b');
    expect(ids[0]).toMatch(/^a-baogao-[0-9a-f]{6}$/);
    expect(ids[4]).toMatch(/^c-1-[0-9a-f]{6}$/);
    expect(allocate()).toEqual(ids);
  });
});
