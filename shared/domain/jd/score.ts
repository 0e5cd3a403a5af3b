import type { JdCheckId, JdDeduction, JdFinding, JdSeverity } from './types';

/** Points each finding costs, and the most one check can cost, by severity. */
export const JD_SCORE_RULES: Record<JdSeverity, { points: number; capPerCheck: number }> = {
  error: { points: 15, capPerCheck: 30 },
  warning: { points: 5, capPerCheck: 10 },
  info: { points: 1, capPerCheck: 3 },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Starts at 100; each finding costs points by its severity (error 15, warning 5, info 1),
 * and one check can cost at most its severity's cap (30, 10, 3), so a repeated phrase does
 * not swamp the rest. Each deduction says how it was counted.
 */
export function scoreFindings(findings: JdFinding[]): { score: number; deductions: JdDeduction[] } {
  const byCheck = new Map<JdCheckId, JdFinding[]>();
  for (const f of findings) byCheck.set(f.id, [...(byCheck.get(f.id) ?? []), f]);
  const deductions: JdDeduction[] = [];
  for (const [checkId, list] of byCheck) {
    const parts: string[] = [];
    let raw = 0;
    let cap = 0;
    for (const severity of ['error', 'warning', 'info'] as const) {
      const n = list.filter((f) => f.severity === severity).length;
      if (n === 0) continue;
      const rule = JD_SCORE_RULES[severity];
      raw += n * rule.points;
      cap = Math.max(cap, rule.capPerCheck);
      parts.push(`${plural(n, severity)} x ${rule.points}`);
    }
    const points = Math.min(raw, cap);
    const capped = points < raw ? ` = ${raw}, capped at ${cap} for one check` : '';
    deductions.push({ checkId, points, reason: `${checkId}: ${parts.join(' + ')}${capped}.` });
  }
  deductions.sort((a, b) => b.points - a.points || a.checkId.localeCompare(b.checkId));
  const total = deductions.reduce((n, d) => n + d.points, 0);
  return { score: Math.max(0, 100 - total), deductions };
}
