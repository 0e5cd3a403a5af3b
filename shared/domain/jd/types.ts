import type { JdSectionId } from './document';

export type JdSeverity = 'error' | 'warning' | 'info';

export const jdCheckIds = [
  'title-qualifier',
  'slash-title',
  'archetype-undecided',
  'work-outside-archetype',
  'no-named-service',
  'about-role-length',
  'responsibilities-count',
  'requirements-count',
  'language-soup',
  'framework-list',
  'full-stack-creep',
  'devops-as-needed',
  'other-duties',
  'many-hats',
  'generic-tech',
  'missing-pay-range',
  'pay-out-of-band',
  'pay-differs-from-spec',
  'about-company-length',
  'unfilled-placeholder',
  'guidance-leak',
  'level-mismatch',
  'jd-length',
  'the-candidate',
  'gender-coded',
  'jargon',
  'ableist',
  'technology-soup',
  'experience-cap',
  'age-coded',
  'physical-requirements',
  'contractor-hours',
  'contradiction',
  'grammar-join',
] as const;
export type JdCheckId = (typeof jdCheckIds)[number];

export interface JdFinding {
  id: JdCheckId;
  severity: JdSeverity;
  /** Offsets into the flat text (see flattenJd); equal when the finding is about the whole JD. */
  start: number;
  end: number;
  /** One sentence a recruiter can read to a hiring manager. */
  message: string;
  /** A concrete rewrite where one exists, else advice; null when there is nothing to add. */
  fix: string | null;
  /** Text to put in place of [start, end) when the fix is a plain substitution; else null. */
  replacement: string | null;
  /** Where the span is; null for a finding about the whole JD. */
  section: JdSectionId | null;
}

export interface JdDeduction {
  checkId: JdCheckId;
  points: number;
  reason: string;
}

export interface JdCheckReport {
  /** 0-100; 100 less every deduction. */
  score: number;
  deductions: JdDeduction[];
  findings: JdFinding[];
  /** Standing legal/ATS paragraphs found, left out of length, "the candidate" and gender checks. */
  boilerplate: { start: number; end: number; kind: string }[];
  /** Words a reader reads as the job: the body without boilerplate. */
  words: number;
}

/** A regular expression source with its replacement, as shipped in resources/data/jd. */
export interface JdPatternEntry {
  pattern: string;
  replacement: string;
  /** The replacement when the match ends in "s" (a plural: "rockstars" -> "experienced engineers"). */
  plural?: string;
  caseSensitive?: boolean;
}

export interface PayTransparencyLaw {
  id: string;
  kind: 'state' | 'local';
  /** Two-letter postal code. */
  state: string;
  /** Local laws only: the cities they cover. */
  cities?: string[];
  jurisdiction: string;
  law: string;
  /** YYYY-MM-DD. */
  effective: string;
  employers: string;
  /** True: the range must be in the posting; false: given on request or later in hiring. */
  postingRequirement: boolean;
  source: string;
  /** The page the statute, ordinance or agency text was read on when the entry was verified. */
  sourceUrl?: string;
  /** When the statute or ordinance text was last read for this entry; null: not yet checked against it. */
  lastVerified?: string | null;
  /** What to confirm first when the entry is not verified; null when nothing is in doubt. */
  uncertain?: string | null;
  /** 'employer-based': also covers remote roles reporting to a supervisor or office in the place. */
  remoteReach?: 'work-location' | 'employer-based';
  /** When enforcement (penalties) starts, if later than the law taking effect. */
  enforcedFrom?: string;
}

/** The word lists and tables the checks read (resources/data/jd, loaded by the core). */
export interface JdCheckData {
  genderCoded: {
    masculine: string[];
    feminine: string[];
    technicalSenses: string[];
    /** Patterns on a word and the word after it that mark a title, an action or a technical term, not a trait. */
    notTraits: string[];
    neutralAlternatives: Record<string, string>;
  };
  jargon: { terms: JdPatternEntry[] };
  ableist: { phrases: JdPatternEntry[] };
  phrases: {
    otherDuties: string[];
    manyHats: string[];
    devopsAsNeeded: string[];
    genericTech: string[];
    genericResponsibilities: string[];
    missionOpeners: string[];
    companyOpeners: string[];
    /** Writer guidance; counts only inside brackets or opening a line before a colon. */
    guidanceMarkers: string[];
    /** Filler that is never meant to be posted ("lorem ipsum"); counts anywhere. */
    fillerText: string[];
    theCandidate: string[];
    seniorExpectations: string[];
    juniorSignals: string[];
    seniorTitleWords: string[];
    juniorTitleWords: string[];
  };
  stack: {
    languages: string[];
    languageAliases: Record<string, string>;
    /** What the code depends on: frameworks, libraries, ORMs, job queues, test and build tools. */
    frameworks: string[];
    /** What the code runs on or with: data stores, brokers, clouds and their services, CI, hosted monitoring. */
    platforms: string[];
    /** What the system is built, deployed, configured and watched with: IaC, mesh, secrets, delivery and observability tools. */
    tools: string[];
    frontend: string[];
    archetypeSignals: Record<'api' | 'data' | 'platform' | 'edge', string[]>;
    serviceNouns: string[];
    genericModifiers: string[];
  };
  payTransparency: { updated: string; overviewSource: string; laws: PayTransparencyLaw[] };
  archetypeWork: ArchetypeWorkData;
}

/** Work one kind of backend service does and another does not (resources/data/jd/archetype-work.json). */
export interface ArchetypeWorkData {
  /** What each archetype's service is, in words, for the message. */
  services: Record<JdArchetype, string>;
  /** Words before a match, in its sentence, that put the work with someone else or under it. */
  othersWork: string[];
  /** A word right after a match that makes the line about what runs the work ("ingestion infrastructure"). */
  substrate: string[];
  work: {
    /** The work, in words ("money-moving writes and balances"). */
    what: string;
    /** Patterns that ask the hire to do it. */
    patterns: string[];
    /** Each archetype whose service does not do this work, with its own version of the concern. */
    outside: Partial<Record<JdArchetype, string>>;
  }[];
}

export type JdArchetype = 'api' | 'data' | 'platform' | 'edge';
export type JdLevel = 'junior' | 'mid' | 'senior' | 'lead';

/** The word a level puts before a title ("Senior Backend Engineer"); mid adds none. */
export const LEVEL_PREFIX: Record<JdLevel, string> = {
  junior: 'Junior',
  mid: '',
  senior: 'Senior',
  lead: 'Lead',
};

export interface JdCheckContext {
  /** "City, ST", "Remote", or empty; the text is searched for a "City, ST" when this is missing. */
  location?: string | null;
  workMode?: 'remote' | 'hybrid' | 'onsite' | null;
  /** Undefined: not known (an imported JD). Null: the role spec left it unpicked. */
  archetype?: JdArchetype | null;
  level?: JdLevel | null;
  /** The stack the role spec names, primary first (for the title-qualifier and generic-tech fixes). */
  stack?: string[];
  /** The recommended band (comp advisor), annual base in the posting's currency. */
  payBand?: { min: number; max: number } | null;
  /** The range the role spec posts (the one source of the posted range); the JD must agree with it. */
  rolePay?: { min: number | null; max: number | null; currency: string } | null;
  /** True when the band comes from a level, archetype and place read from the text, not a role spec. */
  payBandInferred?: boolean;
  /** What the band is for, in words ("senior API role in Denver, CO"), for the message. */
  payBandBasis?: string;
  /** Today, YYYY-MM-DD, to tell laws in force from laws yet to start; defaults to in force. */
  asOf?: string;
  data: JdCheckData;
}
