import { CandidatesScreen } from '../features/candidates/CandidatesScreen';
import { InterviewsScreen } from '../features/interviews/InterviewsScreen';
import { QuestionBankScreen } from '../features/questions/QuestionBankScreen';
import { RolesScreen } from '../features/roles/RolesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { AreaId } from './areas';
import { useNavigationStore } from './navigation-store';

const SCREENS: Record<AreaId, () => React.JSX.Element> = {
  roles: RolesScreen,
  questions: QuestionBankScreen,
  interviews: InterviewsScreen,
  candidates: CandidatesScreen,
  settings: SettingsScreen,
};

/** The active area's screen. */
export function AreaOutlet() {
  const area = useNavigationStore((state) => state.area);
  const Screen = SCREENS[area];
  return <Screen key={area} />;
}
