import { IconMicrophone } from '@tabler/icons-react';
import { AreaEmptyState } from '../../ui/AreaEmptyState';
import { AreaPage } from '../../ui/AreaPage';

export function InterviewsScreen() {
  return (
    <AreaPage title="Interviews" lead="Kits for each round of the loop, and a calm place to run the call.">
      <AreaEmptyState
        icon={IconMicrophone}
        title="No interview kits yet"
        description="Put together a kit for each round, then switch to live interview mode during the call and let Reqdesk keep track for you."
        points={[
          'A kit per round: the questions to ask and what to listen for',
          'Live interview mode: one question at a time, with ratings and red flags',
          'Notes saved as you type, so nothing said is lost',
        ]}
      />
    </AreaPage>
  );
}
