import { hunanVehicleCategories, VEHICLES_SHANGHAI } from '../../catalog/vehicles.ts';
import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import { vehicleCounts } from './shared.ts';

const norm = (s: string): string =>
  s.replace(/\s+/g, '').replace(/[(]/g, '（').replace(/[)]/g, '）').replace(/用车$/, '');

function expectedSet(year: number | null): readonly string[] | null {
  return year === null ? null : hunanVehicleCategories(year);
}

export default defineRule({
  meta: {
    id: 'S-04',
    title: '国有资产车辆总数等于各类车辆之和',
    group: 'special',
    severity: 'error',
    formula:
      '【资产】共有车辆 N 辆 = Σ 所列各类用车；所列类别与当年模板一致（2020–2021：主要领导干部用车…其他用车；2023：副部（省）级及以上领导用车…离退休干部服务用车、其他用车）',
    rationale: '车辆总数是各类用车之和，不相等即有一处写错；类别名称随模板年度调整，沿用旧类别是格式问题。',
    references: ['rules.md S-04', 'narrative.md §2.12'],
    messages: {
      sum: '“{{section}}” 共有车辆 {{total}} 辆 ≠ 各类用车之和 {{parts}} = {{sum}} 辆',
      categories: '“{{section}}” 车辆类别与{{year}}年度模板不一致：{{diff}}',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('assets');
    if (!section) return;
    const { total, categories } = vehicleCounts(section);
    if (!total || categories.length === 0) return;
    const values = categories.map((c) => c.count.value);
    if (total.count.value !== null && values.every((v): v is number => v !== null)) {
      const sum = values.reduce((a, b) => a + b, 0);
      if (sum !== total.count.value) {
        ctx.report({
          messageId: 'sum',
          data: {
            section: section.heading,
            total: total.count.value,
            parts: categories.map((c) => `${c.name} ${c.count.value ?? c.count.raw}`).join(' + '),
            sum,
          },
          expected: { count: sum },
          actual: { count: total.count.value },
          locations: [sentenceLocation(total.paragraph, total.count.start)],
        });
      }
    }
    const expected = expectedSet(doc.meta.year);
    if (!expected) return;
    const listed = categories.map((c) => norm(c.name));
    // A Shanghai-style list is a template of its own, not a wrong Hunan one.
    const shOnly = [norm('部级领导干部用车'), norm('离退休干部用车')];
    if (
      listed.some((n) => shOnly.includes(n)) &&
      listed.every((n) => VEHICLES_SHANGHAI.map(norm).includes(n))
    )
      return;
    const unknown = categories.filter((c) => !expected.map(norm).includes(norm(c.name))).map((c) => c.name);
    const missing = expected.filter((e) => !listed.includes(norm(e)));
    if (unknown.length === 0 && missing.length === 0) return;
    const diff = [
      ...(missing.length > 0 ? [`缺少${missing.join('、')}`] : []),
      ...(unknown.length > 0 ? [`多出${unknown.join('、')}`] : []),
    ].join('；');
    ctx.report({
      messageId: 'categories',
      severity: 'note',
      data: { section: section.heading, year: doc.meta.year ?? '', diff },
      locations: [sentenceLocation(total.paragraph, total.count.start)],
    });
  },
});
