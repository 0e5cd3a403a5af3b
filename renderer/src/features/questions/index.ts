/** The question-bank feature's public entry: the area's screen and search-hit highlighting. */
export { HighlightedText } from './HighlightedText';
export { QuestionBankScreen } from './QuestionBankScreen';
