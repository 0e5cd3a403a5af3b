import type { RoleSpec } from '../../../../shared/roles';

export interface IntakeItem {
  /** The form field to jump to. */
  field: string;
  label: string;
  filled: boolean;
}

const text = (s: string) => s.trim().length > 0;

/**
 * What an intake needs before a JD can be written from it, in the order the call covers it:
 * every field the generator would otherwise write as a [placeholder], so the count never reads
 * complete while the JD still has one (stack slots aside, which the JD's own list names).
 */
export function intakeProgress(spec: RoleSpec): IntakeItem[] {
  const located = spec.workMode === 'remote' ? true : text(spec.city) || text(spec.metro);
  const contract = spec.engagement === 'contract' || spec.engagement === 'contract-to-hire';
  const items: (IntakeItem | null)[] = [
    { field: 'owns', label: 'What the hire owns in week one', filled: text(spec.owns) },
    { field: 'notOwned', label: 'What they will not own', filled: text(spec.notOwned) },
    { field: 'service', label: 'Named service', filled: text(spec.service) },
    { field: 'scale', label: 'Scale of the service', filled: text(spec.scale) },
    { field: 'archetype', label: 'Archetype', filled: spec.archetype !== null },
    { field: 'title', label: 'Title', filled: text(spec.title) },
    { field: 'qualifier', label: 'Title qualifier', filled: text(spec.qualifier) },
    { field: 'level', label: 'Level', filled: spec.level !== null },
    { field: 'engagement', label: 'Engagement', filled: spec.engagement !== null },
    { field: 'company', label: 'Company', filled: text(spec.company) },
    { field: 'industry', label: 'Industry', filled: spec.industry !== null },
    { field: 'partnerTeam', label: 'Partner team', filled: text(spec.partnerTeam) },
    { field: 'managerTitle', label: "Manager's title", filled: text(spec.managerTitle) },
    { field: 'hiringManager', label: 'Hiring manager', filled: text(spec.hiringManager) },
    { field: 'companyBlurb', label: 'About the company', filled: text(spec.companyBlurb) },
    { field: 'workMode', label: 'Work mode', filled: spec.workMode !== null },
    { field: 'city', label: 'Location', filled: spec.workMode !== null && located },
    { field: 'releaseCadence', label: 'Release cadence', filled: text(spec.releaseCadence) },
    { field: 'stack-primary', label: 'Primary stack', filled: spec.stack.primary.length > 0 },
    { field: 'first90Days', label: 'First 90 days', filled: spec.first90Days.length > 0 },
    { field: 'mustHaves', label: 'Must-haves', filled: spec.mustHaves.length > 0 },
    { field: 'pay-min', label: 'Pay range', filled: spec.pay.min !== null && spec.pay.max !== null },
    // A contract's pay section has no bonus line unless one is written, so nothing is missing.
    contract ? null : { field: 'bonusEquity', label: 'Bonus and equity', filled: text(spec.bonusEquity) },
    { field: 'benefits', label: 'Benefits', filled: text(spec.benefits) },
  ];
  return items.filter((i): i is IntakeItem => i !== null);
}
