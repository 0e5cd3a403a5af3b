import { IconUsers } from '@tabler/icons-react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';

export function CandidatesScreen() {
  return (
    <AreaPage title="Candidates" lead="The people in your pipeline, and how each of their interviews went.">
      <AreaEmptyState
        icon={IconUsers}
        title="No candidates yet"
        description="Add the people you're talking to and follow them through the loop. When it's time to decide, their scorecards sit side by side for the debrief."
        points={[
          'Everyone you are interviewing, and the role they are up for',
          'A scorecard from every round, with ratings and notes',
          'A side-by-side view to make the debrief quick and fair',
        ]}
      />
    </AreaPage>
  );
}
