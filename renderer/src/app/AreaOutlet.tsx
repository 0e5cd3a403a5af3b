import { CandidatesScreen } from '../features/candidates';
import { QuestionBankScreen } from '../features/questions';
import { SettingsScreen } from '../features/settings';
import { useCurrentArea } from '../ui/router';
import type { AreaId } from '../ui/routes';
import { InterviewsArea } from './InterviewsArea';
import { RolesArea } from './RolesArea';

const SCREENS: Record<AreaId, () => React.JSX.Element> = {
  roles: RolesArea,
  questions: QuestionBankScreen,
  interviews: InterviewsArea,
  candidates: CandidatesScreen,
  settings: SettingsScreen,
};

/** The active area's screen. */
export function AreaOutlet() {
  const area = useCurrentArea();
  const Screen = SCREENS[area];
  return <Screen key={area} />;
}
