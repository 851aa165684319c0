/**
 * One root cause, one finding (issue: "when a total is wrong, report the total once, not every identity it feeds").
 *
 * Every finding lists the printed figures it relies on, its primary location first. A finding that merely uses a
 * figure another finding blames directly (its primary location) follows from that finding; findings blaming the same
 * figure are one finding; findings that all use one figure no finding blames are one finding about that figure. The
 * followers are kept as `related` on the finding that stays, so no statement is lost.
 */
import type { Finding, Location } from '../model/finding.ts';

export interface RelatedFinding {
  readonly ruleId: string;
  readonly message: string;
}

/** A finding with the findings folded into it (`related`). */
export type CollapsedFinding = Finding;

function key(l: Location | undefined): string | null {
  if (!l?.line || !l.column1) return null;
  return `${l.line}:${l.column1}`;
}

const SEVERITY_RANK = { error: 0, warning: 1, note: 2 } as const;

export function collapseCascades(findings: readonly Finding[]): CollapsedFinding[] {
  const n = findings.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const primaryOf = findings.map((f) => key(f.locations[0]));
  const byPrimary = new Map<string, number[]>();
  primaryOf.forEach((k, i) => {
    if (k) byPrimary.set(k, [...(byPrimary.get(k) ?? []), i]);
  });
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // the surviving root is the more severe finding, then the earlier one
    const fa = findings[ra];
    const fb = findings[rb];
    const keepA = fa && fb ? SEVERITY_RANK[fa.severity] < SEVERITY_RANK[fb.severity] || (fa.severity === fb.severity && ra < rb) : true;
    if (keepA) parent[rb] = ra;
    else parent[ra] = rb;
  };
  // same primary figure → one finding
  for (const list of byPrimary.values()) for (const i of list.slice(1)) union(list[0] ?? i, i);
  // a figure used by one finding and blamed by another → follower
  const usedBy = new Map<string, number[]>();
  findings.forEach((f, i) => {
    for (const l of f.locations.slice(1)) {
      const k = key(l);
      if (!k) continue;
      const blamed = byPrimary.get(k);
      if (blamed?.[0] !== undefined) {
        // the blaming finding stays primary even when the user is more severe
        const root = find(blamed[0]);
        const mine = find(i);
        if (root !== mine) parent[mine] = root;
      } else if (l.part === 'table' && /^[IX]-/.test(f.ruleId)) {
        // only broken identities point at a culprit; a narrative finding merely cites a table figure
        usedBy.set(k, [...(usedBy.get(k) ?? []), i]);
      }
    }
  });
  // several findings all using one unblamed figure → one finding about it
  for (const list of usedBy.values()) {
    if (list.length < 2) continue;
    for (const i of list.slice(1)) union(list[0] ?? i, i);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  const out: { index: number; finding: CollapsedFinding }[] = [];
  for (const [root, members] of groups) {
    const f = findings[root];
    if (!f) continue;
    const related = members
      .filter((m) => m !== root)
      .map((m) => findings[m])
      .filter((x): x is Finding => x !== undefined);
    out.push({
      index: root,
      finding: related.length > 0 ? { ...f, related: related.map((r) => ({ ruleId: r.ruleId, message: r.message })) } : f,
    });
  }
  return out.sort((a, b) => a.index - b.index).map((x) => x.finding);
}
