/** 绩效自评表 (部门整体支出 / 项目支出) blocks → `PerfEvaluation`. */
import { parseNumber } from '../../model/amount.ts';
import type { PerfEvaluation, PerfIndicatorRow, PerfMoneyRow, PerfValue } from '../../model/document.ts';
import { compactCell, type SourceLine, type Token } from './lines.ts';
import { closeCjkGaps } from './narrative.ts';
import { lineRef, tokenRef } from './tables.ts';

export interface PerfBlock {
  readonly kind: 'overall' | 'project';
  readonly title: string;
  readonly titleLine: SourceLine;
  readonly lines: readonly SourceLine[];
}

export interface BuiltPerf {
  readonly perf: PerfEvaluation;
  readonly leftover: readonly SourceLine[];
}

function value(line: SourceLine, t: Token | undefined): PerfValue | null {
  if (!t) return null;
  const text = t.text.replace(/\s+/g, '');
  // 执行率 "100%" is kept as a number of percent (hundredths of a percent point).
  const p = parseNumber(text.replace(/%$/, ''));
  return { raw: t.text, kind: p.kind, amount: p.hundredths, decimals: p.decimals, at: tokenRef(line, t) };
}

const HEADER_LABEL = /名称|总投资|其中[:：]?财政拨款|实施期|主管部门|实施单位|项目负责人|联系电话/;

/**
 * The 预期目标 / 实际完成情况 text of one line: every cell from the 预期目标 column up to the 实际完成情况 column is
 * planned, every cell from there on is achieved (merged cells land in any column of their span).
 */
function objectiveText(
  line: SourceLine,
  cols: { planned: number; achieved: number },
): { planned: string; achieved: string } {
  const join = (from: number, to: number): string =>
    closeCjkGaps(
      line.cells
        .slice(from, to)
        .map((c) => c.text.trim())
        .filter((t) => t !== '')
        .join(''),
    );
  return {
    planned: join(Math.min(cols.planned, cols.achieved), cols.achieved),
    achieved: join(cols.achieved, line.cells.length),
  };
}

/**
 * Layouts with 指标性质 and 度量单位 columns (S21, S23) print "≥ | 95 | %": the value is read back as "≥95%".
 * Only a bare number takes the operator and unit; text values stay as printed.
 */
function withUnit(value: string, nature: string, unit: string): string {
  if (!/^\d+(?:\.\d+)?$/.test(value)) return value;
  const n = nature.replace(/\s+/g, '');
  const op = /^[≥≤=<>＞＜]$/.test(n) ? n : /正向|大于等于/.test(n) ? '≥' : /反向|小于等于/.test(n) ? '≤' : '';
  return `${op}${value}${unit.replace(/\s+/g, '')}`;
}

export function buildPerf(block: PerfBlock): BuiltPerf {
  const header: Record<string, string> = {};
  const money: PerfMoneyRow[] = [];
  const indicators: PerfIndicatorRow[] = [];
  const notes: { text: string; at: ReturnType<typeof lineRef> }[] = [];
  let objective: PerfEvaluation['objective'] = null;
  let total: PerfEvaluation['total'] = null;
  let state: 'header' | 'money' | 'objective' | 'indicators' | 'notes' | 'done' = 'header';
  let moneyCols: Record<string, number> = {};
  let objectiveCols: { planned: number; achieved: number } = { planned: 1, achieved: 5 };
  let indCols: Record<string, number> = {};
  let level1 = '';
  let level2 = '';
  const leftover: SourceLine[] = [];
  let endLine = block.titleLine.no;

  for (const line of block.lines) {
    if (line.text === '') continue;
    if (state === 'done') {
      leftover.push(line);
      continue;
    }
    const texts = line.cells.map((c) => compactCell(c.text));
    const joined = texts.join('');
    if (
      /^备注[:：]/.test(line.text) ||
      (state === 'notes' && !line.hasTabs && /^\d[.．、]/.test(line.text))
    ) {
      notes.push({ text: line.text, at: lineRef(line) });
      state = 'notes';
      endLine = line.no;
      continue;
    }
    if (state === 'notes') {
      state = 'done';
      leftover.push(line);
      continue;
    }
    endLine = line.no;
    if (texts.some((t) => /年初预算数/.test(t))) {
      moneyCols = {};
      texts.forEach((t, i) => {
        if (/年初预算数/.test(t)) moneyCols.initialBudget = i;
        else if (/全年预算数/.test(t)) moneyCols.adjustedBudget = i;
        else if (/全年执行数/.test(t)) moneyCols.executed = i;
        else if (/^分值/.test(t)) moneyCols.weight = i;
        else if (/执行率/.test(t) && !/得分/.test(t)) moneyCols.rate = i;
        else if (/得分/.test(t)) moneyCols.score = i;
      });
      state = 'money';
      continue;
    }
    if (/^(?:年度总体目标|年度绩效目标|年度目标|总体目标)/.test(texts[0] ?? '')) {
      const planned = texts.findIndex((t) => /预期目标/.test(t));
      const achieved = texts.findIndex((t) => /实际完成情况|完成情况/.test(t));
      objectiveCols = { planned: planned >= 0 ? planned : 1, achieved: achieved >= 0 ? achieved : 5 };
      // Without 预期目标/实际完成情况 labels the text may stand on the heading line itself.
      objective =
        planned >= 0 || achieved >= 0 ? { planned: '', achieved: '' } : objectiveText(line, objectiveCols);
      state = 'objective';
      continue;
    }
    if (texts.some((t) => /^一级指标$/.test(t))) {
      indCols = {};
      texts.forEach((t, i) => {
        if (/^一级指标$/.test(t)) indCols.level1 = i;
        else if (/^二级指标$/.test(t)) indCols.level2 = i;
        else if (/^三级指标$/.test(t)) indCols.indicator = i;
        else if (/指标值|目标值/.test(t)) indCols.target = i;
        else if (/^指标性质$|^性质$|^指标方向$/.test(t)) indCols.nature = i;
        else if (/^(?:度量|计量|指标)?单位$/.test(t)) indCols.unit = i;
        else if (/实际完成值|完成值/.test(t)) indCols.actual = i;
        else if (/^分值$|^权重$/.test(t)) indCols.weight = i;
        else if (/^得分$/.test(t)) indCols.score = i;
        else if (/偏差|原因/.test(t)) indCols.deviation = i;
      });
      state = 'indicators';
      continue;
    }
    const totalIdx = texts.findIndex((t) => /^总分$/.test(t));
    if (totalIdx >= 0) {
      const nums = line.cells.slice(totalIdx + 1).filter((c) => parseNumber(c.text).kind === 'number');
      const gradeCell = line.cells.find((c) => /等级/.test(c.text));
      const grade = gradeCell ? (/等级\s*[:：]?\s*(\S+)/.exec(gradeCell.text)?.[1] ?? null) : null;
      total = { weight: value(line, nums[0]), score: value(line, nums[1]), grade, at: lineRef(line) };
      continue;
    }
    switch (state) {
      case 'header': {
        const cells = line.cells.filter((c) => c.text.trim() !== '');
        for (let i = 0; i < cells.length; i++) {
          const label = compactCell(cells[i]?.text ?? '');
          const next = compactCell(cells[i + 1]?.text ?? '');
          const inline = /^(.+?)[:：](.+)$/.exec(label);
          if (HEADER_LABEL.test(label) && next !== '' && !HEADER_LABEL.test(next)) {
            header[label] = next;
            i++;
          } else if (inline?.[1] && inline[2]) {
            header[inline[1]] = inline[2];
          }
        }
        break;
      }
      case 'money': {
        const label = compactCell(line.cells[1]?.text ?? '') || compactCell(line.cells[0]?.text ?? '');
        const at = (k: string): Token | undefined => {
          const idx = moneyCols[k];
          return idx === undefined ? undefined : line.cells[idx];
        };
        money.push({
          label,
          initialBudget: value(line, at('initialBudget')),
          adjustedBudget: value(line, at('adjustedBudget')),
          executed: value(line, at('executed')),
          weight: value(line, at('weight')),
          rate: value(line, at('rate')),
          score: value(line, at('score')),
          at: lineRef(line),
        });
        break;
      }
      case 'objective': {
        if (objective && !/^绩效指标/.test(joined)) {
          const more = objectiveText(line, objectiveCols);
          objective = {
            planned: objective.planned + more.planned,
            achieved: objective.achieved + more.achieved,
          };
        }
        break;
      }
      case 'indicators': {
        const get = (k: string): string => {
          const idx = indCols[k];
          return idx === undefined ? '' : closeCjkGaps(line.cells[idx]?.text.trim() ?? '');
        };
        const l1 = compactCell(get('level1'));
        const l2 = compactCell(get('level2'));
        if (l1) {
          level1 = l1;
          level2 = '';
        }
        if (l2) level2 = l2;
        const wIdx = indCols.weight;
        const sIdx = indCols.score;
        indicators.push({
          level1,
          level2,
          indicator: get('indicator'),
          target: withUnit(get('target'), get('nature'), get('unit')),
          actual: withUnit(get('actual'), '', get('unit')),
          weight: wIdx === undefined ? null : value(line, line.cells[wIdx]),
          score: sIdx === undefined ? null : value(line, line.cells[sIdx]),
          deviationReason: get('deviation'),
          at: lineRef(line),
        });
        break;
      }
      default:
        break;
    }
  }
  return {
    perf: {
      kind: block.kind,
      title: block.title,
      at: lineRef(block.titleLine),
      header,
      money,
      objective,
      indicators,
      total,
      notes,
      startLine: block.titleLine.no,
      endLine,
    },
    leftover,
  };
}
