/**
 * Word lists of the sourcing rules (docs/sourcing-rules.md), curated: each entry is here because
 * it carries the signal in news prose, and the ambiguous ones are left out on purpose (see the
 * notes). Data only; the rules under `core/rules/` decide when a match counts.
 *
 * Patterns are regular-expression sources, matched case-insensitively on word boundaries.
 */

/** Adverbs that mark a claim as hearsay. "apparently" is a hedge instead (an inference, not a report). */
export const HEARSAY_ADVERBS: readonly string[] = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'reputedly', 'rumou?redly',
];

/** Phrases that rest a claim on unnamed reports. Outlets ("local media reported") are relayed reports instead. */
export const HEARSAY_PHRASES: readonly string[] = [
  'according to (?:(?:unconfirmed|unverified|local|media|press|news|some|several|various|multiple|recent|earlier|other|previous|published|widespread)\\s+)*(?:reports|rumou?rs)',
  // ("Reports last month suggested …": with when they came out.)
  '(?:(?:unconfirmed|unverified|media|press|news)\\s+)?reports (?:(?:last|earlier this|this) (?:week|month|year) |(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:say|said|suggest(?:ed)?|indicate[ds]?|claim(?:ed)?|have said|have suggested)',
  // "Reports in the Scottish press suggest", "reports in local media said": unnamed reports in unnamed outlets.
  'reports in (?:the |some |several )?(?:[\\w-]+ )?(?:press|media|newspapers|papers|tabloids) (?:say|said|suggest(?:ed)?|indicate[ds]?|claim(?:ed)?|have said|have suggested)',
  'there (?:are|have been|were) (?:unconfirmed |widespread |media )?reports (?:that|of)',
  'rumou?rs (?:say|suggest(?:ed)?|have it)',
  'word (?:is|has it) that',
];

/**
 * Reporting verbs in the passive with no agent: "it is understood that", "is said to".
 * "expected" is a hedge (hedged-claim), not listed here; "known" only in "it is known that".
 */
export const PASSIVE_REPORTING_VERBS: readonly string[] = [
  'believed', 'understood', 'thought', 'said', 'reported', 'rumou?red', 'alleged', 'claimed', 'feared',
  'suspected', 'assumed', 'argued', 'suggested', 'estimated', 'considered', 'reputed', 'purported',
  // Indian and Nigerian press: "It is learnt that", "It was gathered that".
  'learnt', 'learned', 'gathered',
];

/** Verbs of "was accused of" type: an accusation with no accuser. */
export const PASSIVE_ACCUSATION_VERBS: readonly string[] = ['accused', 'suspected', 'alleged'];

/** Adverbs that may sit inside a verb group ("was subsequently denied", "is widely believed"). */
export const VERB_GROUP_ADVERBS = '(?:\\w+ly|since|later|also|then|now|long|still|again|once|already|even|not)';

/** Denial verbs as past participles (unattributed denials are passive: "this was denied"). */
export const DENIAL_PARTICIPLES: readonly string[] = [
  'denied', 'disputed', 'refuted', 'rebutted', 'contested', 'contradicted', 'debunked', 'disavowed',
];

/** Participles that deny a claim only when the subject is a claim noun ("the report was rejected"). */
export const REJECTION_PARTICIPLES: readonly string[] = ['rejected', 'dismissed', 'challenged', 'retracted'];

/** Nouns that stand for a claim ("the report was denied"); not plans or proposals, which are rejected on merit. */
export const CLAIM_NOUNS: readonly string[] = [
  'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'account', 'accounts', 'story', 'stories',
  'suggestion', 'suggestions', 'accusation', 'accusations', 'rumou?r', 'rumou?rs', 'assertion', 'assertions',
  'characteri[sz]ation', 'information', 'speculation', 'statement', 'article', 'reporting',
];

/** Lemmas of denial verbs (contested-claim: a named party denies a claim). */
export const DENIAL_LEMMAS: readonly string[] = [
  'deny', 'dispute', 'reject', 'refute', 'rebut', 'dismiss', 'contest', 'contradict', 'disavow', 'push back',
  'denied', 'denies', 'disputed', 'disputes', 'rejected', 'rejects', 'refuted', 'refutes', 'rebutted', 'rebuts',
  'dismissed', 'dismisses', 'contested', 'contests', 'contradicted', 'contradicts', 'disavowed', 'disavows',
  'pushed back', 'pushes back', 'denying', 'disputing', 'rejecting', 'dismissing',
];

/**
 * Loaded reporting verbs (hint), by what they imply. Left out as too often neutral in news:
 * acknowledge, maintain, argue, warn, complain, charge, accuse, allege (the standard legal verb).
 */
export const LOADED_VERBS: Readonly<Record<string, 'presumes-true' | 'casts-doubt' | 'editorializes'>> = {
  admit: 'presumes-true', admits: 'presumes-true', admitted: 'presumes-true', admitting: 'presumes-true',
  concede: 'presumes-true', concedes: 'presumes-true', conceded: 'presumes-true', conceding: 'presumes-true',
  confess: 'presumes-true', confesses: 'presumes-true', confessed: 'presumes-true', confessing: 'presumes-true',
  reveal: 'presumes-true', reveals: 'presumes-true', revealed: 'presumes-true', revealing: 'presumes-true',
  claim: 'casts-doubt', claims: 'casts-doubt', claimed: 'casts-doubt', claiming: 'casts-doubt',
  insist: 'casts-doubt', insists: 'casts-doubt', insisted: 'casts-doubt', insisting: 'casts-doubt',
  contend: 'casts-doubt', contends: 'casts-doubt', contended: 'casts-doubt', contending: 'casts-doubt',
  assert: 'casts-doubt', asserts: 'casts-doubt', asserted: 'casts-doubt', asserting: 'casts-doubt',
  boast: 'editorializes', boasts: 'editorializes', boasted: 'editorializes', boasting: 'editorializes',
  slam: 'editorializes', slams: 'editorializes', slammed: 'editorializes', slamming: 'editorializes',
  blast: 'editorializes', blasts: 'editorializes', blasted: 'editorializes',
};

/** Objects after which a "loaded" verb is not reporting speech: "claimed the title", "admitted to hospital". */
export const LOADED_VERB_NON_REPORTING_OBJECTS =
  '(?:the |a |an |their |his |her |its |two |three |\\d+ )?(?:lives?|title|titles|victory|win|responsibility|credit|seat|seats|prize|crown|medal|medals|trophy|championship|hospital|refund|benefits|damages|asylum|ownership|land|territory|race|election|contest|primary|nomination|defeat|game|match|point|goal|goals|penalty|penalties|runs|ground)\\b';

/** What one admits in court ("admitted two counts of fraud", "admitted manslaughter", "admitted liability"): a plea, not an account. */
export const PLEA_OBJECTS =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|all|the|a) )?(?:(?:counts?|charges?) of|offen[cs]es?\\b|(?:manslaughter|murder|fraud|theft|assault|burglary|robbery|perjury|contempt|liability|guilt)\\b)';

/** Subjects for which "reveal" is evidence, not a loaded verb: "filings revealed". */
export const DOCUMENT_SUBJECTS =
  '(?:filings?|documents?|data|records?|report|study|survey|analysis|audit|investigation|emails?|minutes|transcripts?|results|figures|statistics|footage|images?|photos?|records)';

/** Epistemic hedges (author voice only). "potential" as an adjective ("a potential buyer") is not a hedge. */
export const HEDGES: readonly string[] = [
  // ("could only parry", "could barely see": what someone was able to do, no hedge.)
  'may', 'might', 'could(?! not\\b)(?!n[\'’]t)(?! (?:only|barely|hardly|just|scarcely)\\b)',
  'possibly', 'potentially', 'probably', 'likely', 'unlikely', 'perhaps', 'apparently', 'seemingly', 'conceivably',
  '(?:appears?|appeared|seems?|seemed) to', '(?:is|are|was|were|be|being|been) (?:widely |largely |also )?expected to',
  'it (?:is|was|remains|remained) (?:unclear|not clear|uncertain|not known|unknown) (?:whether|if|how|when|why|what|who)',
  'it is (?:possible|conceivable|plausible) that',
];

/** Anonymous heads (anonymous-source): people who are unnamed but not a collective authority. */
export const ANONYMOUS_HEADS: readonly string[] = [
  'sources?', 'people', 'persons?', 'insiders?', 'officials?', 'aides?', 'advisers?', 'advisors?', 'executives?',
  'diplomats?', 'spokes(?:person|man|woman)', 'representatives?', 'employees?', 'staff(?:ers?)?', 'members?',
  'negotiators?', 'bankers?', 'managers?', 'directors?', 'officers?', 'individuals?', 'delegates?', 'functionar(?:y|ies)',
];

/**
 * Office holders and political circles, anonymous when not pointed back to ("a cabinet minister", "a
 * senior Tory MP", "allies of the premier", "civil servants"); "the minister" is someone named before.
 */
export const OFFICE_HEADS: readonly string[] = [
  'ministers?', 'mps?', 'meps?', 'tds?', 'mlas?', 'lawmakers?', 'legislators?', 'senators?', 'whips?', 'backbenchers?',
  'strategists?', 'operatives?', 'servants', 'allies', 'confidants?', 'loyalists?',
  // Campaign circles and one member of a party ("a major donor", "a Democratic pollster", "one congressman", "a senior Republican").
  'donor', 'pollster', 'congress(?:man|men|woman|women)', 'ally', 'consultants?', 'fundraisers?', 'delegates?',
  'republican', 'democrat', 'tory', 'conservative', 'liberal',
  // Local bodies ("Two trustees said", "a selectman said").
  'trustees?', 'selectm[ae]n', 'supervisors?', 'aldermen', 'alderman',
];

/** Phrases that make an anonymous source (rather than a vague crowd): "familiar with", "close to". */
export const ANONYMOUS_MARKERS =
  '(?:familiar with|close to|briefed on|with (?:direct |first-hand |firsthand )?knowledge of|knowledgeable about|involved in|privy to|who (?:spoke|asked|requested|declined)|unnamed|anonymous|unidentified)';

/** Collective or generic authorities (vague-attribution) when nobody in them is named. */
/** Ranks that describe one unnamed person ("a senior whip", "a former minister"). */
export const PERSON_RANKS: readonly string[] = ['senior', 'top', 'high-ranking', 'junior', 'former', 'veteran', 'leading'];

/**
 * Offices a country, a city or a body has one holder of, after the owner's possessive ("France's labor minister",
 * "Ford's chief executive", "its finance director"): the holder is identified by the office, as a name would identify
 * them ("a minister", "Ford's spokesman", "its directors" are several). A regular-expression source, lower case.
 */
export const UNIQUE_OFFICE = String.raw`(?:[a-z-]+\s+){0,2}?(?:minister|president|prime\s+minister|chancellor|premier|governor|mayor|chief\s+executive|ceo|cfo|coo|chairman|chairwoman|chair|chairperson|attorney\s+general|secretary\s+of\s+state|foreign\s+secretary|home\s+secretary|king|queen|monarch|taoiseach|head\s+coach|manager|coach|principal|headteacher|headmaster|headmistress|editor|chief\s+(?:[a-z-]+\s+){0,2}?(?:officer|constable|scientist|justice|economist|statistician|coroner|whip|prosecutor|commissioner)|(?:auditor|surgeon|director|solicitor|comptroller|inspector|registrar|postmaster|accountant|secretary)\s+general|general\s+(?:secretary|manager|counsel)|secretary-general|director-general|(?:finance|financial|executive|managing|medical|artistic|technical|commercial|sporting|football|marketing|communications|operations|legal|clinical|scientific|musical|research|editorial|creative)\s+director)`;

export const VAGUE_COLLECTIVE_HEADS: readonly string[] = [
  'some', 'many', 'others', 'most', 'several', 'critics', 'experts?', 'analysts?', 'observers', 'commentators', 'pollsters', 'donors',
  'economists', 'scientists', 'researchers', 'scholars', 'academics', 'pundits', 'skeptics', 'sceptics',
  'supporters', 'opponents', 'detractors', 'proponents', 'advocates', '(?:industry|market) (?:watchers|observers|experts|insiders)',
  'watchers', 'everyone', 'everybody', 'people', 'researchers', 'studies', 'research', 'science', 'a study',
  'surveys', 'the consensus', 'conventional wisdom', 'the experts', 'specialists', 'historians', 'campaigners',
  'activists', 'residents', 'locals', 'fans', 'users', 'customers', 'consumers', 'lawmakers', 'legislators',
  'politicians', 'investors', 'traders', 'groups', 'neighbors', 'neighbours', 'bystanders', 'onlookers',
  'agencies', 'organi[sz]ations', 'companies', 'firms', 'banks', 'charities', 'ngos', 'unions', 'friends', 'relatives',
  'family members', 'colleagues', 'parents', 'voters',
  'strategists', 'allies', 'stakeholders', 'builders', 'developers', 'medics', 'governments', 'forecasters', 'bloggers', 'influencers',
];

/**
 * Professions, a crowd only when they speak as one ("Some doctors believe", "Clinicians say"): counted they are
 * described sources ("Two nurses said"), and they are someone's ("Lawyers for the pension fund", "Doctors told her").
 */
export const PROFESSION_HEADS: readonly string[] = [
  'doctors', 'physicians', 'clinicians', 'nurses', 'teachers', 'lawyers', 'engineers', 'farmers', 'psychologists', 'epidemiologists', 'educators',
];

/** Phrases that show the outlet or a relay was checked (downgrades relayed-report). */
export const VERIFICATION_PHRASES: readonly string[] = [
  '(?:has|have|had) seen', 'reviewed by', 'obtained by', 'seen by', 'confirmed (?:to|by)',
  'independently (?:confirmed|verified)', '(?:has|have|had) reviewed', '(?:has|have|had) obtained',
];

/** Negations that turn a verification phrase into its opposite ("could not independently verify"). */
export const VERIFICATION_NEGATIONS =
  '(?:could not|couldn[\'’]t|cannot|can[\'’]t|was unable to|were unable to|has not|have not|hasn[\'’]t|haven[\'’]t|did not|didn[\'’]t|not been able to)';

/** Outlets named in the text (relayed-report) beyond what the attribution engine calls 'outlet'. */
export const OUTLET_ALIASES: Readonly<Record<string, string>> = {
  ft: 'financial times', 'the ft': 'financial times', wsj: 'wall street journal', 'the wsj': 'wall street journal',
  ap: 'associated press', 'the ap': 'associated press', nyt: 'new york times', scmp: 'south china morning post',
  bi: 'business insider',
};

/** News outlets by name (a prefix is enough: "Politico Europe"), for relays the entity layer calls organizations. */
export const OUTLET_NAMES: readonly string[] = [
  'Bloomberg', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Financial Times', 'FT',
  'Wall Street Journal', 'WSJ', 'New York Times', 'Washington Post', 'CNBC', 'CNN', 'BBC', 'Politico', 'Axios',
  'The Information', 'Nikkei', 'Xinhua', 'Caixin', 'South China Morning Post', 'Business Insider', 'Yonhap',
  'Kyodo', 'Dow Jones', 'Fox News', 'NBC', 'ABC News', 'CBS', 'NPR', 'Sky News', 'Al Jazeera', 'Der Spiegel',
  'Le Monde', 'Handelsblatt', 'Les Echos', 'El País', 'Nikkei Asia', 'The Economist', 'Economist', 'Guardian',
  'Telegraph', 'Times of India', 'Straits Times', 'Globe and Mail', 'Semafor', 'The Verge', 'TechCrunch',
  'Bild', 'Tass', 'TASS', 'Interfax', 'RIA Novosti', 'Global Times', 'People\'s Daily', 'Asahi', 'Yomiuri',
];

/** Words in an organization's name that make it a news outlet ("Yonhap News Agency", "the Boston Globe"). */
export const OUTLET_NAME_WORDS =
  '\\b(?:Times|Journal|Post|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Globe|Daily|News|Newsweek|Magazine|Radio|Television|Broadcasting|Wire|News Agency|Press Agency|Zeitung|Courier|Courant|Examiner|Inquirer|Dispatch|Sentinel|Bulletin|Register|Bee|Ledger|Enquirer|Plain Dealer|Oregonian|Statesman|Telegram|Star Tribune)\\b';

/** Back-references to a report already named ("the report said"). */
export const REPORT_BACK_REFERENCES =
  '^(?:the|that|this|its|their|the same) (?:report|reports|newspaper|paper|outlet|agency|news agency|article|story|publication|broadcaster|magazine|website|site)$';

/** Back-references to anonymous sources already introduced ("the sources said"). */
export const ANONYMOUS_BACK_REFERENCES =
  '^(?:(?:(?:one|two|three|some|both|all|each|either|neither|none|several|many|most) of )?(?:the|those|these|that|this) (?:\\w+ )?(?:sources?|people|persons?|person|officials?|insiders?|aides?|executives?|advisers?|advisors?|diplomats?|individuals?|staffers?|employees?|lobbyists?)\\b|(?:one|two|three|some|both|all|each|either|neither|none|several|many|most) of (?:them|those|these)$)';

/** Words that show a source is singular ("a person familiar with the matter", "one source"). */
export const SINGULAR_SOURCE = '^(?:a|an|one|a single|one single|the only)\\s';

/** Reporting cues found without the attribution engine: a sentence that has one is not in author voice. */
export const LEXICAL_CUES =
  '\\b(?:said|says|say|saying|told|tells|according to|added|adds|wrote|writes|stated|states|noted|notes|explained|announced|announces|confirmed|confirms|denied|denies|reported|reports|reporting|claimed|claims|argued|argues|believes|believe|believed|expects|expected|estimated|estimates|predicted|predicts|warned|warns|cited|citing|quoted|testified|tweeted|posted|insisted|insists|admitted|admits|acknowledged|acknowledges|declared|recalled|replied|responded|asserted|contended|maintained|suggested|suggests|shows|showed|revealed|reveals|found|concluded|indicated|indicates|in a statement|in an interview|in a filing)\\b';

/** Background markers: a sentence that only recounts history is not a fresh claim. */
export const BACKGROUND_MARKERS =
  '\\b(?:(?:decades|years|centuries|generations) ago|in recent (?:years|decades)|over recent (?:years|decades)|over the (?:past|last) (?:few )?(?:years|decades)|historically|since the (?:1[89]|20)\\d0s|in the (?:1[89]|20)\\d0s|for (?:decades|years|generations)|long (?:been|had)|at the time)\\b';

/** Leading lines that are not claims: bylines, credits, datelines. */
export const NON_CLAIM_LINES =
  '^(?:by |photo|image|source:|sources:|editing by|reporting by|additional reporting|writing by|\\(reporting|\\(editing|copyright|all rights reserved|read more|related:|updated|published'
  // ("Tickets cost from €20 to €45", "Admission is $12": a listing's service line at the foot of a review or a preview.)
  + '|tickets (?:cost|are priced|range|start at|are available|go on sale|are on sale)|admission (?:is|costs))';

/** Intentions of others: "wants to", "plans to", "is considering". */
export const INTENTION_PATTERNS: readonly string[] = [
  '(?:wants?|wanted|plans?|planned|intends?|intended|aims?|aimed|seeks?|sought|hopes?|hoped|wishes|wished|expects?|expected|is determined|are determined|is eager|are eager|is keen|are keen|vows?|vowed|pledged|pledges|promised|promises|threatened|threatens) to',
  '(?:is|are|was|were|has been|have been) (?:planning|preparing|considering|weighing|exploring|contemplating|mulling|eyeing|seeking|looking to|poised to|set to|pushing to|pushing for|lobbying for|angling for)',
];

/** Words with which a sentence speaks in the first person (the author's own account: not an unattributed claim). */
export const FIRST_PERSON = '\\b(?:I|we|We|our|Our|us|my|My|me)\\b';

const CURRENCY_SIGN = '(?:[$€£¥₹₦₱₩₽₺]|\\bRs\\.?\\s?|\\bKSh\\s?)';
const AMOUNT_UNIT = '(?:million|billion|trillion|crores?|lakhs?|bn|mn|m|k)';
/** Currency words and symbols (money is always check-worthy). */
export const MONEY_PATTERN =
  `(?:${CURRENCY_SIGN}\\s?\\d[\\d,.]*\\d(?:\\s?${AMOUNT_UNIT}\\b)?|${CURRENCY_SIGN}\\s?\\d(?:\\s?${AMOUNT_UNIT}\\b)?|\\b(?:US\\$|USD|EUR|GBP|CNY|RMB|JPY|HK\\$|INR|NGN|ZAR|KES)\\s?\\d|\\b\\d[\\d,.]*\\s?${AMOUNT_UNIT}?\\s?(?:dollars|euros|pounds|yuan|renminbi|yen|rupees|naira|rand|shillings|cedis|pesos|won|francs|rubles|roubles)\\b)`;

/** Words that open a doubt marker on the following phrase. */
export const DOUBT_WORDS: readonly string[] = [
  'so-called', 'so called', 'self-styled', 'self-proclaimed', 'supposed(?! to\\b)', 'purported', 'would-be',
];

/** Words before a quotation that name or cite a term rather than doubt it. */
export const NAMING_BEFORE_QUOTE =
  '(?:called|calls|call|named|names|dubbed|dubs|titled|entitled|nicknamed|known as|the word|the words|the term|the phrase|the slogan|the motto|the hashtag|labell?ed|branded|described as|describes as|referred to as|refers to as|termed|coined|marked|stamped|read|reads|reading|said|says|wrote|writes|tweeted|posted'
  // "labour rejected it as 'insulting'", "dismissed the offer as 'a joke'": the subject's own word for it.
  + '|(?:reject|dismiss|denounc|condemn|critici[sz]|hail|prais|slam|blast|decr[iy]|describ|characteri[sz])\\w*\\s+(?:[\\w\'’-]+\\s+){0,4}?as'
  // "inspection reports list the work as 'not started'", "the death was recorded as 'undetermined'": a record's own label.
  + '|(?:list|record|log|classif|categori[sz]|cod|register)\\w*\\s+(?:[\\w\'’-]+\\s+){0,4}?as)';

/**
 * Actions of a named actor that are check-worthy news claims in themselves (deals, talks,
 * decisions behind closed doors). Other actions of named actors (appearances, remarks) are
 * what a reporter sees in public: a hint at most.
 */
export const CONSEQUENTIAL_ACTIONS: readonly string[] = [
  'discuss(?:es|ed|ing)?', 'negotiat(?:es|ed|ing)', 'agree[sd]?', 'agreeing', 'approach(?:es|ed|ing)?', 'offer(?:s|ed|ing)?',
  'propos(?:es|ed|ing)', 'press(?:es|ed|ing)?', 'lobb(?:y|ies|ied|ying)', 'explor(?:es|ed|ing)', 'weigh(?:s|ed|ing)?',
  'consider(?:s|ed|ing)?', 'sign(?:s|ed|ing)?', 'bought', 'buy(?:s|ing)?', 'acquir(?:es|ed|ing)', 'sold', 'sell(?:s|ing)?',
  'hir(?:es|ed|ing)', 'fir(?:es|ed|ing)', 'paid', 'pay(?:s|ing)?', 'invest(?:s|ed|ing)?', 'fund(?:s|ed|ing)?',
  'back(?:s|ed|ing)?(?!\\s+(?:off|down|away))', 'block(?:s|ed|ing)?', 'order(?:s|ed|ing)?', 'approv(?:es|ed|ing)', 'reject(?:s|ed|ing)?',
  'cancel(?:s|led|ed|ling|ing)?', 'scrap(?:s|ped|ping)?', 'shelv(?:es|ed|ing)', 'cut(?:s|ting)?', 'rais(?:es|ed|ing)(?!\\s+(?:questions|concerns|doubts|fears|alarm|awareness|eyebrows|objections|the\\s+(?:issue|question|prospect|possibility|alarm))\\b)',
  'withdr(?:ew|aw|awn|aws|awing)', 'secretly', 'quietly', 'privately', 'met', 'meet(?:s|ing)?', 'held talks',
  'violat(?:es|ed|ing)', 'launder(?:s|ed|ing)?', 'brib(?:es|ed|ing)', 'concealed', 'hid', 'hidden', 'leak(?:s|ed|ing)?',
  'plann(?:ed|ing)', 'prepar(?:es|ed|ing)', 'intend(?:s|ed)?', 'deploy(?:s|ed|ing)?', 'launch(?:es|ed|ing)?',
];

/** The reporter's own account of the reporting: not a claim that needs a source. */
/**
 * Outcomes that happen in public and are reported without a source: a result or a score, a vote
 * and its tally, a step in court ("beat Wickersley 2-0", "voted 5-2", "the motion passed 9-6", "pleaded not guilty", "set
 * bail at $75,000"). A sentence that states one is a matter of record, not a claim someone must vouch for.
 */
export const PUBLIC_RECORD =
  '\\b(?:beat|beats|beaten|defeated|defeats|drew|drawn|won|wins|lost|loses|edged|thrashed|routed|tied|trailed|led|voted|ruled|passed|carried|approved|adopted|rejected)\\b[^.;]{0,40}?\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b' +
  '|\\b\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\s+(?:win|victory|defeat|loss|draw|vote|decision|ruling|verdict|majority)\\b' +
  '|\\bin\\s+the\\s+\\d{1,3}(?:st|nd|rd|th)\\s+minute\\b|\\b\\d{1,3}(?:st|nd|rd|th)-minute\\b|\\b(?:stoppage|injury)\\s+time\\b|\\battendance\\b' +
  '|\\bvoted\\s+(?:unanimously|\\d[\\d.,]*(?:\\s*(?:%|percent\\b|per\\s+cent\\b))?|to\\b|in\\s+favou?r|against)|\\bcast\\s+the\\s+(?:dissenting|deciding|only)\\s+votes?\\b|\\bby\\s+a\\s+vote\\s+of\\b|\\bunanimously\\s+(?:approved|passed|adopted|rejected)\\b' +
  '|\\b(?:was|were)\\s+arraigned\\b|\\bplead(?:ed|s)?\\s+(?:not\\s+)?guilty\\b|\\bset\\s+bail\\b|\\bbail\\s+(?:was\\s+)?set\\b|\\bheld\\s+(?:on|in\\s+lieu\\s+of|without)\\s+(?:\\$[\\d,.]+\\s+(?:\\w+\\s+)?)?bail\\b' +
  // ("Justice Aneke convicted Olumide Bakare on 14 counts", "was charged Sunday with assault", "is being held at the
  // county jail on $250,000 bond": a court's act and a charge are on the record too.)
  '|(?<!\\b(?:the|a|an|if|once|twice|previously|already|when|unless|whether)\\s+)\\b(?:convicted|acquitted|jailed|remanded)\\s+(?:(?!(?:on|of|in|at|by|for|to|and|or|but|after|before|last|this|over|under|killer|murderer|fraudster|felon|felons|rapist|terrorist|criminal|criminals)\\b)[A-Z][\\w.-]*|him\\b|her\\b|them\\b|a\\b|an\\b|the\\b|two\\b|three\\b|four\\b|five\\b)|\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:charged|indicted|jailed|remanded|committed\\s+for\\s+trial)\\b'
  + '|\\badjourned\\s+(?:the\\s+)?(?:matter|case|hearing|trial|proceedings|inquest|sentencing)\\b|\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:granted|refused|denied|released\\s+on)\\s+(?:\\w+\\s+)?bail\\b|\\bremanded\\s+in\\s+custody\\b'
  + '|\\bheld\\b[^.;]{0,60}?\\b(?:on|in\\s+lieu\\s+of)\\s+(?:a\\s+)?[$€£][\\d,.]+\\s+(?:\\w+\\s+)?(?:bail|bond)\\b|\\b(?:bail|bond)\\s+(?:was\\s+|has\\s+been\\s+)?set\\s+at\\b' +
  // ("Republicans on the committee approved a bill designed to …": a vote on a bill is a legislature's record.)
  '|\\b(?:approved|passed|adopted|rejected|advanced|voted\\s+down)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:bill|measure|resolution|ordinance|amendment|motion)\\b' +
  // ("The City of Cape Town council on Thursday approved a 6.1 per cent rise": a public body's vote in session.)
  // (So is a public board's, a committee's, a commission's or a cabinet's decision in session: "The Port Kessock Harbour
  // Board on Thursday approved a £14 million plan", "The standing committee had approved a cost escalation of ₹23 crore";
  // not a company's board or its pay committee.)
  '|\\b(?:council|councillors|councilors|assembly|parliament|senate|legislature|congress|lawmakers|MPs|TDs|(?:city|county|school|education|harbou?r|port|health|water|planning|transport|transit|library|parole|zoning|licensing|regional|district|municipal|hospital|police|fire)\\s+board|(?<!\\b(?:remuneration|compensation|audit|nominations?|pay)\\s+)committee|commission|cabinet|supervisors|aldermen|selectmen)\\b[^.;]{0,40}?\\b(?:approved|passed|adopted|rejected|voted|ratified|endorsed|sanctioned)\\b' +
  // ("The Fargo School Board on Tuesday night postponed a vote on …": a vote put off in session is on the record too.)
  '|\\b(?:postponed|delayed|deferred|tabled|put\\s+off)\\s+(?:a|the|its|their)\\s+(?:final\\s+)?vote\\b' +
  '|\\b(?:was|were)\\s+(?:sentenced|convicted|acquitted)\\b|\\bsentenced\\s+(?:him|her|them)\\b|\\bfound\\s+(?:him|her|them)\\s+(?:not\\s+)?guilty\\b|\\bdue\\s+(?:back\\s+)?in\\s+court\\b' +
  // Market data and rate decisions anyone can look up: "shares rose $2.25 to $41.75 on the New York Stock Exchange",
  // "closed at $41.75", "raised its key rate to 5.25%", "the index fell 1.2%".
  '|\\b(?:shares?|stock|index|futures|yields?|bonds?|the\\s+(?:dollar|euro|pound|yen|rupee))\\b[^;]{0,40}?\\b(?:rose|fell|gained|lost|climbed|jumped|dropped|slid|slipped|tumbled|surged|closed|ended|finished|opened|traded)\\b[^;]{0,60}?(?:\\bon\\s+the\\s+[A-Z][\\w&. ]*(?:Exchange|Nasdaq|Bourse)|\\bin\\s+(?:early|late|afternoon|morning|midday)?\\s*trading|\\bat\\s+the\\s+close|\\bclosed\\s+at|\\bto\\s+(?:close|end|finish)\\s+at)' +
  '|\\b(?:raised|cut|lowered|held|kept|left|hiked|reduced)\\s+(?:(?:its|their|the)\\s+)?(?:(?:key|benchmark|main|policy|official|base|overnight|bank|cash|repo)\\s+){0,2}(?:interest\\s+)?rates?\\b' +
  '|^\\s*(?:shares|stock)\\s+(?:of|in)\\s+[A-Z][^;]{0,60}?\\b(?:rose|fell|gained|lost|climbed|jumped|dropped|slid|slipped|tumbled|surged|closed|ended|finished)\\b' +
  // A market move by a figure ("Corvanta shares rose 14 percent to $38.20 in after-hours trading", "The stock had fallen
  // about 11% this year through Thursday's close").
  '|\\b(?:shares|stock|stocks)\\b[^;.]{0,80}?\\b(?:rose|fell|fallen|risen|gained|lost|climbed|jumped|dropped|slid|slipped|tumbled|surged|plunged|soared|sank|closed|ended|finished|opened|traded|edged)\\s+(?:up\\s+|down\\s+|by\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|more\\s+than\\s+|as\\s+much\\s+as\\s+)?[$€£¥]?\\d[\\d.,]*(?:\\s*(?:%|percent\\b|per\\s+cent\\b|p\\b|cents?\\b))?' +
  // What a court or a regulator decided: "The judge sentenced Smith to 12 years", "the court upheld a $12 million
  // verdict", "have been fined a total of £16.3m by the Office of Fair Trading", "ordered the lender to pay".
  '|\\bsentenced\\s+(?:[A-Z][\\w\'’.-]*\\s+){1,3}to\\b|\\b(?:upheld|overturned|reversed|vacated|affirmed|reinstated|threw\\s+out|struck\\s+down)\\s+(?:a|an|the|his|her|their|its)\\s+[^;]{0,40}?\\b(?:verdict|ruling|judgment|conviction|sentence|decision|award|fine|penalty|order)\\b' +
  '|\\b(?:has|have|had|was|were|been|be)\\s+(?:been\\s+)?(?:fined|ordered\\s+to\\s+pay|awarded|penali[sz]ed)\\b|\\bfined\\s+(?:\\w+\\s+){0,3}?(?:a\\s+total\\s+of\\s+)?[$€£]|\\bordered\\s+(?:[\\w\'’-]+\\s+){1,4}to\\s+(?:pay|refund|repay|compensate)\\b' +
  // A game's statistics: "finished 24 of 39 for 301 yards", "won the 200 meters in 19.71 seconds", "The Astros (92-53) lead".
  '|\\b\\d+\\s+(?:of|for)\\s+\\d+\\b[^;.]{0,30}?\\b\\d+\\s+yards\\b|\\b\\d+(?:\\.\\d+)?\\s+(?:yards|points|rebounds|assists|steals|blocks|goals|saves|strikeouts|innings|hits|RBIs|touchdowns|laps|strokes|birdies|bogeys|aces|wickets|overs|runs|tries|sacks|interceptions|carries|receptions)\\b' +
  // A result, a tally or a line of a scorecard: "ended 1-1", "beat Echeverria 6-7 (4), 7-5, 6-3", "made 64", "is unbeaten on 71",
  // "with 31 disposals", "passed by 334 votes to 324, with 11 abstentions".
  '|\\b(?:ended|finished|drew|draws|tied|level)\\s+(?:at\\s+)?\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b|\\b\\d-\\d\\s*(?:\\(\\d+\\))?,\\s*\\d-\\d\\b'
  + '|\\b(?:made|scored|hit|struck|smashed|compiled|unbeaten\\s+on|out\\s+for|dismissed\\s+for|all\\s+out\\s+for|bowled\\s+out\\s+for)\\s+\\d{1,3}(?:\\s+(?:runs|not\\s+out))?\\b(?!\\s*(?:%|percent|per\\s+cent|million|billion))'
  + '|\\b\\d{1,3}\\s+(?:disposals|tackles|kicks|handballs|marks|possessions|shots|aces|double\\s+faults|caps|appearances|catches|sixes|fours|boundaries|metres\\s+gained|carries|clearances|turnovers|bogeys|pars|eagles)\\b'
  + '|\\b\\d{1,4}\\s+votes?\\s+(?:to|against)\\s+\\d{1,4}\\b|\\b\\d{1,4}\\s+abstentions\\b'
  // A currency, a commodity or an index by a figure: "Sterling fell 1.4% to $1.1515", "Spot gold dropped 1.2%", "the STOXX 600 index lost 1.5%".
  + '|\\b(?:sterling|the\\s+(?:dollar|euro|pound|yen|yuan|rupee|franc|won|peso|rand|lira|ruble|rouble)|(?:spot\\s+)?(?:gold|silver|copper|platinum)|(?:brent|crude|oil|wti)(?:\\s+(?:crude|oil|futures))?|bitcoin|[A-Z][\\w&.]*(?:\\s+[A-Z\\d][\\w&.]*){0,2}\\s+(?:index|gauge|benchmark|average)|the\\s+(?:Dow|Nasdaq|S&P\\s+500|FTSE\\s+100|Nikkei|Hang\\s+Seng|DAX|CAC\\s+40|Sensex|Nifty|Kospi))\\b[^;.]{0,40}?\\b(?:rose|fell|gained|lost|climbed|jumped|dropped|slid|slipped|tumbled|surged|plunged|soared|sank|eased|firmed|weakened|strengthened|edged|closed|ended|finished|traded)\\b' +
  '|(?<![$€£¥.,\\d])\\b\\d{3,5}\\s*(?:meters|metres)\\b|(?<![$€£¥.,\\d])\\b\\d{3,5}\\s*m\\s+(?:hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay|steeplechase|dash|final|title|race)\\b|\\(\\d{1,3}-\\d{1,3}(?:-\\d{1,3})?(?:,\\s*\\d{1,2}-\\d{1,2}[^)]*)?\\)|\\b(?:finished|placed|came|crossed\\s+the\\s+line)\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\b';

export const REPORTING_PROCESS =
  '\\b(?:did not (?:immediately )?(?:respond|return|reply)|declined (?:to (?:comment|discuss|elaborate|say|answer|respond|provide|give|identify|name|confirm|specify)|comment)|could not be reached|was not immediately available|were not immediately available|has not responded|have not responded|did not answer|requests? for comment|no comment|contributed (?:to )?(?:this|reporting)|contributed from|could not (?:independently )?(?:verify|confirm)|(?:has|have|was|were) (?:not|unable to) (?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|is a (?:reporter|correspondent|writer|contributor)|follow (?:him|her|them) on|(?:did not|didn.t|does not|doesn.t|do not|don.t) want to be (?:named|identified|quoted)|asked not to be (?:named|identified)|(?:spoke|speaking|talked) on (?:the )?condition of anonymity)\\b';

/** Bodies a story may describe without naming them: "a union representing …", "a group representing …". */
const UNNAMED_BODIES = '(?:union|group|association|charity|coalition|alliance|organi[sz]ation|lobby|network|campaign|federation|society|consortium|collective|co-?operative)';

/** Bodies with members and a constitution, which its members describe: "an association of local traders". */
const MEMBER_BODIES = '(?:association|union|federation|confederation|society|organi[sz]ation|consortium|co-?operative|guild|syndicate|chamber)';

/**
 * One such body and the phrase that says whom it stands for ("A union representing some of the workers"), or a body
 * with members described by them ("An association of local traders"; a loose "group of residents" stays a crowd).
 */
export const DESCRIBED_BODY = new RegExp(`^(?:a|an|one|another)\\s+(?:\\S+\\s+)?(?:${UNNAMED_BODIES}\\s+(?:representing|for|that|which|who|formed|set)|${MEMBER_BODIES}\\s+of\\s+\\S)`, 'i');
