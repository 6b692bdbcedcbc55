// Evidence-based typing: each context rule with sentences written for this test, and sentences
// where the context must not decide. No name here comes from an article.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { isKnownCity, isKnownTown } from '../src/extract/gazetteer.ts';

function typesOf(text: string): [string, string][] {
  return extractEntities(segment(text)).map((m) => [m.text, m.type]);
}

type Case = [string, [string, string][]];

/** A table of sentences and the names with types each must give, as one describe block. */
function typeTable(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each<Case>(cases)('%j', (text, expected) => {
      expect(typesOf(text)).toEqual(expected);
    });
  });
}

typeTable('organization contexts', [
    ['Yesterday Kestrel said in a statement that it planned to appeal.', [['Kestrel', 'organization']]],
    ["They doubt Kestrel's chief executive will stay.", [['Kestrel', 'organization']]],
    ['Analysts expect Kestrel shares to fall.', [['Kestrel', 'organization']]],
    ['A spokesperson for Kestrel declined to comment.', [['Kestrel', 'organization']]],
    // A firm introduced by its trade: "investment fund X", "freight forwarder X", "the contractor X".
    ['Investment fund Velaro, based in Tolvane, has offered a loan.', [['Velaro', 'organization'], ['Tolvane', 'place']]],
    ['Freight forwarder Umvelo, which opened an office in March, expects growth.', [['Umvelo', 'organization']]],
    ['The council fined the contractor Brevik for the delay.', [['Brevik', 'organization']]],
    // (A contractor may be one tradesman: a person's name after the trade stays a person.)
    ['Building contractor Mara Tesskin, 54, was fined.', [['Mara Tesskin', 'person']]],
    ['Defence contractor John Orvanek was fined.', [['John Orvanek', 'person']]],
    ['The chief executive of Kestrel resigned.', [['Kestrel', 'organization']]],
    ['They spoke to Kestrel, a rocket company, on Monday.', [['Kestrel', 'organization']]],
    // "firm", which the tagger may read as an adjective or a verb, is the appositive's noun.
    ['Ana sold airtime for Tolva Pesa, a mobile payments firm owned by Orvane Capital.', [['Ana', 'person'], ['Tolva Pesa', 'organization'], ['Orvane Capital', 'organization']]],
    ['Tolva Pesa, a firm owned by Orvane Capital, said it would pay.', [['Tolva Pesa', 'organization'], ['Orvane Capital', 'organization']]],
    // The summed evidence types every mention of the name in the document.
    ['Kestrel shares fell. Regulators met Kestrel on Monday.', [['Kestrel', 'organization'], ['Kestrel', 'organization']]],
]);

typeTable('team, place and person contexts', [
    ['Northport beat Easton 2-1 on Saturday.', [['Northport', 'organization'], ['Easton', 'organization']]],
    ['Results:\nNorthport 2 Easton 1\nKestrel Rovers 0 Lyme 3', [['Northport', 'organization'], ['Easton', 'organization'], ['Kestrel Rovers', 'organization'], ['Lyme', 'organization']]],
    ['Standings:\nNorthport 4 3 1 0 9 3 10\nEaston 4 2 1 1 7 5 7', [['Northport', 'organization'], ['Easton', 'organization']]],
    // A results line of two-word sides is no title-case headline: its capitals are the teams'.
    ['Results:\nVekby City 3 Tolvane Athletic 2', [['Vekby City', 'organization'], ['Tolvane Athletic', 'organization']]],
    // A team named after a city is a team in a results line.
    ['London 2 Easton 1', [['London', 'organization'], ['Easton', 'organization']]],
    // A golfer's rounds: given name and surname keep the person.
    ['Scores:\nRuth Adeyemi 71 68 70\nKojo Vekah 70 70 71', [['Ruth Adeyemi', 'person'], ['Kojo Vekah', 'person']]],
    ['Patterson outlined a plan for New GM.', [['Patterson', 'person'], ['New GM', 'organization']]],
    ['Zarnova announced a recall on Monday.', [['Zarnova', 'organization']]],
    // A surname that speaks is the person the document names in full.
    ['Mary Okafor arrived. Okafor said the plan was sound.', [['Mary Okafor', 'person'], ['Okafor', 'person']]],
    ['Residents of Easton, a town in the hills, voted.', [['Easton', 'place']]],
    ['They opened an office in Springfield, Illinois.', [['Springfield', 'place'], ['Illinois', 'place']]],
    ['The Northport-based firm hired staff.', [['Northport', 'place']]],
    ['Okafor, a journalist, said so.', [['Okafor', 'person']]],
    ['They met Tavita Moana, a nurse, at noon.', [['Tavita Moana', 'person']]],
    ['They thanked councillor Ines Vukovic.', [['Ines Vukovic', 'person']]],
]);

typeTable('contexts that must not decide', [
    // "an official said": the role is the next verb's subject, not an appositive of the name.
    // ("Works" closes a firm's name since OpenStreetMap's man_made=works joined the body heads, so the row names land without a head word.)
    ['Ford bought the land Kestrel Reach, an official said.', [['Ford', 'organization'], ['Kestrel Reach', 'other']]],
    // Agent nouns that are things: "the letter F", "browser Safari".
    ['The model names start with the letter F.', [['F', 'other']]],
    ['It ships with the web browser Safira.', [['Safira', 'other']]],
    // A plan's quoted name is no person, though "Way" is a given name.
    ['The plan, called "Open Road", was announced.', [['Open Road', 'other']]],
    ['Nothing here names anyone.', []],
    // A count and a model number are no results line.
    ['Crews downed 40 Zarnik-12 drones.', [['Zarnik-12', 'other']]],
]);

describe('products of a company named in the document', () => {
  it('a company name and a model word is a product, not a person', () => {
    expect(typesOf('Ford said so. The Ford Taurus was introduced in 1986.')).toEqual([['Ford', 'organization'], ['Ford Taurus', 'other']]);
  });
  it("a company name and a place is the company's branch", () => {
    expect(typesOf('GM said the deal includes GM Europe.')).toEqual([['GM', 'organization'], ['GM Europe', 'organization']]);
  });
  it('a club named after a town, then the town with a place head, is the town, not a product', () => {
    expect(typesOf('Vekby beat Tolpur 98-95 on Friday. Game four is on Monday in Tolpur City.')).toEqual([['Vekby', 'organization'], ['Tolpur', 'organization'], ['Tolpur City', 'place']]);
  });
});

typeTable('a body and its officer are no list; lists keep one type', [
    // "the union X, Dana Ruiz": a comma between a body and a person is an appositive, not a list.
    ['It was said by the general secretary of the union Kestrel, Dana Ruiz.', [['Kestrel', 'organization'], ['Dana Ruiz', 'person']]],
    // "the vice president of X": the body a president heads (compromise's reading of "of" as a role aside).
    ['The vice president of Zarnia, Tomas Vek, said sales rose.', [['Zarnia', 'organization'], ['Tomas Vek', 'person']]],
    ['The secretary of Kestrel resigned.', [['Kestrel', 'organization']]],
    // A real list (with "and") still shares its type.
    ['It follows the failures of Kestrel Brothers ($9 billion), Georgia Mutual ($3 billion), and Zarnicom ($1 billion).', [['Kestrel Brothers', 'organization'], ['Georgia Mutual', 'organization'], ['Zarnicom', 'organization']]],
    // A given name that is also a place, closed by a body's head word, is the body; a plain given name keeps the person.
    ['Washington Trust said it would cut jobs.', [['Washington Trust', 'organization']]],
    ['Tom Press said so.', [['Tom Press', 'person']]],
    ['Vekmere City council approved the budget.', [['Vekmere City', 'place']]],
    // A given name compromise also reads as a place, before a place head, keeps the person.
    ['He met Colonel Ada Park.', [['Ada Park', 'person']]],
    // Two names joined by a comma alone, no conjunction, stay untyped when nothing else speaks.
    ['Zarnia, Vekoria.', [['Zarnia', 'other'], ['Vekoria', 'other']]],
]);

typeTable('organizations with no head word, by context; clubs named after towns', [
    // A lower-case corporate title right after the name: the body gives it.
    ['The Zarnicom chief executive resigned.', [['Zarnicom', 'organization']]],
    // A workplace: "works at", "joined".
    ['He works at Zarnicom in the city.', [['Zarnicom', 'organization']]],
    ['She joined Zarnicom in 2019.', [['Zarnicom', 'organization']]],
    // A club's name word outranks a given name that opens it.
    ['Easton Rovers beat Northport 2-1.', [['Easton Rovers', 'organization'], ['Northport', 'organization']]],
    ['Lyme Wanderers won again.', [['Lyme Wanderers', 'organization']]],
    // A word opening a sentence before "said in a statement" is a body's name; a plural noun is none.
    ['Kestrel said in a statement that it planned to appeal.', [['Kestrel', 'organization']]],
    ['Police said in a statement that the bridge was shut.', []],
    ['Everyone said no.', []],
    // A plant or factory named right after its noun is run by a body, even when named after a town.
    ['They bought a stake in the assembly plant Automobile Zarnova, an official said.', [['Automobile Zarnova', 'organization']]],
    // After the name, the noun may describe the site alone: no body's evidence; "met at" sets the site, a place.
    ['They met at Zarnova, the largest nuclear plant in the region.', [['Zarnova', 'place']]],
    // Not a workplace: a person one works for stays a person; "which" says nothing (products take it too).
    ['Dana Ruiz, who works for Tavita Moana, said so.', [['Dana Ruiz', 'person'], ['Tavita Moana', 'person']]],
    ['They bought the Zarnifone, which ships in May.', [['Zarnifone', 'other']]],
]);

describe('teams and companies that a tagger guess or the city list would make places or people', () => {
  it.each<Case>([
    // A team's staff and followers: the name is the club, even when a city has it.
    ["Bristol's manager was sacked on Monday.", [['Bristol', 'organization']]],
    ['Fans of Northport sang all night.', [['Northport', 'organization']]],
    ['The Easton striker scored twice.', [['Easton', 'organization']]],
    ['Easton coach Kojo Vekah praised the defence.', [['Easton', 'organization'], ['Kojo Vekah', 'person']]],
    ["Northport's 2-1 win over Easton lifted them to third.", [['Northport', 'organization'], ['Easton', 'organization']]],
    // A company's stock and stakes.
    ['Shares of Brightvale fell 4 percent.', [['Brightvale', 'organization']]],
    ['Investors bought a stake in Brightvale last year.', [['Brightvale', 'organization']]],
    // A plural verb with one name: British English makes a team plural; a person or a town is singular.
    ['Northport were held to a goalless draw by Easton.', [['Northport', 'organization'], ['Easton', 'organization']]],
    ['Leeds, who are top of the table, lost at home.', [['Leeds', 'organization']]],
    ['Brisbane have won their last three matches.', [['Brisbane', 'organization']]],
    // A player's club.
    ['Pedersen scored twice for Wigan on Sunday.', [['Pedersen', 'person'], ['Wigan', 'organization']]],
    // A headline in capitals types its names as the story does.
    ['NORTHPORT HOLD EASTON\nNorthport were held by Easton, who have not lost since May.', [['NORTHPORT', 'organization'], ['EASTON', 'organization'], ['Northport', 'organization'], ['Easton', 'organization']]],
    // "Re" closes a reinsurer's name ("Swiss Re" is the kind); "Port" does not make it a place.
    ['Port Allen Re raised its forecast.', [['Port Allen Re', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A country never becomes its team, and a mayor is no team's.
    ["Kenya's coach named the squad.", [['Kenya', 'place']]],
    ["Bristol's mayor opened the bridge.", [['Bristol', 'place']]],
    // A country's name is a place by the gazetteer, firmly: its supporters do not make it a club.
    ['Fans of Kenya sang all night.', [['Kenya', 'place']]],
    // A list of people takes a plural verb; "who" with a singular verb is a person.
    ['Okafor and Vukovic were at the hearing.', [['Okafor', 'person'], ['Vukovic', 'person']]],
    ['Okafor, who was at the hearing, said nothing.', [['Okafor', 'person']]],
    // The plural verb agrees with the noun the name depends on.
    ['Parts of a Charter for Growth were agreed.', [['Charter', 'other'], ['Growth', 'other']]],
    // A tennis player's country in brackets is no side of the result.
    ['Kojo Vekah (Ghana) beat Lena Brandt (Germany) 6-3 6-4.', [['Kojo Vekah', 'person'], ['Ghana', 'place'], ['Lena Brandt', 'person'], ['Germany', 'place']]],
    // A person named by a full name keeps it under a sports role.
    ['Kojo Vekah, the Easton captain, scored.', [['Kojo Vekah', 'person'], ['Easton', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('people after an office title, with names no list knows, and hyphenated given names', () => {
  it.each<Case>([
    ['"It works," said Chief Executive Mette Vekgaard.', [['Mette Vekgaard', 'person']]],
    ['Magistrate Joost van Zarn said it was luck.', [['Joost van Zarn', 'person']]],
    ['Goalkeeper Lee Tsz-kin saved two penalties.', [['Lee Tsz-kin', 'person']]],
    ['The lead came through Chan Ka-lok in the 23rd minute.', [['Chan Ka-lok', 'person']]],
    // Two capitalised words in no dictionary and no gazetteer: a given name and a surname.
    ['They met Wanjiru Vekau-Otolo on Monday.', [['Wanjiru Vekau-Otolo', 'person']]],
    ['Tavish Quarrie kicked two goals. "Easy," Quarrie said.', [['Tavish Quarrie', 'person'], ['Quarrie', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A demonym and an unknown name are no person; a compound modifier keeps its hyphen apart.
    ['Canadian Zarnix dealers are not included.', [['Canadian Zarnix', 'other']]],
    ['The Kremlin-led talks ended.', [['Kremlin', 'other']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('firms joined by an ampersand, teams named by a plural, industry words closing a name', () => {
  it.each<Case>([
    ['Department store chain Kestle & Vane will close 23 shops.', [['Kestle & Vane', 'organization']]],
    ['The Zarnby Pelicans beat the Cove Kookaburras by 27 points.', [['Zarnby Pelicans', 'organization'], ['Cove Kookaburras', 'organization']]],
    ['The Pelicans led by two points at the break.', [['Pelicans', 'organization']]],
    ['Veklund Shipping has ordered six ships.', [['Veklund Shipping', 'organization']]],
    ['Tarrow Water was fined for the spills.', [['Tarrow Water', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // Geographic plurals, a family, products and a demonym are no team.
    ['They sailed to the Faroe Islands.', [['Faroe Islands', 'place']]],
    ['Kenya Health Minister Amara Okoye spoke.', [['Kenya', 'place'], ['Amara Okoye', 'person']]],
    ['He bought the new Zarbook Air laptops.', [['Zarbook Air', 'other']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('datelines, bylines, amounts and possessives inside names', () => {
  it.each<Case>([
    ['ZARNBY — The council met on Monday.', [['ZARNBY', 'place']]],
    ['VEKORIA, June 28 - The court ruled.', [['VEKORIA', 'place']]],
    ['KESTLEFORD, Minn. — Mayor Ana Ruiz won.', [['KESTLEFORD', 'place'], ['Minn.', 'place'], ['Ana Ruiz', 'person']]],
    ['He lives in Kestleford, Conn., with his wife.', [['Kestleford', 'place'], ['Conn.', 'place']]],
    ['The Owls host Vekhaw\'s Bay in the final.', [['Owls', 'organization'], ["Vekhaw's Bay", 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A byline's job title and an amount's currency name no one.
    ['By Ana Ruiz, Local Democracy Reporter', [['Ana Ruiz', 'person']]],
    ['By Ana Ruiz\nStaff Writer', [['Ana Ruiz', 'person']]],
    ['Net profit fell to Rs 112 crore.', []],
    // A short surname and an age in commas is no currency.
    ['Aaron Tan resigned. Tan, 58, said so.', [['Aaron Tan', 'person'], ['Tan', 'person']]],
    ['The owner was fined R150,000 on Monday.', []],
    // A place's possessive opens no name: "Kenya's Court of Appeal" is the country's court.
    ["Kenya's Court of Appeal ruled.", [['Kenya', 'place'], ['Court of Appeal', 'organization']]],
    // A capitals word mid-line, or followed by a hyphenated word, is no dateline.
    ['The NATO summit opened.', [['NATO', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('venues, compass words, given names before English words, dashes', () => {
  it.each<Case>([
    ['The final is at Sky Vekwood Stadium next week.', [['Sky Vekwood Stadium', 'place']]],
    ['Councillors in West Lothby have voted.', [['West Lothby', 'place']]],
    // A given name and an English word ("Savanna Freight") yield to a body's context.
    ["Shares of Savanna Freight rose. Savanna Freight's chief financial officer resigned.", [['Savanna Freight', 'organization'], ['Savanna Freight', 'organization']]],
    ['It came two days after a 1-4 away defeat by Redvale.', [['Redvale', 'organization']]],
    // "Town" and "City" end clubs' names too: the context decides.
    ['Vekmere City have sacked their manager.', [['Vekmere City', 'organization']]],
    // A trade's word (GICS "Transportation", "Rail Transportation"; OpenStreetMap's man_made=works)
    // closes a firm's name, even one a given name could open.
    ['Passengers on his Tolbeg Transport bus were hurt.', [['Tolbeg Transport', 'organization']]],
    ['Tolbeg Railway withdrew 64 trains after the storm.', [['Tolbeg Railway', 'organization']]],
    ['Orvane Cognac Works, the second-largest brandy maker, said profit fell.', [['Orvane Cognac Works', 'organization']]],
    // A trade's word before "and" is one body's portfolio, not the end of a first body.
    ['Farmers paid fees to the Rural Water and Sanitation Agency.', [['Rural Water and Sanitation Agency', 'organization']]],
    ['Drivers owe money to both the council and the Vekla Power and Safety Agency.', [['Vekla Power and Safety Agency', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['Tom Press said so.', [['Tom Press', 'person']]],
    // A strong head ("Council") still closes the first of two bodies joined by "and".
    ['Fees went to the Tolby Council and the Vekla Transport Agency.', [['Tolby Council', 'organization'], ['Vekla Transport Agency', 'organization']]],
    ['Vekmere City council approved the budget.', [['Vekmere City', 'place']]],
    ['Co-author Ana Ruiz said so.', [['Ana Ruiz', 'person']]],
    ['ZARNBY - Divers have found a wreck.', [['ZARNBY', 'place']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('names with saints, coordinated members, post-nominals, places opening a sentence', () => {
  it.each<Case>([
    // (A church named after its saint is the building: a place, as the blind set's conventions type venues.)
    ["Mourners met at St Vekla's Church on Monday.", [["St Vekla's Church", 'place']]],
    ["The pilots' union, the Zarnia Airline Pilots and Navigators Association, said no.", [['Zarnia Airline Pilots and Navigators Association', 'organization']]],
    ['Under questioning by defence counsel Iain Vekland KC, he conceded.', [['Iain Vekland', 'person']]],
    ['Rents rose. North Dakota and South Dakota capped them.', [['North Dakota', 'place'], ['South Dakota', 'place']]],
    ['Brazilian forward Everton Vekaixão scored.', [['Everton Vekaixão', 'person']]],
    ['He beat the Bendigo Kookaburras easily.', [['Bendigo Kookaburras', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // Two firms joined by "and" stay two.
    ['Ford and General Motors cut jobs.', [['Ford', 'organization'], ['General Motors', 'organization']]],
    ['New figures show a rise.', []],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('months after "between", temperature scales, bodies named after their kind', [
    ['It climbed between July and August, when it topped 41 degrees Celsius.', []],
    ['It merged with the postal service Eirvale in 2019.', [['Eirvale', 'organization']]],
    ['Approval came from the competition authority, Comision de Vekla.', [['Comision de Vekla', 'organization']]],
    // A foreign body's opening word, a legal-entity abbreviation closing a firm's name.
    ['Banco Tolvira posted a record profit.', [['Banco Tolvira', 'organization']]],
    // Words for a co-operative and for a party in other languages open a body's name.
    ['Kittiya Vekboon, an opposition lawmaker from Phak Ruam Tolvai, said the plan would fail.', [['Kittiya Vekboon', 'person'], ['Phak Ruam Tolvai', 'organization']]],
    ['Growers sell their beans to Cooperativa Vale Tolvara every week.', [['Cooperativa Vale Tolvara', 'organization']]],
    // A trade's "house" right before a name is a firm; a guest house is a building.
    ['The deal was handled by trading house Velmora.', [['Velmora', 'organization']]],
    ['She joined fashion house Vekla Tolbane in 2019.', [['Vekla Tolbane', 'organization']]],
    ['They stayed at the guest house Vekla Lodge.', [['Vekla Lodge', 'place']]],
    ['They sold it to Vekla Oyj last year.', [['Vekla Oyj', 'organization']]],
    // "Energy" and "Health" close firms' names, and open ministers' titles.
    ['Vekla Energy said profits rose.', [['Vekla Energy', 'organization']]],
    ['Kenya Energy Minister Amara Okoye spoke.', [['Kenya', 'place'], ['Amara Okoye', 'person']]],
    ['Emergency Services Minister Sarah Kaur urged calm.', [['Sarah Kaur', 'person']]],
    // A plain noun before a country or region names its agency or utility.
    ['Power went out, Energy Kenya said.', [['Energy Kenya', 'organization']]],
    // A known place whose last word is also a place's is still the place.
    ['They expanded into Hong Kong last year.', [['Hong Kong', 'place']]],
    ['They met near Alder Lane in Kenya.', [['Alder Lane', 'place'], ['Kenya', 'place']]],
    ['Former Vekla Health executive pleads guilty', [['Vekla Health', 'organization']]],
    // A group named by its members in the plural takes "for"/"of"; a place after "of" is where a body is.
    ['Ana Ruiz of Vekland Lawyers for Human Rights said so.', [['Ana Ruiz', 'person'], ['Vekland Lawyers for Human Rights', 'organization']]],
    ['They ordered ships from Vekla Heavy Industries of South Korea.', [['Vekla Heavy Industries', 'organization'], ['South Korea', 'place']]],
]);

describe('teams by plural present verbs and margins, one sense per document, routes and origins', () => {
  it.each<Case>([
    // A margin in a sport's units; a plural present verb after one name.
    ['Vekpur lost to Zarnpur by four runs.', [['Vekpur', 'organization'], ['Zarnpur', 'organization']]],
    ['Vekby meet Tolpur on Saturday.', [['Vekby', 'organization'], ['Tolpur', 'other']]],
    // In a match report, a fixture's sides are teams; outside one, people and towns meet.
    ['Vekby beat Zarnton 41-17. Vekby will play Tolpur in the final.', [['Vekby', 'organization'], ['Zarnton', 'organization'], ['Vekby', 'organization'], ['Tolpur', 'organization']]],
    ['Vekby beat Zarnton 41-17. Tolpur will play Vekby in the final.', [['Vekby', 'organization'], ['Zarnton', 'organization'], ['Tolpur', 'organization'], ['Vekby', 'organization']]],
    // A result types the name firmly; its other mentions follow.
    ['Vekby beat Zarnton 41-17. Zarnton, who had won six in a row, sacked their coach.', [['Vekby', 'organization'], ['Zarnton', 'organization'], ['Zarnton', 'organization']]],
    ['She canvassed every townland from Vekla to Zarnmore.', [['Vekla', 'place'], ['Zarnmore', 'place']]],
    ['Mulvey, a farmer from Vekmullen, topped the poll.', [['Mulvey', 'person'], ['Vekmullen', 'place']]],
    ['They surveyed clinics in Eastern Vekland and Zarnpo.', [['Eastern Vekland', 'place'], ['Zarnpo', 'place']]],
    ['Sprinter Blessing Vekemi-Obi ran 10.94 seconds.', [['Blessing Vekemi-Obi', 'person']]],
    ['Coun. Marguerite Vekambault moved the motion.', [['Marguerite Vekambault', 'person']]],
    // Irish surnames with "an" and a mutated word; a kinship noun names the person after it.
    ['SLIGO - Nuala Mac an tSeoda won the seat.', [['SLIGO', 'place'], ['Nuala Mac an tSeoda', 'person']]],
    // (The possessive before a full name makes "Tionól" the person's party.)
    ["SLIGO - Tionól's Nuala Mac an tSeoda won the seat.", [['SLIGO', 'place'], ['Tionól', 'organization'], ['Nuala Mac an tSeoda', 'person']]],
    ['She learned songs from her grandmother, Síle, before she was 12.', [['Síle', 'person']]],
    // A given name that is also a capital, then a hyphenated surname: one person.
    ['Douglas Vekland-Reid, the party spokesman, said no.', [['Douglas Vekland-Reid', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A piece of writing appears in a publication, not a place; a person with "-s" verbs is no team.
    ['According to a report in Vekla Weekly, sales fell.', [['Vekla Weekly', 'other']]],
    ['Ana Ruiz holds the record.', [['Ana Ruiz', 'person']]],
    ['The minister will visit Tolpur on Monday.', [['Tolpur', 'other']]],
    ['Ruiz and Okafor hold the record.', [['Ruiz', 'person'], ['Okafor', 'person']]],
    // After a copula or a negation the name is a complement, not a subject: a word the tagger reads as
    // a verb after it ("fudge", "lace") says nothing of a team.
    ['"That is not Tolvane fudge. It is a fake," she said.', [['Tolvane', 'other']]],
    ['"That was never Tolvane lace. It is a copy," she said.', [['Tolvane', 'other']]],
    // After "near" (read as an adjective), the plural verb agrees with the noun before the name.
    ['Rugs woven in villages near Kayseri are sold in Ankara.', [['Kayseri', 'place'], ['Ankara', 'place']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('compass adjectives, "through", sporting events, wires', [
    ['The typhoon crossed northern Vekzon over the weekend.', [['Vekzon', 'place']]],
    ['The race ran through Vekla on Sunday.', [['Vekla', 'place']]],
    ['She won the Tweedvale Classic in a sprint.', [['Tweedvale Classic', 'other']]],
    ['ZARNBY, Oct 15 (Harmatta Wire) - The house voted.', [['ZARNBY', 'place'], ['Harmatta Wire', 'organization']]],
]);

describe('a capital glued to a figure: an amount after a price word or before a scale, else a name', () => {
  it.each<Case>([
    ['Vaccines worth an estimated R38 million were lost.', []],
    ['He steered a R87 million tender to Tolvik Holdings.', [['Tolvik Holdings', 'organization']]],
    ['Seats are sold at R90 for members and R35 for children.', []],
    ['The club was fined K500 on Monday.', []],
    // A dollar sign after a country's letters, and the shilling's or the rupee's letters glued to a figure, are money.
    ['Shares of Tolvane fell 2.7 percent to NT$186 in Taipei.', [['Tolvane', 'organization'], ['Taipei', 'place']]],
    ['The ward charges Sh80 for every permit.', []],
    ['Rent rose from S$600 a month.', []],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // Roads, chips and groups take no scale and no price word.
    // (A numbered road after "the" is a place.)
    ['Traffic on the N59 was slow near Tolvik.', [['N59', 'place'], ['Tolvik', 'place']]],
    ['The G7 leaders met in Tolvik.', [['G7', 'other'], ['Tolvik', 'place']]],
    ['The phone uses the A4 chip.', [['A4', 'other']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('bodies named by their members: a plural possessive before a head, "the Friends of X"', () => {
  it.each<Case>([
    ["said Ana Ruiz, secretary of the Tolvik Residents' Welfare Association.", [['Ana Ruiz', 'person'], ["Tolvik Residents' Welfare Association", 'organization']]],
    ["The Vekland Primary Teachers' Federation said it backed the plan.", [["Vekland Primary Teachers' Federation", 'organization']]],
    ["The Airline Pilots' Union went on strike.", [["Airline Pilots' Union", 'organization']]],
    ['A spokeswoman for the Friends of Tolvik Lido, a lobby group, said no.', [['Friends of Tolvik Lido', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // No body's head after the possessive: the name ends at the members.
    ["The Tolvik Rovers' Ana Ruiz scored.", [['Tolvik Rovers', 'organization'], ['Ana Ruiz', 'person']]],
    // A place after "of" says where a body is, not its name.
    ['He visited the Heavy Industries of South Korea.', [['Heavy Industries', 'organization'], ['South Korea', 'place']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('offices named by their holder take an "of" complement', [
    ["The state's Registrar of Friendly Societies cancelled the licence.", [['Registrar of Friendly Societies', 'organization']]],
    ['The Registrar of Companies, Ana Ruiz, said no.', [['Registrar of Companies', 'organization'], ['Ana Ruiz', 'person']]],
]);

describe('a lower-case council, police or government after a name: the place whose body it is', () => {
  it.each<Case>([
    ['Tolvik council agrees to freeze parking fees', [['Tolvik', 'place']]],
    ['Vekland police said two men were held.', [['Vekland', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A capital makes the council's own name; a body's head keeps the body.
    ['The Tolvik Council voted against it.', [['Tolvik Council', 'organization']]],
    ['Kestrel Holdings court filings were sealed.', [['Kestrel Holdings', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('a town the gazetteer knows, after a preposition of place or motion', () => {
  it.each<Case>([
    ['Promises alone will not send a bus to Keswick, but they help.', [['Keswick', 'place']]],
    ['On Benbecula, where sailings were cancelled, the mood was low.', [['Benbecula', 'place']]],
    ['The 27-year-old from Kirkwall edged Ana Ruiz.', [['Kirkwall', 'place'], ['Ana Ruiz', 'person']]],
    // A destination after a verb of motion is a place though no gazetteer knows it.
    ['The minister will fly to Vekzarn on Monday.', [['Vekzarn', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A recipient of a sale or a letter is no destination; an unknown word stays untyped.
    ['Kestrel sold the unit to Nokia.', [['Nokia', 'organization']]],
    ['Tolvik Motors sent a letter to Honda.', [['Tolvik Motors', 'organization'], ['Honda', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('in a match report, the sides of a fixture are of one kind', () => {
  it.each<Case>([
    [
      "Tolvik Harriers reached the final with a 33-14 win over Zarnby. Tolvik will play Vekmere Rams or Vekhaw's Bay in the final.",
      [['Tolvik Harriers', 'organization'], ['Zarnby', 'organization'], ['Tolvik', 'organization'], ['Vekmere Rams', 'organization'], ["Vekhaw's Bay", 'organization']],
    ],
    ['Kestle Athletic moved clear after a 4-1 win over Vekbury on Tuesday. Vekbury host Redvale Town next Tuesday.', [['Kestle Athletic', 'organization'], ['Vekbury', 'organization'], ['Vekbury', 'organization'], ['Redvale Town', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // No result in the story: people and bands play towns.
    ["The Vekmere Rams will play Vekhaw's Bay next year.", [['Vekmere Rams', 'organization'], ["Vekhaw's Bay", 'place']]],
    // A person on either side keeps the person.
    ['Kestle Athletic moved clear after a 4-1 win over Vekbury. Kestle Athletic will face Ana Ruiz in court.', [['Kestle Athletic', 'organization'], ['Vekbury', 'organization'], ['Kestle Athletic', 'organization'], ['Ana Ruiz', 'person']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('a name after "the" is no person by its given name alone', () => {
  it.each<Case>([
    // ("the … Hall" is the building: a place, since no "the" stands before a person.)
    ['She sang at the Royal Tolvik Hall in 1979.', [['Royal Tolvik Hall', 'place']]],
    ['In 1996 she received the Duais Filíochta lifetime award.', [['Duais Filíochta', 'other']]],
    ['Ford said it would rename the Ford Seven Hundred.', [['Ford', 'organization'], ['Ford Seven Hundred', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A title after "the", "the late", or the same name elsewhere keeps the person.
    ['He met the Reverend Ana Ruiz.', [['Ana Ruiz', 'person']]],
    ['Ana Ruiz met the late Tomas Vekla.', [['Ana Ruiz', 'person'], ['Tomas Vekla', 'person']]],
    ['Ana Ruiz won in 2019. The Ana Ruiz of today is calmer.', [['Ana Ruiz', 'person'], ['Ana Ruiz', 'person']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('bodies and places named by their kind: start-ups, journals, "rivals such as X"', () => {
  it.each<Case>([
    ['Payments start-up Vekla Pay said on Monday it had secured funding.', [['Vekla Pay', 'organization']]],
    ['Tolvik Systems faces bigger competitors such as Zelcot Vektech and Zarn Digital, both of which publish results soon.', [['Tolvik Systems', 'organization'], ['Zelcot Vektech', 'organization'], ['Zarn Digital', 'organization']]],
    ['The study is published in the journal Pacific Vekla Research.', [['Pacific Vekla Research', 'organization']]],
    ['She visited towns such as Tolvik and Vekby.', [['Tolvik', 'place'], ['Vekby', 'place']]],
    ['Exports to countries including Zarnia fell.', [['Zarnia', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A rival may be a person; a kind must be a plural common noun before "such as".
    ['He beat rivals such as Ana Ruiz.', [['Ana Ruiz', 'person']]],
    ['Names such as Vekla are rare.', [['Vekla', 'other']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('baths are venues, journals take "of", a region\'s agency', () => {
  it.each<Case>([
    ['Councillors agreed to restore the Tolvik Road Baths, which shut in 2019.', [['Tolvik Road Baths', 'place']]],
    ['It appears in the Southern Vekland Journal of Primary Care.', [['Southern Vekland Journal of Primary Care', 'organization']]],
    ['The families were advised by Legal Aid Ontario.', [['Legal Aid Ontario', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // Compass and size words open places, not agencies.
    ['He lives in Greater Western Australia.', [['Greater Western Australia', 'place']]],
    ['Tolvik Rovers beat Vekby Wanderers 2-1.', [['Tolvik Rovers', 'organization'], ['Vekby Wanderers', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('inlets and moorland are places', () => {
  it.each<Case>([
    ['The snail lives on one island in the Vekla Sounds and nowhere else.', [['Vekla Sounds', 'place']]],
    ['Ferries cross Tolvik Sound twice a day.', [['Tolvik Sound', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['Glen Ruiz said no.', [['Glen Ruiz', 'person']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe("a name in the possessive before a person's full name is the person's party, club or employer", () => {
  it.each<Case>([
    ["SLIGO - Tolvik Vekla's Nuala Quarrie won the seat. Tolvik Vekla hold the seat.", [['SLIGO', 'place'], ['Tolvik Vekla', 'organization'], ['Nuala Quarrie', 'person'], ['Tolvik Vekla', 'organization']]],
    ["The win went to Zarnu Tovak's Ana Ruiz.", [['Zarnu Tovak', 'organization'], ['Ana Ruiz', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A person's full name is typed by its own words first; a country stays a place.
    ["Ana Ruiz's Tomas Vekla said no.", [['Ana Ruiz', 'person'], ['Tomas Vekla', 'person']]],
    ["He met Kenya's Ana Ruiz.", [['Kenya', 'place'], ['Ana Ruiz', 'person']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('an event named by a plural head is no team', () => {
  it.each<Case>([
    ["The squad for this summer's Commonwealth Games will be picked.", [['Commonwealth Games', 'other']]],
    ['She won gold at the Tolvik Championships.', [['Tolvik Championships', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['The Tolvik Rams won.', [['Tolvik Rams', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe("a church named after its saint is a building", () => {
  it.each<Case>([
    ["His daughter told mourners at St Colvan's Church that he knew every dog.", [["St Colvan's Church", 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['The Church of Vekland said no.', [['Church of Vekland', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('states and provinces from the region list are weak places', () => {
  it.each<Case>([
    ['The bill, sponsored by Representative Obinna Vekla of Ebonyi, passed.', [['Obinna Vekla', 'person'], ['Ebonyi', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A region named like an English word or a given name is left out; context still decides.
    ['Ford will build the Osprey in Bendigo.', [['Ford', 'organization'], ['Osprey', 'other'], ['Bendigo', 'place']]],
    ['Mpumalanga beat Vekby 24-10.', [['Mpumalanga', 'organization'], ['Vekby', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('nationality words from the nationality list are no names', () => {
  it.each<Case>([
    ['Large numbers of Filipino workers live there.', []],
    ['Cypriot banks fell on Monday.', []],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // A country's name stays a place.
    ['Exports to Belgium rose.', [['Belgium', 'place']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('plural acronyms, plural scale words and plural nouns opening a quotation are no names', () => {
  it.each<Case>([
    ['TOLBY — Hundreds of residents filled the square.', [['TOLBY', 'place']]],
    ['The minister assured MSPs the budget was final.', []],
    ['Police recovered CCTV from three cameras.', []],
    ['"Teachers know their students better," he wrote.', []],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // An acronym that ends in a capital S, and a body named in capitals, stay names.
    ['It was sold by the State Assets Agency (AVSA) on Monday.', [['State Assets Agency', 'organization'], ['AVSA', 'organization']]],
    ['NATO said no.', [['NATO', 'organization']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('a side met at home or away is a team, result or not', () => {
  it.each<Case>([
    ['The Pelicans now sit third and face Bendigo at home this Sunday.', [['Pelicans', 'organization'], ['Bendigo', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // People visit towns; a town with no fixture verb stays a place.
    ['The minister will visit Bendigo at home.', [['Bendigo', 'place']]],
    ['She will meet Bendigo officials.', [['Bendigo', 'place']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('a city that ends like a nationality adjective is still the city', () => {
  it.each<Case>([
    ['Protests that began in Karachi last week spread.', [['Karachi', 'place']]],
    ['An economist at a Jaipur brokerage said so.', [['Jaipur', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['Somali pirates attacked.', []],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable("a club's head word that ends like an adjective stays in the name", [
    ['Fans saw Kestleby Athletic edge Vekby.', [['Kestleby Athletic', 'organization'], ['Vekby', 'other']]],
]);

describe('a capital inside a word marks a name even first in a sentence', () => {
  it.each<Case>([
    ['The wind dropped. VekService said another 60mm might fall.', [['VekService', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['The rain eased. Forecasters said more could fall.', []],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('Irish articles inside names; a candidate after a name makes it a party', () => {
  it.each<Case>([
    ['Páirtí an Chósta candidate Tadhg Ó Cuileagáin finished third.', [['Páirtí an Chósta', 'organization'], ['Tadhg Ó Cuileagáin', 'person']]],
    ['Her first album, "Amhráin an tSléibhe", sold well.', [['Amhráin an tSléibhe', 'other']]],
    ['Vekla Party candidate Ana Ruiz won.', [['Vekla Party', 'organization'], ['Ana Ruiz', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    // "an" before an unmutated capital is English; "the X candidate" may be a place's.
    ['Ana Ruiz an Tomas.', [['Ana Ruiz', 'person'], ['Tomas', 'person']]],
    ['The Tolvik candidate lost.', [['Tolvik', 'other']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('where things happen: administrative heads and places of setting', () => {
  it.each<Case>([
    // An administrative division's category closes a place's name, though a given name opens it.
    ['Two farmers from Randall County were hurt.', [['Randall County', 'place']]],
    ['A hearing is set at the courthouse in Vernon City.', [['Vernon City', 'place']]],
    // A given name only makes a person likely: in a place's frame, with no person's evidence, the name is a place.
    ['In Rosa Tolvera, the harvest began late.', [['Rosa Tolvera', 'place']]],
    ['A fire near Wendell destroyed a barn. Crews searched the ground near Wendell for days.', [['Wendell', 'place'], ['Wendell', 'place']]],
    // A setting before the comma is no list with the name after it.
    ['In Tolvora, Ana Vekla scored twice.', [['Tolvora', 'place'], ['Ana Vekla', 'person']]],
    // The role that speaks for a body may open the sentence.
    ['Economists at Vekla Banka expect a rate rise.', [['Vekla Banka', 'organization']]],
    // "At" and "from" set an unknown name as "in" does, when the name closes its phrase.
    ['At Tolvurra, neighbours said the river rose overnight.', [['Tolvurra', 'place']]],
    ['The probe will lift off from Vekkaran, starting next year.', [['Vekkaran', 'place']]],
    ['Boats left from Orvekka and landed at Talmuru.', [['Orvekka', 'place'], ['Talmuru', 'place']]],
    // A spokesperson or a representative from a name speaks for it, a body (a tester's finding).
    ['A spokeswoman from Zorvekka said the recall was voluntary.', [['Zorvekka', 'organization']]],
    // A business's kind (OpenStreetMap's shop and craft values) closes a body's name.
    ['Ana Moru has run the Tolvik Clam Nursery since 2008.', [['Ana Moru', 'person'], ['Tolvik Clam Nursery', 'organization']]],
    ['She sold her milk to Orvekka Dairy.', [['Orvekka Dairy', 'organization']]],
    // A landform's or a water's head (GeoNames feature codes) closes a place's name.
    ['The pair walked the ridge to Tolvek Peak, which rises to 900 metres.', [['Tolvek Peak', 'place']]],
    ['Vekmar Glacier has lost a third of its ice.', [['Vekmar Glacier', 'place']]],
    ['Boats were moored off Cape Orvekka.', [['Cape Orvekka', 'place']]],
    // "On" too: an island, a street, a mountain.
    ['Crops failed on Tolvanda and Vekmaru this year.', [['Tolvanda', 'place'], ['Vekmaru', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it.each<Case>([
    // "in" after a noun of belief or a possessive after the name: no setting.
    ['She has confidence in Maria Lopez.', [['Maria Lopez', 'person']]],
    ['The meeting was held in Ana Ruiz’s office.', [['Ana Ruiz', 'person']]],
    // A person who speaks keeps the person, though the document also puts the name after "in".
    ['Rosa Tolvera said the plan failed. Fans in Rosa Tolvera’s home town cheered.', [['Rosa Tolvera', 'person'], ['Rosa Tolvera', 'person']]],
    // A name that opens a noun phrase after "at" or "from" is that noun's modifier, not the setting.
    ['She works at Tolvurra Freight.', [['Tolvurra Freight', 'organization']]],
    ['An engineer at Vekkaran said the line was safe.', [['Vekkaran', 'organization']]],
    // Any occupation at a name works for it.
    ['Ana Moru, 19, an apprentice electrician at Tolvik Elektro, said so.', [['Ana Moru', 'person'], ['Tolvik Elektro', 'organization']]],
    ['She is a cashier at Vekmarto.', [['Vekmarto', 'organization']]],
    // A message or a work comes from its sender or maker.
    ['They read a letter from Orvekka, sent last week.', [['Orvekka', 'other']]],
    // "On" after a verb of posting or telling names the medium.
    ['The president wrote in a post on Vekla Social.', [['Vekla Social', 'other']]],
    ['He said on Vekla Social, in a post, that it was over.', [['Vekla Social', 'other']]],
    // A name with a model number is a product's.
    ['Crews fired in Zarnik-12 drones.', [['Zarnik-12', 'other']]],
  ])('no place in %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('what a body is called by: owners, kinds, stations, firms', () => {
  it.each<Case>([
    ['Investors sold shares of state-owned Vekandina after the vote.', [['Vekandina', 'organization']]],
    ['Vekaltro, a cooperative of dairy farmers, opened a plant.', [['Vekaltro', 'organization']]],
    // A possessive name may determine the appositive's noun, and a body's kind outranks the agent-noun ending.
    ['Vekmasol, Norway’s largest chipmaker, opened a plant.', [['Vekmasol', 'organization'], ['Norway', 'place']]],
    // A body's kind right before the name outranks a given name inside it.
    ['The column appeared in the university newspaper De Vekvelder.', [['De Vekvelder', 'organization']]],
    ['“It was close,” coach Ana Vekla told Radio Tolvrek.', [['Ana Vekla', 'person'], ['Radio Tolvrek', 'organization']]],
    ['Analyst Tom Varga of Vekla Market Research expects a cut.', [['Tom Varga', 'person'], ['Vekla Market Research', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it.each<Case>([
    // "the owner", "a partner": roles a person has too.
    ['Ana Vekla, the owner of the shop, said it would close.', [['Ana Vekla', 'person']]],
    ['party leader Rosa Tolvera spoke first.', [['Rosa Tolvera', 'person']]],
  ])('a person in %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('names of many cultures, whole', () => {
  it.each<Case>([
    // The Arabic article stays inside the name it is glued to.
    ['Its chief executive, Huda al-Vekri, visited the site.', [['Huda al-Vekri', 'person']]],
    ['Transport Minister Tariq bin Saleh al-Tolwani opened the road.', [['Tariq bin Saleh al-Tolwani', 'person']]],
    // A role noun, a comma, then the name: the person holding the role.
    ['The bakery’s director, Vekna Tolvar-Reese, was fined.', [['Vekna Tolvar-Reese', 'person']]],
    // A body's "of" complement names its portfolios joined by "and".
    ['The Ministry of Fisheries and Oceans welcomed the vote.', [['Ministry of Fisheries and Oceans', 'organization']]],
    // Portuguese "do" joins a place's name.
    ['Rain fell in Vekla Grande do Norte.', [['Vekla Grande do Norte', 'place']]],
    ['The Sindicato Nacional dos Vekeiros called a strike.', [['Sindicato Nacional dos Vekeiros', 'organization']]],
    // A hyphenated Korean given name follows the surname: "Vek" alone is that person.
    ['Tolsan President Vek Min-seo opened the plant. Vek said output would double.', [['Tolsan', 'organization'], ['Vek Min-seo', 'person'], ['Vek', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it.each<Case>([
    // Two banks joined by "and", each with its own name.
    ['He joined the Bank of Tolvik and Vekla Credit.', [['Bank of Tolvik', 'organization'], ['Vekla Credit', 'organization']]],
    // A hyphenated Western surname keeps its capital: the surname is the last word.
    ['Ana Ruiz-Lee arrived. Ruiz-Lee said the plan was sound.', [['Ana Ruiz-Lee', 'person'], ['Ruiz-Lee', 'person']]],
  ])('%j stays apart', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

describe('bodies, venues, courts and results lines', () => {
  it.each<Case>([
    // A body's head takes "for a"/"of the" before its capitalised complement, and stays the head.
    ['Ana Vekla of the League for a New Tolvara said the vote failed.', [['Ana Vekla', 'person'], ['League for a New Tolvara', 'organization']]],
    ['The Bank of the Vekla grew.', [['Bank of the Vekla', 'organization']]],
    // A court's level before a judge is part of the title.
    ['District Judge Ana Vekla dismissed the claims.', [['Ana Vekla', 'person']]],
    // A special district named for its service is a body.
    ['The Tolvik Valley Health District said two people were ill.', [['Tolvik Valley Health District', 'organization']]],
    ['A meeting is set for the Vekby Armory.', [['Vekby Armory', 'place']]],
    // A facility named after its place, and a destination after a verb of motion.
    ['Pickets stood outside Rosa Vekla station all day.', [['Rosa Vekla', 'place']]],
    ['Cargo ships now sail to Tolvqa.', [['Tolvqa', 'place']]],
    // A results line with a particle in a team's name, opened by a team whose name is also a word.
    ['Results:\nMarsh 1 Colonia del Tolvo 2', [['Marsh', 'organization'], ['Colonia del Tolvo', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it.each<Case>([
    // A holiday dates things: no entity.
    ['We expect results before Thanksgiving.', []],
    ['If the frost has not lifted by Christmas Day, growers will wait.', []],
    // A product with an acronym after "in" is no place.
    ['The feature arrived in Vekla OS X last year.', [['Vekla OS X', 'other']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('wire copy as news agencies file it', [
    // A capitals headline does not make its words names elsewhere in the story.
    ['SOCCER - VEKLAND LEAGUE RESULTS.\nResults of matches played on Saturday:\nTolvik 2 Zarnby 1', [['Tolvik', 'organization'], ['Zarnby', 'organization']]],
    // A dateline with the filing date names a place, though a team takes the town's name below.
    ['TOLVIK 1996-08-31\nTolvik 2 Zarnby 1', [['TOLVIK', 'place'], ['Tolvik', 'organization'], ['Zarnby', 'organization']]],
    // Initials before a surname abbreviate a person's given names.
    ['The side was led by M. Vekworth.', [['M. Vekworth', 'person']]],
    // After a person's name and "of", a name with initials is the employer, a firm named after its founder.
    ['Lina Tesk of K.R. Dovnick said the bank would wait.', [['Lina Tesk', 'person'], ['K.R. Dovnick', 'organization']]],
    // (Not after "of" alone: "the daughter of M. Dovnick" is a person.)
    ['She is the daughter of M. Dovnick.', [['M. Dovnick', 'person']]],
    // A month's name that is also a given name opens a name before a surname's particle.
    ['Jan van der Vekhorst said the dike would hold.', [['Jan van der Vekhorst', 'person']]],
    // A scorecard names the fielder after "c" and the bowler after "b".
    ['England first innings\nM. Vekworth c Tolvane b Marsk 31', [['England', 'place'], ['M. Vekworth', 'person'], ['Tolvane', 'person'], ['Marsk', 'person']]],
]);

describe('names that open a sentence, datelines, halls, roads', () => {
  it.each<Case>([
    // An opening word a name run continues up to a body's or a road's head is the name's first word.
    ['United Bakers and Millers Union organiser Ana Vekla said the deal was fair.', [['United Bakers and Millers Union', 'organization'], ['Ana Vekla', 'person']]],
    ['State Highway 9 reopened on Monday.', [['State Highway 9', 'place']]],
    // The town a dateline names stays a place though its team is the story's subject.
    ['TOLVABAD: Tolvabad beat Zarnpur by four runs.', [['TOLVABAD', 'place'], ['Tolvabad', 'organization'], ['Zarnpur', 'organization']]],
    ['Visitors to Motuvek must book a ferry.', [['Motuvek', 'place']]],
    ['Ana Vekla of Southern Tolv Racing was third.', [['Ana Vekla', 'person'], ['Southern Tolv Racing', 'organization']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });

  it.each<Case>([
    // An adjective that names do not take stays outside the name.
    ['Angry Kestrel Union members walked out.', [['Kestrel Union', 'organization']]],
    // A hall after a title is a person's surname.
    ['Councillor Tom Hall spoke.', [['Tom Hall', 'person']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('kinds of place', [
    ['The star lies in the constellation Lupvek, far away.', [['Lupvek', 'place']]],
    ['Signals came from the Tolvara Southern Array, an optical telescope in southern Chile.', [['Tolvara Southern Array', 'place'], ['Chile', 'place']]],
    // A kind of place in apposition outweighs a name that only looks like a person's.
    ['Vekjokull, a glacier in the west, was declared dead.', [['Vekjokull', 'place']]],
]);

typeTable('market reports', [
    // A market move names what moved, not where; a one-word name compounded with "bank" is a bank.
    ['Shares closed higher, led by gains in Tolvbank and Kestra Insurance, dealers said.', [['Tolvbank', 'organization'], ['Kestra Insurance', 'organization']]],
    // A town the list holds is no bank: its place's frame decides, as for any town.
    ['We met at a function in Clydebank last year.', [['Clydebank', 'place']]],
    ['Clydebank said it would open a branch.', [['Clydebank', 'organization']]],
    ['A fall in Vekora dragged the index down.', [['Vekora', 'other']]],
]);

typeTable('datelines with the wire, makers, party tags', [
    // The name in a dateline's brackets is the wire that filed it; the town is a place.
    ['GENEVA (Vekwire) — Swiss drugmaker Novarta said it would buy a rival.', [['GENEVA', 'place'], ['Vekwire', 'organization'], ['Novarta', 'organization']]],
    ['TOLVIK, March 3 (Vekla News) - The price of coffee rose.', [['TOLVIK', 'place'], ['Vekla News', 'organization']]],
    // A Korean given name's second syllable may have five letters.
    ['Lee Ha-eun spoke. Lee said no.', [['Lee Ha-eun', 'person'], ['Lee', 'person']]],
    // A US lawmaker's party and state are no entity of their own.
    ['Sen. Ana Vekstrom, D-Ore., said the bill would fail.', [['Ana Vekstrom', 'person']]],
    ['The bakery chain Crumvek was sold.', [['Crumvek', 'organization']]],
]);

typeTable('clubs and competitions', [
    // A manager's or a player's former club.
    ['Ana Vekla joined from Zarnby Town in 2022.', [['Ana Vekla', 'person'], ['Zarnby Town', 'organization']]],
    // An event's head alone after "the" is that event.
    ['They are 19th in the Championship.', [['Championship', 'other']]],
    // A demonym before a body's noun that the tagger reads as a verb is still an adjective.
    ['Zarnian police arrested 12 people.', []],
    // A forum is a standing body.
    ['The Vekla Human Rights Forum condemned the arrest.', [['Vekla Human Rights Forum', 'organization']]],
    // A kind of body opening the sentence is no part of the name after it.
    ['Brokerage Kotvek Securities raised its target.', [['Kotvek Securities', 'organization']]],
    ['Carmaker Tolvo Ana said sales rose.', [['Tolvo Ana', 'organization']]],
    // A given name and a surname that is also a place's head, with no preposition of place, stay a person.
    ['She met Ana Park at noon.', [['Ana Park', 'person']]],
    ['Shares in Anvek Tyres gained 2%.', [['Anvek Tyres', 'organization']]],
    // After "the", a body's or a facility's head types a name that opens with a given name.
    ['She was a nurse at the Alfred Vekmoor Hospital.', [['Alfred Vekmoor Hospital', 'place']]],
    // A named road.
    ['A crash on the Tolvash Freeway killed one.', [['Tolvash Freeway', 'place']]],
    // A unit's or a court's ordinal is part of its name.
    ['She led the 82nd Vekla Division.', [['82nd Vekla Division', 'organization']]],
    ['The 8th Tolvik Circuit Court of Appeals ruled.', [['8th Tolvik Circuit Court of Appeals', 'organization']]],
    // A given name and a place's head after a preposition of place name the place.
    ['They won at Marsh Park on Saturday.', [['Marsh Park', 'place']]],
    // What a body does, and foreign institutes' heads.
    ['Novo Vekla, which makes the drug, will seek approval.', [['Novo Vekla', 'organization']]],
    ['Researchers at the Tolvik Institutet agreed.', [['Tolvik Institutet', 'organization']]],
    ['A study published in Vekmedica found no link.', [['Vekmedica', 'organization']]],
    // "May" before a day is the month of a dateline.
    ['TOLVAGOS, May 2 - Petrol prices fell.', [['TOLVAGOS', 'place']]],
    // People who live in a place; after "of" a name completes the subject and does not speak.
    ['Residents of Ikvekja said prices were high.', [['Ikvekja', 'place']]],
]);

typeTable('works and bands', [
    // A kind of work right before a title (or its comma) makes the title a work.
    ['Her debut album, Northern Vekla, won a prize.', [['Northern Vekla', 'other']]],
    ['He starred in the film Tolvik Nights.', [['Tolvik Nights', 'other']]],
    // A band is a body, though its name ends on a place's head.
    ['The band Blue Tolvharbour headline the festival.', [['Blue Tolvharbour', 'organization']]],
]);

typeTable('acronyms opening a sentence, and "and" deep inside a name', [
    ['VEKASA, the weather bureau, said the storm would pass.', [['VEKASA', 'organization']]],
    ['UPDATE: the storm has passed.', []],
    ['The National Disaster Risk Reduction and Management Council said so.', [['National Disaster Risk Reduction and Management Council', 'organization']]],
    ['Tolvik Motors and General Motors cut jobs.', [['Tolvik Motors', 'organization'], ['General Motors', 'organization']]],
]);

typeTable('what "its" and a union\'s members say', [
    // The subject "its" takes back is a body.
    ['Vekfoods will close its plant next year.', [['Vekfoods', 'organization']]],
    ['Tolvra raised its forecast on Monday.', [['Tolvra', 'organization']]],
    // Members in the plural, then a lower-case body noun.
    ['The United Food and Commercial Workers union said it would seek severance.', [['United Food and Commercial Workers', 'organization']]],
]);

typeTable('sentences inside a quotation', [
    // A full stop inside a quotation ends a sentence: the capital after it says nothing of a name.
    ['She said: "We are safe now. Others on this road were not so lucky."', []],
    // An abbreviation's dot ends no sentence.
    ['"We met Mr. Vekla today," she said.', [['Vekla', 'person']]],
]);

typeTable('rivers, mines, honorifics and members in the possessive', [
    // A lower-case kind of place after the name, one modifier may stand between.
    ['Water from the Tolv Vekla river was shared.', [['Tolv Vekla', 'place']]],
    ['Releases from the Toktovek reservoir rose.', [['Toktovek', 'place']]],
    // An irregular plural in the possessive names a body's members.
    ['The head of the Tolvik Fishermen’s Federation spoke.', [['Tolvik Fishermen’s Federation', 'organization']]],
    ['Ana Vekla of the People’s Vekla Party spoke.', [['Ana Vekla', 'person'], ['People’s Vekla Party', 'organization']]],
    // An Indonesian honorific is a title.
    ['"Ibu Vekrati was right," he wrote.', [['Vekrati', 'person']]],
    // A role noun the tagger knows as an actor, a comma, then the name.
    ['"We will appeal," his lawyer, Han Ji-vek, said.', [['Han Ji-vek', 'person']]],
    // The pronoun a speaker takes back is a person's.
    ['Mizuvekra said he would resign.', [['Mizuvekra', 'person']]],
]);

typeTable('headlines in title case', [
    // Capitals mark no name in a title-case headline: only what the story names counts.
    ['Telvora Sales Slip as Strong Dollar Bites\nTelvora said sales fell.', [['Telvora', 'organization'], ['Telvora', 'organization']]],
    ['Tolvik Council Approves New Budget for Schools\nThe Tolvik Council voted on Monday.', [['Tolvik Council', 'organization'], ['Tolvik Council', 'organization']]],
    // A byline names its writer.
    ['By Ana Vekla, Local Democracy Reporter\nThe council met.', [['Ana Vekla', 'person']]],
]);

typeTable('datelines with a country, countries with "and", events, appositive participles', [
    ['ZARVEK, Turkey, Nov 4 (Tolv Wire) - A quake struck.', [['ZARVEK', 'place'], ['Turkey', 'place'], ['Tolv Wire', 'organization']]],
    ['Ana Vekla of Bosnia and Herzegovina was second.', [['Ana Vekla', 'person'], ['Bosnia and Herzegovina', 'place']]],
    // An event's head closes the run, whatever titles it holds ("Premier").
    ['They won in the Tolvia Premier Championship on Sunday.', [['Tolvia Premier Championship', 'other']]],
    // A participle closes the appositive's noun.
    ['Ana Vekla of the Tolv Water Initiative, an advocacy group based in Zarnvek, spoke.', [['Ana Vekla', 'person'], ['Tolv Water Initiative', 'organization'], ['Zarnvek', 'place']]],
    ['Investors bought Kanvek Denki after the results.', [['Kanvek Denki', 'organization']]],
]);

typeTable('objects of prepositions and fixtures with "v"', [
    // After a preposition the name is no subject: it does not speak.
    ['Analysts at Vekla Banka in Brnovek said rates would rise.', [['Vekla Banka', 'organization'], ['Brnovek', 'place']]],
    // In a match report, "X v Y" names two teams.
    ['Results:\nTolvik 2 Zarnby 1\nPostponed: Granvek v Hedvek', [['Tolvik', 'organization'], ['Zarnby', 'organization'], ['Granvek', 'organization'], ['Hedvek', 'organization']]],
]);

typeTable('C-suite titles', [
    ['Chief Financial Officer Ana Vekla resigned.', [['Ana Vekla', 'person']]],
    ['Chief Human Resources Officer Tom Varga quit.', [['Tom Varga', 'person']]],
]);

typeTable('results tables as wires print them', [
    // A dateline's town is every word before the filing date.
    ['NEW YORK 1996-12-06\nResults of games on Thursday:\nVekland 95 Tolvik 88', [['NEW YORK', 'place'], ['Vekland', 'organization'], ['Tolvik', 'organization']]],
    // A note in brackets may close a results line; abbreviations name nothing.
    ['Results:\nZarnby 101 Kelvo 99 (OT)', [['Zarnby', 'organization'], ['Kelvo', 'organization']]],
    // A table's column heads name nothing.
    ['EASTERN CONFERENCE\nW L PCT GB\nVekland 18 3 14 2', [['Vekland', 'organization']]],
]);

typeTable('countries by their other English names', [
    ['Leading scores (Britain unless stated):', [['Britain', 'place']]],
    ['Exports to Turkey and the Czech Republic rose.', [['Turkey', 'place'], ['Czech Republic', 'place']]],
]);

typeTable('who sacks a coach', [
    ['Tolvik sacked coach Mark Venn on Thursday.', [['Tolvik', 'organization'], ['Mark Venn', 'person']]],
    ['Vekfoods fired its chief executive.', [['Vekfoods', 'organization']]],
]);

typeTable('particles in a row, and "of the" after a place head', [
    ['Ursula von der Vekla arrived.', [['Ursula von der Vekla', 'person']]],
    ['Ana de la Tolva spoke.', [['Ana de la Tolva', 'person']]],
    ['He studied in the Republic of the Congo.', [['Republic of the Congo', 'place']]],
]);

typeTable('bodies with places in their names, portfolios before a name', [
    ['The Central Bank of Egypt said inflation rose.', [['Central Bank of Egypt', 'organization']]],
    ['Commercial International Bank led the losses.', [['Commercial International Bank', 'organization']]],
    // A given name the dictionary also has ("Akin") and a surname it lacks, after a portfolio.
    ['The Commissioner for Health Akin Abayovek urged calm.', [['Akin Abayovek', 'person']]],
]);

typeTable('honorifics, MPs and utilities (from the speaker probes)', [
    ['Ms. Okavek has lived in the town for 30 years.', [['Okavek', 'person']]],
    ['Opposition MP Ruth Achivek told parliament.', [['Ruth Achivek', 'person']]],
    ['Iain Vekland MP said so.', [['Iain Vekland', 'person']]],
    ['It was built by Shri Ramesh Tolvadav.', [['Ramesh Tolvadav', 'person']]],
    ['“The ice was perfect,” Paris Whitvek said.', [['Paris Whitvek', 'person']]],
    ['Vekla Power and Light cut supply to 20,000 homes.', [['Vekla Power and Light', 'organization']]],
]);

typeTable('bylines, directions, title givers and amounts', [
    // A byline names the writer, whatever the given name's origin.
    ['Floods close roads\nBy Jessa Tolvane, Weather Reporter\nRain fell all night.', [['Jessa Tolvane', 'person']]],
    ['By Ngozi Vek-Arinze\nThe council met.', [['Ngozi Vek-Arinze', 'person']]],
    // "By" inside a sentence is no byline.
    ['The plant was bought By Tolvane Motors last year.', [['Tolvane Motors', 'organization']]],
    // A direction between the preposition and the name keeps the place frame.
    ['Ms Vekla said the storm was worst in western Sydney on Friday.', [['Vekla', 'person'], ['Sydney', 'place']]],
    // Who speaks for a place's governor speaks for no body named by the place.
    ["A spokesman for Nevada's governor declined to comment.", [['Nevada', 'place']]],
    // A title in lower case after a name is given by it: a body, unless the name is a place.
    ['"We are staying," said Korvane president Ana Vekholm.', [['Korvane', 'organization'], ['Ana Vekholm', 'person']]],
    ['Nevada governor Tom Vekla said no.', [['Nevada', 'place'], ['Tom Vekla', 'person']]],
    // A currency's letters fused to an amount and its scale are no name; a road or a model keeps its name.
    ['Tolvane owes them Sh275 million and posted N96bn in profit.', [['Tolvane', 'other']]],
]);

typeTable('a possessive body before a name owns what follows', [
    // "the union's Nevada chapter": the union owns the chapter; the name is the place it is in.
    ["He leads the union's Nevada chapter.", [['Nevada', 'place']]],
    // Without the possessive, a kind of body right before the name describes it.
    ['The union Vekla Workers called a strike.', [['Vekla Workers', 'organization']]],
]);

typeTable('named facilities', [
    // A hospital people are taken to is a named facility (a place), as stadiums and halls are; one
    // that acts is the body that runs it (see 'a hospital that acts or employs').
    ['Two patients were taken to Vekla Provincial Hospital.', [['Vekla Provincial Hospital', 'place']]],
    ['The Tolvane Royal Infirmary opened a new ward.', [['Tolvane Royal Infirmary', 'organization']]],
]);

typeTable('team sheets', [
    // A side, a colon, and its players by formation line: every name is a player, even a town's.
    ["Vekby: Dunmore; Halloran, Ode, O'Keefe, Ly; Tan-Rowe, Mac an Bhaird, Lusk; Pryde, Price, Ng. Subs: Karaca.", [
      ['Vekby', 'other'], ['Dunmore', 'person'], ['Halloran', 'person'], ['Ode', 'person'], ["O'Keefe", 'person'], ['Ly', 'person'], ['Tan-Rowe', 'person'],
      ['Mac an Bhaird', 'person'], ['Lusk', 'person'], ['Pryde', 'person'], ['Price', 'person'], ['Ng', 'person'], ['Karaca', 'person'],
    ]],
]);

describe('team sheets', () => {
  it('takes a list of towns after a colon, with no formation semicolons, for no team sheet', () => {
    const types = typesOf('Fire bans: Dunmore, Halloran, Ode, Tolford, Lusk, Pryde, Price.');
    expect(types).toHaveLength(7);
    expect(types.filter(([, type]) => type === 'person')).toEqual([]);
  });
});

typeTable('a place before a time', [
    // "in X tomorrow": a time after the name keeps the place frame.
    ['Snow will fall in Tolvby tomorrow.', [['Tolvby', 'place']]],
    // A name that modifies a noun after "in" is still no place by the frame ("in Tolvby shares").
    ['Trading in Tolvby shares resumed.', [['Tolvby', 'organization']]],
]);

typeTable('portfolios of two words', [
    // Two plain English words before a minister's title are its portfolio, not a body.
    ['Inland Fisheries Minister Harjit Vekla told the assembly.', [['Harjit Vekla', 'person']]],
    ['Rural Roads Secretary Ana Tolvane resigned.', [['Ana Tolvane', 'person']]],
    // A body with a strong head before the title keeps its name.
    ['Vekla Airlines Secretary Tom Vek said no.', [['Vekla Airlines', 'organization'], ['Tom Vek', 'person']]],
]);

typeTable('ranks, bills, portfolios and counties', [
    // Ranks and the advocate's title before a name.
    ['Army spokesman Brigadier Piet van der Vekster said two men fled.', [['Piet van der Vekster', 'person']]],
    ['The court heard Advocate Meera Vekan for the tenants.', [['Meera Vekan', 'person']]],
    // A parliament's bill, capitalised, is no man called Bill.
    ['The assembly passed the fisheries Bill, and this Bill is law.', []],
    ['Bill Vekla said the Bill was dead.', [['Bill Vekla', 'person']]],
    // The portfolio after "Minister for" is part of the title; a place there is kept.
    ['The Minister for Sport, Niamh Vekla, praised him.', [['Niamh Vekla', 'person']]],
    ['The Minister for Tolvia spoke.', [['Tolvia', 'other']]],
    // "Co" before a name is an Irish county; after a name, a company.
    ['She was born in Dingle, Co Vekmore, in 1950.', [['Dingle', 'place'], ['Co Vekmore', 'place']]],
    ['Vekla Co. said profits rose.', [['Vekla Co.', 'organization']]],
]);

typeTable('small towns where things happen', [
    // A town the gazetteer knows (GeoNames, over 1,000 people) but too small for the city list,
    // where something happens, is a place.
    ['Roads near Kerikeri flooded on Monday.', [['Kerikeri', 'place']]],
    ['Homes across Moerewa lost power.', [['Moerewa', 'place']]],
    // A town written without the letters Unicode does not decompose ("ø", "ł") is still the town.
    ['A ferry from Tromso docked late.', [['Tromso', 'place']]],
    ['A ferry from Tromsø docked late.', [['Tromsø', 'place']]],
]);

typeTable('a name the tagger reads together with the lower-case nouns after it', [
    // The tagger's company ("X Computers") shared with lower-case words is no evidence of a body.
    ['Engineers said Vekmara computers would ship in June.', [['Vekmara', 'other']]],
    ['Tolvakh coffee growers win higher price.', [['Tolvakh', 'other']]],
    // (A body's kind closing the phrase names that body; stock nouns vote for the company.)
    ['She founded the Kaz Vekla school, where children learn.', [['Kaz Vekla', 'organization']]],
    ['Analysts expect Vekmara shares to fall.', [['Vekmara', 'organization']]],
]);

typeTable('venues, and acronyms defined in brackets', [
    // A centre of a venue's kind and a theatre are buildings; a research centre is a body.
    ['Delegates met at the Tolvane Convention Centre and the Vekla Theatre.', [['Tolvane Convention Centre', 'place'], ['Vekla Theatre', 'place']]],
    ['The Vekla Research Centre said costs rose.', [['Vekla Research Centre', 'organization']]],
    // Two words after "the" name the building too; a research centre stays a body.
    ['The mayor told a briefing at the Civic Centre that the plan was dead.', [['Civic Centre', 'place']]],
    ['The Research Centre said costs rose.', [['Research Centre', 'organization']]],
    // An acronym in brackets after the name it spells takes that name's type in the whole document.
    ['The Vekla Makers Fair (VMF) opened. Crowds left the VMF early.', [['Vekla Makers Fair', 'other'], ['VMF', 'other'], ['VMF', 'other']]],
    ['The Vekla Farmers Union (VFU) said no. The VFU will strike.', [['Vekla Farmers Union', 'organization'], ['VFU', 'organization'], ['VFU', 'organization']]],
    // (A word may give letters after its initial, "Worldwide" two, and a maker's name before the event's may stay out of the acronym.)
    ['Crowds queued at the Tolvane Worldwide Makers Conference (WWMC) on Monday. The WWMC ends on Friday.', [['Tolvane Worldwide Makers Conference', 'other'], ['WWMC', 'other'], ['WWMC', 'other']]],
    // (Not after a person's name: a person's bracket holds a code or a party, whatever letters it shares.)
    ['Dana Brookwell (DBW) said the plan was dead. DBW left.', [['Dana Brookwell', 'person'], ['DBW', 'organization'], ['DBW', 'organization']]],
    // The acronym also says where a name with "and" and "of" inside starts: the names before it
    // that together spell it are one body, and the acronym is that body.
    ['The Federation of Tolvane Guides and Porters of Nepal (FTGPN) says fees rose.', [['Federation of Tolvane Guides and Porters of Nepal', 'organization'], ['FTGPN', 'organization']]],
    ["The Vekla Cane Planters' and Millers' Council (VCPMC) said on Tuesday output fell.", [["Vekla Cane Planters' and Millers' Council", 'organization'], ['VCPMC', 'organization']]],
    // (A person in the run is a party of their own, never a word of the body's name.)
    ['Tomas Korvane and Ana Vekla Holdings (TKAVH) signed a deal.', [['Tomas Korvane', 'person'], ['Ana Vekla Holdings', 'organization'], ['TKAVH', 'organization']]],
    ['The opposition Alliance for Reform and Unity (ARU) voted against. The ARU has 12 seats.', [['Alliance for Reform and Unity', 'organization'], ['ARU', 'organization'], ['ARU', 'organization']]],
    // An acronym the last name spells alone defines that name only: "and" keeps two bodies apart.
    ['Tolvane Farms and Vekla Mills (VM) signed a deal on Monday.', [['Tolvane Farms', 'organization'], ['Vekla Mills', 'organization'], ['VM', 'organization']]],
    // (Each function word's initial may be kept or left out on its own: "of" kept, "and the" dropped.)
    ['The Board of Tolvane Ports and the Waterways (BOTPW) said fees rose.', [['Board of Tolvane Ports and the Waterways', 'organization'], ['BOTPW', 'organization']]],
    // (A paragraph break ends the run: the acronym defines what its own paragraph names.)
    ['Delegates came from the Tolvane Growers and\n\nVekmoor Millers (TGVM) sent a letter.', [['Tolvane Growers', 'organization'], ['Vekmoor Millers', 'organization'], ['TGVM', 'organization']]],
    // Capitals alone in brackets after a name are its short form, though they spell an English word,
    // mix cases or come from syllables, and the untyped ones take the name's type.
    ['The bill gives the Tolbeg Exchange Commission (SEC) power to act.', [['Tolbeg Exchange Commission', 'organization'], ['SEC', 'organization']]],
    ['The Tolvane Assets Office (MAP) failed to publish the figures.', [['Tolvane Assets Office', 'organization'], ['MAP', 'organization']]],
    // After a person's name opened by a given name, capitals in brackets are a country's code, no short form (a tester's finding).
    ['Ingrid Solvik (NOR) won the sprint in 9.98 seconds.', [['Ingrid Solvik', 'person']]],
    ['It was built by the Korvane Space Agency (KorSA) and a college.', [['Korvane Space Agency', 'organization'], ['KorSA', 'organization']]],
    ['The Vekmoor Traders Association (VEMOTRA) said it would appeal.', [['Vekmoor Traders Association', 'organization'], ['VEMOTRA', 'organization']]],
    // (Not a unit or a country in brackets, and not capitals with no name before them.)
    ['The fee is $40 (USD) a year, and the Vekla Holdings (UK) office pays it.', [['Vekla Holdings', 'organization'], ['UK', 'place']]],
    ['Prices rose, the report (FINAL) said.', []],
]);

typeTable('names in East Asian order, and a title the tagger reads as a verb', [
    // A short surname and a hyphenated given name make a person, with or without a title.
    ['Vek Min-jae, whose son was hurt, said nothing.', [['Vek Min-jae', 'person']]],
    ['Prosecutor Tol Hye-won told reporters the firm lied.', [['Tol Hye-won', 'person']]],
    // "Judge" opening a sentence is the title before a name, not an imperative.
    ['Judge Korvane said the firm lied.', [['Korvane', 'person']]],
]);

typeTable('"and" inside a body\'s name', [
    ['The Maltese Farming and Fishing Alliance said no.', [['Maltese Farming and Fishing Alliance', 'organization']]],
    ['The Union of Postal and Courier Workers said no.', [['Union of Postal and Courier Workers', 'organization']]],
    ['The figures came from its Maritime and Fisheries Ministry on Monday.', [['Maritime and Fisheries Ministry', 'organization']]],
    // Two names joined by "and" stay two.
    ['Talks between Tolvane Motors and Vekla Steel failed.', [['Tolvane Motors', 'organization'], ['Vekla Steel', 'organization']]],
    // A body's head before "and" closes a name of its own; a union's "of" joins only when the name goes on.
    ['Ministers said its Treasury and Foreign Office would review it.', [['Treasury', 'organization'], ['Foreign Office', 'organization']]],
    ['The Vekland Union of Teachers and Solidarity joined the strike.', [['Vekland Union of Teachers', 'organization'], ['Solidarity', 'organization']]],
]);

typeTable('the first word of a person\'s name, speaking alone, is the given name', [
    // An age after the surname makes the name a person's, so its first word speaking alone is the person too.
    ['Harvek Tol Korvalia has farmed there for years. "It burns," Korvalia, 63, said. Harvek says the money came late.', [['Harvek Tol Korvalia', 'person'], ['Korvalia', 'person'], ['Harvek', 'person']]],
    // A body shortened to its first word still speaks as the body.
    ['Kestrel Aerospace launched a rocket. Kestrel said it would fly again.', [['Kestrel Aerospace', 'organization'], ['Kestrel', 'organization']]],
    // A body's votes beyond speaking keep it a body; a person's own evidence keeps a name a person
    // even when a body is named by its first word.
    ['Harvek Tol Korvalia, 63, farms there. Harvek shares fell 4 percent.', [['Harvek Tol Korvalia', 'person'], ['Harvek', 'organization']]],
]);

typeTable('teams named by a plural after a town', [
    // A plural whose singular ends in "-ie" ("magpie") is still a plural common noun.
    ['They meet the Tolvane Magpies on Saturday.', [['Tolvane Magpies', 'organization']]],
    // A given name that opens a place's name with its head ("Harbour") is the town's, not a person's.
    ['He played nine seasons with Vernon Harbour Falcons before coaching.', [['Vernon Harbour Falcons', 'organization']]],
    // A town's whole name in the town list (GeoNames) that ends like a plural is the town, not a team.
    ['She drove to Builth Wells on Monday.', [['Builth Wells', 'place']]],
    ['The Tolvane Hawks won again.', [['Tolvane Hawks', 'organization']]],
]);

typeTable('a side keeping its place in the table, or winning its own game, is a team', [
    ['Vekla City beat Tolvane Rovers 3-1. Brattmoor stay seventh.', [['Vekla City', 'organization'], ['Tolvane Rovers', 'organization'], ['Brattmoor', 'organization']]],
    ['Brattmoor won their quarter-final by six wickets.', [['Brattmoor', 'organization']]],
    ['Brattmoor lost their opener at home.', [['Brattmoor', 'organization']]],
    // A person's game is "her" or "his"; "their" with no game, or a stay with no place, says nothing.
    ['Ana Brattmoor won her semi-final.', [['Ana Brattmoor', 'person']]],
    ['Brattmoor won their hearts.', [['Brattmoor', 'other']]],
    ['Brattmoor stay open late.', [['Brattmoor', 'other']]],
    ['Fans in Brattmoor stay indoors.', [['Brattmoor', 'other']]],
]);

typeTable('scoring summaries under a match report', [
    // Names after a scoring label are players; the side a line opens with is a team.
    ['Vekby - Tries: Tolvu, Marsvek 2. Penalties: Korvalu (3).', [['Vekby', 'organization'], ['Tolvu', 'person'], ['Marsvek', 'person'], ['Korvalu', 'person']]],
    ['Goals: Korvane 67 pen, Tisdel (2).', [['Korvane', 'person'], ['Tisdel', 'person']]],
    // A colon after "goals" in prose lists no players.
    ['The firm listed its goals: growth, profit.', []],
]);

typeTable('a city\'s name before a double-barrelled surname', [
    ['She toured with Paris Tolvahy-Vek in the lead role.', [['Paris Tolvahy-Vek', 'person']]],
    // The second half of the surname may be an English word.
    ['A low cross from Paris Vekanji-Hart levelled it.', [['Paris Vekanji-Hart', 'person']]],
    // A saint's title opens the second part of a club's or a place's name.
    ['Fans of Paris Saint-Germain cheered.', [['Paris Saint-Germain', 'organization']]],
]);

typeTable('honorifics of many cultures, and particles inside names', [
    ['The leader, Alhaja Rukola Vekaran, said traders lost stock.', [['Rukola Vekaran', 'person']]],
    ['Tolvaka captain Ratu Josaia Vekalu said so.', [['Tolvaka', 'organization'], ['Josaia Vekalu', 'person']]],
    ['"We are here," Cr Tolvane-Nkosi said.', [['Tolvane-Nkosi', 'person']]],
    ['Headteacher Sunita Vekla-Grant said so.', [['Sunita Vekla-Grant', 'person']]],
    // Arabic "bint" (daughter of) and Kikuyu "wa" (of) stand inside a person's name.
    ['The bank chief, Sheikha Latifa bint Saeed al-Vekaidi, said so.', [['Latifa bint Saeed al-Vekaidi', 'person']]],
    ['Governor Mwangi wa Vekiri is due on Monday.', [['Mwangi wa Vekiri', 'person']]],
    // Iban and Malay "anak" (child of) joins a Sarawak name to the father's (spk32).
    ['The headman, Rentap anak Lasavek, met the buyers.', [['Rentap anak Lasavek', 'person']]],
    ['On Sunday Ulin anak Tolvak sold his rubber at the jetty.', [['Ulin anak Tolvak', 'person']]],
    // (must stay: the word with no name after it is no part of a name)
    ['Sumang Tolvik calls every boy in the longhouse anak.', [['Sumang Tolvik', 'person']]],
    // A place named after a titled person keeps the title; a given name or a verb of saying after it makes the person.
    ['The crowd gathered at Ratu Vekuna Park.', [['Ratu Vekuna Park', 'place']]],
    ['Traffic was diverted along Tun Tolvak Road.', [['Tun Tolvak Road', 'place']]],
    ['Mayor Jane Park said no.', [['Jane Park', 'person']]],
    ['Governor Tolvane Park said no.', [['Tolvane Park', 'person']]],
]);

typeTable('populated places by their kind, and places someone is sent to', [
    ['Floods cut off Vekacocha, a fishing community of 2,100 people.', [['Vekacocha', 'place']]],
    ['"The porter sent us to Tolvarina," she said.', [['Tolvarina', 'place']]],
    // The verb's object may stand between it and "to": a number of people, a thing and its means.
    ['Last year the clinic referred 212 patients to Vekago.', [['Vekago', 'place']]],
    ['"My father sent it by boat to Tolveira," she said.', [['Tolveira', 'place']]],
    // (a message sent names a recipient, not a place)
    ['She sent a letter to Vekarina on Monday.', [['Vekarina', 'other']]],
    // A verb of talking before "to" names a recipient, not a place; a body is sent or referred to as often as a place.
    ['They spoke to Vekarina on Monday.', [['Vekarina', 'other']]],
    ['The case was referred to Interpol.', [['Interpol', 'organization']]],
]);

typeTable('a body by its frame and a person only by the look of its words: one body', [
    ['Exports fell, figures from state energy company Marisol Vekneft showed. Marisol Vekneft said on Monday that work would finish.', [['Marisol Vekneft', 'organization'], ['Marisol Vekneft', 'organization']]],
    // (a guard: a person's own evidence, an appositive role, keeps the person)
    ['Marisol Vekneft, a lawyer, said the case would go on. Marisol Vekneft said on Monday that work would finish.', [['Marisol Vekneft', 'person'], ['Marisol Vekneft', 'person']]],
]);

typeTable('one word after a preposition of setting and "the", ending its phrase: a region or a river', [
    ['The levy would hit growers in the Vekaco.', [['Vekaco', 'place']]],
    // (A given name there is no person either: "on the Padma".)
    ['Fog halted ferry services on the Marisol.', [['Marisol', 'place']]],
    // (a guard: a piece of writing appears in a journal)
    ['A study published in the Vekcet found gains.', [['Vekcet', 'other']]],
    // (a guard: an event keeps its head)
    ['They lost in the Vekla Cup final.', [['Vekla Cup', 'other']]],
]);

typeTable('where a crowd watches is a venue', [
    ['About 900 spectators watched at the Tolvana Dvorana on Sunday.', [['Tolvana Dvorana', 'place']]],
    ['She praised the crowd of 2,100 at the Ginásio Vekla Alto, many in scarves.', [['Ginásio Vekla Alto', 'place']]],
    // (a guard: staff work at a body)
    ['She works as an analyst at the Vekla Tolvane.', [['Vekla Tolvane', 'other']]],
    // (guards: a crowd also gathers at an event, and a name before a lower-case noun only modifies it)
    ['The audience at the Ostrova Festival clapped for ten minutes.', [['Ostrova Festival', 'other']]],
    ['A crowd of 2,000 at the Tolvane rally cheered the senator.', [['Tolvane', 'other']]],
]);

typeTable('small businesses and a treasury by their head word', [
    ['Ana Vek, who runs Golden Tolva Bakery with her husband, said the raiders fled.', [['Ana Vek', 'person'], ['Golden Tolva Bakery', 'organization']]],
    ['The Vekla National Treasury releases the money in March.', [['Vekla National Treasury', 'organization']]],
]);

typeTable('quoted titles keep their article', [
    ['Her debut album "The Tide Vekla", issued in 1984, sold well.', [['The Tide Vekla', 'other']]],
    ['He read "Tide Vekla" twice.', [['Tide Vekla', 'other']]],
]);

typeTable('names ending like a nationality, and a body\'s kind after its name', [
    // A bare "-an" or "-i" ends many names: only a known nationality is read as an adjective there.
    ['Shares of Vekalayaan rose 4.3 percent.', [['Vekalayaan', 'organization']]],
    ['Kenyan police arrested two men.', []],
    // A region's or a people's demonym no country list holds, one made of a place's name and its
    // ending, and a two-word place's demonym are no names either.
    ['"The roads are shut," the Nepali tourism ministry said.', []],
    ['Kashmiri traders met. Catalan deputies voted.', []],
    ['Sri Lankan officials met.', []],
    // A regional demonym before a title, or alone, is no name; the official after the title stays.
    ['"We sign today," Catalan Interior Minister Vekrom Tolbaev said.', [['Vekrom Tolbaev', 'person']]],
    ['The trader, a Yazidi, left.', []],
    // Must stay: a body named for the people keeps its demonym.
    ['The Pashtun Vekla Bank rose.', [['Pashtun Vekla Bank', 'organization']]],
    // A plural noun the tagger reads as a verb ("studies") after a demonym leaves it an adjective;
    // must stay: a verb with its object after a name ("wins the final").
    ['The Vekla academy closed its Caucasian studies programme.', [['Vekla', 'organization']]],
    ['Tolvarian wins the final.', [['Tolvarian', 'other']]],
    // A lower-case kind of body after a name that "the" opens.
    ['She runs the Tolvami cooperative with 340 households.', [['Tolvami', 'organization']]],
    ['The Tolvik council said no.', [['Tolvik', 'place']]],
    // A word no dictionary holds, opening a sentence before ", which", is a name whatever the tagger guesses.
    ['Vekboze, which owns 46 grain silos, said nothing.', [['Vekboze', 'organization']]],
]);

typeTable('a body\'s head outweighs a compass word or a given name opening the name', [
    ["Ana Vekar, head of the North Tolvuna Boatmen's Alliance, spoke.", [['Ana Vekar', 'person'], ["North Tolvuna Boatmen's Alliance", 'organization']]],
    ['"Sell now," said Ruth Tolvar of Morgan Vekemp Securities.', [['Ruth Tolvar', 'person'], ['Morgan Vekemp Securities', 'organization']]],
]);

typeTable('a title ending the text names no one and breaks nothing', [
    // A fuzzed text ending on a minister's or secretary's title once threw (a portfolio check read past the last token).
    ['He met the Secretary', []],
    ['Minister', []],
    ['Rural Secretary', []],
]);

typeTable('grounds, recreation centres and a city whose name ends like a plural', [
    ['Members told a rally at Vekunji Grounds that they would stay out.', [['Vekunji Grounds', 'place']]],
    ['Fans at the Tolvane Recreation Centre cheered.', [['Tolvane Recreation Centre', 'place']]],
    // "Arenas" is a plural, but the whole name is a city's, not a team's.
    ['She works at a textile mill in Dos Hermanas, and sings.', [['Dos Hermanas', 'place']]],
]);

typeTable('a town after a building\'s name and a comma', [
    ["The service is at St Vekla's Church, Tolbeg, followed by burial.", [["St Vekla's Church", 'place'], ['Tolbeg', 'place']]],
    // A person after the comma keeps the person; so does a name with an age or a verb of saying after it.
    ['They met at Vekla Hall, Ana Ruiz said.', [['Vekla Hall', 'place'], ['Ana Ruiz', 'person']]],
    ["Speaking outside St Vekla's Church, Tolvane, 54, said the roof leaked.", [["St Vekla's Church", 'place'], ['Tolvane', 'person']]],
]);

typeTable('leagues and divisions named for a sport or a level of play are competitions', [
    ['Northport climbed to fourth in the Vekla Hockey League on Sunday.', [['Northport', 'organization'], ['Vekla Hockey League', 'other']]],
    ['The Tolvane Super Division starts in May.', [['Tolvane Super Division', 'other']]],
    ['She captained the side in the Vekmoor Junior League.', [['Vekmoor Junior League', 'other']]],
    // A party's wings and a police unit are bodies; so is a league whose words come after "of".
    ['The Vekla Youth League called for his resignation.', [['Vekla Youth League', 'organization']]],
    ['The League of Tolvane Voters hosted a debate.', [['League of Tolvane Voters', 'organization']]],
    // With no sport or level, a league or a division is a body: an alliance of states, a police unit, a court's bench.
    ['The Arab League met in Cairo.', [['Arab League', 'organization'], ['Cairo', 'place']]],
    ['Police said the Fraud Division would act.', [['Fraud Division', 'organization']]],
    ['The appeal went to the Criminal Division.', [['Criminal Division', 'organization']]],
]);

typeTable('one sense per match report: a town that a mention makes a team is the team elsewhere too', [
    [
      'Nanaimo coach Ana Vekli was blunt after a 4-3 loss to Kamloops. "Kamloops doesn\'t make many mistakes," she said.',
      [['Nanaimo', 'organization'], ['Ana Vekli', 'person'], ['Kamloops', 'organization'], ['Kamloops', 'organization']],
    ],
    // "trailed 3-1 after two periods": the state of a game, at a point of it, names a team.
    ['Kamloops trailed 3-1 after two periods.', [['Kamloops', 'organization']]],
    // Polls, crowds and tallies are led too, and being handed a result is no team's alone.
    ['Vice President Ana Vekla led Rosa Tolz 48-46 among likely voters. Tolz trailed 44-47 in Ohio.', [['Ana Vekla', 'person'], ['Rosa Tolz', 'person'], ['Tolz', 'person'], ['Ohio', 'place']]],
    ['Organisers said Okafor led 200-300 protesters.', [['Okafor', 'other']]],
    ['The late ace gave Vekla a 5-4 lead in the deciding set.', [['Vekla', 'other']]],
    // No result in the story: the town stays a town, however it trails.
    ['Kamloops trailed Nanaimo in the count. Kamloops has 100,000 residents.', [['Kamloops', 'place'], ['Nanaimo', 'place'], ['Kamloops', 'place']]],
]);

typeTable('an English word opening a sentence before a lower-case body noun is no name', [
    ['It was over, she said. School board chair Ana Vekli wept.', [['Ana Vekli', 'person']]],
    ['Rocket company Vekla Launch raised $240 million.', [['Vekla Launch', 'organization']]],
    // A word the document capitalises mid-sentence too is a name; so is a town before its council.
    ['Apple supplier Tolvcon said so. Shares of Apple fell.', [['Apple', 'organization'], ['Tolvcon', 'organization'], ['Apple', 'organization']]],
    ['Bath council voted on Monday.', [['Bath', 'place']]],
]);

typeTable('newspapers named by a title word after a town', [
    ['"We are done," she told the Tolby Advertiser.', [['Tolby Advertiser', 'organization']]],
    ['The Vekla Clarion and the Kestrel Examiner both ran it.', [['Vekla Clarion', 'organization'], ['Kestrel Examiner', 'organization']]],
]);

typeTable('"and" inside a party\'s name after a lower-case modifier', [
    ['He said so. The ruling Liberty and Renewal Party has yet to pick a leader.', [['Liberty and Renewal Party', 'organization']]],
    ['The opposition Peace and Freedom Front said no.', [['Peace and Freedom Front', 'organization']]],
    // Names no dictionary holds may be two bodies; two known names stay two.
    ['The ruling Vekla and Tolvane Party won.', [['Vekla', 'organization'], ['Tolvane Party', 'organization']]],
    ['The big Ford and General Motors plants closed.', [['Ford', 'organization'], ['General Motors', 'organization']]],
]);

typeTable('a lower-case division or neighbourhood noun after a name makes it a place', [
    ['Fire destroyed 40 shops in the Tolbodi area of the city.', [['Tolbodi', 'place']]],
    ['Floods reached the Vekmara region and the Kestubo district.', [['Vekmara', 'place'], ['Kestubo', 'place']]],
    // Not after a possessive: "Vekla's area manager" is someone's.
    ["Vekla's area manager resigned.", [['Vekla', 'other']]],
]);

typeTable('a town listed among places is the town, not a person its given name suggests', [
    [
      'He exhibited in Vienna, Boston and Sydney. His former assistant Sydney Vekla-Tolz said so.',
      [['Vienna', 'place'], ['Boston', 'place'], ['Sydney', 'place'], ['Sydney Vekla-Tolz', 'person']],
    ],
    // Among people, the given name stays a person's.
    ['Ana Vekla, Tom Tolz and Sydney Kerr said so.', [['Ana Vekla', 'person'], ['Tom Tolz', 'person'], ['Sydney Kerr', 'person']]],
    // A name no given-name list holds, typed a person or a body by its shape, is one more place of the list.
    ['We sold cheese in Ulvika, Pernasto and Vesi Harjula, he said.', [['Ulvika', 'place'], ['Pernasto', 'place'], ['Vesi Harjula', 'place']]],
    ['The firm runs three plants near Tolvik, Dravo and Vekmedia.', [['Tolvik', 'place'], ['Dravo', 'place'], ['Vekmedia', 'place']]],
    // A given name opening it keeps the person; so does a list with no preposition of place before it.
    ['Fans travelled from Tolby, Vekstad and Marla Ruhn.', [['Tolby', 'place'], ['Vekstad', 'place'], ['Marla Ruhn', 'person']]],
    ['She thanked Ulvika, Pernasto and Vesi Harjula.', [['Ulvika', 'person'], ['Pernasto', 'person'], ['Vesi Harjula', 'person']]],
]);

typeTable('a name in apposition to a possessive and a noun for a person is a person', [
    // The name the run leaves untyped takes the person's type, and its other mentions with it.
    ['Her apprentice, Drevo, joined in May. "She never rests," said Drevo.', [['Drevo', 'person'], ['Drevo', 'person']]],
    ['Their daughter, Ilse Vekmar, said the farm would close.', [['Ilse Vekmar', 'person']]],
    // A noun for no person leaves the name as it was.
    ['Her company, Vekla Foods, sold 300 tonnes.', [['Vekla Foods', 'organization']]],
    ['Their boat, Tolva Star, sank in the storm.', [['Tolva Star', 'other']]],
    // A role a body can fill, with no person's mark on the name, leaves it as it was (a tester's cases).
    ['His backer, Velmora, pulled out after the final.', [['Velmora', 'other']]],
    ['Her client, Trovix, paid the fine.', [['Trovix', 'other']]],
    ['His deckhand, Drevo, is 19.', [['Drevo', 'person']]],
    // No comma, no apposition: "his nephew in Korvaa" is where the nephew is.
    ['His nephew lives in Korvaa, a village near the coast.', [['Korvaa', 'place']]],
]);

typeTable('a name after people in the plural and "from" is where they come from', [
    // The name typed a person by its shape is the place, and so is its other mention; a list shares it.
    [
      'The court ordered the firm to pay 212 fishermen from Kelo-Madiouth. Several of them still live in Kelo-Madiouth and Mvour, lawyers said.',
      [['Kelo-Madiouth', 'place'], ['Kelo-Madiouth', 'place'], ['Mvour', 'place']],
    ],
    // A singular noun, a possessive or a body keeps its type.
    ['He had a letter from Vekla-Tolz.', [['Vekla-Tolz', 'person']]],
    ["The pupils from Ana Vekla-Tolz's class sang.", [['Ana Vekla-Tolz', 'person']]],
    ['Workers from Vekla Foods joined them.', [['Vekla Foods', 'organization']]],
]);

typeTable('a name between "a N-year-old" and a noun for a person is where the person lives', [
    ['A 27-year-old Vekgrove man will appear in court on Monday.', [['Vekgrove', 'place']]],
    ['An 80-year-old Tolvane resident died.', [['Tolvane', 'place']]],
    // Before a thing, or a name already typed, nothing changes.
    ['A 30-year-old Tolvane truck was found.', [['Tolvane', 'other']]],
    ['A Labour man said so.', [['Labour', 'organization']]],
    // A faith's noun for people or a dictionary word is no town (a tester's cases).
    ['A 31-year-old Muslim nurse was attacked in Orvela.', [['Muslim', 'other'], ['Orvela', 'place']]],
    ['A 52-year-old Hindu teacher spoke.', [['Hindu', 'other']]],
]);

typeTable("a transcript's capitals speaker labels are persons", [
    [
      'HOST (MIRA KESTEVAN): Good evening. With me is Anto Ruvela, a skipper.\n\nRUVELA: The ferry is full.\n\nKESTEVAN: Is that right?\n\nRUVELA: It is.',
      [['MIRA KESTEVAN', 'person'], ['Anto Ruvela', 'person'], ['RUVELA', 'person'], ['KESTEVAN', 'person'], ['RUVELA', 'person']],
    ],
    // Labels that each open one line are a round-up's datelines, not turns: they stay places.
    ['TOLVIK: Rain closed the port on Monday.\n\nVEKBY: The ferry ran late.', [['TOLVIK', 'place'], ['VEKBY', 'place']]],
    // A known place's or a dictionary word's label names no speaker and counts toward no turns (a tester's cases).
    ['BERLIN: Talks resumed.\n\nBERLIN: Talks continue.\n\nOSLO: Sirens sounded.', [['BERLIN', 'place'], ['BERLIN', 'place'], ['OSLO', 'place']]],
    ['UPDATE: Power is back.\n\nUPDATE: Two roads are shut.\n\nVORKELA: Floods cut the line.', [['VORKELA', 'place']]],
    ['Q: Were you there?\n\nA: Yes.\n\nQ: And then?\n\nA: We left.', [['Q', 'other'], ['Q', 'other']]],
]);

typeTable('a name before a lower-case "index" that moves is a stock index', [
    ['The OMX Tolvik index fell 2 percent on Monday.', [['OMX Tolvik', 'other']]],
    ['The VSE index gained 1.1 percent.', [['VSE', 'other']]],
    // A body's head, a share price or an index that does not move keeps the body.
    ['The Tolvik Institute index rose to 54.', [['Tolvik Institute', 'organization']]],
    ['Shares in Vekla Foods fell 3 percent.', [['Vekla Foods', 'organization']]],
    ['The BVX index of bank shares is published daily.', [['BVX', 'organization']]],
]);

typeTable('a direction before a bare kind of land names a region', [
    ['Frost damaged crops across the Central Highlands.', [['Central Highlands', 'place']]],
    ['Rain fell across the Western Plains and the Northern Territory.', [['Western Plains', 'place'], ['Northern Territory', 'place']]],
    // Before a place's own name the direction only qualifies it.
    ['Fighting spread in Northern Syria.', [['Syria', 'place']]],
]);

typeTable('"the Fed" is the US Federal Reserve', [
    ['Markets would keep watching the Fed, he said.', [['Fed', 'organization']]],
    ["Investors expect a pause at the Fed's meeting in June.", [['Fed', 'organization']]],
    // Sentence-initial "Fed up" is the verb.
    ['Fed up, he left.', []],
]);

typeTable('Labour parties by their one word, and civil defence services', [
    ['He said Labour would vote against it.', [['Labour', 'organization']]],
    ['He said Welsh Labour and the Tories would vote against it.', [['Welsh Labour', 'organization'], ['Tories', 'organization']]],
    ['Civil Defence opened two evacuation centres.', [['Civil Defence', 'organization']]],
    // A holiday and a minister's portfolio are no party.
    ['Labour Day fell on a Monday.', []],
]);

typeTable('legislatures named in their own language', [
    ['The bill passed the Sejm on Friday.', [['Sejm', 'organization']]],
    ['Her party holds 38 seats in the Dáil.', [['Dáil', 'organization']]],
    ['The Lok Sabha adjourned.', [['Lok Sabha', 'organization']]],
]);

typeTable('an appositive of two roles joined by "and": the first is its head', [
    ["Paris Vekmoor, the mayor's sister and treasurer of the club, said so.", [['Paris Vekmoor', 'person']]],
    ['Vekmora, a carmaker and bus builder, said so.', [['Vekmora', 'organization']]],
]);

typeTable('what is based somewhere is a body; an appositive after a preposition does not speak', [
    ['He ran Cusco-based Vekawa before joining in 2023.', [['Cusco', 'place'], ['Vekawa', 'organization']]],
    // A role noun between: the person.
    ['She is a Lagos-based singer.', [['Lagos', 'place']]],
    ['A cooperative of 2,500 farmers around Vekginha, said in a statement that prices rose.', [['Vekginha', 'place']]],
]);

typeTable('a known region or city is no agency and no surname by itself', [
    ['Heavy rain in western Minas Gerais flooded the roads.', [['Minas Gerais', 'place']]],
    // An English noun before a place still names its agency.
    ['Energy Queensland said so.', [['Energy Queensland', 'organization']]],
    ['About 4 million bags a year go through Santos, said Ana Vek.', [['Santos', 'place'], ['Ana Vek', 'person']]],
    // A person of that surname in the story keeps it.
    ['Maria Santos arrived. Santos said she was tired.', [['Maria Santos', 'person'], ['Santos', 'person']]],
]);

typeTable('markets, crossings and stadiums of other languages are places', [
    ['The price of a camel at the Vekale market rose.', [['Vekale', 'place']]],
    ['Trucks used the Dolvo border crossing.', [['Dolvo', 'place']]],
    ['They met at the Kantor Stadion on Saturday.', [['Kantor Stadion', 'place']]],
    ['Estadio Vekla was full.', [['Estadio Vekla', 'place']]],
]);

typeTable('a titled person named by the given name alone', [
    [
      'Foreign Minister Tsehay Vekmichael signed the deal. "This is a good day," Tsehay told reporters.',
      [['Tsehay Vekmichael', 'person'], ['Tsehay', 'person']],
    ],
]);

typeTable('the tester\'s cases: surnames that are newspaper words, two parties, company staff, region words in longer names', [
    ['Dr Ruth Messenger told the inquest. Messenger, a pathologist, said so.', [['Ruth Messenger', 'person'], ['Messenger', 'person']]],
    ['"We are done," she told the Tolby Sentinel.', [['Tolby Sentinel', 'organization']]],
    ['The main Labour and Conservative Party candidates debated.', [['Labour', 'organization'], ['Conservative Party', 'organization']]],
    ['The Tesco area manager told the tribunal.', [['Tesco', 'organization']]],
    ['Twitter owner Elon Musk sued.', [['Twitter', 'organization'], ['Elon Musk', 'person']]],
    ['The Eastern Province Chamber of Commerce said so.', [['Eastern Province Chamber of Commerce', 'organization']]],
]);

typeTable('demonyms of world-countries, cities of several words, bodies of members, clauses after a setting', [
    ['Plans for a Slovak coalition cabinet failed.', []],
    ['A dealer from Ho Chi Minh City, speaking by phone, said so.', [['Ho Chi Minh City', 'place']]],
    ['A nurse at a clinic in Korvane, who asked not to be named, said so.', [['Korvane', 'place']]],
    ['It was fined by the U.S. Fish and Wildlife Service.', [['U.S. Fish and Wildlife Service', 'organization']]],
    ["The figure is the highest, according to the Vekla Nurses' Guild.", [["Vekla Nurses' Guild", 'organization']]],
    [
      'Vekla, which runs 24 buses between Perth, Sydney and Hobart, said in a statement it had recovered.',
      [['Vekla', 'organization'], ['Perth', 'place'], ['Sydney', 'place'], ['Hobart', 'place']],
    ],
]);

typeTable('court and negotiation roles, and team positions, name the person after them', [
    ['His barrister, Roimata Vekower-Latu, told the court.', [['Roimata Vekower-Latu', 'person']]],
    ["Tonga's delegate, Siueni Tolu'a-Vekeai, said smaller states would wait.", [['Tonga', 'place'], ["Siueni Tolu'a-Vekeai", 'person']]],
    ['The visitors lost when goalkeeper Wessel van Tolvyk let in three.', [['Wessel van Tolvyk', 'person']]],
]);

typeTable('a party after a modifier, a town in its state, exchanges and programmes', [
    ['In the capital, the opposition Vekalooni party dismissed the plan.', [['Vekalooni', 'organization']]],
    ['The depot, near Vekamu in Ogun State, would employ 300 people.', [['Vekamu', 'place'], ['Ogun State', 'place']]],
    ['Shares rose on the Bolsa Tolvana de Valores.', [['Bolsa Tolvana de Valores', 'organization']]],
    ['It qualified under the National Vekla Industry Development Plan.', [['National Vekla Industry Development Plan', 'other']]],
]);

typeTable('members of parliaments, bare portfolio titles, given names no list holds', [
    ['Independent TD Aisling Vekla-Walsh, who raised the case, said so.', [['Aisling Vekla-Walsh', 'person']]],
    ['Sinn Féin TD Ana Vekla said so.', [['Sinn Féin', 'organization'], ['Ana Vekla', 'person']]],
    ['TD Bank said profits rose.', [['TD Bank', 'organization']]],
    ['The Minister for Transport, Ciarán Vekla-Ruddy, did not answer.', [['Ciarán Vekla-Ruddy', 'person']]],
    ['Coach Tavo Vekari-Olund, 38, runs the club. Those are the terms, and Tavo keeps them too, he said.', [['Tavo Vekari-Olund', 'person'], ['Tavo', 'person']]],
]);

typeTable('named markets, unions in other languages, a club and its foreign player', [
    ['Fire damaged 12 kiosks at Vekbon Market late on Friday.', [['Vekbon Market', 'place']]],
    // A chain of shops takes the name too: what its context says decides.
    ['Shares of Whole Tolva Market rose.', [['Whole Tolva Market', 'organization']]],
    ['The Transport und Paket Gewerkschaft said so.', [['Transport und Paket Gewerkschaft', 'organization']]],
    ["Thika led but Vekret's Ugandan midfielder Brook Tolva equalised.", [['Thika', 'place'], ['Vekret', 'organization'], ['Brook Tolva', 'person']]],
]);

typeTable('the second tester\'s cases on this pass\'s rules', [
    // A one-word constituency before a member's title is no party.
    ['The bypass was backed by Glasgow MSP Paul Tolvey.', [['Glasgow', 'place'], ['Paul Tolvey', 'person']]],
    ['The Tesco market share fell.', [['Tesco', 'organization']]],
    ['The World Vekla Programme said aid was short.', [['World Vekla Programme', 'organization']]],
    ['A senior analyst at Nomura in Tokyo said so.', [['Nomura', 'organization'], ['Tokyo', 'place']]],
    ['Kenya led Uganda 2-1 at half-time.', [['Kenya', 'organization'], ['Uganda', 'organization']]],
    ['Industry group Vekla Energy said so.', [['Vekla Energy', 'organization']]],
    ['Goalkeeper Cortes saved a penalty.', [['Cortes', 'person']]],
    ['Rada Vekova, 34, a nurse, said staff were tired.', [['Rada Vekova', 'person']]],
    ['Lagos-based Tunde Vekbako said it was a surprise.', [['Lagos', 'place'], ['Tunde Vekbako', 'person']]],
    ['The consumer advocate Public Tolva said so.', [['Public Tolva', 'other']]],
    ['The Vatican said the Pope was resting.', [['Vatican', 'organization']]],
    ['CARE said 40 trucks were waiting.', [['CARE', 'organization']]],
    ['Fed up with delays, residents marched.', []],
    ['The minister for Labour, Jens Vekholm, said so.', [['Labour', 'other'], ['Jens Vekholm', 'person']]],
    ['Stade Vekrennais said it had sacked its coach.', [['Stade Vekrennais', 'other']]],
]);

typeTable('places named by where people come from, where things depart, and sites at them', [
    // "A Tolbeg man": an article, a name and a person noun of age or kin is where the person is from.
    ['A Tolbeg man was fined on Friday.', [['Tolbeg', 'place']]],
    ['An Ardvekla woman, 34, was hurt.', [['Ardvekla', 'place']]],
    // Staff nouns name the employer instead.
    ['A Vekla spokesman said the plan was dead.', [['Vekla', 'organization']]],
    // What is flown, launched or sent departs from a place.
    ['The army sent two helicopters from Ohvekea on Monday.', [['Ohvekea', 'place']]],
    ['Rival Vekla Orbital, which launches from Tolpattinam, has seven contracts.', [['Vekla Orbital', 'organization'], ['Tolpattinam', 'place']]],
    // A kind of site, then "at": the site is at a place.
    ['Both sides plan to open the rail crossing at Dolvek, shut since June.', [['Dolvek', 'place']]],
    ['She was laid to rest in the parish cemetery at Maghervekla.', [['Maghervekla', 'place']]],
    // "near the X turn-off": the facility is named by its place.
    ['The gang blocked the van near the Tolwane turn-off on July 22.', [['Tolwane', 'place']]],
    ['Police waited outside the Vekby station for an hour.', [['Vekby', 'place']]],
]);

typeTable('datelines of US states and Canadian provinces, and the words that open the story after them', [
    // The Canadian Press abbreviations are places as the AP's are.
    ['ANTIGONISH, N.S. — The board met again late on Monday.', [['ANTIGONISH', 'place'], ['N.S.', 'place']]],
    ['KAMLOOPS, B.C. — Crews worked through the night.', [['KAMLOOPS', 'place'], ['B.C.', 'place']]],
    // The tagger reads "N.Y. Police" as one body across the dash: the opening word is still a word.
    ['ALBANY, N.Y. — Police said the men fled.', [['ALBANY', 'place'], ['N.Y.', 'place']]],
    // A given name that is an English word, before a body's noun, is the word.
    ['Town council met again on Monday.', []],
    // A body named after the dash still is one.
    ['NAIROBI: Vekla said in a statement it would appeal.', [['NAIROBI', 'place'], ['Vekla', 'organization']]],
]);

describe('a state abbreviation cites its own dot once', () => {
  it.each(['He lives in Albany, N.Y., with his wife.', 'She grew up in Hartford, Conn., and left.'])('%s', (text) => {
    const doc = segment(text);
    const state = extractEntities(doc).find((m) => m.type === 'place' && /\.$/u.test(m.text));
    expect(state).toBeDefined();
    expect([...text].slice(state!.start, state!.end).join('')).toBe(state!.text);
    expect(state!.text).toMatch(/^[A-Z][A-Za-z.]*[^.]\.$/u);
  });
});

typeTable('a company by its stock with its kind between, and a platform a post is published on', [
    ['Shares of cannabis grower Vekleaf Farms dropped 14 percent.', [['Vekleaf Farms', 'organization']]],
    ['Shares of chipmaker Tolvane rose.', [['Tolvane', 'organization']]],
    // Social networks are organizations (fixtures/blind/README.md; the seed gold's older convention
    // makes them `other`, README "Conventions").
    ['The choir wrote in a post on Vekgram that the tour was off.', [['Vekgram', 'organization']]],
    ['She wrote on Tolvabook that she was fine.', [['Tolvabook', 'organization']]],
    ['She wrote on Tuesday that she was fine.', []],
]);

typeTable('people whose given names no list holds: three words with one English word, and particles', [
    ['In Tolbeg, Siri Tolvang Vekmah scored with the last throw.', [['Tolbeg', 'place'], ['Siri Tolvang Vekmah', 'person']]],
    ['Men\'s high jump\n3. Vemkata Sai Tolpalli (India) 2.25', [['Vemkata Sai Tolpalli', 'person'], ['India', 'place']]],
    ['Left-arm seamer Wessel van Vekk took five wickets.', [['Wessel van Vekk', 'person']]],
    // A known place with a particle stays a place.
    ['They flew to Rio de Janeiro on Monday.', [['Rio de Janeiro', 'place']]],
]);

typeTable('a one-word name that speaks is a body unless a name list holds it as a given name', [
    // (The blind conventions make her a person; a person vote for it made a figures-only half fall,
    // so the row only asserts she is no body.)
    ['Tolvaro said on Monday it would cut jobs. Analysts expect Tolvaro shares to fall.', [['Tolvaro', 'organization'], ['Tolvaro', 'organization']]],
]);

typeTable('Irish police ranks, Malaysian honorifics, prisons, storms, examinations, units, Vietnamese regions', [
    ['Garda Niamh Vekla-Dorvane gave evidence that the door was locked.', [['Niamh Vekla-Dorvane', 'person']]],
    // The force's own name holds the rank word: one body, no person.
    ['Officers from An Garda Síochána searched the field on Sunday.', [['Garda Síochána', 'organization']]],
    ['Madam Vek Soo Lin said the stall would close.', [['Vek Soo Lin', 'person']]],
    ['She was moved last week to Tolbeg Prison.', [['Tolbeg Prison', 'place']]],
    ['The auction was held in the Vekby Assembly Rooms.', [['Vekby Assembly Rooms', 'place']]],
    ['Roofs were torn off when Hurricane Vekla struck in 1988.', [['Hurricane Vekla', 'other']]],
    ['Results in the Basic Vekla Certificate Examination were good.', [['Basic Vekla Certificate Examination', 'other']]],
    ['Detective Ana Vek, of Tolbeg Crime Investigation Unit, said so.', [['Ana Vek', 'person'], ['Tolbeg Crime Investigation Unit', 'organization']]],
    // A region the gazetteer knows is no person in East Asian order.
    ['Schools stayed shut across Quảng Ngãi and Huế this week.', [['Quảng Ngãi', 'place'], ['Huế', 'place']]],
    // A region's first word that a name list holds as a given name does not make the region a person.
    ['Flooding hit parts of Quảng Ngãi overnight. Phan Vek, a district official, said so.', [['Quảng Ngãi', 'place'], ['Phan Vek', 'person']]],
]);

typeTable('numbered roads, municipalities that speak, shops named after their founder, a body\'s official', [
    ['Lorries backed up where the lane meets the A38, which was shut.', [['A38', 'place']]],
    ['A van was robbed on the N1 outside Polokwane.', [['N1', 'place'], ['Polokwane', 'place']]],
    // An airliner's type and a thing the next noun names are no roads.
    ['He flew an A320 for years.', [['A320', 'other']]],
    ['Police found the M16 rifle in a car.', [['M16', 'other']]],
    ['A spokeswoman for the City of Tolbeg declined to comment.', [['City of Tolbeg', 'organization']]],
    ['The City of Vekby said it would resurface the road.', [['City of Vekby', 'organization']]],
    // Where one lives, the city is the place.
    ['She lives in the City of Vekby.', [['City of Vekby', 'place']]],
    ['The ovens at Pennyvek\'s Bakery on Young Street were hot.', [["Pennyvek's Bakery", 'organization'], ['Young Street', 'place']]],
    ['"The water is still rising," a Tolvane Aid official in Hanoi said.', [['Tolvane Aid', 'organization'], ['Hanoi', 'place']]],
    ['"It is bad," a Vekla official said.', [['Vekla', 'organization']]],
]);

typeTable('tiers, city-named colleges, saints\' churches, shopping days, rulers\' titles, airports, portfolios', [
    ['The side sits third in the Vekland Premier Division.', [['Vekland Premier Division', 'other']]],
    ['Premier Ana Vek said no.', [['Ana Vek', 'person']]],
    ['Premier Inn said occupancy rose.', [['Premier Inn', 'other']]],
    ['The grant pays for a program with Tyler Community College and others.', [['Tyler Community College', 'organization']]],
    ["She sang hymns at St. Vekla's Anglican Church.", [["St. Vekla's Anglican Church", 'place']]],
    ['Shoppers queued overnight for Black Friday deals.', []],
    ['The hall was opened by Igwe Obiora Tolvanma, the town\'s monarch, in 1994.', [['Obiora Tolvanma', 'person']]],
    ['Counsel to the church, Tobenna Vek SAN, told the court.', [['Tobenna Vek', 'person']]],
    ['Flights were delayed at Hazrat Vekjalal International Airport on Friday.', [['Hazrat Vekjalal International Airport', 'place']]],
    ['The Ministry of Coastal Defence and Recovery said so.', [['Ministry of Coastal Defence and Recovery', 'organization']]],
]);

typeTable('a sentence\'s opening word that the tagger joins to the lower-case noun after it', [
    ['Demand rose. Palm oil prices fell.', []],
    ['"Customer data stays in Vekland," she said.', [['Vekland', 'place']]],
    // A body named mid-sentence is still one.
    ['Vekla said. Analysts expect Tolvane shares to fall.', [['Vekla', 'organization'], ['Tolvane', 'organization']]],
]);

typeTable('a language is no name (ISO 639-1 names from countries-list), a country of the same name stays a place', [
    ['Her grandfather spoke little English.', []],
    ['The service was held in Swahili and English.', []],
    ['Ana Vek learned French in Paris.', [['Ana Vek', 'person'], ['Paris', 'place']]],
    ['They flew to Tonga in May.', [['Tonga', 'place']]],
]);

typeTable('Malaysia\'s two-word honorific, and a nationality before a two-word portfolio', [
    ['It was signed by Datuk Seri Ana Vek.', [['Ana Vek', 'person']]],
    // A nationality or a country before a two-word portfolio and "Minister".
    ['It was signed by Malaysian Home Affairs Minister Ana Vek.', [['Ana Vek', 'person']]],
    ['It was signed by Kenya Home Affairs Minister Ana Vek.', [['Kenya', 'place'], ['Ana Vek', 'person']]],
]);

typeTable('a British lede\'s first word in capitals is that word when it is a plural English noun', [
    ['COUNCILLORS in Tolbeg voted 9-4 last night.', [['Tolbeg', 'place']]],
    ['RESIDENTS of a street in Tolbeg say they are angry.', [['Tolbeg', 'place']]],
    // Acronyms stay names.
    ['UNICEF says children died.', [['UNICEF', 'organization']]],
]);

typeTable('a generic body\'s noun capitalised after "the" is no name of its own', [
    ['The plan goes back to the Council in June.', []],
    ['The Government had funded more beds.', []],
    // A chamber's own name stays.
    ['The Senate voted on Tuesday.', [['Senate', 'organization']]],
]);

typeTable('a part of a town named through its possessive', [
    ["When the arena on Tolbeg's south side shut, he built a rink.", [['Tolbeg', 'place']]],
    ["Fighting spread to Vekby's outskirts.", [['Vekby', 'place']]],
    // A person's possessive before other nouns stays a person's.
    ["Ana Vek's south-facing garden won.", [['Ana Vek', 'person']]],
]);

typeTable('a hospital whose name closes on its town', [
    ['Patients at University Hospital Kilkenny waited 11 hours.', [['University Hospital Kilkenny', 'place']]],
]);

typeTable('a nationality before a senate, and a plus sign closing a name', [
    ['The Philippine Senate on Tuesday approved a bill.', [['Senate', 'organization']]],
    ['Colombian Senate passes pension overhaul', [['Senate', 'organization']]],
    // A parliament's official name keeps its nationality.
    ['The Scottish Parliament on Thursday rejected the motion.', [['Scottish Parliament', 'organization']]],
    ['Output stayed under the OPEC+ supply deal.', [['OPEC+', 'organization']]],
    ['Output rose 3+ points.', []],
]);

describe('a given name that speaks is no body', () => {
  it('"Elspeth asked for no speeches," he said.', () => {
    expect(typesOf('"Elspeth asked for no speeches," he said.').map(([, type]) => type)).not.toContain('organization');
  });
});

typeTable('a tester\'s findings on the frames, titles and roads of this pass', [
    // The person noun must end the noun phrase; a body the tagger knows is no place.
    ['A Vekla family friend said she was shocked.', [['Vekla', 'other']]],
    ['Aid was sent from Oxfam to the camps.', [['Oxfam', 'organization']]],
    ['Thousands fled from Vekla Haram rule.', [['Vekla Haram', 'other']]],
    ['Engineers at the research centre at Google built the chip.', [['Google', 'organization']]],
    ['A Punjab official said the crop had failed.', [['Punjab', 'place']]],
    // "on" meaning "about" names no platform.
    ['Her post on Brexit drew thousands of replies.', [['Brexit', 'other']]],
    ['Mr. Vekla wrote on Telegram after the call.', [['Vekla', 'person'], ['Telegram', 'organization']]],
    // Codes of cars, phones and masks are no roads unless the sentence speaks of roads.
    ['Audi recalled the A4 and the A6 over faulty airbags.', [['Audi', 'organization'], ['A4', 'other'], ['A6', 'other']]],
    ['Staff wore the N95 mask all day.', [['N95', 'other']]],
    // Titles that are also names: only before a given name, a full name or a surname that speaks.
    ['Madam Tussauds reopened on Monday.', [['Madam Tussauds', 'other']]],
    ['A Garda spokesman said the car was stolen.', [['Garda', 'organization']]],
    ['The Garda National Bureau of Criminal Investigation is leading the inquiry.', [['Garda National Bureau of Criminal Investigation', 'organization']]],
    ['Emir Vekla scored twice for Tolbeg.', [['Emir Vekla', 'person'], ['Tolbeg', 'organization']]],
    // A body in another language, a club and a plural, are no three-word person ("Majlis", a council, opens a Malay body).
    ['Majlis Amanah Rakyat offered loans.', [['Majlis Amanah Rakyat', 'organization']]],
    // A region named like a language stays a place.
    ['Flooding cut off villages in Afar, the regional government said.', [['Afar', 'place']]],
    ['Officials from the Ministry of Home Affairs and Police Scotland met.', [['Ministry of Home Affairs', 'organization'], ['Police Scotland', 'organization']]],
    ['The Glen Vekla Fiddle and Dance Society played on Friday.', [['Glen Vekla Fiddle and Dance Society', 'organization']]],
    ['Amazon workers went on strike.', [['Amazon', 'organization']]],
]);

typeTable('a number written in words is no name', [
    ['"We sold the house. Nine months is too long," said Ana Vek.', [['Ana Vek', 'person']]],
]);

typeTable('a clock\'s "a.m." that ends a sentence', [
    ['It struck at about 5:10 a.m. Crews had dragged six people clear by noon.', []],
    ['At 9 a.m. Vekla shares rose.', [['Vekla', 'organization']]],
]);

typeTable('a city\'s one-word name that a name list also holds as a given name', [
    ['Tracy chipmaker Vekvon wins a grant', [['Tracy', 'place'], ['Vekvon', 'organization']]],
    ['Odessa is a fast-growing city.', [['Odessa', 'place']]],
    // A given name that speaks, or a person of the document who bears it, keeps the person.
    ['"It is fine," Tyler said.', [['Tyler', 'person']]],
    ['Tyler Vekla said no. Tyler added that it was fine.', [['Tyler Vekla', 'person'], ['Tyler', 'person']]],
]);

typeTable('market movers, businesses by town, and a match won at a stadium', [
    // A market report's mover is a listed company; a share "of" something is no share price.
    ['Miners fell. Sekvek Platinum lost 2.3 percent and Tolvane shed 1.7%.', [['Sekvek Platinum', 'organization'], ['Tolvane', 'organization']]],
    ['Tolbeg rose 4 per cent in early trade.', [['Tolbeg', 'organization']]],
    ['Maria Tolvane gained 3 percent of the vote.', [['Maria Tolvane', 'person']]],
    // A mover that did not move ("was unchanged", "closed flat") is one too; a currency or a one-word
    // English name (a commodity) is not, nor a currency quoted "against" another.
    ['On the Tolvane bourse, Marzek Brandy was unchanged and Kiyorama closed flat.', [['Tolvane', 'other'], ['Marzek Brandy', 'organization'], ['Kiyorama', 'organization']]],
    ['Stocks were quiet in Tolvane. Vekla Dram was flat against the dollar.', [['Tolvane', 'place'], ['Vekla Dram', 'other']]],
    // A row of a share-price list under a market heading names a listed company; a row of votes with a
    // share in brackets, or a person's name, is not.
    ['Final share prices, in pesos, with the prior close:\n\nVekla Cement 3,140 (3,085)\nMarzek Brandy 14,200 (14,200)\n', [['Vekla Cement', 'organization'], ['Marzek Brandy', 'organization']]],
    ['Bucharest shares, closing prices:\n\nOrvane Petrol 0.92 lei, unchanged\nMarzek Farm 17.30 lei, up 2.4 pct\n', [['Bucharest', 'place'], ['Orvane Petrol', 'organization'], ['Marzek Farm', 'organization']]],
    ['Results (votes, share in brackets):\n\nMaria Tolvane 12,345 (41.2%)\n', [['Maria Tolvane', 'person']]],
    // A known town before a kind of business is where it is; an unknown name may be its owner.
    ['Vekvon Semiconductor, a ten-year-old Denver firm, will hire.', [['Vekvon Semiconductor', 'organization'], ['Denver', 'place']]],
    ['She runs a small Oslo start-up.', [['Oslo', 'place']]],
    // "at" a stadium is where a match was won, not the side beaten.
    ['Vekla Rovers sealed a 2-1 win at Tolvane Municipal Stadium on Sunday.', [['Vekla Rovers', 'organization'], ['Tolvane Municipal Stadium', 'place']]],
]);

typeTable('a town hall, and a start-up in apposition', [
    ['Town Hall will close at noon, the council said.', [['Town Hall', 'place']]],
    // A hyphenated kind of body, with or without a place's name before it, types the name in apposition.
    ['Vekram Geodata, a start-up, will sell the images.', [['Vekram Geodata', 'organization']]],
    ['Vekram Geodata, a Tolbeg start-up, will sell the images.', [['Vekram Geodata', 'organization'], ['Tolbeg', 'other']]],
    ['Ana Vekla, a Tolbeg nurse, said so.', [['Ana Vekla', 'person'], ['Tolbeg', 'other']]],
]);

typeTable('capitals, a hyphen and a number are a model or a code', [
    ['Patients on VKL-214 saw their cholesterol fall.', [['VKL-214', 'other']]],
    ['The F-16 crashed on Monday.', [['F-16', 'other']]],
    // Capitals alone stay a body.
    ['VKL said the trial would go on.', [['VKL', 'organization']]],
]);

typeTable('kin after a possessive, and prizes named for what they reward', [
    // Only people have kin; a noun after the kin word makes it a body's ("its sister company").
    ["Tolvane's widow said so.", [['Tolvane', 'person']]],
    ["Vekla's sister company said so.", [['Vekla', 'other']]],
    ['It was shortlisted for the Tolvane Prize for Fiction, worth a lot.', [['Tolvane Prize for Fiction', 'other']]],
]);

typeTable('a possessive determiner before a name and a kind of body', [
    ['Tolchada, whose Vekla Ruamtol party leads the coalition, said so.', [['Tolchada', 'other'], ['Vekla Ruamtol', 'organization']]],
    ['She left her Tolvane group after a year.', [['Tolvane', 'organization']]],
]);

typeTable('heads of food banks, booster clubs, partnerships, brokers and Malay bodies', [
    ['Proceeds go to the North Tolbeg Food Pantry, which fed hundreds of families.', [['North Tolbeg Food Pantry', 'organization']]],
    ['The scheme was drawn up with the Vekla Valley Food Partnership.', [['Vekla Valley Food Partnership', 'organization']]],
    ['said Ahmad Vek, head of trading at Tavi Vekla Commodities.', [['Ahmad Vek', 'person'], ['Tavi Vekla Commodities', 'organization']]],
    ['Students from Universiti Tolbeg Vekla came.', [['Universiti Tolbeg Vekla', 'organization']]],
    ['She took a loan from Vekla Sacco in 2024.', [['Vekla Sacco', 'organization']]],
]);

typeTable('streets named in other languages, and the Urdu particle "ul"', [
    ['The shop on Lebuh Vekla and Jalan Tolbeg closed.', [['Lebuh Vekla', 'place'], ['Jalan Tolbeg', 'place']]],
    ['Plaza Tolbeg was full.', [['Plaza Tolbeg', 'place']]],
    // Weakly: brands open with these words too.
    ['Shares of Plaza Vekla rose 3% in trading.', [['Plaza Vekla', 'organization']]],
    ['A century from opener Inam ul Vekla took the side to the final.', [['Inam ul Vekla', 'person']]],
]);

typeTable('styles of address of judges and envoys', [
    ['The case was heard by Her Honour Efia Vekla-Tolson.', [['Efia Vekla-Tolson', 'person']]],
    ['"It was not an error, Your Worship," she said.', []],
    // Only after "Her", "His" or "Your".
    ['The Honour Roll was read.', [['Honour Roll', 'other']]],
]);

typeTable('a side that wins by runs or wickets, and a town written with its possessive', [
    ['Tolbeg won by 46 runs.', [['Tolbeg', 'organization']]],
    ['Tolbeg lost by two wickets on Sunday.', [['Tolbeg', 'organization']]],
    // A candidate wins by votes.
    ['Vekla won by 300 votes.', [['Vekla', 'other']]],
    ["Aid reached Cox's Bazar on Monday.", [["Cox's Bazar", 'place']]],
]);

typeTable('an initial before a surname with particles or a hyphen', [
    ['J. van der Vekla scored 54 runs.', [['J. van der Vekla', 'person']]],
    ['Tolbeg 241-8 (50 overs; T. Te Vekla-Brown 87, O. de Vekliers 61)', [['Tolbeg', 'other'], ['T. Te Vekla-Brown', 'person'], ['O. de Vekliers', 'person']]],
    ['The J. Tolvane Foundation gave money.', [['J. Tolvane Foundation', 'organization']]],
]);

typeTable("a tester's findings on this pass's rules", [
    // A town's, an index's or a candidate's figures are no market mover; "Shares in X" and "maker X" are.
    ['Prices in Leeds fell 2%, while prices in Bristol rose 1.1 percent and Cardiff gained 0.8 percent.', [['Leeds', 'place'], ['Bristol', 'place'], ['Cardiff', 'place']]],
    ['Shares in Tolbara fell 3.2% in early trading.', [['Tolbara', 'organization']]],
    // A customer is no place: "a Toyota supplier" supplies Toyota.
    ["Vekla Seats is a Toyota supplier. Toyota is the world's largest carmaker.", [['Vekla Seats', 'organization'], ['Toyota', 'organization'], ['Toyota', 'organization']]],
    // Kin of a body or a town are figurative; a noun after the kin word makes it a body's.
    ["Tolvane's sister firm, Kestrel Logistics, was fined.", [['Tolvane', 'other'], ['Kestrel Logistics', 'organization']]],
    ["Manchester's son Ryan Vekla won the race.", [['Manchester', 'place'], ['Ryan Vekla', 'person']]],
    // A known place after a possessive determiner is where the business is.
    ['She said her Ohio company would hire 200 people.', [['Ohio', 'place']]],
    // A prize "for" a place or a person names its winner.
    ['It was a Gold Medal for Jamaica in the relay.', [['Gold Medal', 'other'], ['Jamaica', 'place']]],
    ['The Vekla Award for Ana Lind was announced.', [['Vekla Award', 'other'], ['Ana Lind', 'person']]],
    ['He was born in the Union of the Comoros in 1970.', [['Union of the Comoros', 'place']]],
    ['Leaders of the EU-27 agreed the budget.', [['EU-27', 'organization']]],
    ['Tolbeg sealed a 3-0 victory at Vekla Park.', [['Tolbeg', 'other'], ['Vekla Park', 'place']]],
]);

typeTable('a side named by a plural noun after a word a name list holds', [
    ['Vekla Herons 240-8 beat Nelson Tolbay Gulls 201 on Sunday.', [['Vekla Herons', 'organization'], ['Nelson Tolbay Gulls', 'organization']]],
    ['The Red Bears led at halftime.', [['Red Bears', 'organization']]],
    // People take no article.
    ['Tom Banks said so.', [['Tom Banks', 'person']]],
]);

typeTable('"Bank" opening a bank\'s name, as Polish, Indonesian and Malay banks write it', [
    ['Shares of Bank Vekla rose.', [['Bank Vekla', 'organization']]],
    ['She lives on Bank Street.', [['Bank Street', 'place']]],
    ['The Bank Holiday weekend was busy.', [['Bank Holiday', 'other']]],
]);

typeTable('family firms and investment partners whose names open with a given name', [
    ['The furnace at Vidrios Hermanos Tolvaro has not gone out.', [['Vidrios Hermanos Tolvaro', 'organization']]],
    ['The investor Al Vekla Capital Partners holds a stake.', [['Al Vekla Capital Partners', 'organization']]],
]);

typeTable('an Irish surname prefix opens a person\'s name', [
    ['Ó Vekhair put it more bluntly.', [['Ó Vekhair', 'person']]],
    ['Ní Tholbhe said the boat was lost.', [['Ní Tholbhe', 'person']]],
]);

typeTable('the parts and people of a place, and a clause after "in X"', [
    ['Water went to drought-hit areas of Tolbeg and KwaVekla during the crisis.', [['Tolbeg', 'place'], ['KwaVekla', 'place']]],
    ['He told worshippers at St Paul\'s Church in Vekaro that it was holy.', [["St Paul's Church", 'place'], ['Vekaro', 'place']]],
    // A body's people stay the body's.
    ['The people of Vekla Motors were angry.', [['Vekla Motors', 'organization']]],
]);

typeTable('a particle opening a name, and a nationality before a person', [
    ['The girls felt it. de Souza Tolva, who returned from injury, scored.', [['de Souza Tolva', 'person']]],
    ['"Close games still count," dos Santos Vekla, 24, said.', [['dos Santos Vekla', 'person']]],
    ["Tolbeg's coach, the Argentine Mariela Vekla Etchevar, chose to speak about the weather.", [['Tolbeg', 'other'], ['Mariela Vekla Etchevar', 'person']]],
    ['The Argentine Football Association said no.', [['Argentine Football Association', 'organization']]],
]);

typeTable('the prosecution named by house style after "the"', [
    ['"The State has proved she forged the deeds," the magistrate said.', []],
    ['The Crown said it would appeal.', []],
    ['She lives in the State of Tolbeg.', [['State of Tolbeg', 'place']]],
]);

typeTable('a town the list knows, when nothing in the document types it', [
    ["A plan to turn Tralee's old mill into flats was approved on Monday.", [['Tralee', 'place']]],
    ['Councillor Ana Vekla (Independent, Tralee) voted against the plan.', [['Ana Vekla', 'person'], ['Tralee', 'place']]],
    // A context that types the name wins over the list: here a team.
    ['Kirkcaldy quarterback Tom Venn threw two touchdowns. Kirkcaldy won.', [['Kirkcaldy', 'organization'], ['Tom Venn', 'person'], ['Kirkcaldy', 'organization']]],
    // A town's name that is also an English word stays untyped: products and people take such names.
    ['The new model Falcon sold well.', [['Falcon', 'other']]],
]);

typeTable("a river's or a province's name shortened after its first mention", [
    ['The Tolva River reached the lake last year. Farmers fear the company will pipe the Tolva.', [['Tolva River', 'place'], ['Tolva', 'place']]],
    ['Ferries crossed Lake Vekmere again. Fog lay on the Vekmere.', [['Lake Vekmere', 'place'], ['Vekmere', 'place']]],
    ["Tea estates in Vekra Province raised pay. Vekra's estates pay 1,350 rupees.", [['Vekra Province', 'place'], ['Vekra', 'place']]],
    // A park's name is no feature's (parks, streets and counties name clubs and firms too), and a name
    // its own context types keeps that type.
    ['Crowds filled Tolvane Park on Sunday. Vekla bought Tolvane last year.', [['Tolvane Park', 'place'], ['Vekla', 'other'], ['Tolvane', 'other']]],
    ['The Tolva River rose. Tolva said in a statement that it would pay.', [['Tolva River', 'place'], ['Tolva', 'organization']]],
]);

typeTable('a town of the country the story is set in', [
    // A town of that country needs no frame, one that is also a word needs its possessive.
    ['Penicuik and Stranraer both have 19 points, figures for Scotland show.', [['Penicuik', 'place'], ['Stranraer', 'place'], ['Scotland', 'place']]],
    ["Parents fear Deal's only cinema will close, a council in England said.", [['Deal', 'place'], ['England', 'place']]],
    // A nationality opening a body's name sets the story too.
    ['Penicuik will get 12 more beds, the Scottish Government said.', [['Penicuik', 'place'], ['Scottish Government', 'organization']]],
    // No such town in the story's country, a possessive after an article, or a match report: left untyped.
    ['Penicuik and Stranraer both have 19 points, figures for Kenya show.', [['Penicuik', 'other'], ['Stranraer', 'other'], ['Kenya', 'place']]],
    ["Parents fear the Deal's engine will fail, a council in England said.", [['Deal', 'other'], ['England', 'place']]],
    ['Vekby beat Tolby 2-1 in Scotland on Saturday. Penicuik and Stranraer both have 19 points.', [['Vekby', 'organization'], ['Tolby', 'organization'], ['Scotland', 'place'], ['Penicuik', 'other'], ['Stranraer', 'other']]],
]);

typeTable('a capitalised corporate title between a body and a person', [
    ['Sales fell, Tolvane President Dana Ruiz told reporters.', [['Tolvane', 'organization'], ['Dana Ruiz', 'person']]],
    ['Margins were thin, Vekla Chief Executive Officer Ana Tolvane said.', [['Vekla', 'organization'], ['Ana Tolvane', 'person']]],
    // A known country before "President" stays the country.
    ['Kenya President Tol Arvo arrived on Monday.', [['Kenya', 'place'], ['Tol Arvo', 'person']]],
]);

typeTable("a team's name shortened to its town's, in a match report", [
    // The team (its goalkeeper), and the town where its fans are.
    ['Kirkcaldy Tigers beat Tolby Rovers 2-0 on Sunday. Kirkcaldy goalkeeper Ana Venn made six saves. Fans in Kirkcaldy cheered.',
        [['Kirkcaldy Tigers', 'organization'], ['Tolby Rovers', 'organization'], ['Kirkcaldy', 'organization'], ['Ana Venn', 'person'], ['Kirkcaldy', 'place']]],
    // A town the story names with nothing of a team's is the town.
    ['Leeds United beat Tolby Rovers 2-1 on Saturday. Leeds was hit by floods on Sunday.', [['Leeds United', 'organization'], ['Tolby Rovers', 'organization'], ['Leeds', 'place']]],
    // The town's name alone, with nothing of a place's around it, is the team the report has named.
    ['Perth Vikings beat Tolby Rovers 2-1 on Saturday. "There are six games left and Perth will not give up," the coach said.',
        [['Perth Vikings', 'organization'], ['Tolby Rovers', 'organization'], ['Perth', 'organization']]],
    ["Perth Vikings beat Tolby Rovers 2-1 on Saturday. Perth's Brazilian-born coach Ana Venn was pleased.",
        [['Perth Vikings', 'organization'], ['Tolby Rovers', 'organization'], ['Perth', 'organization'], ['Ana Venn', 'person']]],
    // A sponsor's name may open the team's name, and the town close it.
    ['Vekcana Perth beat Tolby Rovers 3-0 on Saturday. "We gave Perth too many easy points," the coach said.',
        [['Vekcana Perth', 'organization'], ['Tolby Rovers', 'organization'], ['Perth', 'organization']]],
    // (A place's frame keeps the town: the road to it.)
    ['Perth Vikings beat Tolby Rovers 2-1 on Saturday. The road to Perth was closed.', [['Perth Vikings', 'organization'], ['Tolby Rovers', 'organization'], ['Perth', 'place']]],
]);

typeTable("a municipality's name after \"the\" is its local government, in a setting the area", [
    ['A former finance manager at the Tolvane Bay Municipality was granted bail.', [['Tolvane Bay Municipality', 'organization']]],
    ['Only 300 boats remain, according to the Vekaata Municipality.', [['Vekaata Municipality', 'organization']]],
    ['Two ferries serve villages in the Vekaata Municipality.', [['Vekaata Municipality', 'place']]],
    ['The family moved to the Vekaata Municipality in 2001.', [['Vekaata Municipality', 'place']]],
    // ("of" after a plural noun: the area the many live or lie in)
    ['Residents of the Vekaata Municipality voted on Sunday.', [['Vekaata Municipality', 'place']]],
    ['Most farms of the Tolvane Bay Municipality grow rice.', [['Tolvane Bay Municipality', 'place']]],
    // (a guard: one holder of a body's role is its staff)
    ['A spokesman of the Vekaata Municipality declined to comment.', [['Vekaata Municipality', 'organization']]],
]);

typeTable('a title-case headline says nothing of which words are names', [
    ['Ferry Prices Soar as Fog Lingers\n\nPrices rose again on Monday, traders in Tralee said.', [['Tralee', 'place']]],
]);

typeTable('a dateline whose region no list holds', [
    ['VEKTON, St Tolva — The pool lies under the hill.', [['VEKTON', 'place'], ['St Tolva', 'place']]],
    ['NORTH VEKTON, Upper Tolva Valley — The pool lies under the hill.', [['NORTH VEKTON', 'place'], ['Upper Tolva Valley', 'place']]],
]);

typeTable("a public service's name inside a rank is part of the title", [
    ['Deputy Police Commissioner Ana Tolvane said the road was closed.', [['Ana Tolvane', 'person']]],
    ['Police Commissioner Ana Tolvane said the road was closed.', [['Ana Tolvane', 'person']]],
    ['Senior Superintendent of Police Ana Tolvane said the road was closed.', [['Ana Tolvane', 'person']]],
    // A named force before the rank is the force.
    ['The Tolby Police Commissioner Ana Tolvane said the road was closed.', [['Tolby Police', 'organization'], ['Ana Tolvane', 'person']]],
    // Opening the sentence, a word names take before the force ("Metropolitan") stays in the force's name.
    ['Metropolitan Police Commissioner Ana Tolvane said the road was closed.', [['Metropolitan Police', 'organization'], ['Ana Tolvane', 'person']]],
    ['Federal Police Commissioner Ana Tolvane said the road was closed.', [['Federal Police', 'organization'], ['Ana Tolvane', 'person']]],
]);

typeTable('regulators, employers\' bodies and orders name their field after "of"', [
    ['The Monetary Authority of Vekland said it would act.', [['Monetary Authority of Vekland', 'organization']]],
    ['The Confederation of Vekish Industry welcomed the deal.', [['Confederation of Vekish Industry', 'organization']]],
    ['She was made a dame in the Vekland Order of Merit.', [['Vekland Order of Merit', 'other']]],
]);

typeTable('a body\'s fields joined by "and" before its head', [
    ['It applied to the Museum and Archives Board for a licence.', [['Museum and Archives Board', 'organization']]],
    // Two bodies: the second half is no plural noun.
    ['The Treasury and Foreign Office disagreed.', [['Treasury', 'organization'], ['Foreign Office', 'organization']]],
]);

typeTable('where people live, where a facility is, and a result in a relative clause', [
    ['A Tralee farmer whose dogs killed six ewes was fined.', [['Tralee', 'place']]],
    ['A Vekmoor woman was fined on Monday.', [['Vekmoor', 'place']]],
    // A firm's people are its staff.
    ['A Kestrel engineer said it failed.', [['Kestrel', 'organization']]],
    ['New maternity block opens at Vekmoor hospital after long wait', [['Vekmoor', 'place']]],
    ['Thistle stay two points clear of Vekmoor Caledonia, who beat Tolby Harbour 3-0.', [['Vekmoor Caledonia', 'organization'], ['Tolby Harbour', 'organization']]],
]);

typeTable('"league" and "cup" in other languages name a competition', [
    ['Tolby Rovers went three points clear in the Liga Vekara on Sunday.', [['Tolby Rovers', 'organization'], ['Liga Vekara', 'other']]],
    ['They lost the Copa Vekland final.', [['Copa Vekland', 'other']]],
]);

typeTable("members' bodies named by their members, joined by \"and\" or in the plural possessive", [
    ['The Confederation of Ghanaian Growers and Millers opposed the levy.', [['Confederation of Ghanaian Growers and Millers', 'organization']]],
    ["The Union of Drovers and Shepherds' Societies objected.", [["Union of Drovers and Shepherds' Societies", 'organization']]],
    ["She joined the Tolby Chipworkers' Alliance last year.", [["Tolby Chipworkers' Alliance", 'organization']]],
]);

typeTable('a law\'s name takes "of" before its subject', [
    ['She was fined under the Protection of Hedgerows Act on Tuesday.', [['Protection of Hedgerows Act', 'other']]],
    ['She asked under the Freedom of Information Act.', [['Freedom of Information Act', 'other']]],
    ['The Bank of Tolby Act passed.', [['Bank of Tolby Act', 'other']]],
    // No law's head after the complement: the body stays a body.
    ['The Bank of Tolby said it would act.', [['Bank of Tolby', 'organization']]],
]);

typeTable("a stock index's number is part of its name", [
    ['In Vekland, the TLX 300 rose 0.6 percent.', [['Vekland', 'place'], ['TLX 300', 'other']]],
    ['The Vekla 40 index gained 2 percent.', [['Vekla 40', 'other']]],
    // A number that no market verb follows is no index's.
    ['The Tolby 12 were freed on Monday.', [['Tolby', 'other']]],
]);

typeTable("styles, ranks and honours lists that are no names; a court report's address", [
    ['The Moderator of the Tolby Church, Rt Rev Ana Vekla, led prayers.', [['Tolby Church', 'organization'], ['Ana Vekla', 'person']]],
    ['The Municipal Chief Executive, Ana Vekla, said the ward would open.', [['Ana Vekla', 'person']]],
    ['She was knighted in the New Year Honours.', [['New Year Honours', 'other']]],
    ['Tom Marsh, 41, of Vekmore, was fined.', [['Tom Marsh', 'person'], ['Vekmore', 'place']]],
    ['Declan Vekla (58), of Tolbyhill, pleaded guilty.', [['Declan Vekla', 'person'], ['Tolbyhill', 'place']]],
]);

typeTable("a city the tagger reads a body into, a saint's town, a hyphenated noun after a name", [
    ['The city government of Lagos will ban stoves.', [['Lagos', 'place']]],
    ["A satellite built by Lagos's Vekla Orbital Systems reached orbit.", [['Lagos', 'place'], ['Vekla Orbital Systems', 'organization']]],
    // A body the tagger's own lexicon knows stays a body.
    ['Vekla Seats is a Toyota supplier. Toyota is the largest carmaker.', [['Vekla Seats', 'organization'], ['Toyota', 'organization'], ['Toyota', 'organization']]],
    ['Growers said villages in St Lawrence and Tralee were flooded.', [['St Lawrence', 'place'], ['Tralee', 'place']]],
    ["Lagos start-up's satellite reaches orbit", [['Lagos', 'place']]],
]);

typeTable('orders of merit and their ranks', [
    ['She was named a Member of the Vekland Order of Merit.', [['Vekland Order of Merit', 'other']]],
    ['He is an Officer of the Order of Tolby.', [['Order of Tolby', 'other']]],
    // A body's name used as a modifier after "a" stays a name.
    ['A Ministry of Transport official said the timetable was wrong.', [['Ministry of Transport', 'organization']]],
]);

typeTable("a tester's findings on this pass's town, team, title and order rules", [
    // A town the list holds is no firm's or person's type when nothing frames it as a place.
    ['Carlsberg and Heineken reported results on Thursday.', [['Carlsberg', 'organization'], ['Heineken', 'organization']]],
    // A player who won in straight sets is no team.
    ['Vekla, who beat Tolvane 6-3 6-4 in the quarter-finals, will play on Friday. Vekla, 24, said he was ready.', [['Vekla', 'person'], ['Tolvane', 'organization'], ['Vekla', 'person']]],
    // A firm's man is its staff.
    ['A Honda man said the plant would close.', [['Honda', 'organization']]],
    // A headline vouches for a singular name.
    ['Apple Shares Slide After Weak Sales\n\nApple shares fell 4 per cent on Tuesday.', [['Apple', 'organization'], ['Apple', 'organization']]],
    // A region before "President" stays the region.
    ['Tasmania President Ali Vekla opened the port.', [['Tasmania', 'place'], ['Ali Vekla', 'person']]],
    ['The Order of Canada went to her.', [['Order of Canada', 'other']]],
    ['Volunteers from the Order of St John helped.', [['Order of St John', 'organization']]],
    ['Civil Aviation Authority of Kenya said flights resumed.', [['Civil Aviation Authority of Kenya', 'organization']]],
    // A name never ends on "of".
    ['The Authority of President Ruto was challenged in court.', [['Ruto', 'person']]],
]);

typeTable('ranks of state counsel and Burmese honorifics are titles', [
    ['The lead counsel, Principal State Attorney Efua Vekla-Tolby, told the court.', [['Efua Vekla-Tolby', 'person']]],
    ['The State Attorney said the case was strong.', []],
    ['The delegation was led by U Kyaw Vek Htet, who said it was voluntary.', [['Kyaw Vek Htet', 'person']]],
    ['Daw Aye Vek said the school would reopen.', [['Aye Vek', 'person']]],
]);

typeTable('a determiner or an auxiliary after "in X" closes the place\'s phrase', [
    ['We promised farmers in Vekisan a crop.', [['Vekisan', 'place']]],
    // A present verb the tagger reads into a noun after the name may be one it qualifies.
    ['Prices in Kestrel shares rose.', [['Kestrel', 'other']]],
]);

typeTable("a reviewer's findings: a body's field ending in 'law', and a team ending in 'U'", [
    ['She lectures at the Department of Commercial Law.', [['Department of Commercial Law', 'organization']]],
    ['Tolby U beat Vekmoor 2-1.', [['Tolby U', 'organization'], ['Vekmoor', 'organization']]],
]);

describe('rivers named with the South Asian word for a river are places', () => {
  it.each<Case>([
    ['Floods hit the Kodal Ganga and Pelva Ganga overnight.', [['Kodal Ganga', 'place'], ['Pelva Ganga', 'place']]],
    ['The Kodal Ganga burst its banks.', [['Kodal Ganga', 'place']]],
  ])('%j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
  it.each<Case>([
    ['Ganga Devi, 54, said the water rose.', [['Ganga Devi', 'person']]],
    // (Opening a name of foreign words the river's word is a given name, with no age to tell.)
    ['Ganga Bahadur Orvanek was elected mayor.', [['Ganga Bahadur Orvanek', 'person']]],
    ['Ganga Orvanek was elected mayor.', [['Ganga Orvanek', 'person']]],
  ])('must keep: %j', (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});

typeTable('a port authority or a diocese that spans two places names both after "of"', [
    ['The Port Authority of New York and New Jersey said the bridge was shut.', [['Port Authority of New York and New Jersey', 'organization']]],
    ['The Port Authority of Nantes and Bordeaux said the pier was shut.', [['Port Authority of Nantes and Bordeaux', 'organization']]],
    // (Both sides must be known places: an unknown word after "and" may be a second party.)
    ['The Transit Authority of Tolbeg and Brevik said it would raise fares.', [['Transit Authority of Tolbeg', 'organization'], ['Brevik', 'organization']]],
    ['Talks between the Water Authority of Tolbeg and Tesskin collapsed.', [['Water Authority of Tolbeg', 'organization'], ['Tesskin', 'organization']]],
    // A body's head closing the second side makes a body of its own; a person is no place.
    ['The Port Authority of Tolvik and Vekla Freight met.', [['Port Authority of Tolvik', 'organization'], ['Vekla Freight', 'organization']]],
    ['The Port Authority of Tolvik and Ana Vek met.', [['Port Authority of Tolvik', 'organization'], ['Ana Vek', 'person']]],
    // A diocese is a church's body and names its see after "of".
    ['The Diocese of Tolbeg and Vekmoor paid for the roof.', [['Diocese of Tolbeg and Vekmoor', 'organization']]],
    ['The Archdiocese of Vekmoor said it would appeal.', [['Archdiocese of Vekmoor', 'organization']]],
    // A word that also appears in the world's given-name list is still a place here; a common given name is not.
    ['An appeal by the Diocese of Tolbeg and Nyasha, whose parishes are poor, raised money.', [['Diocese of Tolbeg and Nyasha', 'organization']]],
]);

typeTable("a regulator's field opening the sentence opens its name", [
    ['Financial Conduct Authority of Tolvane fined the bank.', [['Financial Conduct Authority of Tolvane', 'organization']]],
    ['Electoral Commission officials said the count was over.', [['Electoral Commission', 'organization']]],
    // The adjective before plain nouns is no name.
    ['Financial markets fell.', []],
]);

typeTable('a hospital that acts or employs is a body; one people are at is a building', [
    ['The Tolbeg Memorial Hospital opened a ward on Friday.', [['Tolbeg Memorial Hospital', 'organization']]],
    ['Independent cardiologist Ana Vek of Tolbeg University Hospital said it worked.', [['Ana Vek', 'person'], ['Tolbeg University Hospital', 'organization']]],
    ['She died at Tolbeg Memorial Hospital.', [['Tolbeg Memorial Hospital', 'place']]],
    ['Patients were sent home from Tolbeg Referral Hospital on Monday.', [['Tolbeg Referral Hospital', 'place']]],
    ['The maternity wing of Tolbeg University Hospital reopened.', [['Tolbeg University Hospital', 'place']]],
    // (A hospital that only stands, floods or is damaged is the building: the verb must be a body's.)
    ['The storm damaged the school, Tolbeg General Hospital and the old church.', [['Tolbeg General Hospital', 'place']]],
    ['The fire spread to the market and Tolbeg General Hospital.', [['Tolbeg General Hospital', 'place']]],
    ['Patients were evacuated after Tolbeg General Hospital flooded.', [['Tolbeg General Hospital', 'place']]],
    ['Fire crews said Tolbeg General Hospital was built in 1920.', [['Tolbeg General Hospital', 'place']]],
    ['Tolbeg General Hospital sits on a hill above the harbour.', [['Tolbeg General Hospital', 'place']]],
    ['Tolbeg General Hospital said it had hired ten nurses.', [['Tolbeg General Hospital', 'organization']]],
    // An airport that acts is its operator, as a hospital that acts is its body; one people wait at is the place.
    ['Snow closed roads, and Vekla Airport cancelled 240 flights.', [['Vekla Airport', 'organization']]],
    ['Flights were delayed at Vekla International Airport on Friday.', [['Vekla International Airport', 'place']]],
]);

typeTable('a league a table ranks sides in, or whose matches are played, is the competition', [
    ['The hosts stayed at the top of the Vekla Shield League after a late winner.', [['Vekla Shield League', 'other']]],
    ['Results of Vekla Shield League matches on Saturday follow.', [['Vekla Shield League', 'other']]],
    // Leagues that are bodies keep their type.
    ['The Arab League said it would meet.', [['Arab League', 'organization']]],
    ['The Vekla League for Democracy won the vote.', [['Vekla League for Democracy', 'organization']]],
    // (Leaders, rounds, posts and agendas belong to a party's league too: no game, no competition.)
    ['The Tolvane Youth League leaders called for a boycott.', [['Tolvane Youth League', 'organization']]],
    ["The Vekla People's League round of talks collapsed.", [["Vekla People's League", 'organization']]],
    ["She took a senior position in the Tolvane Women's League.", [["Tolvane Women's League", 'organization']]],
    ['Top of the Vekla League agenda is the land question.', [['Vekla League', 'organization']]],
]);

typeTable('kickers, the label opening a paragraph', [
    // A kicker word opening a paragraph before a dash or a colon labels the story, it names nothing.
    ['ANALYSIS — Ana Vekla said on Friday that the council would meet.', [['Ana Vekla', 'person']]],
    ['OPINION: Tomas Korvane says the budget is too small.', [['Tomas Korvane', 'person']]],
    ['EXCLUSIVE - Tolvane Mills plans to close two plants.', [['Tolvane Mills', 'organization']]],
    ['Watch: fans sing in the rain after the final', []],
    // (A hyphen glued to the next word after the kicker labels the story too.)
    ['Explainer-Why Ana Vekla quit the council', [['Ana Vekla', 'person']]],
    ['EXCLUSIVE-Tolvane Mills plans to close two plants.', [['Tolvane Mills', 'organization']]],
]);

typeTable('the place of an office between its title and its holder', [
    // "Mayor of PLACE Given Surname": the place is no first name of the holder.
    ['Mayor of Tolbeg Ana Vekla said the town would recover.', [['Tolbeg', 'place'], ['Ana Vekla', 'person']]],
    // (A see's name stays untyped: only its holder is sure.)
    ['Bishop of Vekmoor Tomas Korvane led the service on Sunday.', [['Vekmoor', 'other'], ['Tomas Korvane', 'person']]],
    // Two words no gazetteer knows together: the first is the place, the second opens the holder's names.
    ['Mayor of Tolbeg Sivekhaya David Vekla said the bridge was safe.', [['Tolbeg', 'place'], ['Sivekhaya David Vekla', 'person']]],
    ['Mayor of Tolbeg Luvekani Mary Moru won a second term.', [['Tolbeg', 'place'], ['Luvekani Mary Moru', 'person']]],
    // A place of two or three words the gazetteer knows whole, or a place and a division's head.
    ['Mayor of New York Eric Adamsky said the bridge was safe.', [['New York', 'place'], ['Eric Adamsky', 'person']]],
    ['Premier of New South Wales Chris Minnsky said the bridge was safe.', [['New South Wales', 'place'], ['Chris Minnsky', 'person']]],
    ['Governor of Vekmoor Province Ana Vekla toured the mines.', [['Vekmoor Province', 'place'], ['Ana Vekla', 'person']]],
]);

typeTable('a way or a call from a place', [
    // A power line, a road or a telephone call runs from a place; a vehicle or service may come from a body.
    ['The 200-kilovolt line from Vekarra will open in May.', [['Vekarra', 'place']]],
    ['Nothing has changed, Ana Vekla said by telephone from Tolvik Ossa.', [['Ana Vekla', 'person'], ['Tolvik Ossa', 'place']]],
    ['The line from Vekarra to Tolbeg will reopen.', [['Vekarra', 'place'], ['Tolbeg', 'place']]],
    // A song's track and a play's line come from people; a caller with a given name or a kin appositive is a person.
    ['The new track from Burnavek, the singer\'s first in years, is out.', [['Burnavek', 'other']]],
    ['It is the first track from Burnavek since 2019.', [['Burnavek', 'other']]],
    ['Her best line from Tolvekia came in the second act.', [['Tolvekia', 'other']]],
    ['He heard the news by phone from Lazarus, his brother.', [['Lazarus', 'person']]],
    ['He heard the news by phone from Sefaro, his brother.', [['Sefaro', 'person']]],
]);

typeTable('a capital in apposition', [
    // A capital heading the appositive is a seat of government, though "capital" ends firms' names;
    // a town of two letters the gazetteer leaves out is typed by it too.
    ['The rally in Tolbeg, the regional capital, drew thousands on Saturday.', [['Tolbeg', 'place']]],
    ['The rally in Vo, the regional capital, drew thousands on Saturday.', [['Vo', 'place']]],
    ['Vekla Capital, a venture capital firm, said so.', [['Vekla Capital', 'organization']]],
]);

typeTable('a German town and its river', [
    // "am" between two names is no English verb ("am" takes "I"): the town's name holds its river.
    ['The plant near Frankfurt am Main will close.', [['Frankfurt am Main', 'place']]],
    ['The plant near Vekbach am Main will close.', [['Vekbach am Main', 'place']]],
]);

typeTable('a known place with a lower-case word inside its name', [
    // The gazetteer knows the three words as one place: the connector stays inside the name.
    ['A Dar es Salaam firm won the contract.', [['Dar es Salaam', 'place']]],
    // (As the particle and "of" rules already did.)
    ['Ferries from Port of Spain were cancelled.', [['Port of Spain', 'place']]],
    ['She moved to Bosnia and Herzegovina in May.', [['Bosnia and Herzegovina', 'place']]],
    // Two places the gazetteer knows apart stay two.
    ['Talks between Serbia and Kosovo stalled.', [['Serbia', 'place'], ['Kosovo', 'place']]],
    ['Ana Vekla and Tomas Lind left.', [['Ana Vekla', 'person'], ['Tomas Lind', 'person']]],
]);

describe('the town gazetteer: river qualifiers and two-letter names', () => {
  // English news writes "Frankfurt" for GeoNames' "Frankfurt am Main" and "Frankfurt (Oder)".
  it('a German town is known without its river qualifier', () => {
    expect(isKnownCity('Frankfurt')).toBe(true);
    expect(isKnownCity('Frankfurt am Main')).toBe(true);
  });
  // A two-letter town name ("Un", "Us", "DE") is a hamlet or a country code; in news, an acronym.
  it('no two-letter name is a town', () => {
    expect(['UN', 'US', 'EU', 'UK'].filter((n) => isKnownTown(n))).toEqual([]);
  });
});

typeTable('places by their way, rivers, home sides, hospitals, churches and currencies', [
    // A way over or at a place names the place.
    ['The authority warned it might shut the road over Tolvheiði and the pass at Vekdalur if snow falls.', [['Tolvheiði', 'place'], ['Vekdalur', 'place']]],
    // Only a river bursts its banks.
    ['The rain went on overnight and the Marnock burst its banks.', [['Marnock', 'place']]],
    // "won 3-2 at X": the town a result was played at names its home side, and "won" with one score is a result.
    ['Elsewhere, Tolvik Town beat Zarnby 4-0 and Kelvek won 2-1 at Tyler on penalties.', [['Tolvik Town', 'organization'], ['Zarnby', 'organization'], ['Kelvek', 'organization'], ['Tyler', 'organization']]],
    // A present verb without -s after "who" makes the name plural, a team.
    ['Grebby will be at home against Kelvek or Trevasca Town, who replay their tie on Tuesday.', [['Grebby', 'other'], ['Kelvek', 'organization'], ['Trevasca Town', 'organization']]],
    // Spanish "y" inside a town's name on a results line.
    ['Vekmoor 1 Orvelly 1\nTolvane 2 Campo y Vekla 2', [['Vekmoor', 'organization'], ['Orvelly', 'organization'], ['Tolvane', 'organization'], ['Campo y Vekla', 'organization']]],
    // Where one trained is the hospital's body; where a funeral is held, the church's building.
    ['Born in 1932, she trained at the Orvelly General Hospital school of nursing.', [['Orvelly General Hospital', 'organization']]],
    ['A memorial mass is to be held at Holy Vekla Church, Marnock, on Tuesday.', [['Holy Vekla Church', 'place'], ['Marnock', 'place']]],
    // A country's name inside a currency's name is no mention of the place.
    ['The Belize dollar held steady, at 2.01 per U.S. dollar.', []],
    // An adverb of time after a place of setting; a direction before the known place after "in"; weather
    // measured at a place; a town's bus station.
    ['Three riders were hurt when a van overturned on the highway near Kelvekpur late on Sunday.', [['Kelvekpur', 'place']]],
    ['The probe lifted off on March 3 from Tolvashima in northern Japan.', [['Tolvashima', 'place'], ['Japan', 'place']]],
    ['The council shelved a levy on minibuses using the Vekasoke bus station.', [['Vekasoke', 'place']]],
    ['The bureau measured 35 centimetres of snow at Tolvegama in the 12 hours to 6 am.', [['Tolvegama', 'place']]],
    // A court report's address in two parts; a town's crematorium.
    ['Declan Vekgarry (58), of Tolbyhill, Kelvekmore, pleaded guilty to two charges.', [['Declan Vekgarry', 'person'], ['Tolbyhill', 'place'], ['Kelvekmore', 'place']]],
    ['The hearse departs the house at 9am on Monday for the Tolgantung crematorium.', [['Tolgantung', 'place']]],
    // "by telephone from X" overrules a given name's likelihood.
    ['"It will be signed," he said by telephone from Kavara Tekiya.', [['Kavara Tekiya', 'place']]],
]);

typeTable('a hyphenated body or a town\'s "-based" in apposition types the name before it', [
    // The preposition before the name sets a place only weakly; the appositive's body decides.
    ['The fund spent $40 million on Kelbrix, a software start-up, last year.', [['Kelbrix', 'organization']]],
    // A noun for a person or a body ("maker", "developer") based in a town is a firm.
    ['Vantoru, a Tolbeg-based maker of boats, grew fast.', [['Vantoru', 'organization'], ['Tolbeg', 'place']]],
    ['Orlenta, a Tolbeg-based developer of games, hired staff.', [['Orlenta', 'organization'], ['Tolbeg', 'place']]],
]);

typeTable('"from" after hearing or a remix names a sender or a maker, not a place', [
    ['She heard from Dalvo on Tuesday.', [['Dalvo', 'other']]],
    ['He released a remix from Dalven.', [['Dalven', 'other']]],
]);

typeTable('investors and shareholders "in" a name hold a stake in it; it is no setting', [
    ['Investors in Kelbrix were pleased.', [['Kelbrix', 'other']]],
    ['Shareholders in Vantoru sold.', [['Vantoru', 'other']]],
]);

typeTable('a firm named in another language: a chairman, a base set off by commas, a hyphenated kind', [
    // A province's name may open a firm's; the chairman's title after the name outranks the guess of
    // a given name and a surname, and the document's one sense types the earlier mention too.
    ['Turkish builder Bursa Dalvaş won the bid. Bursa Dalvaş chairman Ana Vekol said work would start in May.', [['Bursa Dalvaş', 'organization'], ['Bursa Dalvaş', 'organization'], ['Ana Vekol', 'person']]],
    // (A place's governor is no firm's title; a given name keeps a person.)
    ['Bursa governor Ana Vekol said the roads were closed.', [['Bursa', 'place'], ['Ana Vekol', 'person']]],
    ['Vekzanti Orbale, based in Tolbeg, will pay 300 million euros.', [['Vekzanti Orbale', 'organization'], ['Tolbeg', 'place']]],
    ['Ana Ruiz, based in Tolbeg, will pay the fine.', [['Ana Ruiz', 'person'], ['Tolbeg', 'place']]],
    // A capitals headline's copy of the name has no say of its own: the body's evidence types both.
    ['ROMANIA - VEKZANTI ORBALE TO BUY A CEMENT MAKER\n\nVekzanti Orbale, based in Tolbeg, will pay 300 million euros.', [['ROMANIA', 'place'], ['VEKZANTI ORBALE', 'organization'], ['Vekzanti Orbale', 'organization'], ['Tolbeg', 'place']]],
    // A hyphenated modifier ("not-for-profit") stands before the appositive's noun.
    ['The baths are managed by Hamvek Tolfi, a not-for-profit trust formed in 2011.', [['Hamvek Tolfi', 'organization']]],
    ['The song was sung by Tavish Quarrie, a well-known singer, in 2014.', [['Tavish Quarrie', 'person']]],
]);

typeTable('ent1: another language\'s word for a church, a museum, a theatre, a hall or a centre opens a building\'s name', [
    ['Mourners gathered in the Igreja Nossa Senhora da Vekla on Monday.', [['Igreja Nossa Senhora da Vekla', 'place']]],
    ['The pool at Canolfan Hamdden Tolvi shuts in May.', [['Canolfan Hamdden Tolvi', 'place']]],
    ['Mourners met afterwards at Neuadd Tolvek.', [['Neuadd Tolvek', 'place']]],
    ['Musée Vekla opened a new wing.', [['Musée Vekla', 'place']]],
    // (Inside a person's name the word is a surname: "Iglesia" after a given name opens no building.)
    ['Ana Iglesia Tolvar said the wing was late.', [['Ana Iglesia Tolvar', 'person']]],
    // (The word is one vote, not a verdict: an apposition that says what the name is wins over it.)
    ['Teatro Vekla, a touring company, will perform in May.', [['Teatro Vekla', 'organization']]],
]);

typeTable('ent1: a name people live in: "X, home to …" and "X islanders", "X residents"', [
    ['Tolvaa, home to about 500 people, has one shop.', [['Tolvaa', 'place']]],
    ['Tolvaa islanders debate a causeway the state has not funded.', [['Tolvaa', 'place']]],
    ['Vekbruin residents voted against the plan.', [['Vekbruin', 'place']]],
    // (A person is home to do something: the appositive is no place's.)
    ['Ana Ruiz, home to visit her mother, said little.', [['Ana Ruiz', 'person']]],
]);

typeTable('etype31: a ground or a hall named after a club\'s town is no product of the club', [
    ['Tolvane beat Vekby 2-1 on Saturday. Fans filled the Tolvane Stadium.', [['Tolvane', 'organization'], ['Vekby', 'organization'], ['Tolvane Stadium', 'place']]],
    ['Kestrel said sales rose. Shoppers met at the Kestrel Recreation Centre.', [['Kestrel', 'organization'], ['Kestrel Recreation Centre', 'place']]],
    ['No bus links the new rank to the Tolvby Mall yet.', [['Tolvby Mall', 'place']]],
    // (A company's name and a word that is no venue's head is still its product.)
    ['Kestrel said sales rose. The Kestrel Falcon sold well.', [['Kestrel', 'organization'], ['Kestrel Falcon', 'other']]],
]);

typeTable('etype31: a church, a chapel, a hotel or a museum after a preposition of setting is the building', [
    ['She runs a bakery near the Vekloss Tolvas Church, she said.', [['Vekloss Tolvas Church', 'place']]],
    ['A funeral takes place at the Church of Saint-Tolby at 10am.', [['Church of Saint-Tolby', 'place']]],
    ['Most stayed at the Tolvik Hotel, which opened its hall.', [['Tolvik Hotel', 'place']]],
    ['The funeral is at Ebenezer Vekla Church in Tolby.', [['Ebenezer Vekla Church', 'place'], ['Tolby', 'place']]],
    ['Her work was shown at Tolvane Settlers Museum in 2019.', [['Tolvane Settlers Museum', 'place']]],
    // (A denomination, a subject that acts and a possessor stay the body.)
    ['He spoke at the Methodist Church on Sunday.', [['Methodist Church', 'organization']]],
    ['The Tolvik Hotel hired 40 staff.', [['Tolvik Hotel', 'organization']]],
    ["She spoke at the Church of England's synod.", [['Church of England', 'organization']]],
]);

typeTable('etype31: another language\'s word for an island, a cape or "new" opens a place\'s name', [
    ['The refinery on Pulau Vekla Besar opened.', [['Pulau Vekla Besar', 'place']]],
    ['Scientists found fewer octopus off Cap Tolbi than in 2012.', [['Cap Tolbi', 'place']]],
    ['Rain fell at Nieuw Vekkerie on Monday.', [['Nieuw Vekkerie', 'place']]],
    // (A club named after its town, a body's head and a body's frame keep the body.)
    ['Puerto Vekla beat Tolby 2-1 on Sunday.', [['Puerto Vekla', 'organization'], ['Tolby', 'organization']]],
    ['Tanjung Vekla Services won the contract.', [['Tanjung Vekla Services', 'organization']]],
]);

typeTable('etype32: a firm named after its founder\'s family, shortened to that surname in a body\'s frame', [
    ['Marta Holmqvist founded the bakery in 1961. Holmqvist Bakeries said on Monday it would close two shops. Shares of Holmqvist fell 2 percent.', [['Marta Holmqvist', 'person'], ['Holmqvist Bakeries', 'organization'], ['Holmqvist', 'organization']]],
    ['Vekoryan brandy profit falls\n\nVekoryan Cognac Works lost sales in Russia. Chief executive Ana Vekoryan called the fall expected. Shares of Vekoryan fell 2.9 percent by noon.', [['Vekoryan', 'organization'], ['Vekoryan Cognac Works', 'organization'], ['Russia', 'place'], ['Ana Vekoryan', 'person'], ['Vekoryan', 'organization']]],
    // (The surname that speaks, or that nothing frames as the body, stays the person.)
    ['Marta Holmqvist founded Holmqvist Bakeries in 1961. Holmqvist said on Monday she would close two shops.', [['Marta Holmqvist', 'person'], ['Holmqvist Bakeries', 'organization'], ['Holmqvist', 'person']]],
    ['Marta Holmqvist founded Holmqvist Bakeries in 1961. "We will close two shops," Holmqvist said.', [['Marta Holmqvist', 'person'], ['Holmqvist Bakeries', 'organization'], ['Holmqvist', 'person']]],
]);

typeTable('etype32: an industry\'s name no surname takes closes a firm\'s name after a given name', [
    ['Grace Mining said on Monday it would cut 200 jobs.', [['Grace Mining', 'organization']]],
    ['Ella Energy raised its dividend for 2026.', [['Ella Energy', 'organization']]],
    ['Maria Cement raised its prices by 4 percent.', [['Maria Cement', 'organization']]],
    // (An industry word that is a surname too keeps the person.)
    ['Samantha Power said the plan was sound.', [['Samantha Power', 'person']]],
    ['Tom Press said the plan was sound.', [['Tom Press', 'person']]],
]);

typeTable('etype32: a side of a two-sided results line named for a town the list holds, a given name opening it', [
    ['Results:\nRuby Dundee 3 Vekby 1\nLa Paz 0 Castle Vekmoor 0', [['Ruby Dundee', 'organization'], ['Vekby', 'organization'], ['La Paz', 'organization'], ['Castle Vekmoor', 'organization']]],
    ['Results: Tolby Rangers 3 Grand Vek United 1; La Paz 0 Castle Vekmoor 0.', [['Tolby Rangers', 'organization'], ['Grand Vek United', 'organization'], ['La Paz', 'organization'], ['Castle Vekmoor', 'organization']]],
    // (The standings row of a side named so in a result follows it; a golfer's rounds keep the person.)
    ['Results:\nRuby Dundee 3 Vekby 1\n\nStandings:\nRuby Dundee 18 10 4 4 31 18 34\nVekby 18 7 6 5 22 21 27', [['Ruby Dundee', 'organization'], ['Vekby', 'organization'], ['Ruby Dundee', 'organization'], ['Vekby', 'organization']]],
    ['Scores:\nRuth Preston 71 68 70\nKojo Vekah 70 70 71', [['Ruth Preston', 'person'], ['Kojo Vekah', 'person']]],
]);

typeTable('etype32: an airline closes its name on "Air" after a word no dictionary holds', [
    ['Travellers flew with Vekfjord Air to the mainland.', [['Vekfjord Air', 'organization']]],
    ['Tolvik Air cancelled six flights in the storm.', [['Tolvik Air', 'organization']]],
    // (After an English word "Air" closes a festival's, a show's or a law's name.)
    ['The Open Air festival opens in June.', [['Open Air', 'other']]],
    ['The Clean Air Act took effect.', [['Clean Air Act', 'other']]],
]);

typeTable('etype34: a standings line written as prose names sides in a match report', [
    ['Tolvrek beat Vanmoor 2-0 on Sunday.\n\nStandings after 12 rounds: Orvasi 30 points, Tolvrek 28, Keldani 25, Vanmoor 19.', [['Tolvrek', 'organization'], ['Vanmoor', 'organization'], ['Orvasi', 'organization'], ['Tolvrek', 'organization'], ['Keldani', 'organization'], ['Vanmoor', 'organization']]],
    ['Vekbosch drew 1-1 with Zarnmouth.\nTable: Orvasi 24 pts; Vekbosch 21 pts; Zarnmouth 18 pts.', [['Vekbosch', 'organization'], ['Zarnmouth', 'organization'], ['Orvasi', 'organization'], ['Vekbosch', 'organization'], ['Zarnmouth', 'organization']]],
    // (Without a result in the document a standings row says nothing: drivers and riders have standings too.)
    ['Standings after six races: Orvasi 130 points, Keldani 118.', [['Orvasi', 'other'], ['Keldani', 'other']]],
    // (A number inside prose after a colon is no row: "Tolvrek" in a sentence keeps its own reading.)
    ['Tolvrek beat Vanmoor 2-0 on Sunday. The table: it says Keldani 25 goals were scored.', [['Tolvrek', 'organization'], ['Vanmoor', 'organization'], ['Keldani', 'other']]],
]);

typeTable('etype34: a trading house, a fertiliser or petrochemical maker and a coffee merchant close a firm\'s name', [
    ['Orsund Highland Coffee and Tevaro Trading bought 12 of the 40 lots.', [['Orsund Highland Coffee', 'organization'], ['Tevaro Trading', 'organization']]],
    ['The cargo went to Kelbeg Trading on Monday.', [['Kelbeg Trading', 'organization']]],
    ['A urea line run by Tolvasi Fertiliser opened beside the Vekmura Petrochemical refinery.', [['Tolvasi Fertiliser', 'organization'], ['Vekmura Petrochemical', 'organization']]],
    // (A tea's name is no firm's: shop=tea is left out.)
    ['Sales of Vekla Tea rose.', [['Vekla Tea', 'other']]],
]);

typeTable('etype34: a street\'s kind closes a street named after a person', [
    ['In a workshop off Ana Tolvekti Street, a man mends bicycles.', [['Ana Tolvekti Street', 'place']]],
    ['Shops on Maria Road closed early.', [['Maria Road', 'place']]],
    ['Traffic on Grace Vekla Avenue was stopped.', [['Grace Vekla Avenue', 'place']]],
    // (Two words closed by "Street" may be a person named Street.)
    ['Della Street said the plan was sound.', [['Della Street', 'person']]],
]);

typeTable('etype34: "Stadion" opens a stadium\'s name in the Slavic languages, "Stadionul" in Romanian', [
    ['The last match of the year is at Stadion Vekovica on Sunday.', [['Stadion Vekovica', 'place']]],
    ['Stadionul Tolvani was full on Saturday.', [['Stadionul Tolvani', 'place']]],
    // (Closing the name, it was a stadium already.)
    ['The Tolvik Stadion was full.', [['Tolvik Stadion', 'place']]],
]);

typeTable('etype34: a fortress, a citadel, a monastery and a lighthouse close a named building\'s name', [
    ['Cars parked between the Tolvek Fortress and the market.', [['Tolvek Fortress', 'place']]],
    ['Tourists climbed to the Vekla Citadel at dawn.', [['Vekla Citadel', 'place']]],
    ['Monks left the Orsund Monastery in 1950.', [['Orsund Monastery', 'place']]],
    // (Opening a name the word is no building's head.)
    ['Fortress Vekla Group bought the site.', [['Fortress Vekla Group', 'organization']]],
]);

typeTable('etype35: a commodity or a trade after a place or a weekday qualifies a noun; it closes no firm\'s name', [
    ['Peru Coffee exports rose 6 percent in June.', [['Peru', 'place']]],
    ['Economists said Chile Fertiliser imports fell.', [['Chile', 'place']]],
    ['Officials noted a fall in Ghana Coffee exports.', [['Ghana', 'place']]],
    ['The shop stayed shut under the Sunday Trading rules in Tolbeg.', [['Tolbeg', 'place']]],
    ['Councillors voted against Saturday Trading.', []],
    // (A firm's own name keeps its head: its stock, its verb with an object, a name no gazetteer holds.)
    ['Peru Coffee shares rose 6 percent.', [['Peru Coffee', 'organization']]],
    ['Analysts said Peru Coffee plans to list its shares.', [['Peru Coffee', 'organization']]],
    ['Orvane Coffee exports rose 6 percent.', [['Orvane Coffee', 'organization']]],
    ['Kelbeg Trading said on Monday it would sell.', [['Kelbeg Trading', 'organization']]],
]);

typeTable('etype35: a body\'s head closing a name that opens with a stadium\'s word makes a firm', [
    ['Shares in Stadion Vekbet Gaming rose after the bookmaker reported profits.', [['Stadion Vekbet Gaming', 'organization']]],
    ['Estadio Tolvara Holdings bought the club.', [['Estadio Tolvara Holdings', 'organization']]],
    // (Without such a head the name is still the stadium.)
    ['The cup final is at Stadion Orlovica on Sunday.', [['Stadion Orlovica', 'place']]],
    ['Fans filled Estadio Vekla Municipal.', [['Estadio Vekla Municipal', 'place']]],
]);

typeTable('etype35: a building\'s kind before a country names no agency; a fortress before a country or a continent is a figure', [
    ['Ministers defended a Fortress Europe policy on asylum.', [['Fortress Europe', 'other']]],
    ['Fortress Australia is over, the premier said.', [['Fortress Australia', 'other']]],
    ['The final was played at Stadium Australia in Sydney.', [['Stadium Australia', 'place'], ['Sydney', 'place']]],
    // (A plain noun of a field before a place still names the place's agency; a fortress's name puts its kind last.)
    ['Water Tanzania said supplies were back.', [['Water Tanzania', 'organization']]],
    ['Tourists climbed to the Tolvik Fortress.', [['Tolvik Fortress', 'place']]],
]);

typeTable('etype35: "group" in other languages and "Holding" close a firm\'s name; "Atelier" opens one', [
    ['Talks between Duvane Groupe and Vekler Gruppe broke down.', [['Duvane Groupe', 'organization'], ['Vekler Gruppe', 'organization']]],
    ['Orsini Gruppo and Tolvaro Holding bid for the port.', [['Orsini Gruppo', 'organization'], ['Tolvaro Holding', 'organization']]],
    ['Atelier Vekmoreau designed the pavilion.', [['Atelier Vekmoreau', 'organization']]],
    // (A person's name without such a word stays a person; "holding" in lower case names nothing.)
    ['Paolo Orsini said the holding company would sell.', [['Paolo Orsini', 'person']]],
]);

typeTable('etype36: a town in a setting closed by a relative date ("last week", "this weekend") is the place, also where its team plays', [
    ['Orvask beat Kelmavík 2-0 on Saturday. The sides meet again in Kelmavík this weekend.', [['Orvask', 'organization'], ['Kelmavík', 'organization'], ['Kelmavík', 'place']]],
    ['Orvask beat Kelmavík 2-0 on Saturday. Flooding in Kelmavík last week postponed two games.', [['Orvask', 'organization'], ['Kelmavík', 'organization'], ['Kelmavík', 'place']]],
    ['Fans in Tolvabrekka next season will pay more for tickets.', [['Tolvabrekka', 'place']]],
    // (Nouns that take "in" for a share or a role still name no setting; with no date the result keeps the team.)
    ['Orvane Capital bought a stake in Kelvaro last week.', [['Orvane Capital', 'organization'], ['Kelvaro', 'organization']]],
    // (A tester's cases: a firm invested in and a show starred in before a relative date are no place.)
    ['Dorvel Partners invested in Kestrana last year, and Kestrana now employs 250 people.', [['Dorvel Partners', 'organization'], ['Kestrana', 'other'], ['Kestrana', 'other']]],
    ['Lina Varos starred in Tolmarra this season, a drama watched by 3 million viewers.', [['Lina Varos', 'person'], ['Tolmarra', 'other']]],
    ['Orvask beat Kelmavík 2-0 on Saturday. Kelmavík play again next week.', [['Orvask', 'organization'], ['Kelmavík', 'organization'], ['Kelmavík', 'organization']]],
]);

typeTable('etype36: a Romance landform or administration word opening a name before "de"/"da"/"des" says what the name is', [
    ['Rain fell all night in the Cirque de Tolvasse.', [['Cirque de Tolvasse', 'place']]],
    ['Fires burned on the slopes of the Serra da Vekinha.', [['Serra da Vekinha', 'place']]],
    ['Hikers were rescued in the Sierra de Orvalla on Sunday.', [['Sierra de Orvalla', 'place']]],
    ['The Préfecture de Tolvane raised the alert to red.', [['Préfecture de Tolvane', 'organization']]],
    ['The Collectivité Territoriale de Vekmarie opened six shelters.', [['Collectivité Territoriale de Vekmarie', 'organization']]],
    ['A statement from the Prefeitura de Vekópolis said schools would close.', [['Prefeitura de Vekópolis', 'organization']]],
    ['Figures from the Comité Régional de la Pêche de Vekmor showed a fall.', [['Comité Régional de la Pêche de Vekmor', 'organization']]],
    ['The Caisse de Tolvane paid the farmers.', [['Caisse de Tolvane', 'organization']]],
    // (A body's head closing the name keeps the body; a territory word alone decides nothing; "Monte" opens banks too.)
    ['Serra da Vekinha Group said exports rose.', [['Serra da Vekinha Group', 'organization']]],
    ['Ana Serra said the vote was fair.', [['Ana Serra', 'person']]],
]);

typeTable('etype36: an appositive ranking the name by size ("the largest maker", "the biggest grower") makes a body', [
    ['Vekhar Kabel, Albania\'s largest maker of steel wire, said profit doubled.', [['Vekhar Kabel', 'organization'], ['Albania', 'place']]],
    ['Orvin Paxta, the country\'s biggest cotton grower, said it would cut its area.', [['Orvin Paxta', 'organization']]],
    ['Kelsa Mirov, the region\'s largest employer, will close two mills.', [['Kelsa Mirov', 'organization']]],
    // (A person is ranked by fame or skill, not size; no rank leaves the agent noun a person's.)
    ['Ana Tolvik, the country\'s best-known cotton grower, said she would cut her area.', [['Ana Tolvik', 'person']]],
    ['Tomas Vekran, a cotton grower, said he would cut his area.', [['Tomas Vekran', 'person']]],
]);

typeTable('fix36a: a quote\'s speaker or a name "he said" binds stays a person whatever rank its appositive gives', [
    ['"We sold at a loss this season," said Tarik Vonessi, the province\'s biggest wool trader.', [['Tarik Vonessi', 'person']]],
    ['Tarik Obrenni, the province\'s biggest wool trader, said he sold at a loss this season.', [['Tarik Obrenni', 'person']]],
    // (With no person's pronoun the rank still makes the body.)
    ['Vekhar Tolvo, the province\'s biggest wool trader, said its sales fell.', [['Vekhar Tolvo', 'organization']]],
]);

typeTable('etype36: a club\'s abbreviation opening a name makes the club; one that may be initials needs "club" or "team" on the line', [
    ['FC Orvana won the cup on Sunday.', [['FC Orvana', 'organization']]],
    ['A former treasurer of the hockey club HK Vekčany told the court he took nothing.', [['HK Vekčany', 'organization']]],
    ['The team SK Tolvice lost its coach.', [['SK Tolvice', 'organization']]],
    // (Without a club word the letters are a person's initials, as Indian and Malaysian news writes them.)
    ['Police chief SK Vermani said the road was shut.', [['SK Vermani', 'person']]],
    ['HC Tolvarma wrote the textbook.', [['HC Tolvarma', 'other']]],
]);

typeTable('fix36a: letters that may be initials make a club only with "club"/"team" right before the name, never with a role or as a speaker', [
    ['"The beds are all taken," SK Tolvhari, a surgeon, told reporters. The hospital team worked through the night.', [['SK Tolvhari', 'person']]],
    ['"We have no beds left," said SK Vekharo, a surgeon at the team hospital.', [['SK Vekharo', 'person']]],
    ['SK Orvemani, a physician, told the team of inspectors that the ward was full.', [['SK Orvemani', 'person']]],
    ['"I joined the club in 1991," said HC Tolvrenko, the former treasurer.', [['HC Tolvrenko', 'other']]],
    // (The club's word in the name's own noun phrase still makes the club.)
    ['Fans of the football club SK Vekrovice gathered outside.', [['SK Vekrovice', 'organization']]],
]);

typeTable('etype36: a word no list knows, alone, that opens exactly one person\'s two-word name in the document is that person\'s given name', [
    ['Every spring Vekhyl Tolani walks his sheep to the coast. Near the bridge a driver hit two lambs as Vekhyl tried to stop him.', [['Vekhyl Tolani', 'person'], ['Vekhyl', 'person']]],
    // (A word a town list or the dictionary holds stays as the evidence types it.)
    ['Rain Vekhani, 34, sold his boat. The sale was agreed as Rain fell on the harbour.', [['Rain Vekhani', 'person'], ['Rain', 'other']]],
    // (A tester's cases: a word with a place's context anywhere in the document, after in/at/from or
    // "the", or before "is a town", names that place and is not bound to the person.)
    ['Korvel Ambani said the crop was thin. Korvel is a town of 3,000 people.', [['Korvel Ambani', 'person'], ['Korvel', 'other']]],
    ['Velmar Istok runs the bakery. Rents in Velmar rose 5 percent last year.', [['Velmar Istok', 'person'], ['Velmar', 'other']]],
    ['Osmak Durell rows on the Osmak at dawn. The Osmak flooded last spring.', [['Osmak Durell', 'person'], ['Osmak', 'place'], ['Osmak', 'place']]],
]);

typeTable('etype36: Spanish words for a pass, a hill, a lagoon and a river open a place\'s name', [
    ['Lorries waited two days at Paso Tolvas on the border.', [['Paso Tolvas', 'place']]],
    ['Hikers were rescued on Cerro Vekla.', [['Cerro Vekla', 'place']]],
    ['Flamingos returned to Laguna Orvesa.', [['Laguna Orvesa', 'place']]],
    // (As a surname after a given name the word stays a person's.)
    ['Ana Cerro, 41, said the road was shut.', [['Ana Cerro', 'person']]],
]);

typeTable('fix36a: a Romance head word that is a given name or a surname too does not outweigh a person\'s role, age or "said"', [
    ['"The album is done," said Sierra de Tolvenne, the singer.', [['Sierra de Tolvenne', 'person']]],
    ['"I am not leaving," said Valle de Vekrana, the striker, on Sunday.', [['Valle de Vekrana', 'person']]],
    ['Sierra de la Ovrenka, 31, a dancer from Tolvesa, said she would retire.', [['Sierra de la Ovrenka', 'person'], ['Tolvesa', 'place']]],
    ['Pico da Vekrinha, a lawyer for the widow, said the appeal would go ahead.', [['Pico da Vekrinha', 'person']]],
    ['Laguna Tolvetta, the coach, said the side would score.', [['Laguna Tolvetta', 'person']]],
    // (With no person's context the landform still decides.)
    ['Snow closed the Sierra de Tolvenne, a mountain range in the north.', [['Sierra de Tolvenne', 'place']]],
    ['Lorries queued at Paso Vekrinas, the border crossing, on Monday.', [['Paso Vekrinas', 'place']]],
]);

// Cases a tester wrote against stop 37's rules that were taken back (an address's town after a street,
// a capitalised "Rally for" as a party): they must stay as they were before those rules.
typeTable('a name after a street and a comma that goes on to a clause is no town; a motor rally keeps its sponsor apart', [
    ['Back at Downing Street, Starmer, flanked by aides, said the plan would go ahead.', [['Downing Street', 'place'], ['Starmer', 'person']]],
    ['Kalle Vantanen won the Safari Rally for Toyota on Sunday.', [['Kalle Vantanen', 'person'], ['Safari Rally', 'other'], ['Toyota', 'organization']]],
]);
