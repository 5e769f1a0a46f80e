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
