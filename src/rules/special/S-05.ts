import { defineRule } from '../define-rule.ts';
import { countsIn, narrativeSections, paragraphsOf, sentenceLocation } from '../narrative/claims.ts';
import { sectionLocation } from './shared.ts';

type Kind = 'general50' | 'special100' | 'all100';

const NAMES: Record<Kind, string> = {
  general50: '单位价值50万元以上通用设备',
  special100: '单位价值100万元以上专用设备',
  all100: '单位价值100万元以上设备（不含车辆）',
};

function kindOf(label: string): Kind | null {
  const l = label.replace(/\s+/g, '');
  if (!/设备(（不含车辆）|\(不含车辆\))?$/.test(l)) return null;
  if (/50万元/.test(l) && /通用设备$/.test(l)) return 'general50';
  if (/100万元/.test(l) && /专用设备$/.test(l)) return 'special100';
  if (/100万元/.test(l) && !/通用|专用/.test(l)) return 'all100';
  return null;
}

/**
 * "无单位价值100万元以上设备", "无单位价值50万元以上通用设备和100万元以上专用设备": a stated zero, for each
 * device item the clause names.
 */
const NONE_RE = /(无|没有|未)[^，。；]{0,12}?(50|100)万元[^，。；]*/g;
const DEVICE_RE = /(50|100)万元[^，。；、和及]{0,10}?(通用|专用)?设备/g;

export default defineRule({
  meta: {
    id: 'S-05',
    title: '国有资产说明列明大额设备数量',
    group: 'special',
    severity: 'warning',
    formula:
      '【资产】写明 单位价值50万元以上通用设备 与 100万元以上专用设备 的台（套）数，或（2023 年起）100万元以上设备（不含车辆）台（套）数；数量为非负整数',
    rationale: '国有资产占用情况须公开车辆和大额设备数量；缺写或写成非整数都是缺陷。',
    references: ['rules.md S-05', 'narrative.md §2.12'],
    messages: {
      missing: '“{{section}}” 没有写明{{what}}的数量',
      notInteger: '“{{section}}” {{what}}数量“{{count}}”不是非负整数',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('assets');
    if (!section) return;
    const found = new Set<Kind>();
    for (const p of paragraphsOf(section)) {
      for (const c of countsIn(p.text)) {
        if (!/^(台（套）|台套|台|套)$/.test(c.unit)) continue;
        // "单价100万元（含）以上设备（不含车辆）0台（套）": the label stops at the bracket, the threshold is before it.
        const kind = kindOf(c.label) ?? kindOf(p.text.slice(Math.max(0, c.start - 30), c.start));
        if (!kind) continue;
        found.add(kind);
        if (c.value === null) {
          ctx.report({
            messageId: 'notInteger',
            data: { section: section.heading, what: NAMES[kind], count: c.raw },
            locations: [sentenceLocation(p, c.start)],
          });
        }
      }
      for (const clause of p.text.matchAll(NONE_RE)) {
        for (const m of clause[0].matchAll(DEVICE_RE)) {
          const kind = m[1] === '50' ? 'general50' : m[2] === '专用' ? 'special100' : m[2] ? null : 'all100';
          if (kind) found.add(kind);
        }
      }
    }
    if (found.has('all100') || (found.has('general50') && found.has('special100'))) return;
    // Name what is missing: the older pair when one of it is written, else the current single item.
    const missing: Kind[] =
      found.has('general50') || found.has('special100')
        ? (['general50', 'special100'] as const).filter((k) => !found.has(k))
        : doc.meta.year !== null && doc.meta.year <= 2021
          ? ['general50', 'special100']
          : ['all100'];
    ctx.report({
      messageId: 'missing',
      data: { section: section.heading, what: missing.map((k) => NAMES[k]).join('、') },
      locations: [sectionLocation(section)],
    });
  },
});
