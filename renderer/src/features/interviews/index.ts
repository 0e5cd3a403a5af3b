/** The interviews feature's public entry: the area's screens, its addresses and the resume offer. */
export { BackToInterviews } from './BackToInterviews';
export { InterviewsScreen } from './InterviewsScreen';
export { hashForInterviewRoute, openInterviewRoute, useInterviewRoute } from './interview-route';
export { ResumeOffer } from './ResumeOffer';
