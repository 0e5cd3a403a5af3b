import { IconMessageQuestion } from '@tabler/icons-react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';

export function QuestionBankScreen() {
  return (
    <AreaPage
      title="Question bank"
      lead="Questions for backend interviews, each with a guide to what a strong answer sounds like."
    >
      <AreaEmptyState
        icon={IconMessageQuestion}
        title="Your question bank will live here"
        description="Find the right question in a keystroke while you're on a call, and know what good looks like before the candidate finishes talking."
        points={[
          'Questions by topic and level, from APIs and databases to on-call',
          'Anchored answer guides, so ratings mean the same thing every time',
          'Fast search you can use mid-conversation',
        ]}
      />
    </AreaPage>
  );
}
