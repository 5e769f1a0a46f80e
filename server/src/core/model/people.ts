/**
 * Well-known public figures (heads of state and government, US national politicians, business
 * leaders) whose bare surname news copy uses without a first mention in full. Data only: full
 * names as usually written. A bare surname resolves to one of these only when no other entity in
 * the document claims it. A leading `^` marks a name written surname first ('^Xi Jinping').
 */
export const PUBLIC_FIGURES: readonly string[] = [
  // US presidents, vice presidents and major candidates since 1980.
  'Donald Trump', 'Joe Biden', 'Barack Obama', 'George W. Bush', 'Bill Clinton', 'George H.W. Bush',
  'Ronald Reagan', 'Jimmy Carter', 'Kamala Harris', 'Mike Pence', 'JD Vance', 'J.D. Vance', 'Dick Cheney',
  'Al Gore', 'Hillary Clinton', 'John McCain', 'Mitt Romney', 'John Kerry', 'Bernie Sanders', 'Tim Kaine',
  'Gary Johnson', 'Jill Stein', 'Ted Cruz', 'Marco Rubio', 'Jeb Bush', 'Ben Carson', 'Carly Fiorina',
  'Chris Christie', 'John Kasich', 'Rand Paul', 'Elizabeth Warren', 'Pete Buttigieg', 'Tim Walz',
  'Nikki Haley', 'Ron DeSantis', 'Vivek Ramaswamy', 'Robert F. Kennedy Jr.',
  // Congress and cabinet figures frequently in national news.
  'Nancy Pelosi', 'Paul Ryan', 'Mitch McConnell', 'Chuck Schumer', 'Harry Reid', 'John Boehner',
  'Kevin McCarthy', 'Mike Johnson', 'Hakeem Jeffries', 'John Thune', 'Lindsey Graham', 'Adam Schiff',
  'Alexandria Ocasio-Cortez', 'Marjorie Taylor Greene', 'Jim Jordan', 'Elise Stefanik', 'Susan Collins',
  'Lisa Murkowski', 'Joe Manchin', 'Kyrsten Sinema', 'Dianne Feinstein', 'Jeff Sessions', 'Rex Tillerson',
  'Mike Pompeo', 'Antony Blinken', 'Janet Yellen', 'Steven Mnuchin', 'Scott Bessent', 'Jerome Powell',
  'Ben Bernanke', 'Alan Greenspan', 'James Comey', 'Robert Mueller', 'Christopher Wray', 'Kash Patel',
  'Merrick Garland', 'William Barr', 'Pam Bondi', 'Loretta Lynch', 'Eric Holder', 'Rudy Giuliani',
  'Steve Bannon', 'Kellyanne Conway', 'Reince Priebus', 'Sean Spicer', 'Jared Kushner', 'Ivanka Trump',
  'Melania Trump', 'Donald Trump Jr.', 'Michael Flynn', 'Paul Manafort', 'Roger Stone', 'Michael Cohen',
  'John Bolton', 'Marco Rubio', 'Pete Hegseth', 'Tulsi Gabbard', 'Kristi Noem', 'Stephen Miller',
  'Susie Wiles', 'Karoline Leavitt', 'Howard Lutnick', 'Robert Lighthizer', 'Peter Navarro', 'Wilbur Ross',
  'Lloyd Austin', 'Jake Sullivan', 'Gina Raimondo', 'Katherine Tai', 'Anthony Fauci', 'Huma Abedin',
  'John Podesta', 'Debbie Wasserman Schultz', 'Donna Brazile', 'Corey Lewandowski', 'Chelsea Clinton',
  'Michelle Obama', 'Jill Biden', 'Hunter Biden', 'Doug Emhoff',
  // World leaders.
  '^Xi Jinping', '^Li Qiang', '^Li Keqiang', '^Wang Yi', '^Hu Jintao', 'Vladimir Putin', 'Dmitry Medvedev',
  'Sergey Lavrov', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Petro Poroshenko', 'Emmanuel Macron',
  'Angela Merkel', 'Olaf Scholz', 'Friedrich Merz', 'Boris Johnson', 'Theresa May', 'David Cameron',
  'Rishi Sunak', 'Keir Starmer', 'Liz Truss', 'Justin Trudeau', 'Mark Carney', 'Narendra Modi',
  'Shinzo Abe', 'Fumio Kishida', 'Shigeru Ishiba', 'Sanae Takaichi', '^Moon Jae-in', '^Yoon Suk Yeol',
  '^Lee Jae-myung', '^Kim Jong Un', '^Kim Jong-un', 'Benjamin Netanyahu', 'Recep Tayyip Erdogan',
  'Mohammed bin Salman', 'Ali Khamenei', 'Hassan Rouhani', 'Bashar al-Assad', 'Abdel Fattah el-Sisi',
  'Jair Bolsonaro', 'Luiz Inacio Lula da Silva', 'Javier Milei', 'Andres Manuel Lopez Obrador',
  'Claudia Sheinbaum', 'Nicolas Maduro', 'Giorgia Meloni', 'Pedro Sanchez', 'Viktor Orban',
  'Ursula von der Leyen', 'Antonio Guterres', 'Ban Ki-moon', 'Jens Stoltenberg', 'Mark Rutte',
  'Christine Lagarde', 'Kristalina Georgieva', 'Tedros Adhanom Ghebreyesus',
  '^Lai Ching-te', '^Tsai Ing-wen', 'Anthony Albanese', 'Scott Morrison', 'Jacinda Ardern', 'Cyril Ramaphosa',
  'Ferdinand Marcos Jr.', 'Rodrigo Duterte', 'Prabowo Subianto', 'Joko Widodo', 'Imran Khan',
  'Shehbaz Sharif', 'Mahmoud Abbas', 'Yahya Sinwar', 'Ismail Haniyeh', 'Hassan Nasrallah',
  // Business leaders.
  'Elon Musk', 'Jeff Bezos', 'Mark Zuckerberg', 'Tim Cook', 'Sundar Pichai', 'Satya Nadella',
  'Bill Gates', 'Warren Buffett', 'Jensen Huang', 'Sam Altman', 'Jamie Dimon', 'Larry Fink',
  'Mary Barra', '^Lei Jun', 'Jack Ma', 'Masayoshi Son', 'Peter Thiel', 'George Soros',
  'Michael Bloomberg', 'Rupert Murdoch', 'Carl Icahn', 'Larry Page', 'Sergey Brin', 'Steve Jobs',
];

/**
 * Common given names whose bearer is usually a woman or a man, for the names compromise does not mark
 * ("Theresa", "Nick"): "she said" after "Theresa May" and "he said" after "Nick Clegg" point the right way.
 * Names used for both are left out.
 */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'abigail', 'ada', 'adriana', 'agnes', 'aisha', 'alexandra', 'alice', 'alicia', 'alison', 'amanda', 'amber', 'amelia', 'amy', 'ana', 'anastasia',
  'andrea', 'angela', 'angelina', 'anita', 'ann', 'anna', 'anne', 'annette', 'antonia', 'aoife', 'barbara', 'beatrice', 'beatriz', 'betty', 'beverly',
  'brenda', 'bridget', 'carmen', 'carol', 'caroline', 'catherine', 'cecilia', 'charlotte', 'chloe', 'christina', 'christine', 'claire',
  'clara', 'claudia', 'cynthia', 'daniela', 'deborah', 'debra', 'denise', 'diana', 'diane', 'dolores', 'donna', 'doris', 'dorothy', 'edith',
  'elena', 'eleanor', 'elisabeth', 'elizabeth', 'ella', 'ellen', 'emily', 'emma', 'erin', 'esther', 'eva', 'evelyn', 'fatima', 'fiona', 'florence',
  'frances', 'gabriela', 'gabrielle', 'giulia', 'gloria', 'grace', 'hannah', 'harriet', 'heather', 'helen', 'helena', 'ingrid', 'irene', 'isabel',
  'isabella', 'jacqueline', 'jane', 'janet', 'janice', 'jennifer', 'jessica', 'joan', 'joanna', 'josephine', 'joyce', 'judith', 'judy', 'julia',
  'julie', 'karen', 'katherine', 'kathleen', 'kathryn', 'katie', 'kavita', 'kelly', 'kimberly', 'laura', 'lauren', 'leila', 'linda', 'lisa',
  'lorna', 'louise', 'lucia', 'lucy', 'lydia', 'margaret', 'maria', 'marie', 'marina', 'marion', 'martha', 'mary', 'maya', 'megan', 'melanie',
  'melissa', 'michelle', 'michele', 'miriam', 'monica', 'nadia', 'nancy', 'naomi', 'natalia', 'natalie', 'nicola', 'nicole', 'nina', 'olga',
  'olivia', 'pamela', 'patricia', 'paula', 'pauline', 'penelope', 'priya', 'rachel', 'rebecca', 'renata', 'rita', 'rosa', 'rose', 'ruth',
  'sabrina', 'samantha', 'sandra', 'sara', 'sarah', 'sharon', 'sheila', 'silvia', 'simone', 'sofia', 'sophie', 'stephanie', 'susan', 'suzanne',
  'svetlana', 'tamara', 'tatiana', 'teresa', 'theresa', 'tina', 'ursula', 'valentina', 'valerie', 'vanessa', 'veronica', 'victoria', 'virginia',
  'wendy', 'yolanda', 'yvonne', 'zoe',
]);

export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'aaron', 'abdul', 'adam', 'ahmed', 'alan', 'albert', 'alejandro', 'alexander', 'alfred', 'ali', 'andrew', 'andres', 'angus', 'anthony', 'antonio',
  'arthur', 'barry', 'benjamin', 'bernard', 'boris', 'brandon', 'brian', 'bruce', 'bryan', 'carl', 'carlos', 'charles', 'christian', 'christopher', 'colin',
  'craig', 'daniel', 'david', 'declan', 'dennis', 'derek', 'diego', 'dmitry', 'donald', 'douglas', 'duncan', 'edward', 'emmanuel', 'eric',
  'ernest', 'eugene', 'fernando', 'francis', 'frank', 'fred', 'gabriel', 'gary', 'geoffrey', 'george', 'gerald', 'giovanni', 'gordon', 'graham',
  'gregory', 'harold', 'harry', 'hassan', 'henry', 'howard', 'hugh', 'ian', 'ibrahim', 'igor', 'israel', 'ivan', 'jack', 'jacob', 'james', 'jason',
  'jeffrey', 'jeremy', 'jerome', 'joe', 'john', 'jonathan', 'jorge', 'jose', 'joseph', 'juan', 'karl', 'keith', 'kenneth', 'kevin', 'klaus',
  'larry', 'lawrence', 'leonard', 'luis', 'malcolm', 'marco', 'marcus', 'mark', 'martin', 'matthew', 'michael', 'miguel', 'mohammed', 'muhammad',
  'neil', 'nicholas', 'nick', 'nigel', 'oliver', 'omar', 'oscar', 'patrick', 'paul', 'pedro', 'peter', 'philip', 'pierre', 'rafael', 'ralph',
  'raymond', 'richard', 'robert', 'roger', 'ronald', 'roy', 'russell', 'samuel', 'scott', 'sean', 'sergei', 'simon', 'stanley', 'stephen',
  'steven', 'stuart', 'theodore', 'thomas', 'timothy', 'todd', 'tom', 'trevor', 'victor', 'vincent', 'vladimir', 'walter', 'wayne', 'william',
  'yusuf',
]);

/** A common given name of either list ("ellen", "julian"), by its lower-case key. */
export function isCommonGivenName(key: string): boolean {
  return FEMALE_GIVEN_NAMES.has(key) || MALE_GIVEN_NAMES.has(key);
}

/** A barrister's rank or an honour's letters written after a name ("Brian Kielty SC", "Jane Roe KC", "John Roe OBE"). */
export const POST_NOMINAL = /^(?:KC|QC|SC|OBE|MBE|CBE|KBE|DBE)$/;
