// Closed-class English words the entity rules reason with. These are word
// classes of the language (titles, organisation heads, geographic heads),
// not names of particular people or places.

/**
 * Styles of address of judges, magistrates and envoys (Wikipedia, "The Honourable", "Excellency"),
 * titles only after "Her", "His" or "Your" (entities.ts, titleLength): "the case was heard by Her Honour
 * Ana Vekla", "Thank you, Your Worship" (not "the Honour Roll").
 */
export const STYLES_OF_ADDRESS = new Set(['honour', 'honor', 'worship', 'excellency', 'lordship', 'ladyship']);

/** Titles and honorifics: stripped from names, kept as evidence that a name is a person. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'emperor', 'empress', 'crown', 'sheikh', 'sen', 'senator', 'rep',
  'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor', 'gen', 'general',
  'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'sgt',
  'sergeant', 'cpl', 'corporal', 'commander', 'marshal', 'field', 'judge', 'justice', 'chief',
  'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend', 'father', 'rabbi', 'imam',
  // "Rt Rev", "Rt Hon": the style "Right" before a cleric's or a privy counsellor's title (Debrett's).
  'rt', 'moderator',
  // Burmese honorifics before a name (Wikipedia, "Burmese names": U, Daw): "U Vek Tun", "Daw Aye Vek".
  'u', 'daw',
  // Ranks of public prosecutors and state counsel: "Principal State Attorney Ana Vek".
  'principal', 'attorney',
  'ibu', 'bu', 'bapak', 'pak', 'datuk', 'dato', 'encik', 'puan',
  // Titles of a traditional chief in Botswana and South Africa (Wikipedia, "Kgosi", "Inkosi"):
  // "Kgosi Tumelo Vekane" is the chief Tumelo Vekane.
  'kgosi', 'kgosigadi', 'inkosi',
  // Hindi honorifics ("Shri Ramesh Yadav", "Smt. Anita Rao") and the British parliamentary "MP"
  // before a name ("Opposition MP Ruth Achieng"; after one it is a post-nominal), and the members of
  // other Westminster-style chambers: Irish TDs, Scottish MSPs, Northern Irish MLAs, Ontario MPPs.
  'shri', 'shrimati', 'smt', 'mp', 'td', 'msp', 'mla', 'mpp',
  'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo',
  'founder', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'acting', 'former',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'health', 'justice', 'trade',
  'energy', 'national', 'security', 'adviser', 'advisor', 'attorney', 'speaker', 'leader', 'st',
  'coach', 'manager', 'executive', 'officer', 'head', 'press', 'detective', 'inspector', 'agent',
  'presidential', 'candidate', 'nominee', 'chairperson', 'first', 'opposition', 'house', 'senate',
  'majority', 'minority', 'whip', 'analyst', 'economist', 'author', 'writer', 'columnist', 'jr',
  // Offices of courts, councils, police and churches (Wikipedia, "English honorifics" and
  // "Judiciary of England and Wales"), and the playing positions of TEAM_ROLES that news writes
  // capitalised before a player ("Goalkeeper Lee Tsz-kin", "Magistrate Joost van Zarn").
  'magistrate', 'councillor', 'councilor', 'coroner', 'sheriff', 'constable', 'superintendent',
  'principal', 'dean', 'provost', 'vicar', 'pastor', 'deacon', 'counsel', 'solicitor', 'barrister',
  'goalkeeper', 'defender', 'midfielder', 'winger', 'striker', 'fullback', 'quarterback', 'pitcher',
  'batsman', 'bowler', 'skipper', 'ruckman', 'flyhalf', 'fly-half', 'sprinter', 'coun', 'cllr',
  // Ranks of armies, navies and police forces that the list above lacks (Wikipedia, "Comparative
  // military ranks": "Brigadier Piet Vekster", "Commodore …"), and the advocate's title used before
  // a name in India, Scotland and South Africa ("Advocate Meera Vekan").
  'brigadier', 'commodore', 'ensign', 'constable', 'advocate',
  ...STYLES_OF_ADDRESS,
  // Honorifics of other cultures written before a name in English-language papers (Wikipedia,
  // "Honorifics" by culture: the West African pilgrim's "Alhaji"/"Alhaja"/"Hajia", the Gulf's
  // "Sheikha", Fiji's "Ratu", Malaysia's "Tun"), the Australian and New Zealand councillor's "Cr",
  // and a school's head ("Headteacher Ana Vekla").
  'alhaji', 'alhaja', 'hajia', 'sheikha', 'ratu', 'tun', 'cr', 'headteacher', 'headmaster', 'headmistress',
]);

/**
 * Titles that are also names or words in their own right, read as titles only before a given name
 * or a full name (entities.ts, splitRun): Singapore's and Malaysia's "Madam" ("Madam Vek Soo Lin";
 * "Madam Tussauds" is a business), the Irish police rank "Garda" ("Garda Ana Vekla told the court";
 * "a Garda spokesman", "the Garda National Bureau"), and Nigerian rulers' "Igwe" and "Oba", which are
 * also surnames ("Igwe told reporters").
 */
export const NAME_BOUND_TITLES = new Set(['madam', 'garda', 'igwe', 'oba']);

/**
 * The title words that end a title naming a person's office ("Chief Executive", "Club Chairman",
 * "Goalkeeper"): a name right after one is a person. Portfolio and modifier words ("Health",
 * "Former", "House", "Press") end no such title.
 */
export const OFFICE_TITLES = new Set([
  'executive', 'officer', 'coach', 'manager', 'captain', 'inspector', 'detective', 'agent', 'analyst',
  'economist', 'author', 'writer', 'columnist', 'leader', 'attorney', 'candidate', 'nominee',
  'commander', 'marshal', 'chair', 'chairperson', 'founder', 'magistrate', 'councillor', 'councilor',
  'coroner', 'sheriff', 'constable', 'superintendent', 'principal', 'dean', 'provost', 'vicar',
  'pastor', 'deacon', 'counsel', 'solicitor', 'barrister', 'goalkeeper', 'defender', 'midfielder',
  'winger', 'striker', 'fullback', 'quarterback', 'pitcher', 'batsman', 'bowler', 'skipper', 'ruckman',
  'professor', 'prof', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'chancellor', 'premier',
  'judge', 'justice', 'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'president', 'ceo', 'cfo', 'coo',
  'colonel', 'major', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'general', 'bishop', 'archbishop',
  'cardinal', 'rabbi', 'imam', 'reverend', 'congressman', 'congresswoman', 'representative',
  'brigadier', 'commodore', 'advocate',
  ...STYLES_OF_ADDRESS,
]);

/** Title words that on their own already mark a person ("Mr.", "President"). */
export const STRONG_PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'president', 'minister', 'secretary',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'sen', 'senator', 'rep', 'gov',
  'governor', 'mayor', 'gen', 'general', 'judge', 'pope', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'ceo', 'chairman', 'chairwoman', 'adviser', 'advisor', 'lt', 'col', 'capt', 'adm',
  'sgt', 'rev', 'commissioner', 'director', 'lord', 'lady', 'sheikh', 'emperor',
  // Honorifics of Indonesian and Malay (Wikipedia, "Indonesian honorifics", "Malay styles and titles"): "Ibu Vekrati".
  'ibu', 'bu', 'bapak', 'pak', 'datuk', 'dato', 'tan sri', 'encik', 'puan',
  // Honorifics that only a person bears (see PERSON_TITLES): "Cr Vekla-Nkosi", "Alhaja …", "Ratu …".
  'cr', 'cllr', 'alhaji', 'alhaja', 'hajia', 'sheikha', 'ratu', 'kgosi', 'kgosigadi', 'inkosi',
  // Burmese honorifics (see PERSON_TITLES): "U Vek Tun", "Daw Aye Vek".
  'u', 'daw',
]);

/**
 * Shops, eateries and works, whose names close on the kind of business ("Vekla Bakery", "Tolvane's
 * Pharmacy", "Orvek Dairy", "the Tolvik Clam Nursery"): OpenStreetMap's shop=*, amenity=* and
 * craft=* values for businesses that trade under a name.
 */
export const SHOP_HEADS = new Set(['bakery', 'bakeries', 'cafe', 'café', 'restaurant', 'pub', 'diner', 'grill', 'bistro', 'tavern', 'brewery', 'deli', 'pharmacy', 'salon', 'garage', 'butchers', 'supermarket', 'supermarkets',
  'dairy', 'creamery', 'distillery', 'winery', 'sawmill', 'nursery', 'hatchery', 'tannery', 'foundry', 'cannery', 'bookshop', 'bookstore', 'boutique', 'bottlers', 'roastery']);

/**
 * Industry words that end company names ("Veklund Shipping", "Tarrow Water", "Vekla Aviation"); part
 * of ORGANIZATION_HEADS. Before "and" inside a name they are a portfolio, not the end of a first body
 * ("the Rural Water and Sanitation Agency" is one body, "the Vekla Society and Tolby Trust" two).
 */
export const INDUSTRY_HEADS = new Set([
  // From the industry names of the Global Industry Classification Standard (GICS, MSCI and S&P), and
  // the names newspapers and stations take ("The Tolvik Ledger", "Vekla FM").
  'wire', 'newswire', 'shipping', 'logistics', 'utilities', 'water', 'aviation', 'health', 'healthcare', 'pharma', 'energy',
  'biotech', 'mining', 'metals', 'chemicals', 'cement', 'materials', 'construction', 'engineering', 'retail',
  'apparel', 'textiles', 'beverages', 'brewery', 'brewing', 'tobacco', 'realty', 'properties',
  'reit', 'leasing', 'lending', 'investments', 'asset', 'assets', 'advisors', 'advisers',
  'telecoms', 'wireless', 'cable', 'semiconductors', 'solar', 'renewables', 'oil', 'gas', 'power',
  'electric', 'flooring', 'furniture', 'hotels', 'resorts', 'leisure', 'gaming', 'publishing',
  // GICS's "Transportation" industry group and its "Rail Transportation" ("Vekla Transport", British
  // for transportation; "Tolbeg Railway", the singular of "railways"), and OpenStreetMap's
  // man_made=works, a factory ("the Tolvane Cognac Works").
  'transportation', 'transport', 'railway', 'works',
  // GICS's "Research & Consulting Services" and "Data Processing" names ("Vekla Research", "Tolby Analytics").
  'research', 'consulting', 'consultancy', 'consultants', 'analytics', 'survey',
]);

/**
 * Trading houses and fertiliser and petrochemical makers, after the GICS sub-industries "Trading Companies &
 * Distributors" and "Fertilizers & Agricultural Chemicals" and the petrochemicals of "Commodity Chemicals"
 * ("Tolvane Trading", "Vekla Fertiliser", "Orsund Petrochemical"); and coffee merchants and roasters,
 * OpenStreetMap's shop=coffee ("Tolby Highland Coffee"; not shop=tea: "Earl Grey Tea" is a blend).
 * Part of ORGANIZATION_HEADS; not in INDUSTRY_HEADS, which go on through "and": "Vekla Coffee and Tolby
 * Trading" are two firms. Each is also the trade or the commodity itself, so it closes a firm's name only
 * where it is no noun modifier ("Peru coffee exports", "Sunday trading laws"): see `isCommodityModifier`.
 */
export const COMMODITY_HEADS = new Set(['trading', 'fertiliser', 'fertilisers', 'fertilizer', 'fertilizers', 'petrochemical', 'petrochemicals', 'coffee']);

/** The head word of an organisation's name ("Ministry of Defence", "Labour Party", "ZDF TV"). */
export const ORGANIZATION_HEADS = new Set([
  'ministry', 'council', 'party', 'tv', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc',
  'plc', 'gmbh', 'ag', 'sa', 'group', 'university', 'college', 'institute', 'agency', 'bank', 'army',
  'navy', 'forces', 'force', 'committee', 'commission', 'department', 'parliament', 'assembly',
  'congress', 'senate', 'court', 'association', 'federation', 'confederation', 'union', 'league', 'foundation',
  'fund', 'organization', 'organisation', 'times', 'post', 'news', 'press', 'network', 'club',
  'bureau', 'service', 'services', 'authority', 'administration', 'guard', 'police', 'church', 'diocese', 'archdiocese',
  'airlines', 'airways', 'motors', 'systems', 'technologies', 'labs', 'media', 'board', 'office',
  'cabinet', 'government', 'house', 'parliament', 'agency',
  'alliance', 'coalition', 'movement', 'front', 'brigade', 'battalion', 'regiment', 'corps',
  'team', 'fc', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'broadcasting',
  'broadcaster', 'radio', 'studios', 'pictures', 'records', 'entertainment', 'holdings',
  'industries', 'enterprises', 'partners', 'capital', 'securities', 'exchange', 'hospital',
  'school', 'academy', 'museum', 'library', 'society', 'centre', 'center', 'council', 'secretariat',
  'directorate', 'command', 'staff', 'unit', 'squad', ...SHOP_HEADS, 'computer', 'computers', 'electronics', 'software',
  'pharmaceuticals', 'petroleum', 'steel', 'foods', 'communications', 'telecom', 'automotive',
  'aerospace', 'insurance', 'financial', 'bancorp', 'semiconductor', 'robotics', 'energies',
  'brothers', 'bros', 'mutual', 'trust', 'airline', 'railways', 'railroad', 'telecommunications',
  ...INDUSTRY_HEADS,
  // Motor-racing and cycling teams ("Vekla Racing"); standing bodies called forums ("Vekla Human Rights Forum").
  'racing', 'forum',
  ...COMMODITY_HEADS,
  // "group" in French, German, Italian and Spanish or Portuguese (Wiktionary's translation table of "group",
  // sense "company"), which close a firm's name as the English word does ("Duvane Groupe", "Vekler Gruppe");
  // and "Holding", a holding company's last word in many languages' firm names ("Tolvaro Holding").
  'groupe', 'gruppe', 'gruppo', 'grupo', 'holding',
  // Inspectorates ("the Schools Inspectorate") and emergency services named for civil defence
  // ("Civil Defence declared an emergency").
  'inspectorate', 'defence', 'defense',
  // Chambers of commerce and of parliaments ("the Vekla Chamber of Commerce", "the Chamber of Deputies"),
  // and bodies of members ("the Tolvik Nurses' Guild", "the Vekla Growers' Cooperative").
  'chamber', 'guild', 'cooperative', 'co-operative', 'collective', 'syndicate', 'consortium',
  // A partnership of bodies, a commodities broker (GICS "Commodity Chemicals"/trading houses), a food bank
  // (OpenStreetMap social_facility=food_bank: "the Vekla Food Pantry"), US schools' booster clubs, and
  // East Africa's savings and credit co-operatives ("Tolbeg Sacco").
  'partnership', 'commodities', 'pantry', 'boosters', 'sacco',
  // Unions in German, Dutch and the Nordic languages ("Transport und Paket Gewerkschaft").
  'gewerkschaft', 'vakbond', 'fagforbund', 'fackförbund', 'ammattiliitto',
  // GICS "Tires & Rubber" ("Vekla Tyres").
  'tyres', 'tires',
  // Shops and eateries that end a small business's name (OpenStreetMap's shop and amenity values:
  // "Golden Vekla Bakery", "Tolby Diner"), and a finance ministry called a treasury ("the National Treasury").
  'bakery', 'bakeries', 'diner', 'cafe', 'café', 'restaurant', 'bistro', 'eatery', 'pizzeria', 'deli', 'pharmacy', 'chemist', 'butchers', 'butchery', 'bookshop', 'bookstore', 'supermarket', 'grocers', 'salon', 'boutique', 'treasury',
  // Words ending Japanese companies' names in romaji ("Vekla Denki", "Tolva Kogyo", "Kanra Shoji").
  'denki', 'kogyo', 'shoji', 'sangyo', 'seiyaku', 'ginko', 'kaisha', 'jidosha', 'tsushin', 'kensetsu', 'denryoku', 'tekko', 'shoken', 'seimei', 'kaiun', 'jukogyo',
  // Institutes and universities in Nordic, Dutch and German names ("Tolvik Institutet", "Vekla Universiteit").
  'institutet', 'instituut', 'institut', 'universitet', 'universiteit', 'universität', 'hochschule', 'akademie', 'högskola',
  'bourse', 'ledger', 'courier', 'chronicle', 'observer', 'standard', 'mirror', 'express', 'fm',
  // More words newspapers take as titles (Wikipedia's "List of newspapers" by country, the common
  // title words after a town's name): "The Vekla Advertiser", "the Kestrel Clarion" (not "Echo": "Amazon Echo" is a product).
  // ("Sentinel", "Mercury" and "Messenger" are surnames, a planet and products too: entities.ts types
  // them only after a word no given name opens.)
  'advertiser', 'clarion', 'examiner', 'argus', 'dispatch', 'despatch', 'enquirer',
  'inquirer', 'gleaner', 'intelligencer', 'zeitung', 'gazeta',
  // Words that end the names of sports clubs: "Easton Rovers", "Northport Athletic".
  'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'united', 'hotspur', 'afc',
]);

/** Head words of geographic names ("Black Sea", "Kursk Region", "Gulf of Mexico"). */
export const PLACE_HEADS = new Set([
  'sea', 'ocean', 'river', 'lake', 'mountain', 'mountains', 'mount', 'mt', 'island', 'islands',
  'gulf', 'bay', 'strait', 'straits', 'isles', 'valley', 'desert', 'peninsula', 'street', 'avenue', 'road',
  // Rivers named with the South Asian word for a river ("the Kelani Ganga", "the Mahaweli Ganga"; Wikipedia,
  // "List of rivers of Sri Lanka"; "Oya" for a stream is also a Japanese surname, so left out).
  'ganga',
  // Inlets and moorland ("Puget Sound", "the Vekla Sounds", "the North York Moors").
  'sound', 'sounds', 'fjord', 'moors',
  'square', 'province', 'region', 'oblast', 'county', 'city', 'district', 'state', 'territory',
  // Named roads ("the Monash Freeway", "Ocean Parkway").
  'freeway', 'highway', 'motorway', 'expressway', 'parkway', 'boulevard', 'tollway', 'turnpike',
  'coast', 'border', 'canal', 'channel', 'plain', 'plateau', 'basin', 'harbor', 'harbour', 'port',
  'airport', 'station', 'bridge', 'park', 'forest', 'hills', 'heights', 'village', 'town', 'krai',
  'republic', 'kingdom', 'emirates', 'states', 'east', 'west', 'north', 'south',
  // Landforms and waters from the GeoNames feature codes (classes T and H, geonames.org/export/codes.html)
  // that head names in English ("Vekla Peak", "Tolbeg Glacier", "Cape Vekla", "Orvek Falls"); not
  // those that are also common English surnames ("Hill", "Marsh", "Lane", "Beach", "Ridge").
  'peak', 'glacier', 'volcano', 'cape', 'falls', 'reef', 'creek', 'gorge', 'canyon',
  'lagoon', 'atoll', 'cove', 'estuary', 'swamp', 'reservoir', 'crater', 'cliffs',
  'dunes', 'wetlands', 'waterfall',
]);

/**
 * Category names of administrative divisions (ISO 3166-2's subdivision categories, in English),
 * which close a place's name and no person's: "Randall County", "Vernon City", "Grant Parish".
 */
export const ADMINISTRATIVE_HEADS = new Set([
  'county', 'city', 'province', 'district', 'township', 'borough', 'parish', 'prefecture', 'municipality',
  'governorate', 'oblast', 'canton', 'region', 'territory', 'shire', 'krai', 'okrug', 'voivodeship',
]);

/** "St", "St.", "Saint", "Ste": the word (a token's lower-case `normal`) that opens a saint's name. */
export const SAINT = /^(?:st|saint|ste)\.?$/u;

/** Words that start a geographic name ("Gulf of", "Mount", "Lake"). */
export const PLACE_PREFIXES = new Set(['gulf', 'mount', 'mt', 'lake', 'cape', 'isle', 'port', 'fort', 'saint', 'san', 'santa', 'new']);

/**
 * Other languages' words for an island, a cape, a bay, a lake, a mountain, a hill, a point, a beach, a
 * valley, a village, a river, a strait, a port, and "new", that open a place's name ("Pulau Vekla",
 * "Cap Tolby", "Nieuw Vekby"): Wiktionary's translation tables of those English words in Malay and
 * Indonesian, French, Spanish, Portuguese, Italian, Dutch and Arabic. Not those that are given names
 * or common surnames too ("Isla", "Costa", "Monte", "Serra", "Porto").
 */
export const FOREIGN_PLACE_OPENERS = new Set([
  'pulau', 'nusa', 'tanjung', 'teluk', 'danau', 'gunung', 'bukit', 'kampung', 'sungai', 'selat',
  'île', 'ile', 'cap', 'baie', 'lac', 'pointe', 'nouvelle', 'ilha', 'cabo', 'bahía', 'bahia', 'baía', 'baia',
  'lago', 'punta', 'ponta', 'playa', 'praia', 'puerto', 'isola', 'nueva', 'nuevo', 'nieuw', 'jebel', 'jabal', 'wadi',
  // The Spanish words of the same tables for a (border or mountain) pass, a hill, a lagoon and a river
  // ("Paso Tolvas", "Cerro Vekla", "Laguna Tolva", "Río Vekla"; not "Rio", a given name too).
  'paso', 'cerro', 'laguna', 'río',
]);

/** Heads that take an "of" complement inside a name ("Bank of England", "Secretary of State"). */
export const OF_HEADS = new Set([
  'ministry', 'department', 'university', 'bank', 'council', 'office', 'board', 'institute',
  'republic', 'kingdom', 'union', 'league', 'court', 'bureau', 'church', 'museum', 'federation',
  'association', 'organization', 'academy', 'commission', 'committee', 'agency', 'house', 'chamber',
  'college', 'school', 'secretary', 'gulf', 'sea', 'isle', 'cape', 'bay', 'strait', 'city',
  'state', 'states', 'people', 'governor', 'duke', 'prince', 'minister', 'chief', 'sea', 'straits',
  'contract', 'declaration', 'treaty', 'battle', 'statue', 'tower', 'palace', 'cathedral',
  'center', 'centre', 'campaign', 'alliance', 'coalition', 'fund', 'partnership', 'program',
  'programme', 'initiative', 'foundation', 'institute', 'society', 'party', 'front', 'movement',
  // Offices named by their holder ("Registrar of Companies", "Comptroller of the Currency").
  'registrar', 'comptroller', 'ombudsman',
  // Journals name their field after "of" ("Journal of Vekla Studies"); stock exchanges their country
  // ("the Stock Exchange of Mauritius").
  'journal', 'exchange',
  // Prizes name what they reward ("the Vekla Prize for Fiction", "the Tolvane Medal of Valour").
  'prize', 'award', 'medal',
  // Regulators and employers' bodies name their field or country ("the Monetary Authority of
  // Vekland", "the Confederation of Vekish Industry"); orders of chivalry their merit ("the Order of Merit").
  'authority', 'confederation', 'order',
  // A church's dioceses name their see ("the Diocese of Tolbeg", "the Archdiocese of Vekmoor").
  'diocese', 'archdiocese',
  // Governments and their public services name the country they serve after "of" ("the Government
  // of Tolvia", "the Meteorological Service of Vekland"); a capitalised head only, so a lower-case
  // "the government of Portugal" stays a place. ("Municipality", "Region", "Province" join as well
  // but are then typed as places where a body is meant: left out.)
  'government', 'service',
  // A stage race names the land it crosses ("the Tour of Vekland", typed as an event in classify), a
  // point of land its name ("the Point of Tolvay", a place there).
  'tour', 'point',
]);

/** Connectors inside names after an OF_HEAD: "Bank of England", "Center for Disease Control". */
export const NAME_CONNECTORS = new Set(['of', 'for']);

/**
 * Prepositions of location: an unknown one-word name after one is a place ("destroyed homes in Bucha").
 * "At" and "from" joined in stop 26 ("At Tolvane, residents said", "launched from Vekby, starting in
 * May"): measured on the figures-only blind halves, mean entity F1 .871 → .878; "to", "of", "via"
 * and verbs of motion ("visited", "left") were tried and moved nothing there. "On" (an island, a
 * street, a mountain: "fires on Tolvanda") moved no figures-only half either but six development
 * names, all right, once a medium after a verb of posting or telling is left out ("posted on X").
 */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on', 'near', 'outside', 'across', 'into', 'throughout', 'toward', 'towards', 'inside', 'through']);

/**
 * Kickers: the label a newsroom sets before a story's first words to say what kind of story it is
 * ("ANALYSIS —", "OPINION:", "EXCLUSIVE -", "WATCH:"), from the story-type labels of the Reuters and
 * AP wires (ANALYSIS, EXCLUSIVE, FACTBOX, EXPLAINER, INSIGHT, UPDATE, WRAPUP) and the kicker and
 * section labels newsroom glossaries give (opinion, editorial, obituary, review, watch, listen).
 * Lower case, words joined by one space.
 */
export const KICKER_WORDS = new Set([
  'analysis', 'opinion', 'exclusive', 'watch', 'listen', 'editorial', 'comment', 'commentary', 'explainer',
  'factbox', 'fact check', 'insight', 'interview', 'obituary', 'review', 'preview', 'update', 'updated',
  'breaking', 'breaking news', 'live', 'correction', 'clarification', 'feature', 'profile', 'column',
  'photos', 'video', 'podcast', 'wrapup', 'viewpoint', 'perspective', 'essay', 'satire', 'sponsored',
]);

/** The four cardinal points of the compass, the base of the compass lists below. */
const CARDINAL_POINTS = ['north', 'south', 'east', 'west'];
/** The points of the compass as nouns and their hyphenated or joined combinations ("south side", "north-east end"). */
export const COMPASS_POINTS = new Set([...CARDINAL_POINTS, 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** The cardinal points in German, French, Dutch and the Nordic languages, which open European names ("Nord-Ost", "Sud-Est"). */
export const FOREIGN_COMPASS_POINTS = new Set(['nord', 'sud', 'süd', 'ost', 'est', 'ouest', 'noord', 'zuid', 'oost', 'norr', 'syd', 'öst', 'väst', 'vest', 'øst']);
/** Words that open a place's name as a part of a larger one ("North Tolbeg", "Upper Vekmoor", "Greater Tolvik"). */
export const COMPASS_WORDS = new Set([...CARDINAL_POINTS, 'upper', 'lower', 'greater']);

/** Direction adjectives that qualify a place name without being part of it ("southern Krasnodar"). */
export const DIRECTION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Connectors that may stand inside a multi-word name after an OF_HEAD or in surnames. */
// ("Rio Grande do Sul", "Mato Grosso do Sul": Portuguese contracts "de o" to "do".)
// ("Mariam bint Khalid", "Kamau wa Vekiri": Arabic "bint"/"binti" (daughter of) and Kikuyu "wa" (of).)
// ("Gruffydd ap Gwilym": Welsh "ap", son of.)
// ("Zain ul Vekla": Urdu "ul", of the, written apart.)
// ("Rentap anak Lasavek": Iban and Malay "anak", child of, as Sarawak names a person by the father's.)
// ("Union des Travailleurs du Bois": French "des", of the (plural), as "du" is of the (singular).)
// ("Giulia della Rovere", "Karl zu Velden", "Sverre af Tolvik", "Pieter ter Vekla": the rest are the
// surname prefixes of python-nameparser's published PREFIXES list (nameparser/config/prefixes.py) that are
// no English word, so a lower-case one between two capitalised words cannot be ordinary text; its
// English-word members ("bar", "bat", "op", "san", "te") and titles ("freiherr") stay out.)
export const NAME_PARTICLES = new Set(['de', 'des', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'du', 'dos', 'das', 'do', 'bint', 'binti', 'wa', 'ap', 'ul', 'anak',
  'della', 'degli', 'delle', 'dello', 'dela', 'dí', 'ter', 'vom', 'dem', 'zu', 'af', 'av', 'aan', 'aen', 'vande', 'vander']);

/** An acronym as written: "NATO", "U.S.", "UAW". */
export function isAcronymText(text: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(text);
}

/** Abbreviations whose dot ends no sentence ("Mr.", "Gen.", initials). */
export const DOTTED_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Coun|Cllr|Supt|Insp|Det|Sgt|Cpl|Capt|Prof|\p{Lu}|\p{Ll}\.\p{Ll})$/u;

/** Acronyms of countries: places, not organisations. */
export const COUNTRY_ACRONYMS = new Set(['us', 'usa', 'uk', 'uae', 'ussr', 'drc', 'prc', 'rok', 'dprk', 'gb']);

/** Capitalised words that are not names (sentence-initial or headline words compromise mis-tags). */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'if', 'in', 'on', 'at', 'by', 'for', 'to',
  'of', 'with', 'as', 'after', 'before', 'despite', 'during', 'since', 'until', 'while', 'when',
  'where', 'what', 'who', 'why', 'how', 'this', 'that', 'these', 'those', 'there', 'here', 'it',
  'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'some',
  'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'still', 'however', 'meanwhile',
  'also', 'later', 'earlier', 'instead', 'subsequently', 'according', 'mr', 'mrs', 'ms', 'dr', 'just', 'much',
  'one', 'two', 'three', 'several', 'few', 'other', 'another', 'such', 'any', 'under', 'over',
  'among', 'about', 'against', 'from', 'into', 'through', 'between', 'within', 'without', 'like',
  'unlike', 'because', 'although', 'though', 'whether', 'then', 'now', 'today', 'yesterday',
  'tomorrow', 'last', 'next', 'first', 'second', 'third', 'more', 'less', 'even', 'only',
  'god', 'breaking', 'update', 'updated', 'read', 'more', 'photo',
  'video', 'advertisement', 'share', 'related', 'ok', 'yes', 'please', 'thank', 'thanks',
]);

/** Words that complete a title after "of" ("Secretary of State", "Minister of Foreign Affairs"). */
export const TITLE_COMPLEMENTS = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'justice', 'health', 'education', 'transport',
  'transportation', 'agriculture', 'labor', 'labour', 'commerce', 'treasury', 'energy', 'interior',
  'finance', 'staff', 'homeland', 'security', 'veterans', 'housing', 'the', 'economy', 'trade',
]);

/** Verbs that report speech or writing, in the forms news uses. */
export const REPORTING_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote',
  'writing', 'written', 'post', 'posts', 'posted', 'posting', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'stating', 'ask', 'asks', 'asked', 'reply', 'replies', 'replied',
  'announce', 'announces', 'announced', 'explain', 'explains', 'explained', 'note', 'notes', 'noted',
  'declare', 'declares', 'declared', 'insist', 'insists', 'insisted', 'warn', 'warns', 'warned',
  'tweet', 'tweets', 'tweeted', 'describe', 'describes', 'described', 'describing', 'call', 'calls',
  'called', 'calling', 'continue', 'continued', 'argue', 'argues', 'argued', 'claim', 'claims',
  'claimed', 'acknowledge', 'acknowledged', 'suggest', 'suggested', 'urge', 'urged', 'recall',
  'recalled', 'remark', 'remarked', 'comment', 'commented', 'respond', 'responded', 'concede',
  'conceded', 'admit', 'admitted', 'reiterate', 'reiterated', 'pledge', 'pledged', 'promise',
  'promised', 'confirm', 'confirmed', 'deny', 'denied', 'predict', 'predicted', 'estimate',
  'estimated', 'assert', 'asserted', 'stress', 'stressed', 'emphasize', 'emphasized', 'observe',
  'observed', 'quip', 'quipped', 'shout', 'shouted', 'tell', 'testify', 'testified', 'vow', 'vowed',
  'boast', 'boasted', 'complain', 'complained', 'joke', 'joked', 'answer', 'answered', 'counter',
  'countered', 'conclude', 'concluded', 'thank', 'thanked', 'characterize', 'characterized',
  'report', 'reported', 'reports',
]);

/** The plain reporting verbs: when a sentence has several cues, these frame the quote ("X said that after Y asked, …"). */
export const CORE_REPORTING_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote',
  'writing', 'post', 'posts', 'posted', 'posting', 'add', 'adds', 'added', 'adding', 'state', 'states',
  'stated', 'stating', 'tweet', 'tweeted', 'announce', 'announced', 'announces', 'declare', 'declared',
  'explain', 'explained',
]);

/**
 * Nouns of saying owned by the speaker: "the White House's statement that it had “moved beyond”".
 * ("answer", "reply", "response": the nouns of the reporting verbs answer, reply and respond of
 * reporting-verbs.json's list: "Her answer: “Never.”")
 */
export const REPORTING_NOUNS = new Set([
  'statement', 'statements', 'announcement', 'remarks', 'comments', 'post', 'message', 'tweet',
  'letter', 'interview', 'assurances', 'assurance', 'claim', 'claims', 'words', 'promise', 'promises',
  'pledge', 'warning', 'speech', 'address', 'testimony', 'op-ed', 'column', 'characterization',
  'description', 'argument', 'verdict', 'view', 'account', 'answer', 'reply', 'response',
]);

/**
 * Verbs of a gesture or a sound that goes with speech, in their finite forms: Levin's (1993)
 * "Verbs of Nonverbal Expression" (40.2) and "Wink verbs" (40.3.1), with "add" and "pause".
 * "Tomas Korvane, a volunteer, nodded." ⏎ “…”: the quote after such a sentence is the person's answer.
 */
export const GESTURE_VERBS = new Set([
  'nod', 'nods', 'nodded', 'shrug', 'shrugs', 'shrugged', 'smile', 'smiles', 'smiled', 'laugh', 'laughs',
  'laughed', 'grin', 'grins', 'grinned', 'sigh', 'sighs', 'sighed', 'frown', 'frowns', 'frowned',
  'chuckle', 'chuckles', 'chuckled', 'wince', 'winces', 'winced', 'grimace', 'grimaces', 'grimaced',
  'scowl', 'scowls', 'scowled', 'beam', 'beams', 'beamed', 'groan', 'groans', 'groaned', 'sneer',
  'sneers', 'sneered', 'snort', 'snorts', 'snorted', 'smirk', 'smirks', 'smirked', 'gasp', 'gasps',
  'gasped', 'wink', 'winks', 'winked', 'wave', 'waves', 'waved', 'point', 'points', 'pointed', 'blink',
  'blinks', 'blinked', 'add', 'adds', 'added', 'pause', 'pauses', 'paused',
]);

/**
 * Verbs of the manner of speaking, as lemmas: Levin's (1993) "Manner of Speaking Verbs" (37.3), with
 * "plead" and "read" (aloud). "Ana Vekla heard Tomas Korvane yelling: “…”": words after one of these
 * in -ing, not after "arriving" or "smiling", are the voice of the one heard.
 */
export const MANNER_OF_SPEAKING_VERBS = [
  'babble', 'bark', 'bawl', 'bellow', 'bleat', 'bluster', 'boom', 'bray', 'burble', 'cackle', 'call',
  'carol', 'chant', 'chatter', 'chirp', 'cluck', 'coo', 'croak', 'croon', 'crow', 'cry', 'drawl',
  'drone', 'gabble', 'gibber', 'groan', 'growl', 'grumble', 'grunt', 'hiss', 'holler', 'hoot', 'howl',
  'jabber', 'lilt', 'lisp', 'moan', 'mumble', 'murmur', 'mutter', 'purr', 'rage', 'rasp', 'roar',
  'rumble', 'scream', 'screech', 'shout', 'shriek', 'sing', 'snap', 'snarl', 'splutter', 'squall',
  'squawk', 'squeak', 'squeal', 'stammer', 'stutter', 'thunder', 'trill', 'trumpet', 'wail', 'warble',
  'wheeze', 'whimper', 'whine', 'whisper', 'whistle', 'whoop', 'yammer', 'yap', 'yell', 'yelp', 'yodel',
  'plead', 'read',
];

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** A kinship noun: the gender it says (null: either) and, for the relations the speaker rules read both ways, its inverse relations. */
export interface Kin {
  gender: 'female' | 'male' | null;
  inverse?: readonly string[];
}
const PARENTS = ['father', 'mother', 'dad', 'mum', 'mom', 'parent'];
const CHILDREN = ['son', 'daughter', 'child'];
/**
 * Kinship nouns (English terms of the family, with the widowed, the engaged and steps): the entity
 * rules read the name after one as a person's ("his daughter Ana"), the speaker rules read a
 * relation back (if Kadia is his daughter, he is her father) and the gender a noun says.
 */
export const KINSHIP: ReadonlyMap<string, Kin> = new Map<string, Kin>([
  ...PARENTS.map((w): [string, Kin] => [w, { gender: /^(?:father|dad)$/u.test(w) ? 'male' : w === 'parent' ? null : 'female', inverse: CHILDREN }]),
  ...CHILDREN.map((w): [string, Kin] => [w, { gender: w === 'son' ? 'male' : w === 'child' ? null : 'female', inverse: PARENTS }]),
  ['husband', { gender: 'male', inverse: ['wife'] }], ['wife', { gender: 'female', inverse: ['husband'] }],
  ['brother', { gender: 'male', inverse: ['brother', 'sister'] }], ['sister', { gender: 'female', inverse: ['brother', 'sister'] }],
  ...['grandfather', 'grandmother'].map((w): [string, Kin] => [w, { gender: w === 'grandfather' ? 'male' : 'female', inverse: ['grandson', 'granddaughter', 'grandchild'] }]),
  ...['grandson', 'granddaughter', 'grandchild'].map((w): [string, Kin] => [w, { gender: w === 'grandson' ? 'male' : w === 'grandchild' ? null : 'female', inverse: ['grandfather', 'grandmother'] }]),
  ['uncle', { gender: 'male', inverse: ['nephew', 'niece'] }], ['aunt', { gender: 'female', inverse: ['nephew', 'niece'] }],
  ['nephew', { gender: 'male', inverse: ['uncle', 'aunt'] }], ['niece', { gender: 'female', inverse: ['uncle', 'aunt'] }],
  ['cousin', { gender: null }], ['partner', { gender: null }],
  ['widow', { gender: 'female' }], ['widower', { gender: 'male' }], ['fiancée', { gender: 'female' }], ['fiancé', { gender: 'male' }],
  ['stepson', { gender: 'male' }], ['stepdaughter', { gender: 'female' }], ['stepfather', { gender: 'male' }], ['stepmother', { gender: 'female' }],
]);
/** Kinship nouns that are words of business too: "its parent, Vekair Holdings", "a partner firm", "a child company". */
export const BUSINESS_KIN = new Set(['parent', 'child', 'partner']);

/** Nouns that describe a speaker without naming one ("the spokesman", "the Ukrainian leader"). */
export const PERSON_DESCRIPTIONS = new Set([
  'president', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'official',
  'secretary', 'chancellor', 'premier', 'senator', 'governor', 'mayor', 'general', 'ambassador',
  'adviser', 'advisor', 'diplomat', 'chief', 'ceo', 'chairman', 'head', 'counterpart', 'envoy',
  'commander', 'officer', 'man', 'woman', 'lawmaker', 'politician', 'analyst', 'expert', 'lawyer',
]);
export const BODY_DESCRIPTIONS = new Set([
  'statement', 'ministry', 'government', 'company', 'agency', 'office', 'department', 'council',
  'administration', 'report', 'post', 'release', 'firm', 'group', 'court', 'party', 'committee',
  // Kinds of body a story introduces a name with ("the regulator X", "X, a cooperative"); as a
  // description they name a body only one introduced with that noun (attribution/coreference.ts).
  'regulator', 'watchdog', 'cooperative', 'union', 'charity', 'insurer', 'lender',
]);

/** Organisation heads that outrank a first name ("Tom Press" is a person, "Jim Beam Inc." is not). */
export const STRONG_ORGANIZATION_HEADS = new Set([
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'group', 'ministry',
  'party', 'university', 'institute', 'agency', 'bank', 'council', 'committee', 'commission',
  'department', 'parliament', 'association', 'federation', 'confederation', 'foundation', 'organization',
  'organisation', 'union', 'league', 'court', 'authority', 'administration', 'police', 'army', 'navy',
  'airlines', 'motors', 'tv', 'bureau', 'senate', 'congress', 'assembly', 'holdings', 'industries',
  'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'united', 'hotspur', 'fc', 'afc',
  // "Swiss Re", "Hannover Re": reinsurers close their names with "Re".
  're',
  // Legal-entity abbreviations that close company names (Wikipedia, "List of legal entity types by
  // country"): "Fiat Group SpA", "Vekla Oyj", "Zarnia Pty".
  'spa', 'srl', 'nv', 'bv', 'asa', 'oy', 'oyj', 'kk', 'pty', 'bhd', 'tbk', 'sarl', 'ltda', 'sas', 'sa', 'se', 'ab',
  // Industry words no surname takes (GICS, as ORGANIZATION_HEADS): "Morgan Vekemp Securities" is a firm
  // though "Morgan" is a given name.
  'securities', 'investments', 'technologies', 'pharmaceuticals', 'airways', 'logistics', 'enterprises', 'bancorp',
  // An investment firm's ("Al Vekla Capital Partners").
  'partners',
]);

/**
 * Industry words of ORGANIZATION_HEADS (GICS industry and sub-industry names, as INDUSTRY_HEADS) that
 * no surname takes, so that after a given name they still close a firm's name: "Grace Mining" and
 * "Isla Vekla Energy" are companies, where "Tom Press" may be a man. (Left out: industry words that are
 * English surnames too, as "Power", "Cable", "Steel" and "Waters" are, and the ones a person's name
 * rarely meets: "Water", "Gas", "Oil", "Solar".)
 */
export const SURNAMELESS_INDUSTRY_HEADS = new Set([
  'energy', 'energies', 'mining', 'metals', 'chemicals', 'petrochemicals', 'cement', 'materials', 'construction', 'engineering',
  'shipping', 'aviation', 'healthcare', 'pharma', 'biotech', 'utilities', 'telecoms', 'telecommunications', 'semiconductors',
  'renewables', 'textiles', 'apparel', 'beverages', 'properties', 'realty', 'transportation', 'brewing', 'publishing',
  'leasing', 'analytics', 'consulting', 'consultancy', 'petroleum', 'insurance', 'aerospace', 'automotive', 'electronics',
  'robotics', 'foods', 'fertilisers', 'fertilizers',
]);

/**
 * Words for a street or a square that open its name in other languages (as OpenStreetMap's street
 * names are written: "Calle Vekla", "Rua Tolbeg", "Jalan Vekla", "Lebuh Tolvane", "Piazza Vekla").
 */
export const STREET_OPENERS = new Set(['calle', 'carrer', 'avenida', 'rua', 'praça', 'plaza', 'rue', 'via', 'viale', 'piazza', 'largo', 'jalan', 'jl', 'lebuh', 'lorong', 'persiaran', 'lebuhraya', 'ulica', 'soi', 'thanon', 'duong', 'đường', 'phố', 'calea', 'strada', 'bulevar', 'boulevard']);

/**
 * Words for a church, a chapel, a cathedral, a hall, a centre, a museum or a theatre that open a
 * building's name in Portuguese, Spanish, Italian, French and Welsh, as "Estadio" opens a stadium's
 * ("Igreja Nossa Senhora da Vekla", "Iglesia de Tolvar", "Musée Vekla", "Neuadd Tolvek", "Canolfan
 * Vekla"): Wiktionary's translation tables of those English words. Left out: words that open firms'
 * names as often ("Casa", "Mercado", "Château", "Palacio") and Welsh "Capel", an English surname.
 */
export const BUILDING_OPENERS = new Set([
  // church, chapel, cathedral, basilica
  'igreja', 'iglesia', 'chiesa', 'église', 'eglise', 'eglwys', 'capela', 'capilla', 'cappella', 'chapelle',
  'catedral', 'cattedrale', 'cathédrale', 'basílica', 'basilique',
  // museum, theatre, hall, centre
  'museu', 'museo', 'musée', 'amgueddfa', 'teatro', 'théâtre', 'theatr', 'neuadd', 'canolfan',
]);

/**
 * Words that open the names of bodies in Spanish, Portuguese, Italian, French, German, Malay and
 * Indonesian, and banks named "Bank X" ("Banco Tolvira", "Grupo Vekla", "Comisión de …", "Universiti
 * Vekla"): the name is a body, not a person. The Malay and Indonesian words are the languages' own
 * words for university, company, shop, cooperative, foundation and council (Wiktionary).
 */
export const FOREIGN_BODY_OPENERS = new Set([
  // ("Bolsa Mexicana de Valores", "Borsa Italiana": stock exchanges.)
  'bolsa', 'borsa', 'banco', 'banca', 'banque', 'grupo', 'gruppo', 'groupe', 'gruppe', 'compañía', 'compania', 'companhia',
  'société', 'societe', 'sociedad', 'sociedade', 'società', 'industrias', 'comisión', 'comision', 'comissão',
  'ministerio', 'ministério', 'ministère', 'instituto', 'istituto', 'institut', 'universidad', 'universidade',
  'università', 'université', 'universität', 'fundación', 'fundação', 'fondazione', 'stiftung', 'empresa',
  // Unions and parties ("Sindicato Nacional dos …", "Partido Vekla").
  'sindicato', 'sindacato', 'syndicat', 'partido', 'partito', 'movimiento', 'movimento',
  // Associations, unions, federations, confederations and co-operatives in Spanish, Portuguese, Italian
  // and French (Wiktionary's translation tables of "association", "union", "federation",
  // "confederation", "cooperative"), and the political party in Thai and Indonesian/Malay romanisation
  // ("party": Thai พรรค, RTGS "phak"; "partai"): "Asociación Vekla", "Phak Ruam Tolvai".
  'asociación', 'asociacion', 'associação', 'associacao', 'associazione', 'unión', 'união', 'unione',
  'federación', 'federação', 'federazione', 'fédération', 'confederación', 'confederação', 'confederazione', 'confédération',
  'cooperativa', 'coopérative', 'phak', 'partai',
  'partido', 'partito', 'parti', 'tribunal', 'corte', 'consejo', 'conselho', 'consiglio', 'conseil',
  'agencia', 'agência', 'agenzia', 'agence', 'caja', 'caixa', 'cassa', 'deutsche', 'compagnie',
  // A workshop or design studio in French (Wiktionary, "atelier"): "Atelier Vekmoreau", "Ateliers de Tolby".
  'atelier', 'ateliers',
  // Malay and Indonesian: universities, banks, companies and shops ("Universiti Vekla", "Bank Rakyat Tolbeg",
  // "Perbadanan Vekla", "Kedai Kopi Vekla", "Toko Vekla").
  // "Bank Vekla", "Bank Tolbeg-Wielka": Polish, Indonesian, Malay and Israeli banks put the word first.
  'bank',
  'universiti', 'universitas', 'perbadanan', 'syarikat', 'kedai', 'toko', 'pt', 'koperasi', 'yayasan', 'majlis',
]);

/**
 * A team's players and staff: the positions of association football, rugby, cricket, basketball,
 * American football and baseball as Wikipedia's "Association football positions" and the other
 * sports' position articles list them, and the staff every club has. Right after a name
 * ("the Easton striker", "Easton coach Kojo Vekah") they make the name a club.
 */
export const TEAM_ROLES = new Set([
  'goalkeeper', 'keeper', 'goalie', 'defender', 'fullback', 'full-back', 'centre-back', 'center-back', 'sweeper',
  'midfielder', 'playmaker', 'winger', 'striker', 'forward', 'centre-forward', 'center-forward',
  'fly-half', 'scrum-half', 'hooker', 'prop', 'lock', 'flanker', 'batsman', 'batter', 'bowler', 'all-rounder',
  'wicketkeeper', 'wicket-keeper', 'opener', 'quarterback', 'linebacker', 'cornerback', 'receiver',
  'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder', 'point guard', 'centre', 'center',
  'coach', 'manager', 'captain', 'skipper', 'squad', 'fans', 'supporters', 'players', 'boss',
]);

/**
 * Roles in court and in negotiation that name the person after them ("his barrister, Ana Vek,",
 * "Tonga's delegate, Sione Tol,"): the legal professions of Wikipedia's "Lawyer" article and the
 * members of a delegation.
 */
export const LEGAL_AND_DIPLOMATIC_ROLES = new Set([
  // (Not "advocate", "negotiator" or "representative": bodies are those too, "the consumer advocate Public Citizen".)
  'barrister', 'solicitor', 'attorney', 'counsel', 'prosecutor', 'notary',
  'delegate', 'emissary', 'attaché', 'attache', 'consul',
]);

/** Team roles a person can have too ("her coach", "his manager", "the singer's fans"): only right after the name, never after a possessive. */
export const PERSONAL_TEAM_ROLES = new Set(['coach', 'manager', 'captain', 'fans', 'supporters', 'players', 'boss', 'receiver', 'opener', 'centre', 'center', 'prop', 'lock', 'forward', 'catcher']);

/** Corporate suffix abbreviations end a name: "Apple Inc. Steve Jobs" is two names. */
export const CORPORATE_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr']);

/** Titles a company gives: the name before them is the company ("Apple CEO Steve Jobs"). */
export const CORPORATE_TITLES = new Set([
  'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chairperson', 'founder', 'executive', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'manager', 'analyst', 'economist', 'head',
  'officer', 'boss', 'engineer', 'designer',
]);

/** Time-zone abbreviations: capitalised, never a name. */
export const TIME_ZONES = new Set([
  'utc', 'gmt', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'cet', 'cest', 'bst', 'ist',
  'jst', 'aest', 'aedt', 'msk', 'eet', 'eest', 'wet', 'hkt',
]);

/** Heads of names of events and occasions: typed `other` ("Worldwide Developers Conference", "New Year"). */
export const EVENT_HEADS = new Set([
  'year', 'day', 'eve', 'week', 'festival', 'games', 'olympics', 'cup', 'championship', 'championships',
  'conference', 'summit', 'expo', 'fair', 'show', 'election', 'elections', 'war', 'revolution',
  'awards', 'honours', 'honors', 'prize', 'congress', 'convention', 'tournament', 'series', 'marathon', 'act', 'bill',
  // Sporting events: "Vekla Valley Classic", "Tolvik Zone Trophy", "Copper Shield".
  'classic', 'trophy', 'shield', 'derby', 'rally', 'regatta', 'invitational', 'grand', 'prix', 'award',
  // ("Tickets for the Vekla XII Finals": a competition's last rounds, named as an event.)
  'finals',
  // Programmes, which the blind conventions type `other` ("the National Vekla Development Plan", "the Tolby Housing Scheme").
  // (Not "Programme" or "Initiative": UN agencies and think tanks take them, "the World Food Programme".)
  'plan', 'scheme',
  // Examinations: "the Basic Vekla Certificate Examination", "the Tolvane Entrance Exam".
  'examination', 'examinations', 'exam', 'exams',
]);

/**
 * Words that make a league or division a competition rather than a body ("Vekla Hockey League",
 * "Tolvane Super Division"): the sports of the Summer and Winter Olympic programmes and the
 * Commonwealth Games that are played in leagues (as Wikipedia's lists of them name the sports), other
 * sports with national leagues (Gaelic games, darts, snooker, chess), and the levels of play leagues
 * are named for. Possessives are compared without "'s" ("Juniors'" → "juniors").
 */
export const COMPETITION_WORDS = new Set([
  'football', 'soccer', 'rugby', 'cricket', 'hockey', 'handball', 'basketball', 'netball', 'baseball',
  'softball', 'volleyball', 'lacrosse', 'hurling', 'camogie', 'gaelic', 'futsal', 'polo',
  'tennis', 'badminton', 'squash', 'bowls', 'darts', 'snooker', 'golf', 'curling',
  'kabaddi', 'esports', 'chess', 'bandy', 'floorball', 'korfball',
  // Levels of play no political wing or police unit takes ("ANC Youth League", "the Women's League
  // of a party", "the Elite Police Division" are bodies, so "youth", "women", "men", "elite" are left out).
  'premier', 'super', 'junior', 'juniors', 'senior', 'seniors', 'amateur', 'girls', 'boys', 'ladies',
]);

/** Tiers and areas a league (not a division: "the court's Second Division") is named for: "State League One", "Country League". */
export const LEAGUE_TIERS = new Set(['minor', 'major', 'county', 'country', 'state', 'district', 'regional', 'first', 'second', 'third', 'fourth', 'one', 'two', 'three', 'four']);

/**
 * Legislatures that go by one word of their own language, as Wikipedia's "List of legislatures by
 * country" names them ("the Sejm", "the Dáil", "the Knesset"): bodies, never places or people.
 * Compared folded (no accents, lower case).
 */
export const LEGISLATURES = new Set([
  'dail', 'seanad', 'oireachtas', 'sejm', 'knesset', 'duma', 'bundestag', 'bundesrat', 'nationalrat',
  'riksdag', 'riksdagen', 'storting', 'stortinget', 'folketing', 'folketinget', 'althing', 'althingi',
  'eduskunta', 'riigikogu', 'saeima', 'seimas', 'sabor', 'skupstina', 'tynwald', 'cortes', 'majlis',
  'jirga', 'shura', 'sobranie', 'sobranje', 'vouli', 'sangsad', 'parlamento', 'parlement',
]);

/** Common nouns that, right before a name, say it is a company or body ("automaker GM", "rival Samsung"). */
export const ORGANIZATION_APPOSITIVES = new Set([
  'automaker', 'carmaker', 'company', 'firm', 'retailer', 'manufacturer', 'maker', 'giant', 'rival',
  'startup', 'start-up', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'broadcaster', 'network',
  'newspaper', 'publisher', 'agency', 'group', 'party', 'conglomerate', 'chipmaker', 'automaker',
  'brewer', 'supplier', 'distributor', 'operator', 'subsidiary', 'unit', 'studio', 'label', 'developer',
  'division', 'brand', 'affiliate', 'partner', 'owner', 'parent', 'competitor', 'club', 'team',
  'union', 'charity', 'regulator', 'watchdog', 'service', 'authority', 'brokerage', 'broker', 'bank',
  // Publishers' titles are bodies ("the journal Vekla Research", "the magazine Tolvik Life").
  'journal', 'magazine',
  // Kinds of body a story introduces a name with ("X, a cooperative with 900 members").
  'cooperative', 'co-operative', 'consultancy', 'forecaster', 'exporter', 'importer', 'producer', 'packager',
  'miner', 'refiner', 'shipper', 'railway', 'railroad', 'utility', 'wire', 'outlet', 'daily', 'weekly', 'chain',
  // Bodies of musicians ("the band Blue Tolv", "the choir Vekla Voices").
  'band', 'orchestra', 'choir', 'ensemble', 'quartet', 'trio',
  'drugmaker', 'planemaker', 'steelmaker', 'toymaker', 'truckmaker', 'tyremaker', 'tiremaker', 'phonemaker', 'shipbuilder',
  // Firms named by their trade ("investment fund X", "freight forwarder X"), from the sub-industries
  // of the Global Industry Classification Standard (asset management, air freight and logistics,
  // construction and engineering).
  'fund', 'forwarder', 'contractor',
]);

/** Nouns that, after a name and a possessive, say it is a company or body ("Apple's shares", "GM's CEO"). */
export const ORGANIZATION_POSSESSIONS = new Set([
  'ceo', 'cfo', 'shares', 'stock', 'chairman', 'board', 'executives', 'employees', 'workers', 'products',
  'sales', 'plant', 'plants', 'factory', 'factories', 'headquarters', 'stores', 'customers', 'brand',
  'subsidiary', 'investors', 'shareholders', 'revenue', 'revenues', 'profit', 'profits', 'earnings',
  'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'website', 'management', 'staff', 'market',
]);

/** Title words that only qualify another ("Deputy", "Foreign", "Energy"): a title cannot end on one. */
export const TITLE_MODIFIERS = new Set([
  'vice', 'prime', 'deputy', 'acting', 'former', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'economy', 'health', 'justice', 'trade', 'energy', 'national', 'security', 'press', 'presidential',
  'first', 'opposition', 'house', 'senate', 'majority', 'minority', 'crown', 'field',
  'st', 'jr',
]);

/** Everyday acronyms that name no one: roles, units, technologies, measures. */
export const COMMON_ACRONYMS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'vp', 'md', 'phd', 'mba', 'sdk', 'os', 'tv', 'lcd', 'led', 'pc',
  'gps', 'usb', 'dvd', 'cd', 'ai', 'api', 'gdp', 'gnp', 'hiv', 'aids', 'dna', 'rna', 'faq', 'id', 'it',
  'pr', 'ipo', 'vip', 'vat', 'atm', 'mp', 'pm', 'am', 'ok', 'diy', 'hr', 'cv', 'pdf', 'html', 'url',
  'www', 'sms', 'mms', 'suv', 'rv', 'mph', 'kph', 'kg', 'km', 'ft', 'lb', 'oz', 'gb', 'mb', 'kb', 'tb',
  'ghz', 'mhz', 'hd', 'uhd', 'vr', 'ar', 'ui', 'ux', 'qa', 'faqs', 'ceos', 'etc', 'aka', 'asap', 'fyi',
  'rsvp', 'tba', 'tbd', 'lol', 'omg', 'covid', 'sars', 'adhd', 'icu', 'er', 'gop', 'ev', 'evs', 'ipod', 'cctv',
  // Scanners a hospital has (computed tomography, magnetic resonance), and the franc of the CFA zones.
  'ct', 'mri', 'cfa',
  // Results tables' abbreviations (overtime, after extra time, retired, walkover, no result …) and "in CAPS".
  'ot', 'aet', 'pct', 'rtd', 'ret', 'wo', 'dnf', 'dns', 'dq', 'nr', 'lbw', 'caps', 'pen', 'pens',
]);

/**
 * The AP Stylebook's abbreviations of US states, as datelines and "Hartford, Conn." write them
 * (the eight states AP never abbreviates are not here). Lower case, without the final dot.
 */
export const AP_STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'n.h', 'n.j', 'n.m', 'n.y', 'n.c',
  'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);

/**
 * The Canadian Press Stylebook's abbreviations of provinces and territories, as datelines write
 * them ("DIGBY, N.S. —", "KELOWNA, B.C. —"); lower case, without the final dot.
 */
export const CP_PROVINCE_ABBREVIATIONS = new Set(['b.c', 'alta', 'sask', 'man', 'ont', 'que', 'n.b', 'n.s', 'p.e.i', 'n.l', 'nfld', 'y.t', 'n.w.t']);

/** Jobs of a newspaper's staff: a byline's "Staff Writer", "Environment Correspondent" is a job, not a name. */
export const NEWSROOM_ROLES = new Set(['reporter', 'writer', 'correspondent', 'editor', 'columnist', 'photographer', 'producer', 'contributor', 'stringer']);

/**
 * Heads of bodies named after the place they govern or police ("Tolby District Council",
 * "Regina City Council", "Kent Police"): the name's first word alone is the place, not the body's
 * short name (as "Kestrel" is for "Kestrel Aerospace").
 */
export const PLACE_BODY_HEADS = new Set(['council', 'municipality', 'county', 'district', 'borough', 'shire', 'province', 'region', 'police', 'constabulary', 'government', 'assembly', 'parliament', 'court', 'courts', 'authority']);

/**
 * Holidays and festivals that name days or seasons of the year (US federal and UK bank holidays, and
 * the major religious festivals of Wikipedia's "List of multinational festivals and holidays"): in
 * news they date things ("before Christmas"), so they are dates, not entities.
 */
export const HOLIDAYS = new Set([
  'christmas', 'christmas eve', 'christmas day', 'easter', 'easter sunday', 'easter monday', 'good friday',
  'thanksgiving', 'halloween', 'hanukkah', 'chanukah', 'diwali', 'eid', 'eid al-fitr', 'eid al-adha', 'ramadan',
  'passover', 'yom kippur', 'rosh hashanah', 'lent', 'boxing day', "new year's day", "new year's eve",
  'labor day', 'labour day', 'memorial day', 'mardi gras', 'ash wednesday', 'pentecost', 'whitsun',
  'lunar new year', 'holi', 'vesak', 'hogmanay', 'epiphany', 'advent',
  // The generic names many countries give their national days (Wikipedia, "National day" and "List of
  // national independence days"; "Public holidays in …" lists): "shut for National Day", "the race on
  // Independence Day". A country's own ("Australia Day", "Bastille Day") is left out, as a named event.
  'national day', 'independence day', 'republic day', 'liberation day', 'victory day', 'constitution day',
  'unity day', 'emancipation day', 'remembrance day', 'armistice day', 'orthodox christmas', 'orthodox easter', 'whit monday',
  'whit sunday', 'midsummer eve', 'midsummer day',
]);

/**
 * Demonyms of regions and peoples that end in a bare "-i" or "-an", which no country list holds
 * (Wikipedia, "List of adjectival and demonymic forms of place names", regions of South Asia, the
 * Middle East, Europe and East Africa): "Kashmiri traders", "the Catalan parliament".
 */
export const REGIONAL_DEMONYMS = new Set([
  'kashmiri', 'bengali', 'punjabi', 'sindhi', 'baluchi', 'balochi', 'gujarati', 'marathi', 'bihari', 'rajasthani', 'hyderabadi',
  'nepali', 'yemeni', 'omani', 'qatari', 'bahraini', 'emirati', 'saudi', 'kuwaiti', 'iraqi', 'israeli', 'pakistani', 'bangladeshi',
  'afghani', 'azerbaijani', 'somali', 'djiboutian', 'yazidi', 'ismaili', 'parsi', 'maasai', 'swahili', 'catalan', 'corsican',
  'sardinian', 'tibetan', 'papuan', 'lankan', 'rican', 'farsi', 'dari', 'pashtun', 'bosnian', 'kazakh', 'uzbek', 'tajik',
]);

/** Kinds of place a story puts before a place's name ("the constellation X", "the village X"); not "state" or "city", which open titles. */
export const PLACE_KINDS = new Set(['constellation', 'planet', 'moon', 'star', 'island', 'islet', 'atoll', 'river', 'lake', 'glacier', 'volcano', 'village', 'hamlet', 'town', 'suburb', 'township', 'mountain', 'peak', 'valley', 'desert', 'province', 'region', 'neighbourhood', 'neighborhood', 'street', 'telescope', 'observatory', 'oasis', 'reef', 'fjord', 'canyon', 'creek', 'bay', 'municipality', 'commune', 'parish',
  // GeoNames' populated places (feature class P) as news describes them: "X, a farming community of 600".
  'community', 'settlement', 'locality', 'barangay']);

/**
 * A hyphenated Korean or Chinese given name: "Seo-jin", "Ka-lok", "Jae-myung" (a short second
 * syllable). Such a name follows the surname ("Vek Seo-jin": "Vek" alone is the person). Here, in a
 * plain module, because the cross-document stage reads it too and must load no NLP.
 */
export const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;

/**
 * What a leader has as much as a body does ("Arvid Holm's government", "Ana Ruiz's spokesman"): after
 * a name that opens with a given name these are no evidence of a body.
 */
export const LEADER_POSSESSIONS = new Set(['government', 'cabinet', 'administration', 'party', 'campaign', 'office', 'coalition', 'team', 'staff', 'spokesman', 'spokeswoman', 'spokesperson', 'lawyer', 'lawyers']);

/** Heads of venues and buildings (OpenStreetMap's leisure, amenity and building features). */
export const VENUE_HEADS = new Set(['stadium', 'arena',
  // The word for a stadium in Germanic, Slavic, Hungarian, Romance and Turkish names ("Tolvik Stadion", "Estadio Vekla", "Stade de Tolby").
  'stadion', 'stadio', 'estadio', 'estádio', 'stade', 'stadyumu',
  // A named market is a place people trade at ("Vekbon Market", "Tolby Market"); a shopping mall (shop=mall) is one building of shops ("the Tolby Mall").
  'market', 'mall', 'oval', 'racecourse', 'speedway', 'velodrome', 'ballpark', 'cathedral', 'mosque', 'synagogue', 'temple', 'abbey', 'castle', 'pier', 'marina', 'baths', 'lido', 'armory', 'armoury', 'fairground', 'fairgrounds', 'showground', 'showgrounds', 'coliseum', 'colosseum', 'amphitheatre', 'amphitheater', 'auditorium', 'gymnasium',
  // A hospital is a named facility, a place by the blind set's conventions ("named facilities and buildings"); its trust or board is the body.
  'hospital', 'infirmary',
  // Prisons and the assembly rooms of British towns are named buildings ("Vekby Prison", "the Tolvane Assembly Rooms").
  'prison', 'jail', 'gaol', 'rooms',
  // An airport is the facility (aeroway=aerodrome), whatever "International" in its name suggests.
  'airport', 'airfield', 'aerodrome',
  // amenity=theatre: the building, like a hall; leisure=pitch and sports grounds ("Vekla Grounds").
  'theatre', 'theater', 'grounds',
  // historic=castle's fortress and citadel (castle_type), building=monastery, man_made=lighthouse:
  // "the Tolvek Fortress", "the Vekla Citadel", "the Tolby Monastery", "Vekby Lighthouse".
  'fortress', 'citadel', 'monastery', 'lighthouse']);

/**
 * Facility nouns, one list, each with the frames the entity rules read it in (a noun added for one
 * frame is seen against the others):
 * - `town`: written in lower case after the town it serves ("Tolbeg hospital", "opens at Vekmoor
 *   clinic", "Tolbeg baths"): OpenStreetMap `amenity` and `building` values a town's name qualifies;
 * - `named`: named after its place, in lower case after the name ("São Vekla station", "Tolvik
 *   airport", "near the Vekla turn-off");
 * - `site`: a lower-case kind of site written before "at" and the place it is at ("the rail crossing
 *   at Dolvek", "the cemetery at Tolbeg"). Not "site": "a site at Tolvane Motors" is a company's; a
 *   centre at a body the tagger knows is left out by the rule ("the research centre at Google");
 * - `building`: a building's head a town's name may follow after a comma ("St Vekla's Church, Tolbeg").
 */
const FACILITIES: readonly (readonly [string, readonly string[]])[] = [
  ['town', ['baths', 'clinic', 'school', 'bypass']],
  ['town building', ['hospital', 'library', 'cathedral', 'mosque', 'church']],
  ['town named site building', ['station', 'cemetery']],
  ['town named site', ['airport', 'harbour', 'harbor']],
  ['town named', ['market']],
  ['town site', ['prison']],
  ['town named building', ['crematorium', 'stadium']],
  ['named site', ['port', 'terminal', 'bridge', 'crossing', 'pier']],
  ['named', ['square', 'junction', 'turn-off', 'turnoff', 'interchange', 'roundabout', 'intersection']],
  ['site', ['checkpoint', 'border', 'graveyard', 'churchyard', 'camp', 'base', 'airbase', 'airfield', 'airstrip', 'centre', 'center', 'depot', 'dam', 'mine', 'refinery', 'jail', 'barracks', 'jetty', 'wharf']],
  ['building', ['chapel', 'temple', 'synagogue', 'hall', 'infirmary', 'hotel', 'theatre', 'theater', 'museum']],
];

/** The facility nouns read in one frame (see FACILITIES). */
function facilities(frame: 'town' | 'named' | 'site' | 'building'): ReadonlySet<string> {
  return new Set(FACILITIES.filter(([frames]) => frames.split(' ').includes(frame)).flatMap(([, words]) => words));
}

/** "Tolbeg hospital", "opens at Vekmoor clinic": facilities written in lower case after the town they serve. */
export const TOWN_FACILITIES = facilities('town');
/** "São Vekla station", "Tolvik airport": facilities named after their place (lower case after the name). */
export const FACILITY_NOUNS = facilities('named');
/** "the rail crossing at Dolvek": lower-case kinds of site written before "at" and the place they are at. */
export const SITES_BEFORE_AT = facilities('site');
/** "St Vekla's Church, Tolbeg": heads of buildings a town's name may follow after a comma. */
export const BUILDING_HEADS = facilities('building');

/**
 * English words given as first names in Southern Africa and Nigeria (Christian Science Monitor, "Here,
 * they call a rose 'Rose'", 2002; FamilySearch, "Zimbabwe Naming Customs"; Wikipedia, "Virtue name"):
 * "Innocent Vekaza". Lower-cased; each names a person only before a surname no dictionary holds.
 */
export const WORD_GIVEN_NAMES = new Set(['innocent', 'blessing', 'moreblessing', 'gift', 'beauty', 'happiness', 'lucky', 'goodluck', 'givemore']);
