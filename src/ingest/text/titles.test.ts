import { describe, expect, it } from 'vitest';
import { chineseNumeral, matchHeaderLine, matchPerfTitle, matchTableTitle, tableNumberIn } from './titles.ts';

describe('table titles', () => {
  it('matches whole title lines, longest alias first', () => {
    expect(matchTableTitle('支出决算表')?.kind).toBe('expenditure');
    expect(matchTableTitle('一般公共预算财政拨款支出决算表')?.kind).toBe('general-budget-expenditure');
    expect(matchTableTitle('收入支出决算总表')?.kind).toBe('income-expenditure-summary');
    expect(matchTableTitle('财政拨款收入支出决算总表')?.kind).toBe('fiscal-summary');
    expect(matchTableTitle('政府性基金预算财政拨款收入支出决算表')?.kind).toBe('government-fund');
    expect(matchTableTitle('一般公共预算财政拨款基本支出决算明细表')?.kind).toBe(
      'general-budget-basic-expenditure',
    );
    expect(matchTableTitle('一般公共预算财政拨款“三公”经费支出决算表')?.kind).toBe('three-public');
    expect(matchTableTitle('财政拨款"三公"经费支出决算表')?.kind).toBe('three-public');
    expect(matchTableTitle('国有资本经营预算财政拨款收入支出决算表')?.kind).toBe('state-capital');
  });

  it('accepts a year or table-number prefix but not TOC entries or sentences', () => {
    expect(matchTableTitle('2021年度收入决算表')?.kind).toBe('income');
    expect(matchTableTitle('公开01表 收入支出决算总表')).toMatchObject({
      kind: 'income-expenditure-summary',
      number: '01',
    });
    expect(matchTableTitle('一、收入支出决算总表')).toBeNull();
    expect(matchTableTitle('（一）收入决算表')).toBeNull();
    expect(matchTableTitle('详见收入决算表')).toBeNull();
    expect(
      matchTableTitle('本单位没有政府性基金收入，故未编制政府性基金预算财政拨款收入支出决算表'),
    ).toBeNull();
  });

  it('reads table numbers in both styles', () => {
    expect(tableNumberIn('公开 01 表')).toBe('01');
    expect(tableNumberIn('公开09表')).toBe('09');
    expect(tableNumberIn('公开表十二')).toBe('12');
    expect(tableNumberIn('收入决算表')).toBeNull();
    expect(chineseNumeral('二十六')).toBe(26);
    expect(chineseNumeral('十五')).toBe(15);
    expect(chineseNumeral('九')).toBe(9);
    expect(chineseNumeral('甲')).toBeNull();
  });

  it('reads the header lines above a table', () => {
    expect(matchHeaderLine('单位：万元')).toEqual({ field: 'unit', value: '万元' });
    expect(matchHeaderLine('金额单位: 元')).toEqual({ field: 'unit', value: '元' });
    expect(matchHeaderLine('部门：')).toEqual({ field: 'department', value: '' });
    expect(matchHeaderLine('部门：青山县林业局')).toEqual({ field: 'department', value: '青山县林业局' });
    expect(matchHeaderLine('本单位共有车辆0辆')).toBeNull();
  });

  it('recognises 自评表 titles but not the 附件 list that names them', () => {
    expect(matchPerfTitle('2020 年度部门整体支出绩效自评表')).toBe('overall');
    expect(matchPerfTitle('2020 年度项目支出绩效自评表')).toBe('project');
    expect(matchPerfTitle('附件：1、2020 年部门整体支出绩效自评表')).toBeNull();
    expect(matchPerfTitle('2、2020 年度项目支出绩效自评表')).toBeNull();
  });
});
