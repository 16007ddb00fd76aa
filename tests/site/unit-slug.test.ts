import { describe, expect, it } from 'vitest';
import { unitSlug } from '../../src/lib/unit-slug.ts';

describe('unit slugs', () => {
  it('read as pinyin and stay unique for names that read alike', () => {
    expect(unitSlug('国务院')).toMatch(/^guowuyuan-[0-9a-f]{6}$/);
    expect(unitSlug('陕西省人民政府')).not.toBe(unitSlug('山西省人民政府'));
    expect(unitSlug('某县')).not.toBe(unitSlug('某线'));
  });

  it('depend only on the name', () => {
    expect(unitSlug('xx区科技局')).toBe(unitSlug('xx区科技局'));
    expect(unitSlug(null)).toBe('unknown');
  });
});
