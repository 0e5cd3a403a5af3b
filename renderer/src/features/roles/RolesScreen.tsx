import { IconBriefcase } from '@tabler/icons-react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';

export function RolesScreen() {
  return (
    <AreaPage
      title="Roles"
      lead="Role specs from your intake calls, and the job descriptions made from them."
    >
      <AreaEmptyState
        icon={IconBriefcase}
        title="No roles yet"
        description="When a hiring manager walks you through a new opening, capture it here. Reqdesk turns each spec into a job description you can check and send."
        points={[
          'The service the hire will own, the stack, level, team and pay band',
          'A job description drafted from the spec, with checks an expert would run',
          'Export to Word or PDF, ready to share',
        ]}
      />
    </AreaPage>
  );
}
