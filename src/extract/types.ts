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

// ---------------------------------------------------------------- output

export interface Author { name: string; role: AuthorRole }
export interface PersonFact { name: string; occupation: string | null }
export interface OrganizationFact { name: string; aliases: string[]; kind: OrgKind }
export interface PositionFact { name: string; organization: string; titles: string[] }
export interface ParticipantFact { name: string; roles: ParticipantRole[] }
export interface ActivityFact {
  kind: ActivityKind; districts: string[]; organizers: string[];
  /** The day it took place (`YYYY-MM-DD`, or `YYYY-MM` for a month), resolved against the issue date; null when the article gives none. */
  date?: string | null;
  /** The words the date was read from (`昨天`, `1月31日`). */
  date_text?: string | null;
}
/** A named place of the article: a district, street, area, town, or a place outside Beijing (district null). */
export interface PlaceFact { name: string; district: string | null }

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
}

export interface PageExtraction {
  file: string;
  /** The day of the issue the page belongs to (`YYYY-MM-DD`), or null when nothing says. */
  issue_date?: string | null;
  /** The page's number in its issue as printed (`第3版` -> `3`, `A3`) and its name (`工会`), where known. */
  page_number?: string | null;
  page_name?: string | null;
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
  /** Credit lines such as `本报记者 边磊 摄影报道`. */
  credits: string[];
  /** Body paragraphs, column breaks rejoined, dateline prefix removed from the first. */
  paragraphs: string[];
  /** True for a piece continued from another page (no headline, no byline). */
  fragment: boolean;
}

/** A span of text found in an article: `start`/`end` index into `text` of the paragraph. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Id of the rule that produced it, so a wrong fact can be traced. */
  rule: string;
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

export interface PlaceMention extends Mention {
  name: string;
  district: string | null;
}
