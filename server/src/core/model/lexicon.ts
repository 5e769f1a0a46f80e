/**
 * Word lists the entity rules read: titles and roles, organization / place / event head nouns,
 * capitalized words that are never entities. Data only; lower-case unless noted.
 */

/** People who perform, written before a name as a title ("Frontman Stuart Murdoch", "guitarist Ana Ruiz"). */
const PERFORMERS: readonly string[] = [
  'frontman', 'frontwoman', 'guitarist', 'bassist', 'drummer', 'vocalist', 'songwriter', 'singer-songwriter', 'pianist',
  'violinist', 'cellist', 'composer', 'conductor', 'comedian', 'dj',
];

/** Verbs whose simple past is written like the present ("read", "cut", "set"): neither tense can be read off them. */
export const SAME_FORM_PAST: readonly string[] = [
  'cut', 'put', 'set', 'hit', 'let', 'hurt', 'cost', 'spread', 'shut', 'quit', 'split', 'bet', 'burst', 'cast', 'read', 'beat', 'bid',
  'broadcast', 'forecast', 'upset', 'thrust', 'shed', 'slit', 'spit', 'wed', 'rid',
];

/** Words that make a title before a name ("Secretary", "CEO"); multi-word titles are built from these. */
export const TITLE_WORDS: readonly string[] = [
  'president', 'vice', 'ceo', 'cfo', 'coo', 'cto', 'chief', 'executive', 'chairman', 'chairwoman', 'chair', 'crown',
  'chairperson', 'founder', 'co-founder', 'cofounder', 'director', 'secretary', 'administrator', 'representative',
  'rep', 'rep.', 'reps', 'reps.', 'senator', 'senators', 'sen', 'sen.', 'sens', 'sens.', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.',
  'cllr', 'cllr.', 'councillor', 'cr', 'cr.', 'td', 'mla', 'mlc', 'msp', 'mp', 'mep', 'mpp', 'mca',
  'lt', 'lt.', 'mayor', 'minister', 'premier', 'chancellor', 'prime', 'speaker', 'leader', 'whip', 'majority',
  'minority', 'judge', 'justice', 'attorney', 'general', 'gen', 'gen.', 'ambassador', 'envoy', 'commissioner',
  'commander', 'rear', 'admiral', 'adm', 'adm.', 'colonel', 'col', 'col.', 'major', 'maj', 'maj.', 'captain', 'capt',
  'capt.', 'sergeant', 'sgt', 'sgt.', 'lieutenant', 'corporal', 'private', 'officer', 'detective', 'sheriff',
  // Police ranks as Canadian, British, Irish and Nigerian copy writes them ("Det. Sgt.", "RCMP Cpl.", "Det Supt", "DSP").
  'det', 'det.', 'supt', 'supt.', 'insp', 'insp.', 'cpl', 'cpl.', 'const', 'const.', 'constable', 'coun', 'coun.', 'gda',
  'dsp', 'asp', 'csp', 'aig', 'coroner', 'pathologist', 'ds', 'di', 'dci', 'dsi', 'pcso', 'brigadier', 'commodore',
  // Positions and nationalities written as a title ("Flyhalf Lachlan Brennan", "Dutchman Bram de Vries").
  'flyhalf', 'fly-half', 'prop', 'hooker', 'dutchman', 'frenchman', 'englishman', 'irishman', 'scotsman', 'welshman', 'spaniard', 'briton',
  // Local government ("Council Member Dana Ruiz", "Selectman Tom Hale", "Town Clerk Jane Roe", "Principal Maria Lopez").
  'council', 'town', 'selectman', 'selectwoman', 'clerk', 'member',
  'deputy', 'agent', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'adviser', 'advisor', 'counsel',
  'counselor', 'prosecutor', 'inspector', 'superintendent', 'principal', 'dean', 'provost', 'professor',
  'prof', 'prof.', 'dr', 'dr.', 'doctor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'sir',
  'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rev', 'rev.', 'reverend', 'father', 'rabbi', 'imam', 'ayatollah', 'president-elect',
  'nominee', 'candidate', 'treasurer', 'comptroller', 'auditor', 'controller', 'head', 'boss', 'manager',
  'analyst', 'economist', 'strategist', 'editor', 'correspondent', 'reporter', 'columnist', 'anchor', 'host',
  'coach', 'owner', 'partner', 'lawmaker', 'legislator', 'delegate', 'councilman', 'councilwoman',
  'councilmember', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'trustee', 'regent', 'chaplain', 'surgeon',
  'marshal', 'warden', 'solicitor', 'magistrate', 'coordinator', 'czar', 'tsar', 'minister-president',
  'first', 'former', 'acting', 'interim', 'incoming', 'outgoing', 'then', 'then-', 'sitting', 'deputy',
  'assistant', 'associate', 'senior', 'junior', 'top', 'lead', 'managing', 'operating', 'financial',
  'technology', 'national', 'security', 'foreign', 'defense', 'state', 'trade', 'finance', 'economy',
  'interior', 'home', 'health', 'labor', 'commerce', 'energy', 'transportation', 'treasury', 'education',
  'agriculture', 'housing', 'homeland', 'veterans', 'affairs', 'environment', 'environmental', 'justice',
  'u.s.', 'us', 'district', 'circuit', 'supreme', 'federal', 'special', 'independent', 'house', 'senate',
  'democratic', 'republican', 'gop', 'party', 'campaign', 'press', 'communications', 'policy', 'white',
  'staff', 'cabinet', 'intelligence', 'military', 'army', 'navy', 'air', 'force', 'marine', 'police',
  'fire', 'county', 'city', 'council', 'board', 'committee', 'union', 'labour', 'conservative', 'liberal',
  'opposition', 'rebel', 'militant', 'activist', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur',
  'investor', 'actor', 'actress', 'singer', 'rapper', 'star', 'author', 'writer', 'historian', 'scientist',
  'researcher', 'pollster', 'consultant', 'lawyer', 'attorney', 'official', 'officials', 'aide',
  // Ministerial portfolios ("Transport Minister", "Infrastructure Secretary").
  'transport', 'infrastructure', 'culture', 'tourism', 'fisheries', 'digital', 'climate', 'development', 'immigration',
  'migration', 'welfare', 'sport', 'sports', 'science', 'defence', 'budget', 'mines', 'youth', 'planning',
  'investment', 'integration', 'reconstruction', 'enlargement', 'industry', 'manpower', 'cohesion',
  // Offices of elections ("Chief Electoral Officer", "Returning Officer").
  'electoral', 'returning',
  // Law officers whose office ends in "General" ("Advocate General Ana Ruiz", "Accountant General").
  'advocate', 'accountant', 'registrar',
  // Members of parliaments written as initials ("Labour MP Jo Cox", "Fianna Fáil TD Éamon Ó Cuív"), and of Kenya's
  // county assemblies ("Menengai West MCA Esther Kamau").
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'td', 'tds', 'mla', 'mlas', 'mpp', 'mpps', 'mk', 'mca', 'mcas',
  // Opposition front benches ("Shadow Health Minister").
  'shadow',
  // Positions in sport and everyday roles written before a name ("Striker Kees van der Berg", "Resident Ana Ruiz").
  ...['striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'substitute', 'quarterback', 'pitcher',
    'shortstop', 'outfielder', 'linebacker', 'batsman', 'bowler', 'jockey', 'trainer', 'skipper', 'nurse', 'teacher',
    'farmer', 'technician', 'engineer', 'pilot', 'firefighter', 'paramedic', 'pharmacist', 'midwife', 'physician',
    'resident', 'neighbor', 'neighbour', 'witness', 'survivor', 'volunteer', 'homeowner', 'landlord', 'tenant', 'shopkeeper',
    'referee', 'umpire', 'manager', 'captain', 'chairman', 'centre-back', 'fullback', 'full-back', 'jockey', 'caddie',
    'environmentalist', 'conservationist', 'campaigner', 'lecturer', 'commentator', 'academic',
    // Written before a name in Nigerian, Philippine and Kenyan copy ("Barrister Emeka Obi", "Ombudsman Samuel Martires",
    // "Homa Bay Woman Representative Joyce Atieno Bensuda").
    'barrister', 'ombudsman', 'pastor', 'woman',
    // Peerages ("Baroness Smith of Basildon").
    'baroness', 'baron', 'viscount', 'viscountess', 'marquess', 'marchioness', 'countess', 'duchess',
    // Performers ("Frontman Stuart Murdoch", "the comedian Jo Caulfield", "the rapper Kano").
    ...PERFORMERS,
    // First Nations offices ("Grand Chief Arlen Dumas").
    'grand'],
];

/**
 * The head of a title: a title ends with one of these ("Transportation Secretary", "Ford CEO"). A run
 * of capitalized words that contains a title head followed by a name is split there.
 */
export const TITLE_HEADS: readonly string[] = [
  'president', 'ceo', 'cfo', 'coo', 'cto', 'chief', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'founder', 'co-founder', 'cofounder', 'director', 'secretary', 'administrator', 'representative', 'rep',
  'senator', 'senators', 'sen', 'sens', 'reps', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'minister', 'premier', 'cllr', 'councillor', 'td', 'mla', 'mlc', 'msp', 'mp', 'mep', 'mpp', 'mca',
  'chancellor', 'speaker', 'leader', 'whip', 'judge', 'justice', 'general', 'gen', 'ambassador', 'envoy',
  'commissioner', 'commander', 'admiral', 'adm', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant',
  'sgt', 'lieutenant', 'lt', 'corporal', 'officer', 'detective', 'sheriff', 'deputy', 'agent', 'spokesman',
  'det', 'supt', 'insp', 'cpl', 'const', 'constable', 'coun', 'gda', 'dsp', 'asp', 'csp', 'aig', 'coroner', 'pathologist',
  'ds', 'di', 'dci', 'dsi', 'pcso', 'brigadier', 'commodore', 'flyhalf', 'fly-half', 'prop', 'hooker',
  'dutchman', 'frenchman', 'englishman', 'irishman', 'scotsman', 'welshman', 'spaniard', 'briton',
  'selectman', 'selectwoman', 'clerk', 'member', 'principal',
  'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'counsel', 'counselor', 'prosecutor', 'inspector',
  'superintendent', 'dean', 'provost', 'professor', 'prof', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx',
  'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'emperor', 'sheikh', 'emir', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rev', 'reverend', 'father', 'rabbi', 'imam', 'ayatollah', 'president-elect',
  'nominee', 'candidate', 'treasurer', 'comptroller', 'auditor', 'czar', 'tsar', 'attorney', 'delegate',
  'councilman', 'councilwoman', 'councilmember', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'marshal',
  'magistrate', 'collector', 'tehsildar', 'sarpanch', 'coordinator', 'head', 'boss', 'analyst', 'economist', 'strategist', 'editor', 'correspondent',
  'reporter', 'columnist', 'anchor', 'host', 'coach', 'owner', 'lawmaker', 'legislator', 'aide', 'official',
  'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'investor', 'actor', 'actress', 'singer',
  'rapper', 'author', 'writer', 'historian', 'scientist', 'pollster', 'consultant', 'lawyer', 'trustee',
  'vice-president', 'premier', 'surgeon', 'manager', 'activist', 'organizer', 'organiser', 'director-general', 'secretary-general',
  // Hyphenated offices as Commonwealth copy writes them ("Attorney-General Tan Sri Dusuki Mokhtar").
  'attorney-general', 'solicitor-general', 'auditor-general', 'inspector-general', 'governor-general', 'surgeon-general', 'advocate-general', 'accountant-general', 'registrar-general',
  'striker', 'defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'substitute', 'quarterback', 'pitcher',
  'shortstop', 'outfielder', 'linebacker', 'batsman', 'bowler', 'opener', 'spinner', 'paceman', 'seamer', 'all-rounder', 'wicketkeeper', 'jockey', 'trainer', 'skipper', 'nurse', 'teacher',
  // Positions of American football and baseball written as capitals in agate and notes ("Bears LB Brian Urlacher").
  'qb', 'rb', 'wr', 'lb', 'cb', 'ol', 'dl', 'lhp', 'rhp',
  'farmer', 'technician', 'engineer', 'pilot', 'firefighter', 'paramedic', 'pharmacist', 'midwife', 'physician',
  'resident', 'neighbor', 'neighbour', 'witness', 'survivor', 'volunteer', 'homeowner', 'landlord', 'tenant', 'shopkeeper',
  'referee', 'umpire', 'centre-back', 'fullback', 'full-back', 'caddie', 'environmentalist', 'conservationist', 'campaigner', 'lecturer', 'commentator', 'academic',
  'mp', 'mep', 'msp', 'td', 'mla', 'mpp', 'mk', 'mca',
  'datuk', 'dato', 'datin', 'tun', 'toh', 'engr', 'alhaji', 'alhaja', 'hajiya', 'shri', 'smt', 'hon',
  'rt', 'atty', 'mazi', 'mallam', 'malam', 'comrade', 'hajia', 'barrister', 'ombudsman', 'pastor',
  'baroness', 'baron', 'viscount', 'viscountess', 'marquess', 'marchioness', 'countess', 'duchess',
  // Ireland's head of government and deputy ("Taoiseach Leo Varadkar", "Tánaiste Micheál Martin"); Nigerian
  // chieftaincy and traditional titles ("Otunba Gbenga Daniel", "Oba Rilwan Akiolu", "Igwe Alfred Achebe").
  'taoiseach', 'tánaiste', 'tanaiste', 'otunba', 'oba', 'igwe', 'ooni',
  // Posts of a school, a library, a museum, a practice or a laboratory ("Chief librarian Claire Zuliani", "solicitor Ciarán
  // Doyle", "epidemiologist Ana Ruiz").
  'librarian', 'curator', 'archivist', 'registrar', 'solicitor', 'headteacher', 'headmaster', 'headmistress', 'accountant', 'architect', 'dentist',
  'chef', 'epidemiologist', 'virologist', 'hydrologist', 'geologist', 'ecologist', 'biologist', 'physicist', 'meteorologist', 'statistician',
  'archaeologist', 'sociologist', 'psychologist', 'psychiatrist', 'paediatrician', 'pediatrician',
  ...PERFORMERS,
];

/** Titles that are courtesy honorifics: stripped from the name and kept as no role. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'messrs',
  // Malaysian and Bruneian titles ("Datuk Anwar", "Tun Mahathir"), Nigerian and West African ones
  // ("Engr. Ade Bello", "Alhaji Aliko Dangote"), South Asian ("Shri", "Smt.") and parliamentary "Hon.".
  'datuk', 'dato', 'datin', 'tun', 'toh', 'engr', 'alhaji', 'alhaja', 'hajiya', 'shri', 'smt', 'hon',
  // "Rt Hon Sir Lindsay Hoyle"; the Philippine "Atty." before a lawyer's name; Nigerian forms of address
  // ("Mazi Afam Osigwe", "Mallam Nuhu Ribadu", "Comrade Joe Ajaero", "Hajia Bola Shagaya").
  'rt', 'atty', 'mazi', 'mallam', 'malam', 'comrade', 'hajia',
];

/**
 * Honorifics of two words, the second of which is no honorific alone ("Sri Mulyani" is a name):
 * "Tan Sri Muhyiddin Yassin", "Datuk Seri Anwar Ibrahim", "Toh Puan Aishah".
 */
export const HONORIFIC_PAIRS: readonly string[] = ['tan sri', 'puan sri', 'datuk seri', 'dato seri', 'dato sri', 'datuk sri', 'toh puan', 'datin seri', 'datin paduka'];

/**
 * Last words of sports club names ("Blackburn Rovers", "Leeds United", "Wigan Athletic"); the word
 * alone stands for the club once the club is named ("Rovers lost", "United won").
 */
export const CLUB_HEADS: readonly string[] = ['rovers', 'athletic', 'wanderers', 'united', 'hotspur', 'rangers', 'albion', 'argyle'];

/** Last words of organization names ("Detroit Economic Club", "Acme Corp."). */
export const ORG_HEADS: readonly string[] = [
  'agency', 'savings', 'bancorp', 'bancshares', 'equities', 'constructions', 'steelworks', 'ironworks', 'administration', 'authority', 'bureau', 'commission', 'committee', 'council', 'department',
  'ministry', 'office', 'service', 'services', 'board', 'court', 'tribunal', 'parliament', 'assembly',
  'congress', 'senate', 'legislature', 'cabinet', 'police', 'army', 'navy', 'corps', 'force', 'forces',
  'guard', 'command', 'club', 'association', 'federation', 'confederation', 'stoppers', 'taskforce', 'inn', 'tavern', 'union', 'league', 'society', 'institute', 'centers', 'centres',
  'institution', 'foundation', 'fund', 'trust', 'center', 'centre', 'organization', 'organisation', 'group',
  'party', 'movement', 'coalition', 'alliance', 'network', 'caucus', 'front', 'brigade', 'militia',
  'university', 'college', 'school', 'academy', 'hospital', 'clinic', 'laboratory', 'laboratories', 'labs', 'elementary',
  'bank', 'bancorp', 'capital', 'partners', 'holdings', 'holding', 'investments', 'securities', 'insurance',
  'motors', 'motor', 'automotive', 'airlines', 'airways', 'air lines', 'railways', 'railroad', 'energy',
  'oil', 'petroleum', 'gas', 'electric', 'power', 'pharmaceuticals', 'pharma', 'therapeutics', 'biotech',
  'technologies', 'technology', 'systems', 'software', 'electronics', 'semiconductor', 'semiconductors',
  'communications', 'telecom', 'media', 'entertainment', 'studios', 'pictures', 'records', 'publishing',
  'press', 'news', 'broadcasting', 'television', 'radio', 'magazine', 'times', 'post', 'journal', 'tribune',
  'herald', 'gazette', 'chronicle', 'daily', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.',
  'company', 'companies', 'ltd', 'ltd.', 'limited', 'llc', 'llp', 'plc', 'ag', 'se', 'sa', 's.a.', 'gmbh', 'nv',
  // Malaysian, Singaporean and Australian legal forms ("Sdn Bhd", "Berhad", "Pte Ltd", "Pty Ltd").
  'bhd', 'berhad', 'pte', 'pty',
  'industries', 'industry', 'enterprises', 'manufacturing', 'brands', 'foods', 'stores', 'mart', 'airport',
  'exchange', 'reserve', 'fed', 'treasury', 'unit', 'division', 'team', 'squad', 'council', 'commons',
  'lords', 'chamber', 'directorate', 'secretariat', 'inspectorate', 'prosecutors', 'fbi', 'cia',
  'campaign', 'pac', 'super pac', 'staff', 'delegation', 'consortium', 'cooperative', 'workers', 'union',
  'church', 'mosque', 'synagogue', 'diocese', 'archdiocese', 'mining', 'resources', 'healthcare', 'coal',
  'steel', 'chemicals', 'chemical', 'logistics', 'solutions', 'consulting', 'ventures', 'financial', 'realty',
  'properties', 'hotels', 'resorts', 'restaurants', 'pharmacy', 'shipping', 'lines', 'motors', 'aerospace',
  'dynamics', 'robotics', 'networks', 'platforms', 'markets', 'advisors', 'advisers', 'associates', 'fellowship',
  'ministries', 'agencies', 'commission', 'conservancy', 'watch', 'forum', 'circuit', 'chancellery', 'library', 'libraries',
  // Care operators ("Evergreen Senior Living", "Sunrise Senior Living").
  'living',
  // Shipping lines and shipowners named in German, Dutch or Scandinavian ("Nordsee Linien", "Hafen Reederei").
  'linien', 'reederei', 'lijnen', 'rederi',
  // Health authorities and systems ("Fraser Health", "Interior Health", "Atrium Health").
  'health',
  // Industry words that end company names ("Ridgeway Research", "Taeyang Optics", "Nordvik Batteries").
  'research', 'analytics', 'optics', 'displays', 'precision', 'materials', 'instruments', 'devices', 'batteries',
  'textiles', 'apparel', 'cosmetics', 'beverages', 'brewing', 'brewery', 'breweries', 'distillery', 'bakery',
  'dairy', 'farms', 'mills', 'shipyard', 'shipyards', 'builders', 'construction', 'engineering', 'contractors',
  'freight', 'transit', 'metro', 'cargo', 'aviation', 'telecoms', 'wireless', 'broadband', 'mobility', 'genomics',
  'biosciences', 'biologics', 'diagnostics', 'lending', 'payments', 'trading', 'commodities', 'metals', 'minerals', 'mines',
  'plastics', 'packaging', 'cement', 'renewables', 'utilities', 'outfitters', 'collective', 'finance', 'ports', 'refinery', 'refineries', 'wealth',
  // Housebuilders and property developers ("Calderline Homes", "Aldgate Ridge Developments").
  'homes', 'developments',
  // Family firms and promoters ("Tata Sons", "Hargreave & Sons", "Lantern Productions").
  'sons', 'productions',
  // A First Nation or a tribe's government ("Opaskwayak Cree Nation", "Navajo Nation").
  'nation',
  // Public and private galleries of art, employers that lend and buy works ("National Gallery", "Serpentine Galleries").
  'gallery', 'galleries',
  ...CLUB_HEADS, 'fc', 'afc',
  // Research stations and charities, bodies that employ and speak ("European Southern Observatory", "Lowell
  // Observatory", "Evelina London Children's Charity").
  'observatory', 'charity',
  // Last words of newspaper names ("Albion Courier", "Harbor Ledger").
  'courier', 'ledger', 'examiner', 'sentinel', 'dispatch', 'inquirer', 'bulletin', 'telegraph', 'observer',
];

/**
 * Organization heads that end company names: after them "of" and a place says where the company
 * is from ("Tata Group of India", "Samsung Electronics of South Korea"), not more of its name. A
 * few old names read otherwise ("Aluminum Company of America"); news writes the origin far more
 * often. Heads that take "of" in names ("Bank of Canada") are in ORG_OF_HEADS and not here.
 */
export const COMPANY_HEADS: readonly string[] = [
  'bancorp', 'capital', 'partners', 'holdings', 'holding', 'investments', 'securities', 'insurance', 'motors', 'motor',
  'automotive', 'airlines', 'airways', 'railways', 'energy', 'oil', 'petroleum', 'electric', 'pharmaceuticals', 'pharma',
  'therapeutics', 'biotech', 'technologies', 'technology', 'systems', 'software', 'electronics', 'semiconductor',
  'semiconductors', 'communications', 'telecom', 'telecoms', 'entertainment', 'studios', 'inc', 'corp', 'corporation',
  'co', 'company', 'companies', 'ltd', 'limited', 'llc', 'llp', 'plc', 'ag', 'se', 'sa', 'gmbh', 'nv', 'group', 'industries',
  'enterprises', 'manufacturing', 'brands', 'foods', 'stores', 'mining', 'resources', 'chemicals', 'logistics',
  'solutions', 'ventures', 'financial', 'realty', 'properties', 'hotels', 'resorts', 'shipping', 'aerospace',
  'robotics', 'networks', 'analytics', 'optics', 'materials', 'instruments', 'devices', 'batteries', 'textiles',
  'apparel', 'cosmetics', 'beverages', 'brewing', 'construction', 'engineering', 'freight', 'aviation', 'genomics',
  'biosciences', 'diagnostics', 'payments', 'trading', 'metals', 'minerals', 'plastics', 'packaging', 'cement',
  'renewables', 'utilities', 'homes', 'developments', 'bhd', 'berhad',
];

/** First words of "X of Y" organization names ("University of Michigan", "Ministry of Defence"). */
export const ORG_OF_HEADS: readonly string[] = [
  'university', 'ministry', 'department', 'bank', 'office', 'bureau', 'board', 'court', 'council',
  'confederation', 'centers', 'centres', 'center', 'centre', 'foundation', 'institution', 'secretariat', 'directorate', 'inspectorate',
  'house', 'chamber', 'church', 'college', 'institute', 'school', 'academy', 'federation', 'league',
  'association', 'society', 'union', 'museum', 'library', 'government',
  // Galleries of art ("Scottish National Gallery of Modern Art", "National Gallery of Ireland").
  'gallery',
  // Supporters' groups ("Friends of the Earth", "Friends of Ballina Library").
  'friends',
  'organization', 'organisation', 'party', 'people\'s', 'army', 'order', 'commission', 'committee',
  'agency', 'administration', 'embassy', 'consulate', 'city', 'county', 'port',
  // "National Conference of State Legislatures", "U.S. Conference of Mayors"
  'conference',
  // Port companies ("Ports of Auckland", "Ports of Jersey").
  'ports',
];

/**
 * Nouns that, written in lower case right before a capitalized name, say what kind of body it is
 * ("battery maker Kessler Cells", "the lender Halvorsen", "news agency TASS"): the name is an
 * organization. Only nouns that never describe a person ("lawmaker", "investor" are not here).
 */
export const ORG_DESCRIPTORS: readonly string[] = [
  'maker', 'manufacturer', 'producer', 'builder', 'shipbuilder', 'homebuilder', 'housebuilder', 'carmaker', 'automaker',
  'chipmaker', 'drugmaker', 'steelmaker', 'planemaker', 'toymaker', 'retailer', 'wholesaler', 'grocer', 'supermarket',
  'lender', 'insurer', 'reinsurer', 'bank', 'carrier', 'airline', 'conglomerate', 'firm', 'company', 'startup',
  'start-up', 'chain', 'supplier', 'distributor', 'refiner', 'miner', 'utility', 'broadcaster', 'publisher',
  'newspaper', 'tabloid', 'agency', 'outlet', 'exporter', 'operator', 'brokerage', 'consultancy', 'shipper',
  'railway', 'railroad', 'regulator', 'watchdog', 'charity', 'nonprofit', 'non-profit', 'subsidiary',
  'giant', 'multinational', 'cooperative', 'co-operative', 'co-op', 'franchise', 'label', 'studio', 'platform', 'website', 'newswire',
  // Bodies of members or of a cause ("Tavarnu Gwynfa, the Welsh language society", "Unite, the largest union").
  'society', 'association', 'union', 'federation', 'foundation', 'think-tank', 'thinktank',
];

/** Last words that make an event ("Detroit Auto Show", "Munich Security Conference"): not entities. */
export const EVENT_HEADS: readonly string[] = [
  'show', 'expo', 'exhibition', 'fair', 'summit', 'conference', 'convention', 
  'games', 'olympics', 'cup', 'championship', 'championships', 'open', 'tournament', 'series', 'bowl',
  'festival', 'awards', 'gala', 'marathon', 'war', 'revolution', 'crisis', 'debate', 'debates', 'primary',
  'primaries', 'caucuses', 'election', 'elections', 'referendum', 'day', 'week', 'month', 'year', 'eve',
  'hearing', 'trial', 'talks', 'meeting', 'dialogue', 'accord', 'accords', 'agreement', 'treaty', 'act',
  'bill', 'plan', 'deal', 'protocol', 'pact', 'doctrine', 'initiative', 'program', 'programme', 'project',
  'ceremony', 'rally', 'march', 'parade', 'tour', 'speech', 'address', 'inauguration',
  'scandal', 'gate', 'pandemic', 'hurricane', 'storm', 'attack', 'attacks', 'bombing', 'massacre', 'shooting',
  'case', 'investigation', 'probe', 'report', 'index', 'award', 'prize', 'order', 'law', 'amendment', 'partnership',
  // A cricket or rugby international, named by its series or its ground ("the Ashes Test", "the Brisbane Test").
  'test',
  // Instruments and craft ("James Webb Space Telescope", "Transiting Exoplanet Survey Satellite"): no person, body or place.
  'telescope', 'satellite', 'spacecraft', 'rover', 'lander', 'orbiter',
];

/** Words for political groupings that initials name right before them ("the INDIA bloc", "the NDA alliance"). */
export const GROUPING_WORDS: readonly string[] = ['bloc', 'alliance', 'coalition', 'front'];

/** Heads of the name of a law, treaty or charter, last or first ("Freedom of Information Act", "Charter of Fundamental Rights"). */
export const LAW_HEADS: readonly string[] = [
  'act', 'acts', 'treaty', 'convention', 'agreement', 'accord', 'accords', 'protocol', 'charter', 'amendment', 'bill', 'law', 'directive', 'code',
];

/**
 * Last words of named measures, charges and terms that are neither a body nor a place, whatever their
 * capitals and initials ("Goods and Services Tax (GST)", "Earned Income Tax Credit", "Consumer Price Index").
 */
export const TERM_HEADS: readonly string[] = [
  'tax', 'taxes', 'levy', 'duty', 'duties', 'tariff', 'tariffs', 'cess', 'surcharge', 'credit', 'allowance',
  'scheme', 'standard', 'standards', 'code', 'rule', 'rules', 'regulation', 'regulations', 'syndrome', 'disorder',
];

/** Last words of place names ("Hudson River", "Orange County"). */
export const PLACE_HEADS: readonly string[] = [
  'street', 'st.', 'avenue', 'ave', 'ave.', 'road', 'boulevard', 'blvd', 'highway', 'square', 'plaza',
  'river', 'lake', 'sea', 'ocean', 'bay', 'gulf', 'strait', 'channel', 'island', 'islands', 'isle', 'isles', 'peninsula',
  'mountain', 'mountains', 'mount', 'hills', 'valley', 'canyon', 'desert', 'forest', 'coast', 'beach',
  'county', 'province', 'prefecture', 'district', 'borough', 'township', 'parish', 'region', 'territory',
  'territories', 'state', 'city', 'village', 'town', 'heights', 'springs', 'falls', 'harbor', 'harbour',
  'port', 'park', 'border', 'corridor', 'basin', 'delta', 'plains', 'oblast', 'governorate', 'monument',
  'memorial', 'tower', 'towers', 'bridge', 'stadium', 'arena', 'palace', 'cathedral', 'castle', 'station',
  'mall', 'terminal', 'base', 'prison', 'jail', 'rainforest', 'jungle', 'waterway', 'pavilion', 'wharf', 'pier', 'quay', 'canal',
  'embankment', 'promenade', 'boardwalk', 'neighborhood', 'neighbourhood', 'gap', 'pass', 'ridge', 'glacier',
  'plateau', 'reef', 'archipelago', 'lagoon', 'side', 'lane', 'airbase', 'dam', 'area', 'shores', 'panhandle',
  'drive', 'parkway', 'expressway', 'freeway', 'turnpike', 'terrace', 'crescent', 'cemetery', 'bahru', 'baru', 'pike',
  'theatre', 'theater', 'gardens',
  // Sports grounds ("Adelaide Oval", "Kensington Oval").
  'oval',
];

/** Capitalized words that are never part of a name: they break a run of capitalized words. */
export const STOP_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i', 'a', 'an', 'the',
  'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our',
  'their', 'my', 'your', 'there', 'here', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as',
  'at', 'in', 'on', 'for', 'of', 'to', 'by', 'with', 'from', 'however', 'nevertheless', 'meanwhile', 'still',
  'yet', 'also', 'so', 'then', 'read', 'click', 'watch', 'photo', 'video', 'update', 'updated', 'related',
  'advertisement', 'share', 'ok', 'okay', 'yes', 'no', 'edt', 'est', 'pst', 'gmt', 'utc', 'et', 'pt', 'mdt',
  'cdt', 'cst', 'pdt', 'bst', 'ad', 'bc', 'vs', 'v', 'breaking', 'exclusive',
  'what', 'who', 'why', 'how', 'where', 'which', 'whose', 'not', 'all', 'some', 'many', 'most', 'every', 'each',
  'one', 'two', 'three', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'do',
  'does', 'did', 'has', 'have', 'had', 'let', 'just', 'now', 'today', 'tonight', 'yesterday', 'tomorrow',
  'christmas', 'easter', 'thanksgiving', 'ramadan', 'halloween', 'against', 'about', 'above', 'across', 'along',
  'among', 'around', 'behind', 'below', 'beneath', 'beside', 'between', 'beyond', 'despite', 'down', 'during',
  'except', 'inside', 'into', 'near', 'off', 'onto', 'out', 'outside', 'over', 'past', 'since', 'through',
  'throughout', 'toward', 'towards', 'under', 'until', 'upon', 'via', 'within', 'without', 'although', 'though',
  'because', 'unless', 'whether', 'either', 'neither', 'nor', 'both', 'another', 'such', 'even', 'only', 'perhaps',
  'maybe', 'instead', 'indeed', 'thus', 'therefore', 'mostly', 'very', 'more', 'less', 'much', 'than',
];

/**
 * Capitalized words that are not names on their own (group adjectives and nouns, religions,
 * languages, currencies, common capitalized terms): trimmed from the edges of a candidate unless
 * a head noun makes them part of a name ("Democratic Party", "Chinese Communist Party").
 */
export const NON_NAME_WORDS: readonly string[] = [
  'democrat', 'democrats', 'republican', 'republicans', 'democratic', 'conservative', 'conservatives',
  'libertarian', 'libertarians', 'socialist', 'socialists', 'communist', 'communists', 'progressive', 'populist',
  'populists', 'nationalist', 'nationalists', 'centrist', 'leftist', 'leftists', 'right-wing', 'left-wing',
  'liberal', 'liberals', 'independents', 'progressives', 'evangelicals', 'catholic', 'catholics', 'christian',
  'christians', 'muslim', 'muslims', 'jewish', 'jews', 'hindu', 'hindus', 'sunni', 'shiite', 'shia', 'orthodox',
  'protestant', 'protestants', 'anglican', 'anglicans', 'evangelical', 'pentecostal', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'latino',
  'latinos', 'hispanic', 'hispanics', 'black', 'white', 'asian', 'asians', 'african-american',
  'african-americans', 'americans', 'european', 'europeans', 'western', 'eastern', 'northern', 'southern',
  'north', 'south', 'east', 'west', 'english', 'spanish', 'french', 'german', 'arabic', 'mandarin', 'dollar',
  // Languages that are no country's adjective ("conducted in Swahili and English", "printed in Amharic").
  'swahili', 'amharic', 'hindi', 'urdu', 'tamil', 'bengali', 'punjabi', 'gujarati', 'marathi', 'telugu', 'kannada',
  'malayalam', 'yoruba', 'hausa', 'igbo', 'zulu', 'xhosa', 'afrikaans', 'cantonese', 'tagalog', 'farsi', 'pashto',
  'tigrinya', 'somali', 'kiswahili', 'gaelic', 'sinhala', 'nepali', 'burmese', 'khmer',
  'dollars', 'euro', 'euros', 'yuan', 'yen', 'bitcoin', 'brexit', 'obamacare', 'medicare', 'medicaid',
  'bible', 'quran', 'koran', 'god', 'internet', 'web', 'covid', 'covid-19', 'coronavirus', 'earth', 'moon',
  'sun', 'mars', 'hell', 'heaven', 'former', 'new', 'old', 'federal', 'national', 'international', 'global',
  'senior', 'top', 'chief', 'first',
  // The suffix of an American lawyer's name ("Daniel Okafor, Esq.").
  'esq',
];

/** All-caps abbreviations that are not named entities. */
export const NON_ENTITY_ACRONYMS: readonly string[] = [
  'CEO', 'CEOs', 'CFO', 'COO', 'CTO', 'CIO', 'EV', 'EVs', 'GDP', 'AI', 'TV', 'PC', 'IPO', 'ETF', 'PM', 'AM',
  'ID', 'IT', 'HR', 'PR', 'VP', 'MP', 'MPs', 'DNA', 'RNA', 'COVID', 'HIV', 'AIDS', 'LGBT', 'LGBTQ', 'OK', 'USB',
  'GPS', 'CPU', 'GPU', 'API', 'APIs', 'URL', 'PDF', 'SUV', 'SUVs', 'R&D', 'M&A', 'VIP', 'CEO\'s', 'PhD', 'MBA',
  'NDA', 'FAQ', 'DIY', 'RSVP', 'ASAP', 'TBD', 'EST', 'EDT', 'PST', 'PDT', 'GMT', 'UTC', 'ET', 'PT', 'SAT',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'BREAKING', 'UPDATE', 'WATCH', 'READ',
  'NEW', 'LIVE', 'PHOTOS', 'VIDEO', 'US-', 'IRA', 'IRAs', 'NFT', 'NFTs', 'ICBM', 'WMD', 'LNG', 'CO2', 'EU-',
  'ESG', 'KPI', 'B2B', 'SaaS', 'LLM', 'LLMs', 'AGI', 'VR', 'AR', 'OS', 'iOS', 'UN-', 'SMS', 'ATM', 'ATMs',
  // Post-nominal letters after a name ("Jane Doe KC", "John Roe OBE").
  'KC', 'QC', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'MEP', 'MEPs', 'MSP', 'FRS',
  // Nigerian ones: Senior Advocate of Nigeria and the national honours ("Afam Osigwe, SAN", "Chief Ade Bello, CFR").
  'SAN', 'GCFR', 'GCON', 'CFR', 'CON', 'OFR', 'MFR', 'OON',
  'PAC', 'PACs', 'POTUS', 'FLOTUS', 'VPOTUS', 'TBA', 'ER', 'ICU', 'MRI', 'PTSD', 'ADHD', 'IQ', 'FY', 'YoY', 'QoQ', 'EPS', 'P/E', 'CPI', 'PPI', 'PMI',
  // Kinds of businesses, vehicles and weapons written as initials: common nouns, not any one body.
  'PBM', 'PBMs', 'HMO', 'HMOs', 'PPO', 'PPOs', 'REIT', 'REITs', 'SPAC', 'SPACs', 'NGO', 'NGOs', 'SME', 'SMEs', 'MSME', 'MSMEs', 'OEM', 'OEMs',
  'EMT', 'EMTs', 'CPA', 'CPAs', 'VPN', 'VPNs', 'ATV', 'ATVs', 'UAV', 'UAVs', 'IED', 'IEDs', 'RPG', 'RPGs', 'HIMARS', 'ATACMS', 'MLRS',
  // Music genres and formats written in capitals.
  'R&B', 'EDM', 'DJ', 'DJs', 'MC', 'EP', 'EPs', 'LP', 'LPs', 'CD', 'CDs', 'DVD', 'DVDs',
  // Time zones, accounting and market measures, medicine and surveillance written as initials.
  'IST', 'JST', 'KST', 'SGT', 'HKT', 'AEST', 'AEDT', 'AWST', 'ACST', 'NZST', 'NZDT', 'BST', 'CET', 'CEST', 'EEST', 'MSK',
  'GST', 'VAT', 'GAAP', 'IFRS', 'ROE', 'ROI', 'EBIT', 'EBITDA', 'CAGR', 'NAV', 'AUM', 'GP', 'GPs', 'A&E', 'MMR', 'PPE', 'IVF', 'CPR', 'ICUs', 'ANPR', 'DUI', 'DWI',
  // Diseases and viruses written as initials ("a new RSV vaccine").
  'RSV', 'HPV', 'COPD', 'MERS', 'H5N1', 'UTI', 'STI', 'STIs', 'STD', 'STDs',
];

/** Words that, after a person's name and a comma, open an appositive role ("Jane Doe, a spokeswoman for Acme,"). */
export const APPOSITIVE_OPENERS: readonly string[] = ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'former', 'then'];

/** Verbs of saying that mark the word before them as a speaker (a context cue for people and organizations). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'wrote', 'writes', 'explained', 'argued',
  'noted', 'insisted', 'claimed', 'asked', 'replied', 'recalled', 'tweeted', 'posted', 'testified', 'warned',
  'acknowledged', 'admitted', 'denied', 'confirmed', 'announced', 'reported', 'reports', 'declared',
];

/**
 * Capitalized names of events, laws, holidays, programs and documents: not people, organizations or
 * places, and their words are not read as such ("State of the Union", "Affordable Care Act").
 */
export const NON_ENTITY_NAMES: readonly string[] = [
  // Market indexes and benchmark grades: named things, not organizations or places.
  'Dow Jones Industrial Average', 'S&P 500', "Standard & Poor's 500", 'Nasdaq Composite', 'Nasdaq 100', 'Russell 2000',
  'FTSE 100', 'FTSE 250', 'Nikkei 225', 'Stoxx 600', 'Euro Stoxx 50', 'Hang Seng', 'Shanghai Composite', 'CAC 40',
  'Sensex', 'Nifty 50', 'Kospi', 'West Texas Intermediate', 'Brent crude',
  'State of the Union', 'Fourth of July', 'Independence Day', 'Election Day', 'Labor Day', 'Memorial Day',
  'Veterans Day', 'Presidents Day', 'Martin Luther King Day', "New Year's Day", "New Year's Eve", 'Black Friday',
  'Cyber Monday', 'Super Bowl', 'World Series', 'World Cup', 'Olympics', 'Olympic Games', 'Paralympics',
  'Affordable Care Act', 'Social Security', 'Medicare', 'Medicaid', 'Eid al-Adha', 'Eid-al-Adha', 'Eid al-Fitr',
  'Holocaust', 'Cold War', 'World War I', 'World War II', 'Great Depression', 'Great Recession', 'Civil War',
  'Arab Spring', 'Trans-Pacific Partnership', 'Paris Agreement', 'Paris climate agreement', 'New Deal',
  'Green New Deal', 'Bill of Rights', 'Constitution', 'First Amendment', 'Second Amendment', 'Fifth Amendment',
  'Fourteenth Amendment', 'Dodd-Frank', 'Patriot Act', 'Brexit', 'Obamacare', 'Belt and Road', 'Made in China 2025',
  'Black Lives Matter movement', 'Me Too', 'MeToo', 'Roe v. Wade', 'Brown v. Board of Education', 'Nightly News',
  'Meet the Press', 'Super PAC', 'super PAC', 'super PACs', 'Super PACs', 'Face the Nation', 'Morning Joe', 'Good Morning America', 'Sunday Times Rich List',
  // Religious and national festivals, read by compromise as names.
  'Eid', 'Eid-el-Fitr', 'Eid ul-Fitr', 'Eid-ul-Fitr', 'Eid el-Kabir', 'Eid-el-Kabir', 'Eid ul-Adha', 'Hari Raya', 'Hari Raya Aidilfitri', 'Hari Raya Haji',
  'Diwali', 'Deepavali', 'Holi', 'Ugadi', 'Pongal', 'Onam', 'Navratri', 'Durga Puja', 'Raksha Bandhan', 'Ganesh Chaturthi', 'Ramadan', 'Ramzan',
  'Chinese New Year', 'Lunar New Year', 'Vesak', 'Thaipusam', 'Nowruz', 'Passover', 'Hanukkah', 'Yom Kippur', 'Rosh Hashanah', 'Kwanzaa',
  // Competitions and leagues, named as events ("36 La Liga appearances", "a Champions League tie").
  'La Liga', 'Serie A', 'Serie B', 'Bundesliga', 'Ligue 1', 'Eredivisie', 'Premier League', 'Champions League', 'Europa League',
  'Conference League', 'League One', 'League Two', 'FA Cup', 'Carabao Cup', 'League Cup', 'Copa del Rey',
  'Copa Libertadores', 'Six Nations', 'Ryder Cup', 'Stanley Cup', 'Grand Slam', 'Tour de France', 'Indian Premier League',
  // Names of peoples that are no body ("First Nations leaders", "Torres Strait Islander communities").
  'First Nations', 'Torres Strait Islander', 'Torres Strait Islanders',
];

/**
 * Latin genitives of the constellations that end a star's name ("Proxima Centauri", "61 Cygni", "Tau Ceti",
 * "Beta Pictoris", "Eta Carinae", "Ursae Majoris"): a star is no person, organization or place.
 */
export const STAR_GENITIVES: ReadonlySet<string> = new Set([
  'andromedae', 'antliae', 'apodis', 'aquarii', 'aquilae', 'arae', 'arietis', 'aurigae', 'bootis', 'caeli', 'camelopardalis', 'cancri',
  'canum', 'venaticorum', 'majoris', 'minoris', 'capricorni', 'carinae', 'cassiopeiae', 'centauri', 'cephei', 'ceti', 'chamaeleontis',
  'circini', 'columbae', 'comae', 'berenices', 'borealis', 'australis', 'corvi', 'crateris', 'crucis', 'cygni', 'delphini', 'doradus',
  'draconis', 'equulei', 'eridani', 'fornacis', 'geminorum', 'gruis', 'herculis', 'horologii', 'hydrae', 'hydri', 'indi', 'lacertae',
  'leonis', 'leporis', 'librae', 'lupi', 'lyncis', 'lyrae', 'mensae', 'microscopii', 'monocerotis', 'muscae', 'normae', 'octantis',
  'ophiuchi', 'orionis', 'pavonis', 'pegasi', 'persei', 'phoenicis', 'pictoris', 'piscium', 'puppis', 'pyxidis', 'reticuli', 'sagittae',
  'sagittarii', 'scorpii', 'sculptoris', 'scuti', 'serpentis', 'sextantis', 'tauri', 'telescopii', 'trianguli', 'tucanae', 'velorum',
  'virginis', 'volantis', 'vulpeculae',
]);
