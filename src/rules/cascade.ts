/**
 * One root cause, one finding (issue 4: "when a total is wrong, report the total once, not every identity it feeds").
 *
 * Arithmetic findings (I-, X-) list every printed figure of the identity they found broken. A wrong figure breaks
 * every identity it takes part in, so the figures shared by several broken identities are the likely culprits: we
 * take them greedily (the figure in most broken identities first) and report each group once, on the finding that
 * blames that figure directly (its primary location), or on the first one with the figure named as suspect. A
 * narrative finding that cites a table figure found to be a culprit follows that group. Nothing is lost: the folded
 * findings stay in `related`.
 */
import type { Finding, Location } from '../model/finding.ts';

export type CollapsedFinding = Finding;

function key(l: Location | undefined): string | null {
  if (!l?.line || !l.column1) return null;
  return `${l.line}:${l.column1}`;
}

// P-01…P-06 are the arithmetic identities of a 绩效自评表 (money block, 执行率, scores, weights, total).
// A 尾数差 note (rounding notes asked for) is not a broken identity and blames no figure.
const isArithmetic = (f: Finding): boolean =>
  f.messageId !== 'roundingGap' && (/^[IX]-/.test(f.ruleId) || /^P-0[1-6]$/.test(f.ruleId));
// Narrative and specific-item findings cite table figures; when such a figure is a culprit they follow its group.
// So do the P rules comparing a 自评表 or a 自评报告 with the 决算 (P-13…P-20).
const follows = (f: Finding): boolean =>
  f.messageId !== 'roundingGap' && (/^[NS]-/.test(f.ruleId) || /^P-(1[3-9]|20)$/.test(f.ruleId));

export function collapseCascades(findings: readonly Finding[]): CollapsedFinding[] {
  // Arithmetic findings: every table figure of the identity. Narrative findings: the table figures they cite,
  // which corroborate a culprit but never make one on their own.
  const evidence = findings.map((f) =>
    isArithmetic(f) || follows(f)
      ? new Set(
          f.locations
            .slice(isArithmetic(f) ? 0 : 1)
            .filter((l) => l.part === 'table' || l.part === 'perf')
            .map(key)
            .filter((k): k is string => k !== null),
        )
      : new Set<string>(),
  );
  const groupOf = new Array<number>(findings.length).fill(-1); // index of the group's root finding
  const suspectOf = new Map<number, Location>();
  const culprits = new Map<string, number>(); // culprit figure → root finding
  const blames = (i: number, k: string): boolean =>
    key(findings[i]?.locations[0]) === k && isArithmetic(findings[i] as Finding);
  for (;;) {
    const counts = new Map<string, number[]>();
    findings.forEach((_, i) => {
      if (groupOf[i] !== -1) return;
      for (const k of evidence[i] ?? []) counts.set(k, [...(counts.get(k) ?? []), i]);
    });
    let best: [string, number[]] | null = null;
    for (const entry of counts) {
      const [k, list] = entry;
      if (list.length < 2 || !list.some((i) => isArithmetic(findings[i] as Finding))) continue;
      const blamed = list.some((i) => blames(i, k));
      const bestBlamed = best ? best[1].some((i) => blames(i, best?.[0] ?? '')) : false;
      if (!best || list.length > best[1].length || (list.length === best[1].length && blamed && !bestBlamed))
        best = entry;
    }
    if (!best) break;
    const [k, members] = best;
    const root =
      members.find((i) => blames(i, k)) ??
      members.find((i) => isArithmetic(findings[i] as Finding)) ??
      members[0] ??
      0;
    for (const i of members) groupOf[i] = root;
    culprits.set(k, root);
    if (key(findings[root]?.locations[0]) !== k) {
      const loc = findings[root]?.locations.find((l) => key(l) === k);
      if (loc) suspectOf.set(root, loc);
    }
  }
  // narrative findings citing a culprit figure follow its group
  findings.forEach((f, i) => {
    if (!follows(f) || groupOf[i] !== -1) return;
    for (const l of f.locations.slice(1)) {
      const root = culprits.get(key(l) ?? '');
      if (root !== undefined) {
        groupOf[i] = root;
        return;
      }
    }
  });
  const out: Finding[] = [];
  findings.forEach((f, i) => {
    const root = groupOf[i] ?? -1;
    if (root !== -1 && root !== i) return;
    const related = findings.filter((_, j) => j !== i && groupOf[j] === i);
    const suspect = suspectOf.get(i);
    let result: Finding = f;
    if (suspect) {
      result = {
        ...result,
        message: `${f.message}（疑似录错：${suspect.table ? `${suspect.table}表 ` : ''}${suspect.row ?? ''}${suspect.column ? `·${suspect.column.split('·').pop() ?? ''}` : ''}，它同时使 ${related.length + 1} 处勾稽不成立）`,
      };
    }
    if (related.length > 0)
      result = { ...result, related: related.map((r) => ({ ruleId: r.ruleId, message: r.message })) };
    out.push(result);
  });
  return out;
}
