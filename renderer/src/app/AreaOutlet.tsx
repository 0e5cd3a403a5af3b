import { CandidatesScreen } from '../features/candidates';
import { QuestionBankScreen } from '../features/questions';
import { SettingsScreen } from '../features/settings';
import type { AreaId } from './areas';
import { InterviewsArea } from './InterviewsArea';
import { useNavigationStore } from './navigation-store';
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
  const area = useNavigationStore((state) => state.area);
  const Screen = SCREENS[area];
  return <Screen key={area} />;
}
