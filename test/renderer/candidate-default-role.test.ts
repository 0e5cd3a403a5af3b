import { describe, expect, it } from 'vitest';
import { defaultRoleId } from '../../renderer/src/features/candidates/default-role';
import type { RoleSummary } from '../../shared/roles';

const role = (id: string, status: RoleSummary['status'], updatedAt: string): RoleSummary => ({
  id,
  title: id,
  company: '',
  archetype: null,
  level: null,
  status,
  updatedAt,
  archivedAt: null,
});

describe('the role a new candidate starts on', () => {
  it('is the open role touched last, not a draft that sorts first by name', () => {
    const roles = [
      role('aaa-draft', 'draft', '2026-12-06T10:00:00Z'),
      role('bbb-open-old', 'open', '2026-11-01T10:00:00Z'),
      role('ccc-open-new', 'open', '2026-12-01T10:00:00Z'),
      role('ddd-closed', 'closed', '2026-12-06T11:00:00Z'),
    ];
    expect(defaultRoleId(roles)).toBe('ccc-open-new');
  });

  it('falls back to a role on hold, then a draft, and to nothing without roles', () => {
    expect(
      defaultRoleId([
        role('a', 'draft', '2026-12-06T10:00:00Z'),
        role('b', 'on-hold', '2026-01-01T00:00:00Z'),
      ]),
    ).toBe('b');
    expect(
      defaultRoleId([
        role('a', 'filled', '2026-12-06T10:00:00Z'),
        role('b', 'draft', '2026-01-01T00:00:00Z'),
      ]),
    ).toBe('b');
    expect(defaultRoleId([])).toBe('');
  });
});
