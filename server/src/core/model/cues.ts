/**
 * Lexicons of attribution: reporting verbs by class, multi-word cues, anonymous source heads,
 * anonymity reasons, hearsay adverbs, own-verification phrases, outlets. Curated word lists;
 * the attribution finder applies them only in syntactic context (a verb with a subject or an
 * inverted source, a complement or a trailing position), never as raw matches.
 */
import type { CueClass } from '../types';

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /**
   * How much context the verb needs before it counts as a cue:
   * - 'any': a speech verb ("say", "tell"): any subject or inverted source will do.
   * - 'complement': needs a reported complement (that-clause, quote, colon, bare clause,
   *   to-infinitive where `infinitive` is set) or a trailing/inverted position ("add", "note").
   * - 'quote': only with a quotation or a colon after it ("continue", "call").
   */
  needs: 'any' | 'complement' | 'quote';
  /** May introduce content with a to-infinitive ("vowed to repeal", "wants to build"). */
  infinitive?: boolean;
  /** Takes no bare clause as its content: "plans to close", never "plans the panel voted" (a noun in "the plans panel voted"). */
  noBareClause?: boolean;
  /** May take a direct object that is the content ("announced plans", "denied the report"). */
  object?: boolean;
  /** May take a person as indirect object before the content ("told reporters that"). */
  addressee?: boolean;
  /** Subject must be animate (a person, a group, an organization, a pronoun): cognition verbs. */
  animate?: boolean;
  /** Allowed in the inverted order '"…," said Smith'. */
  inverts?: boolean;
  /** Irregular forms (past, participle, third person, -ing are derived otherwise). */
  forms?: string[];
  /**
   * Takes an object with an as-predicate as its content ("critics see the program as a loophole",
   * "what analysts described as tactics"); the object alone is not content.
   */
  asPredicate?: boolean;
  /**
   * Takes as content an object that is a message or a document ("released a letter", "issued a
   * statement", "echo her concerns"); other objects are not content ("released the hostages").
   */
  messageObject?: boolean;
  /**
   * Not a reporting verb by itself ("see", "release"): content only through its frame (an
   * as-predicate or a message object), a that-clause or a quotation; no bare clause, no wh-clause.
   */
  narrow?: boolean;
  /** A cue only as an aside or after what it reports ("as one adviser put it", "…, the memo put it"), never before content. */
  asideOnly?: boolean;
  /** The particle may follow a dummy "it" ("made it clear that …", "made clear that …"). */
  itBeforeParticle?: boolean;
}

/** Heads of objects that are a message or a document (for `messageObject` verbs). */
export const MESSAGE_HEADS = /^(?:statements?|letters?|memos?|reports?|ads?|advertisements?|plans?|proposals?|guidance|warnings?|remarks|comments|concerns|views|sentiments?|criticism|calls?|claims?|messages?|positions?|arguments?|themes?|points?|analysis|study|studies|survey|polls?|audit|policy|agenda|platform|blueprint|framework|ruling|opinion|verdict|list|estimates?|projections?|forecasts?|findings|explanation|apology|denial|rebuttal|response|retort|advice|proof|insights?|assessments?|tweets?|book|memoir|op-ed|essay|editorial|manifesto|summary|account|notice|directive|advisory|review|ultimatum|threat|demands?|appeal|plea|invitation|offer|condolences|assurances?|guarantees?|promises?|pledges?)$/;

const V = (lemma: string, cls: CueClass, needs: CueVerb['needs'], extra: Partial<CueVerb> = {}): CueVerb => ({
  lemma,
  cls,
  needs,
  ...extra,
});

/**
 * The words that append another party's denial to the claim before it, ending that claim:
 * "…, a charge Cepeda denies", "…, which the company disputes", "…, an allegation that he rejects".
 */
export const APPENDED_DENIAL = /\s*[,;—–]\s*(?:(?:a|an)\s+(?:charges?|claims?|accusations?|allegations?|assertions?|characteri[sz]ations?)(?:\s+(?:that|which))?|which)\s+$/i;

/** Officials given by their field only, as a wire lede does: "officials", "disaster officials", "health authorities". */
export const FIELD_OFFICIALS = /^(?:(\p{Ll}+)\s+)?(?:officials|authorities)$/u;

/** Reporting and attitude verbs. */
export const CUE_VERBS: CueVerb[] = [
  // neutral speech
  V('say', 'neutral', 'any', { inverts: true, forms: ['said', 'says', 'saying'] }),
  V('tell', 'neutral', 'any', { inverts: true, addressee: true, forms: ['told', 'tells', 'telling'] }),
  V('state', 'neutral', 'complement', { inverts: true }),
  V('add', 'neutral', 'complement', { inverts: true }),
  V('write', 'neutral', 'complement', { inverts: true, forms: ['wrote', 'written', 'writes', 'writing'] }),
  V('report', 'neutral', 'complement', { inverts: true, object: true }),
  V('announce', 'neutral', 'complement', { inverts: true, object: true, infinitive: true }),
  V('comment', 'neutral', 'complement', { inverts: true }),
  V('explain', 'neutral', 'complement', { inverts: true }),
  V('describe', 'neutral', 'complement', { object: true, asPredicate: true }),
  V('reply', 'neutral', 'complement', { inverts: true, forms: ['replied', 'replies', 'replying'] }),
  V('respond', 'neutral', 'complement', { inverts: true }),
  V('ask', 'neutral', 'complement', { inverts: true, addressee: true, infinitive: true }),
  V('note', 'neutral', 'complement', { inverts: true, object: true }),
  V('tweet', 'neutral', 'complement', { inverts: true, object: true }),
  V('post', 'neutral', 'quote'),
  V('testify', 'neutral', 'complement', { forms: ['testified', 'testifies', 'testifying'] }),
  V('confirm', 'neutral', 'complement', { inverts: true, object: true }),
  V('recall', 'neutral', 'complement', { inverts: true }),
  V('declare', 'neutral', 'complement', { inverts: true }),
  V('reiterate', 'neutral', 'complement', { object: true }),
  V('continue', 'neutral', 'quote', { inverts: true }),
  V('mention', 'neutral', 'complement', { object: true }),
  V('remark', 'neutral', 'complement', { inverts: true }),
  V('observe', 'neutral', 'complement', { inverts: true }),
  V('point out', 'neutral', 'complement', { inverts: true }),
  // Reporting verbs of South Asian and African English: "Corporator Anita Shinde opined that …", "the petitioner averred that …",
  // "the official clarified that …", "the minister underlined that …", "the collector intimated that …".
  V('opine', 'neutral', 'complement', { inverts: true, animate: true }),
  V('aver', 'neutral', 'complement', { inverts: true, animate: true, forms: ['averred', 'avers', 'averring'] }),
  V('clarify', 'neutral', 'complement', { inverts: true, forms: ['clarified', 'clarifies', 'clarifying'] }),
  V('underline', 'neutral', 'complement', { inverts: true }),
  V('intimate', 'neutral', 'complement', { animate: true, noBareClause: true }),
  // "apprised the commissioner of the matter", "apprised the court that …": a report made to someone.
  V('apprise', 'neutral', 'complement', { addressee: true, animate: true }),
  V('predict', 'cognition', 'complement', { animate: true }),
  V('forecast', 'cognition', 'complement', { forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'] }),
  V('estimate', 'cognition', 'complement', { object: true }),
  // "…, the researchers tallied, the government would receive …", "analysts calculated that …": a figure someone worked out.
  V('calculate', 'cognition', 'complement', {}),
  V('tally', 'cognition', 'complement', { forms: ['tally', 'tallies', 'tallied', 'tallying'] }),
  V('compute', 'cognition', 'complement', {}),
  // "NBC News projects that Hadley will win": a call of a race or a forecast from a model.
  V('project', 'cognition', 'complement', {}),
  V('answer', 'neutral', 'complement', { inverts: true }),
  V('emphasize', 'neutral', 'complement', { inverts: true, object: true }),
  V('stress', 'neutral', 'complement', { inverts: true, object: true }),
  V('agree', 'neutral', 'complement', { inverts: true, infinitive: true }),
  V('promise', 'neutral', 'complement', { infinitive: true, animate: true, object: true }),
  V('pledge', 'neutral', 'complement', { infinitive: true, animate: true }),
  V('vow', 'neutral', 'complement', { infinitive: true, animate: true }),
  V('urge', 'neutral', 'complement', { infinitive: true, addressee: true, animate: true }),
  V('propose', 'neutral', 'complement', { object: true, animate: true }),
  V('suggest', 'evidential', 'complement', { inverts: true, object: true }),
  V('echo', 'neutral', 'quote', { forms: ['echoed', 'echoes', 'echoing'], messageObject: true }),
  V('call', 'neutral', 'quote', { animate: true }),
  V('call for', 'neutral', 'any', { object: true, animate: true }),
  V('call on', 'neutral', 'any', { object: true, animate: true }),
  V('warn of', 'neutral', 'any', { object: true, animate: true }),
  V('forecast', 'cognition', 'complement', { object: true, animate: true, forms: ['forecast', 'forecasts', 'forecasting', 'forecasted'] }),
  V('recommend', 'neutral', 'complement', { object: true, animate: true }),
  V('advise', 'neutral', 'complement', { addressee: true, infinitive: true, animate: true }),
  V('caution', 'neutral', 'complement', { inverts: true, addressee: true, animate: true }),
  V('question', 'neutral', 'complement', { object: true, animate: true }),
  V('demand', 'neutral', 'complement', { object: true, infinitive: true, animate: true }),
  V('cite', 'neutral', 'complement', { object: true }),
  V('quote', 'neutral', 'complement'),
  V('learn', 'cognition', 'complement', { forms: ['learned', 'learnt', 'learns', 'learning'] }),
  // cognition
  V('believe', 'cognition', 'complement', { animate: true }),
  V('think', 'cognition', 'complement', { animate: true, forms: ['thought', 'thinks', 'thinking'] }),
  V('expect', 'cognition', 'complement', { animate: true, infinitive: true, object: true }),
  V('fear', 'cognition', 'complement', { animate: true, object: true }),
  V('hope', 'cognition', 'complement', { animate: true, infinitive: true }),
  V('want', 'cognition', 'complement', { animate: true, infinitive: true, object: true }),
  V('consider', 'cognition', 'complement', { animate: true }),
  V('deem', 'cognition', 'complement', { animate: true }),
  V('doubt', 'cognition', 'complement', { animate: true }),
  V('plan', 'cognition', 'complement', { animate: true, infinitive: true, noBareClause: true, forms: ['planned', 'plans', 'planning'] }),
  V('know', 'cognition', 'complement', { animate: true, forms: ['knew', 'known', 'knows', 'knowing'] }),
  V('understand', 'cognition', 'complement', { animate: true, forms: ['understood', 'understands', 'understanding'] }),
  V('worry', 'cognition', 'complement', { animate: true, forms: ['worried', 'worries', 'worrying'] }),
  V('acknowledge', 'loaded', 'complement', { inverts: true, object: true }),
  // evidential
  V('show', 'evidential', 'complement', { forms: ['showed', 'shown', 'shows', 'showing'] }),
  V('find', 'evidential', 'complement', { forms: ['found', 'finds', 'finding'] }),
  V('indicate', 'evidential', 'complement'),
  V('conclude', 'evidential', 'complement', { inverts: true }),
  V('reveal', 'evidential', 'complement', { object: true }),
  // loaded
  V('claim', 'loaded', 'complement', { inverts: true }),
  V('allege', 'loaded', 'complement', { inverts: true }),
  V('insist', 'loaded', 'complement', { inverts: true }),
  V('maintain', 'loaded', 'complement'),
  V('contend', 'loaded', 'complement', { inverts: true }),
  V('assert', 'loaded', 'complement', { inverts: true }),
  V('admit', 'loaded', 'complement', { inverts: true, forms: ['admitted', 'admits', 'admitting'] }),
  V('concede', 'loaded', 'complement', { inverts: true }),
  // "accepted under cross-examination that she had not mentioned it": a concession (its object, "accepted the offer", is none).
  V('accept', 'loaded', 'complement', { animate: true }),
  // "The State Pathologist gave evidence that Mr Ryan died from …": a witness's testimony, as court reports write it.
  // "Counsel for the State submitted that the delay was unreasonable": an argument put to a court (not "submitted a bid").
  V('submit', 'neutral', 'complement', { animate: true, noBareClause: true, forms: ['submitted', 'submits', 'submitting'] }),
  V('give evidence', 'neutral', 'complement', { animate: true, forms: ['gave evidence', 'gives evidence', 'giving evidence', 'given evidence'] }),
  V('confess', 'loaded', 'complement'),
  V('boast', 'loaded', 'complement', { inverts: true }),
  V('complain', 'loaded', 'complement', { inverts: true }),
  V('charge', 'loaded', 'complement'),
  V('accuse', 'loaded', 'any', { object: true, animate: true }),
  V('warn', 'loaded', 'complement', { inverts: true, addressee: true, infinitive: true }),
  V('argue', 'loaded', 'complement', { inverts: true }),
  V('slam', 'loaded', 'complement', { object: true, animate: true, forms: ['slammed', 'slams', 'slamming'] }),
  V('blast', 'loaded', 'complement', { object: true, animate: true }),
  V('criticize', 'loaded', 'any', { object: true, animate: true }),
  V('criticise', 'loaded', 'any', { object: true, animate: true }),
  V('condemn', 'loaded', 'any', { object: true, animate: true }),
  V('praise', 'loaded', 'any', { object: true, animate: true }),
  V('attack', 'loaded', 'complement', { object: true, animate: true }),
  V('joke', 'loaded', 'complement', { inverts: true }),
  V('quip', 'loaded', 'complement', { inverts: true, forms: ['quipped', 'quips', 'quipping'] }),
  // stance and action toward a claim or a person (PolNeAR counts these as attribution cues)
  V('support', 'neutral', 'complement', { object: true, animate: true }),
  V('endorse', 'neutral', 'complement', { object: true, animate: true }),
  V('oppose', 'neutral', 'complement', { object: true, animate: true }),
  V('defend', 'neutral', 'complement', { object: true, animate: true }),
  V('mock', 'loaded', 'complement', { object: true, animate: true }),
  V('ridicule', 'loaded', 'complement', { object: true, animate: true }),
  V('blame', 'loaded', 'complement', { object: true, animate: true }),
  V('welcome', 'neutral', 'complement', { object: true, animate: true }),
  V('applaud', 'neutral', 'complement', { object: true, animate: true }),
  V('tout', 'neutral', 'complement', { object: true, animate: true }),
  V('encourage', 'neutral', 'complement', { object: true, infinitive: true, animate: true }),
  V('refuse', 'neutral', 'complement', { infinitive: true, animate: true }),
  V('seek', 'cognition', 'complement', { infinitive: true, animate: true, forms: ['sought', 'seeks', 'seeking'] }),
  V('intend', 'cognition', 'complement', { infinitive: true, animate: true, noBareClause: true }),
  V('view', 'cognition', 'complement', { animate: true, asPredicate: true }),
  V('challenge', 'neutral', 'complement', { object: true, animate: true }),
  V('highlight', 'neutral', 'complement', { object: true, animate: true }),
  V('hint', 'neutral', 'complement', { animate: true }),
  V('signal', 'neutral', 'complement', { animate: true, infinitive: true }),
  V('threaten', 'loaded', 'complement', { infinitive: true, animate: true }),
  V('imply', 'neutral', 'complement', { forms: ['implied', 'implies', 'implying'] }),
  V('feel', 'cognition', 'complement', { animate: true, forms: ['felt', 'feels', 'feeling'] }),
  V('realize', 'cognition', 'complement', { animate: true }),
  V('recognize', 'cognition', 'complement', { animate: true }),
  V('remember', 'cognition', 'complement', { animate: true }),
  V('wonder', 'cognition', 'complement', { animate: true, inverts: true }),
  V('hear', 'cognition', 'complement', { animate: true, forms: ['heard', 'hears', 'hearing'] }),
  V('assure', 'neutral', 'complement', { addressee: true, animate: true }),
  V('inform', 'neutral', 'complement', { addressee: true, animate: true }),
  V('remind', 'neutral', 'complement', { addressee: true, animate: true }),
  V('rule', 'neutral', 'complement', { animate: true }),
  V('determine', 'evidential', 'complement', { animate: true }),
  V('speak of', 'neutral', 'any', { object: true, animate: true, forms: ['spoke of', 'spoken of', 'speaks of', 'speaking of'] }),
  V('speak about', 'neutral', 'any', { object: true, animate: true, forms: ['spoke about', 'spoken about', 'speaks about', 'speaking about'] }),
  V('talk about', 'neutral', 'any', { object: true, animate: true }),
  V('complain about', 'loaded', 'any', { object: true, animate: true }),
  V('warn against', 'loaded', 'any', { object: true, animate: true }),
  V('warn about', 'loaded', 'any', { object: true, animate: true }),
  V('worry about', 'cognition', 'any', { object: true, animate: true, forms: ['worried about', 'worries about', 'worrying about'] }),
  V('comment on', 'neutral', 'any', { object: true, animate: true }),
  V('write about', 'neutral', 'any', { object: true, animate: true, forms: ['wrote about', 'written about', 'writes about', 'writing about'] }),
  V('push for', 'neutral', 'any', { object: true, animate: true }),
  V('advocate for', 'neutral', 'any', { object: true, animate: true }),
  V('argue for', 'loaded', 'any', { object: true, animate: true }),
  V('argue against', 'loaded', 'any', { object: true, animate: true }),
  V('rail against', 'loaded', 'any', { object: true, animate: true }),
  V('point to', 'neutral', 'any', { object: true }),
  V('make clear', 'neutral', 'complement', { animate: true, itBeforeParticle: true, forms: ['made', 'makes', 'making'] }),
  // manner of speaking: the words come in a quotation ("the crowd chanted “Lock her up”")
  V('chant', 'neutral', 'quote', { inverts: true, object: true }),
  V('shout', 'neutral', 'quote', { inverts: true, object: true }),
  V('yell', 'neutral', 'quote', { inverts: true, object: true }),
  V('scream', 'neutral', 'quote', { inverts: true, object: true }),
  V('exclaim', 'neutral', 'quote', { inverts: true }),
  V('whisper', 'neutral', 'quote', { inverts: true }),
  V('mutter', 'neutral', 'quote', { inverts: true }),
  // communication with a topic or a message as object
  V('express', 'neutral', 'complement', { object: true, animate: true }),
  // "raised concerns over the deficit", "voiced doubts about the plan": only with a stance as object (see STANCE_NOUNS).
  V('raise', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true }),
  V('voice', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true }),
  V('repeat', 'neutral', 'complement', { object: true, animate: true }),
  V('reference', 'neutral', 'complement', { object: true, animate: true }),
  V('refer to', 'neutral', 'any', { object: true, animate: true }),
  V('liken', 'loaded', 'complement', { object: true, animate: true }),
  V('dub', 'loaded', 'quote', { animate: true, forms: ['dubbed', 'dubs', 'dubbing'] }),
  V('label', 'loaded', 'quote', { animate: true }),
  V('brand', 'loaded', 'quote', { animate: true }),
  V('term', 'loaded', 'quote', { animate: true }),
  V('characterize', 'loaded', 'complement', { object: true, animate: true, asPredicate: true }),
  V('brag', 'loaded', 'complement', { inverts: true, forms: ['bragged', 'brags', 'bragging'] }),
  V('brag about', 'loaded', 'any', { object: true, animate: true, forms: ['bragged about', 'brags about', 'bragging about'] }),
  V('respond to', 'neutral', 'any', { object: true, animate: true }),
  // evaluation: a judgement of a person, a plan or a claim
  V('denounce', 'loaded', 'complement', { object: true, animate: true }),
  V('decry', 'loaded', 'complement', { object: true, animate: true, forms: ['decried', 'decries', 'decrying'] }),
  V('lament', 'loaded', 'complement', { object: true, animate: true, inverts: true }),
  V('bemoan', 'loaded', 'complement', { object: true, animate: true }),
  V('hail', 'loaded', 'complement', { object: true, animate: true }),
  V('chastise', 'loaded', 'complement', { object: true, animate: true }),
  V('scold', 'loaded', 'complement', { object: true, animate: true }),
  V('rebuke', 'loaded', 'complement', { object: true, animate: true }),
  V('lambaste', 'loaded', 'complement', { object: true, animate: true }),
  V('castigate', 'loaded', 'complement', { object: true, animate: true }),
  V('excoriate', 'loaded', 'complement', { object: true, animate: true }),
  V('fault', 'loaded', 'complement', { object: true, animate: true }),
  V('commend', 'neutral', 'complement', { object: true, animate: true }),
  V('favor', 'neutral', 'complement', { object: true, animate: true }),
  V('champion', 'neutral', 'complement', { object: true, animate: true }),
  V('agree with', 'neutral', 'any', { object: true, animate: true }),
  V('disagree', 'neutral', 'complement', { animate: true, inverts: true }),
  V('disagree with', 'neutral', 'any', { object: true, animate: true }),
  V('side with', 'neutral', 'any', { object: true, animate: true }),
  // belief and assumption (that-clause)
  V('assume', 'cognition', 'complement', { animate: true }),
  V('suspect', 'cognition', 'complement', { animate: true }),
  V('reckon', 'cognition', 'complement', { animate: true }),
  V('suppose', 'cognition', 'complement', { animate: true }),
  V('imagine', 'cognition', 'complement', { animate: true }),
  V('anticipate', 'cognition', 'complement', { animate: true, object: true }),
  V('regret', 'cognition', 'complement', { animate: true, forms: ['regretted', 'regrets', 'regretting'] }),
  // intention and commitment (to-infinitive)
  V('decline', 'cognition', 'complement', { animate: true, infinitive: true }),
  V('offer', 'cognition', 'complement', { animate: true, infinitive: true }),
  V('decide', 'cognition', 'complement', { animate: true, infinitive: true }),
  V('aim', 'cognition', 'complement', { animate: true, infinitive: true, noBareClause: true }),
  V('wish', 'cognition', 'complement', { animate: true, infinitive: true }),
  V('prefer', 'cognition', 'complement', { animate: true, infinitive: true, object: true, forms: ['preferred', 'prefers', 'preferring'] }),
  V('decide against', 'cognition', 'any', { animate: true, object: true }),
  V('rule against', 'neutral', 'any', { animate: true, object: true }),
  // perception as judgement: an object with an as-predicate ("critics see the program as a loophole")
  V('see', 'cognition', 'complement', { animate: true, asPredicate: true, narrow: true, forms: ['saw', 'seen', 'sees', 'seeing'] }),
  V('regard', 'cognition', 'complement', { animate: true, asPredicate: true, narrow: true }),
  V('portray', 'loaded', 'complement', { animate: true, asPredicate: true, narrow: true }),
  V('depict', 'loaded', 'complement', { animate: true, asPredicate: true, narrow: true }),
  V('paint', 'loaded', 'complement', { animate: true, asPredicate: true, narrow: true }),
  V('cast', 'loaded', 'complement', { animate: true, asPredicate: true, narrow: true, forms: ['cast', 'casts', 'casting'] }),
  // making a message or a document public ("released a letter", "issued a statement", "disclosed that")
  V('release', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true }),
  V('publish', 'neutral', 'complement', { animate: true, messageObject: true }),
  V('issue', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true }),
  // "The city sent a cease-and-desist letter", "sent lawmakers a memo": a message sent states what it says.
  V('send', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true, forms: ['sent', 'sends', 'sending'] }),
  V('unveil', 'neutral', 'complement', { animate: true, messageObject: true, narrow: true }),
  V('disclose', 'neutral', 'complement', { object: true, inverts: true }),
  V('divulge', 'neutral', 'complement', { object: true, animate: true }),
  // "as one adviser put it": the words quoted or paraphrased around it are the content
  V('put it', 'neutral', 'any', { inverts: true, asideOnly: true, forms: ['put it', 'puts it', 'putting it'] }),
  // "Counsel put it to the witness that he had received the money": cross-examination's assertion, put to the witness.
  V('put it to', 'neutral', 'complement', { addressee: true, animate: true, forms: ['put it to', 'puts it to', 'putting it to'] }),
  V('discuss', 'neutral', 'complement', { animate: true }),
  // evidence: a document or a finding shows
  V('demonstrate', 'evidential', 'complement'),
  V('prove', 'evidential', 'complement'),
  V('illustrate', 'evidential', 'complement'),
  V('underscore', 'evidential', 'complement'),
  // denial
  V('deny', 'denial', 'any', { object: true, forms: ['denied', 'denies', 'denying'] }),
  V('dispute', 'denial', 'any', { object: true }),
  V('reject', 'denial', 'complement', { object: true }),
  V('refute', 'denial', 'any', { object: true }),
  V('rebut', 'denial', 'any', { object: true, forms: ['rebutted', 'rebuts', 'rebutting'] }),
  V('dismiss', 'denial', 'complement', { object: true }),
  V('contest', 'denial', 'complement', { object: true }),
  V('contradict', 'denial', 'complement', { object: true }),
  V('disavow', 'denial', 'any', { object: true }),
  V('push back', 'denial', 'complement', { forms: ['pushed back', 'pushes back', 'pushing back'] }),
];

/** Adverbs and auxiliaries that belong to the predicate as a reader sees it ("has also said"). */
export const PREDICATE_AUX = new Set([
  'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'did', 'does', 'do', 'be', 'been',
  'also', 'repeatedly', 'later', 'previously', 'publicly', 'privately', 'again', 'now', 'once', 'then',
  'recently', 'further', 'long', 'often', 'earlier', 'first', 'never', 'not', "n't", 'reportedly',
  'openly', 'separately', 'frequently', 'initially', 'since', 'already', 'just', 'still',
  'may', 'might', 'can', 'could', 'should', 'must', 'shall', 'cannot', 'am',
  "'s", "'ve", "'re", "'d", "'ll", "'m",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "didn't", "doesn't", "don't",
  "can't", "couldn't", "shouldn't", "mustn't",
]);

/** Multi-word cues whose source follows them ("according to X", "citing X"). */
export const PREPOSED_CUES: { words: string[]; cls: CueClass }[] = [
  { words: ['according', 'to'], cls: 'according-to' },
  { words: ['citing'], cls: 'according-to' },
  { words: ['quoting'], cls: 'according-to' },
  // Only opening a sentence or after a comma, before a document or a name (see cues.ts).
  { words: ['based', 'on'], cls: 'according-to' },
  { words: ['per'], cls: 'according-to' },
];

/** "cited X as saying", "quoted X as saying". */
export const RELAY_VERBS = new Set(['cited', 'cites', 'citing', 'quoted', 'quotes', 'quoting']);

/** A hearing that is told things in court reports ("the jury was told"): who listened, never who spoke. */
export const AUDIENCE_WORDS = '(?:court|jury|inquest|tribunal|hearing|inquiry|committee|magistrates|trial)';

/** Manner phrases that make a verb a statement ("said in a statement", "told reporters"). */
export const STATEMENT_PHRASES = [
  ['in', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['in', 'a', 'filing'],
  ['in', 'a', 'post'],
  ['in', 'a', 'tweet'],
  ['in', 'an', 'email'],
  ['in', 'an', 'e-mail'],
  ['in', 'a', 'letter'],
  ['in', 'a', 'memo'],
  ['in', 'a', 'report'],
  ['in', 'a', 'blog', 'post'],
  ['in', 'a', 'speech'],
  ['in', 'a', 'press', 'release'],
  ['in', 'a', 'news', 'release'],
];

/** Hearsay adverbs: an attribution with no source. */
export const HEARSAY_ADVERBS = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly', 'rumoredly', 'ostensibly',
]);

/** Multi-word hearsay ("according to reports" is handled as according-to with a relay source). */
export const HEARSAY_PHRASES: string[][] = [
  ['it', 'is', 'understood'],
  ['it', 'is', 'learnt'],
  ['it', 'is', 'learned'],
  ['it', 'was', 'learnt'],
  ['it', 'was', 'learned'],
  ['it', 'was', 'gathered'],
  ['it', 'is', 'gathered'],
  ['it', 'is', 'believed'],
  ['it', 'is', 'said'],
  ['it', 'is', 'thought'],
  ['it', 'was', 'understood'],
  ['it', 'was', 'believed'],
  ['it', 'was', 'reported'],
  ['it', 'is', 'reported'],
  ['it', 'is', 'alleged'],
  ['it', 'was', 'alleged'],
  ['is', 'said', 'to'],
  ['are', 'said', 'to'],
  ['was', 'said', 'to'],
  ['were', 'said', 'to'],
  ['is', 'rumored', 'to'],
  ['are', 'rumored', 'to'],
  ['is', 'rumoured', 'to'],
  ['is', 'believed', 'to'],
  ['are', 'believed', 'to'],
  ['is', 'thought', 'to'],
  ['are', 'thought', 'to'],
  ['is', 'understood', 'to'],
  ['is', 'reported', 'to'],
  ['are', 'reported', 'to'],
  ['was', 'reported', 'to'],
  ['is', 'alleged', 'to'],
  ['was', 'alleged', 'to'],
];

/** Post-modifiers that make "people"/"person" an anonymous source ("familiar with", "close to"). */
export const ANON_FAMILIAR = [
  ['familiar', 'with'],
  ['close', 'to'],
  ['briefed', 'on'],
  ['with', 'knowledge', 'of'],
  ['with', 'direct', 'knowledge', 'of'],
  ['knowledgeable', 'about'],
  ['involved', 'in'],
  ['aware', 'of'],
  ['with', 'access', 'to'],
];

/** Role heads with no name: anonymous when no name stands next to them. */
export const ROLE_HEADS = new Set([
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'executive',
  'executives', 'diplomat', 'diplomats', 'spokesperson', 'spokespeople', 'spokesman', 'spokesmen',
  'spokeswoman', 'spokeswomen', 'staffer', 'staffers', 'operative', 'operatives', 'representative',
  'representatives', 'lawmaker', 'lawmakers', 'investigator', 'investigators', 'employee', 'employees',
  'officer', 'officers', 'manager', 'managers', 'banker', 'bankers', 'negotiator', 'negotiators',
  'member', 'members', 'strategist', 'strategists', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'prosecutor', 'prosecutors', 'regulator', 'regulators', 'director', 'directors', 'analyst', 'analysts',
  'administrator', 'administrators', 'minister', 'ministers', 'worker', 'workers', 'agent', 'agents',
  'authorities', 'authority', 'police', 'researcher', 'researchers', 'scientist', 'scientists',
  'economist', 'economists', 'expert', 'experts', 'leader', 'leaders', 'source', 'sources', 'insider',
  'insiders', 'person', 'people', 'staff', 'witness', 'witnesses', 'servant', 'servants',
  // Campaign and legislature roles ("a major donor", "a Democratic pollster", "one congressman", "a longtime ally").
  'donor', 'donors', 'pollster', 'pollsters', 'congressman', 'congressmen', 'congresswoman', 'congresswomen',
  'senator', 'senators', 'legislator', 'legislators', 'ally', 'allies', 'consultant', 'consultants', 'fundraiser',
  'fundraisers', 'organizer', 'organizers', 'delegate', 'delegates', 'confidant', 'confidants', 'confidante',
  'loyalist', 'loyalists', 'associate', 'associates', 'operative', 'operatives', 'surrogate', 'surrogates',
  'backer', 'backers', 'campaigner', 'campaigners', 'volunteer', 'volunteers',
  // The head of a body or a service ("the EU's foreign policy chief"), and a publication's critic ("a reviewer for …").
  'chief', 'chiefs', 'reviewer', 'reviewers',
  // A district's or a village's administrators in South Asia ("the collector", "the tehsildar", "the sarpanch").
  'collector', 'collectors', 'magistrate', 'magistrates', 'tehsildar', 'tehsildars', 'sarpanch', 'sarpanches',
]);

/** Spokesperson heads: a named organization speaking (strength 3) when no name is given. */
export const SPOKES_HEADS = new Set([
  'spokesperson', 'spokespeople', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'representative',
  'representatives', 'press secretary', 'statement', 'release',
]);

/** Vague collectives and generic authorities ("critics say", "experts believe"). */
export const VAGUE_HEADS = new Set([
  'critics', 'experts', 'analysts', 'observers', 'some', 'many', 'others', 'people', 'residents',
  'supporters', 'opponents', 'voters', 'skeptics', 'sceptics', 'commentators', 'pundits', 'economists',
  'scientists', 'researchers', 'historians', 'insiders', 'sources', 'source', 'officials', 'advocates',
  'activists', 'detractors', 'fans', 'users', 'investors', 'traders', 'democrats', 'republicans',
  'conservatives', 'liberals', 'progressives', 'lawmakers', 'members', 'leaders', 'staffers', 'aides',
  'americans', 'citizens', 'protesters', 'protestors', 'parents', 'teachers', 'students', 'workers',
  'witnesses', 'neighbors', 'neighbours', 'reports', 'studies', 'research', 'polls', 'rumors', 'rumours',
  'media', 'several', 'most', 'few', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'anyone', 'anybody', 'whoever', 'those',
]);

/** Documents and data (strength 5). */
export const DOCUMENT_HEADS = new Set([
  'filing', 'filings', 'document', 'documents', 'record', 'records', 'data', 'figures', 'statistics', 'returns', 'interviews',
  'transcript', 'transcripts', 'poll', 'polls', 'survey', 'surveys', 'results', 'census', 'contract',
  'contracts', 'email', 'emails', 'e-mails', 'memo', 'memos', 'letter', 'letters', 'complaint',
  'lawsuit', 'indictment', 'ruling', 'study', 'analysis', 'audit', 'footage', 'video', 'photos',
  'images', 'minutes', 'papers', 'disclosure', 'disclosures', 'estimates', 'numbers', 'tally',
  'count', 'average', 'projections', 'model', 'database', 'registry', 'report card', 'exit polls', 'ad', 'advertisement',
  'spot', 'website', 'site', 'paper', 'budget', 'plan', 'proposal', 'bill', 'law', 'rule', 'order',
  'statement', 'release', 'guidance', 'policy', 'platform', 'assessment', 'review', 'investigation',
  'probe', 'inquiry', 'evidence', 'research', 'studies', 'tweet', 'post', 'posts', 'tweets',
  'affidavit', 'affidavits', 'guideline', 'guidelines', 'note', 'directive', 'circular', 'warrant', 'subpoena',
  'charge sheet', 'judgment', 'verdict', 'deposition', 'depositions', 'invoice', 'invoices', 'receipts', 'logs',
  'declaration', 'declarations', 'motion', 'petition', 'exhibit', 'exhibits', 'docket', 'prospectus', 'testimony',
  'memorandum', 'memoranda', 'notification', 'chargesheet', 'dossier', 'average', 'averages', 'notice', 'retraction', 'correction',
  // Material shown or played ("Another slide shows that …", "a chart in the filing shows", "the recording shows").
  'slide', 'slides', 'chart', 'charts', 'graph', 'graphs', 'graphic', 'presentation', 'spreadsheet', 'spreadsheets', 'photo',
  'photograph', 'photographs', 'image', 'videos', 'recording', 'recordings', 'audio', 'clip', 'clips', 'map', 'maps',
  // A court's written decision, and records a reporter reads ("The opinion said", "Bank statements show", "his calendar shows").
  'decision', 'opinion', 'statements', 'calendar', 'calendars', 'screenshot', 'screenshots', 'ledger', 'ledgers', 'diary', 'diaries',
  // A court's papers ("according to the charge sheet", "the summary of facts read in court").
  'sheet', 'summary',
  // Published tables a body keeps ("according to the port's shipping schedule", "the council's register").
  'schedule', 'schedules', 'timetable', 'manifest', 'register', 'roster',
  // Papers filed with a regulator or a court ("according to the company's application", "its submission to the board").
  'application', 'applications', 'submission', 'submissions',
  // A negotiated text ("A draft text seen by Reuters proposes", "the communique says").
  'draft', 'drafts', 'text', 'texts', 'communique', 'communiqué', 'communiques', 'communiqués',
  // A maker's published figures and a government's written account of a call ("according to the company's
  // specifications", "according to a readout of the call").
  'specifications', 'specs', 'datasheet', 'readout', 'readouts',
  // A lawsuit by its short name ("The suit, filed in federal court in March, accuses …").
  'suit',
  // Tests a lab ran and a copy a reporter has seen ("Tests commissioned by the centre found", "a copy of the results").
  'tests', 'samples', 'readings', 'measurements', 'copy', 'copies',
]);

/** Generic relays: another outlet's report. */
export const RELAY_HEADS = new Set([
  'report', 'reports', 'newspaper', 'paper', 'outlet', 'outlets', 'media', 'magazine', 'broadcaster',
  'wire', 'daily', 'tabloid',
]);

/** News outlets that can relay claims (multi-word names first). */
export const OUTLETS: string[] = [
  'Bloomberg News', 'Bloomberg', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse',
  'Financial Times', 'FT', 'Wall Street Journal', 'WSJ', 'Journal', 'New York Times', 'Times',
  'Washington Post', 'Post', 'New York Post', 'CNBC', 'CNN', 'BBC', 'Politico', 'Axios', 'The Information',
  'Nikkei', 'Nikkei Asia', 'Xinhua', 'Caixin', 'South China Morning Post', 'SCMP', 'Business Insider',
  'Insider', 'Guardian', 'Telegraph', 'Economist', 'Forbes', 'Fortune', 'Fox News', 'Fox', 'NBC',
  'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'MSNBC', 'NPR', 'PBS', 'USA Today', 'Los Angeles Times',
  'Chicago Tribune', 'Boston Globe', 'The Hill', 'Breitbart', 'Breitbart News', 'HuffPost', 'Huffington Post',
  'BuzzFeed', 'BuzzFeed News', 'Vox', 'Slate', 'Daily Beast', 'Daily Mail', 'Sun', 'Mirror', 'Independent',
  'Der Spiegel', 'Spiegel', 'Le Monde', 'Handelsblatt', 'Yonhap', 'Kyodo', 'TASS', 'RIA Novosti', 'Interfax',
  'Al Jazeera', 'Haaretz', 'Times of India', 'Straits Times', 'Global Times', 'People\'s Daily',
  'The Verge', 'TechCrunch', 'Wired', 'Semafor', 'The Atlantic', 'New Yorker', 'Newsweek', 'Time',
  'ProPublica', 'Vanity Fair', 'Bild', 'UPI', 'Dow Jones', 'MarketWatch', 'Barron\'s', 'Electrek',
  'The Intercept', 'Mother Jones', 'National Review', 'Washington Examiner', 'Washington Times',
  'Daily Caller', 'Western Journal', 'Politifact', 'PolitiFact', 'Associated Press-GfK',
  // British and Irish national and regional papers, as press reviews name them.
  'Daily Express', 'Express', 'Sunday Express', 'Daily Star', 'Daily Mirror', 'Sunday Times', 'Mail on Sunday', 'Observer',
  'Evening Standard', 'Herald', 'Scotsman', 'Daily Record', 'Irish Examiner', 'Irish Independent', 'Irish Times',
];

/**
 * Reasons for anonymity ("who asked not to be identified because the talks are private"), as
 * regular-expression sources. The attribution layer takes the clause a reason opens as the
 * attribution's `anonymityReason`; the anonymity-unexplained rule looks for one near an
 * anonymous source.
 */
export const ANONYMITY_REASONS: readonly string[] = [
  '(?:ask|request)(?:ed|ing|s)? not to be (?:identified|named|quoted)', '(?:ask|request)(?:ed|ing|s)? (?:for )?anonymity',
  '(?:ask|request)(?:ed|ing|s)? to be (?:identified|named) (?:only|by)',
  '(?:did|does|do)(?: not|n[\'’]t) (?:want|wish)(?:es|s)? (?:to be|(?:his|her|their) names?) (?:named|identified|quoted|used|published)',
  '(?:wish(?:ed|es)?|want(?:ed|s)?|prefer(?:red|s)?|chose|asked) to remain anonymous', 'preferr?(?:ed|s)? not to be (?:identified|named)',
  'asked that (?:his|her|their) names? (?:not be|be withheld)', 'would (?:only )?speak (?:only )?anonymously',
  '(?:declin|refus)(?:ed|ing|es)? to be (?:identified|named)',
  // "One father, who did not give his name, told the board".
  '(?:did not|didn[\'’]t|would not|wouldn[\'’]t|declined to|refused to) give (?:his|her|their) (?:full |last )?names?',
  // "a woman who gave only her first name": she withheld the rest of it.
  '(?:gave|give|gives|giving|provided|identified (?:himself|herself|themselves) by) only (?:a|his|her|their) first names?',
  // "because the review isn't public", "because the plans haven't been announced" (Bloomberg's formula).
  'because\\b[^.]{0,60}\\b(?:is|are|was|were|has|have|had)(?:\\s+not|n[\'’]t)\\s+(?:yet\\s+)?(?:been\\s+)?(?:public|announced|made\\s+public|disclosed|released|finali[sz]ed)\\b',
  'because (?:(?:the|these|those|such) )?(?:talks|discussions|deliberations|negotiations|matters?|information|plans?|details)\\b[^.]{0,40}\\b(?:private|confidential|not (?:yet )?public|sensitive|ongoing)',
  // "on condition of anonymity", "under the condition of anonymity", "on the condition that their name not be used".
  '(?:on|under) (?:the )?conditions? (?:of anonymity|that (?:[\\w\'’]+\\s+){1,3}(?:not|never) be (?:named|identified|quoted|used|published|disclosed|printed))',
  'speaking anonymously', 'granted anonymity', 'insisted on anonymity', 'without being (?:identified|named)',
  '(?:not|n[\'’]t) authori[sz]ed to (?:speak|comment|discuss|talk|be quoted)',
  '(?:not|n[\'’]t) (?:permitted|allowed) to (?:speak|comment|discuss|talk)',
  'fear(?:ing|ed|s)? (?:of )?(?:reprisals?|retaliation|retribution|losing (?:their|his|her) (?:jobs?|positions?|posts?))',
  'to protect (?:their|his|her) (?:identity|identities|jobs?)',
];

/** Own verification by the reporting outlet (downgrades a relay; strength 5). */
export const OWN_VERIFICATION_VERBS = new Set([
  'reviewed', 'obtained', 'seen', 'examined', 'verified', 'analyzed', 'analysed', 'inspected', 'confirmed',
  // What the outlet's own reporter witnessed ("An AP reporter saw 17 bodies", "Reuters journalists counted").
  'saw', 'witnessed', 'observed', 'counted', 'watched', 'heard',
]);

/** Subordinators that end a subject noun phrase scanning leftwards. */
export const CLAUSE_OPENERS = new Set([
  'after', 'before', 'because', 'while', 'when', 'whenever', 'since', 'although', 'though', 'if', 'as',
  'that', 'than', 'until', 'unless', 'whether', 'where', 'but', 'and', 'or', 'so', 'yet', 'once',
  'meanwhile', 'however', 'instead', 'also', 'still', 'now', 'then', 'nor',
]);

/** Prepositions that may sit inside a source noun phrase ("officials at the agency"). */
export const NP_PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'on', 'to', 'close', 'by', 'across', 'around', 'throughout']);

/** Animate pronouns usable as sources. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);

/** Reduced relatives inside a source phrase ("a poll released Friday found"). */
export const REDUCED_RELATIVES = new Set([
  'released', 'published', 'conducted', 'issued', 'taken', 'commissioned', 'obtained', 'filed', 'sent', 'posted',
  'prepared', 'produced', 'compiled', 'written', 'signed', 'led', 'run', 'based', 'funded', 'sponsored', 'cited',
  'quoted', 'seen', 'reviewed', 'made', 'done', 'carried', 'dated', 'drafted', 'circulated', 'submitted', 'presented', 'authored', 'distributed', 'shared',
  'contained', 'included', 'collected', 'gathered', 'provided', 'outlined', 'analysed', 'analyzed', 'read', 'delivered', 'broadcast', 'aired', 'tabled', 'lodged',
]);

/** Nouns by which a story takes up a country or a body it has named, before a possessive: "the country's finance minister". */
export const TAKEN_UP_OWNERS: readonly string[] = ['country', 'nation', 'company', 'city', 'state', 'province', 'region', 'firm', 'bank', 'group', 'club', 'kingdom', 'republic', 'island', 'territory'];

/** Labels that look like "Name:" but are not speakers. */
export const COLON_LABELS = new Set([
  'update', 'updated', 'clarification', 'correction', 'note', 'editor', "editor's", 'related', 'watch', 'read',
  'photos', 'photo', 'video', 'latest', 'breaking', 'exclusive', 'analysis', 'opinion', 'abstract', 'full', 'text',
  'source', 'sources', 'credit', 'caption', 'disclosure', 'warning', 'summary', 'background', 'context', 'q', 'a',
  'question', 'answer', 'more', 'see', 'also', 'listen', 'subscribe', 'advertisement', 'tags', 'topics', 'live',
  'day', 'part', 'chapter', 'step', 'quiz', 'timeline', 'factbox', 'explainer', 'graphic',
  // Fact-check sections.
  'claim', 'claims', 'rating', 'ruling', 'verdict', 'facts', 'the facts', 'fact', 'check', 'conclusion', 'bottom', 'line', 'why', 'what',
  // A press release's contacts and sections ("Media Contact: Tomas Reiner", "Investor Relations Contact:").
  'contact', 'contacts', 'media', 'press', 'inquiries', 'enquiries', 'about', 'highlights', 'forward-looking',
  // An e-mail's subject marks for a reply or a forward ("RE: Pump station 4", "Fwd: minutes").
  're', 'fw', 'fwd',
  // A meeting's minutes: who attended and what was decided ("Present: Cllr Murphy (Chair), …", "Resolved: That the
  // committee approve …", "Proposed: Cllr Hoade").
  'present', 'absent', 'apologies', 'attendance', 'attendees', 'resolved', 'agreed', 'noted', 'moved', 'seconded', 'proposed',
  'carried', 'deferred', 'adopted', 'agenda', 'minutes', 'venue',
]);

/** Nouns that report speech or stance after a possessive source ("Trump's claim that …"). */
export const CUE_NOUNS: Record<string, CueClass> = {
  claim: 'loaded', claims: 'loaded', allegation: 'loaded', allegations: 'loaded', assertion: 'loaded',
  accusation: 'loaded', accusations: 'loaded', insistence: 'loaded', admission: 'loaded', charge: 'loaded', charges: 'loaded',
  statement: 'neutral', statements: 'neutral', remarks: 'neutral', remark: 'neutral', comments: 'neutral', comment: 'neutral',
  announcement: 'neutral', warning: 'loaded', warnings: 'loaded', promise: 'neutral', promises: 'neutral', pledge: 'neutral',
  call: 'neutral', calls: 'neutral', criticism: 'loaded', argument: 'loaded', suggestion: 'neutral', prediction: 'cognition',
  predictions: 'cognition', view: 'cognition', views: 'cognition', belief: 'cognition', denial: 'denial', denials: 'denial',
  // "the treasury's forecast that the deficit would narrow", "the ministry's estimate of 40,000 homes": a figure worked out.
  forecast: 'cognition', forecasts: 'cognition', estimate: 'cognition', estimates: 'cognition', projection: 'cognition', projections: 'cognition',
  assessment: 'evidential', testimony: 'neutral', assurance: 'neutral', assurances: 'neutral', proposal: 'neutral',
  explanation: 'neutral', description: 'neutral', characterization: 'loaded', contention: 'loaded', complaint: 'loaded',
  // "It is the prosecution's case that …", "the defence's case is that …" (only before "that").
  case: 'neutral',
  // "the panel's conclusion that …", "Mr Davis's submission that …", "the union's demand for …", "his theory of …". (Stance
  // nouns such as "concerns", "support", "hopes" below only head a subject: as an object they are what the verb that
  // reports them reports, "did have his concerns about", "lying about her support for".)
  conclusion: 'evidential', finding: 'evidential', findings: 'evidential', submission: 'neutral', recollection: 'neutral',
  acknowledgment: 'neutral', acknowledgement: 'neutral', observation: 'neutral', recommendation: 'neutral',
  threat: 'loaded', threats: 'loaded', boast: 'loaded', vow: 'neutral', demand: 'neutral', demands: 'neutral', plea: 'neutral',
  theory: 'cognition', objection: 'loaded', objections: 'loaded', apology: 'neutral', confession: 'loaded', disdain: 'loaded',
  // Only in a frame opening the clause: "By the union's account, …", "by his own reckoning, …" (see cues.ts frameNoun).
  account: 'neutral', reckoning: 'cognition', estimation: 'cognition', telling: 'neutral',
  // Only heading the subject: "Her concerns about the river were raised …" (see cues.ts SUBJECT_STANCE_NOUNS).
  concern: 'cognition', concerns: 'cognition', support: 'neutral', opposition: 'neutral', fears: 'cognition', doubts: 'cognition', hopes: 'cognition',
};

/** Reporting nouns that take their topic with "for" ("the union's demand for a review", "his support for the bill"). */
export const FOR_NOUNS = /^(?:calls?|demands?|plea|disdain|apology|support)$/;

/** A party's own people, who speak for it: "Cruz and his aides" (not "RT and its defenders", "Trump and his critics"). */
export const OWN_PEOPLE = /^(?:aides?|advisers?|advisors?|officers|officials|staff|staffers|lawyers|attorneys|counsel|spokes(?:man|men|woman|women|people|persons?)|representatives|executives|employees|team|campaign|deputies|ministers|lieutenants|family|managers|directors|board|leadership|administration)$/;
