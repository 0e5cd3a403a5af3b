import type { RoleSpec } from '../../../../shared/roles';

export interface IntakeItem {
  /** The form field to jump to. */
  field: string;
  label: string;
  filled: boolean;
}

const text = (s: string) => s.trim().length > 0;

/** What an intake needs before a JD can be written from it, in the order the call covers it. */
export function intakeProgress(spec: RoleSpec): IntakeItem[] {
  const located = spec.workMode === 'remote' ? true : text(spec.city) || text(spec.metro);
  return [
    { field: 'owns', label: 'What the hire owns in week one', filled: text(spec.owns) },
    { field: 'notOwned', label: 'What they will not own', filled: text(spec.notOwned) },
    { field: 'archetype', label: 'Archetype', filled: spec.archetype !== null },
    { field: 'title', label: 'Title', filled: text(spec.title) },
    { field: 'qualifier', label: 'Title qualifier', filled: text(spec.qualifier) },
    { field: 'level', label: 'Level', filled: spec.level !== null },
    { field: 'engagement', label: 'Engagement', filled: spec.engagement !== null },
    { field: 'service', label: 'Named service', filled: text(spec.service) },
    { field: 'company', label: 'Company', filled: text(spec.company) },
    { field: 'industry', label: 'Industry', filled: spec.industry !== null },
    { field: 'managerTitle', label: "Manager's title", filled: text(spec.managerTitle) },
    { field: 'workMode', label: 'Work mode', filled: spec.workMode !== null },
    { field: 'city', label: 'Location', filled: spec.workMode !== null && located },
    { field: 'stack-primary', label: 'Primary stack', filled: spec.stack.primary.length > 0 },
    { field: 'first90Days', label: 'First 90 days', filled: spec.first90Days.length > 0 },
    { field: 'mustHaves', label: 'Must-haves', filled: spec.mustHaves.length > 0 },
    { field: 'pay-min', label: 'Pay range', filled: spec.pay.min !== null && spec.pay.max !== null },
    { field: 'hiringManager', label: 'Hiring manager', filled: text(spec.hiringManager) },
  ];
}
