import type { Term } from '../nlp';
import type {
  AnchorSource, Attribution, DateMention, Diagnostic, Entity, RuleId, Severity, SourceDocument,
} from '../types';

/** Everything a sourcing rule may look at: the shared analysis of one document version. */
export interface RuleContext {
  document: SourceDocument;
  /** compromise terms per paragraph, document offsets. */
  terms: Term[][];
  entities: Entity[];
  dates: DateMention[];
  attributions: Attribution[];
  published: string | null;
  anchor: AnchorSource;
}

/** One sourcing rule (docs/sourcing-rules.md). Each lives in its own file under rules/. */
export interface Rule {
  id: RuleId;
  /** One line, shown in hovers and the rule documentation. */
  summary: string;
  /** Severity before settings are applied (a rule may emit a lower one per finding). */
  defaultSeverity: Severity;
  check(context: RuleContext): Diagnostic[];
}
