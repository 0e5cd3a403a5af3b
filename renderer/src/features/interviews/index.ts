/** The interviews feature's public entry: the area's screens and the resume offer. */
export { BackToInterviews } from './BackToInterviews';
export { InterviewsScreen } from './InterviewsScreen';
export { ResumeOffer } from './ResumeOffer';
