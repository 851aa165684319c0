import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-16',
    title: '“三公”经费支出决算表合计与小计',
    group: 'within-table',
    severity: 'error',
    formula:
      '三公表 预算数、决算数分别：合计 = 因公出国（境）费 + 公务用车购置及运行（维护）费小计 + 公务接待费；小计 = 购置费 + 运行（维护）费',
    rationale: '“三公”经费由三项构成，公务用车又分购置和运行维护。',
    references: ['rules.md I-16'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'three-public');
    if (!t) return;
    for (const row of t.rows) {
      for (const block of ['budget', 'actual']) {
        const at = (item: string) => operand(t, row, `${block}.${item}`);
        const total = at('total');
        const vehicle = at('vehicle');
        const parts = [at('overseas'), vehicle, at('reception')].filter((o) => o !== null);
        if (total && parts.length > 0) checkSum(ctx, 'mismatch', { total, parts });
        const car = [at('vehiclePurchase'), at('vehicleOperation')].filter((o) => o !== null);
        if (vehicle && car.length > 0) checkSum(ctx, 'mismatch', { total: vehicle, parts: car });
      }
    }
  },
});
