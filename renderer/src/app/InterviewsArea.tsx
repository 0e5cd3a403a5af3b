import { InterviewsScreen, useInterviewRoute } from '../features/interviews';
import { ScorecardScreen } from '../features/scorecards';

/** The Interviews area: start, live mode and the list from interviews; a scorecard from scorecards. */
export function InterviewsArea() {
  const route = useInterviewRoute();
  if (route.view === 'scorecard') return <ScorecardScreen interviewId={route.id} />;
  return <InterviewsScreen route={route} />;
}
