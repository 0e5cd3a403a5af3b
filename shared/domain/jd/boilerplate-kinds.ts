/** The kinds of standing paragraph an ATS appends to a posting, told by their words (see boilerplate.ts). */

export type BoilerplateKind =
  | 'equal-opportunity'
  | 'accommodation'
  | 'privacy'
  | 'work-authorisation'
  | 'pay-policy'
  | 'agency'
  | 'fair-chance'
  | 'disclaimer'
  | 'process'
  // The physical demands and work environment of an HR form: the job's own, counted in its length.
  | 'conditions'
  | 'metadata';

/** Tried in order on a paragraph; the first that matches names its kind. */
const PARAGRAPH_KINDS: [BoilerplateKind, RegExp][] = [
  [
    // Legal pay language, not the posting's own "what moves an offer": that belongs to the job.
    'pay-policy',
    /\b(?:good[- ]faith|pay transparency|(?:in|to) (?:compliance|accordance|comply) with .{0,60}\b(?:laws?|acts?|ordinances?|regulations?)\b|(?:ranges?|salary|pay|compensation) (?:displayed|listed|posted|shown|reflected|included|noted) (?:on|in|for|below|above|here)|this (?:range|posting|job posting) (?:reflects|represents)|(?:final|actual|individual|specific) (?:offers?|pay|compensation|salary|salaries|base pay|starting pay)s? .{0,80}\b(?:determined|depend|depends|vary|varies|based on)|job-related (?:factors|skills|knowledge)|may vary (?:by|based on|depending on) (?:work )?(?:location|geograph)|geographic (?:location|market|differentials?|zones?)|(?:colorado|california|new york|washington)[^.]{0,40}\b(?:law|act|requires?|applicants?|residents?)\b|commensurate with)/i,
  ],
  [
    'equal-opportunity',
    /\b(?:equal (?:employment )?opportunit(?:y|ies)|without regard to|regardless of (?:race|age|gender|sex|religion)|race,? (?:colou?r|religion|creed)|sexual orientation|gender identity|protected (?:veteran|characteristics?|class(?:es)?|status)|affirmative action|welcomes? applica(?:tions|nts) from (?:everyone|anyone|all\b|people of all)|national origin|genetic information|employment equity|indigenous peoples|visible minorit(?:y|ies)|(?:committed to|celebrate|values?) (?:building |creating |fostering )?(?:an? )?(?:diverse|diversity|inclusive|inclusion)|eeo\b)/i,
  ],
  [
    'accommodation',
    /\b(?:reasonable accommodations?|accommodations? (?:during|throughout|in) (?:the|our|any) (?:application|interview|hiring|recruiting)|(?:need|require|request)s? (?:an? )?accommodation|individuals with disabilities)/i,
  ],
  [
    'privacy',
    /\b(?:privacy (?:notice|policy|statement)|personal (?:data|information)|ccpa|gdpr|cpra|data protection)\b/i,
  ],
  [
    'work-authorisation',
    /\b(?:authori[sz]ed to work|work authori[sz]ation|visa sponsorship|sponsor(?: an?)? (?:visas?|employment)|right to work|e-?verify|employment eligibility|legally (?:authori[sz]ed|eligible) to work|export control)/i,
  ],
  [
    'agency',
    /\b(?:recruit(?:ment|ing)? agenc(?:y|ies)|third[- ]party (?:agenc|recruit)|unsolicited (?:resumes|cvs|applications|candidates)|headhunters?)/i,
  ],
  // Screening conditions of the hire ("must pass a background and credit check") read like a
  // must-have but are the employer's process, like the fair-chance notice beside them.
  [
    'fair-chance',
    /\b(?:fair chance|arrest (?:and|or) conviction|criminal (?:histor(?:y|ies)|background)|(?:pass|passing|complete|completing|subject to|contingent (?:up)?on) (?:an? |our )?(?:\w+ )?(?:background|credit|drug|pre-employment)(?: (?:and|or|,) (?:\w+ )?(?:background|credit|drug))? (?:checks?|screen(?:ing)?s?|tests?))/i,
  ],
  // The language a posting is published in, and which version is the legal text: a notice about
  // the posting, never the job or the company.
  [
    'disclaimer',
    /\b(?:charter of the french language|(?:posting|job posting|job ad|advert(?:isement)?|job description) is (?:also )?(?:published|posted|available|written|displayed) in (?:both )?(?:english|french|german|spanish)|(?:english|french|german|spanish) version (?:is|prevails|governs|is the reference))/i,
  ],
  [
    'disclaimer',
    /\b(?:not (?:intended|designed|meant) to (?:be|cover|contain|provide) .{0,60}(?:comprehensive|exhaustive|complete|all)|never ask .{0,60}(?:payment|money|bank|fees?)|fraudulent|phishing)/i,
  ],
  // Notices a posting law asks of the posting itself (Ontario's, for one): whether the vacancy
  // exists, whether software screens the applications, when interviewees hear back.
  [
    'disclaimer',
    /\b(?:existing vacanc(?:y|ies)|(?:use|uses|using) (?:an? )?(?:artificial intelligence|ai)(?:[- ](?:assisted|powered|based|enabled))? (?:tools?|systems?|software|technology|screening)\b[^.]{0,40}\b(?:applications?|applicants?|candidates?|resumes?|résumés?|cvs?)\b|within \d+ (?:business )?days (?:of|after) (?:their|your|the) (?:last|final) interview)/i,
  ],
  // An email's confidentiality footer, under a posting a hiring manager sent by mail.
  [
    'disclaimer',
    /\b(?:this (?:e-?mail|message)(?: and any (?:attachments?|files?)(?: (?:to|with) it)?)? (?:is|are|may be|contains?|may contain) (?:intended|confidential|privileged)|received (?:this|it) (?:e-?mail |message )?in error)/i,
  ],
];

/**
 * Words one of PARAGRAPH_KINDS needs; a paragraph with none of them is the job's own. Written as
 * plain words only (no optional letters, classes or groups): V8 sorts and merges plain
 * alternatives, which makes this test, run on every paragraph, about twice as fast.
 */
const ANY_KIND =
  /opportunit|welcome|regard|race|color|colour|accommodat|privacy|personal data|personal info|ccpa|gdpr|cpra|data protection|authoris|authoriz|sponsor|right to work|verify|eligib|export control|agenc|unsolicited|headhunt|arrest|conviction|criminal|background|credit check|drug|pre-employment|good faith|good-faith|transparen|complian|accordance|comply|determined|depend|vary|varies|commensurate|job-related|geograph|displayed|listed|posted|shown|reflect|intended|designed|meant|never ask|fraud|phishing|divers|inclusi|disabilit|veteran|orientation|gender identity|national origin|genetic|affirmative|eeo|employment equity|indigenous|minorit|french language|published in|available in|posted in|version|in error|colorado|california|new york|washington|existing vacanc|artificial intel|ai-|ai tool|ai system|ai software|ai screen|ai techn|last interview|final interview/i;

/** The kind of standing paragraph a text is (equal opportunity, privacy, ...), or null for the job's own. */
export function boilerplateKindOf(text: string): BoilerplateKind | null {
  if (!ANY_KIND.test(text)) return null;
  for (const [kind, re] of PARAGRAPH_KINDS) if (re.test(text)) return kind;
  return null;
}
