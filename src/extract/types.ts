// The data that flows through the extraction pipeline.
//
// The output (`PageExtraction`) is the gold format of the annotation guideline
// plus `body` (and `places`) on each article; everything before it is the
// intermediate data that one stage hands the next.

export const AUTHOR_ROLES = ['reporter', 'intern_reporter', 'correspondent', 'photographer'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export const ORG_KINDS = [
  'union', 'party', 'government', 'legislature', 'consultative',
  'company', 'school', 'social', 'media', 'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ACTIVITY_KINDS = [
  'visit', 'inspection', 'meeting', 'contest', 'training', 'show',
  'recruitment', 'donation', 'volunteering', 'ceremony', 'sports', 'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const PARTICIPANT_ROLES = ['LED', 'HOSTED', 'ACCOMPANIED', 'SPOKE', 'REPORTED', 'ATTENDED'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Beijing's 16 districts and the economic-technological development area. */
export const DISTRICTS = [
  '东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区',
  '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区',
  '北京经济技术开发区',
] as const;
export type District = (typeof DISTRICTS)[number];

import type { RuleId } from './rules.ts';

// ---------------------------------------------------------------- output

// Every fact the pipeline outputs carries `rules`: the ids of the rules that made
// it (rules.ts), so a wrong fact can be traced to its rule, and `evidence`: the
// sentence it was read from. The scorer ignores both fields.

/** The sentence a fact was read from, with its [start, end) in the article's body; a title line or
 *  a byline with null offsets. */
export interface Evidence { text: string; start: number | null; end: number | null }

export interface Author { name: string; role: AuthorRole; rules?: RuleId[]; evidence?: Evidence }
export interface PersonFact { name: string; occupation: string | null; rules?: RuleId[]; evidence?: Evidence }
export interface OrganizationFact { name: string; aliases: string[]; kind: OrgKind; rules?: RuleId[]; evidence?: Evidence }
export interface PositionFact { name: string; organization: string; titles: string[]; rules?: RuleId[]; evidence?: Evidence }
export interface ParticipantFact { name: string; roles: ParticipantRole[]; rules?: RuleId[]; evidence?: Evidence }
/** The rules behind each part of the activity: its kind, each district and organizer by name, its date. */
export interface ActivityRules {
  kind: RuleId[];
  districts: Record<string, RuleId[]>;
  organizers: Record<string, RuleId[]>;
  date: RuleId[];
}
/** A fact of a stage with the rules that made it and the sentence it was read from. */
export interface Traced { rules: RuleId[]; evidence: Evidence }

/** The sentence behind each district and organizer by name, and behind the date. */
export interface ActivityEvidence {
  districts: Record<string, Evidence>;
  organizers: Record<string, Evidence>;
  date?: Evidence;
}
export interface ActivityFact {
  kind: ActivityKind;
  districts: string[];
  organizers: string[];
  rules?: ActivityRules;
  evidence?: ActivityEvidence;
  /** The day it took place (GUIDELINE.md, "Dates"): `YYYY-MM-DD`, `YYYY-MM` for a month only, null for no day. Set by findActivityDate. */
  date?: string | null;
  /** The words the date was read from (`昨天`, `1月31日`), where there is one. */
  date_text?: string | null;
}
/** A named place of the article: a district, street, area, town, or a place outside Beijing (district null). */
export interface PlaceFact { name: string; district: string | null; rules?: RuleId[]; evidence?: Evidence }

export interface ArticleFacts {
  headline: string | null;
  alt_titles: string[];
  section: string | null;
  authors: Author[];
  activity: ActivityFact;
  participants: ParticipantFact[];
  positions: PositionFact[];
  people: PersonFact[];
  organizations: OrganizationFact[];
  places: PlaceFact[];
  /** The article's text: body paragraphs joined with newlines, column breaks rejoined. */
  body: string;
  /** The rule that set the article apart on its page: the kind of its title line, its dateline, a continued piece. */
  rules?: RuleId[];
}

export interface PageExtraction {
  file: string;
  /** The page text's hash, as the store keeps it (`kg export`); extraction does not set it. */
  hash?: string;
  /** The day of the issue the page belongs to, `YYYY-MM-DD`, from the file's path or a page header; null when neither gives it. */
  issue_date?: string | null;
  /** The page's number in its issue as printed (`第3版` -> `3`, `A3`) and its name (`工会`), where known. */
  page_number?: string | null;
  page_name?: string | null;
  /** The rule that read the issue date (from the path or a page header); empty with no date read. */
  issue_rules?: RuleId[];
  /** `traditional` for a page printed in Traditional characters: its names are given in Simplified
   *  (as the graph keeps them), its titles, body and evidence as printed. Absent for a Simplified page. */
  script?: 'traditional';
  articles: ArticleFacts[];
}

// ---------------------------------------------------------- intermediate

/** Stage 1 output: one article as laid out on the page, before any entity work. */
export interface ArticleBlock {
  headline: string | null;
  /** Kicker, subtitle and section banner lines, in page order. */
  alt_titles: string[];
  section: string | null;
  /** The dateline as printed, e.g. `本报讯（记者 张晶 通讯员 王哲）`; null when absent. */
  dateline: string | null;
  /** The rules that read the dateline: its opener and `byline.dateline` (`本报讯（记者 张晶）`), or a byline's form (`byline.bracketed`). */
  datelineRules?: RuleId[];
  /** Credit lines such as `本报记者 边磊 摄影报道`. */
  credits: string[];
  /** Body paragraphs, column breaks rejoined, dateline prefix removed from the first. */
  paragraphs: string[];
  /** True for a piece continued from another page (no headline, no byline). */
  fragment: boolean;
  /** The rule that opened the block: its title line's kind, its dateline's opener, or a continued piece's. */
  rule: RuleId;
}

/** A span of text found in an article: `start`/`end` index into `text` of the paragraph. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Id of the rule that produced it, so a wrong fact can be traced. */
  rule: RuleId;
}

export interface PersonMention extends Mention {
  name: string;
  occupation: string | null;
}

export interface OrganizationMention extends Mention {
  /** Canonical name of the organization this mention refers to. */
  canonical: string;
  kind: OrgKind;
}

/** What kind of place a mention names: a Beijing district or a street, town or area of one, or a province,
 *  city, county or a city's district elsewhere. */
export type PlaceLevel = 'district' | 'street' | 'province' | 'city' | 'county' | 'city-district';

export interface PlaceMention extends Mention {
  name: string;
  district: string | null;
  level: PlaceLevel;
  /** Written in a short form (`河北`, `成都`, `门头沟`) that must stand as a word of its own. */
  short: boolean;
}

/** How much of a date a mention gives: a day, a month, a year only, or no date at all (`近日`). */
export type DatePrecision = 'day' | 'month' | 'year' | 'none';

/** A date expression of an article: `1月31日`, `昨天`, `近日`. */
export interface DateMention extends Mention {
  precision: DatePrecision;
  /** The date it names, resolved against the reference day: `YYYY-MM-DD` or `YYYY-MM`; null when it names none or cannot be resolved. */
  value: string | null;
  /** Id of the rule that rules it out as the day of the article's event (`skip.deadline`); null when it may be that day. */
  skip: RuleId | null;
}

/** The stage's answer for one article: the day of its main activity, the mention it came from, and every dated mention. */
export interface ActivityDate {
  date: string | null;
  /** The mention that gave (or withheld) the day; null when the article names none. */
  from: DateMention | null;
  /** The rules behind the answer: what passed over earlier mentions (`skip.deadline`), then the rule of `from`. */
  rules: RuleId[];
  mentions: DateMention[];
}

/** What a page's path or header says of its issue. */
export interface IssueInfo {
  date: string | null;
  /** Page number (`第03版` -> 3) and page name (`工会`) where given. */
  page: number | null;
  name: string | null;
  /** Rule that found the date (`issue.path-dashed`, `issue.header`), or null. */
  rule: RuleId | null;
}
