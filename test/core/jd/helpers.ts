import fs from 'node:fs';
import path from 'node:path';
import { jdCheckData } from '../../../electron/core/jd/data';
import {
  flattenJd,
  type JdCheckContext,
  type JdFinding,
  runJdChecks,
  splitJdText,
} from '../../../shared/domain/jd';

export const fixtureDir = path.join(import.meta.dirname, '../../fixtures/jds');

export function fixture(name: string): string {
  const file = fs.readdirSync(fixtureDir).find((f) => f.startsWith(name));
  if (!file) throw new Error(`no fixture ${name}`);
  return fs.readFileSync(path.join(fixtureDir, file), 'utf8');
}

/** A clean senior Go JD (fixture 01) with the given edits applied; each edit must apply. */
export function edited(base: string, ...edits: [string, string][]): string {
  let text = fixture(base);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`edit does not apply: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

export function check(raw: string, context: Partial<Omit<JdCheckContext, 'data'>> = {}) {
  const doc = splitJdText(raw);
  const flat = flattenJd(doc);
  const report = runJdChecks(doc, { asOf: '2026-11-23', ...context, data: jdCheckData() });
  const of = (id: JdFinding['id']) => report.findings.filter((f) => f.id === id);
  const spanText = (f: JdFinding) => flat.text.slice(f.start, f.end);
  return { doc, flat, report, of, spanText };
}
