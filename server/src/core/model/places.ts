/**
 * Place names: every country (short and official forms in common news use), US states and
 * territories, Canadian provinces, large regions, and the largest cities of the world and the US.
 * Data only. Multi-word names are written with single spaces.
 */

export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium',
  'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Bosnia', 'Botswana', 'Brazil', 'Brunei',
  'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cape Verde', 'Cambodia', 'Cameroon', 'Canada',
  'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo',
  'Democratic Republic of the Congo', 'Republic of the Congo', 'Costa Rica', "Cote d'Ivoire", 'Ivory Coast',
  'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'East Timor', 'Timor-Leste', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea',
  'Eritrea', 'Estonia', 'Eswatini', 'Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia',
  'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar',
  'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius', 'Mexico',
  'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'Holland', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'North Korea', 'North Macedonia', 'Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia',
  'Russian Federation', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines',
  'Samoa', 'San Marino', 'Sao Tome and Principe', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
  'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey',
  'Turkiye', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE',
  'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Uruguay', 'Uzbekistan',
  'Vanuatu', 'Vatican', 'Vatican City', 'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Territories and disputed or commonly named areas.
  'Hong Kong', 'Macau', 'Macao', 'Greenland', 'Puerto Rico', 'Guam', 'Gaza', 'Gaza Strip', 'West Bank',
  'Crimea', 'Donbas', 'Tibet', 'Xinjiang', 'Kashmir', 'Chechnya', 'Kurdistan', 'Catalonia', 'Bermuda',
  'Cayman Islands', 'Faroe Islands', 'Falkland Islands', 'New Caledonia', 'Western Sahara', 'Golan Heights',
];

/** Surface forms that name the same place (first entry is the key used for the id). */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Democratic Republic of the Congo', 'DRC', 'DR Congo'],
  ['Czech Republic', 'Czechia'],
  ['Myanmar', 'Burma'],
  ['Turkey', 'Turkiye', 'Türkiye'],
  ['Ivory Coast', "Cote d'Ivoire"],
  ['Netherlands', 'Holland'],
  ['Russia', 'Russian Federation'],
  ['North Korea', 'DPRK'],
  ['New York City', 'NYC'],
  ['Los Angeles', 'LA', 'L.A.'],
  ['Washington, D.C.', 'Washington, DC', 'D.C.', 'DC'],
];

export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
  'Washington, D.C.', 'Washington, DC', 'D.C.', 'American Samoa', 'U.S. Virgin Islands', 'Northern Mariana Islands',
];

export const OTHER_REGIONS: readonly string[] = [
  // Canadian provinces, Australian states, large subnational units often in the news.
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario',
  'Quebec', 'Saskatchewan', 'Yukon', 'New South Wales', 'Queensland', 'Victoria', 'Tasmania',
  'Western Australia', 'South Australia', 'Bavaria', 'Guangdong', 'Sichuan', 'Zhejiang', 'Jiangsu', 'Hubei',
  'Fujian', 'Shandong', 'Henan', 'Hainan', 'Inner Mongolia', 'Punjab', 'Kerala', 'Maharashtra', 'Gujarat',
  'Tamil Nadu', 'Bengal', 'Siberia', 'Kurdistan', 'Darfur', 'Sinai', 'Balkans', 'Caucasus', 'Patagonia',
  // Continents and world regions.
  'Africa', 'Antarctica', 'Arctic', 'Asia', 'Europe', 'North America', 'South America', 'Latin America',
  'Central America', 'Oceania', 'Middle East', 'Near East', 'Far East', 'Eurasia', 'Scandinavia',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Asia-Pacific', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Eastern Europe', 'Western Europe', 'Persian Gulf', 'Gulf',
  'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean',
  'South China Sea', 'East China Sea', 'Black Sea', 'Red Sea', 'Baltic Sea', 'Baltics', 'Strait of Hormuz',
  'Taiwan Strait', 'Korean Peninsula', 'Midwest', 'Rust Belt', 'Sun Belt', 'New England', 'Deep South',
  'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Main Street', 'Bay Area', 'Ground Zero',
];

export const CITIES: readonly string[] = [
  // Largest and capital cities of the world.
  'Tokyo', 'Delhi', 'New Delhi', 'Shanghai', 'Beijing', 'Sao Paulo', 'São Paulo', 'Mexico City', 'Cairo',
  'Mumbai', 'Bombay', 'Dhaka', 'Osaka', 'Chongqing', 'Karachi', 'Istanbul', 'Kinshasa', 'Lagos',
  'Buenos Aires', 'Kolkata', 'Calcutta', 'Manila', 'Tianjin', 'Guangzhou', 'Rio de Janeiro', 'Lahore',
  'Bangalore', 'Bengaluru', 'Shenzhen', 'Moscow', 'Chennai', 'Bogota', 'Bogotá', 'Paris', 'Jakarta', 'Lima',
  'Bangkok', 'Hyderabad', 'Seoul', 'Nagoya', 'London', 'Chengdu', 'Nanjing', 'Tehran', 'Ho Chi Minh City',
  'Saigon', 'Luanda', 'Wuhan', "Xi'an", 'Ahmedabad', 'Kuala Lumpur', 'Hangzhou', 'Suzhou', 'Surat', 'Dongguan',
  'Riyadh', 'Shenyang', 'Baghdad', 'Dar es Salaam', 'Santiago', 'Pune', 'Madrid', 'Harbin', 'Toronto',
  'Belo Horizonte', 'Khartoum', 'Johannesburg', 'Singapore', 'Dalian', 'Qingdao', 'Zhengzhou', 'Ji\'nan',
  'Barcelona', 'Saint Petersburg', 'St. Petersburg', 'Yangon', 'Alexandria', 'Abidjan', 'Guadalajara',
  'Ankara', 'Chittagong', 'Melbourne', 'Sydney', 'Monterrey', 'Nairobi', 'Hanoi', 'Brasilia', 'Brasília',
  'Cape Town', 'Jeddah', 'Kabul', 'Rome', 'Milan', 'Naples', 'Berlin', 'Hamburg', 'Munich', 'Frankfurt',
  'Cologne', 'Vienna', 'Zurich', 'Geneva', 'Bern', 'Brussels', 'Amsterdam', 'Rotterdam', 'The Hague',
  'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Dublin', 'Edinburgh', 'Glasgow', 'Manchester', 'Birmingham',
  'Liverpool', 'Lisbon', 'Porto', 'Athens', 'Warsaw', 'Krakow', 'Prague', 'Budapest', 'Bucharest', 'Sofia',
  'Belgrade', 'Zagreb', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Minsk', 'Vilnius', 'Riga', 'Tallinn',
  'Tbilisi', 'Yerevan', 'Baku', 'Astana', 'Almaty', 'Tashkent', 'Islamabad', 'Kandahar', 'Tel Aviv',
  'Jerusalem', 'Haifa', 'Beirut', 'Damascus', 'Aleppo', 'Amman', 'Mosul', 'Basra', 'Doha', 'Dubai',
  'Abu Dhabi', 'Muscat', 'Kuwait City', 'Manama', 'Sanaa', 'Aden', 'Mecca', 'Medina', 'Tripoli', 'Benghazi',
  'Tunis', 'Algiers', 'Casablanca', 'Rabat', 'Addis Ababa', 'Mogadishu', 'Kampala', 'Kigali', 'Accra',
  'Dakar', 'Abuja', 'Harare', 'Lusaka', 'Pretoria', 'Durban', 'Taipei', 'Kaohsiung', 'Hong Kong', 'Macau',
  'Pyongyang', 'Busan', 'Incheon', 'Kyoto', 'Yokohama', 'Hiroshima', 'Fukushima', 'Okinawa', 'Ulaanbaatar',
  'Phnom Penh', 'Vientiane', 'Naypyidaw', 'Colombo', 'Kathmandu', 'Canberra', 'Perth', 'Brisbane',
  'Adelaide', 'Auckland', 'Wellington', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary', 'Edmonton', 'Havana',
  'Caracas', 'Quito', 'La Paz', 'Montevideo', 'Asuncion', 'Panama City', 'San Jose', 'Managua',
  'Tegucigalpa', 'San Salvador', 'Guatemala City', 'Tijuana', 'Santo Domingo', 'Port-au-Prince', 'Kingston',
  'Davos', 'Strasbourg', 'Lyon', 'Marseille', 'Nice', 'Turin', 'Venice', 'Florence', 'Seville', 'Valencia',
  'Gdansk', 'Minsk', 'Sevastopol', 'Mariupol', 'Bakhmut', 'Donetsk', 'Luhansk', 'Kherson', 'Zaporizhzhia',
  'Rafah', 'Khan Younis', 'Ramallah', 'Hebron', 'Raqqa', 'Idlib', 'Homs', 'Fallujah', 'Erbil', 'Herat',
  'Wuxi', 'Xiamen', 'Hefei', 'Changsha', 'Kunming', 'Urumqi', 'Lhasa', 'Ningbo', 'Foshan',
  // Largest US cities and state capitals.
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
  'San Diego', 'Dallas', 'Austin', 'Jacksonville', 'Fort Worth', 'Columbus', 'Charlotte', 'Indianapolis',
  'San Francisco', 'Seattle', 'Denver', 'Oklahoma City', 'Nashville', 'El Paso', 'Boston', 'Portland',
  'Las Vegas', 'Detroit', 'Memphis', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson',
  'Fresno', 'Sacramento', 'Kansas City', 'Mesa', 'Atlanta', 'Omaha', 'Colorado Springs', 'Raleigh',
  'Long Beach', 'Virginia Beach', 'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Bakersfield', 'Wichita',
  'Arlington', 'Aurora', 'Tampa', 'New Orleans', 'Cleveland', 'Honolulu', 'Anaheim', 'Lexington',
  'Stockton', 'Corpus Christi', 'Henderson', 'Riverside', 'Newark', 'Saint Paul', 'St. Paul', 'Santa Ana',
  'Cincinnati', 'Irvine', 'Orlando', 'Pittsburgh', 'St. Louis', 'Saint Louis', 'Greensboro', 'Jersey City',
  'Anchorage', 'Lincoln', 'Plano', 'Durham', 'Buffalo', 'Chandler', 'Chula Vista', 'Toledo', 'Madison',
  'Gilbert', 'Reno', 'Fort Wayne', 'North Las Vegas', 'St. Petersburg', 'Lubbock', 'Irving', 'Laredo',
  'Winston-Salem', 'Chesapeake', 'Glendale', 'Garland', 'Scottsdale', 'Norfolk', 'Boise', 'Fremont',
  'Spokane', 'Santa Clarita', 'Baton Rouge', 'Richmond', 'Hialeah', 'San Bernardino', 'Tacoma',
  'Modesto', 'Huntsville', 'Des Moines', 'Yonkers', 'Rochester', 'Moreno Valley', 'Fayetteville',
  'Fontana', 'Columbus', 'Worcester', 'Port St. Lucie', 'Little Rock', 'Augusta', 'Oxnard',
  'Birmingham', 'Montgomery', 'Frisco', 'Amarillo', 'Salt Lake City', 'Grand Rapids', 'Huntington Beach',
  'Overland Park', 'Knoxville', 'Providence', 'Brownsville', 'Tallahassee', 'Hartford', 'Albany',
  'Annapolis', 'Atlantic City', 'Charleston', 'Concord', 'Dover', 'Harrisburg', 'Helena', 'Jackson',
  'Jefferson City', 'Juneau', 'Lansing', 'Montpelier', 'Olympia', 'Pierre', 'Salem', 'Santa Fe',
  'Springfield', 'Topeka', 'Trenton', 'Cheyenne', 'Bismarck', 'Carson City', 'Frankfort', 'Flint',
  'Dearborn', 'Ann Arbor', 'Palo Alto', 'Mountain View', 'Cupertino', 'Menlo Park', 'Redmond', 'Brooklyn',
  'Manhattan', 'Queens', 'Bronx', 'Staten Island', 'Harlem', 'Hollywood', 'Beverly Hills', 'Ferguson',
  'Charlottesville', 'Mar-a-Lago', 'Palm Beach', 'Camp David', 'Guantanamo', 'Guantanamo Bay', 'Benghazi',
];

/** Common names that are places only in the right context; not typed as place on a list match alone. */
export const AMBIGUOUS_PLACES: readonly string[] = [
  'Jordan', 'Georgia', 'Victoria', 'Lincoln', 'Jackson', 'Madison', 'Austin', 'Washington', 'Chad', 'Nice',
  'Aurora', 'Gilbert', 'Henderson', 'Irving', 'Mesa', 'Salem', 'Helena', 'Concord', 'Dover', 'Pierre',
  'Charlotte', 'Arlington', 'Lexington', 'Columbus', 'Springfield', 'Augusta', 'Plano', 'Reno', 'Providence',
  'Phoenix', 'Mobile', 'Kingston', 'Wellington', 'Durham', 'Richmond', 'Montgomery', 'Flint', 'Ferguson',
  'Guinea', 'Niger', 'Mali', 'Turkey', 'Gulf', 'Pacific', 'Atlantic', 'Santiago', 'Paris', 'Sydney',
  'Florence', 'Orlando', 'Houston', 'Dallas', 'Denver', 'Tampa', 'Hollywood', 'Glendale', 'Laredo',
];
