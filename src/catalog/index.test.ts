import { describe, expect, it } from 'vitest';
import { catalogEntries, classCodeForLabel, codesByName, lookupCode, parentCode } from './index.ts';

describe('classification catalog', () => {
  it('looks up codes by year, with parents and levels', () => {
    expect(lookupCode('functional', '2013701', 2021)).toMatchObject({
      name: '行政运行',
      level: 'item',
      parent: '20137',
    });
    expect(lookupCode('functional', '20137', 2021)?.name).toBe('网信事务');
    expect(lookupCode('functional', '20137', 2017)).toBeNull();
    expect(lookupCode('functional', '201', 2021)).toMatchObject({ level: 'class', parent: null });
    expect(lookupCode('economic', '30113', 2021)).toMatchObject({ name: '住房公积金', parent: '301' });
    expect(parentCode('functional', '2210201')).toBe('22102');
  });

  it('versions renamed and split items', () => {
    expect(lookupCode('economic', '39906', 2021)?.name).toBe('赠与');
    expect(lookupCode('economic', '39906', 2023)).toBeNull();
    expect(lookupCode('economic', '39909', 2023)?.name).toBe('经常性赠与');
    expect(codesByName('functional', '文化体育与传媒支出', { level: 'class' })[0]?.code).toBe('207');
  });

  it('finds names under a parent (行政运行 exists under many 款)', () => {
    expect(codesByName('functional', '行政运行').length).toBeGreaterThan(10);
    expect(codesByName('functional', '行政运行', { parent: '20137' }).map((e) => e.code)).toEqual([
      '2013701',
    ]);
    expect(classCodeForLabel('十九、住房保障支出')).toBe('221');
    expect(classCodeForLabel('一、一般公共服务支出')).toBe('201');
    expect(classCodeForLabel('本年支出合计')).toBeNull();
  });

  it('holds the full 301/302/303/307/310/399 lists', () => {
    const economic = catalogEntries('economic', 2021);
    const count = (p: string): number => economic.filter((e) => e.parent === p).length;
    expect(count('301')).toBe(13);
    expect(count('302')).toBe(27);
    expect(count('303')).toBe(12);
    expect(count('307')).toBe(4);
    expect(count('310')).toBe(16);
    expect(count('399')).toBe(4);
    expect(
      catalogEntries('functional', 2021).filter((e) => e.level === 'class').length,
    ).toBeGreaterThanOrEqual(26);
  });

  it('every code has a consistent parent in the same catalog', () => {
    for (const system of ['functional', 'economic'] as const) {
      for (const e of catalogEntries(system)) {
        if (e.parent !== null) expect(lookupCode(system, e.parent), `${e.code} → ${e.parent}`).not.toBeNull();
      }
    }
  });
});
