/**
 * Data model of the analysis core. Every offset is a UTF-16 code unit index into the
 * document's full text (front matter included), the indexing of `TextDocument.offsetAt`.
 */

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Front matter of a source document (`---` fenced YAML-like block at the very top). */
export interface FrontMatter {
  /** The whole block including both fences, or null when the document has none. */
  span: Span | null;
  /** Keys as written (lower-cased), values as trimmed strings with quotes removed. */
  fields: Record<string, string>;
  /** Where each key's value sits in the text. */
  valueSpans: Record<string, Span>;
  title?: string;
  outlet?: string;
  author?: string;
  /** `YYYY-MM-DD` when the `published` (or `date`) field holds a valid date. */
  published?: string;
  /** The key that gives the publication date (see PUBLISHED_KEYS), whether or not its value is a date. */
  publishedKey?: string;
  url?: string;
  /** Problems found while reading the block; never thrown. */
  errors: { span: Span; message: string }[];
}

export interface Paragraph extends Span {
  index: number;
  /** For a cell of a table: the span of its row (the cells of one row share it, each cell is a paragraph of its own). */
  row?: Span;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** A direct quotation, quote marks included. */
export interface Quote extends Span {
  /** The text inside the marks. */
  inner: Span;
}

/** The document split into prose units. Non-prose (front matter, code, URLs) is never inside a sentence. */
export interface SourceDocument {
  text: string;
  /** `text` with every excluded span blanked to spaces (line breaks kept): same length, same offsets. */
  prose: string;
  frontMatter: FrontMatter;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  /** Spans excluded from analysis (front matter, fenced code, inline code, URLs, link targets). */
  excluded: Span[];
  /**
   * A release's or wire story's apparatus, analysed for names and dates but nobody's claim: the sections under
   * "About …", "Forward-Looking Statements", "Media Contact:"; an e-mail's headers; the "SOURCE …" line, end marks ("###", "-30-"),
   * bylines, credit lines ("… contributed to this report"), editor's notes. Sourcing rules do not flag there.
   */
  apparatus?: Span[];
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  /** `type:slug-of-name`, stable within one analysis. */
  id: string;
  /** Canonical name: the longest, fullest form. */
  name: string;
  type: EntityType;
  /** Every distinct surface form used for it, canonical name first. */
  aliases: string[];
  /** A title or role found next to a mention ("Ford CEO", "Transportation Secretary"). */
  role?: string;
  /** Every mention in document order. */
  mentions: TextSpan[];
}

export type TimexMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER' | null;

export type DatePrecision =
  | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century' | 'reference' | 'unknown';

export interface DateMention extends TextSpan {
  /** TIMEX3 value (see docs/analysis-json.md) or null when it cannot be anchored. */
  value: string | null;
  mod: TimexMod;
  precision: DatePrecision;
  /** True when the value depends on the anchor ("last month", "Saturday", "January 13"). */
  relative: boolean;
  /** Index of the sentence that holds it. */
  sentence: number;
}

export type SourceKind =
  | 'named-person' | 'named-organization' | 'outlet' | 'document' | 'anonymous' | 'vague' | 'pronoun' | 'none';

export type CueClass = 'neutral' | 'cognition' | 'evidential' | 'loaded' | 'denial' | 'hearsay' | 'according-to';

export interface Attribution {
  /** The cue as a reader sees it: source and predicate ("Bloomberg reported", "the sources said", "citing people familiar with the matter", "reportedly"). */
  cue: TextSpan;
  /**
   * The predicate alone ("reported", "said", "citing", "according to", "reportedly"), with its
   * auxiliaries, modals and adverbs ("has also said", "didn't know"), a verb that carries it
   * ("went on to explain", "keeps saying"), a particle or preposition of a phrasal cue ("called for",
   * "asked about", "described as") and the occasion "in an interview", as PolNeAR marks cues.
   */
  predicate: TextSpan;
  cueClass: CueClass;
  /** The name of the source ("Josh Earnest", "Bloomberg", "he"), without title, role or apposition. */
  source: TextSpan | null;
  /**
   * The whole source noun phrase the name belongs to: title, role, modifiers and apposition
   * ("White House press secretary Josh Earnest", "Kenneth Baer, a former official who runs a
   * firm"). Present whenever `source` is; equal to it when the phrase is the name alone. When
   * the cue's subject is a relative pronoun ("Cruz, who said"), the phrase is the pronoun, as a
   * personal pronoun is, and `source` names its antecedent.
   */
  sourcePhrase?: TextSpan;
  sourceKind: SourceKind;
  /** 0..5 as in docs/sourcing-rules.md. */
  strength: number;
  /** The attributed content, or null when unknown. */
  content: Span | null;
  /** Entity the source refers to (after pronoun and back-reference resolution). */
  sourceEntity?: string;
  /** Display name of the resolved source ("Jim Farley" for "he"). */
  sourceName?: string;
  /** For anonymous sources: the outlet that relays them, if any. */
  relayedBy?: TextSpan;
  /** For anonymous sources: the reason for anonymity given nearby, if any. */
  anonymityReason?: Span;
  /** Sentence index of the cue. */
  sentence: number;
  /** True when this attribution was inherited from the previous sentence (a quote that goes on). */
  inherited?: boolean;
}

export type RuleId =
  | 'anonymous-source' | 'anonymity-unexplained' | 'speculative-anonymous' | 'vague-attribution'
  | 'passive-attribution' | 'hearsay' | 'relayed-report' | 'single-source' | 'unattributed-claim'
  | 'unattributed-denial' | 'contested-claim' | 'hedged-claim' | 'loaded-verb' | 'doubt-marker'
  | 'missing-publication-date';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  message: string;
}

export interface Diagnostic extends Span {
  code: RuleId;
  severity: Severity;
  message: string;
  related?: RelatedSpan[];
}

export interface TimelineEvent {
  date: string;
  mod: TimexMod;
  precision: DatePrecision;
  /** The sentence. */
  start: number;
  end: number;
  /** The date expression inside the sentence. */
  dateSpan: Span;
  summary: string;
  entities: string[];
  strength: number;
}

/** Where the anchor for relative dates came from. */
export type AnchorSource = 'front-matter' | 'option' | 'dateline' | 'file-time' | 'none';

export interface AnalysisOptions {
  /** Used when the front matter has no `published` date (`YYYY-MM-DD`). */
  published?: string | null;
  /** What `published` above stands for, for messages: a setting/flag, or the file's modification time. */
  publishedSource?: 'option' | 'file-time';
  /** Treat the text as Markdown (code, links and URLs are excluded from analysis). */
  markdown?: boolean;
  /**
   * Names the user declared in the project file `.sourcelens/names.json`: each is an entity of
   * the given type wherever it (or an alias) occurs, and its aliases refer to the same entity.
   */
  knownNames?: KnownName[];
}

/** A name the user marked as a known person, organization or place (project file `.sourcelens/names.json`). */
export interface KnownName {
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface Analysis {
  document: SourceDocument;
  /** The date relative dates are anchored to (`YYYY-MM-DD`): where it comes from is `anchor`. */
  published: string | null;
  anchor: AnchorSource;
  entities: Entity[];
  dates: DateMention[];
  attributions: Attribution[];
  diagnostics: Diagnostic[];
  events: TimelineEvent[];
}
