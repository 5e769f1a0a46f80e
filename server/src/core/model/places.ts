/**
 * Place names: every country (short and official forms in common news use), US states and
 * territories, the first-level divisions of the countries whose English-language news is most read
 * (UK, Ireland, India, Nigeria, Kenya, South Africa, Pakistan, Australia, Canada, New Zealand, the
 * Philippines, Germany, France, Italy, Spain), large regions, and the largest cities of the world,
 * of those countries and of the US. Data only. Multi-word names are written with single spaces.
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
  // Former states, named in history and anniversary pieces.
  'Soviet Union', 'USSR', 'U.S.S.R.', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Ottoman Empire',
  'Austria-Hungary', 'Prussia', 'Rhodesia', 'Zaire', 'South Vietnam', 'North Vietnam', 'Ceylon', 'Siam', 'Persia',
];

/** Surface forms that name the same place (first entry is the key used for the id). */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
  ['Republic of the Congo', 'Republic of Congo', 'Congo-Brazzaville'],
  ['Czech Republic', 'Czechia'],
  ['Myanmar', 'Burma'],
  ['Turkey', 'Turkiye', 'Türkiye'],
  ['Ivory Coast', "Cote d'Ivoire"],
  ['Netherlands', 'Holland'],
  ['Russia', 'Russian Federation'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['North Korea', 'DPRK', 'N. Korea'],
  ['South Korea', 'S. Korea', 'ROK'],
  ['New York City', 'NYC'],
  ['Los Angeles', 'LA', 'L.A.'],
  ['Washington, D.C.', 'Washington, DC', 'D.C.', 'DC'],
  // States and provinces as their own press abbreviates them ("the NSW upper house", "KZN floods").
  ['New South Wales', 'NSW'], ['Queensland', 'Qld'], ['KwaZulu-Natal', 'KZN'],
  // Irish counties, as news abbreviates them ("Co Cork").
  ['County Antrim', 'Co Antrim'], ['County Armagh', 'Co Armagh'], ['County Carlow', 'Co Carlow'],
  ['County Cavan', 'Co Cavan'], ['County Clare', 'Co Clare'], ['County Cork', 'Co Cork'],
  ['County Derry', 'Co Derry'], ['County Londonderry', 'Co Londonderry'], ['County Donegal', 'Co Donegal'],
  ['County Down', 'Co Down'], ['County Dublin', 'Co Dublin'], ['County Fermanagh', 'Co Fermanagh'],
  ['County Galway', 'Co Galway'], ['County Kerry', 'Co Kerry'], ['County Kildare', 'Co Kildare'],
  ['County Kilkenny', 'Co Kilkenny'], ['County Laois', 'Co Laois'], ['County Leitrim', 'Co Leitrim'],
  ['County Limerick', 'Co Limerick'], ['County Longford', 'Co Longford'], ['County Louth', 'Co Louth'],
  ['County Mayo', 'Co Mayo'], ['County Meath', 'Co Meath'], ['County Monaghan', 'Co Monaghan'],
  ['County Offaly', 'Co Offaly'], ['County Roscommon', 'Co Roscommon'], ['County Sligo', 'Co Sligo'],
  ['County Tipperary', 'Co Tipperary'], ['County Tyrone', 'Co Tyrone'], ['County Waterford', 'Co Waterford'],
  ['County Westmeath', 'Co Westmeath'], ['County Wexford', 'Co Wexford'], ['County Wicklow', 'Co Wicklow'],
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

/** AP-style abbreviations of US states, as datelines write them ("Selma, Ala."), with the state they stand for. */
export const US_STATE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Ala.', 'Alabama'], ['Ariz.', 'Arizona'], ['Ark.', 'Arkansas'], ['Calif.', 'California'], ['Colo.', 'Colorado'],
  ['Conn.', 'Connecticut'], ['Del.', 'Delaware'], ['Fla.', 'Florida'], ['Ga.', 'Georgia'], ['Ill.', 'Illinois'],
  ['Ind.', 'Indiana'], ['Kan.', 'Kansas'], ['Ky.', 'Kentucky'], ['La.', 'Louisiana'], ['Md.', 'Maryland'],
  ['Mass.', 'Massachusetts'], ['Mich.', 'Michigan'], ['Minn.', 'Minnesota'], ['Miss.', 'Mississippi'],
  ['Mo.', 'Missouri'], ['Mont.', 'Montana'], ['Neb.', 'Nebraska'], ['Nev.', 'Nevada'], ['N.H.', 'New Hampshire'],
  ['N.J.', 'New Jersey'], ['N.M.', 'New Mexico'], ['N.Y.', 'New York'], ['N.C.', 'North Carolina'],
  ['N.D.', 'North Dakota'], ['Okla.', 'Oklahoma'], ['Ore.', 'Oregon'], ['Pa.', 'Pennsylvania'],
  ['R.I.', 'Rhode Island'], ['S.C.', 'South Carolina'], ['S.D.', 'South Dakota'], ['Tenn.', 'Tennessee'],
  ['Vt.', 'Vermont'], ['Va.', 'Virginia'], ['Wash.', 'Washington'], ['W.Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'], ['Wyo.', 'Wyoming'],
];


/**
 * United Kingdom below the nation level: the ceremonial counties of England (Bristol, the 48th, is in
 * UK_TOWNS), historic counties and named areas still used in news, the principal areas and preserved
 * counties of Wales, Scottish council areas and historic counties, and two Crown Dependencies.
 * Northern Ireland's six counties are in IRISH_COUNTIES; areas named after a city or town are in UK_TOWNS.
 */
export const UK_DIVISIONS: readonly string[] = [
  // England: ceremonial counties.
  'Bedfordshire', 'Berkshire', 'Buckinghamshire', 'Cambridgeshire', 'Cheshire', 'City of London', 'Cornwall',
  'Cumbria', 'Derbyshire', 'Devon', 'Dorset', 'County Durham', 'East Riding of Yorkshire', 'East Sussex', 'Essex',
  'Gloucestershire', 'Greater London', 'Greater Manchester', 'Hampshire', 'Herefordshire', 'Hertfordshire',
  'Isle of Wight', 'Kent', 'Lancashire', 'Leicestershire', 'Lincolnshire', 'Merseyside', 'Norfolk',
  'North Yorkshire', 'Northamptonshire', 'Northumberland', 'Nottinghamshire', 'Oxfordshire', 'Rutland',
  'Shropshire', 'Somerset', 'South Yorkshire', 'Staffordshire', 'Suffolk', 'Surrey', 'Tyne and Wear',
  'Warwickshire', 'West Midlands', 'West Sussex', 'West Yorkshire', 'Wiltshire', 'Worcestershire',
  // England: historic counties and areas.
  'Yorkshire', 'Sussex', 'Middlesex', 'Cumberland', 'Westmorland', 'Huntingdonshire', 'Cotswolds', 'Home Counties',
  'East Midlands', 'East Anglia', 'Lake District',
  // Wales.
  'Anglesey', 'Isle of Anglesey', 'Gwynedd', 'Denbighshire', 'Flintshire', 'Powys', 'Ceredigion', 'Pembrokeshire',
  'Carmarthenshire', 'Neath Port Talbot', 'Vale of Glamorgan', 'Rhondda Cynon Taf', 'Blaenau Gwent', 'Torfaen',
  'Monmouthshire', 'Glamorgan', 'Gwent', 'Dyfed', 'Clwyd', 'Rhondda', 'Snowdonia',
  // Scotland: council areas.
  'Aberdeenshire', 'Angus', 'Argyll and Bute', 'Clackmannanshire', 'Dumfries and Galloway', 'East Ayrshire',
  'East Dunbartonshire', 'East Lothian', 'East Renfrewshire', 'Western Isles', 'Na h-Eileanan Siar', 'Fife',
  'Scottish Highlands', 'Inverclyde', 'Midlothian', 'Moray', 'North Ayrshire', 'North Lanarkshire', 'Orkney',
  'Perth and Kinross', 'Renfrewshire', 'Scottish Borders', 'Shetland', 'South Ayrshire', 'South Lanarkshire',
  'West Dunbartonshire', 'West Lothian',
  // Scotland: historic counties and islands.
  'Ayrshire', 'Lanarkshire', 'Lothian', 'Argyll', 'Galloway', 'Perthshire', 'Sutherland', 'Caithness',
  'Dunbartonshire', 'Stirlingshire', 'Berwickshire', 'Outer Hebrides', 'Inner Hebrides', 'Hebrides',
  'Isle of Skye', 'Skye', 'Orkney Islands', 'Shetland Islands',
  // Crown Dependencies.
  'Isle of Man', 'Guernsey', 'Channel Islands',
];

/**
 * The 32 traditional counties of the island of Ireland (26 in the Republic, 6 in Northern Ireland),
 * as "County X" and bare (Derry also as Londonderry); "Co X" is in PLACE_ALIASES. "Down" is listed
 * only as "County Down": the bare word is a common English word. Bare Dublin is in CITIES. Then its
 * four provinces.
 */
export const IRISH_COUNTIES: readonly string[] = [
  'County Antrim', 'County Armagh', 'County Carlow', 'County Cavan', 'County Clare', 'County Cork', 'County Derry',
  'County Londonderry', 'County Donegal', 'County Down', 'County Dublin', 'County Fermanagh', 'County Galway',
  'County Kerry', 'County Kildare', 'County Kilkenny', 'County Laois', 'County Leitrim', 'County Limerick',
  'County Longford', 'County Louth', 'County Mayo', 'County Meath', 'County Monaghan', 'County Offaly',
  'County Roscommon', 'County Sligo', 'County Tipperary', 'County Tyrone', 'County Waterford', 'County Westmeath',
  'County Wexford', 'County Wicklow',
  'Antrim', 'Armagh', 'Carlow', 'Cavan', 'Clare', 'Cork', 'Derry', 'Londonderry', 'Donegal', 'Fermanagh',
  'Galway', 'Kerry', 'Kildare', 'Kilkenny', 'Laois', 'Leitrim', 'Limerick', 'Longford', 'Louth', 'Mayo', 'Meath',
  'Monaghan', 'Offaly', 'Roscommon', 'Sligo', 'Tipperary', 'Tyrone', 'Waterford', 'Westmeath', 'Wexford', 'Wicklow',
  'Leinster', 'Munster', 'Connacht', 'Connaught', 'Ulster',
];

/** India's 28 states and 8 union territories, with older names still in use. Bare Delhi is in CITIES. */
export const INDIAN_STATES: readonly string[] = [
  'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar', 'Chhattisgarh', 'Goa', 'Gujarat', 'Haryana',
  'Himachal Pradesh', 'Jharkhand', 'Karnataka', 'Kerala', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya',
  'Mizoram', 'Nagaland', 'Odisha', 'Orissa', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu', 'Telangana', 'Tripura',
  'Uttar Pradesh', 'Uttarakhand', 'Uttaranchal', 'West Bengal', 'Bengal',
  'Andaman and Nicobar Islands', 'Chandigarh', 'Dadra and Nagar Haveli and Daman and Diu', 'Jammu and Kashmir',
  'Ladakh', 'Lakshadweep', 'Puducherry', 'Pondicherry', 'National Capital Territory of Delhi', 'Jammu',
];

/** Nigeria's 36 states and the Federal Capital Territory, bare and as "X State". */
export const NIGERIAN_STATES: readonly string[] = [
  'Abia', 'Adamawa', 'Akwa Ibom', 'Anambra', 'Bauchi', 'Bayelsa', 'Benue', 'Borno', 'Cross River', 'Ebonyi', 'Edo',
  'Ekiti', 'Enugu', 'Gombe', 'Jigawa', 'Kaduna', 'Kano', 'Katsina', 'Kebbi', 'Kogi', 'Kwara', 'Nasarawa', 'Ogun',
  'Ondo', 'Osun', 'Oyo', 'Sokoto', 'Taraba', 'Yobe', 'Zamfara', 'Federal Capital Territory',
  // "Delta", "Imo", "Niger", "Plateau" and "Rivers" are listed only with "State".
  'Abia State', 'Adamawa State', 'Akwa Ibom State', 'Anambra State', 'Bauchi State', 'Bayelsa State', 'Benue State',
  'Borno State', 'Cross River State', 'Delta State', 'Ebonyi State', 'Edo State', 'Ekiti State', 'Enugu State',
  'Gombe State', 'Imo State', 'Jigawa State', 'Kaduna State', 'Kano State', 'Katsina State', 'Kebbi State',
  'Kogi State', 'Kwara State', 'Lagos State', 'Nasarawa State', 'Niger State', 'Ogun State', 'Ondo State',
  'Osun State', 'Oyo State', 'Plateau State', 'Rivers State', 'Sokoto State', 'Taraba State', 'Yobe State',
  'Zamfara State',
];

/** Kenya's 47 counties. Nairobi and Mombasa are in CITIES. */
export const KENYAN_COUNTIES: readonly string[] = [
  'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita-Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit', 'Isiolo',
  'Meru', 'Tharaka-Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga', "Murang'a",
  'Kiambu', 'Turkana', 'West Pokot', 'Samburu', 'Trans-Nzoia', 'Uasin Gishu', 'Elgeyo-Marakwet', 'Nandi',
  'Baringo', 'Laikipia', 'Nakuru', 'Narok', 'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga', 'Bungoma', 'Busia',
  'Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii', 'Nyamira',
];

/** South Africa's nine provinces ("North West" only with "Province": the bare words are a compass phrase). */
export const SOUTH_AFRICAN_PROVINCES: readonly string[] = [
  'Eastern Cape', 'Free State', 'Gauteng', 'KwaZulu-Natal', 'KZN', 'Limpopo', 'Mpumalanga', 'North West Province',
  'Northern Cape', 'Western Cape',
];

/** Pakistan's four provinces, its federal territory, the two administered territories and Waziristan. */
export const PAKISTANI_PROVINCES: readonly string[] = [
  'Sindh', 'Khyber Pakhtunkhwa', 'Balochistan', 'Baluchistan', 'Islamabad Capital Territory', 'Gilgit-Baltistan',
  'Azad Kashmir', 'Azad Jammu and Kashmir', 'Waziristan', 'North Waziristan', 'South Waziristan',
];

/** Australia's six states and its two mainland self-governing territories. */
export const AUSTRALIAN_STATES: readonly string[] = [
  'New South Wales', 'Victoria', 'Queensland', 'Western Australia', 'South Australia', 'Tasmania',
  'Northern Territory', 'Australian Capital Territory',
];

/**
 * The Canadian Press abbreviations of the provinces and territories, written after a town in datelines and
 * addresses ("THE PAS, Man.", "Moncton, N.B."); only after a town and a comma do they stand for the province.
 */
export const CANADIAN_PROVINCE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['Alta.', 'Alberta'], ['B.C.', 'British Columbia'], ['Man.', 'Manitoba'], ['N.B.', 'New Brunswick'],
  ['N.L.', 'Newfoundland and Labrador'], ['Nfld.', 'Newfoundland and Labrador'], ['N.S.', 'Nova Scotia'], ['Ont.', 'Ontario'],
  ['P.E.I.', 'Prince Edward Island'], ['Que.', 'Quebec'], ['Sask.', 'Saskatchewan'], ['N.W.T.', 'Northwest Territories'],
];

/** Canada's ten provinces and three territories. */
export const CANADIAN_PROVINCES: readonly string[] = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Newfoundland and Labrador',
  'Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon',
  'Northwest Territories', 'Nunavut',
];

/** New Zealand's 16 regions. Auckland and Wellington are in CITIES. */
export const NEW_ZEALAND_REGIONS: readonly string[] = [
  'Northland', 'Waikato', 'Bay of Plenty', 'Gisborne', "Hawke's Bay", 'Taranaki', 'Manawatu-Whanganui',
  'Manawatū-Whanganui', 'Tasman', 'Nelson', 'Marlborough', 'West Coast', 'Canterbury', 'Otago', 'Southland',
];

/** The Philippines' 18 regions, its three island groups (Luzon, Visayas, Mindanao) and Palawan. */
export const PHILIPPINE_REGIONS: readonly string[] = [
  'National Capital Region', 'Metro Manila', 'Cordillera Administrative Region', 'Ilocos Region', 'Ilocos',
  'Cagayan Valley', 'Central Luzon', 'Calabarzon', 'Mimaropa', 'Bicol Region', 'Bicol', 'Western Visayas',
  'Negros Island Region', 'Central Visayas', 'Eastern Visayas', 'Zamboanga Peninsula', 'Northern Mindanao',
  'Davao Region', 'Soccsksargen', 'Caraga', 'Bangsamoro', 'Luzon', 'Visayas', 'Mindanao', 'Palawan',
];

/** Malaysia's 13 states, with their Malay names where news uses them, and the federal territory of Labuan. Kuala Lumpur and Putrajaya are in CITIES. */
export const MALAYSIAN_STATES: readonly string[] = [
  'Johor', 'Kedah', 'Kelantan', 'Malacca', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Penang', 'Pulau Pinang', 'Perak', 'Perlis',
  'Sabah', 'Sarawak', 'Selangor', 'Terengganu', 'Labuan',
];

/** Germany's 16 Länder, in English where English has a name. Berlin, Bremen and Hamburg are in CITIES. */
export const GERMAN_STATES: readonly string[] = [
  'Baden-Württemberg', 'Baden-Wurttemberg', 'Bavaria', 'Brandenburg', 'Hesse', 'Lower Saxony',
  'Mecklenburg-Vorpommern', 'Mecklenburg-Western Pomerania', 'North Rhine-Westphalia', 'Rhineland-Palatinate',
  'Saarland', 'Saxony', 'Saxony-Anhalt', 'Schleswig-Holstein', 'Thuringia',
];

/** France's 13 metropolitan and 5 overseas regions, former regions still named in news, and the Dordogne. */
export const FRENCH_REGIONS: readonly string[] = [
  'Auvergne-Rhône-Alpes', 'Auvergne-Rhone-Alpes', 'Bourgogne-Franche-Comté', 'Bourgogne-Franche-Comte', 'Brittany',
  'Centre-Val de Loire', 'Corsica', 'Grand Est', 'Hauts-de-France', 'Île-de-France', 'Ile-de-France', 'Normandy',
  'Nouvelle-Aquitaine', 'Occitania', 'Occitanie', 'Pays de la Loire', "Provence-Alpes-Côte d'Azur",
  "Provence-Alpes-Cote d'Azur", 'Provence', "Côte d'Azur", "Cote d'Azur", 'French Riviera', 'Guadeloupe',
  'Martinique', 'French Guiana', 'Réunion', 'Mayotte', 'Alsace', 'Lorraine', 'Aquitaine', 'Burgundy', 'Picardy',
  'Languedoc', 'Dordogne',
];

/** Italy's 20 regions. */
export const ITALIAN_REGIONS: readonly string[] = [
  'Abruzzo', 'Aosta Valley', "Valle d'Aosta", 'Apulia', 'Puglia', 'Basilicata', 'Calabria', 'Campania',
  'Emilia-Romagna', 'Friuli-Venezia Giulia', 'Lazio', 'Liguria', 'Lombardy', 'Marche', 'Molise', 'Piedmont',
  'Sardinia', 'Sicily', 'Tuscany', 'Trentino-Alto Adige', 'South Tyrol', 'Umbria', 'Veneto',
];

/** Spain's 17 autonomous communities, its two autonomous cities and its main islands. Madrid and Valencia are in CITIES. */
export const SPANISH_COMMUNITIES: readonly string[] = [
  'Andalusia', 'Andalucía', 'Aragon', 'Asturias', 'Balearic Islands', 'Balearics', 'Basque Country',
  'Canary Islands', 'Canaries', 'Cantabria', 'Castile and León', 'Castile and Leon', 'Castilla y León',
  'Castile-La Mancha', 'Castilla-La Mancha', 'Extremadura', 'Galicia', 'La Rioja', 'Community of Madrid',
  'Region of Murcia', 'Murcia', 'Navarre', 'Navarra', 'Valencian Community', 'Ceuta', 'Melilla', 'Mallorca',
  'Majorca', 'Menorca', 'Ibiza', 'Tenerife', 'Gran Canaria', 'Lanzarote',
];

/** States of Brazil and Mexico, provinces of Argentina and Indonesia (with and without accents). */
export const LATIN_AMERICAN_STATES: readonly string[] = [
  'Acre', 'Alagoas', 'Amapá', 'Amazonas', 'Bahia', 'Ceará', 'Ceara', 'Distrito Federal', 'Espírito Santo', 'Espirito Santo',
  'Goiás', 'Goias', 'Maranhão', 'Maranhao', 'Mato Grosso', 'Mato Grosso do Sul', 'Minas Gerais', 'Pará', 'Paraíba',
  'Paraná', 'Parana', 'Pernambuco', 'Piauí', 'Piaui', 'Rio Grande do Norte', 'Rio Grande do Sul', 'Rondônia', 'Rondonia',
  'Roraima', 'Santa Catarina', 'Sergipe', 'Tocantins',
  'Aguascalientes', 'Baja California', 'Baja California Sur', 'Campeche', 'Chiapas', 'Chihuahua', 'Coahuila', 'Colima',
  'Durango', 'Guanajuato', 'Jalisco', 'Michoacán', 'Michoacan', 'Nayarit', 'Nuevo León', 'Nuevo Leon', 'Oaxaca',
  'Puebla', 'Querétaro', 'Queretaro', 'Quintana Roo', 'San Luis Potosí', 'San Luis Potosi', 'Sinaloa', 'Sonora',
  'Tabasco', 'Tamaulipas', 'Tlaxcala', 'Veracruz', 'Yucatán', 'Yucatan', 'Zacatecas',
  'Catamarca', 'Chaco', 'Chubut', 'Corrientes', 'Entre Ríos', 'Entre Rios', 'Formosa', 'Jujuy', 'La Pampa', 'La Rioja',
  'Mendoza', 'Misiones', 'Neuquén', 'Neuquen', 'Río Negro', 'Salta', 'Santa Cruz', 'Santiago del Estero',
  'Tierra del Fuego', 'Tucumán', 'Tucuman',
  'Aceh', 'North Sumatra', 'West Sumatra', 'South Sumatra', 'Riau', 'Jambi', 'Bengkulu', 'Lampung', 'Banten',
  'West Java', 'Central Java', 'East Java', 'Yogyakarta', 'West Kalimantan', 'East Kalimantan', 'Central Kalimantan',
  'South Kalimantan', 'North Sulawesi', 'South Sulawesi', 'Central Sulawesi', 'West Papua', 'East Nusa Tenggara',
  'West Nusa Tenggara', 'Maluku', 'North Maluku', 'Kalimantan', 'Sulawesi', 'Sumatra', 'Java', 'Borneo',
];

/**
 * Sports grounds news names without a word for a ground in them, or with one that reads otherwise ("the Gabba",
 * "Croke Park", "Old Trafford", "Camp Nou"). Grounds named after a town are the town's entry.
 */
export const SPORTS_VENUES: readonly string[] = [
  // Cricket.
  'The Gabba', 'The Oval', 'The WACA Ground', 'Melbourne Cricket Ground', 'Sydney Cricket Ground', 'Adelaide Oval', 'Bellerive Oval', 'Headingley',
  'Edgbaston', 'Trent Bridge', 'Old Trafford', 'Eden Gardens', 'Wankhede Stadium', 'Newlands', 'Basin Reserve', 'Hagley Oval', 'Kensington Oval',
  // Football, rugby and Gaelic games.
  'Anfield', 'Goodison Park', 'Stamford Bridge', 'Villa Park', 'Elland Road', 'St James\' Park', 'Ibrox', 'Celtic Park', 'Hampden Park',
  'Murrayfield', 'Croke Park', 'Thomond Park', 'Lansdowne Road', 'Semple Stadium', 'Pairc Ui Chaoimh', 'Páirc Uí Chaoimh', 'Casement Park',
  'Ellis Park', 'Loftus Versfeld', 'Eden Park', 'Camp Nou', 'Santiago Bernabéu', 'Santiago Bernabeu', 'San Siro', 'Maracanã', 'Maracana',
  'La Bombonera', 'Signal Iduna Park', 'Parc des Princes', 'Stade de France',
  // North American grounds.
  'Madison Square Garden', 'Fenway Park', 'Wrigley Field', 'Lambeau Field', 'Soldier Field', 'Yankee Stadium', 'Dodger Stadium',
  // Tennis, racing and golf.
  'Flushing Meadows', 'Roland Garros', 'Augusta National', 'Silverstone', 'Aintree', 'Flemington Racecourse',
];

export const OTHER_REGIONS: readonly string[] = [
  // First-level divisions, by country (above).
  ...UK_DIVISIONS, ...IRISH_COUNTIES, ...INDIAN_STATES, ...NIGERIAN_STATES, ...KENYAN_COUNTIES,
  ...SOUTH_AFRICAN_PROVINCES, ...PAKISTANI_PROVINCES, ...AUSTRALIAN_STATES, ...CANADIAN_PROVINCES,
  ...NEW_ZEALAND_REGIONS, ...PHILIPPINE_REGIONS, ...MALAYSIAN_STATES, ...GERMAN_STATES, ...FRENCH_REGIONS, ...ITALIAN_REGIONS,
  ...SPANISH_COMMUNITIES, ...LATIN_AMERICAN_STATES, ...SPORTS_VENUES,
  // Other large subnational units often in the news.
  'Guangdong', 'Sichuan', 'Zhejiang', 'Jiangsu', 'Hubei', 'Fujian', 'Shandong', 'Henan', 'Hainan', 'Inner Mongolia',
  'Siberia', 'Kurdistan', 'Darfur', 'Sinai', 'Balkans', 'Caucasus', 'Patagonia',
  // Continents and world regions.
  'Africa', 'Antarctica', 'Arctic', 'Asia', 'Europe', 'North America', 'South America', 'Latin America',
  'Central America', 'Oceania', 'Middle East', 'Near East', 'Far East', 'Eurasia', 'Scandinavia',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'Asia-Pacific', 'Sub-Saharan Africa',
  'North Africa', 'West Africa', 'East Africa', 'Eastern Europe', 'Western Europe', 'Persian Gulf', 'Gulf',
  'Horn of Africa', 'Southern Africa', 'Central Africa', 'Sahel', 'Maghreb', 'Levant',
  'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean',
  'South China Sea', 'East China Sea', 'Black Sea', 'Red Sea', 'Baltic Sea', 'Baltics', 'Strait of Hormuz',
  'Taiwan Strait', 'Korean Peninsula', 'Midwest', 'Rust Belt', 'Sun Belt', 'New England', 'Deep South',
  'Silicon Valley', 'Wall Street', 'Capitol Hill', 'Main Street', 'Bay Area', 'Ground Zero', 'Southeast', 'Northeast',
  'Southwest', 'Northwest', 'Pacific Northwest', 'Upper Midwest', 'Great Plains', 'Appalachia',
  // Streets and squares known around the world by a name with no street word in it.
  'Champs-Elysees', 'Champs-Élysées', 'Unter den Linden', 'La Rambla', 'Las Ramblas',
];

/**
 * Cities and large towns of the United Kingdom (the largest by population, county towns, and London
 * boroughs and districts often named in news). Towns that share a name with a football club the
 * news names more often than the town (Chelsea, Fulham, Tottenham) are left out.
 */
export const UK_TOWNS: readonly string[] = [
  // England.
  'Leeds', 'Sheffield', 'Bristol', 'Bradford', 'Leicester', 'Coventry', 'Nottingham', 'Kingston upon Hull', 'Hull',
  'Newcastle upon Tyne', 'Newcastle', 'Stoke-on-Trent', 'Southampton', 'Portsmouth', 'Derby', 'Plymouth',
  'Wolverhampton', 'Reading', 'Northampton', 'Luton', 'Milton Keynes', 'Sunderland', 'Preston', 'Norwich',
  'Cambridge', 'Oxford', 'Exeter', 'York', 'Gloucester', 'Chester', 'Carlisle', 'Lancaster', 'Salford',
  'Wakefield', 'Bath', 'Winchester', 'Chelmsford', 'Colchester', 'Ipswich', 'Peterborough',
  'Brighton', 'Brighton and Hove', 'Hove', 'Bournemouth', 'Poole', 'Swindon', 'Warrington', 'Huddersfield',
  'Middlesbrough', 'Blackpool', 'Blackburn', 'Bolton', 'Stockport', 'Oldham', 'Rochdale', 'Wigan', 'St Helens',
  'Birkenhead', 'Wirral', 'Southport', 'Crewe', 'Doncaster', 'Rotherham', 'Barnsley', 'Grimsby', 'Scunthorpe',
  'Halifax', 'Harrogate', 'Scarborough', 'Darlington', 'Hartlepool', 'Gateshead', 'South Shields', 'Telford',
  'Shrewsbury', 'Stafford', 'Walsall', 'West Bromwich', 'Dudley', 'Solihull', 'Nuneaton', 'Leamington Spa',
  'Warwick', 'Stratford-upon-Avon', 'Cheltenham', 'Hereford', 'Kidderminster', 'Redditch', 'Mansfield',
  'Chesterfield', 'Loughborough', 'Kettering', 'Corby', 'Bedford', 'High Wycombe', 'Aylesbury', 'Slough',
  'Maidenhead', 'Windsor', 'Guildford', 'Woking', 'Crawley', 'Horsham', 'Worthing', 'Eastbourne', 'Hastings',
  'Maidstone', 'Ashford', 'Folkestone', 'Margate', 'Ramsgate', 'Gillingham', 'Dartford', 'Gravesend',
  'Tunbridge Wells', 'Southend-on-Sea', 'Southend', 'Basildon', 'Harlow', 'Stevenage', 'Watford', 'St Albans',
  'Hemel Hempstead', 'Basingstoke', 'Aldershot', 'Salisbury', 'Weymouth', 'Taunton', 'Yeovil', 'Torquay', 'Truro',
  'Weston-super-Mare', 'Burnley', 'Accrington', 'Barrow-in-Furness', 'Kendal', 'Lowestoft', 'Great Yarmouth',
  "King's Lynn", 'Grantham', 'Worksop', 'Bury', 'Chorley', 'Macclesfield', 'Runcorn', 'Widnes',
  'St Ives',
  // London boroughs and districts.
  'Croydon', 'Hackney', 'Islington', 'Camden', 'Lambeth', 'Southwark', 'Lewisham', 'Greenwich', 'Tower Hamlets',
  'Newham', 'Ealing', 'Barnet', 'Enfield', 'Haringey', 'Harrow', 'Hillingdon', 'Hounslow', 'Bromley', 'Bexley',
  'Havering', 'Redbridge', 'Barking', 'Dagenham', 'Wandsworth', 'Hammersmith', 'Kensington', 'Walthamstow',
  'Brixton', 'Peckham', 'Stratford', 'Wimbledon', 'Notting Hill', 'Canary Wharf',
  // Scotland.
  'Aberdeen', 'Dundee', 'Inverness', 'Stirling', 'East Kilbride', 'Kilmarnock', 'Ayr', 'Greenock', 'Dunfermline',
  'Kirkcaldy', 'Cumbernauld', 'Motherwell', 'Coatbridge', 'Airdrie', 'Falkirk', 'St Andrews', 'Oban', 'Lerwick',
  'Kirkwall', 'Stornoway', 'Dumfries', 'Fort William',
  // Wales.
  'Cardiff', 'Swansea', 'Newport', 'Wrexham', 'Bangor', 'Neath', 'Port Talbot', 'Bridgend', 'Llanelli',
  'Aberystwyth', 'Merthyr Tydfil', 'Caerphilly', 'Pontypridd', 'Rhyl', 'Carmarthen', 'Haverfordwest', 'Holyhead',
  'Conwy',
  // Northern Ireland.
  'Belfast', 'Lisburn', 'Newry', 'Craigavon', 'Ballymena', 'Omagh', 'Enniskillen', 'Coleraine', 'Larne',
  'Portadown', 'Newtownabbey', 'Carrickfergus', 'Strabane', 'Dungannon',
  // Overseas territory.
  'Gibraltar',
];

/** Cities and towns of the Republic of Ireland (the largest, county towns, Dublin suburbs, Galway towns). */
export const IRISH_TOWNS: readonly string[] = [
  'Drogheda', 'Dundalk', 'Bray', 'Navan', 'Ennis', 'Tralee', 'Newbridge', 'Portlaoise', 'Balbriggan', 'Naas',
  'Athlone', 'Mullingar', 'Celbridge', 'Letterkenny', 'Clonmel', 'Greystones', 'Carrigaline', 'Leixlip',
  'Tullamore', 'Killarney', 'Arklow', 'Cobh', 'Ashbourne', 'Maynooth', 'Midleton', 'Mallow', 'Castlebar',
  'Enniscorthy', 'Tramore', 'Tuam', 'Ballina', 'Westport', 'Clifden', 'Dingle', 'Kinsale', 'Youghal', 'Nenagh',
  'Thurles', 'Dún Laoghaire', 'Dun Laoghaire', 'Tallaght', 'Blanchardstown', 'Clondalkin', 'Howth', 'Malahide',
  'Rathmines', 'Finglas', 'Ballymun', 'Salthill', 'Athenry', 'Oranmore', 'Loughrea', 'Ballinasloe',
];

/** Cities of India (roughly the hundred largest, state capitals, and places often in the news), old names too. */
export const INDIAN_CITIES: readonly string[] = [
  'Kanpur', 'Nagpur', 'Indore', 'Thane', 'Bhopal', 'Visakhapatnam', 'Vizag', 'Pimpri-Chinchwad', 'Patna',
  'Vadodara', 'Baroda', 'Ghaziabad', 'Ludhiana', 'Agra', 'Nashik', 'Faridabad', 'Meerut', 'Rajkot', 'Varanasi',
  'Benares', 'Aurangabad', 'Dhanbad', 'Navi Mumbai', 'Prayagraj', 'Allahabad', 'Ranchi', 'Howrah', 'Coimbatore',
  'Jabalpur', 'Gwalior', 'Vijayawada', 'Jodhpur', 'Madurai', 'Raipur', 'Kota', 'Guwahati', 'Solapur', 'Hubballi',
  'Hubli', 'Bareilly', 'Moradabad', 'Mysuru', 'Mysore', 'Gurugram', 'Gurgaon', 'Aligarh', 'Jalandhar',
  'Tiruchirappalli', 'Bhubaneswar', 'Warangal', 'Thiruvananthapuram', 'Trivandrum', 'Bhiwandi', 'Saharanpur',
  'Guntur', 'Amravati', 'Amaravati', 'Bikaner', 'Noida', 'Jamshedpur', 'Bhilai', 'Cuttack', 'Kochi', 'Cochin',
  'Udaipur', 'Bhavnagar', 'Dehradun', 'Asansol', 'Nanded', 'Ajmer', 'Jamnagar', 'Ujjain', 'Siliguri', 'Jhansi',
  'Mangaluru', 'Mangalore', 'Belagavi', 'Belgaum', 'Tirunelveli', 'Tirupati', 'Kozhikode', 'Calicut', 'Madras',
  'Shimla', 'Gangtok', 'Imphal', 'Shillong', 'Aizawl', 'Kohima', 'Agartala', 'Itanagar', 'Panaji', 'Port Blair',
  'Leh', 'Kargil', 'Ayodhya', 'Mathura', 'Haridwar', 'Rishikesh', 'Darjeeling', 'Pahalgam', 'Pulwama', 'Anantnag',
  'Baramulla', 'Gandhinagar', 'Jalgaon', 'Kolhapur', 'Akola', 'Latur', 'Muzaffarpur', 'Bhagalpur', 'Gorakhpur',
  'Firozabad', 'Rourkela', 'Durgapur', 'Nellore', 'Kakinada', 'Tiruppur', 'Vellore', 'Thrissur', 'Kollam',
  'Kannur', 'Davanagere', 'Bellary', 'Ballari', 'Gulbarga', 'Kalaburagi', 'Bilaspur', 'Bokaro', 'Sambalpur',
  'Manali', 'Dharamshala',
];

/** Cities of Pakistan (the largest, provincial capitals, and places often in the news). */
export const PAKISTANI_CITIES: readonly string[] = [
  'Gujranwala', 'Multan', 'Sialkot', 'Bahawalpur', 'Sargodha', 'Sukkur', 'Larkana', 'Sheikhupura',
  'Rahim Yar Khan', 'Jhang', 'Dera Ghazi Khan', 'Gujrat', 'Sahiwal', 'Mardan', 'Kasur', 'Okara', 'Mingora',
  'Nawabshah', 'Chiniot', 'Sadiqabad', 'Mirpur Khas', 'Kohat', 'Dera Ismail Khan', 'Turbat', 'Muzaffarabad',
  'Abbottabad', 'Mirpur', 'Gwadar', 'Chaman', 'Bannu', 'Swat Valley', 'Gilgit', 'Skardu', 'Jacobabad', 'Khuzdar',
  'Parachinar', 'Miranshah', 'Charsadda', 'Nowshera', 'Attock', 'Jhelum', 'Thatta', 'Badin',
];

/** Cities and towns of Nigeria (the largest and the state capitals). */
export const NIGERIAN_CITIES: readonly string[] = [
  'Benin City', 'Maiduguri', 'Zaria', 'Ilorin', 'Abeokuta', 'Onitsha', 'Warri', 'Calabar', 'Akure', 'Makurdi',
  'Minna', 'Owerri', 'Osogbo', 'Ado Ekiti', 'Awka', 'Lokoja', 'Ikeja', 'Lekki', 'Ikorodu', 'Nsukka', 'Asaba',
  'Abakaliki', 'Umuahia', 'Yenagoa', 'Lafia', 'Jalingo', 'Damaturu', 'Dutse', 'Birnin Kebbi', 'Gusau', 'Bida',
  'Ogbomosho', 'Ile-Ife', 'Ilesa', 'Sapele', 'Kafanchan', 'Potiskum', 'Chibok', 'Nnewi', 'Apapa', 'Surulere',
  'Yola', 'Jos', 'Uyo',
];

/** Towns of Kenya not named after their county (county names are in KENYAN_COUNTIES). */
export const KENYAN_TOWNS: readonly string[] = [
  'Eldoret', 'Thika', 'Malindi', 'Kitale', 'Naivasha', 'Lodwar', 'Ruiru', 'Nanyuki', 'Kibera', 'Kakuma',
  'Dadaab', 'Juja', 'Kitengela', 'Athi River', 'Mathare', 'Kapenguria', 'Watamu', 'Diani', 'Kisauni', 'Likoni',
];

/** Cities and townships of South Africa (the largest, provincial capitals, and places often in the news). */
export const SOUTH_AFRICAN_CITIES: readonly string[] = [
  'Soweto', 'Port Elizabeth', 'Gqeberha', 'Bloemfontein', 'East London', 'Pietermaritzburg', 'Polokwane',
  'Nelspruit', 'Mbombela', 'Kimberley', 'Rustenburg', 'Stellenbosch', 'Paarl', 'Tembisa', 'Benoni', 'Boksburg',
  'Germiston', 'Vereeniging', 'Vanderbijlpark', 'Mthatha', 'Richards Bay', 'Potchefstroom', 'Mahikeng',
  'Mafikeng', 'Upington', 'Witbank', 'eMalahleni', 'Sandton', 'Midrand', 'Khayelitsha', 'Umlazi', 'Marikana',
  'Soshanguve', 'Krugersdorp', 'Roodepoort', 'Ekurhuleni', 'Tshwane', 'Knysna', 'Mossel Bay',
];

/** Cities and towns of Australia (the largest and the state and territory capitals). */
export const AUSTRALIAN_CITIES: readonly string[] = [
  'Gold Coast', 'Sunshine Coast', 'Wollongong', 'Hobart', 'Geelong', 'Townsville', 'Cairns', 'Darwin',
  'Toowoomba', 'Ballarat', 'Bendigo', 'Albury', 'Launceston', 'Mackay', 'Rockhampton', 'Bunbury', 'Bundaberg',
  'Coffs Harbour', 'Wagga Wagga', 'Hervey Bay', 'Mildura', 'Shepparton', 'Port Macquarie', 'Tamworth', 'Dubbo',
  'Geraldton', 'Kalgoorlie', 'Alice Springs', 'Lismore', 'Warrnambool', 'Mount Gambier', 'Whyalla', 'Fremantle',
  'Parramatta', 'Penrith', 'Byron Bay',
];

/** Cities and towns of New Zealand (the largest and the regional seats; Hamilton is in CANADIAN_CITIES). */
export const NEW_ZEALAND_TOWNS: readonly string[] = [
  'Christchurch', 'Tauranga', 'Dunedin', 'Palmerston North', 'Napier', 'Rotorua', 'New Plymouth',
  'Whangarei', 'Invercargill', 'Whanganui', 'Queenstown', 'Timaru', 'Masterton', 'Taupo', 'Porirua', 'Lower Hutt',
  'Upper Hutt',
];

/** Cities of Canada (the largest and the provincial and territorial capitals). */
export const CANADIAN_CITIES: readonly string[] = [
  'Mississauga', 'Brampton', 'Laval', 'Markham', 'Gatineau', 'Longueuil', 'Burnaby', 'Regina',
  'Richmond Hill', 'Oakville', 'Burlington', 'Sherbrooke', 'Oshawa', 'Saguenay', 'Lévis', 'Barrie', 'Abbotsford',
  'Coquitlam', 'St. Catharines', 'Trois-Rivières', 'Guelph', 'Kelowna', 'Saanich', 'Terrebonne', "St. John's",
  'Thunder Bay', 'Waterloo', 'Kitchener', 'Red Deer', 'Kamloops', 'Brantford', 'Cape Breton', 'Lethbridge',
  'Nanaimo', 'Fredericton', 'Moncton', 'Charlottetown', 'Whitehorse', 'Yellowknife', 'Iqaluit',
  'Sudbury', 'Sault Ste. Marie', 'Niagara Falls', 'Fort McMurray', 'Hamilton',
];

/** Cities of Malaysia (state capitals and the largest towns). Kuala Lumpur is with the world's cities. */
export const MALAYSIAN_CITIES: readonly string[] = [
  'Kota Kinabalu', 'Kota Bharu', 'Kuching', 'Johor Bahru', 'Ipoh', 'Shah Alam', 'Petaling Jaya', 'Seremban', 'Alor Setar',
  'Kuantan', 'Kuala Terengganu', 'Sandakan', 'Tawau', 'Klang', 'Subang Jaya', 'Cyberjaya',
];

/** Cities of the Philippines (the largest and the regional centres). */
export const PHILIPPINE_CITIES: readonly string[] = [
  'Quezon City', 'Caloocan', 'Taguig', 'Pasig', 'Makati', 'Zamboanga', 'Zamboanga City', 'Antipolo',
  'Cagayan de Oro', 'Parañaque', 'Paranaque', 'Dasmariñas', 'Dasmarinas', 'General Santos City', 'Las Piñas',
  'Las Pinas', 'Bacolod', 'Muntinlupa', 'Calamba', 'Iloilo', 'Iloilo City', 'Pasay', 'Mandaluyong', 'Marikina',
  'Angeles City', 'Baguio', 'Iligan', 'Tacloban', 'Butuan', 'Legazpi', 'Olongapo', 'Puerto Princesa', 'Marawi',
  'Cotabato', 'Lapu-Lapu', 'Mandaue', 'Batangas', 'Lucena', 'Dumaguete', 'Tagbilaran', 'Boracay', 'Cebu City',
  'Davao City',
];

/** Cities of Germany, France, Italy and Spain beyond the largest (the regional capitals and the next largest). */
export const EUROPEAN_CITIES: readonly string[] = [
  // Germany.
  'Dortmund', 'Essen', 'Duisburg', 'Bochum', 'Wuppertal', 'Bielefeld', 'Bonn', 'Münster', 'Mannheim', 'Karlsruhe',
  'Augsburg', 'Wiesbaden', 'Mönchengladbach', 'Gelsenkirchen', 'Aachen', 'Braunschweig', 'Kiel', 'Chemnitz',
  'Magdeburg', 'Freiburg', 'Krefeld', 'Mainz', 'Lübeck', 'Erfurt', 'Rostock', 'Kassel', 'Potsdam', 'Saarbrücken',
  'Saarbrucken', 'Heidelberg', 'Würzburg', 'Regensburg', 'Ingolstadt', 'Wolfsburg', 'Ulm', 'Göttingen', 'Jena',
  'Trier', 'Passau', 'Bayreuth', 'Solingen', 'Oberhausen', 'Ludwigshafen', 'Schwerin',
  // France.
  'Montpellier', 'Rennes', 'Reims', 'Le Havre', 'Saint-Étienne', 'Saint-Etienne', 'Toulon', 'Grenoble', 'Dijon',
  'Angers', 'Nîmes', 'Nimes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence', 'Brest', 'Amiens',
  'Limoges', 'Perpignan', 'Metz', 'Besançon', 'Besancon', 'Orléans', 'Orleans', 'Rouen', 'Mulhouse', 'Caen',
  'Avignon', 'Cannes', 'Calais', 'Dunkirk', 'Versailles', 'Ajaccio', 'Bastia', 'Lourdes', 'Chamonix', 'Biarritz',
  'Saint-Denis', 'Nanterre', 'Créteil', 'Creteil', 'Cherbourg', 'La Rochelle', 'Bayonne', 'Poitiers', 'Annecy',
  // Italy.
  'Bari', 'Catania', 'Verona', 'Messina', 'Padua', 'Trieste', 'Brescia', 'Parma', 'Taranto', 'Prato', 'Modena',
  'Reggio Calabria', 'Reggio Emilia', 'Perugia', 'Livorno', 'Ravenna', 'Cagliari', 'Foggia', 'Rimini', 'Salerno',
  'Ferrara', 'Sassari', 'Monza', 'Pescara', 'Bergamo', 'Trento', 'Vicenza', 'Bolzano', 'Novara', 'Piacenza',
  'Ancona', 'Lecce', 'Pisa', 'Siena', 'Como', 'Lampedusa', 'Capri', 'Amalfi', 'Sorrento', 'Assisi', 'Udine',
  'Aosta', "L'Aquila", 'Potenza', 'Campobasso', 'Catanzaro', 'Cremona', 'Lucca', 'Brindisi',
  // Spain.
  'Palma de Mallorca', 'Las Palmas', 'Alicante', 'Córdoba', 'Cordoba', 'Valladolid', 'Vigo', 'Gijón',
  'Gijon', 'A Coruña', 'La Coruña', 'Granada', 'Elche', 'Oviedo', 'Badalona', 'Terrassa', 'Jerez', 'Pamplona',
  'Almería', 'Almeria', 'San Sebastián', 'San Sebastian', 'Burgos', 'Albacete', 'Logroño', 'Salamanca', 'Huelva',
  'Marbella', 'Cádiz', 'Cadiz', 'Tarragona', 'Lleida', 'Girona', 'Benidorm', 'Torremolinos',
  'Santiago de Compostela', 'Santa Cruz de Tenerife', 'Mérida',
];

/** National capitals and capitals of dependent territories missing from the lists above, in their usual spellings. */
export const MORE_CAPITALS: readonly string[] = [
  "Saint John's", 'Malé', 'Yaren', 'Ngerulmud', 'São Tomé', 'Sao Tome', 'Lobamba', 'Sri Jayawardenepura Kotte',
  'Asunción', 'Reykjavík', 'Chișinău', 'Nur-Sultan', 'Naypyitaw', "Sana'a", 'Luxembourg City', 'South Tarawa',
  'Nuuk', 'Tórshavn', 'Willemstad', 'Papeete', 'Nouméa', 'Noumea', 'Pago Pago',
  'Hagåtña', 'San Juan', 'Charlotte Amalie', 'George Town', 'Road Town', 'Cockburn Town', 'Gustavia', 'Oranjestad',
  'Philipsburg',
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
  // The remaining national capitals.
  'Tirana', 'Andorra la Vella', 'Nassau', 'Bridgetown', 'Belmopan', 'Porto-Novo', 'Thimphu', 'Sucre', 'Sarajevo',
  'Gaborone', 'Bandar Seri Begawan', 'Ouagadougou', 'Gitega', 'Praia', 'Yaounde', 'Yaoundé', 'Bangui', "N'Djamena",
  'Moroni', 'Brazzaville', 'Yamoussoukro', 'Nicosia', 'Roseau', 'Dili', 'Malabo', 'Asmara', 'Mbabane', 'Suva',
  'Libreville', 'Banjul', 'Conakry', 'Bissau', 'Georgetown', 'Reykjavik', 'Tarawa', 'Pristina', 'Bishkek', 'Maseru',
  'Monrovia', 'Vaduz', 'Antananarivo', 'Lilongwe', 'Bamako', 'Valletta', 'Majuro', 'Nouakchott', 'Port Louis',
  'Palikir', 'Chisinau', 'Podgorica', 'Maputo', 'Windhoek', 'Niamey', 'Skopje', 'Port Moresby', 'Basseterre',
  'Castries', 'Kingstown', 'Apia', 'Freetown', 'Bratislava', 'Ljubljana', 'Honiara', 'Juba', 'Paramaribo',
  'Dushanbe', 'Dodoma', 'Lome', 'Lomé', "Nuku'alofa", 'Port of Spain', 'Ashgabat', 'Funafuti', 'Port Vila',
  // Other large or often-reported cities outside the US.
  'Kaliningrad', 'Kaunas', 'Klaipeda', 'Tartu', 'Wroclaw', 'Wrocław', 'Poznan', 'Poznań', 'Lodz', 'Łódź',
  'Lublin', 'Lviv', 'Dnipro', 'Kherson', 'Sumy', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Vladivostok',
  'Murmansk', 'Belgorod', 'Kursk', 'Sochi', 'Grozny', 'Rostov-on-Don', 'Thessaloniki', 'Izmir', 'Antalya',
  'Gothenburg', 'Malmo', 'Malmö', 'Aarhus', 'Antwerp', 'Ghent', 'Toulouse', 'Bordeaux', 'Lille', 'Nantes',
  'Stuttgart', 'Dusseldorf', 'Düsseldorf', 'Dresden', 'Leipzig', 'Hanover', 'Bremen', 'Nuremberg', 'Salzburg',
  'Graz', 'Linz', 'Innsbruck', 'Basel', 'Lausanne', 'Genoa', 'Bologna', 'Palermo', 'Bilbao', 'Malaga', 'Zaragoza',
  'Brno', 'Cluj-Napoca', 'Plovdiv', 'Novi Sad', 'Peshawar', 'Quetta', 'Rawalpindi', 'Faisalabad', 'Kirkuk',
  'Najaf', 'Tabriz', 'Isfahan', 'Mashhad', 'Shiraz', 'Gaziantep', 'Port Sudan', 'Omdurman', 'El Fasher', 'Goma',
  'Lubumbashi', 'Mombasa', 'Arusha', 'Zanzibar', 'Bulawayo', 'Ibadan', 'Kano', 'Port Harcourt', 'Kumasi',
  'Misrata', 'Marrakesh', 'Tangier', 'Oran', 'Luxor', 'Aswan', 'Giza', 'Port Said', 'Nablus', 'Jenin',
  'Latakia', 'Chiang Mai', 'Phuket', 'Cebu', 'Davao', 'Surabaya', 'Bandung', 'Medan', 'Da Nang', 'Mandalay',
  'Jaipur', 'Lucknow', 'Srinagar', 'Amritsar', 'Sapporo', 'Fukuoka', 'Sendai', 'Nagasaki', 'Daegu', 'Gwangju',
  'Taichung', 'Tainan', 'Medellin', 'Medellín', 'Cartagena', 'Barranquilla', 'Guayaquil', 'Cusco', 'Valparaiso',
  'Rosario', 'Porto Alegre', 'Recife', 'Fortaleza', 'Manaus', 'Curitiba', 'Puebla', 'Cancun', 'Ciudad Juarez',
  'Culiacan', 'Winnipeg', 'Quebec City', 'Saskatoon',
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
  // Cities and towns by country (above).
  ...UK_TOWNS, ...IRISH_TOWNS, ...INDIAN_CITIES, ...PAKISTANI_CITIES, ...NIGERIAN_CITIES, ...KENYAN_TOWNS,
  ...SOUTH_AFRICAN_CITIES, ...AUSTRALIAN_CITIES, ...NEW_ZEALAND_TOWNS, ...CANADIAN_CITIES, ...PHILIPPINE_CITIES,
  ...MALAYSIAN_CITIES, ...EUROPEAN_CITIES, ...MORE_CAPITALS,
];

/** Common names that are places only in the right context; not typed as place on a list match alone. */
export const AMBIGUOUS_PLACES: readonly string[] = [
  'Jordan', 'Israel', 'Georgia', 'Victoria', 'Lincoln', 'Jackson', 'Madison', 'Austin', 'Washington', 'Chad', 'Nice',
  'Aurora', 'Gilbert', 'Henderson', 'Irving', 'Mesa', 'Salem', 'Helena', 'Concord', 'Dover', 'Pierre',
  'Charlotte', 'Arlington', 'Lexington', 'Columbus', 'Springfield', 'Augusta', 'Plano', 'Reno', 'Providence',
  'Phoenix', 'Mobile', 'Kingston', 'Wellington', 'Durham', 'Richmond', 'Montgomery', 'Flint', 'Ferguson',
  'Guinea', 'Niger', 'Mali', 'Turkey', 'Gulf', 'Pacific', 'Atlantic', 'Santiago', 'Paris', 'Sydney',
  'Florence', 'Orlando', 'Houston', 'Dallas', 'Denver', 'Tampa', 'Hollywood', 'Glendale', 'Laredo',
  // Divisions whose names are also first names, surnames or organizations (a city in CITIES is
  // treated so already, unless a region of the same name is listed).
  'Kent', 'Essex', 'Devon', 'Derbyshire', 'Berkshire', 'Angus', 'Moray', 'Galloway', 'Sutherland', 'Skye',
  'Clare', 'Kerry', 'Mayo', 'Tyrone', 'Monaghan', 'Longford', 'Kano', 'Nandi', 'Nelson', 'Tasman', 'Marlborough',
  'Hesse', 'Brittany', 'Lorraine', 'Lazio', 'Aragon', 'Acre', 'Colima', 'Formosa', 'Java', 'Santa Cruz', 'Salta',
];

/** Nationality and group adjectives derived from place names: never entities on their own ("Chinese", "Texan"). */
export const DEMONYMS: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Andorran', 'Angolan', 'Argentine', 'Argentinian', 'Armenian',
  'Australian', 'Austrian', 'Azerbaijani', 'Azeri', 'Bahamian', 'Bahraini', 'Bangladeshi', 'Barbadian',
  'Belarusian', 'Belgian', 'Belizean', 'Beninese', 'Bhutanese', 'Bolivian', 'Bosnian', 'Botswanan', 'Brazilian',
  'British', 'Bruneian', 'Bulgarian', 'Burkinabe', 'Burmese', 'Burundian', 'Cambodian', 'Cameroonian',
  'Canadian', 'Chadian', 'Chilean', 'Chinese', 'Colombian', 'Congolese', 'Croatian', 'Cuban', 'Cypriot',
  'Czech', 'Danish', 'Dane', 'Djiboutian', 'Dominican', 'Dutch', 'Ecuadorian', 'Egyptian', 'Emirati',
  'English', 'Eritrean', 'Estonian', 'Ethiopian', 'Fijian', 'Filipino', 'Finnish', 'French', 'Gabonese',
  'Gambian', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Guatemalan', 'Guinean', 'Guyanese', 'Haitian',
  'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish', 'Israeli',
  'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar',
  'Kuwaiti', 'Kyrgyz', 'Lao', 'Laotian', 'Latvian', 'Lebanese', 'Liberian', 'Libyan', 'Lithuanian',
  'Luxembourgish', 'Macedonian', 'Malagasy', 'Malawian', 'Malaysian', 'Maldivian', 'Malian', 'Maltese',
  'Mauritanian', 'Mexican', 'Moldovan', 'Mongolian', 'Montenegrin', 'Moroccan', 'Mozambican', 'Namibian',
  'Nepalese', 'Nepali', 'Nicaraguan', 'Nigerian', 'Nigerien', 'Norwegian', 'Omani', 'Pakistani',
  'Palestinian', 'Panamanian', 'Paraguayan', 'Persian', 'Peruvian', 'Polish', 'Portuguese', 'Qatari',
  'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Samoan', 'Saudi', 'Scottish', 'Senegalese', 'Serbian',
  'Sierra Leonean', 'Singaporean', 'Slovak', 'Slovenian', 'Somali', 'South African', 'Spanish', 'Sri Lankan',
  'Sudanese', 'Surinamese', 'Swedish', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai',
  'Tibetan', 'Togolese', 'Tongan', 'Trinidadian', 'Tunisian', 'Turkish', 'Turkmen', 'Ugandan', 'Ukrainian',
  'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean', 'Uyghur',
  'Uighur', 'Kurdish', 'Kurd', 'Kurds', 'Arab', 'Arabs', 'Arabian', 'Asian', 'African', 'European', 'Latin',
  'Latino', 'Latina', 'Hispanic', 'Caribbean', 'Nordic', 'Scandinavian', 'Baltic', 'Balkan', 'Slavic',
  'Soviet', 'Western', 'Eastern', 'Middle Eastern', 'Pacific', 'Atlantic', 'Mediterranean', 'Anglo',
  'Californian', 'Texan', 'Floridian', 'New Yorker', 'Virginian', 'Ohioan', 'Michigander', 'Hawaiian',
  'Alaskan', 'Coloradan', 'Arizonan', 'Iowan', 'Chicagoan', 'Londoner', 'Parisian', 'Muscovite', 'Yankee',
  'Hongkonger', 'Sikh', 'Pashtun', 'Sunni', 'Shiite', 'Alawite', 'Druze', 'Yazidi', 'Rohingya', 'Tamil',
  'Han', 'Maori', 'Māori', 'Aboriginal', 'Native American', 'Indigenous',
  // Regions' and peoples' adjectives within a country ("the Cornish coast", "Basque separatists", "Flemish nationalists").
  'Cornish', 'Geordie', 'Scouse', 'Breton', 'Basque', 'Catalan', 'Galician', 'Andalusian', 'Bavarian', 'Prussian', 'Sicilian',
  'Sardinian', 'Corsican', 'Flemish', 'Walloon', 'Tasmanian', 'Queenslander', 'Kashmiri', 'Punjabi', 'Bengali', 'Québécois',
  'Quebecois', 'Quebecer', 'Albertan', 'Ontarian', 'Manitoban', 'Newfoundlander', 'Inuit', 'Tibetan', 'Uyghur',
];
