import { describe, expect, it } from 'vitest';
import { baseId, IdAllocator, reportId, slugify } from '../../scripts/ingest/identity.ts';

describe('report ids', () => {
  it('are readable ASCII made from the source path', () => {
    expect(slugify('2026_云南省_政府工作报告')).toBe('2026-yunnansheng-zhengfugongzuobaogao');
    expect(baseId('seed/000_8c866a60a19e6e87.txt')).toBe('000-8c866a60a19e6e87');
    expect(slugify('2026_陕西省_政府工作报告')).toBe('2026-shaanxi-sheng-zhengfugongzuobaogao');
    expect(slugify('2026_山西省_政府工作报告')).toBe('2026-shanxisheng-zhengfugongzuobaogao');
    expect(baseId('1955.txt')).toBe('1955');
  });

  it('number the parts of a file holding several reports', () => {
    expect(reportId('a.txt', 3, 6)).toBe('a-3');
    expect(reportId('a.txt', 1, 1)).toBe('a');
    expect(reportId('x/2015.txt', 1, 1)).toBe('2015');
  });

  it('never come out empty or with characters unsafe in a URL', () => {
    expect(slugify('很长的名字'.repeat(20))).toMatch(/^[a-z-]{1,80}$/);
    expect(slugify('很长的名字'.repeat(20)).endsWith('-')).toBe(false);
    for (const name of ['（）.txt', '！！！.md', '...txt', '报告 第1号?.docx']) {
      expect(baseId(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('stay unique when two paths slug alike, and are the same on every run', () => {
    const paths = ['2013/总结.txt', '2014/总结.txt', 'a/报告.txt', 'a-baogao.txt', 'a/baogao.md', 'b.txt', 'c-1.txt', 'c.txt'];
    const allocate = () => {
      const ids = new IdAllocator(paths);
      return [
        ids.next('2013/总结.txt', 1, 1),
        ids.next('2014/总结.txt', 1, 1),
        ids.next('a/报告.txt', 1, 1),
        ids.next('a-baogao.txt', 1, 1),
        ids.next('a/baogao.md', 1, 1),
        ids.next('b.txt', 1, 1),
        ids.next('c-1.txt', 1, 1),
        ids.next('c.txt', 1, 2),
        ids.next('c.txt', 2, 2),
      ];
    };
    const ids = allocate();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['2013-zongjie', '2014-zongjie']);
    expect(ids[5]).toBe('b');
    expect(ids[2]).toMatch(/^a-baogao-[0-9a-f]{6}$/);
    expect(ids[7]).toMatch(/^c-1-[0-9a-f]{6}$/);
    expect(allocate()).toEqual(ids);
  });
});
