import type { CompAdvice, CompInput } from '../../../shared/domain/comp/advice';
import { costNote, formatDays, formatRange, formatUsd } from '../../../shared/domain/comp/format';
import { levels } from '../../../shared/questions';
import { engagements, industries, roleArchetypes, workModes } from '../../../shared/roles';
import { AppError } from '../../core/errors';
import { withCore } from '../core-session';
import { type CliCommand, type CliIo, parseCommandArgs, printJson } from '../io';

const usage = `reqdesk comp --archetype A --level L [--metro M] [--city C] [--state S] [--industry I]
                   [--work-mode W] [--engagement E] [--specialty] [--min N] [--max N]
                   [--db PATH] [--json]
       reqdesk comp --role ID [--db PATH] [--json]`;

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | null {
  if (value === undefined) return null;
  const normalised = value.trim().toLowerCase();
  const found = allowed.find((a) => a === normalised);
  if (!found) throw new AppError('bad_input', `--${flag} "${value}" is not one of: ${allowed.join(', ')}.`);
  return found;
}

/** A salary given as 150000, 150,000, $150000 or 150k. */
function money(flag: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\$?(\d{1,3}(?:,\d{3})+|\d+)(k)?$/i.exec(value.trim());
  if (!match?.[1])
    throw new AppError('bad_input', `--${flag} "${value}" is not an amount (e.g. 150000 or 150k).`);
  const amount = Number(match[1].replaceAll(',', '')) * (match[2] ? 1000 : 1);
  return amount;
}

const text = (value: string | boolean | string[] | undefined) => (typeof value === 'string' ? value : '');

function printAdvice(io: CliIo, advice: CompAdvice): void {
  const ref = (s: { label: string; year: number; updated: string }) =>
    `${s.label}, ${s.year}; updated ${s.updated}`;
  if (advice.missing.length > 0) io.out(`No band yet: the spec still needs ${advice.missing.join(' and ')}.`);
  else if (advice.band) {
    io.out(`Recommended band: ${formatRange(advice.band)} (base salary, USD)`);
    io.out('');
    io.out('How it was derived:');
    advice.steps.forEach((step, i) => {
      io.out(`  ${i + 1}. ${step.label} -> ${formatRange(step.band)}`);
      io.out(`     ${step.detail}`);
      io.out(`     Source: ${ref(step.source)}`);
    });
  }
  if (advice.warnings.length > 0) {
    io.out('');
    io.out('Warnings:');
    for (const w of advice.warnings) io.out(`  [${w.severity}] ${w.message}`);
  }
  if (advice.comparisons.length > 0) {
    io.out('');
    io.out('Other sources:');
    for (const c of advice.comparisons) {
      const figures = [
        c.range ? formatRange(c.range) : '',
        c.median !== null ? `typical ${formatUsd(c.median)}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      io.out(`  ${c.label}: ${figures || '-'}  (${ref(c.source)})`);
    }
  }
  io.out('');
  if (advice.totalCost)
    io.out(
      `Total cost of employment: ${formatRange(advice.totalCost)} a year: ${costNote('totalCost', advice.totalCost)} (${ref(advice.totalCost.source)})`,
    );
  if (advice.agencyFee)
    io.out(
      `Agency fee: ${formatRange(advice.agencyFee)}: ${costNote('agencyFee', advice.agencyFee)} (${ref(advice.agencyFee.source)})`,
    );
  if (advice.timeToFill)
    io.out(
      `Time to fill: ${formatDays(advice.timeToFill.minDays, advice.timeToFill.maxDays, advice.timeToFill.openEnded)}. ${advice.timeToFill.summary} (${ref(advice.timeToFill.source)})`,
    );
}

/** The flags that describe a role by hand, which --role replaces. */
const AD_HOC_FLAGS = [
  'archetype',
  'level',
  'metro',
  'city',
  'state',
  'industry',
  'work-mode',
  'engagement',
  'specialty',
  'min',
  'max',
] as const;

export const compCommand: CliCommand = {
  name: 'comp',
  summary: 'Recommend a pay band for a role, step by step, with other sources, cost and time to fill',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      archetype: { type: 'string' },
      level: { type: 'string' },
      metro: { type: 'string' },
      city: { type: 'string' },
      state: { type: 'string' },
      industry: { type: 'string' },
      'work-mode': { type: 'string' },
      engagement: { type: 'string' },
      specialty: { type: 'boolean' },
      min: { type: 'string' },
      max: { type: 'string' },
      role: { type: 'string' },
    });
    if (positionals.length > 0)
      throw new AppError('bad_input', `Unexpected "${positionals.join(' ')}".\nUsage: ${usage}`);
    const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);

    let advice: CompAdvice;
    if (values.role !== undefined) {
      const adHoc = AD_HOC_FLAGS.filter((flag) => values[flag] !== undefined);
      if (adHoc.length > 0)
        throw new AppError(
          'bad_input',
          `--role takes the role's own spec; leave out ${adHoc.map((f) => `--${f}`).join(', ')}, or drop --role.`,
        );
      const id = text(values.role);
      advice = await withCore(values.db, (call) => call('comp.adviseRole', { id }), { existing: true });
    } else {
      const archetype = oneOf('archetype', str('archetype'), roleArchetypes);
      const level = oneOf('level', str('level'), levels);
      if (!archetype || !level)
        throw new AppError(
          'bad_input',
          `--archetype and --level are needed (or --role ID).\nUsage: ${usage}`,
        );
      const input: CompInput = {
        archetype,
        level,
        industry: oneOf('industry', str('industry'), industries),
        workMode: oneOf('work-mode', str('work-mode'), workModes),
        engagement: oneOf('engagement', str('engagement'), engagements),
        metro: text(values.metro),
        city: text(values.city),
        state: text(values.state),
        pay: { min: money('min', str('min')), max: money('max', str('max')), currency: 'USD' },
        specialty: values.specialty === true,
      };
      advice = await withCore(values.db, (call) => call('comp.advise', input), { existing: true });
    }
    if (values.json) printJson(io, advice);
    else printAdvice(io, advice);
    return 0;
  },
};
