/**
 * 尾数差 (rules.md §9.2): a total that differs from its separately rounded parts within 0.005·(n+1) is not a finding;
 * with rounding notes asked for it is a note that says so — for table identities (through checkSum) and for an
 * exhaustive "其中" breakdown in the narrative (N-19). A gap beyond the tolerance stays the rule's finding.
 */
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../test/builder.ts';
import { audit } from '../audit.ts';

const notes = { tolerances: { roundingNotes: true } };

describe('rounding notes (尾数差)', () => {
  it('table identity: nothing by default, a note when asked, a finding beyond the tolerance', () => {
    const within = cleanDoc()
      .setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', '63.72')
      .doc();
    expect(audit(within, { only: ['X-11'] }).findings).toEqual([]);
    const asked = audit(within, { only: ['X-11'], ...notes }).findings;
    expect(asked.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual([['X-11', 'roundingGap', 'note']]);
    expect(asked[0]?.message).toMatch(/相差 0\.01，在尾数容差 0\.015 以内（尾数差/);
    expect(asked[0]?.locations.length).toBe(3);
    const beyond = cleanDoc()
      .setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', '63.81')
      .doc();
    expect(audit(beyond, { only: ['X-11'], ...notes }).findings.map((f) => f.messageId)).toEqual([
      'mismatch',
    ]);
  });

  it('narrative 基本支出 = 人员经费 + 公用经费: a note within the tolerance, only when asked', () => {
    const doc = cleanDoc()
      .replace('基本支出306.42万元，其中：人员经费', '基本支出306.43万元，其中：人员经费')
      .doc();
    expect(audit(doc, { only: ['N-19'] }).findings).toEqual([]);
    const asked = audit(doc, { only: ['N-19'], ...notes }).findings;
    expect(asked.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual([['N-19', 'roundingGap', 'note']]);
    expect(asked[0]?.message).toMatch(
      /基本支出 306\.43万元 与 人员经费242\.71 \+ 公用经费63\.71 = 306\.42万元 相差 0\.01/,
    );
  });

  it('a clean document gives no rounding notes', () => {
    expect(audit(cleanDoc().doc(), notes).findings.filter((f) => f.messageId === 'roundingGap')).toEqual([]);
  });
});
