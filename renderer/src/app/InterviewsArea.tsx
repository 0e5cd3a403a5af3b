import { InterviewsScreen } from '../features/interviews';
import { ScorecardScreen } from '../features/scorecards';
import { useAreaRoute } from '../ui/router';

/** The Interviews area: start, live mode and the list from interviews; a scorecard from scorecards. */
export function InterviewsArea() {
  const route = useAreaRoute('interviews');
  if (route.view === 'scorecard') return <ScorecardScreen interviewId={route.id} />;
  return <InterviewsScreen route={route} />;
}
