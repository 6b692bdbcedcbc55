// Speaker probes: the common quote patterns of international wire services and regional papers,
// each passage invented for this test (no article's text, no real person), with the speaker a
// careful reader gives every quotation in it, in order (null: the passage does not say who spoke).
// They were written before the tool was run on them (branch spk7); a probe that fails for a cause
// outside attribution (entity typing or spans) is listed with `it.todo` and the reason.
//
// A speaker matches when the speaker mention's text is the expected name, or a run of its words
// in a person's mention ("Watanabe" for "Kenji Watanabe": the sheet's resolution joins them; a
// body or a name of unknown type is not joined to the person).
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';

function speakers(text: string): ({ text: string; type: string } | null)[] {
  const doc = segment(text);
  const mentions = extractEntities(doc);
  return extractQuotes(doc, mentions).map((q) => (q.speakerMention === null ? null : { text: mentions[q.speakerMention].text, type: mentions[q.speakerMention].type }));
}

/** The expected name, or the got name when it is a person's mention made of a run of the expected name's words. */
function sameSpeaker(got: { text: string; type: string } | null, want: string | null): string | null {
  if (got === null || want === null) return got?.text ?? null;
  return got.text === want || (got.type === 'person' && ` ${want} `.includes(` ${got.text} `)) ? want : got.text;
}

type Probe = [string, string, (string | null)[]];

// Probes that fail for a cause outside attribution, with the reason; they run as `it.todo`.
const TODO: Record<string, string> = {
  '"the former champion said"': 'role nouns: no list the project uses knows "champion" as a person\u2019s role (a person-noun list such as WordNet\u2019s noun.person would)',
  '"he" after a possessive only': 'entity spans and typing: "Arvid Holm\u2019s government" makes "Arvid Holm" an organisation',
  '"she" past a man of unknown gender, the woman\u2019s name on both name lists': 'gender data: "Grace" is on both given-name lists (src/extract/gender.ts), so nothing says she is the woman',
  'a Malaysian honorific': 'entity spans: the honorifics "Datuk Seri" are kept in the name',
};

function probes(title: string, table: Probe[]) {
  describe(title, () => {
    for (const [name, text, want] of table) {
      if (TODO[name]) it.todo(`${name} (${TODO[name]})`);
      else it(name, () => check(text, want));
    }
  });
}

function check(text: string, want: (string | null)[]) {
  const got = speakers(text);
  expect(got.length, `quotes found in: ${text}`).toBe(want.length);
  expect(got.map((g, i) => sameSpeaker(g, want[i]))).toEqual(want);
}

probes('frames before the quote', [
  ['a minister told reporters, colon', 'Finance Minister Ana Vekla told reporters: “We will not devalue the currency.”', ['Ana Vekla']],
  ['said in a statement, colon', 'Tomas Brandvik said in a statement: “The company has no plans to sell the plant.”', ['Tomas Brandvik']],
  ['a role after the name between commas', 'Dr. Priya Raman, an epidemiologist at the Tolvik Institute, said: “The second wave is smaller.”', ['Priya Raman']],
  ['"A spokesman for X, Name, said"', 'A spokesman for the ministry, Tom Vekla, said: “The border remains open.”', ['Tom Vekla']],
  ['a spokeswoman named after her body', 'Vekair spokeswoman Lina Sorvik said the airline would “honour every ticket.”', ['Lina Sorvik']],
  ['a senator with a title', 'Sen. Colm Bracken said on Tuesday: “This bill will not pass the Senate.”', ['Colm Bracken']],
  ['a general told reporters', 'Gen. Yusuf Demirel told reporters in the capital: “Our troops will stay until the spring.”', ['Yusuf Demirel']],
  ['a judge in court', 'Judge Helen Moss told the court: “The defendant showed no remorse.”', ['Helen Moss']],
  ['a captain before a match', 'Captain Ola Brennvik said before the final: “We have nothing to lose.”', ['Ola Brennvik']],
  ['the coach told a broadcaster', 'Coach Dario Ferrante told the BBC: “We deserved the win.”', ['Dario Ferrante']],
  ['an opening phrase, then the speaker', 'Speaking at a rally in the port city, Governor Amaka Obi said: “We will finish the bridge this year.”', ['Amaka Obi']],
  ['wrote on a platform', 'Senator Maya Vekqvist wrote on X: “This bill is a disgrace.”', ['Maya Vekqvist']],
  ['UK style: Mr without a dot', 'Ali Hassan runs the bakery on the corner.\nMr Hassan said: “Flour has doubled in price.”', ['Ali Hassan']],
  ['the company\u2019s chief executive, Name, said', 'Norvik Shipping lost two vessels in the storm. The company\u2019s chief executive, Lars Pedersen, said: “The crews are safe.”', ['Lars Pedersen']],
  ['X\u2019s spokesman, Name, said', 'Prime Minister Kenji Watanabe left for Seoul.\nWatanabe\u2019s spokesman, Hiroshi Ito, said: “The visit will be short.”', ['Hiroshi Ito']],
  ['quoted by a news agency', 'Foreign Minister Sameh el-Badawi, quoted by the state news agency, said: “We reject any interference.”', ['Sameh el-Badawi']],
  ['said the plan was “…”, in the sentence', 'Prime Minister Kenji Watanabe said the tax was “a burden on every family” and would be cut.', ['Kenji Watanabe']],
  ['described it as “…”', 'Opposition leader Ruth Achieng described the budget as “a betrayal of the poor.”', ['Ruth Achieng']],
  ['a body said in a statement', 'In a statement, the Vekland Football Federation said: “The match will be replayed.”', ['Vekland Football Federation']],
]);

probes('frames after the quote', [
  ['an age after the name', '“We were lucky to get out alive,” Maria Okafor, 45, said.', ['Maria Okafor']],
  ['said Name, role of Body', '“We expect growth to return next year,” said Lars Pedersen, chief executive of Norvik Shipping.', ['Lars Pedersen']],
  ['title, name, said on a day', '“Prices will stay high for months,” Central Bank Governor Amina Yusuf said on Tuesday.', ['Amina Yusuf']],
  ['said at a news conference in a city', 'Amina Yusuf kept rates on hold.\n“Inflation is not beaten,” Yusuf told a news conference in the capital on Tuesday.', ['Amina Yusuf']],
  ['said Name, who …', '“The river rose in an hour,” said Ibrahim Sesay, who farms near the dam.', ['Ibrahim Sesay']],
  ['said Name, adding that …', '“We have enough fuel for a week,” said Pablo Ortega, adding that more was on the way.', ['Pablo Ortega']],
  ['a role, then the name, after the cue', '“Nobody was hurt,” said the fire chief, Rosa Delgado.', ['Rosa Delgado']],
  ['X added', '“Talks will resume on Monday,” Chief negotiator Erik Holm added.', ['Erik Holm']],
  ['told a foreign newspaper', '“I have no regrets,” Anil Kapoor told the Tolvik Herald newspaper.', ['Anil Kapoor']],
  ['an East Asian name, family name first', '“We will cooperate fully with the inquiry,” said Yoon Vek-ho, a spokesman for the Tolvik Port Authority.', ['Yoon Vek-ho']],
  ['a Chinese ministry spokesperson at a briefing', '“The two sides held frank talks,” Foreign Ministry spokesperson Wang Lei told a regular briefing.', ['Wang Lei']],
  ['a Japanese minister', '“The yen is moving too fast,” Japanese Finance Minister Shunichi Takeda said.', ['Shunichi Takeda']],
  ['a Vietnamese name with an age', '“The harvest is lost,” said Nguyen Van Thanh, 52, a rice farmer.', ['Nguyen Van Thanh']],
  ['an Arabic name with al-', '“We will not leave our land,” said Abdullah al-Rashidi, 63.', ['Abdullah al-Rashidi']],
  ['an Arabic name with bin', '“The port will reopen next month,” said Khalid bin Saeed al-Harthi, the transport minister.', ['Khalid bin Saeed al-Harthi']],
  ['Lt. Col. as a title', '“The area is now secure,” Lt. Col. Ivan Petrov told reporters.', ['Ivan Petrov']],
  ['Rep. with a party tag', '“This is a tax on working families,” said Rep. Dana Whitvek, D-Ore.', ['Dana Whitvek']],
  ['a question', '“Who will pay for the repairs?” asked Councillor Mehmet Yilmaz.', ['Mehmet Yilmaz']],
  ['according to a body', '“Supplies will last another week,” according to the Vekland Red Crescent Society.', ['Vekland Red Crescent Society']],
  ['"according to him" is the man before', 'The eldest of the family, Tomas Korvane, 74, has farmed since 1968. The farm needs “two kinds of rain, and patience is both of them”, according to him.', ['Tomas Korvane']],
  ['"according to her" is the woman before', 'Ana Reyvik has run the bakery since 1990. Its bread keeps “three days in summer and a week in winter”, according to her.', ['Ana Reyvik']],
  ['"according to him" after a woman only: nobody', 'Ana Reyvik has run the bakery since 1990. Its bread keeps “three days in summer and a week in winter”, according to him.', [null]],
]);

probes('descriptions and pronouns', [
  ['"the 27-year-old said"', 'Kenyan runner Faith Chebet won the marathon in 2:21.\n“I just wanted to finish,” the 27-year-old said.', ['Faith Chebet']],
  ['"the ministry said in a statement" after the ministry is named', 'The Ministry of Transport suspended all flights on Friday.\n“Safety comes first,” the ministry said in a statement.', ['Ministry of Transport']],
  ['"he added" after reported speech', 'Ravi Menon, the state\u2019s health minister, said cases were falling. “We are not out of the woods yet,” he added.', ['Ravi Menon']],
  ['"she said" picks the woman of two', 'Prime Minister Kenji Watanabe met President Maria Lopez on Friday.\n“We agreed on almost everything,” she said.', ['Maria Lopez']],

  ['"he said" picks the man of two', 'Prime Minister Kenji Watanabe met President Maria Lopez on Friday.\n“We agreed on almost everything,” he said.', ['Kenji Watanabe']],
  ['"she told the BBC"', 'Grace Mutua has run the shelter since 2010.\n“I am not going anywhere,” she told the BBC in an interview.', ['Grace Mutua']],
  ['"the company said" after the company is named', 'Vekair cancelled 40 flights on Monday.\n“We apologise to our passengers,” the company said.', ['Vekair']],
  ['"the company said" after an event opening the sentence: nobody', 'The Tolvik Marathon drew 40,000 runners on Sunday.\n“We are delighted,” the company said.', [null]],
  ['"the company said" after a person: nobody', 'Ngozi Okafor runs a dance troupe. Okafor cancelled the tour on Monday.\n“We apologise to our fans,” the company said.', [null]],
  ['"the carrier said" after a name of unknown type', 'Vekair cancelled 40 flights on Monday.\n“We apologise to our passengers,” the carrier said.', ['Vekair']],
  ['"the statement said" after a body issued one', 'The Tolvik Harbour Board issued a statement on Sunday.\n“The port is closed until further notice,” the statement said.', ['Tolvik Harbour Board']],
  ['"the coach said" after a coach is named', 'Hornsby coach Liam O\u2019Connell was furious after the loss.\n“We gave away two soft goals,” the coach said.', ['Liam O\u2019Connell']],
  ['"the minister said" after "Minister X"', 'Health Minister Chen Mei-ling opened the new hospital on Monday.\n“Every district will have one by 2030,” the minister said.', ['Chen Mei-ling']],
  ['"the politician said" after a person named in the sentence before', 'Ruth Achieng lost her seat on Sunday.\n“The voters have spoken,” the politician said.', ['Ruth Achieng']],
  ['"the former champion said"', 'Olga Ivanova, who won the title in 2019, lost in the first round.\n“I was not ready,” the former champion said.', ['Olga Ivanova']],
]);

probes('several quotes and paragraphs', [
  ['a quote over two paragraphs', 'Ana Vekla said: “We rebuilt the school in a year.\n“Now we need teachers.”', ['Ana Vekla', 'Ana Vekla']],
  ['two speakers alternating', '“The deal is dead,” said union leader Joe Marsh.\n“The deal is very much alive,” replied company chair Lin Wei.\n“We will see,” Marsh said.', ['Joe Marsh', 'Lin Wei', 'Joe Marsh']],
  ['a split quote around the cue', '“We are tired,” Sofia Reyes said. “But we will keep going.”', ['Sofia Reyes', 'Sofia Reyes']],
  ['a quote-only paragraph continues the speaker before', '“The water reached the roof,” said Tariq Haddad, 38.\n“We lost everything.”', ['Tariq Haddad', 'Tariq Haddad']],
  ['a paragraph ending in a colon', 'Asked whether she would resign, Mayor Ingrid Tolberg said:\n“Not today, and not tomorrow.”', ['Ingrid Tolberg']],
  ['reported speech, then a quote-only paragraph', 'Emeka Nwosu said the walkout would continue.\n“We have waited long enough.”', ['Emeka Nwosu']],
  ['according to, then he said', 'The storm killed at least 12 people, according to Eduardo Salas, the regional governor.\n“It is the worst in decades,” he said.', ['Eduardo Salas']],
  ['a dateline, then the quote', 'KABUL, March 3 (Vekwire) - “We have no food left,” said Fatima Ahmadi, a mother of four.', ['Fatima Ahmadi']],
  ['a dateline, then an envoy told reporters', 'GENEVA (Vekwire) — “The situation is catastrophic,” U.N. envoy Tariq Haddad told reporters on Friday.', ['Tariq Haddad']],
  ['a headline with a quote, then the story', '“No retreat,” says Prime Minister Kenji Watanabe\nTOKYO (Vekwire) - Prime Minister Kenji Watanabe said on Tuesday he would not raise taxes.', ['Kenji Watanabe']],
  ['a headline "Name: “…”"', 'Watanabe: “We will not raise taxes”\nTOKYO (Vekwire) - Prime Minister Kenji Watanabe said on Tuesday that taxes would stay.', ['Kenji Watanabe']],
  ['a second speaker introduced mid-story', 'Ana Vekla said the plant would close.\n“It is a sad day,” she said.\nUnion leader Piotr Nowak disagreed. “The plant can be saved,” Nowak said.', ['Ana Vekla', 'Piotr Nowak']],
]);

probes('names that look like places or other things', [
  ['a given name that is a US state', '“We were robbed,” said Georgia Lancaster, the team captain.', ['Georgia Lancaster']],
  ['a given name that is a city', '“The ice was perfect,” Paris Whitfield said after the race.', ['Paris Whitfield']],
  ['a given name that is a country', 'Israel Okonkwo, 31, told reporters: “I never saw the ball.”', ['Israel Okonkwo']],
  ['a surname that is a town', '“It is too early to say,” said Marcus Aberdeen, a spokesman for Vekair.', ['Marcus Aberdeen']],
]);

probes('no speaker stays no speaker', [
  ['one trader', '“It is a bloodbath out there,” one trader said.', [null]],
  ['a woman told reporters', 'Floods hit the valley on Monday.\n“We have lost everything,” a woman told reporters.', [null]],
  ['an unnamed official on condition of anonymity', '“We are watching closely,” a senior official said on condition of anonymity.', [null]],
  ['"a 27-year-old said" names nobody', 'Kenyan runner Faith Chebet won the marathon.\n“The heat was brutal,” a 27-year-old from the crowd said.', [null]],
  ['"the politician said" with nobody named before', 'The vote was close on Sunday.\n“The voters have spoken,” the politician said.', [null]],
  ['"the 27-year-old said" with nobody named before', 'The marathon ended in heat.\n“I just wanted to finish,” the 27-year-old said.', [null]],
  ['a diplomatic source', 'Minister Ana Vekla flew to the talks.\n“The mood was constructive,” a diplomatic source said.', [null]],
  ['a resident who declined to be named', '“Nobody is safe here,” said a resident who declined to be named.', [null]],
  ['X\u2019s spokesman said after the cue: unnamed', '“The visit will be short,” said Watanabe\u2019s spokesman.', [null]],
  ['X\u2019s spokesman said: the spokesman is unnamed', 'Prime Minister Kenji Watanabe left for Seoul.\nWatanabe\u2019s spokesman said the visit would be “short and practical.”', [null]],
  ['police said, no police force named', 'A bus overturned near the border.\n“Three people were killed,” police said.', [null]],
  ['a quote with no attribution at all', 'Crowds gathered outside parliament on Friday.\n“Bread, work, freedom!”', [null]],
  ['"the ministry said" with no ministry named', 'Vekair cancelled 40 flights on Monday.\n“We are looking into it,” the ministry said.', [null]],
  ['a company spokesperson said', 'Vekair cancelled 40 flights.\n“We are sorry,” a company spokesperson said.', [null]],
  ['a quoted title is a term', 'Her new novel, “The Copper Tide”, came out in May.', [null]],
  ['a scare quote in reporting', 'Officials called the plan “unworkable” on Monday.', [null]],
]);

probes('long wire sentences', [
  ['a long reported clause before the quote', 'Central bank governor Amina Yusuf told lawmakers in the capital on Tuesday that inflation, which hit 12.4% in March after fuel subsidies were removed and the currency slid to an all-time low against the dollar, was likely to “peak in the third quarter and fall steadily after that”.', ['Amina Yusuf']],
  ['a name, a long relative clause, then the cue', 'Ngozi Adebayo-Okafor, who has led the opposition alliance since its founder was jailed on fraud charges in 2021, told supporters in the northern city on Sunday: “Our time has come.”', ['Ngozi Adebayo-Okafor']],
  ['in an interview with a paper, the speaker', 'In an interview with the Tolvik Herald published on Saturday, Tran Thi Mai said the factory had been “running on borrowed time for years.”', ['Tran Thi Mai']],
  ['told a wire by telephone from a town', 'Losana Vekalani told Vekwire by telephone from the atoll: “Every road here is flooded.”', ['Losana Vekalani']],
  ['said …, adding: “…”', 'Zoltan Kovacs said the decision was final, adding: “There will be no second vote.”', ['Zoltan Kovacs']],
  ['a second quote in the same sentence after "and"', 'Olena Vekrenko said the shelling had “not stopped for a single night” and that the town was “running out of everything.”', ['Olena Vekrenko', 'Olena Vekrenko']],
  ['reported speech then a whole-sentence quote in the paragraph', 'Wojciech Zielinski, the mine\u2019s manager, said production would resume within a week. “The shaft is safe,” he said. “We checked every metre.”', ['Wojciech Zielinski', 'Wojciech Zielinski']],
  ['a title of office long before the name', 'The chairman of the parliamentary defence committee, Ruslan Beketov, said the accord was “an error we will regret.”', ['Ruslan Beketov']],
  ['"X, the head of Y, which …, said"', 'Halima Njoroge, the head of the Tolvik Farmers Union, which represents 40,000 growers, said: “The rains came too late.”', ['Halima Njoroge']],
  ['a quote after a semicolon', 'Prices rose again in May; Finance Minister Oskar Lind called the figures “deeply worrying.”', ['Oskar Lind']],
]);

probes('industry nouns for a company (wire style)', [
  ['"the carrier said"', 'Vekla Airways cancelled 40 flights on Monday.\n“We apologise to our passengers,” the carrier said.', ['Vekla Airways']],
  ['"the lender said"', 'Tolvik Savings Bank raised its mortgage rates on Friday.\n“Funding costs have risen sharply,” the lender said.', ['Tolvik Savings Bank']],
  ['"the miner said"', 'Norvik Mining Corp. halted output at two pits after a flood.\n“No one was injured,” the miner said in a statement.', ['Norvik Mining Corp.']],
  ['"the insurer said"', 'Vekla Mutual Insurance Group reported a loss for the quarter.\n“Storm claims were twice the usual,” the insurer said.', ['Vekla Mutual Insurance Group']],
  ['"the bank said"', 'The Central Bank of Vekland left rates on hold on Thursday.\n“Inflation remains too high,” the bank said.', ['Central Bank of Vekland']],
  ['"the group said"', 'Tolvik Holdings sold its shipping arm for $2 billion.\n“We will focus on ports,” the group said.', ['Tolvik Holdings']],
  ['"the airline said" with no airline named', 'Flights were cancelled across the region on Monday.\n“We apologise to our passengers,” the airline said.', [null]],
  ['"the miner said" after a bank names nobody', 'Tolvik Savings Bank raised its mortgage rates on Friday.\n“No one was injured,” the miner said.', [null]],
  ['"the carrier said" after a port board names nobody', 'The Tolvik Harbour Board closed the port on Monday.\n“We apologise to our passengers,” the carrier said.', [null]],
  ['"the utility said"', 'Vekla Power and Light cut supply to 20,000 homes.\n“Crews are working through the night,” the utility said.', ['Vekla Power and Light']],
]);

probes('speakers introduced in another paragraph', [
  ['"the minister" three paragraphs later', 'Trade Minister Elif Kaya signed the deal in Brussels on Monday.\nThe agreement cuts tariffs on 900 goods.\nExporters welcomed it.\n“This opens a market of 400 million people,” the minister said.', ['Elif Kaya']],
  ['a surname alone two paragraphs later', 'Trade Minister Elif Kaya signed the deal on Monday.\nThe agreement cuts tariffs on 900 goods.\n“This is only the start,” Kaya said.', ['Elif Kaya']],
  ['"the senator" after "Sen. X"', 'Sen. Marta Quiroga voted against the bill.\nThe bill passed 52-48.\n“I could not support it,” the senator said.', ['Marta Quiroga']],
  ['"the president" after "President X"', 'President Joao Mbeki arrived in the capital on Friday.\n“We come as friends,” the president said.', ['Joao Mbeki']],
  ['"the spokeswoman" after a named spokeswoman', 'Lina Sorvik, a spokeswoman for Vekair, confirmed the cuts.\n“We had no choice,” the spokeswoman said.', ['Lina Sorvik']],
]);

probes('names from many regions', [
  ['an Indian name with initials', 'Dr. K. Srinivasan, the hospital\u2019s director, said: “We have enough beds for now.”', ['K. Srinivasan']],
  ['Shri before an Indian name', '“The canal will be finished by June,” said Shri Ramesh Chandra Yadav, the irrigation minister.', ['Ramesh Chandra Yadav']],
  ['a Thai name after the cue', '“Rice prices will recover,” said Somchai Wongsawat, president of the Thai Rice Exporters Association.', ['Somchai Wongsawat']],
  ['an Indonesian single name', 'Budiman, 54, a fisherman in the village, said: “The catch has halved in five years.”', ['Budiman']],
  ['a Malaysian honorific', '“The ringgit is undervalued,” Datuk Seri Ahmad Zulkifli told reporters.', ['Ahmad Zulkifli']],
  ['a Filipino name with a nickname', 'Mayor Ferdinand “Bongbong” Dela Cruz said: “Classes are suspended.”', [null, 'Ferdinand Dela Cruz']],
  ['a Spanish name with two surnames', '“No vamos a ceder,” said Maria Jose Fernandez de la Cruz, the union leader.', ['Maria Jose Fernandez de la Cruz']],
  ['a Nordic name with letters outside ASCII', '“The fjord has never been this warm,” said Åsa Lindström, a marine biologist.', ['Åsa Lindström']],
  ['a Norwegian name with ø', 'Jørgen Ødegård, the chief executive of Tolvik Fisk, said: “Salmon prices are at a record.”', ['Jørgen Ødegård']],
  ['a Czech name with diacritics', '“We will appeal,” said Jiří Dvořák, the club\u2019s lawyer.', ['Jiří Dvořák']],
  ['a Polish name with diacritics', 'Małgorzata Wójcik told the court: “I never signed that contract.”', ['Małgorzata Wójcik']],
  ['a Māori name', '“The river is our ancestor,” said Te Ariki Ngata, a spokesman for the iwi.', ['Te Ariki Ngata']],
  ['a Ukrainian name after a role', '“The grain corridor is working,” said Oleksandr Kubrakov, the infrastructure minister.', ['Oleksandr Kubrakov']],
  ['a Yoruba name with a hyphen', '“We will not accept this result,” Oluwaseun Adeyemi-Bakare told supporters in Ibadan.', ['Oluwaseun Adeyemi-Bakare']],
  ['a Kenyan name with a title', 'Hon. Wanjiru Vekangi, the county\u2019s member of parliament, said: “The road was promised in 2017.”', ['Wanjiru Vekangi']],
  ['a Vietnamese name before the cue', 'Nguyen Thi Lan said: “We sold the buffalo to pay for school.”', ['Nguyen Thi Lan']],
  ['a Chinese name with a role after', '“Exports will slow this quarter,” said Li Qiang, an economist at Tolvik Securities.', ['Li Qiang']],
  ['a Korean name told reporters', 'Kim Min-jung told reporters: “The strike will continue.”', ['Kim Min-jung']],
]);

probes('courts, councils, unions and universities', [
  ['in her ruling, a justice wrote', 'In her ruling, Justice Aroha Tane wrote that the council had “failed in its most basic duty.”', ['Aroha Tane']],
  ['a union general secretary between commas', 'The union\u2019s general secretary, Mick Ferreira, told members: “We go out on Monday.”', ['Mick Ferreira']],
  ['a vice-chancellor with Prof.', '“Fees will not rise next year,” said Prof. Amina Diallo, the university\u2019s vice-chancellor.', ['Amina Diallo']],
  ['a council chief executive', 'Council chief executive Paula Henare said the budget was “tight but balanced.”', ['Paula Henare']],
  ['a farmer from a village', 'Ramon Bautista, a rice farmer from Santa Ines village, said: “The dam water never reached us.”', ['Ramon Bautista']],
  ['the court heard', 'Prosecutor Lea Marsh told the jury: “She planned every step of it.”', ['Lea Marsh']],
  ['Capt. after the cue', '“The ferry is safe to sail,” said Capt. Ola Brennvik, the ship\u2019s master.', ['Ola Brennvik']],
  ['Supt. before the name', 'Det. Supt. Kerry Walsh told reporters: “We are keeping an open mind.”', ['Kerry Walsh']],
  ['a reaction in the next paragraph does not frame the quote before it', 'Cllr. Mara Vekqvist said the budget was fair.\n“We can spend smarter.”\nCllr. Tarik Vekdari disagreed. “Families were stuck at home for a week,” he said.', ['Mara Vekqvist', 'Tarik Vekdari']],
  ['"the judge said" after Judge X', 'Judge Kofi Boateng jailed the man for six years.\n“You showed no remorse,” the judge said.', ['Kofi Boateng']],
  ['"the union said" after the union is named', 'The National Union of Teachers called a strike for Monday.\n“Our members have had enough,” the union said.', ['National Union of Teachers']],
  ['"the university said" after the university is named', 'Tolvik University cut 200 jobs on Tuesday.\n“The decision was painful,” the university said in a statement.', ['Tolvik University']],
  ['"the council said" after a council is named', 'Vekla District Council closed the pool.\n“Repairs will take a year,” the council said.', ['Vekla District Council']],
]);

probes('pronouns across paragraphs', [
  ['"he" after a paragraph about a body', 'Finance Minister Oskar Lind presented the budget on Tuesday.\nThe Tolvik Chamber of Commerce welcomed the tax cuts.\n“This is a budget for growth,” he said.', ['Oskar Lind']],
  ['"she" after a quote-only paragraph', 'Grace Mutua runs the shelter.\n“We have 40 beds,” she said.\n“Every night they are full.”\nShe wants the council to help. “We cannot do this alone,” she said.', ['Grace Mutua', 'Grace Mutua', 'Grace Mutua']],
  ['"he" after a named woman and a named man', 'Maria Lopez and Tomas Brandvik signed the deal.\n“It took two years,” he said.', ['Tomas Brandvik']],
  ['"she" where the woman is named with Ms. only', 'Ms. Okafor has lived in the town for 30 years.\n“I have never seen water like this,” she said.', ['Okafor']],
  ['"they said" names nobody', 'Maria Lopez and Tomas Brandvik signed the deal.\n“It took two years,” they said.', [null]],
]);

probes('markets, sport, politics, courts, health (wire style)', [
  ['an analyst, head of strategy at a bank in a city', '“The dollar has further to fall,” said Ana Reyes, head of currency strategy at Tolvik Bank in Singapore.', ['Ana Reyes']],
  ['an economist wrote in a note', 'Jonas Berg, chief economist at Tolvik Capital, wrote in a note to clients: “The central bank is behind the curve.”', ['Jonas Berg']],
  ['a firm said in a note', '“Demand for steel will stay weak,” Tolvik Capital said in a note.', ['Tolvik Capital']],
  ['analysts at a firm wrote: unnamed', '“Demand for steel will stay weak,” analysts at Tolvik Capital wrote in a note.', [null]],
  ['officials at a board said, after the quote: unnamed', '“The port will stay shut,” officials at the Tolvik Harbour Board said.', [null]],
  ['one trader based in a city: unnamed', '“The market is nervous,” said one Singapore-based trader.', [null]],
  ['a coach after a win', '“We were patient and it paid off,” Vekby coach Ana Reyes said after the 3-1 win over Tolby.', ['Ana Reyes']],
  ['said Name, who scored twice', '“I just put my head down and ran,” said Jonas Berg, who scored twice.', ['Jonas Berg']],
  ['asked about X, Name said', 'Asked about the penalty, Vekby coach Ana Reyes said: “It was never a foul.”', ['Ana Reyes']],
  ['man of the match', 'Man of the match Jonas Berg said: “The whole team defended well.”', ['Jonas Berg']],
  ['said in a televised address', '“We will not be intimidated,” President Samia Kombo said in a televised address.', ['Samia Kombo']],
  ['in a post on social media', 'In a post on social media, Samia Kombo said: “The election was free and fair.”', ['Samia Kombo']],
  ['an MP told parliament', 'Opposition MP Ruth Achieng told parliament: “This budget punishes the poor.”', ['Ruth Achieng']],
  ['an age and a former job between commas', 'Jonas Berg, 58, a former central banker, said the plan was “reckless.”', ['Jonas Berg']],
  ['a defence lawyer argued that', 'Defence lawyer Ana Reyes argued that her client had “no choice but to run.”', ['Ana Reyes']],
  ['the court heard X told police', 'The court heard that Jonas Berg had told police: “I did nothing wrong.”', ['Jonas Berg']],
  ['a victim impact statement', 'In a victim impact statement given to the court, Maria Okafor said: “I no longer sleep.”', ['Maria Okafor']],
  ['Dr without a dot, UK style', 'Dr Ana Reyes, a consultant at Tolvik General Hospital, said: “The wards are full.”', ['Ana Reyes']],
  ['Professor X, from the University of Y', 'Professor Jonas Berg, from the University of Tolvik, said: “The virus is changing fast.”', ['Jonas Berg']],
  ['a health ministry director-general after the cue', '“Cases have peaked,” said the health ministry\u2019s director-general, Dr Samia Kombo.', ['Samia Kombo']],
  ['a union national secretary', '“Our members will not accept this,” said Ana Reyes, national secretary of the Tolvik Workers Union.', ['Ana Reyes']],
  ['an airline spokeswoman: unnamed', 'Vekair cancelled 40 flights.\n“Safety comes first,” an airline spokeswoman said.', [null]],
  ['a chief executive told an investor call', 'Vekair chief executive Jonas Berg told an investor call: “Bookings are back to 2019 levels.”', ['Jonas Berg']],
  ['a farmer who grows rice', '“The rains are later every year,” said Ana Reyes, who grows rice on two hectares near the town.', ['Ana Reyes']],
  ['a cue in the middle of the quote', '“The market,” Jonas Berg said, “is simply nervous.”', ['Jonas Berg', 'Jonas Berg']],
  ['"she said" past a sentence about a ministry', 'Samia Kombo said the clinic would open in May.\nThe Ministry of Health confirmed the date.\n“We are ready,” she said.', ['Samia Kombo']],
  ['said the body\u2019s spokesman, Name', '“Nobody was hurt,” said the airline\u2019s spokesman, Jonas Berg.', ['Jonas Berg']],
  ['a quote opening the story, attribution in the next sentence', '“We have never seen anything like it.” That was how Ana Reyes, a nurse in the capital, described the first night of the outbreak.', ['Ana Reyes']],
  ['X said, then a colon-less quote after a comma', 'Jonas Berg said, “We will keep fighting.”', ['Jonas Berg']],
  ['the minister in a statement, with the ministry', 'Health Minister Samia Kombo said in a statement issued by her ministry: “Vaccines are safe.”', ['Samia Kombo']],
  ['Name told Vekwire in an interview', '“Prices will double by winter,” Jonas Berg told Vekwire in an interview on Tuesday.', ['Jonas Berg']],
]);

probes('several people in one sentence', [
  ['a counterpart named in an appositive', 'Defence Minister Arvid Holm, speaking alongside his counterpart Maria Lopez in Tolvik, said: “Our navies will patrol together.”', ['Arvid Holm']],
  ['A told B: the teller speaks', 'Arvid Holm told Maria Lopez: “You have our support.”', ['Arvid Holm']],
  ['A told Prime Minister B that', 'Arvid Holm told Prime Minister Maria Lopez that the deal was “the best we could get.”', ['Arvid Holm']],
  ['A accused B of', 'Arvid Holm accused Maria Lopez of “playing games with people\u2019s lives.”', ['Arvid Holm']],
  ['A welcomed it, calling it', 'Maria Lopez welcomed the ruling, calling it “a victory for every family.”', ['Maria Lopez']],
  ['A quoted B as saying', 'The Tolvik Herald quoted Maria Lopez as saying: “I will not run again.”', ['Maria Lopez']],
  ['A was quoted by a paper as saying', 'Maria Lopez was quoted by the Tolvik Herald as saying: “I will not run again.”', ['Maria Lopez']],
  ['after meeting B, A said', 'Speaking to reporters after meeting Maria Lopez, Arvid Holm said: “We understand each other.”', ['Arvid Holm']],
  // (spk15: two people joined by "and" speak together; a whole quote after them is neither one's)
  ['in a joint statement, A and B said', 'In a joint statement, Arvid Holm and Maria Lopez said: “The border will reopen.”', [null]],
  ['said A of B', '“We will be back,” said Arvid Holm of the Tolvik Greens.', ['Arvid Holm']],
  ['B\u2019s lawyer A said', '“My client is innocent,” Holm\u2019s lawyer Maria Lopez said.', ['Maria Lopez']],
  ['A, B\u2019s spokesperson, said', '“The talks went well,” Maria Lopez, Holm\u2019s spokesperson, said.', ['Maria Lopez']],
  ['A says, present tense', 'Maria Lopez says the town “has been forgotten.”', ['Maria Lopez']],
  ['A said B had', 'Arvid Holm said Maria Lopez had “misled the house.”', ['Arvid Holm']],
  ['A, whose ministry oversees B, said', 'Maria Lopez, whose ministry oversees the Tolvik Port Authority, said: “Nobody will lose their job.”', ['Maria Lopez']],
  ['the company of A, then A said', 'Vekair, which Maria Lopez founded in 1998, cut 300 jobs.\nLopez said: “It was the hardest decision of my life.”', ['Maria Lopez']],
  ['A responded to B', 'Arvid Holm responded to Maria Lopez on Tuesday: “The numbers do not lie.”', ['Arvid Holm']],
  ['a quote, then A, responding to B, said', '“The numbers do not lie,” Arvid Holm said, responding to Maria Lopez.', ['Arvid Holm']],
]);

probes('statements, posts and punctuation styles', [
  ['a statement from a body said', '“The port will reopen on Monday,” a statement from the Tolvik Harbour Board said.', ['Tolvik Harbour Board']],
  ['the statement quoted A as saying', 'Vekair issued a statement on Sunday.\n“We are shocked,” the statement quoted chief executive Jonas Berg as saying.', ['Jonas Berg']],
  ['A\u2019s statement said', '“We are shocked,” Vekair\u2019s statement said.', ['Vekair']],
  ['A said in a Facebook post', '“Thank you for every vote,” Samia Kombo said in a Facebook post.', ['Samia Kombo']],
  ['A posted on X', '“See you in the final,” Jonas Berg posted on X.', ['Jonas Berg']],
  ['a sign read: no speaker', '“No entry without a permit,” a sign at the gate read.', [null]],
  ['a statement from an unnamed family: no speaker', 'The boy was found on Monday.\n“We are so grateful,” a statement from the family said.', [null]],
  ['A wrote in a letter to B', '“I cannot in good conscience stay,” Maria Lopez wrote in a letter to Prime Minister Arvid Holm.', ['Maria Lopez']],
  ['read a statement from A', '“We will cooperate with the inquiry,” read a statement from Vekair.', ['Vekair']],
  ['UK style: comma outside the quote', '“We were the better side”, Vekby manager Jonas Berg said.', ['Jonas Berg']],
  ['straight quotes, wire style', '"We will not leave," said Amina Diallo, a teacher. "This is our home."', ['Amina Diallo', 'Amina Diallo']],
  ['straight quotes before the cue', 'Amina Diallo said: "The school has no roof."', ['Amina Diallo']],
  ['A said, as B looked on', '“This is a great day for the city,” Samia Kombo said, as her deputy Jonas Berg looked on.', ['Samia Kombo']],
  ['A told B by phone', '“The roads are cut,” Jonas Berg, a local official, told Vekwire by phone.', ['Jonas Berg']],
  ['"she" past a man of unknown gender in the sentence before', 'Ruth Mutua runs the shelter. Its funds come from a trust set up by Kenji Watanabe.\n“We need more beds,” she said.', ['Ruth Mutua']],
  ['"she" past a man of unknown gender, the woman\u2019s name on both name lists', 'Grace Mutua runs the shelter. Its funds come from a trust set up by Kenji Watanabe.\n“We need more beds,” she said.', ['Grace Mutua']],
  ['"he" after a possessive only', 'Arvid Holm\u2019s government collapsed on Monday.\n“I will fight on,” he said.', ['Arvid Holm']],
]);

probes('after the quote: more shapes', [
  ['said Name, the mayor of X, in a statement', '“The water is safe to drink,” said Ana Reyes, the mayor of Tolvik, in a statement.', ['Ana Reyes']],
  ['Name said of the decision', 'Ana Reyes lost the appeal.\n“It is a sad day,” Reyes said of the decision.', ['Ana Reyes']],
  ['Name, who chairs X, told reporters', '“We will vote on Friday,” Ana Reyes, who chairs the committee, told reporters.', ['Ana Reyes']],
  ['Name, a long who-clause, told reporters', '“We will vote on Friday,” Ana Reyes, who has chaired the committee since it was set up after the floods of 2015, told reporters.', ['Ana Reyes']],
  ['said Name, whose son …', '“Nobody has said sorry,” said Ana Reyes, whose son was killed in the attack.', ['Ana Reyes']],
  ['Name said, her voice breaking', '“He was everything to us,” Ana Reyes said, her voice breaking.', ['Ana Reyes']],
  ['the mayor, Name, said', '“The pool will reopen,” the mayor, Ana Reyes, said.', ['Ana Reyes']],
  ['lower-case place and title before the name', '“The pool will reopen,” Tolvik mayor Ana Reyes said.', ['Ana Reyes']],
  ['said lower-case title, name', '“The pool will reopen,” said mayor Ana Reyes.', ['Ana Reyes']],
  ['name, age, mother of two from a town, told a wire', '“We have nowhere to go,” Ana Reyes, 34, a mother of two from Tolvik, told Vekwire.', ['Ana Reyes']],
  ['the 45-year-old Name said', 'Ana Reyes finished third.\n“I am happy with that,” the 45-year-old Reyes said.', ['Ana Reyes']],
  ['Name said in Spanish', '“No hay agua,” Ana Reyes said in Spanish.', ['Ana Reyes']],
  ['said Name, speaking through an interpreter', '“We walked for nine days,” said Amina Diallo, speaking through an interpreter.', ['Amina Diallo']],
  ['full stop inside the quote, then Name told a wire', '“We are tired.” Ana Reyes told Vekwire.', ['Ana Reyes']],
  ['full stop inside the quote, then Name said on a day', '“We are tired.” Ana Reyes said on Tuesday.', ['Ana Reyes']],
  ['Name added, without elaborating', '“There will be changes,” Ana Reyes added, without elaborating.', ['Ana Reyes']],
  ['says Name, present tense', '“Every year the river comes closer,” says Ana Reyes, a farmer.', ['Ana Reyes']],
  ['Name says, present tense', '“Every year the river comes closer,” Ana Reyes says.', ['Ana Reyes']],
  ['explains Name, a nurse', '“We see ten cases a day,” explains Amina Diallo, a nurse.', ['Amina Diallo']],
  ['Name, a nurse, explains', '“We see ten cases a day,” Amina Diallo, a nurse, explains.', ['Amina Diallo']],
  ['Name said, before the next question', '“That is all,” Ana Reyes said, before leaving the room.', ['Ana Reyes']],
]);

probes('colon introductions without a verb of saying', [
  ['as X put it', 'As Ana Reyes put it, “Nobody wins a price war.”', ['Ana Reyes']],
  ['in the words of X', 'In the words of Jonas Berg, “The river always wins.”', ['Jonas Berg']],
  ['X was blunt:', 'Ana Reyes was blunt: “The plan will fail.”', ['Ana Reyes']],
  ['X did not mince words:', 'Jonas Berg did not mince words: “This is theft.”', ['Jonas Berg']],
  ['X had a simple message:', 'Ana Reyes had a simple message for the crowd: “Go home and vote.”', ['Ana Reyes']],
  ['X summed it up:', 'Jonas Berg summed it up: “We were lucky.”', ['Jonas Berg']],
  ['X\u2019s verdict:', 'Jonas Berg\u2019s verdict: “Not good enough.”', ['Jonas Berg']],
  ['for her part, X said', 'Ana Reyes, for her part, said: “We will wait and see.”', ['Ana Reyes']],
  ['asked if …, X replied', 'Asked if she would run again, Ana Reyes replied: “Never say never.”', ['Ana Reyes']],
  ['X was more cautious:', 'Jonas Berg, an analyst at Tolvik Capital, was more cautious: “It is too early to call.”', ['Jonas Berg']],
  ['X said that, then a quoted clause', 'Ana Reyes said that the new law “changes nothing for the poor.”', ['Ana Reyes']],
  ['the colon is an unnamed source\u2019s', 'One official was blunt: “The plan will fail.”', [null]],
]);

probes('sport: roles as descriptions', [
  ['"the opener said" (cricket)', 'Tolvik opener Dinesh Karthikeyan made 112 on the first day.\n“The pitch was flat,” the opener said.', ['Dinesh Karthikeyan']],
  ['"the all-rounder said"', 'Vekby all-rounder Shane Tupou took five wickets.\n“I just bowled straight,” the all-rounder said.', ['Shane Tupou']],
  ['"the hooker said" (rugby)', 'Vekby hooker Sione Lolo crossed for two tries before the break.\n“The forwards laid the platform,” the hooker said.', ['Sione Lolo']],
  ['"the fans said": nobody', 'Vekby lost 3-0 at home.\n“We want our club back,” the fans said.', [null]],
  ['"the squad said": nobody', 'Vekby lost 3-0 at home.\n“We are sorry,” the squad said.', [null]],
  ['"the teenager said"', 'Mia Takahashi, 16, won the national title on Sunday.\n“I still can\u2019t believe it,” the teenager said.', ['Mia Takahashi']],
]);

// Written after reading blind-dev4's speaker errors (branch spk7): the same causes in sentences of our own.
probes('causes read from blind-dev4', [
  ['a role word the tagger reads as a verb before the name at the cue', '“The accused ran a fund on profits that were never made,” presiding judge Park Tol-min said, reading the verdict.', ['Park Tol-min']],
  ['"meet director Name said"', '“A race like that is why crowds come,” meet director Ana Reyes-Chin said.', ['Ana Reyes-Chin']],
  ['"he" after an unnamed spokesman reported names nobody', '“Our phones are dead,” said Amir Vekdani, a baker.\nA spokesman for the Tolvik Storm Office said winds were still growing. “The peak is yet to come,” he said.', ['Amir Vekdani', null]],
  ['"he" after an unnamed person who did not report keeps the named man', '“Our phones are dead,” said Amir Vekdani, a baker.\nA spokesman for the office was not available. “The peak is yet to come,” he said.', ['Amir Vekdani', 'Amir Vekdani']],
  ['"according to X" frames a quote after "will add about …"', 'According to Ketut Vekjaya, an economist at Tolvik Capital, the levy will add about 0.7 percentage point to prices, “costly, but temporary”.', ['Ketut Vekjaya']],
  ['"he added" still reports', 'Hendra Wijaya spoke after the vote.\n“It is painful,” he added.', ['Hendra Wijaya']],
  ['"added, “…”" still reports', 'Hendra Wijaya spoke after the vote. He added, “It is painful but a one-off.”', ['Hendra Wijaya']],
  ['"the four ministers" name nobody', 'Energy Minister Aigul Vekova said the pact was balanced. A letter signed by the four ministers called the pact “a template for the continent”.', [null]],
  ['"the ministers said" names nobody', 'Water Minister Aigul Vekova met her counterparts.\n“We agreed on every point,” the ministers said.', [null]],
  ['"the minister said" still names her', 'Water Minister Aigul Vekova met her counterparts.\n“We agreed on every point,” the minister said.', ['Aigul Vekova']],
  ['a family name first, then alone (typed as a body by the entity stage)', '“Nobody wants to hold the risk,” said Noda Haruki, chief strategist at Tolvik Securities.\nThe central bank publishes its survey on Friday. Noda said he thought prices would “drift sideways” until then.', ['Noda Haruki', 'Noda Haruki']],
  ['a Spanish surname with its particle, alone after the full name', 'Inés de Tolva Ibarra lost the semi-final in two sets.\n“Her serve was sharper today,” de Tolva told reporters. “My knee held up.”\nAsked about the crowd, the Spaniard said: “The fans were generous.”', ['Inés de Tolva Ibarra', 'Inés de Tolva Ibarra', 'Inés de Tolva Ibarra']],
  // (It was the mention "Vega" itself; the sheet's resolution then bound such a word to one of the two, branch spk13.)
  ['a one-word name shared by two people names nobody', 'Marisol de Vega Ibarra met Tomas Vega Lind.\n“It was fair,” Vega told reporters.', [null]],
  ['a country said through its ministry', 'Paraguay, which skipped the summit, said through its Interior Ministry that it would “read the text closely”.', ['Interior Ministry']],
  ['a person said through a lawyer keeps the person', 'Ana Reyes said through a lawyer that she would “fight every charge”.', ['Ana Reyes']],
  ['"the teenager said" after "X, 19,"', 'Olu Vekanu, 18, was making only his second senior start. “My father was watching,” the teenager said.', ['Olu Vekanu']],
  ['a verb before the name still makes a clause', '“A race like that is why crowds come,” fans told Ana Reyes-Chin.', [null]],
]);

probes('bodies as descriptions (courts, police, governments)', [
  ['"police said" after a named police force', 'Tolvik Police arrested two men on Sunday.\n“Both are helping with our inquiries,” police said in a statement.', ['Tolvik Police']],
  ['"the hospital said" after the hospital is named', 'Tolvik General Hospital treated 40 people overnight.\n“Six remain in a serious condition,” the hospital said.', ['Tolvik General Hospital']],
  ['"the embassy said" after the embassy is named', 'The Vekland Embassy in Tolvik closed its doors on Monday.\n“Consular services are suspended,” the embassy said.', ['Vekland Embassy']],
  ['"the embassy said" with no embassy named: nobody', 'Protesters gathered in Tolvik on Monday.\n“Consular services are suspended,” the embassy said.', [null]],
  ['"the marathon said": an event\u2019s kind word is no body', 'The Tolvik City Marathon drew 40,000 runners.\n“It was our best year,” the marathon said.', [null]],
  ['"the federation said" after the federation is named', 'The Tolvik Athletics Federation banned the runner for four years.\n“The sample was clear,” the federation said.', ['Tolvik Athletics Federation']],
  ['"the coroner said" after Coroner X', 'Coroner Helen Marsh recorded a verdict of accidental death.\n“No one could have foreseen this,” the coroner said.', ['Helen Marsh']],
  ['"the prosecution said": nobody named', 'The trial of three men opened on Monday.\n“They planned it for months,” the prosecution said.', [null]],
  ['"organisers said": nobody named', 'About 5,000 people joined the march.\n“It was peaceful,” organisers said.', [null]],
  ['"the authorities said": nobody named', 'The ferry sank near the island.\n“Twelve people are missing,” the authorities said.', [null]],
  ['"the league said" after the league is named', 'The Tolvik Premier League fined the club $50,000.\n“Fans must be safe,” the league said.', ['Tolvik Premier League']],
  ['"the army said" after the army is named', 'The Vekland Army moved troops to the border.\n“This is an exercise,” the army said.', ['Vekland Army']],
]);

probes('roles the story gives a person, then used as descriptions', [
  ['"the farmer said" after "X, a rice farmer from …"', 'Ana Reyes, a rice farmer from Santa Ines, lost her whole crop.\n“The water never came,” the farmer said.', ['Ana Reyes']],
  ['"the former banker said" after "X, a former banker,"', 'Tomas Lind, a former banker, now runs the food bank.\n“Nobody chooses to be here,” the former banker said.', ['Tomas Lind']],
  ['"the shopkeeper said" after "shopkeeper X"', 'Shopkeeper Rahim Uddin lost his stock in the flood.\n“Everything is gone,” the shopkeeper said.', ['Rahim Uddin']],
  ['"the nurse said" after "X, a nurse at …"', 'Amina Diallo, a nurse at the district clinic, works 14-hour shifts.\n“We are exhausted,” the nurse said.', ['Amina Diallo']],
  ['"the farmer said" with no farmer in the story: nobody', 'Ana Reyes, a teacher, lost her house.\n“The water never came,” the farmer said.', [null]],
]);

probes('unnamed people referred to again', [
  ['"the spokesman said" after an unnamed spokesman', 'Ana Reyes lost her job at Vekair in May. A spokesman for Vekair said the cuts were needed.\n“We had no choice,” the spokesman said.', [null]],
  ['"she said" after an unnamed woman', 'Ana Reyes lost her job at Vekair in May.\nA woman who works at the plant said she was scared. “We could be next,” she said.', [null]],
  ['"he said" after "A spokesman for X, Name, said" names him', 'Vekair wants to build 200 homes. A spokesman for the developer, Tomas Lind, said it had spent $2 million on studies. “We answered every question,” he said.', ['Tomas Lind']],
  ['"the official said" after an unnamed official in the same sentence as a name', 'An official who worked with Ana Reyes said the report was late. “It will come out next week,” the official said.', [null]],
]);

probes('before the quote: more shapes', [
  ['X went on to say', 'Ana Reyes went on to say: “Nobody will be left behind.”', ['Ana Reyes']],
  ['X, in a statement, said', 'Ana Reyes, in a statement, said: “The strike is over.”', ['Ana Reyes']],
  ['X would only say', 'Ana Reyes would only say: “We are talking.”', ['Ana Reyes']],
  ['X declined to comment, saying only', 'Ana Reyes declined to comment, saying only: “The talks continue.”', ['Ana Reyes']],
  ['X, however, said', 'Jonas Berg, however, said the figures were “misleading.”', ['Jonas Berg']],
  ['an age in brackets, Irish and Indian style', 'Ana Reyes (56) said: “We lost everything in an hour.”', ['Ana Reyes']],
  ['had said earlier that', 'Jonas Berg had said earlier that the plan was “dead.”', ['Jonas Berg']],
  ['X has repeatedly said', 'Jonas Berg has repeatedly said the tax is “unfair to farmers.”', ['Jonas Berg']],
  ['X, also the Y, said', 'Ana Reyes, who is also the party\u2019s treasurer, said: “The books are clean.”', ['Ana Reyes']],
  ['a company with an ampersand', 'Tolvik & Sons said in a statement: “We will rebuild the mill.”', ['Tolvik & Sons']],
  ['X told the court via video link', 'Jonas Berg told the court via video link: “I was at home that night.”', ['Jonas Berg']],
  ['X later told reporters', 'Ana Reyes later told reporters: “It was the right call.”', ['Ana Reyes']],
]);

probes('causes read from blind-dev5', [
  // A title with its own "of"-complement stands before the name: the name is the title holder, not the complement.
  ['"Leader of the Opposition X called it …"', 'Leader of the Opposition Marta Vekla called the plan “a tax on the poor”.', ['Marta Vekla']],
  ['"Secretary of State X told reporters:"', 'Secretary of State Jonas Berg told reporters: “The embassy will reopen.”', ['Jonas Berg']],
  ['"the Minister for Health X said" mid-sentence', 'On Monday the Minister for Health Ana Reyes said the wards were “full to the doors”.', ['Ana Reyes']],
  ['"a spokesman for X said": the spokesman, unnamed, spoke', 'A spokesman for Marta Vekla said: “The minister will appeal.”', [null]],
  ['"a lawyer for X said": the lawyer, unnamed, spoke', 'A lawyer for Marta Vekla said: “We will appeal the ruling.”', [null]],
  ['"Spokesman for Vice President X said": a title before the name keeps it in the complement', 'Spokesman for Vice President Ana Reyes said: “The visit is off.”', [null]],
  ['"a spokesman for the Tolvik Board said": unnamed', 'A spokesman for the Tolvik Board said: “The fees will rise.”', [null]],
  // "…", as she told X: an "as"-clause after the quote whose subject and reporting verb are its only words reports it.
  ['"…", as he told a radio station in 1998', 'Tomas Lind grew up by the sea.\nRaised in a fishing village, the youngest of six, he learned to sail from his uncle Piet, “a man who never once looked at a chart”, as he told a radio station in 1998.', ['Tomas Lind']],
  ['"…," as X said on Monday', 'The plan needs “every hand we have,” as Mayor Ana Reyes said on Monday.', ['Ana Reyes']],
  ['"…", as officials told us: nobody named', 'Ana Reyes lost her house. The road was “closed for good”, as officials told reporters.', [null]],
  ['"…" as a clause of time, no verb of saying', 'Ana Reyes said nothing. “We wait,” as the rain kept falling, was all the sign read.', [null]],
  // "the union said": the body whose name the noun heads, not a nearer name the noun only modifies.
  ['"the union said" past a building named "Union …"', 'The Tolvik Dock Workers’ Union will rally outside the Union Hall in Vekla on Friday. “Our members are tired,” the union said.', ['Tolvik Dock Workers’ Union']],
  ['"the bank said" for a name with an of-complement', 'The Vekland Bank of Commerce said it would move to the Bank Tower in Vekla in May. “We need the room,” the bank said.', ['Vekland Bank of Commerce']],
  ['"the union said" with only a building named "Union …": nobody', 'Dock workers will rally outside the Union Hall in Vekla on Friday. “Our members are tired,” the union said.', [null]],
  // "said <name> <role> <name>": the first name modifies the role; the one after the role holds it.
  ['"said Carter president X": a firm named like a person before the role', '“We chose this town,” said Carter president Ana Reyes, who flew in for the signing.', ['Ana Reyes']],
  ['"said X, president Y": a comma keeps the first name', '“We chose this town,” said Ana Reyes, president Tom Lind’s deputy.', ['Ana Reyes']],
  // (spk15: "said X and Y" is the pair's, and a quote has one speaker: neither)
  ['"said X and president Y": no role right after the first name', '“We chose this town,” said Ana Reyes and Tom Lind.', [null]],
]);

probes('causes read from blind-dev6 and blind-dev7', [
  // "according to" right after the quote frames it, whatever verb a clause about the source holds.
  ['"…", according to its secretary, X, who said …', 'The choir still runs on “jumble sales, quizzes and luck”, according to its secretary, Tomas Lind, who said the tour had sold out.', ['Tomas Lind']],
  ['"…", according to an unnamed source who said …: nobody', 'The plant still runs on “luck and old parts”, according to a worker who said the boiler was 40 years old.', [null]],
  // "said, to cheers": after a comma, "to" opens an adjunct, not the reporting verb's infinitive.
  ['"…," he said, to cheers', 'Branch secretary Tomas Lind addressed the rally at the gate. “We did not choose this strike,” he said, to cheers.', ['Tomas Lind']],
  // A new sentence with a subject of its own between two quotes of a paragraph: the second is not a continuation.
  ['"The crowd chanted “…”" after a quote: nobody', 'Tomas Lind addressed the rally at the gate. “We did not want this fight,” he said, to applause. The crowd chanted “fair pay now” as he left.', ['Tomas Lind', null]],
  ['"She called it “…”" after her quote stays hers', 'Ana Reyes left the hearing early. “It was a farce,” she said. She called the ruling “a gift to the landlords”.', ['Ana Reyes', 'Ana Reyes']],
  // "A <noun> who …" is a person whatever the noun: unnamed, and "she" after it is that person.
  ['"she said" after "A junior clerk who asked not to be named said": nobody', 'Dr Ana Reyes blamed the union. A junior clerk who asked not to be named said one counter was open. “We work by candlelight,” she said.', [null]],
  ['"he said" after "A driver who saw the crash said": nobody', 'Tomas Lind was taken to hospital. A delivery driver who saw the crash said the van was speeding. “It never braked,” he said.', [null]],
  ['"she said" after "Ana Reyes, who …, said" stays hers', 'Tomas Lind was taken to hospital. Ana Reyes, who saw the crash, said the van was speeding. “It never braked,” she said.', ['Ana Reyes']],
  // A name in the possessive only determines the subject's noun: "X’s neighbour, Y, nodded" has Y as subject.
  ['"she said" after "X’s neighbour, Y, nodded"', '“If the fee goes up, I will close,” said Maria Vekla, who sells spices.\nVekla’s neighbour, Rosa Tolvane, nodded. “Nobody here opposes a new hall,” she said.', ['Maria Vekla', 'Rosa Tolvane']],
  // Gender from the story: a possessive "her" after the only person a sentence names, as a verb's subject, is hers.
  ['"she said" after "Y pointed at her manager", Y’s given name listed only as a man’s', 'Coach Marie Vekla called a timeout. “We made mistakes,” Vekla said.\nDefender Avery Tolvane scored twice. Asked about the goal, Tolvane pointed at her manager. “She planned that move,” she said.', ['Marie Vekla', 'Avery Tolvane']],
  ['"he said" after "Y met her": an object "her" is no evidence', 'Ana Reyes lost her house in the flood. Avery Tolvane met her at the shelter on Monday. “It was awful to see,” he said.', ['Avery Tolvane']],
  ['"she said" after "Born to X, she … her grandfather": the "her" is the pronoun’s', 'Ana Reyes died on Monday aged 88. Born to a farmer, Avery Tolvane, and a teacher, she began playing on a fiddle her grandfather bought. “She never missed a day,” said Tomas Lind. “She was fearless,” he said.', ['Tomas Lind', 'Tomas Lind']],
  // After a quote a comma closes, a capitalised word the tagger reads as a verb ("Finance") is a title.
  ['"“…,” Finance Minister X told reporters at 3 a.m., shortly after"', '“Tonight the nation picked free care for all,” Finance Minister Ana Vekla told reporters at 3:20 a.m., shortly after the vote.', ['Ana Vekla']],
  ['"“…,” finance officials who watched told": a lower-case verb clause still names nobody', '“Tonight the nation picked free care for all,” finance officials who watched the vote told reporters.', [null]],
  // A whole-sentence quote right after a sentence that reports an unnamed source is that source's: no speaker.
  ['"A reporter asked whether … “…?” “…,” the minister replied": the question is nobody’s', 'Transport Minister Ana Reyes announced shared ferry routes from March.\nOne journalist asked whether the routes would carry freight for other ports. “Will trucks board?” “No. Passengers only,” the minister replied.', [null, 'Ana Reyes']],
  ['"One resident said … “…”": nobody', 'Tomas Lind, the mayor, visited the street on Monday. One resident said the water had reached the windows. “We lost everything.”', [null]],
  ['"X said … “…”" with a name stays X’s', 'Tomas Lind, the mayor, visited the street on Monday. Resident Ana Reyes said the water had reached the windows. “We lost everything.”', ['Ana Reyes']],
  // With no verb of saying, a quote of its own right after a sentence whose subject is a person is that person's answer.
  ['"Asked if …, she laughs and looks away. “…”"', 'Ana Reyes wrote the book in a rented attic. The winner will be named in June. Asked if she has prepared remarks, she laughs and looks away. “That would be tempting fate.”', ['Ana Reyes']],
  ['"X shrugged. “…”"', 'The council cut the grant on Monday. Tomas Lind shrugged. “We have survived worse.”', ['Tomas Lind']],
  ['"The council voted. “…”": a body as subject names nobody', 'Tomas Lind ran the club for years. The council voted 5-2 to close it. “It is a sad day.”', [null]],
  ['"X was arrested. “…”": a passive says nothing X did, nobody', 'Police held a press conference. Ana Reyes was arrested on Monday. “She is a danger to the public.”', [null]],
  ['"X is 54. “…”": a copula says nothing X did, nobody', 'Ana Reyes is 54. “It was the worst day of my life.”', [null]],
  ['"she laughs and looks away. “…”" with no woman named: nobody', 'The winner will be named in June. Asked if she has prepared remarks, she laughs and looks away. “That would be tempting fate.”', [null]],
  // A group that no name names speaks through the named person who leads it; a named body keeps its name.
  ['"The judges, chaired by X, called the book “…”"', 'Poet Ana Vekla has won the Tolvane Prize for her collection about lighthouse keepers.\nThe judges, chaired by Ghent critic Tomas Lind, called the book “a small fierce marvel”.', ['Tomas Lind']],
  ['"The panel, led by X, said “…”"', 'The ferry sank in March. The panel, led by retired judge Ana Reyes, said the crew had been “badly let down”.', ['Ana Reyes']],
  ['"The X Board, chaired by Y, called it “…”": the named board', 'The Tolvik Arts Board, chaired by Tomas Lind, called the plan “reckless and rushed”.', ['Tolvik Arts Board']],
  // A name the entity stage left untyped right after a person's role or title is a person's.
  ['"Judge X of the Y Court said", X untyped', 'The owner of a quarry was sentenced to six years on Friday.\nJudge Paek Su-hyon of the Tolvik Eastern District Court said the owner had “put profit before lives”.', ['Paek Su-hyon']],
  ['"he said" after "Judge X of the Y Court said", X untyped', 'Ana Reyes spoke first. Judge Paek Su-hyon of the Tolvik Eastern District Court said the founder had shown no remorse. “A heavier sentence is warranted,” he said.', ['Paek Su-hyon']],
  // An age re-describes the subject of the sentence before when that subject is a description of a person.
  ['"The coach denied it. “…,” the 47-year-old said"', 'Coach Marie Vekla laughed. Defender Ana Reyes scored twice. “She sketched that move on a menu,” Reyes said.\nThe coach denied it. “That was a receipt,” the 47-year-old said.', ['Ana Reyes', 'Marie Vekla']],
  ['"The captain denied it. “…,” the 41-year-old said" with no captain named: nobody', 'Tomas Lind, a fan, watched from the stand.\nThe captain denied it. “That was a fair tackle,” the 41-year-old said.', [null]],
  ['"The minister called it “…”" after her quote stays hers', 'Minister Ana Reyes left the hearing early. “It was a farce,” she said. The minister called the ruling “a gift to the landlords”.', ['Ana Reyes', 'Ana Reyes']],
]);

probes('before-cue and description patterns (branch spk10, invented before the tool was run)', [
  // "the firm said": the tagger reads "firm" as an adjective; closing the phrase after "the", it is the head noun.
  ['"the firm said" after a company named with Ltd.', 'Tolvik Freight Ltd. closed two depots on Monday.\n“Demand has collapsed,” the firm said.', ['Tolvik Freight Ltd.']],
  ['"the firm said" after a name of unknown type', 'Tolvik Freight closed two depots on Monday.\n“Demand has collapsed,” the firm said.', ['Tolvik Freight']],
  ['"the firm said" with no firm named: nobody', 'Ana Reyvik lost her job on Monday.\n“Demand has collapsed,” the firm said.', [null]],
  // A quote-only paragraph after "He said …" is his, as after "X said …"; a pronoun that resolves to nobody names nobody.
  ['"He said …" ⏎ a quote-only paragraph', 'Anton Vekla, 58, has fished these waters for 40 years. He said the catch had halved.\n“There is nothing left to take.”', ['Anton Vekla']],
  ['"She said …" then a whole-sentence quote in the paragraph', 'Ilse Korvane runs the shelter. She said donations had dried up. “We are down to rice.”', ['Ilse Korvane']],
  ['"He said …" ⏎ a quote-only paragraph, nobody named before: nobody', 'The boats stayed in port on Monday. He said the catch had halved.\n“There is nothing left to take.”', [null]],
  ['"He said …" after only a woman is named: nobody', 'Ilse Korvane runs the shelter. He said donations had dried up.\n“We are down to rice.”', [null]],
  // A person noun that no role list holds (compromise's Actor nouns: teenager, veteran, grandmother)
  // goes to the person given that role, else to the one named subject of the sentence before.
  ['"the teenager said" after "X, 17, won"', 'Ilse Korvane, 17, won the race on Sunday. “I never expected to win,” the teenager said.', ['Ilse Korvane']],
  ['"the veteran said" after "X, a veteran of …,"', 'Tomas Korvane, a veteran of three wars, lives alone.\n“Nobody visits any more,” the veteran said.', ['Tomas Korvane']],
  ['"the tenant said": the subject of the sentence before, not its object', 'Tomas Korvane sued his landlord, Ana Reyvik, in May.\n“I want my deposit back,” the tenant said.', ['Tomas Korvane']],
  ['"the grandmother said" after "X, 81, has lived …"', 'Ana Reyvik, 81, has lived in the village all her life.\n“It was never this dry,” the grandmother said.', ['Ana Reyvik']],
  ['"the teenager said" after two people as one subject: nobody', 'Tomas Korvane, 16, and his sister Ana, 14, were rescued on Monday.\n“We thought we would die,” the teenager said.', [null]],
  ['"the teenager said" with nobody named: nobody', 'The flood hit the town on Sunday.\n“We had no warning,” the teenager said.', [null]],
  ['"the teenager said" after a sentence whose subject is no person: nobody', 'The storm hit Ana Reyvik’s village on Sunday.\n“We had no warning,” the teenager said.', [null]],
  ['"the person said": a source news does not name', 'Ana Reyvik resigned on Monday.\n“She was pushed,” the person said.', [null]],
  // A quote-only paragraph after a paragraph whose last sentence has a named person doing something is that person's answer.
  ['"X shrugged." ⏎ a quote-only paragraph', 'The council cut the grant on Monday. Tomas Korvane shrugged.\n“We have survived worse.”', ['Tomas Korvane']],
  ['"X read the letter and folded it away." ⏎ a quote-only paragraph', 'Ana Reyvik read the letter twice and folded it away.\n“I knew this day would come.”', ['Ana Reyvik']],
  ['"Asked about …, X laughs." ⏎ a quote-only paragraph', 'Asked about the fine, Ana Reyvik laughs.\n“Let them try to collect it.”', ['Ana Reyvik']],
  ['"X was arrested." ⏎ a quote-only paragraph: nobody', 'Police held a press conference. Ana Reyvik was arrested on Monday.\n“She is a danger to the public.”', [null]],
  ['"The council voted …" ⏎ a quote-only paragraph: nobody', 'Tomas Korvane ran the club for years. The council voted 5-2 to close it.\n“It is a sad day.”', [null]],
  ['"A reporter asked whether …" ⏎ a question: nobody', 'Tomas Korvane shrugged. A reporter asked whether he would resign.\n“Will you go?”', [null]],
  // A possessive role ("his lawyer", "her coach", "the defendant’s lawyer") is someone's relation to another person: unnamed unless a person carried it.
  ['"his lawyer said" after the accused is named: nobody', 'Tomas Korvane, 34, was charged with fraud.\n“He denies everything,” his lawyer said.', [null]],
  ['"her coach said" after the athlete is named: nobody', 'Ana Vekla, 17, won the race.\n“She trained every morning,” her coach said.', [null]],
  ['"the defendant’s lawyer said": nobody', 'Tomas Korvane was charged with fraud.\n“He denies everything,” the defendant’s lawyer said.', [null]],
  ['"his lawyer said" after "His lawyer, X, said …"', 'Tomas Korvane was charged with fraud. His lawyer, Ana Vekla, said he would plead not guilty.\n“He denies everything,” his lawyer said.', ['Ana Vekla']],
  // Titles written as acronyms are descriptions too: "the MP said", "the CEO said".
  ['"the MP said" after "Labour MP X"', 'Labour MP Ana Vekla voted against the bill.\n“It is wrong,” the MP said.', ['Ana Vekla']],
  ['"the CEO said" after "Vekair CEO X"', 'Vekair CEO Tomas Korvane announced the cuts.\n“We had no choice,” the CEO said.', ['Tomas Korvane']],
  ['"the MP said" after "X, the MP for …,"', 'Ana Vekla, the MP for Tolvik North, voted against the bill.\n“It is wrong,” the MP said.', ['Ana Vekla']],
  ['"the MP said" with nobody named: nobody', 'The bill passed on Monday.\n“It is wrong,” the MP said.', [null]],
  // "“….” X said in an emailed statement.": a participle between an article and a noun is no verb of a clause of its own.
  ['"“….” X said in an emailed statement."', '“We will rebuild.” Ana Vekla said in an emailed statement.', ['Ana Vekla']],
  ['"“….” X said in a prepared statement."', '“We will rebuild.” Ana Vekla said in a prepared statement.', ['Ana Vekla']],
  // A body named after the place it governs ("X Municipality", "X County"), which the entity stage may type as a place.
  ['"the municipality said" after "The X Municipality said …"', 'The Vekla Municipality said it would fix the burst main by Friday.\n“The pumps will run again by noon,” the municipality said.', ['Vekla Municipality']],
  ['"the municipality said" in the same paragraph', 'The Tolvik Municipality said it would fix the burst main by Friday. “The pumps will run again by noon,” the municipality said.', ['Tolvik Municipality']],
  ['"the municipality said" with only a town named: nobody', 'Tolvik lost its water supply on Monday.\n“Crews are on site,” the municipality said.', [null]],
  // An age may stand between the name and the appositive that gives its role: "X, 62, a retired miner,".
  ['"the retired miner said" after "X, 62, a retired miner,"', 'Tomas Vekla, 62, a retired miner, has lived in the valley all his life.\n“I have never seen it this dry,” the retired miner said.', ['Tomas Vekla']],
  ['"the nurse said" after "X, 41, a nurse at …,"', 'Ana Reyvik, 41, a nurse at the district clinic, works nights.\n“We are exhausted,” the nurse said.', ['Ana Reyvik']],
  // "the 34-year-old said": the person the story gave that age, not the nearest one; another age rules a person out.
  ['"the 34-year-old said" past a nearer person to the one given that age', 'Ana Vekla, 34, from Tolvik, finished second in 2:24:10. Her compatriot Lina Korvane was third.\n“I ran my own race,” the 34-year-old said.', ['Ana Vekla']],
  ['"the 29-year-old said" after "29-year-old X"', 'The title went to 29-year-old Tomas Korvane, who led from the start. Ana Vekla was second.\n“I felt strong all day,” the 29-year-old said.', ['Tomas Korvane']],
  ['"the 34-year-old said" after "X, 25,": nobody', 'Ana Vekla, 25, finished second.\n“I ran my own race,” the 34-year-old said.', [null]],
  ['"the 34-year-old said" after two people of 34: nobody', 'Ana Vekla, 34, and Lina Korvane, 34, finished together.\n“We ran as one,” the 34-year-old said.', [null]],
  // A company's trade noun is, failing the body that opened or reported in the sentence before, the nearest body whose name says that trade.
  ['"the airline said" after a person’s sentence', 'Tolvik Airways said on Monday it would cut 40 routes. Its chief executive, Ana Vekla, blamed fuel costs.\n“We cannot fly empty planes,” the airline said.', ['Tolvik Airways']],
  ['"the lender said" after a person’s sentence', 'Tolvik Savings Bank raised rates. Ana Vekla, a customer, was angry.\n“Funding costs have risen,” the lender said.', ['Tolvik Savings Bank']],
  ['"the airline said" with only a port board named: nobody', 'The Tolvik Harbour Board closed the port on Monday. Ana Vekla, a pilot, was stranded.\n“We apologise to our passengers,” the airline said.', [null]],
  // Two bodies of the same kind named together: "the union said" does not say which.
  ['"the union said" after two unions named together: nobody', 'The Tolvik Miners’ Union and the Vekla Steel Union both called strikes.\n“Our members have had enough,” the union said.', [null]],
  ['"the union said" after one union named twice', 'The Tolvik Miners’ Union called a strike. The Tolvik Miners’ Union has 4,000 members.\n“Our members have had enough,” the union said.', ['Tolvik Miners’ Union']],
  // A player of another position is not the one a position names.
  ['"the striker said" after a goalkeeper is the nearest person: nobody', 'Tomas Korvane scored twice as Vekmere beat Tolvik 3-1. Goalkeeper Ana Vekla made eight saves.\n“It was a team effort,” the striker said.', [null]],
  ['"the goalkeeper said" after a sentence about one player', 'Ana Vekla made eight saves as Vekmere beat Tolvik 3-1.\n“It was a team effort,” the goalkeeper said.', ['Ana Vekla']],
  // "“…,” was how X put it" / "“….” That is how X describes it.": the subject after "how" said it.
  ['"“…,” was how X put it"', '“It was chaos,” was how Ana Vekla put it.', ['Ana Vekla']],
  ['"“…” — that is how X describes the night"', '“It was chaos” — that is how Ana Vekla describes the night.', ['Ana Vekla']],
  ['"“….” That is how X describes it."', '“It was chaos in the town that night.” That is how Ana Vekla describes it.', ['Ana Vekla']],
  ['"“….” That is how the night looked.": nobody', '“It was chaos in the town that night.” That is how the night looked.', [null]],
  ['"“….” That is how X’s book begins.": nobody', '“It was chaos in the town that night.” That is how Ana Vekla’s book begins.', [null]],
  ['"“…,” is how one resident put it": nobody', '“It was chaos in the town that night,” is how one resident put it.', [null]],
  // A description the sentence says is anonymous names nobody, whoever the sentence before names.
  ['"the official said, speaking on condition of anonymity": nobody', 'Ana Vekla resigned on Monday.\n“She was pushed,” the official said, speaking on condition of anonymity.', [null]],
  ['"said the official, who asked not to be named": nobody', 'Ana Vekla resigned on Monday.\n“She was pushed,” said the official, who asked not to be named.', [null]],
  ['"the diplomat said, asking not to be identified": nobody', 'Ana Vekla resigned on Monday.\n“She was pushed,” the diplomat said, asking not to be identified because the talks were private.', [null]],
  // A person the story describes by an occupation in lower case is not re-described by another role noun.
  ['"the spokesman said" after "X, a pilot, was laid off": nobody', 'Vekair cut 300 jobs. Ana Vekla, a pilot, was laid off.\n“The cuts were unavoidable,” the spokesman said.', [null]],
  ['"the minister said" after "X, a farmer, lost her crop": nobody', 'Ana Vekla, a farmer, lost her crop.\n“The state must help,” the minister said.', [null]],
  ['"the doctor said" after "X, a nurse, was injured": nobody', 'Ana Vekla, a nurse, was injured in the crash.\n“She is stable,” the doctor said.', [null]],
  ['"the woman said" after "X, a farmer, lost her crop"', 'Ana Vekla, a farmer, lost her crop.\n“The state must help,” the woman said.', ['Ana Vekla']],
  ['"the leader said" after "President X"', 'President Ana Vekla flew to Tolvik.\n“We are friends,” the leader said.', ['Ana Vekla']],
  // Read from blind-dev8: a body's role ("the union’s leader") is whoever holds it there, and a listed role before a name ("captain X") is an office that other nouns ("the skipper") name too.
  ['"the union’s leader said" after "X, who leads the … Union,"', 'Ana Vekla, who leads the Orsa Dockers’ Union, said dues had fallen.\n“Half our members are idle,” the union’s leader said.', ['Ana Vekla']],
  ['"the Vekmere skipper replied" after "Vekmere captain X"', 'Vekmere captain Tomas Korvane, who kept goal for an hour, said the defeat was “deserved”. Asked about the referee, the Vekmere skipper replied: “He had a fine game.”', ['Tomas Korvane', 'Tomas Korvane']],
  // Read from blind-dev8: the byline's writer is no antecedent of "she" in the story.
  ['"she said" past the byline to the woman of the story', 'Ferry pilot marks 30 years\nBy Ana Vekla\nORSA — Lina Korvane has crossed the sound 9,000 times. She logs every trip in a ledger.\n“The worst storm was in 1998,” she said.', ['Lina Korvane']],
  ['"she said" with only the byline’s writer named: nobody', 'Ferry pilot marks 30 years\nBy Ana Vekla\nORSA — The ferry has no radar.\n“We steer by the lighthouse,” she said.', [null]],
  // Read from blind-dev8: "the statement said" is the statement the sentence before says someone made.
  ['"the statement said" after "X of the Y said in a statement that …"', 'Harbour commissioner Ana Vekla of the Orsa Port Trust said in a statement that she “accepted” the verdict. “The trust will pay the fine,” the statement said.', ['Ana Vekla', 'Ana Vekla']],
  ['"the statement said" with no statement or body named: nobody', 'Ana Vekla said she would appeal.\n“The ruling is wrong,” the statement said.', [null]],
  // Read from blind-dev8: "add" with an amount as its object counts even when the amount opens the quotation.
  ['"The company said the deal would add “roughly 2 percent”" after the company is named', 'Orsa Textiles Ltd. won a contract with the navy on Friday. The company said the deal would add “roughly 2 percent” to sales.', ['Orsa Textiles Ltd.']],
  ['"The company said … would add “roughly …”" with no company named: nobody', 'The company said the deal would add “roughly 2 percent” to sales.', [null]],
  // Read from blind-dev8: a common noun or a compound adjective before a name keeps the name in the "of"/"for" complement.
  ['"X of the campaign group Clean Harbours said"', 'Ana Vekla of the campaign group Clean Harbours said the dredging plan was “a slow poison”.', ['Ana Vekla']],
  ['"A spokeswoman for the Orsa-based X said …": nobody', 'A spokeswoman for the Orsa-based Vekla Ferry Owners Association said in a letter that the group “cannot afford new hulls”.', [null]],
  ['"A spokeswoman for the advocacy group X said": nobody', 'A spokeswoman for the advocacy group Clean Tolvik said the plan was “too little, too late”.', [null]],
  // Read from blind-dev8: a title before the name between commas is part of the name there.
  ['"X’s harbour master, Capt. Y, said on Friday that … “…”"', 'Tolvik Port’s harbour master, Capt. Ana Vekla, said on Friday that the channel would reopen “before the spring tides”.', ['Ana Vekla']],
  ['"The ministry’s spokesman, Capt. Y, said: “…”"', 'The ministry’s spokesman, Capt. Tomas Korvane, said: “The border is quiet.”', ['Tomas Korvane']],
  // Read from blind-dev8: a relative clause after the name that opens the sentence runs to the cue, commas and all.
  ['"X, which … between A, B and C, said in a statement …"', 'Vekla Freight, which owns 90 barges and ships grain between Tolvik, Orsa and Marsby, said in a statement it would “appeal at once”.', ['Vekla Freight']],
  ['"X, who met A, B and C, said: “…”"', 'Ana Vekla, who met Tomas Korvane, Lina Reyvik and Piet Marsby on Monday, said: “We agreed on nothing.”', ['Ana Vekla']],
  // Read from blind-dev8: the second verb of a coordination shares the subject, and a name in apposition after the opening role is that subject.
  ['"The Minister of Ports, X, sat silent but later told the house … “…”"', 'The Minister of Ports, Tomas Korvane, sat silent through the debate but later told the house the dredging was “fully costed”.', ['Tomas Korvane']],
  ['"The minister, X, stood up and said: “…”"', 'The minister, Ana Vekla, stood up and said: “We will not resign.”', ['Ana Vekla']],
  // A name before lower-case words ending in a body's head ("The X amateur rowing club said") names that body; a place or an owner does not.
  ['"The X amateur rowing club, which …, said … “…”"', 'The Vekla Otters amateur rowing club, which trains on the Orsa river, said in a statement it was “delighted”.', ['Vekla Otters']],
  ['"The X football club said: “…”"', 'The Vekla Rovers football club said: “We are thrilled.”', ['Vekla Rovers']],
  ['"A Tolvik security firm said": a place before the noun, nobody', 'A Tolvik security firm said: “We saw nothing.”', [null]],
  ['"X’s parent company said": an owner before the noun, nobody', 'Vekair’s parent company said: “We are reviewing the deal.”', [null]],
  // Read from blind-dev8: "he said" after "A <noun> …, who spoke on condition of anonymity, said …" is that unnamed source.
  ['"he said" after an anonymous source of any noun: nobody', 'Tomas Korvane farms oysters near Orsa. A trader at a Tolvik bank, who spoke on condition of anonymity, said the port would be sold. “The deal is done,” he said.', [null]],
  // Read from blind-dev8: a role noun with no title to match reaches two sentences back, as an age does.
  ['"the former striker told …" two sentences after the name', 'Tomas Korvane played nine seasons in Orsa before his knees gave out. The school he now runs has 40 pupils.\n“Football gave me everything,” the former striker told Vekla FM.', ['Tomas Korvane']],
  ['"the former striker told …" three sentences after the name: nobody', 'Tomas Korvane played nine seasons in Orsa. The school has 40 pupils. It opened in May.\n“Football gave me everything,” the former striker told Vekla FM.', [null]],
  ['"X said: “…”"', 'Ilse Tolvane said: “We will appeal the ruling.”', ['Ilse Tolvane']],
  ['"X told reporters that the plan was “dead”"', 'Mayor Petra Korvane told reporters on Monday that the bridge plan was “dead in the water”.', ['Petra Korvane']],
  ['"Asked whether …, X replied: “…”"', 'Asked whether the mine would reopen, Jonas Vekla replied: “Not while I am here.”', ['Jonas Vekla']],
  ['a speaker introduced with a colon, quoted in the next paragraph', 'Ilse Korvane, the city’s longest-serving councillor, had a blunt message for the board:\n“Fix the roads or resign.”', ['Ilse Korvane']],
  ['"X put it bluntly: “…”"', 'Marta Tolvane put it bluntly: “The money is gone.”', ['Marta Tolvane']],
  ['"The club’s chairman, X, was more cautious: “…”"', 'The club’s chairman, Edvin Korvane, was more cautious: “It is too early to celebrate.”', ['Edvin Korvane']],
  ['"X said staff were “…” and beds were “…”"', 'Lina Vekstrom said staff were “exhausted” and beds were “full every night”.', ['Lina Vekstrom', 'Lina Vekstrom']],
  ['"…, calling the decision “…”" after a company', 'Vekair said on Tuesday it would cut 300 jobs, calling the decision “painful but necessary”.', ['Vekair']],
  ['"For X, the answer is simple: “…”"', 'For Tomas Korvane, the answer is simple: “Build more homes.”', ['Tomas Korvane']],
  ['"X went further, saying: “…”"', 'Tomas Korvane went further, saying: “The whole board should resign.”', ['Tomas Korvane']],
  ['"A shop owner, X, says she is “…”"', 'A Tolvik shop owner, Ana Reyvik, says she is “one bad winter away” from closing.', ['Ana Reyvik']],
  ['"X said he was “…” by the decision, which he described as “…”"', 'Tolvane said he was “deeply disappointed” by the decision, which he described as “a betrayal”.', ['Tolvane', 'Tolvane']],
  ['"the minister said" after "X, the finance minister,"', 'Jonas Vekla, the finance minister, presented the budget on Tuesday.\n“This is a budget for growth,” the minister said.', ['Jonas Vekla']],
  ['"the minister said" after two people: the one titled minister', 'Jonas Vekla met Interior Minister Ilse Korvane on Monday.\n“We agreed on everything,” the minister said.', ['Ilse Korvane']],
  ['"the chief executive said" after "Chief executive X"', 'Chief executive Ana Reyvik announced the cuts on Monday.\n“We had no choice,” the chief executive said.', ['Ana Reyvik']],
  ['"the nurse said" after "X, a nurse at …"', 'Ilse Korvane, a nurse at Tolvik General Hospital, worked through the night.\n“We had no beds left,” the nurse said.', ['Ilse Korvane']],
  ['"the 41-year-old said" after "X, a mother of three,"', 'Ilse Korvane, a mother of three, lost her home in the flood.\n“We have nothing left,” the 41-year-old said.', ['Ilse Korvane']],
  ['"the council said" after a council is named', 'Tolvik City Council approved the plan on Monday.\n“Work will start in May,” the council said.', ['Tolvik City Council']],
  ['"the department said" after "The Department of Health"', 'The Department of Health announced 40 new cases.\n“The risk to the public remains low,” the department said.', ['Department of Health']],
  ['"the union said in a statement" in the same paragraph', 'The Tolvik Teachers’ Union said it would strike on Monday. “Our members are exhausted,” the union said in a statement.', ['Tolvik Teachers’ Union']],
  ['"the organisers said" with no organiser named: nobody', 'The organisers cancelled the parade.\n“Safety comes first,” the organisers said.', [null]],
  ['"the official said" with no official named: nobody', 'The ministry did not comment.\n“We had no warning,” the official said.', [null]],
  ['"the woman said" with nobody named: nobody', 'The flood hit the town on Sunday.\n“We had no warning,” the woman said.', [null]],
]);

probes('before-cue and description patterns (branch spk11, written before the rules)', [
  // An age written as one word after the cue ("said the 61-year-old") is an age as much as before it.
  ['"said the 61-year-old" after the person is named', 'Tomas Korvane bought the ferry in 1998.\n“It is not for sale,” said the 61-year-old.', ['Tomas Korvane']],
  ['"said the 61-year-old, who …" after the person is named', 'Tomas Korvane bought the ferry in 1998.\n“It is not for sale,” said the 61-year-old, who also owns a hotel.', ['Tomas Korvane']],
  ['"said the 58-year-old" picks the person given that age', 'Tomas Korvane, 61, and Ilse Tolvane, 58, run the ferry together.\n“It is not for sale,” said the 58-year-old.', ['Ilse Tolvane']],
  ['"said the 61-year-old" with nobody named: nobody', 'The ferry sank on Monday.\n“It is not for sale,” said the 61-year-old.', [null]],
  ['"said the 40-year-old" with nobody given that age: nobody', 'Tomas Korvane, 61, and Ilse Tolvane, 58, run the ferry together.\n“It is not for sale,” said the 40-year-old.', [null]],
  // A quotation whose own full stop ends it closes its sentence: the next "X replied: “…”" is a frame of its own.
  ['"X said: “….” Y replied: “…”" in one paragraph', 'Tomas Korvane and Ilse Tolvane spoke at the meeting. Korvane said: “It is not for sale.” Tolvane replied: “Nobody asked.”', ['Tomas Korvane', 'Ilse Tolvane']],
  ['"X was calm: “….” Her captain, Y, disagreed: “…”"', 'Coach Ana Reyvik was calm: “We lost to a better side.” Her captain, Lina Vekla, disagreed: “We beat ourselves.”', ['Ana Reyvik', 'Lina Vekla']],
  ['"X said: “….” He added: “…”" stays X’s', 'Tomas Korvane said: “It is not for sale.” He added: “Nor will it be.”', ['Tomas Korvane', 'Tomas Korvane']],
  ['"X said: “….” One neighbour replied: “…”": the second names nobody', 'Tomas Korvane spoke at the meeting. Korvane said: “It is not for sale.” One neighbour replied: “Nobody asked.”', ['Tomas Korvane', null]],
  // "when asked" / "Asked whether …," with no subject of its own is a clause about the question, not the answer's frame.
  ['"X was blunt when asked about …: “…”"', 'Ilse Tolvane was blunt when asked about the cost: “We cannot keep dredging every year.”', ['Ilse Tolvane']],
  ['"When asked about …, X was blunt: “…”"', 'Ilse Tolvane chairs the harbour board.\nWhen asked about the cost, Tolvane was blunt: “We cannot keep dredging every year.”', ['Ilse Tolvane']],
  ['"Asked whether …, he shook his head: “…”"', 'Tomas Korvane runs the ferry. Asked whether he would sell, he shook his head: “Never.”', ['Tomas Korvane']],
  ['"Asked whether …, X told …: “…”" still has its cue', 'Asked on Monday whether he would resign, Tomas Korvane told the Tolvik Herald: “Not today.”', ['Tomas Korvane']],
  ['"X asked: “…?”" still asks', 'Ilse Tolvane asked: “Who will pay?”', ['Ilse Tolvane']],
  ['"Asked whether …, one neighbour shook his head: “…”": nobody', 'Tomas Korvane runs the ferry. Asked whether the ferry would be sold, one neighbour shook his head: “Never.”', [null]],
  ['"When asked about …, a neighbour was blunt: “…”": nobody', 'Tomas Korvane runs the ferry. When asked about the cost, a neighbour was blunt: “It is a waste.”', [null]],
  ['"Asked whether he …, she laughed: “…”" with no woman named: nobody', 'Tomas Korvane runs the ferry. Asked whether he would sell, she laughed: “Never.”', [null]],
  ['"Asked whether …, she replied: “It\u2019s …”": the tagger reads "replied" as no verb there', 'A jogger, 62, was knocked down by a van that did not stop, Orsa Police reported on Sunday. He was taken to hospital with a broken hip.\n\nSergeant Mira Korvane, of the Orsa Traffic Unit, said: "The van\'s driver must have seen him."\n\nAsked whether police thought the van was stolen, she replied: "It\'s hard to tell, but that van will be dented."', ['Mira Korvane', 'Mira Korvane']],
  // A body where unnamed people of a plural role work ("Analysts at X", "Traders at X") comments on the story: "the company said" is still its company.
  ['"the company said" past "Analysts at X expected …"', 'Tolvik Airways cut 300 jobs on Monday.\nChief executive Ilse Tolvane said the airline had lost money for three years. Analysts at Vekla Capital expected more cuts.\n“We will not close any routes,” the company said.', ['Tolvik Airways']],
  ['"the company said" past "Economists from X said …"', 'Korvane Mining Ltd. reported a loss. Economists from the Vekla Bank of Commerce said copper would recover.\n“The quarter was hard,” the company said in a statement.', ['Korvane Mining Ltd.']],
  ['"the firm said" past "Traders at X said …"', 'Orsa Textiles Ltd. won a navy contract. Traders at Vekla Securities said the shares were cheap.\n“We are delighted,” the firm said.', ['Orsa Textiles Ltd.']],
  ['"the company said" with only "Analysts at X" named: nobody', 'Analysts at Vekla Capital cut their forecasts on Monday.\n“We see more risk,” the company said.', [null]],
  // A noun of saying owned by "his"/"her" as the subject ("His message to the buyers was short:") is the words of the person the pronoun stands for.
  ['"His message to … was short: “…”"', 'Tomas Korvane bought the ferry in 1998.\nHis message to the buyers was short: “It is not for sale.”', ['Tomas Korvane']],
  ['"Her warning to … was blunt: “…”"', 'Ilse Tolvane chairs the harbour board. Her warning to the council was blunt: “Fix the roads or resign.”', ['Ilse Tolvane']],
  ['"Her verdict: “…”"', 'Ilse Tolvane chairs the harbour board.\nHer verdict: “The plan is dead.”', ['Ilse Tolvane']],
  ['"His message was short: “…”" with nobody named: nobody', 'The harbour board met on Monday. His message was short: “No.”', [null]],
  ['"The message from the buyers was short: “…”": nobody', 'Tomas Korvane bought the ferry in 1998. The message from the buyers was short: “Sell it.”', [null]],
  ['"The minister\u2019s message was simple:" ⏎ “…” after "Interior Minister X"', 'Interior Minister Ana Reyvik met the strikers on Monday. The minister\u2019s message was simple:\n“Go back to work.”', ['Ana Reyvik']],
  ['"The coach\u2019s verdict was blunt: “…”" after "coach X"', 'Vekmere coach Tomas Korvane watched his side lose 4-0. The coach\u2019s verdict was blunt: “We were awful.”', ['Tomas Korvane']],
  ['"The minister\u2019s message was simple:" ⏎ “…” with no minister named: nobody', 'The strikers met on Monday. The minister\u2019s message was simple:\n“Go back to work.”', [null]],
  // A sentence whose subject is a person described, not named ("the son frowned"), moves "he"/"she" to that person, or to nobody we can name.
  ['"the son frowned. “…,” he said" past a man named later than the son', 'Olav Tolvane, 70, built the boatyard in 1979. His son, Erik Tolvane, runs it now. Jonas Berg, who writes about boats for a magazine, called the hulls “the finest on the coast”.\nAsked whether he would ever sell, the son frowned. “My father still sands every hull,” he said.', ['Jonas Berg', 'Erik Tolvane']],
  ['"The minister looked tired. “…,” he said" past a nearer man', 'Interior Minister Tomas Korvane visited the town. Piet Lind, the mayor, met him at the station. The minister looked tired. “It has been a long week,” he said.', ['Tomas Korvane']],
  ['"The woman smiled. “…,” he said": a woman’s description leaves "he" to the man', 'Tomas Korvane met Ana Vekla at the station. The woman smiled. “We agreed on nothing,” he said.', ['Tomas Korvane']],
  ['"The spokesman looked away. “…,” he said" after "X, a pilot,": nobody', 'Tomas Korvane, a pilot, was laid off on Monday. The spokesman looked away. “The cuts were unavoidable,” he said.', [null]],
  ['"The minister shrugged. “…,” he said" after "X, a farmer,": nobody', 'Tomas Korvane, a farmer, lost his crop. The minister shrugged. “The state cannot pay for everything,” he said.', [null]],
  ['"Her father laughed. “…,” he said" past a nearer man: the father the story named', 'Ana Vekla runs the bakery. Her father, Tomas Korvane, built the ovens in 1970. Piet Lind, an inspector, checked them on Monday.\nHer father laughed at that. “They will outlast us all,” he said.', ['Tomas Korvane']],
  ['"Her co-founder laughed. “…,” he said": a relation nobody was given keeps the man named before', 'Ilse Tolvane founded the clinic with Tomas Korvane. Ana Vekla, a donor, praised the clinic. Her co-founder laughed. “She does all the work,” he said.', ['Tomas Korvane']],
  // A person noun re-describes the subject of the sentence before past an age and a relative clause after the name ("X, 17, who …, won").
  ['"the teenager said" after "X, 17, who …, won …"', 'Ilse Tolvane, 17, who trains at a club in Tolvik, won the race on Sunday.\n“I never expected it,” the teenager said.', ['Ilse Tolvane']],
  ['"the veteran said" after "X, 81, whose …, lost …"', 'Tomas Korvane, 81, whose family has farmed the valley since 1890, lost his barn in the fire.\n“It was all we had,” the veteran said.', ['Tomas Korvane']],
  ['"the activist said" after "X, 34, who has …, lost …"', 'Ana Reyvik, 34, who has run the shelter since 2015, lost her funding on Monday.\n“We will find a way,” the activist said.', ['Ana Reyvik']],
  ['"the teenager said" after "X, 17, and Y, 16, who …, won": nobody', 'Ilse Tolvane, 17, and Ana Vekla, 16, who train together, won the pairs race.\n“We never expected it,” the teenager said.', [null]],
  ['"the 16-year-old said" after "X, 17, who trains with Y, lost": nobody', 'Ilse Tolvane, 17, who trains with Ana Vekla, lost the final.\n“I was too slow,” the 16-year-old said.', [null]],
  // "X had a message for …" ⏎ “…”: "have" with a noun of saying as its object is an act of saying.
  ['"X had a message for …" ⏎ a quote-only paragraph', 'Tomas Korvane had a message for the buyers.\n“It is not for sale.”', ['Tomas Korvane']],
  ['"X had harsh words for …" ⏎ a quote-only paragraph', 'The council cut the grant on Monday. Tomas Korvane had harsh words for the mayor.\n“She lied to us.”', ['Tomas Korvane']],
  ['"X had a message for …" then a quote in the paragraph', 'Ilse Tolvane had a message for the board. “Fix the pier before winter.”', ['Ilse Tolvane']],
  ['"X has 40 employees" ⏎ a quote-only paragraph: nobody', 'Tomas Korvane has 40 employees.\n“It is not for sale.”', [null]],
  ['"X had a letter from the bank" ⏎ a quote-only paragraph: nobody', 'Tomas Korvane had a letter from the bank.\n“It is not for sale.”', [null]],
  // An unnamed source after an opening participle ("Speaking outside the court, a spokesman for X said …") is who "he" is next, and has no name.
  ['"Speaking outside …, a spokesman for X said …. “…,” he said": nobody', 'The hearing of a second driver, Piet Orsvane, 31, was set for June. Speaking outside the town hall, a spokesman for the Orsa Fire Service said the brigade accepted the report. “Our crews reach every call within minutes,” he said.', [null]],
  ['"Speaking on condition of anonymity, one officer said …. “…,” he said": nobody', 'Tomas Korvane was charged on Monday. Speaking on condition of anonymity, one officer said the arrest was overdue. “We knew it was him,” he said.', [null]],
  ['"Speaking outside …, X said …. “…,” he said" stays X’s', 'Tomas Korvane was charged on Monday. Speaking outside the court, Korvane said he was innocent. “I was at home,” he said.', ['Tomas Korvane']],
  ['"Speaking outside …, a spokeswoman for X, Y, said …. “…,” she said" is Y’s', 'Tomas Korvane was charged on Monday. Speaking outside the court, a spokeswoman for the family, Maria Lind, said they were relieved. “It has been a long year,” she said.', ['Maria Lind']],
  // After a quote no comma closes, "given X’s …" goes on the sentence: no inverted frame.
  ['"She said … was “…” given X’s convictions"', 'Judge Lene Vekker said: “The inspectors acted properly.”\nShe said a warning was “plainly not enough” given Orsvane’s nine earlier breaches.', ['Lene Vekker', 'Lene Vekker']],
  ['"Judge X said a fine was “…” given Y’s record"', 'Tomas Korvane was sentenced on Friday. Judge Ana Reyvik said a fine was “out of the question” given Korvane’s record.', ['Ana Reyvik']],
  ['"“…” said X" with no comma is still a frame', '“We tried” said Ana Reyvik.', ['Ana Reyvik']],
  // A lede's delayed identification: "A <description> says …" and the next paragraph opens with the name, repeating a word of the description.
  ['"An Orsa florist says she is “…”" ⏎ "X, who runs … Florist, said"', 'Florist counts the cost\nBy Ana Vekla\nAn Orsa florist says she is “two hard frosts” from giving up.\nMira Tolvane, who runs Petal Florist with her sister, said the cold killed half the stock.', ['Mira Tolvane']],
  ['"DATELINE - An ex-director of … told an inquiry that … “…”" ⏎ "X, 57, once director of …,"', 'ORSA, May 9 (Vekwire) - An ex-director of a regional water board told an inquiry on Tuesday that she had approved the contract “on instructions”.\nMira Tolvane, 57, once director of Orsa Water, is one of three officials under investigation.', ['Mira Tolvane']],
  ['"A retired teacher says … “…”" ⏎ "X, 70, a retired teacher who …,"', 'A retired teacher says the new road is “a death trap” for children.\nMaria Lind, 70, a retired teacher who taught at the village school for 30 years, has collected 400 signatures.', ['Maria Lind']],
  ['"A man who fishes below … said “…”" ⏎ "X, the mayor, said": no word repeated, nobody', 'A man who fishes below the weir said the river was “higher than ever”.\nTomas Korvane, the mayor, said the weir was sound.', [null]],
  ['"A resident … said “…”" after a person is named: no lede, nobody', 'Tomas Korvane, the mayor, said the dam was safe.\nA resident of the valley said the water was “rising by the hour”.\nMaria Lind, a valley resident since 1990, said she had packed her car.', [null]],
  // The title "Justice" is a judge's: "the judge said" is the one titled so, not the nearer person.
  ['"the judge said" after "Justice X granted …" past a bishop', 'Justice Ana Reyvik froze the sale on Monday. The mission, run by Bishop Tomas Korvane since 2003, claims it owns the field.\n“No one may dig on that field before the hearing,” the judge said.', ['Ana Reyvik']],
  ['"the judge said" after "Justice X adjourned …"', 'Justice Ana Reyvik adjourned the case.\n“The court will sit again in May,” the judge said.', ['Ana Reyvik']],
  ['"the judge said" after "Mr Justice X"', 'Mr Justice Tomas Korvane jailed the two men for six years.\n“They showed no remorse,” the judge said.', ['Tomas Korvane']],
  // A person who holds the title of another office is not who a noun for an office names; generic nouns ("the lawmaker", "the leader") still fit.
  ['"the judge said" after only "Bishop X": nobody', 'Bishop Tomas Korvane says the mission owns the field.\n“No one may dig on that field,” the judge said.', [null]],
  ['"the governor said" after only "Mayor X": nobody', 'Mayor Ana Reyvik opened the bridge on Monday.\n“It is a proud day for the region,” the governor said.', [null]],
  ['"the lawmaker said" after "Senator X"', 'Senator Ana Reyvik voted against the bill.\n“It is wrong,” the lawmaker said.', ['Ana Reyvik']],
  // A name of a place ending in a noun of a body ("… University Hospital") is a name, not a description, on the way back to the subject.
  ['"Neurologist X of Y Hospital, who …, called it “…”"', 'Neurologist Ana Reyvik of Orsa General Hospital, who had no part in the study, called the data “promising yet thin”.', ['Ana Reyvik']],
  ['"Independent neurologist X of Y National University Hospital, who …, called it “…” and said …"', 'Independent neurologist Lene Orsvik of Orsa National University Hospital, who had no part in the study, called the data “promising yet thin” and said eighteen months was “too brief to show any harm”.', ['Lene Orsvik', 'Lene Orsvik']],
  ['"A spokesman for Y Hospital said …": nobody', 'A spokesman for Tolvik General Hospital said the ward was “full to the doors”.', [null]],
  ['"Doctors at Y Hospital, who …, called it “…”": nobody', 'Doctors at Tolvik General Hospital, who treated the boy, called his recovery “a small miracle”.', [null]],
  // An unnamed source opening the clause ("A source close to the bank", "a Vekla Relief official in Orsa") is the subject, whatever its complement names.
  ['"“…,” a Vekla Relief official in Orsa said": nobody', '“The coming week will decide it,” a Vekla Relief official in Orsa said, adding that the agency had flown in 300 tents.', [null]],
  ['"A person familiar with the lender’s thinking said … “…”": nobody', 'The Bank of Tolvik meets next week. A person familiar with the lender’s thinking said directors saw “little reason” to cut rates.', [null]],
  ['"A source close to the bank said … “…”": nobody', 'The Bank of Tolvik meets next week. A source close to the bank said directors saw “little reason” to cut rates.', [null]],
  ['"A spokeswoman for the bank, X, said … “…”" names X', 'The Bank of Tolvik meets next week. A spokeswoman for the bank, Maria Lind, said the board saw “little reason” to cut rates.', ['Maria Lind']],
  // A person's name right before a lower-case role noun that heads the phrase only modifies it ("a Korvane adviser said"): the unnamed holder spoke.
  ['"“…,” a Korvane adviser said": nobody', 'Prime Minister Tomas Korvane flew to Orsa on Monday.\n“The visit will be short,” a Korvane adviser said.', [null]],
  ['"A Korvane spokesman in Orsa said …": nobody', 'Prime Minister Tomas Korvane flew to Orsa on Monday. A Korvane spokesman in Orsa said the visit would be “short and practical”.', [null]],
  ['"“…,” Korvane said" stays Korvane’s', 'Prime Minister Tomas Korvane flew to Orsa on Monday.\n“The visit will be short,” Korvane said.', ['Tomas Korvane']],
  ['"“…,” Vekla Relief official X said" names X', '“The coming week will decide it,” Vekla Relief official Maria Lind said in Orsa.', ['Maria Lind']],
  // "“…,” it said": the body the sentence before has as its subject; nobody when that subject is a person or no body.
  ['"X cut 40 jobs. “…,” it said"', 'Tolvik Freight cut 40 jobs on Monday.\n“Demand has collapsed,” it said.', ['Tolvik Freight']],
  ['"The X Union called a strike. “…,” it said in a statement"', 'The Tolvik Dockers\u2019 Union called a strike on Monday. “Our members have had enough,” it said in a statement.', ['Tolvik Dockers\u2019 Union']],
  ['"X cut 40 jobs. Its chief executive, Y, blamed … “…,” it said" is the company', 'Tolvik Freight cut 40 jobs on Monday. Its chief executive, Ana Reyvik, blamed the strike.\n“Demand has collapsed,” it said.', ['Tolvik Freight']],
  ['"Person cut 40 jobs. “…,” it said": nobody', 'Tomas Korvane cut 40 jobs on Monday.\n“Demand has collapsed,” it said.', [null]],
  ['"The storm hit X. “…,” it said": nobody', 'The storm hit Tolvik on Monday.\n“Stay indoors,” it said.', [null]],
  // A noun the story predicates of a named person ("X is a ferryman", "X and Y are the only two pharmacists") is a role a description can name.
  ['"the younger pharmacist said" after "X and Y are the only two pharmacists. Y got …"', 'Greta Vekker, 61, and Lise Orsvik, 33, are the only two pharmacists in the district. Orsvik got the call first.\n“I drove there in my slippers,” the younger pharmacist said.', ['Lise Orsvik']],
  ['"the ferryman said" after "X is a ferryman on …"', 'Tomas Korvane is a ferryman on the Orsa crossing. The council cut his route on Monday.\n“Nobody asked us,” the ferryman said.', ['Tomas Korvane']],
  ['"the retired locksmith said" after "X was a locksmith for 40 years"', 'Tomas Korvane was a locksmith for 40 years.\n“Every lock has a story,” the retired locksmith said.', ['Tomas Korvane']],
  ['"the ferryman said" past a nearer baker', 'Tomas Korvane is a ferryman. Ana Reyvik, a baker, lost her shop.\n“Nobody asked us,” the ferryman said.', ['Tomas Korvane']],
  ['"the ferryman said" after "The storm was a disaster": nobody', 'The storm was a disaster for the valley.\n“Nobody asked us,” the ferryman said.', [null]],
  // An adjective may stand between "the" and a person noun no role list holds ("the old man said", "the elderly grandmother said").
  // (An adjective of age the story never gave the named man is a guess: nobody, as a tester found
  // "X lost his van. “…,” the young man said" and "The old man at the bus stop … X, 80, … the old man said" wrong.)
  ['"the old man said" after a man named with no age: nobody', 'Tomas Korvane bought the ferry in 1998.\n“It would kill this island,” the old man said.', [null]],
  ['"the old man said" after an unnamed old man and a named one of 80: nobody', 'The old man at the jetty would not give his name. Tomas Korvane, 80, was luckier.\n“I waited two hours,” the old man said.', [null]],
  ['"the old man said" after "X, 81, has lived …"', 'Piet Vekker, 81, has lived on the island all his life.\n“The sea took everything,” the old man said.', ['Piet Vekker']],
  ['"the elderly grandmother said" after "X, 81, has lived …"', 'Ana Reyvik, 81, has lived in the village all her life.\n“It was never this dry,” the elderly grandmother said.', ['Ana Reyvik']],
  ['"the young man said" after a man named with no age: nobody', 'Tomas Korvane bought the ferry in 1998.\n“It would kill this island,” the young man said.', [null]],
  ['"the other man said": nobody', 'Tomas Korvane lost his van. The other man, who asked not to be named, said: “My tools went too.”', [null]],
  ['"the old man said" with nobody named: nobody', 'The storm closed the port on Monday.\n“It would kill this island,” the old man said.', [null]],
  ['"the frightened teenager said" after two people as one subject: nobody', 'Tomas Korvane, 16, and his sister Ana, 14, were rescued on Monday.\n“We thought we would die,” the frightened teenager said.', [null]],
  // "the older/younger …": of the people the story gave an age, the oldest or youngest.
  ['"his message" with two men in the sentence before: nobody', 'The driver, Kurt Vekla, and the passenger, Tomas Reyvik, were unhurt.\nHis message to the insurer was blunt: “Pay up.”', [null]],
  ['"the older woman said" of a woman and a man with ages: the woman', 'Mara Vekla, 40, and her husband, Tomas Vekla, 45, lost their home.\n“We have nothing left,” the older woman said.', ['Mara Vekla']],
  ['"the older woman said" of two men: nobody', 'Hal Korvane, 40, and Tim Reyvik, 35, were questioned.\n“We are innocent,” the older woman said.', [null]],
  ['"the older brother said" of two brothers named without ages: nobody', 'The two brothers, Sam and Eli Korvane, run the farm.\n“It is hard,” the older brother said.', [null]],
  ['"The older woman was calmer. … she replied" past the younger one named nearer', 'Greta Vekker, 58, and Lise Orsvik, 31, keep the lighthouse. Orsvik spotted the wreck first.\nThe older woman was calmer. Asked whether she had been afraid, she replied: “I have seen worse storms.”', ['Greta Vekker']],
  ['"the younger woman said" of two women given ages', 'Ilse Korvane, 52, and Ana Reyvik, 27, run the clinic.\n“We will not close,” the younger woman said.', ['Ana Reyvik']],
  ['"the older man said" of a father and a son who share the surname', 'Tomas Korvane, 68, opened the shop in 1986. His son, Piet Korvane, 34, runs it now.\n“Soup should not travel by motorbike,” the older man said.', ['Tomas Korvane']],
  ['"the older woman said" of two women of one age: nobody', 'Ilse Korvane, 52, and Ana Reyvik, 52, run the clinic.\n“We will not close,” the older woman said.', [null]],
]);

probes('before-cue and description patterns (branch spk12, written before the rules)', [
  // A person named in a "whose" clause after the cue's subject is related to the speaker, not the speaker.
  ['"said the 61-year-old, whose son, X, …" is the 61-year-old', 'Mira Korvane, 61, spoke outside the court. “We will appeal,” said the 61-year-old, whose son, Tolvane Ires, was jailed in May.', ['Mira Korvane']],
  ['"said the 61-year-old, whose son, X, …" with nobody aged 61: nobody', '“We will appeal,” said the 61-year-old, whose son, Tolvane Ires, was jailed in May.', [null]],
  ['"said Ana Reyvik, whose daughter, X, …" is Reyvik', '“We will appeal,” said Ana Reyvik, whose daughter, Mira Tolvane, was jailed in May.', ['Ana Reyvik']],
  ['"said the mayor, whose brother, X, …" is the mayor', 'Mayor Ana Reyvik opened the bridge on Monday. “It is a proud day,” said the mayor, whose brother, Tomas Reyvik, built it.', ['Ana Reyvik']],
  // The sender or author of a document of saying ("a message from X:") wrote the quote, not its reader or receiver.
  ['"X had a message from Y: “…”" is Y', 'Ana Vekla had a message from Tomas Korvane: “Come home before winter.”', ['Tomas Korvane']],
  ['"X received a letter from the Y Board: “…”" is the board', 'Ana Vekla received a letter from the Tolvik Water Board: “Your supply will be cut on Monday.”', ['Tolvik Water Board']],
  ['"X read out a letter from her late husband, Y: “…”" is Y', 'Ana Vekla read out a letter from her late husband, Tomas Korvane: “Keep the farm.”', ['Tomas Korvane']],
  ['"X got a note from her landlord: “…”": nobody', 'Ana Vekla got a note from her landlord: “The rent rises in May.”', [null]],
  ['"X raised the same argument from the floor: “…”" stays X', 'Ms. Ana Vekla raised the same argument from the floor: “This is theft.”', ['Ana Vekla']],
  ['"X sent a message to Y: “…”" stays the sender', 'Tomas Korvane sent a message to Ana Vekla: “Come home before winter.”', ['Tomas Korvane']],
  // Two people who carry the role a description names, within a few sentences: the description names neither.
  ['two judges, then "the judge said": nobody', 'Judge Ana Reyvik heard the first case. Judge Mira Tolvane heard the second. “The law is clear,” the judge said.', [null]],
  ['"Judge X and Judge Y sat …", then "the judge said": nobody', 'Judge Tomas Reyvik and Judge Piet Korvane sat on the panel. “The law is clear,” the judge said.', [null]],
  ['two coaches, then "the coach said": nobody', 'Vekmere coach Tomas Reyvik praised his side. Orsa coach Piet Korvane blamed the referee.\n“We were robbed,” the coach said.', [null]],
  ['one judge named twice, then "the judge said" is the judge', 'Judge Ana Reyvik heard the case. Reyvik, 58, read the verdict slowly. Judge Reyvik then adjourned.\n“The law is clear,” the judge said.', ['Ana Reyvik']],
  ['a judge and a prosecutor, then "the judge said" is the judge', 'Judge Ana Reyvik heard the case. Prosecutor Mira Tolvane asked for six years.\n“The law is clear,” the judge said.', ['Ana Reyvik']],
  // A possessive's gender is its own person's, not that of everyone who shares the surname (a family).
  ['"Mira Korvane sold her farm to Tomas Korvane. … “…,” he said" is Tomas', 'Mira Korvane sold her farm to Tomas Korvane in May. Tomas Korvane plans to build houses there.\n“It will be quick,” he said.', ['Tomas Korvane']],
  ['"Ana Vekla shook her head. … Vekla said …, “…,” she said" keeps the surname’s gender', 'Ana Vekla shook her head at the offer. Vekla has run the shop since 1990.\n“It is not for sale,” she said.', ['Ana Vekla']],
  // A possessive description as the subject ("Her father laughed", "Vekla’s lawyer shook her head") is
  // someone related to the possessor, never the possessor: "he"/"she" after it is that relative, when
  // the story named them (directly, or by the inverse kinship: "His daughter, Kadia" → her father), else nobody.
  ['"X lost. X’s father shook his head. “…,” he said": nobody', 'Tomas Vekla lost the final on Sunday. Vekla\'s father shook his head. “It is over,” he said.', [null]],
  ['"X lost. Her mother wept. “…,” she said": nobody', 'Ana Vekla lost the final on Sunday. Her mother wept in the stands. “She gave everything,” she said.', [null]],
  ['"X won. X’s brother cheered. “…,” he said": nobody', 'Ana Vekla won the race. Vekla\'s brother cheered from the bank. “She trained for years,” he said.', [null]],
  ['"X won. X’s coach cheered. “…,” she said": the coach, unnamed, not X', 'Ana Vekla won the race. Vekla\'s coach cheered from the bank. “She trained for years,” she said.', [null]],
  ['"X was charged. X’s wife wept. “…,” she said": nobody', 'Tomas Korvane was charged with fraud on Monday. Korvane\'s wife wept outside the court. “He is innocent,” she said.', [null]],
  ['"… her father, Y. Her father shook his head. “…,” he said" is Y', 'Mira Korvane runs the farm with her father, Piet Korvane. Her father shook his head. “It is over,” he said.', ['Piet Korvane']],
  ['"His wife, Y, wept. X’s wife later spoke. “…,” she said" is Y', 'Tomas Korvane was charged with fraud on Monday. His wife, Ana Korvane, wept outside the court. Korvane\'s wife later spoke to reporters. “He is innocent,” she said.', ['Ana Korvane']],
  ['"His daughter, K, runs … Her father laughed. “…,” he said" is the man "his" stands for', 'Tomas Vekker, 63, opened the bakery in 1990. His daughter, Kadia, 34, runs the accounts.\n“People think a bakery is romantic,” she said.\nHer father laughed at that. “She is right,” he said.', ['Kadia', 'Tomas Vekker']],
  ['"Her son, J, wants to sell. … His mother smiled. “…,” she said" is the mother', 'Ilse Orsvik, 70, still milks the cows. Her son, Jonas Orsvik, wants to sell.\n“The farm will outlive me,” she said.\nHis mother smiled at that. “He is wrong,” she said.', ['Ilse Orsvik', 'Ilse Orsvik']],
  // Two people joined by "and", both known to be of the pronoun's gender: "he"/"she" does not say which one.
  ['"X and Y toured the site. “…,” he said" (two men): nobody', 'Tomas Korvane and Jonas Lind toured the site on Monday. “It is a disgrace,” he said.', [null]],
  ['"X and Y toured the site. “…,” she said" (two women): nobody', 'Ana Reyvik and Mira Tolvane toured the site on Monday. “It is a disgrace,” she said.', [null]],
  ['"The minister, X, and the mayor, Y, toured …. “…,” he said": nobody', 'The minister, Tomas Korvane, and the mayor, Jonas Lind, toured the site. “It is a disgrace,” he said.', [null]],
  ['"X and his wife, Ana, sailed …. “…,” he said" is X', 'Tomas Korvane and his wife, Ana, sailed the boat home. “We never lost hope,” he said.', ['Tomas Korvane']],
  ['"X met Y. “…,” she said": the subject', 'Ana Reyvik met Mira Tolvane on Monday. “We agreed on nothing,” she said.', ['Ana Reyvik']],
  ['"X and Y toured …. X called it …. “…,” he said" is X', 'Tomas Korvane and Jonas Lind toured the site on Monday. Korvane called it a disgrace. “It must close,” he said.', ['Tomas Korvane']],
  // A reporting verb inside reported speech, with a subject of its own, frames the quote: the inner speaker's words.
  ['"X told the court that his brother had shouted “…”": nobody', 'Tomas Korvane told the court that his brother had shouted “Get out of my house” before the fire.', [null]],
  ['"X said his neighbour, Y, warned him: “…”" is Y', 'Tomas Korvane said his neighbour, Jonas Lind, warned him: “The dam will not hold.”', ['Jonas Lind']],
  ['"X told reporters that Y had written: “…”" is Y', 'Ana Reyvik told reporters that Jonas Lind had written to her: “The deal is off.”', ['Jonas Lind']],
  ['"X said on Monday that he had warned the council: “…”" stays X', 'Tomas Korvane said on Monday that he had warned the council: “The dam will not hold.”', ['Tomas Korvane']],
  ['"X said she and her husband had asked …, and added: “…”" stays X', 'Ana Reyvik said she and her husband had asked the bank for help, and added: “Nobody answered.”', ['Ana Reyvik']],
  ['"X said that Y suggested … that the port could “…”" stays X (her words about his suggestion)', 'Ana Reyvik said during the call that Tomas Korvane suggested to his counterpart that the port could “be very helpful”.', ['Ana Reyvik']],
  ['"X said that after Y asked for …, Z “…”" stays X', 'Ana Reyvik also said that after Jonas Lind asked for more boats, Tomas Korvane “agreed to find what was available”.', ['Ana Reyvik']],
  ['"X said the nations should meet to discuss “…”" stays X', 'Tomas Korvane said the two nations should have further meetings to discuss “security guarantees,” which remain a sticking point.', ['Tomas Korvane']],
  // Quoted words with no cue after "of"/"with", or after a passive, are the wording of a charge or of what was done to the subject.
  ['"X faces a charge of “…”": nobody', 'Tomas Korvane faces a charge of “causing death by dangerous driving while over the limit”.', [null]],
  ['"X was convicted of “…”": nobody', 'Ana Reyvik was convicted of “wilful neglect of a child in her care”.', [null]],
  ['"X has been charged with “…”": nobody', 'Tomas Korvane has been charged with “supplying a controlled drug of class A”.', [null]],
  ['"X was found guilty of “…”": nobody', 'Tomas Korvane was found guilty of “conduct likely to cause a breach of the peace”.', [null]],
  ['"X has called for “…”" stays X', 'Ana Reyvik has called for “a full and independent inquiry into the deaths”.', ['Ana Reyvik']],
  // Words voiced as the object of a clause with its own subject ("as fans chanted “…”") are not the sentence's person's.
  ['"X watched as fans chanted “…”": nobody', 'Tomas Korvane, the coach, watched from the stands as fans chanted “Sack the board now”.', [null]],
  ['"X smiled while supporters sang “…”": nobody', 'Ana Reyvik smiled while her supporters sang “Long may the river run”.', [null]],
  ['"X stood up and sang “…”" is X', 'Ana Reyvik stood up and sang “Long may the river run for ever”.', ['Ana Reyvik']],
  ['"X, 34, sang “…”" is X', 'Ana Reyvik, 34, sang “Long may the river run” at the opening.', ['Ana Reyvik']],
  // A role noun the story gave nobody ("the mayor said") is not the person named just before when the
  // story made that person someone else: another listed role, or the one a passive acted on.
  ['"X, a councillor, called it a waste. “…,” the mayor said": nobody', 'Ana Reyvik, a councillor, called the bridge a waste. “It was worth every penny,” the mayor said.', [null]],
  ['"councillor X called it a waste. “…,” the mayor said": nobody', 'On Monday councillor Ana Reyvik called the bridge a waste. “It was worth every penny,” the mayor said.', [null]],
  ['"X, 34, was arrested. “…,” the officer said": nobody', 'Tomas Korvane, 34, was arrested on Monday. “He was known to us,” the officer said.', [null]],
  ['"X was charged with fraud. “…,” the detective said": nobody', 'Tomas Korvane was charged with fraud on Monday. “The case is strong,” the detective said.', [null]],
  ['"Harlequins captain X … “…,” the skipper said" stays the captain', 'Orsa captain Tomas Korvane made 80 runs on Sunday. “We batted well,” the skipper said.', ['Tomas Korvane']],
  ['"X, the mayor, opened the bridge. “…,” the mayor said" stays X', 'Tomas Korvane, the mayor, opened the bridge. A reporter asked about the cost. “It was worth every penny,” the mayor said.', ['Tomas Korvane']],
  // An appositive closes (a comma, a complement); "Under questioning by X, the witness admitted" opens the main clause.
  ['"Testifying as the witness, X said … Under cross-examination by counsel Y, the witness admitted …. “…,” the witness replied" is X', 'Testifying as the third defence witness, Tomas Korvane said the accused called him in June.\nUnder cross-examination by counsel Jonas Lind, the witness admitted he had lied.\n“That is not true,” the witness replied.', ['Tomas Korvane']],
  ['"Asked by reporter X, the minister denied it. “…,” the minister said": not the reporter', 'Asked by the reporter Ana Reyvik, the minister denied it.\n“There was no deal,” the minister said.', [null]],
  ['"X, the club’s manager, … “…,” the manager said" stays X', 'Tomas Korvane, the club\u2019s manager, was furious on Saturday.\n“We were robbed,” the manager said.', ['Tomas Korvane']],
  ['"X, a witness to the crash, … “…,” the witness said" stays X', 'Ana Reyvik, a witness to the crash, called the police.\n“The car never stopped,” the witness said.', ['Ana Reyvik']],
  // An unnamed source who reported in the sentence before ("One of the victims, a driver, said …") is who "he"/"she" is.
  ['"X ran the scheme. One of the victims, a driver, said he …. “…,” he said": nobody', 'Tomas Korvane ran the scheme. One of the victims, a 41-year-old baker from Orsa, said he had borrowed money. “They called my sister,” he said.', [null]],
  ['"X ran the scheme. One victim, a driver, said he …. “…,” he said": nobody', 'Tomas Korvane ran the scheme. One victim, a driver from Orsa, said he had borrowed money. “They called my sister,” he said.', [null]],
  ['"Mayor X visited. One of the residents said she …. “…,” she said": nobody', 'Mayor Ana Reyvik visited the site. One of the residents said she had lost everything. “Nobody came,” she said.', [null]],
  ['"X owns the bakery. A baker said he …. “…,” he said": nobody', 'Tomas Korvane owns the bakery. A baker said he had worked there for years. “It was a good job,” he said.', [null]],
  ['"One of the victims, X, said she …. “…,” she said" is X', 'Tomas Korvane ran the scheme. One of the victims, Ana Reyvik, said she had borrowed money. “They called my sister,” she said.', ['Ana Reyvik']],
  // A group of the pronoun's gender as the subject after the named person ("Both women attended …") makes "she" any of them.
  ['"X … Y …. Both women attended …. “…,” she said": nobody', 'Ana Reyvik has 300 trees. Mira Tolvane has 200.\nBoth women went to a hearing on Thursday, and both left upset. “Nobody listened to us,” she said.', [null]],
  ['"X and his brother run the farm. The two brothers say …. “…,” he said": nobody', 'Tomas Korvane and his brother run the farm. The two brothers say the rain came too late. “We lost the barley,” he said.', [null]],
  ['"X works beside his cousin Y. The two cousins argue …. “…,” he said": nobody', 'Tomas Korvane works beside his brother Ivo and their cousin Piet Korvane. The two cousins argue about the new law. “It will help the big farms first,” he said.', [null]],
  ['"X, 49, who teaches maths … “…,” the teacher said" is X', 'Hans Tolvek keeps 17 dogs above the harbour.\n“Children here know phones,” said Tolvek, 49, who teaches maths at the school.\nThe ice formed late this year.\n“While one of us is stubborn enough, yes,” the teacher said.', ['Hans Tolvek', 'Hans Tolvek']],
  ['"X, who teaches …, and Y, who teaches … “…,” the teacher said": nobody', 'Hans Tolvek, who teaches maths, and Ivo Korvane, who teaches music, run the sledding club.\nThe ice formed late this year.\n“While one of us is stubborn enough, yes,” the teacher said.', [null]],
  ['"His first record, X, was made …. “…,” he said": a name beside a thing is no person', 'Tomas Korvane played the fiddle in the bars of Orsa for 60 years. His first record, Saudade di Vekla, was pressed in Stockholm in 1971, and he toured Europe.\nHe never moved away. “The sea is in every tune,” he told a newspaper in 2015.', ['Tomas Korvane']],
  ['"Her assistant, X, kept the books. “…,” he said" is X', 'Ana Reyvik ran the clinic for 30 years. Her assistant, Tomas Korvane, kept the books. “We were always broke,” he said.', ['Tomas Korvane']],
  ['"X runs the farm. The workers arrive at six. “…,” he said": an uncounted group is no rival', 'Tomas Korvane runs the farm. The workers arrive at six. “We start early,” he said.', ['Tomas Korvane']],
  ['"The sisters say …. “…,” she said" after one named sister: nobody', 'Ana Reyvik and her sister opened the shop in 2019. The sisters say trade has halved. “We cannot go on,” she said.', [null]],
  ['"X runs the clinic. The two men who built it left. “…,” she said" is X', 'Ana Reyvik runs the clinic. The two men who built it left in May. “We miss them,” she said.', ['Ana Reyvik']],
  ['"X runs the clinic. The women who work there are unpaid. “…,” he said" is X', 'Tomas Korvane runs the clinic. The women who work there are unpaid. “They deserve more,” he said.', ['Tomas Korvane']],
  // A noun that fits any body ("the agency", "the watchdog") re-describes an acronym that reported just before.
  ['"The WFP said …. “…,” the agency said" is the WFP', 'The WFP said no convoy may pass unguarded. “Drivers must feel safe first,” the agency said in Rome.', ['WFP']],
  ['"The VWA said …. “…,” the watchdog said" is the VWA', 'The VWA said the levels were safe on Monday. “There is no risk,” the watchdog said.', ['VWA']],
  ['"Vekair said …. “…,” the agency said": nobody (the name says no kind)', 'Vekair said it would cut 40 flights. “The cuts are temporary,” the agency said.', [null]],
  ['"The Tolvik Water Board said …. “…,” the agency said": nobody (a board)', 'The Tolvik Water Board said the supply was safe. “There is no risk,” the agency said.', [null]],
  // A quote-only paragraph continues the last quote of the paragraph before, unless a sentence after that
  // quote's own turns to another person (who then speaks, or leaves it to nobody) or to a group of people.
  ['"“…,” X said. Y, who leads …, said the deal was a disgrace." ⏎ “…” is Y', '“It is signed,” Tomas Korvane said. Ana Reyvik, who leads the opposition, said the deal was a disgrace.\n“It will cost us dearly.”', ['Tomas Korvane', 'Ana Reyvik']],
  ['"X said: “…” Y shook her head." ⏎ “…” is Y', 'Tomas Korvane said: “It is signed.” Ana Reyvik shook her head.\n“It will cost us dearly.”', ['Tomas Korvane', 'Ana Reyvik']],
  ['"“…,” X said. Y, the opposition leader, was furious." ⏎ “…”: nobody', '“It is signed,” Tomas Korvane said. Jonas Lind, the opposition leader, was furious.\n“It will cost us dearly.”', ['Tomas Korvane', null]],
  ['"“…,” X said. His critics disagree." ⏎ “…”: nobody', '“It is signed,” Tomas Korvane said. His critics disagree.\n“It will cost us dearly.”', ['Tomas Korvane', null]],
  ['"“…,” X said on Monday, adding that …" ⏎ “…” stays X', '“It is signed,” Tomas Korvane said on Monday, adding that work would start in May.\n“It will cost less than we feared.”', ['Tomas Korvane', 'Tomas Korvane']],
  ['"“…,” X said. He smiled." ⏎ “…” stays X', '“It is signed,” Tomas Korvane said. He smiled.\n“It will cost less than we feared.”', ['Tomas Korvane', 'Tomas Korvane']],
  // Within a paragraph too: a new sentence whose subject is another person or a group ends the continuation.
  ['"“…,” X said. Y disagreed. “…”" is Y', '“It is signed,” Tomas Korvane said. Ana Reyvik disagreed. “It will cost us dearly.”', ['Tomas Korvane', 'Ana Reyvik']],
  ['"“…,” X said. Critics disagreed. “…”": nobody', '“It is signed,” Tomas Korvane said. Critics disagreed. “It will cost us dearly.”', ['Tomas Korvane', null]],
  ['"“…,” the mayor said. The mayor of Orsa, Y, was less sure. “…”" is Y, not the first mayor', 'Tomas Korvane, the mayor, praised the deal. “It is signed,” the mayor said. The mayor of Orsa, Ana Reyvik, was less sure. “We will see.”', ['Tomas Korvane', 'Ana Reyvik']],
  ['"“…,” X said. “…”" stays X', '“It is signed,” Tomas Korvane said. “It will cost less than we feared.”', ['Tomas Korvane', 'Tomas Korvane']],
  ['"“…,” X said. Korvane smiled. “…”" stays X', '“It is signed,” Tomas Korvane said. Korvane smiled. “It will cost less than we feared.”', ['Tomas Korvane', 'Tomas Korvane']],
  // A finite verb right before the colon, with a subject of its own, introduces the quote over an earlier verb of saying.
  ['"“…,” X said, before Y interrupted: “…”" is Y', '“It is signed,” Tomas Korvane said, before Ana Reyvik interrupted: “It will cost us dearly.”', ['Tomas Korvane', 'Ana Reyvik']],
  ['"X said the deal was signed, and Y replied: “…”" is Y', 'Tomas Korvane said the deal was signed, and Ana Reyvik replied: “It will cost us dearly.”', ['Ana Reyvik']],
  ['"X said the deal was signed, and she replied: “…”" with no woman named: nobody', 'Tomas Korvane said the deal was signed, and she replied: “It will cost us dearly.”', [null]],
  ['"X said he was tired and added: “…”" stays X', 'Tomas Korvane said he was tired and added: “It will cost us dearly.”', ['Tomas Korvane']],
  // A kinship noun gives the person it introduces a gender ("Korvane's daughter, Ana," is a woman).
  ['"X’s daughter, Ana, was born …. “…,” he said" is X', 'Tomas Korvane\'s daughter, Ana, was born in 1990. “She was always clever,” he said.', ['Tomas Korvane']],
  ['"X’s wife, Kiri, was born …. “…,” he said" is X', 'Tomas Korvane\'s wife, Kiri, was born in Orsa. “She never left,” he said.', ['Tomas Korvane']],
  ['"Y’s son, Kiri, was born …. “…,” she said" is Y', 'Ana Reyvik\'s son, Kiri, was born in Orsa. “He never left,” she said.', ['Ana Reyvik']],
  ['"X sat beside his wife, Kiri Vekla. “…,” she said" is the wife', 'Tomas Korvane sat beside his wife, Kiri Vekla, at the hearing. “We want the truth,” she said.', ['Kiri Vekla']],
  ['"W, a businesswoman from Orsa, met X. “…,” he said" is X', 'Wekesa Tolvane, a businesswoman from Orsa, met Tomas Korvane on Monday. “We agreed on nothing,” he said.', ['Tomas Korvane']],
  ['"W, a businessman from Orsa, met Y. “…,” she said" is Y', 'Wekesa Tolvane, a businessman from Orsa, met Ana Reyvik on Monday. “We agreed on nothing,” she said.', ['Ana Reyvik']],
  // A comparative of age needs two people given an age to compare.
  ['"X opened the shop. His son, Y, 34, … The older man …. “…,” he said": nobody (only the son has an age)', 'Tomas Korvane opened the shop in 1986.\nHis son, Jonas Korvane, 34, took over the kitchen in 2021.\nThe older man does not dispute it. “Soup should not travel by motorbike,” he said.', [null]],
  // Two people joined by "and" leave a description that says no gender ("the Kenyan") to neither.
  ['"X and Y, both Kenyans, finished …. “…,” the Kenyan said": nobody', 'Ana Reyvik and Mira Tolvane, both Kenyans, finished first and second. “I am so happy,” the Kenyan said.', [null]],
  ['"X, a Kenyan, won the race. “…,” the Kenyan said" is X', 'Ana Reyvik, a Kenyan, won the race. “I am so happy,” the Kenyan said.', ['Ana Reyvik']],
  // An age beside a name may close its sentence ("… and Jonas Lind, 34.").
  ['"… heard from X, 34, and Y, 34. “…,” the 34-year-old said": nobody', 'The court heard from Tomas Korvane, 34, and Jonas Lind, 34. “I was not there,” the 34-year-old said.', [null]],
  ['"X, 61, spoke first. The other witness was Y, 34. “…,” the 34-year-old said" is Y', 'Tomas Korvane, 61, spoke first. The other witness was Jonas Lind, 34.\n“I was not there,” the 34-year-old said.', ['Jonas Lind']],
  // A copula with an adjective of mood ("was luckier", "was furious") says how the person took it; the quote after is theirs.
  ['"Her neighbour, X, was luckier." ⏎ “…” is X', 'Ana Reyvik, 62, lost her home in the flood.\n“The water came at night,” she said.\nHer neighbour, Tomas Korvane, was luckier.\n“My house is on a hill.”', ['Ana Reyvik', 'Tomas Korvane']],
  ['"X was furious." ⏎ “…” is X', 'The council closed the pool on Monday. Ana Reyvik was furious.\n“Where will the children swim?”', ['Ana Reyvik']],
  ['"X was arrested." ⏎ “…”: nobody', 'The council closed the pool on Monday. Tomas Korvane was arrested.\n“Where will the children swim?”', [null]],
  ['"X is 62." ⏎ “…”: nobody', 'The council closed the pool on Monday. Ana Reyvik is 62.\n“Where will the children swim?”', [null]],
]);

// The entity stage sometimes leaves a person's name untyped (`other`); attribution must still find
// the person. These passages retype the named person's mentions as `other` to stand for that case.
describe('names the entity stage left untyped', () => {
  function untypedSpeakers(text: string, untyped: string): (string | null)[] {
    const doc = segment(text);
    const mentions = extractEntities(doc).map((m) => (m.text.includes(untyped) ? { ...m, type: 'other' as const } : m));
    return extractQuotes(doc, mentions).map((q) => (q.speakerMention === null ? null : mentions[q.speakerMention].text));
  }
  it.each([
    ['a surname at the cue after the full name', 'TOLVIK - Harvek Singh Vekhawalia has farmed the same fields for 40 years.\n“Everyone burned. After one night the land is bare,” Vekhawalia, 63, said.', ['Harvek Singh Vekhawalia']],
    ['"he said" after the untyped surname', 'TOLVIK - Harvek Singh Vekhawalia has farmed the same fields for 40 years.\n“Everybody burned,” Vekhawalia, 63, said.\nThis is his third harvest without burning. “My daughter asked me to quit,” he said.', ['Harvek Singh Vekhawalia', 'Harvek Singh Vekhawalia']],
    ['a surname that no earlier full name holds is only itself', 'TOLVIK - The fields have burned for 40 years.\n“Everybody burned,” Vekhawalia said.', ['Vekhawalia']],
    ['"he said" with only a place before it: nobody', 'TOLVIK - The fields around Vekhawalia have burned for 40 years.\n“Everybody burned,” he said.', [null]],
  ])('%s', (_name, text, want) => {
    expect(untypedSpeakers(text, 'Vekhawalia')).toEqual(want);
  });
});

// Read from blind-dev8: a name of unknown type in apposition right after a person's role ("Her
// solicitor, X, told …") is that person, for "she"/"he" and descriptions after it.
describe('an untyped name in apposition after a role', () => {
  function retyped(text: string, name: string): (string | null)[] {
    const doc = segment(text);
    const mentions = extractEntities(doc).map((m) => (m.text === name ? { ...m, type: 'other' as const } : m));
    return extractQuotes(doc, mentions).map((q) => (q.speakerMention === null ? null : mentions[q.speakerMention].text));
  }
  it.each([
    ['"Her solicitor, X, told the judge …. “…,” she said"', 'Judge Ana Reyvik fined him on Monday.\nHer solicitor, Mira Tolvane-Osk, told the judge that her client would sell the boat. “She has paid enough already,” she said.', 'Mira Tolvane-Osk', ['Mira Tolvane-Osk']],
    ['"The club, X, said …" is no person: "he said" stays with the man named before', 'Coach Tomas Korvane was sacked on Monday.\nThe club, Vekmere Rovers, said the decision was final. “It was the right call,” he said.', 'Vekmere Rovers', ['Tomas Korvane']],
  ])('%s', (_name, text, name, want) => {
    expect(retyped(text, name)).toEqual(want);
  });
});

// Words voiced or written out whole as a verb's object (a chant, a placard) are a quotation with no
// speaker named, not a scare quote; scare quotes and names stay terms.
describe('chants, songs and placards are quotations', () => {
  function kinds(text: string): { kind: string; speaker: string | null }[] {
    const doc = segment(text);
    const mentions = extractEntities(doc);
    return extractQuotes(doc, mentions).map((q) => ({ kind: q.kind, speaker: q.speakerMention === null ? null : mentions[q.speakerMention].text }));
  }
  it.each([
    ['protesters chanting “…”', 'The vote ended at dawn, with protesters outside chanting “Keep our clinic open”.', [{ kind: 'speech', speaker: null }]],
    ['the crowd chanted “…”', 'The crowd chanted “Pay us first” as the minister left.', [{ kind: 'speech', speaker: null }]],
    ['placards reading “…”', 'Outside, vendors waved placards reading “Tolvik is our home”.', [{ kind: 'speech', speaker: null }]],
    ['fans were still chanting “…”', 'Fans streaming out into the rain were still chanting “Once again”.', [{ kind: 'speech', speaker: null }]],
    ['a scare quote after a copula stays a term', 'The plan was “dead” by Friday.', [{ kind: 'term', speaker: null }]],
    ['a lower-case scare quote after a verb stays a term', 'The council approved “temporary” housing for 40 families.', [{ kind: 'term', speaker: null }]],
    ['a title after a verb stays a term', 'The band played “Long Road Home” twice.', [{ kind: 'term', speaker: null }]],
  ])('%s', (_name, text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

// A description after a possessive subject is the possessor's relative, never the possessor (a
// tester's finding): the one just named owns the person described.
probes('a description of the possessor\'s relative', [
  ['"X\'s father … the father said"', 'Dorian Vekla\'s father shook his head. “We lost everything,” the father said.', [null]],
  ['"X\'s wife … the woman said"', 'Paul Tolvane\'s wife sat by the window. “He never wrote home,” the woman said.', [null]],
  ['"X\'s coach … the coach said"', 'Greta Tolvane\'s coach shook his head. “We lost,” the coach said.', [null]],
  ['a named relative keeps the description', 'Tomas Korvane\'s lawyer, Ana Vekla, spoke. “He is innocent,” the lawyer said.', ['Ana Vekla']],
  ['a subject with no possessive keeps it', 'Greta Tolvane won the race. “I am tired,” the sprinter said.', ['Greta Tolvane']],
]);

probes('the sender of a message who is a role "of" someone', [
  ['"a message from the lawyer of X:"', 'Priya Vekmal had a message from the lawyer of Arun Tolbose: “Wait.”', [null]],
  ['"a letter from the mayor of X, Name:"', 'She read a letter from the mayor of Tolbeg, Ana Vekla: “Come home.”', ['Ana Vekla']],
]);

probes('"the older man" among people of unknown gender', [
  ['the older of a man and a person of unknown gender', 'Kip Vekto, 71, and Amos Tolwe, 45, have fished the lake for decades. “The fish are gone,” the older man said.', ['Kip Vekto']],
  // (No list knows Kip's gender and no one else is a candidate: no comparison, nobody.)
  ['a man and his wife', 'Kip Vekto, 71, and his wife Amina, 65, fish the lake. “The fish are gone,” the older man said.', [null]],
]);

probes('the wording of a charge and a chant before a speaker\'s colon', [
  ['"accused of “…”, a charge he denies"', 'Viktor Vekla was accused of “lying to the committee”, a charge he denies.', [null]],
  ['"denies a charge of “…”"', 'Ada Vekla denies a charge of “causing death by careless driving”.', [null]],
  ['a chant, then a speaker\'s colon', 'Fans chanted “Vekla out!” Ada Vekla said: “I understand them.”', [null, 'Ada Vekla']],
  ['"spoke of “…”" stays the speaker\'s', 'Ana Vekla spoke of “a great betrayal”, she said.', ['Ana Vekla']],
]);

probes('a relative or a role "of" a named person', [
  ['"said the father of X"', '“The verdict was unfair,” said the father of Tomas Vekla, who was jailed.', [null]],
  ['"said the mayor of a place, Name"', '“It is over,” said the mayor of Tolbeg, Ana Vekla.', ['Ana Vekla']],
]);

// Branch spk13: known wrong speakers, each pattern shown by three invented passages or more,
// written before the rules; where a careful reader would hesitate, no speaker.
probes('two people of the pronoun\'s gender in reach give it nobody', [
  ['"A and B toured the site with C. “…,” he said", no list knows any of them', 'Tariq Mbeki and Juma Oketch toured the site with Amina Vekla. “The pumps are broken,” he said.', [null]],
  ['"A and B met C", both men known', 'Haroun Tolvane and Pieter Korvane met Leila Vekmar at the port. “Nothing moves here,” he said.', [null]],
  ['"A and B walked with C", both men known', 'Pieter Vekhaus and Jonas Brandt walked the fields with Sofia Tolmare on Monday. “It rained for a week,” he said.', [null]],
  ['a pair and "they" names nobody either', 'Tariq Mbeki and Juma Oketch toured the site. “The pumps are broken,” they said.', [null]],
  ['"she" past a pair of men is the woman', 'Pieter Vekhaus and Jonas Brandt walked the fields with Sofia Tolmare on Monday. “It rained for a week,” she said.', ['Sofia Tolmare']],
  ['"Odile X, a nurse, met Paul Y. “…,” he said": not Odile', 'Odile Varnek, a nurse, met Paul Tolvane at the clinic. “We ran out of beds,” he said.', [null]],
  ['an unknown name, then a man: not the unknown name', 'Prime Minister Kenji Watanabe met President Tom Lind on Friday.\n“We agreed on almost everything,” he said.', [null]],
  ['an unknown name, then a man, "he" after a comma', 'Sunniva Oddane, a baker, hired John Korvane last spring. “I needed the work,” he said.', [null]],
  ['a pair that is the subject of the verb: "A, the coach, and B, the captain, spoke"', 'Tomas Korvane, the coach, and Ivo Tolbeg, the captain, spoke after the match. “We were poor,” he said.', [null]],
  ['a father and his son, "he said"', 'Juma Oketch and his son Idris fish the lake. “The fish are gone,” he said.', [null]],
  ['two women, "she said"', 'Ana Vekla and Mira Tolbeg run the shelter together. “We never turn anyone away,” she said.', [null]],
  ['"A and his wife B", "he said": the husband', 'Tariq Mbeki and his wife Amina toured the site. “The pumps are broken,” he said.', ['Tariq Mbeki']],
  ['"A and his wife B", "she said": the wife', 'Tariq Mbeki and his wife Amina toured the site. “The pumps are broken,” she said.', ['Amina']],
  ['a woman known as one, then a man: the man', 'Maren Ostvik, a teacher, spoke with John Korvane after the vote. “The school will close,” he said.', ['John Korvane']],
]);

probes('the subject of a reported "told" speaks, not the one reporting it', [
  ['"X said the mayor told her: “…”", no mayor named', 'Ana Vekla said the mayor told her: “The bridge will be closed for a year.”', [null]],
  ['"X said the minister told him: “…”"', 'Tomas Brandvik said the minister told him: “You will have your money.”', [null]],
  ['"X said the coach told the team: “…”"', 'Greta Tolvane said the coach told the team: “Nobody plays on Saturday.”', [null]],
  ['"X said his lawyer told him: “…”"', 'Tomas Brandvik said his lawyer told him: “Sign nothing.”', [null]],
  ['the mayor named before speaks', 'Mayor Lina Sorvik closed the bridge in May. Ana Vekla said the mayor told her: “It will reopen in June.”', ['Lina Sorvik']],
  ['"X said she told the mayor: “…”" stays X\'s', 'Ana Vekla said she told the mayor: “We will not move.”', ['Ana Vekla']],
]);

probes('the text of a letter or note is not its reader\'s speech', [
  ['"X opened the letter." ⏎ “Dear Sir, …”', 'Tomas Korvane opened the letter.\n“Dear Sir, your application has been refused.”', [null]],
  ['"X read the note aloud." ⏎ “Dear Mira, …”', 'Mira Vekla read the note aloud.\n“Dear Mira, I will not be home for dinner.”', [null]],
  ['"X unfolded the letter from the bank." ⏎ “…”', 'Jonas Tolbeg unfolded the letter from the bank.\n“Your account is overdrawn.”', [null]],
  ['"X received a text." ⏎ “…”', 'Lina Sorvik received a text at midnight.\n“The boat has left.”', [null]],
  ['a salutation after a frame that names the writer is the writer\'s', 'Ana Vekla wrote to the council: “Dear councillors, the road is unsafe.”', ['Ana Vekla']],
  ['"X wrote a letter." ⏎ “…” without a salutation stays the writer\'s', 'Tomas Korvane wrote back the same day.\n“I accept the offer.”', ['Tomas Korvane']],
]);

probes('a quote attributed by the sentence after it', [
  ['"“…” That was the message from X, who …"', '“We are not leaving.” That was the message from Vekla Tolvane, who has farmed the valley for 40 years.', ['Vekla Tolvane']],
  ['"“…” That was the warning from X, a …"', '“The river will rise again.” That was the warning from Arun Korvane, a hydrologist at the Tolvik Institute.', ['Arun Korvane']],
  ['"“…” Those were the words of X, …"', '“Build it and they will come.” Those were the words of Lina Sorvik, the town\'s mayor, in 2019.', ['Lina Sorvik']],
  ['"“…” That was how X described …"', '“It will take years.” That was how Ivo Korvane, the harbour master, described the repairs.', ['Ivo Korvane']],
  ['"“…” This is how X put it"', '“Nobody listens to us.” This is how Sefa Tolbeg put it on Monday.', ['Sefa Tolbeg']],
  ['"“…” That was how one resident described it" names nobody', '“It will take years.” That was how one resident described the repairs.', [null]],
  ['"“…” That was the message from residents" names nobody', '“We are not leaving.” That was the message from residents of the valley on Monday.', [null]],
  ['"“…” That was the view of a neighbour" names nobody', '“It will flood again.” That was the view of a ferryman who asked not to be named.', [null]],
]);

probes('words written on a thing are nobody\'s speech', [
  ['"stood by a banner reading “…”"', 'Tomas Korvane stood by a banner reading “Save our port”.', [null]],
  ['"wore a T-shirt saying “…”"', 'Ana Vekla wore a T-shirt saying “Keep Tolbeg green”.', [null]],
  ['"pointed to a sign reading “…”"', 'Ivo Tolbeg pointed to a sign reading “No entry after dark”.', [null]],
  ['"painted a wall reading “…”"', 'Lina Sorvik painted a wall reading “Tolbeg is ours”.', [null]],
  ['"The sign on X\'s door reads “…”"', 'The sign on Tomas Korvane\'s door reads “Back in five minutes”.', [null]],
  ['"The banner above X\'s stall says “…”"', 'The banner above Ana Vekla\'s stall says “Fresh fish daily”.', [null]],
  ['"unveiled a plaque inscribed “…”"', 'Mayor Ana Vekla unveiled a plaque inscribed “For those who stayed”.', [null]],
  ['"a mug printed with “…”"', 'Ivo Tolbeg handed out mugs printed with “Tolbeg forever and always”.', [null]],
  ['"released a statement saying “…”" is the sender\'s', 'Ana Vekla released a statement saying “We are saddened by the news.”', ['Ana Vekla']],
  ['"sent an email saying: “…”" is the sender\'s', 'Ana Vekla sent her staff an email saying: “Stay home tomorrow.”', ['Ana Vekla']],
  ['"left the room saying “…”" is the subject\'s', 'Tomas Korvane left the room saying “I will be back.”', ['Tomas Korvane']],
]);

probes('a name that is its sentence\'s subject keeps the topic for "she"', [
  ['an unknown name as subject, a known woman before it: the subject', 'Mary Tolvane runs the shelter. Abenaa Korvane, its founder, opened it in 2001. “We never close,” she said.', ['Abenaa Korvane']],
  ['"The prosecutor, X, told the court": X', 'Mary Tolvane, a cashier, told the court she was paid to stay quiet.\nThe prosecutor, Efua Korvane, told the court that bank statements would show 9 transfers. “The evidence is clear,” she said.', ['Efua Korvane']],
  ['an unknown name after "by" does not: the woman before', 'Mary Tolvane runs the shelter. Its funds come from a trust set up by Efua Korvane. “We never close,” she said.', ['Mary Tolvane']],
]);

// A role and a name in apposition that the entity stage typed as no person ("The prosecutor, State
// Attorney X, told …") move the story to that person: "she"/"he" after it does not reach past it.
describe('a pronoun does not reach past a role given to a name typed as no person', () => {
  function retyped(text: string, name: string, type: 'place' | 'organization'): (string | null)[] {
    const doc = segment(text);
    const mentions = extractEntities(doc).map((m) => (m.text === name ? { ...m, type } : m));
    return extractQuotes(doc, mentions).map((q) => (q.speakerMention === null ? null : mentions[q.speakerMention].text));
  }
  it.each([
    ['"The prosecutor, X, told the court …. Outside court she …"', 'Mary Tolvane, a cashier, told the court she was paid to stay quiet.\nThe prosecutor, Efua Korvane, told the court that bank statements would show 9 transfers. Outside court she sounded calm. “The evidence is clear,” she said.', 'Efua Korvane', 'place' as const, [null]],
    ['"The treasurer, X, keeps the books"', 'Tomas Korvane chairs the club. The treasurer, Ivo Tolbeg, keeps the books. “We are broke,” he said.', 'Ivo Tolbeg', 'organization' as const, [null]],
    ['"The coach X picked the team"', 'Tomas Korvane chairs the club. The coach Ivo Tolbeg picked the team. “We are ready,” he said.', 'Ivo Tolbeg', 'organization' as const, [null]],
    ['"The company, X, pays …" is a body: "he" is the man before', 'Tomas Korvane chairs the club. The company, Vekla Freight, pays the players. “We are ready,” he said.', 'Vekla Freight', 'organization' as const, ['Tomas Korvane']],
  ])('%s', (_name, text, name, type, want) => {
    expect(retyped(text, name, type)).toEqual(want);
  });
});

probes('a surname two people named before share names nobody', [
  ['a wife and a husband who share a surname', 'Amparo de la Vega Tolmaro runs the shop. Her husband, Heriberto Tolmaro Ibeza, blows the glass. “It is hot work,” Tolmaro said.', [null]],
  ['a father and his son', 'Heriberto Tolmaro Ibeza blows the glass. His son, Iker Tolmaro Luna, is 17. “He is better than me,” Tolmaro said.', [null]],
  ['"X and his wife, Y"', 'John Vekla and his wife, Mary Vekla, run the farm. “We lost the barn,” Vekla said.', [null]],
  ['one holder named before: that one', 'Heriberto Tolmaro Ibeza blows the glass. “It is hot work,” Tolmaro said.', ['Heriberto Tolmaro Ibeza']],
  ['a second holder named only after the quote does not count', 'John Vekla runs the farm. “We lost the barn,” Vekla said. His wife, Mary Vekla, was away.', ['John Vekla']],
  ['the surname used alone before the relative is named stays the first holder\'s', 'Jonas Korvane has built boats since 1969. “I never hurry,” Korvane said. His nephew, Piet Korvane, works in a bank. Korvane will launch the last boat himself. “Ask me next year,” he said.', ['Jonas Korvane', 'Jonas Korvane']],
  ['… and so after a quote of the nephew\'s', 'Jonas Korvane has built boats since 1969. “I never hurry,” Korvane said. His nephew, Piet Korvane, works in a bank. “I help at weekends,” Piet said. “Ask me next year,” Korvane said.', ['Jonas Korvane', 'Piet Korvane', 'Jonas Korvane']],
  ['the surname first used alone after both are named names nobody still', 'Jonas Korvane has built boats since 1969. His nephew, Piet Korvane, works in a bank. “Ask me next year,” Korvane said.', [null]],
]);

probes('the one spoken to is not the speaker', [
  ['"X was told: “…”" names nobody', 'Mayor Ivo Korvane was told: “You have a week.”', [null]],
  ['"X were told: “…”" names nobody', 'The Vekla family were told: “The house must go.”', [null]],
  ['"X was asked: “…”" names nobody', 'Ana Vekla was asked: “Where were you that night?”', [null]],
  ['"X told Mayor Y" after the quote is X\'s', '“We need the road,” Greta Tolvane told Mayor Ivo Korvane.', ['Greta Tolvane']],
  ['"X remembers his father telling him: “…”": the father, unnamed', 'Tomas Korvane remembers his father telling him: “Land is all we have.”', [null]],
  ['"X recalled a doctor saying: “…”": the doctor, unnamed', 'Ana Vekla recalled a doctor saying: “Your son will walk again.”', [null]],
  ['"can still hear the old man saying “…”"', 'Ivo Tolbeg can still hear the old man saying “Never sell”.', [null]],
  ['"recalled the doctor telling her" after Dr. X: X', 'Dr. Ivo Tolbeg treated the boy. Ana Vekla recalled the doctor telling her: “He will walk again.”', ['Ivo Tolbeg']],
  ['"took to social media, saying" stays the subject\'s', 'Tomas Korvane took to social media, saying: “I did nothing wrong.”', ['Tomas Korvane']],
]);

probes('a possessive that disagrees with a given name does not change the name\'s gender', [
  ['"Maisie X tuned two of his flutes. “…,” she said"', 'Hemi Tolvara-Rangi carved flutes for 50 years.\nMaisie Korvane-Tane tuned two of his flutes for 30 years. “He would never rush a flute,” she said this week.', ['Maisie Korvane-Tane']],
  ['"The folk singer Maisie X …"', 'Hemi Tolvara-Rangi carved flutes for 50 years.\nThe folk singer Maisie Korvane-Tane tuned two of his flutes for 30 years. “He would never rush one,” she said.', ['Maisie Korvane-Tane']],
  ['"John X read her letters. “…,” he said"', 'Ana Vekla wrote to the paper every week.\nJohn Tolbeg kept her letters in a drawer for 30 years. “She never missed a Monday,” he said.', ['John Tolbeg']],
  ['a possessive of an unknown name still tells its gender', 'Tomas Korvane chairs the club.\nSefa Tolbeg runs her bakery on the square. “Bread is up again,” she said.', ['Sefa Tolbeg']],
]);

probes('"The role of a body, Title Name, did this and said …": the name, not the body', [
  ['"The Moderator of the X Church, Rt Rev Name, blessed the ward and urged …"', 'The hospital opened its new ward on Monday.\nThe Moderator of the Vekland Church, Rt Rev Kwame Tolvane Osei, blessed the ward at the opening and urged nurses to care for each patient “like one of your own family”.', ['Kwame Tolvane Osei']],
  ['"The chair of the X Council, Cllr Name, opened the meeting and told members: “…”"', 'The chair of the Tolbeg Council, Cllr Ana Vekla, opened the meeting and told members: “We have no money left.”', ['Ana Vekla']],
  ['"The head of the X Bank, Dr Name, met investors and warned …"', 'The head of the Vekland Bank, Dr Ivo Tolbeg, met investors and warned that rates would “stay high for longer than anyone wants”.', ['Ivo Tolbeg']],
  ['a body that opens the sentence stays the speaker', 'The Vekland Church, which runs 40 schools, blessed the pupils and urged teachers to “care for every child like family”.', ['Vekland Church']],
]);

probes('a picture\'s credit names no one in the story', [
  ['"(Photo: X)" after a caption', 'Ana Vekla, the mayor, at the port on Monday. (Photo: Ivo Tolbeg)\n“It will stay open,” she said.', ['Ana Vekla']],
  ['"Picture by X" after a caption', 'Mira Tolbeg at her stall on Friday. Picture by Sefa Korvane\n“Trade is slow,” she said.', ['Mira Tolbeg']],
  ['"Credit: X" after a caption', 'Tomas Korvane in his workshop. Credit: Sefa Tolbeg\n“I have built 300 boats,” he said.', ['Tomas Korvane']],
  ['"photographs by X" in a sentence is no credit', 'The gallery shows photographs by Ana Vekla. “I shot them all in one winter,” she said.', ['Ana Vekla']],
]);

// A tester's (probe10) findings on this pass's speaker rules, with invented passages.
probes('a tester\'s findings: the pointed-back phrase, appositions in a complement, things said on, "who"', [
  ['the person must head the phrase after "of"/"from"', '“Not guilty.” That was the verdict from the bench in the case of Tomas Korvane.', [null]],
  ['a recipient after "to" is no sender', '“Go home.” That was the message from voters to Tomas Korvane on Thursday.', [null]],
  ['a name in apposition to a role inside the complement is that role\'s', 'A lawyer for the Bishop of Vekmoor, Rt Rev Tomas Korvane, said: “He denies the claims.”', [null]],
  ['a kin noun before the complement too', 'The wife of the Moderator of the Tolby Church, Rt Rev Tomas Korvane, said: “He is unwell.”', [null]],
  ['with no role inside the complement the name is the subject\'s', 'The chairman of Kestrel, Tomas Korvane, said: “We will grow.”', ['Tomas Korvane']],
  ['a video the subject posts carries the subject\'s words', 'Tomas Korvane posted a video saying “I have done nothing wrong.”', ['Tomas Korvane']],
  ['"Dear God" is an exclamation, no salutation', 'Ana Vekla looked at the ruins of her home.\n\n“Dear God, what have we done?”', ['Ana Vekla']],
  ['"who" takes the person right before it', 'Tomas Korvane presented the trophy to Ana Vekla, who said: “I am thrilled.”', ['Ana Vekla']],
  ['"who" after an appositive', 'Tomas Korvane met Ana Vekla, the First Minister, who urged: “Stay calm.”', ['Ana Vekla']],
]);

probes('a gendered title on a surname that a person of the other gender bears in full', [
  ['"Mrs X said" after "Tom X and his wife"', 'Tomas Korvane and his wife, Ana, run the bakery.\n\n“We have never been busier,” Mrs Korvane said.', [null]],
  ['"Mr X said" after "Tom X" is Tom', 'Tomas Korvane runs the bakery.\n\n“We have never been busier,” Mr Korvane said.', ['Tomas Korvane']],
]);

probes('a list of people, two of the pronoun\'s gender, gives the pronoun nobody', [
  ['two men and a woman in a list', 'Tomas Korvane, Ana Vekla and Mark Lind toured the site.\n\n“We are impressed,” he said.', [null]],
  ['one man and two women in a list: the man', 'Tomas Korvane, Ana Vekla and Lina Sorvik toured the site.\n\n“We are impressed,” he said.', ['Tomas Korvane']],
]);

probes('someone else speaking inside a memory', [
  ['an adverb between the person and the participle', 'Ana Vekla recalls a teacher once telling her: “You will never be a writer.”', [null]],
  ['a pronoun object of a verb of memory', 'Ana Vekla remembers him telling her: “Never give up.”', [null]],
  ['an -ing form the tagger reads as a noun, after a kinship noun', 'Tomas Korvane remembers his father shouting: “Get off the roof!”', [null]],
  ['a role noun heard shouting is not the one who hears', 'Tomas Korvane heard the officer shouting: “Move, move!”', [null]],
  ['the officer the story named is who shouts', 'Ana Vekla, a police officer, led the raid. Tomas Korvane heard the officer shouting: “Move, move!”', ['Ana Vekla']],
  ['the father the story named is who shouts', 'Tomas Korvane grew up on the farm with his father, Piet Korvane. He remembers his father shouting: “Get off the roof!”', ['Piet Korvane']],
]);

probes('a noun that says a gender: the one person of the sentence who may be of it', [
  ['two women in reach of "the woman"', 'Ana Vekla sued Mira Korvane over the fence. “It was never hers,” the woman said.', [null]],
  ['"the woman" past a man who is the subject', 'Tomas Korvane sued Ana Vekla over the fence. “It was never his,” the woman said.', ['Ana Vekla']],
  ['"the man" past a woman who is the subject', 'Ana Vekla sued Tomas Korvane over the fence. “It was never hers,” the man said.', ['Tomas Korvane']],
  ['a name in the possessive that owns a person noun: nobody', 'Tomas Korvane sued Ana Vekla\'s sister. “I have nothing to say,” the woman said.', [null]],
  ['a name after "the sister of": nobody', 'Tomas Korvane sued the sister of Ana Vekla. “I have nothing to say,” the woman said.', [null]],
  ['"X\'s lawyer met Y": nobody', 'Ana Vekla\'s lawyer met Tomas Korvane. “We will appeal,” the woman said.', [null]],
  ['"the chairwoman" names no woman given another role or none', 'Tomas Korvane fired Ana Vekla in June. “It was a difficult decision,” the chairwoman said.', [null]],
  ['"the chairwoman" names the woman given that role', 'Tomas Korvane met chairwoman Ana Vekla in June. “It was a difficult decision,” the chairwoman said.', ['Ana Vekla']],
  ['an unnamed person acting on her in between: nobody', 'Tomas Korvane sued Ana Vekla over the fence. A neighbor comforted her. “It has gone on for years,” the woman said.', [null]],
  ['an unnamed person acting in between: nobody', 'Tomas Korvane sued Ana Vekla over the fence. A neighbor watched from the porch. “It has gone on for years,” the woman said.', [null]],
  ['a kinship noun keeps the relation the sentence gives', 'Tomas Korvane, whose son Ivo plays for the club, came to watch. “He has grown,” the father said.', ['Tomas Korvane']],
]);

probes('a couple named as one person speaks as two', [
  ['"Mr and Mrs X said:" names nobody', 'Mr and Mrs Tolvane said: “We have never been busier.”', [null]],
  ['"said Mr. and Mrs. X" names nobody', '“It is hard,” said Mr. and Mrs. Tolvane.', [null]],
  ['a couple in the speaker\'s appositive leaves the speaker hers', '“It was very loud,” said Ana Vekla, a neighbour of Mr and Mrs Tolvane.', ['Ana Vekla']],
  ['"Mrs X said" after the couple is hers', 'Mr and Mrs Tolvane run the bakery. “It is hard,” Mrs Tolvane said.', ['Tolvane']],
]);

probes('a relative or a person noun a name owns is someone else', [
  ['"X’s sister said:"', 'Ana Vekla’s sister said: “She was a kind soul.”', [null]],
  ['"said X’s sister"', '“She was a kind soul,” said Ana Vekla’s sister.', [null]],
  ['"X’s friend said"', 'Ana Vekla’s friend said: “She was a kind soul.”', [null]],
  ['"X’s family said"', 'Ana Vekla’s family said: “She was a kind soul.”', [null]],
  ['the relative named in apposition speaks', 'Ana Vekla’s sister, Ilse Marnov, said: “She was a kind soul.”', ['Ilse Marnov']],
]);

probes('speech reported inside speech to an addressee', [
  ['"told the court his brother had shouted" is the brother\'s', 'Tomas Korvane told the court his brother had shouted “Get out of here now”.', [null]],
  ['the named inner speaker after the addressee', 'Tomas Korvane told the jury his neighbour Ivo Lind had shouted “Get out of here now”.', ['Ivo Lind']],
]);

probes('a name given after a colon is a term', [
  ['"a name of its own: “…”"', '“The old hut had no roof, so we built one,” Tomas Korvane said on Monday outside the club, which has a new clubhouse and now a nickname of its own: “The Rafters”.', ['Tomas Korvane', null]],
  ['"a first name: “…,” he said" is speech', 'Tomas Korvane runs the bar. He would give only a first name: “Call me Tom,” he said.', ['Tomas Korvane']],
  ['"a new nickname: “…,” X said" is speech', 'The team has a new nickname: “We are the Icebreakers now,” captain Jonas Lind said.', ['Jonas Lind']],
  ['"X explained the name: “….”" is speech', 'Jonas Lind explained the name: “My grandmother chose it in 1952.”', ['Jonas Lind']],
  ['"a nickname: “…”"', 'The town finally has a nickname: “Little Venice”. “I love it,” Ana Vekla said.', [null, 'Ana Vekla']],
]);

probes('nouns of answering owned by the one who answers', [
  ['"Her answer: “…”"', 'Ana Vekla was asked whether she would resign. Her answer: “Never.”', ['Ana Vekla']],
  ['"His reply was short: “…”"', 'Tomas Korvane was asked about the cuts. His reply was short: “Ask the minister.”', ['Tomas Korvane']],
  ['"In a response to questions, the ministry said" stays unnamed', 'In a response to questions, the ministry said: “We are fine.”', [null]],
]);

probes('an unnamed person who opens a later sentence is who "he"/"she" is', [
  ['"A woman waiting outside shook her head."', 'Ana Vekla runs the clinic.\n\nTomas Korvane, the hospital director, said more beds were coming.\n\nA woman waiting outside shook her head. “We sleep in the car,” she said.', [null]],
  ['"A man" before "she" does not count', 'Ana Vekla runs the clinic. A man waiting outside shook his head. “We sleep in shifts,” she said.', ['Ana Vekla']],
  ['one who acts on "her" leaves "she" to the named woman', 'Ana Vekla runs the clinic. A photographer took her picture. “I hate cameras,” she said.', ['Ana Vekla']],
  ['one who acts on "him" leaves "he" to the named man', 'Tomas Korvane runs the clinic. A photographer followed him. “I hate cameras,” he said.', ['Tomas Korvane']],
  ['a name in apposition names her', 'Tomas Korvane runs the clinic. A nurse, Ana Vekla, shook her head. “We sleep in shifts,” she said.', ['Ana Vekla']],
]);
probes('an unnamed person who did nothing, or did not speak, leaves "she" to the named woman', [
  ['"A woman was not there."', 'Ana Vekla runs the clinic. A woman from the ward was not there. “We sleep in shifts,” she said.', ['Ana Vekla']],
  ['"A woman never came back."', 'Ana Vekla runs the clinic. A woman from the ward never came back. “We sleep in shifts,” she said.', ['Ana Vekla']],
]);

probes('a described subject with an adverb before its verb', [
  ['"His son simply shrugged."', 'Tomas Korvane founded the firm in 1990. Ana Vekla joined later. His son simply shrugged. “It is a job,” he said.', [null]],
]);

probes('a quote-only paragraph after a named subject with an appositive', [
  ['"X, a volunteer, nodded." ⏎ “…”', 'The shelter is full.\n\nTomas Korvane, a volunteer, nodded.\n\n“Every bed is taken.”', ['Tomas Korvane']],
  ['"X, 54, shrugged." ⏎ “…”', 'The shelter is full.\n\nTomas Korvane, 54, shrugged.\n\n“Every bed is taken.”', ['Tomas Korvane']],
  ['"X, a volunteer, was arrested." ⏎ “…” stays nobody\'s', 'The shelter is full.\n\nTomas Korvane, a volunteer, was arrested.\n\n“Every bed is taken.”', [null]],
  ['"X, 71, died in hospital." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, 71, died in hospital on Sunday.\n\n“He was the heart of this village.”', [null]],
  ['"X, a former miner, passed away." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, a former miner, passed away.\n\n“He was the heart of this village.”', [null]],
  ['"X, the mayor, resigned on Monday." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, resigned on Monday.\n\n“He was the heart of this village.”', [null]],
  ['"X, the mayor, lost the vote." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, lost the vote.\n\n“He was the heart of this village.”', [null]],
  ['"X, the mayor, seemed furious." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, seemed furious.\n\n“He was the heart of this village.”', [null]],
  ['"X, the mayor, looked stunned." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, looked stunned.\n\n“He was the heart of this village.”', [null]],
  ['"X, the mayor, introduced Y, the new head teacher." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, introduced Ana Vekla, the new head teacher.\n\n“I am thrilled to be here.”', [null]],
  ['"X, the mayor, smiled at Y." ⏎ “…” stays nobody\'s', 'Pavel Ostrov, the mayor, smiled at Ana Vekla.\n\n“I am thrilled to be here.”', [null]],
]);

probes('a frame that ends on a colon introduces the next quote', [
  ['"X asked Y: “…?” He said: “…”"', 'Reporters asked Tomas Korvane: “Will you resign?” He said: “No.”', [null, 'Tomas Korvane']],
  ['"“…?” X asked. Y replied: “…”" keeps both', '“Will you resign?” Ana Vekla asked. Tomas Korvane replied: “No.”', ['Ana Vekla', 'Tomas Korvane']],
]);

probes('one who speaks for a named person, with a title, is unnamed', [
  ['"a spokesman for Mayor X said"', '“The road will open in May,” a spokesman for Mayor Jonas Lind said.', [null]],
  ['"a spokesman for Dr X said"', '“The road will open in May,” a spokesman for Dr Jonas Lind said.', [null]],
  ['"an aide to Mayor X said"', '“The road will open in May,” an aide to Mayor Jonas Lind said.', [null]],
  ['"a source close to Mayor X said"', '“The road will open in May,” a source close to Mayor Jonas Lind said.', [null]],
  ['"a friend of Mayor X said"', '“The road will open in May,” a friend of Mayor Jonas Lind said.', [null]],
  ['"a spokesman for the mayor, X, said"', '“The road will open in May,” a spokesman for the mayor, Jonas Lind, said.', [null]],
  ['"the spokesman for the council, X, said" is X', '“The road will open in May,” the spokesman for the council, Jonas Lind, said.', ['Jonas Lind']],
]);

probes('any lower-case noun a name in the possessive owns is who spoke', [
  ['"said X\'s neighbour"', '“She never came home,” said Ana Vekla\'s neighbour.', [null]],
  ['"said X\'s flatmate"', '“She never came home,” said Ana Vekla\'s flatmate.', [null]],
  ['"said X\'s teammate"', '“She never came home,” said Ana Vekla\'s teammate.', [null]],
  ['"X\'s flatmate said:"', 'Ana Vekla\'s flatmate said: “She never came home.”', [null]],
]);

probes('two names joined by "and" speak together: a whole quote is neither one\'s (spk15)', [
  ['"X and Y said: “…”"', 'Jonas Lind and Pavel Ostrov said: “We will appeal the ruling.”', [null]],
  ['"X and Y said in a statement: “…”"', 'Jonas Lind and Pavel Ostrov said in a statement: “We will appeal the ruling.”', [null]],
  ['"Mayor X and Councillor Y said: “…”"', 'Mayor Jonas Lind and Councillor Pavel Ostrov said: “We will appeal the ruling.”', [null]],
  ['"“…,” said X and Y."', '“We will appeal the ruling,” said Jonas Lind and Pavel Ostrov.', [null]],
  ['"the Bank and the Fund said: “…”"', 'The Vekla Bank and the Tolvik Fund said: “We will appeal the ruling.”', [null]],
  ['"X and Y said … was “a lower-case phrase”" stays the first-named\'s', 'Jonas Lind and Pavel Ostrov said the ruling was “unjust and cruel to us all”.', ['Jonas Lind']],
  ['one of the pair speaking alone later is that one', 'Jonas Lind and Pavel Ostrov met on Monday. Lind said: “We will appeal the ruling.”', ['Jonas Lind']],
]);

probes('a person whose death the sentence reports did not say the quote after it (spk15)', [
  ['"X died on Tuesday." ⏎ “…” stays nobody\'s', 'Pavel Ostrov died on Tuesday.\n\n“He was the heart of this village.”', [null]],
  ['"X passed away in his sleep." ⏎ “…” stays nobody\'s', 'The village mourns. Pavel Ostrov passed away in his sleep.\n\n“He was the heart of this village.”', [null]],
  ['"He died on Tuesday." ⏎ “…” stays nobody\'s', 'Pavel Ostrov ran the mill for 40 years. He died on Tuesday.\n\n“He was the heart of this village.”', [null]],
  ['"X died on Tuesday. “…”" stays nobody\'s', 'Pavel Ostrov died on Tuesday. “He was the heart of this village.”', [null]],
  ['"X shrugged." ⏎ “…” is still X\'s', 'Pavel Ostrov shrugged.\n\n“It is only money.”', ['Pavel Ostrov']],
]);

probes('"she" after a described relative is the relative, not the woman named before (spk15)', [
  ['"His grandmother wept. “…,” she said"', 'Ana Vekla founded the bakery in 1990. His grandmother wept. “It was his dream,” she said.', [null]],
  ['"The boy’s mother wept. “…,” she said"', 'Ana Vekla runs the school. The boy’s mother wept. “He never came home,” she said.', [null]],
  ['"His widow wept. “…,” she said"', 'Ana Vekla runs the school. His widow wept at the graveside. “He never came home,” she said.', [null]],
  ['"X’s wife wept. “…,” she said"', 'Ana Vekla runs the school. Tomas Korvane’s wife wept. “He never came home,” she said.', [null]],
  ['"His widow, Y, wept. “…,” she said" is Y', 'Tomas Korvane died in May. His widow, Ana Vekla, wept. “He never came home,” she said.', ['Ana Vekla']],
  ['"The boy’s mother wept. “…,” he said" is the man named before', 'Tomas Vekla runs the school. The boy’s mother wept. “He never came home,” he said.', ['Tomas Vekla']],
]);

probes('the kinship nouns added to KINSHIP, and the widened subject kin check (spk15)', [
  ['"Her mom waved. “…,” she said"', 'Ana Vekla runs the school. Her mom waved. “She never came home,” she said.', [null]],
  ['"Her grandchild waved. “…,” he said"', 'Ana Vekla runs the school. Her grandchild waved. “She never came home,” he said.', [null]],
  ['"His cousin waved. “…,” he said"', 'Tomas Korvane runs the school. His cousin waved. “He never came home,” he said.', [null]],
  ['"His parent waved. “…,” he said"', 'Tomas Korvane runs the school. His parent waved. “He never came home,” he said.', [null]],
  ['"Her child waved. “…,” she said"', 'Ana Vekla runs the school. Her child waved. “She never came home,” she said.', [null]],
]);

probes('"She and X have …": a later "she" is not X (spk15)', [
  ['"She and X have farmed …. “…,” she said"', 'Ana Vekla spoke first. Her friend, Mira Tolvane, stood nearby. She and Vekla have farmed this valley for 30 years. “We have seen floods like this,” she said.', [null]],
]);

probes('a name in an opening phrase before "it said" is not the subject (spk15)', [
  ['"In a statement read by its manager, X, it said: “…”" is the body', 'The Vekla Water Board says it has no plan. In a statement sent to the council by its chief engineer, Tomas Korvane, it said: “No dam is being designed.”', ['Vekla Water Board']],
]);

probes('a question belongs to the one who asks it, not the one who answers (spk15)', [
  ['"X asked: “…?” Y, the mayor, said it was …"', 'At the hearing, Ana Vekla asked: “Why was the bridge closed?” Tomas Korvane, the mayor, said it was unsafe.', ['Ana Vekla']],
  ['"X asked: “…?” Y said it was …"', 'Ana Vekla asked: “Why was the bridge closed?” Tomas Korvane said it was unsafe.', ['Ana Vekla']],
  ['"When asked: “…?”, X laughed." stays nobody\'s', 'When asked: “Will you resign?”, Tomas Korvane laughed.', [null]],
  ['"Asked: “…?” he shook his head." stays nobody\'s', 'Tomas Korvane faced the press.\n\nAsked: “Will you resign?” he shook his head.', [null]],
]);

probes('words heard from someone are that someone\'s, not the hearer\'s (spk15)', [
  ['"X heard Y screaming: “…”" is Y', 'Tomas Korvane heard Ana Vekla screaming: “Fire!”', ['Ana Vekla']],
  ['"X heard her screaming: “…”" stays nobody\'s', 'Tomas Korvane heard her screaming: “Fire!”', [null]],
  ['"X heard someone in the crowd screaming: “…”" stays nobody\'s', 'Tomas Korvane heard someone in the crowd screaming: “Fire!”', [null]],
  ['"X recalls seeing … and thinking: “…”" is X', 'Ana Vekla recalls seeing the flames and thinking: “We are finished.”', ['Ana Vekla']],
]);

probes('a description that fits a person or a company, or another party, names nobody when the story does not say which (spk15)', [
  ['"X, whose firm X & Sons Exports …, said …. “…,” the exporter said" stays nobody\'s', 'Tomas Havlik, whose company Havlik & Sons Exports ships nearly all of the cocoa to Korea, said orders had picked up. “We sell patience,” the exporter said.', [null]],
  ['"X Exports cut jobs. “…,” the exporter said" is the firm', 'Havlik Exports cut 40 jobs on Monday. “We sell patience,” the exporter said.', ['Havlik Exports']],
  ['"the Tolvik Party …; X of the Vekla Liberty Movement said …. “…,” the party said" stays nobody\'s', 'The Tolvik Farmers Party backed the bill. Opposition figure Tomas Korvane of the Vekla Liberty Movement said the cabinet had “bought itself a week”. “This cabinet has run out of ideas,” the party said in a statement.', ['Tomas Korvane', null]],
  ['"the Vekla Freedom Party backed …. “…,” the party said" is that party', 'The Vekla Freedom Party backed the bill. “This cabinet has run out of ideas,” the party said in a statement.', ['Vekla Freedom Party']],
]);

probes('"the founder" is the one person the story says founded something (branch spk15m)', [
  ['"founded … by X", paragraphs before "the founder said"', 'Tarn Valley Rafts, a company founded in 2008 by Kasimir Drolle, runs trips on the Orsa.\nMira Olvhed, 29, has guided rafts there for six seasons. “The river decides,” she said.\nTrips cost $90 a day. Bookings rose by a third this year.\n“Every guide we train stays,” the founder said.', ['Mira Olvhed', 'Kasimir Drolle']],
  ['"X, 52, founded …", paragraphs before', 'Kasimir Drolle, 52, founded Tarn Valley Rafts in 2008.\nMira Olvhed, 29, has guided rafts there for six seasons. “The river decides,” she said.\nTrips cost $90 a day. Bookings rose by a third this year.\n“Every guide we train stays,” the founder said.', ['Mira Olvhed', 'Kasimir Drolle']],
  ['two founders: the noun does not say which', 'Tarn Valley Rafts, a company founded in 2008 by Kasimir Drolle and Ilse Varn, runs trips on the Orsa.\nMira Olvhed, 29, has guided rafts there for six seasons. “The river decides,” she said.\nTrips cost $90 a day. Bookings rose by a third this year.\n“Every guide we train stays,” the founder said.', ['Mira Olvhed', null]],
  ['founded with a partner: the noun does not say which', 'Kasimir Drolle founded Tarn Valley Rafts in 2008 with Ilse Varn.\nMira Olvhed, 29, has guided rafts there for six seasons. “The river decides,” she said.\nTrips cost $90 a day. Bookings rose by a third this year.\n“Every guide we train stays,” the founder said.', ['Mira Olvhed', null]],
]);

probes('a verb of saying whose subject is "nobody" frames no quote (branch spk15m)', [
  ['"asked … a riddle that nobody could answer:"', 'Chief Tomas Okavu-Reng asked the villagers a riddle that nobody could answer for an hour: “If the dam holds back this river, where do our goats drink?”', ['Tomas Okavu-Reng']],
  ['"a question that no one has answered:"', 'Tomas Okavu-Reng asked the council a question that no one has answered: “Who pays for the new pipes?”', ['Tomas Okavu-Reng']],
  ['"Nobody said:" alone names nobody', 'Nobody said: “Who pays for the new pipes?”', [null]],
]);

probes('a clause between commas that ends on "later" (branch spk15m)', [
  ['"X, asked the same question later, said:"', 'Ana Vekla, asked the same question later, said: “Of course I retired.”', ['Ana Vekla']],
  ['"X, who spoke later, said:"', 'Ana Vekla, who spoke later, said: “Of course I retired.”', ['Ana Vekla']],
  ['"X later said:" still skips the adverb', 'Ana Vekla later said: “Of course I retired.”', ['Ana Vekla']],
]);

probes('"his father said": the relative the story gave the one "his" stands for (branch spk15m)', [
  ['after the quote', 'Tomas Vekker opened the bakery in 1990.\nHis son, Anton Vekker, 34, took over the ovens in 2021.\n“He still comes in at dawn,” Anton said.\n“Of course I retired. I just check the bread,” his father said.', ['Anton Vekker', 'Tomas Vekker']],
  ['before the quote, past a clause between commas', 'Tomas Vekker opened the bakery in 1990.\nHis son, Anton Vekker, 34, took over the ovens in 2021.\n“He still comes in at dawn,” Anton said.\nHis father, asked the same question later, said: “Of course I retired. I just check the bread.”', ['Anton Vekker', 'Tomas Vekker']],
  ['no relation given: nobody', 'Tomas Vekker opened the bakery in 1990.\nAnton Vekker, 34, took over the ovens in 2021.\n“He still comes in at dawn,” Anton said.\n“Of course I retired,” his father said.', ['Anton Vekker', null]],
]);

probes('"it said" after a sentence opening "The <kind> company <Name>" (branch spk15m)', [
  ['"The mining company X, which …, told me …"', 'The permit lapses in June. The mining company Vekla & Orsa Mining, which employs about 900 people in the district, told me its pits reuse rainwater. “We have no need of the lake,” it said.', ['Vekla & Orsa Mining']],
  ['a person after the kind words is no body', 'The permit lapses in June. The company boss Tomas Vekla told me the pits reuse rainwater. “We have no need of the lake,” it said.', [null]],
]);

probes('a one-word capitalised reply with its comma inside the marks is a quotation, not a title (spk15)', [
  ['"“Never,” he said."', 'Reporters asked Tomas Korvane whether he would stay. “Never,” he said.', ['Tomas Korvane']],
  ['"“Absolutely,” X replied."', 'Ana Vekla asked whether the plan would work. “Absolutely,” Tomas Korvane replied.', ['Tomas Korvane']],
  ['"“Tomorrow,” said X."', '“Tomorrow,” said Ana Vekla.', ['Ana Vekla']],
]);

probes('a cue inside closed brackets frames nothing outside them (spk16)', [
  ['"(X testified in 2010)" before a quote-only sentence', 'The ferry sank in 2009 (Tomas Korvane testified in 2010). “Nobody checked the hull.”', [null]],
  ['"The welders (X told the inquiry) said:" is the welders\u2019', 'The welders (Tomas Korvane told the inquiry in 2010) said: “Nobody checked the hull.”', [null]],
  ['"“…” (X testified in 2010)" after the quote', 'Ana Vekla ran the yard for a decade.\n“Nobody checked the hull” (Tomas Korvane testified in 2010), and the ferry sank.', [null]],
  ['a cue outside the brackets still frames', 'Ana Vekla (who ran the yard until 2010) said: “Nobody checked the hull.”', ['Ana Vekla']],
]);

probes('a naming verb in the present gives a name, not words said (spk16)', [
  ['"what she calls “…”"', 'Ana Vekla, 37, has recorded 600 nights of what she calls “owl radio”.', [null]],
  ['"what he dubs “…”"', 'Tomas Korvane sells what he dubs “slow bread” from a van.', [null]],
  ['"what he terms “…”"', 'Tomas Korvane invests in what he terms “patient money”.', [null]],
  ['"called" in the past stays the caller\u2019s', 'Ana Vekla called the ruling “a gift to the landlords”.', ['Ana Vekla']],
]);

probes('"put it to" asks, "put it" says (spk16)', [
  ['"X put it to him that … “…”"', 'Counsel Ana Vekla put it to him that his ledger was “a work of fiction”.', ['Ana Vekla']],
  ['"X put it more bluntly: “…”"', 'Mira Solberg runs the depot. Tomas Korvane put it more bluntly: “The trucks are falling apart.”', ['Tomas Korvane']],
  ['"X put the boxes down" is no cue', 'Tomas Korvane put the boxes down. Ana Vekla said: “Leave them there.”', ['Ana Vekla']],
]);

probes('"the founder said" when two founders are named nearby names nobody (spk16)', [
  ['"founded … by X and Y. “…,” the founder said"', 'Tarn Valley Rafts was founded in 2008 by Kasimir Drolle and Ilse Varn.\n“Every guide we train stays,” the founder said.', [null]],
  ['"X and Y founded …. “…,” the founder said"', 'Kasimir Drolle and Ilse Varn founded Tarn Valley Rafts in 2008.\n“Every guide we train stays,” the founder said.', [null]],
  ['two founders, then one of them named again: still nobody', 'Tarn Valley Rafts, founded by Kasimir Drolle and Ilse Varn, runs trips. Kasimir Drolle guides.\n“Every guide we train stays,” the founder said.', [null]],
  ['one founder nearby stays the founder', 'Tarn Valley Rafts was founded in 2008 by Kasimir Drolle.\n“Every guide we train stays,” the founder said.', ['Kasimir Drolle']],
]);

probes('a document that reads: its author body, or nobody (spk16)', [
  ['"A letter from the X Union to the ministry … reads:"', 'The Orsa Dockers\u2019 Union wrote to the ministry in May.\nA letter from the union to the mayor in July, obtained by this paper, reads: “Our crews cannot unload safely in the dark.”', ['Orsa Dockers\u2019 Union']],
  ['"A letter from the X Union reads:" named in full', 'A letter from the Orsa Dockers\u2019 Union, obtained by this paper, reads: “Our crews cannot unload safely in the dark.”', ['Orsa Dockers\u2019 Union']],
  ['"The letter reads:" names nobody', 'Tomas Korvane received a letter in May. The letter reads: “Your claim has been refused.”', [null]],
  ['"A report by X states:"', 'A report by the Vekla Port Authority, published on Monday, states: “The quay is unsafe at low tide.”', ['Vekla Port Authority']],
]);

probes('"the older man" among exactly two men with ages (spk16)', [
  ['"the older man" is the one with the greater age', 'Tomas Korvane, 71, and Jonas Reeve, 34, fish from the same pier.\n“The cod have gone north,” the older man said.', ['Tomas Korvane']],
  ['"the younger woman" is the one with the smaller age', 'Ana Vekla, 52, and Mira Solberg, 29, run the stall together.\n“We sell out by noon,” the younger woman said.', ['Mira Solberg']],
  ['three men with ages: nobody', 'Tomas Korvane, 71, Jonas Reeve, 34, and Erik Brekke, 50, fish from the same pier.\n“The cod have gone north,” the older man said.', [null]],
]);

probes('a quote with a frame of its own after a verb of perceiving keeps that frame (spkfix2)', [
  ['"X heard Y laughing: “…,” X said" is X', 'Ana Vekla heard Tomas Korvane laughing: “He thought it was a prank,” Vekla said.', ['Ana Vekla']],
  ['"X saw Y running: “…,” she told police" is X', 'Ana Vekla saw Tomas Korvane running: “He dropped a bag by the gate,” she told police.', ['Ana Vekla']],
  ['"X recalled Y reading: “…,” X said" is X', 'Ana Vekla recalled Tomas Korvane reading: “He always skipped the last page,” Vekla said.', ['Ana Vekla']],
  ['"X watched her house burning: “…,” she told reporters" is X', 'Ana Vekla watched her barn burning: “Everything we owned was in there,” she told reporters.', ['Ana Vekla']],
  ['"X saw a man running: “…,” she said" is X', 'Ana Vekla saw a man running: “He was holding a crowbar,” she said.', ['Ana Vekla']],
  ['no frame of its own: still the one heard', 'Ana Vekla heard Tomas Korvane shouting: “Get out of the water!”', ['Tomas Korvane']],
]);

probes('only a verb of speaking or crying out makes words perceived the object\u2019s (spkfix2)', [
  ['"X recalls Y arriving, “…”, at her door" is X\u2019s account (recalls reports)', 'Ana Vekla recalls Tomas Korvane arriving, “drenched and trembling”, at her door.', ['Ana Vekla']],
  ['"X remembers Y smiling, “…”, when …" is the subject\u2019s, not the one seen', 'Ana Vekla remembers Tomas Korvane smiling, “like a boy on his birthday”, when the boat came in.', ['Ana Vekla']],
  ['"saw Y leaving, “…”, shortly …" is not the one seen', 'Ana Vekla saw Tomas Korvane leaving, “in a real rush”, shortly before midnight.', [null]],
  ['"heard Y calling: “…”" is Y', 'Ana Vekla heard Tomas Korvane calling: “Over here, quickly!”', ['Tomas Korvane']],
  ['"remembers Y whispering, “…”" ending the sentence is Y', 'Ana Vekla remembers Tomas Korvane whispering, “Do not tell anyone.”', ['Tomas Korvane']],
]);

probes('"the founder" is not the founder\u2019s relative, nor the founder of another firm (spkfix2)', [
  ['"the founder\u2019s granddaughter said" is not the founder', 'Tarn Valley Rafts was founded in 2008 by Kasimir Drolle.\n“Every guide we train stays,” the founder\u2019s granddaughter said.', [null]],
  ['"the coach\u2019s wife said" is not the coach', 'Tomas Korvane coaches the side.\n“We were unlucky,” the coach\u2019s wife said.', [null]],
  ['"said the founder of <another firm>" is not the founder the story named', 'Tarn Valley Rafts was founded in 2008 by Kasimir Drolle.\n“Every guide we train stays,” said the founder of Orsa Kayaks.', [null]],
  ['"said the founder of <the firm founded>" is the founder', 'Tarn Valley Rafts was founded in 2008 by Kasimir Drolle.\n“Every guide we train stays,” said the founder of Tarn Valley Rafts.', ['Kasimir Drolle']],
  ['"the founder of the company said" is the founder', 'Kasimir Drolle founded Tarn Valley Rafts in 2008.\n“Every guide we train stays,” the founder of the company said.', ['Kasimir Drolle']],
]);

probes('an adverb between commas of its own before the cue (spkfix2)', [
  ['"X, like her mother before her, once, said:"', 'Ana Vekla, like her mother before her, once, said: “The river gives and the river takes.”', ['Ana Vekla']],
  ['"X, like her mother before her, said:" still', 'Ana Vekla, like her mother before her, said: “The river gives and the river takes.”', ['Ana Vekla']],
]);

probes('a question put to someone, and two people heard (spkfix2)', [
  ['"X asked the engineer: “…?” Y said …" is X', 'Ana Vekla asked the engineer: “Why was the bridge closed?” Tomas Korvane said it was unsafe.', ['Ana Vekla']],
  ['"Reporters asked X: “…?” He said no." is nobody', 'Reporters asked Tomas Korvane: “Will you resign?” He said no.', [null]],
  ['"X asked: “…?” Y said …" still X', 'Ana Vekla asked: “Why was the bridge closed?” Tomas Korvane said it was unsafe.', ['Ana Vekla']],
  ['"X heard Y and his wife arguing: “…”" is nobody', 'Ana Vekla heard Tomas Korvane and his wife arguing: “You never listen!”', [null]],
  ['"X heard the blast and ran shouting: “…”" is still X', 'Ana Vekla heard the blast and ran shouting: “Get out!”', ['Ana Vekla']],
]);

probes('"the letter said" after a body cited the letter (spkfix2)', [
  ['"X reported …, citing a letter to staff. “…,” the letter said" is not X', 'Vekla News reported on Monday that the plant would close, citing a letter to staff. “The site is no longer viable,” the letter said.', [null]],
  ['"X wrote to staff. “…,” the letter said" is still X', 'Tolvik Mills wrote to staff on Monday. “The site is no longer viable,” the letter said.', ['Tolvik Mills']],
]);

probes('a document from a person\u2019s role is the one person named with that role (spkfix3)', [
  ['"A letter from the minister … reads:" with no minister named is nobody', 'Ana Vekla met the dock unions on Monday. Tomas Korvane walked out of the talks. A letter from the minister, seen by this paper, reads: “The port will stay open all winter.”', [null]],
  ['"A letter from the minister … reads:" with two ministers named is nobody', 'Finance Minister Ana Vekla met Transport Minister Tomas Korvane on Monday. A letter from the minister, seen by this paper, reads: “The port will stay open all winter.”', [null]],
  ['"A letter from the minister … reads:" is the one minister named', 'Finance Minister Ana Vekla met the dock unions on Monday. Tomas Korvane walked out of the talks. A letter from the minister, seen by this paper, reads: “The port will stay open all winter.”', ['Ana Vekla']],
  ['"A memo from the minister reads:" after "X, the finance minister," is X', 'Ana Vekla, the finance minister, met the dock unions. Tomas Korvane walked out. A memo from the minister reads: “The port will stay open all winter.”', ['Ana Vekla']],
]);

describe('a short quote a named pair said is a quote, not a term (spkfix3)', () => {
  it('"“…,” X and Y said." is speech', () => {
    const doc = segment('Tomas Korvane met Ana Vekla at the ferry office. “It went very well,” Korvane and Vekla said.');
    expect(extractQuotes(doc, extractEntities(doc)).map((q) => q.kind)).toEqual(['speech']);
  });
});

probes('a short quote a named pair said is speech with no speaker (spkfix3)', [
  ['"“…,” X and Y said." is speech, nobody', 'Tomas Korvane met Ana Vekla at the ferry office. “It went very well,” Korvane and Vekla said.', [null]],
  ['"“…,” X and Y told reporters." is speech, nobody', '“It went very well,” Tomas Korvane and Ana Vekla told reporters.', [null]],
  ['"“…,” X said." is still X', '“It went very well,” Tomas Korvane said.', ['Tomas Korvane']],
]);

probes('a cry after the one seen doing something is the seen one\u2019s, or nobody\u2019s (spkfix3)', [
  ['"X watched her son running towards …, calling: “…”" is not X', 'Ana Vekla watched her son running towards the ferry, calling: “Mama, hold the boat!”', [null]],
  ['"X watched Y running towards …, shouting: “…”" is Y', 'Ana Vekla watched Tomas Korvane running towards the ferry, shouting: “Hold the boat!”', ['Tomas Korvane']],
  ['"X saw Y running, shouting: “…”" is Y', 'Ana Vekla saw Tomas Korvane running, shouting: “Hold the boat!”', ['Tomas Korvane']],
  ['"X watched the crew loading …, saying: “…”" is still X (no cry)', 'Ana Vekla watched the crew loading the ferry, saying: “They work fast.”', ['Ana Vekla']],
]);

probes('a name inside a chain of who-clauses is no subject (spkfix3)', [
  ['"X, who played for <body>, and whom …, said:" is X', 'Tomas Korvane, who rowed for Tolvik Harbour Club, and whom no one has ever accused of cheating, said: “I never sold a race.”', ['Tomas Korvane']],
  ['"X, who …, and who …, told reporters:" is X', 'Tomas Korvane, who rowed for Tolvik Harbour Club, and who later coached Orsa Rowing, told reporters: “I never sold a race.”', ['Tomas Korvane']],
  ['"X, who played for <body>, said:" still X', 'Tomas Korvane, who rowed for Tolvik Harbour Club, said: “I never sold a race.”', ['Tomas Korvane']],
]);

describe('a short quote closed by a comma before a reporting verb is speech, not a term (spk26)', () => {
  const kinds = (text: string) => {
    const doc = segment(text);
    return extractQuotes(doc, extractEntities(doc)).map((q) => q.kind);
  };
  it('"“…,” X and her husband said." is speech', () => expect(kinds('“Never again,” Mira Orsvek and her husband said.')).toEqual(['speech']));
  it('"“…,” X and his son said." is speech', () => expect(kinds('Tomas Korvane bought the farm in 2019. “We will rebuild,” Korvane and his son said.')).toEqual(['speech']));
  it('"“…,” a woman who saw it said." is speech', () => expect(kinds('Tomas Korvane was arrested on Monday. “He did not resist,” a woman who saw the arrest said.')).toEqual(['speech']));
  it('"“…”, which lets …" stays a term (a clause of its own, no reporting verb)', () => expect(kinds('The new phone has “voice control”, which lets owners dial by speaking.')).toEqual(['term']));
});

probes('a name joined by "and" to a person it only describes speaks with that person: nobody (spk26)', [
  ['"said X and her husband" is nobody', 'Mira Orsvek bought the farm in 2019. “We had no idea it would flood,” said Orsvek and her husband.', [null]],
  ['"“…,” X said." is still X', 'Mira Orsvek bought the farm in 2019. “We had no idea it would flood,” Orsvek said.', ['Mira Orsvek']],
  ['"said X, whose husband …" is still X', '“Never again,” said Mira Orsvek, whose husband farms the next field.', ['Mira Orsvek']],
]);

probes('a noun whose preposition has the name as its complement is not that person (spk26)', [
  ['"said a close friend of X" is nobody', 'Tomas Korvane did not attend the hearing. “He is unwell,” said a close friend of Tomas Korvane.', [null]],
  ['"A close friend of X said:" is nobody', 'Tomas Korvane did not attend the hearing. A close friend of Tomas Korvane said: “He is unwell.”', [null]],
  ['"said a lawyer representing X" is nobody', 'Tomas Korvane did not attend the hearing. “He is unwell,” said a lawyer representing Korvane.', [null]],
  ['"the family of X said" is nobody', 'Tomas Korvane did not attend the hearing. “He is unwell,” the family of Tomas Korvane said.', [null]],
  ['"said X, a friend of the mayor" is still X', '“He is unwell,” said Tomas Korvane, a friend of the mayor.', ['Tomas Korvane']],
  // (probe19: a lower-case title before the name keeps it the complement; a noun of no person there does not)
  ['"the son of former president X said" is nobody', '“He kept every letter,” the son of former president Ivar Vardosk said.', [null]],
  ['"a friend of the late singer X said" is nobody', '“She sang until the end,” a friend of the late singer Mirela Tolvekin said.', [null]],
  ['"the minister for health X said" is still X', '“The clinics stay open,” the minister for health Mirela Tolvekin said.', ['Mirela Tolvekin']],
]);

probes('"he" after a quotation given to a person the story does not name is that person (spk26)', [
  ['"“…,” an officer said. “…,” he said" is nobody', 'Tomas Korvane was arrested on Monday. “He did not resist,” an officer said. “He will appear in court on Friday,” he said.', [null, null]],
  ['"“…,” said one officer. “…,” he added" is nobody', 'Tomas Korvane was arrested on Monday. “He did not resist,” said one officer. “He will appear in court on Friday,” he added.', [null, null]],
  ['a woman quoted does not stop "he" reaching the man named', 'Tomas Korvane was arrested on Monday. “He did not resist,” a woman who saw the arrest said. “I will fight the charge,” he said.', [null, 'Tomas Korvane']],
  ['a body quoted does not stop "he" reaching the man named', 'Tomas Korvane runs the ferry. “Fares will rise,” the ministry said. “I cannot pay that,” he said.', [null, 'Tomas Korvane']],
]);

probes('a described subject with an age or a description in apposition is who "he" is (spk26)', [
  ['"X’s son, 24, now runs it. “…,” he said" is the son, unnamed', 'The bakery on Orsa Street is 90 years old. Tomas Korvane’s son, 24, now runs the shop. “We still use his recipes,” he said.', [null]],
  ['"His grandson, a former banker, runs it. “…,” he said" is the grandson, unnamed', 'Tomas Korvane founded the shop in 1950. His grandson, a former banker, runs it today. “We still use his recipes,” he said.', [null]],
  ['"X’s daughter, 24, … “…,” he said" is still X', 'The bakery on Orsa Street is 90 years old. Tomas Korvane’s daughter, 24, now runs the shop. “We still use his recipes,” he said.', ['Tomas Korvane']],
  ['"X, 84, still runs it. “…,” he said" is still X', 'The bakery on Orsa Street is 90 years old. Tomas Korvane, 84, still runs the shop. “We still use my recipes,” he said.', ['Tomas Korvane']],
]);

probes('"he"/"she" after a sentence that reports an unnamed person\u2019s words is that person: nobody (spk26)', [
  ['"…, a ministry official said. “…,” he said" is nobody', 'Prime Minister Tomas Korvane said the bill would pass in January.\nFishermen whose boats were damaged will receive 900 crowns each, a fisheries ministry official said. “The first payments should arrive before Easter,” he said.', [null]],
  ['"…, said a ministry official. “…,” he said" is nobody', 'Tomas Korvane said the bill would pass. The payments will start in March, said a ministry official. “The first payments should arrive before Easter,” he said.', [null]],
  ['"…, a spokeswoman said. “…,” he said" is still the man named', 'Tomas Korvane said the bill would pass. The payments will start in March, a ministry spokeswoman said. “I will vote for it,” he said.', ['Tomas Korvane']],
  ['"…, Ana Vekla, a ministry official, said" is no unnamed person', 'Tomas Korvane said the bill would pass. The payments will start in March, said Ana Vekla, a ministry official. “The first payments should arrive before Easter,” she said.', ['Ana Vekla']],
]);

probes('"who did not want to be named" marks an unnamed source (spk26)', [
  ['"A buyer …, who did not want to be named, said …. “…,” she said" is nobody', 'Ana Vekla runs the dairy with her son.\nA buyer for a Tolvik delicatessen, who did not want to be named, said the oldest cheeses now sold for 38 euros a kilo. “We could sell twice what they make,” she said.', [null]],
  ['"A buyer … said …. “…,” she said" with the buyer named is her', 'Ana Vekla runs the dairy with her son.\nA buyer for a Tolvik delicatessen, Mira Orsvek, said the oldest cheeses now sold for 38 euros a kilo. “We could sell twice what they make,” she said.', ['Mira Orsvek']],
]);

probes('a noun that gives an age range is the one person the story gave an age in it (stop 27)', [
  ['"X’s apprentice, Y, 19, … “…,” the teenager said" is Y', 'Tomas Orvik builds boats in Orsa.\nOrvik’s apprentice, Aron Vekson, 19, arrived from Tolby last spring to train under him. “Tomas is a hard master,” the teenager said.', ['Aron Vekson']],
  // (a guard: two people of that age leave the quote to neither)
  ['"X, 17, and Y, 18, … “…,” the teenager said" is neither', 'Lina Vekla, 17, and Mira Tolby, 18, won the pairs title. “We trained every day,” the teenager said.', [null]],
  ['"X, 84, … Her grandson … “…,” the octogenarian said" is X', 'Ana Vekla, 84, has sold eggs at the Orsa market since 1960. Her grandson, Tomas, helps on Saturdays. “I will stop when I die,” the octogenarian said.', ['Ana Vekla']],
]);

probes('a kinship noun\u2019s "of" is the relative, whatever words describe the name (spk27)', [
  ['"said the mother of murdered student X" is nobody', 'Police named the victim as Ilka Sorvendt, 19. “She was the light of our house,” said the mother of murdered student Ilka Sorvendt.', [null]],
  ['"said the widow of the late fisherman X" is nobody', 'Boats stayed in harbour on Sunday. “He loved that boat more than me,” said the widow of the late fisherman Brannoc Tavish.', [null]],
  ['"said the minister for health X" is still X', 'Wards reopened on Monday. “The clinics stay open,” said the minister for health Mirela Tolvekin.', ['Mirela Tolvekin']],
]);

probes('"he"/"she" after two people who are each the subject of a clause of the sentence: nobody (spk27)', [
  ['"X wants …; Y would rather …. “…,” she said" is nobody', 'Dorotea Valmaris Quint runs the bakery. Her sister, Fenna Valmaris, keeps the accounts.\nThe sisters rarely agree. Dorotea wants a second oven; Fenna would rather supply a hotel group. “We will argue about it at Easter,” she said.', [null]],
  ['an unknown name and a known woman in parallel clauses: nobody', 'Orlaith Vekmoor and Maria Tolvanen run the mill. Vekmoor wants a new roof, while Tolvanen wants a second press. “We will vote on it,” she said.', [null]],
  ['"X met Y. “…,” she said" keeps the subject', 'Dorotea Valmaris met Fenna Tolvanen at the market on Tuesday. “It was a long day,” she said.', ['Dorotea Valmaris']],
]);

probes('"he"/"she" after one who reports and another who answers in a clause of its own: nobody (probe27b)', [
  ['"X says …; Y thinks otherwise. “…,” she said" is nobody', 'Halvard Quint sold the bakery in June. Brigitta Solmark says the ovens are worn out; Ottilie Vanterpool thinks otherwise. “They will last another ten years,” she said.', [null]],
  ['"X said …, but Y disagrees. “…,” he said" is nobody', 'The harbour board met on Monday. Anselm Krevik said the pier was unsafe, but Jorund Talvassen disagrees. “I have walked on it every day for years,” he said.', [null]],
  ['"X said …, and Y would lose …": the second is inside what X reported, X', 'Brigitta Solmark said the mill would shut, and Ottilie Vanterpool would lose her job. “It is over for this town,” she said.', ['Brigitta Solmark']],
  ['"X wants …, but Y disagreed": the one who reports, Y', 'Brigitta Solmark wants a new oven, but Ottilie Vanterpool disagreed. “The old one works fine,” she said.', ['Ottilie Vanterpool']],
]);

probes('an age-range noun when the story also gives an unnamed person an age in the range: nobody (probe27b)', [
  ['"X, 19, … by a 16-year-old boy. “…,” the teenager said" is nobody', 'Kelvin Marrowby, 19, was dragged from the canal by a 16-year-old boy on Friday. “I did not think, I just went in,” the teenager said.', [null]],
  ['"X, 19, … A girl, 15, … “…,” the teenager said" is nobody', 'Kelvin Marrowby, 19, broke his leg on the towpath. A girl, 15, ran to fetch a nurse. “I have never run so fast,” the teenager said.', [null]],
  ['"X, 84, … An 87-year-old neighbour … “…,” the octogenarian said" is nobody', 'Edwin Tallacre, 84, slipped on the frozen path. An 87-year-old neighbour helped him up. “This street has never been gritted,” the octogenarian said.', [null]],
  ['"X, 19, a teenage apprentice, … the teenager" is still X: the phrase in apposition is his', 'Kelvin Marrowby, 19, a teenage apprentice at the boatyard, started in May. “I sand hulls all day,” the teenager said.', ['Kelvin Marrowby']],
  ['"X, 19, … a 45-year-old driver … the teenager" is still X: that age is out of the range', 'Kelvin Marrowby, 19, was hit by a 45-year-old driver on the bridge. “I never saw the van,” the teenager said.', ['Kelvin Marrowby']],
]);

probes('a description of no gender after an unnamed person who acts in a sentence of its own: nobody (spk27)', [
  ['"A woman … watched the water rise. “…,” the 49-year-old said" is nobody', 'Ivo Brandvik runs the farm. A woman, who lives across the road, watched the water rise. “I have never seen water like it,” the 49-year-old said.', [null]],
  ['"A farmer from the next valley lost two cows. “…,” the 61-year-old said" is nobody', 'Ivo Brandvik runs the farm. A farmer from the next valley lost two cows. “I have never seen water like it,” the 61-year-old said.', [null]],
  ['one who acts on "his" things acts on the man named: still him', 'Ivo Brandvik runs the farm. A photographer took his picture on Sunday. “I have never seen water like it,” the 61-year-old said.', ['Ivo Brandvik']],
]);

probes('a surname used with a man\u2019s and a woman\u2019s title is two people\u2019s: the bare surname is nobody (spk27)', [
  ['"Mr X and Mrs X run the shop. “…,” X said" is nobody', 'Mr Varnholt and Mrs Varnholt run the shop on Kelby Street. “We have never closed on a Sunday,” Varnholt said.', [null]],
  ['"Mr X runs …; Mrs X keeps …. “…,” X said" is nobody', 'Mr Varnholt runs the shop. Mrs Varnholt keeps the books. “We have never closed on a Sunday,” Varnholt said.', [null]],
  ['a man\u2019s full name and "Mrs X": the bare surname is nobody', 'Peter Varnholt runs the shop. Mrs Varnholt keeps the books. “We have never closed on a Sunday,” Varnholt said.', [null]],
  ['"Mrs X said" is still Mrs X', 'Mr Varnholt runs the shop. Mrs Varnholt keeps the books. “We have never closed on a Sunday,” Mrs Varnholt said.', ['Varnholt']],
]);

probes('a noun WordNet gives as a person\u2019s ("nurse", "resident", "pensioner") makes an unnamed person: "he"/"she" after one is nobody (spk28)', [
  ['"A retired nurse who lives next door helps …. “…,” she said" is nobody', 'Ana Vekla runs the only clinic in Tolvane. A retired nurse who lives next door helps on Saturdays. “We do what we can,” she said.', [null]],
  ['"One resident, who …, was there at dawn. “…,” she said" is nobody', 'Mayor Ana Vekla opened the bridge on Monday. One resident, who has crossed the river by ferry for 30 years, was there at dawn. “I never thought I would see it,” she said.', [null]],
  ['"…, a pensioner in the queue said. “…,” he said" is nobody', 'Tomas Korvane owns the bakery on Kell Street. Bread now costs twice as much, a pensioner in the queue said. “It used to cost half,” he said.', [null]],
  ['British spelling: "A neighbour watched …. “…,” he said" is nobody', 'Tomas Korvane runs the port. A neighbour watched the ships. “We lost a week,” he said.', [null]],
  // (guards: a person who is only there, one who acts on the named person, and a noun that is no person's)
  ['"A nurse was there." leaves "she" to the named woman', 'Ana Vekla runs the clinic. A nurse was there. “We sleep in shifts,” she said.', ['Ana Vekla']],
  ['"A widow … brought her flowers." leaves "she" to the named woman', 'Ana Vekla runs the clinic. A widow from the village brought her flowers. “I love tulips,” she said.', ['Ana Vekla']],
  ['"A private company bought …" is no person: still the named man', 'Tomas Korvane runs the port. A private company bought the cranes. “We lost a week,” he said.', ['Tomas Korvane']],
]);

probes('a role word that qualifies the noun after it ("a major storm", "a general strike") is no unnamed person: "he"/"she" is still the named one', [
  ['"A major storm closed it …. “…,” he said" is the named man', 'Tomas Korvane has fished from Vekby harbour for forty years. A major storm closed it in January. “We lost three boats that night,” he said.', ['Tomas Korvane']],
  ['"A general strike shut the port. “…,” she said" is the named woman', 'Ana Vekla runs the ferry company. A general strike shut the port for a week. “We lost every booking,” she said.', ['Ana Vekla']],
  // (guard: a role word before a person noun still opens an unnamed person)
  ['"A general practitioner who lives nearby helps …. “…,” she said" is nobody', 'Ana Vekla runs the only clinic in Tolvane. A general practitioner who lives nearby helps on Saturdays. “We do what we can,” she said.', [null]],
]);

probes('a possessive subject with a WordNet person noun ("Her neighbour, a retired nurse,") is who "he"/"she" is: nobody (spk28)', [
  ['"Her neighbour, a retired nurse, helps …. “…,” she said" is nobody', 'Ana Vekla runs the only clinic in Tolvane. Her neighbour, a retired nurse, helps on Saturdays. “We do what we can with what we have,” she said.', [null]],
  ['"His rescuer, a retired fisherman, was walking … “…,” he said" is nobody', 'Tomas Korvane was pulled from the canal on Sunday. His rescuer, a retired fisherman, was walking his dog. “I just jumped in,” he said.', [null]],
  // (guards: the neighbour named is who she is; a thing owned is no person)
  ['"Her neighbour, Mira Tolby, helps …" is Mira Tolby', 'Ana Vekla runs the only clinic in Tolvane. Her neighbour, Mira Tolby, helps on Saturdays. “We do what we can with what we have,” she said.', ['Mira Tolby']],
  ['"His dinghy, a battered old skiff, sank" leaves "he" to the named man', 'Tomas Korvane was pulled from the canal on Sunday. His dinghy, a battered old skiff, sank in minutes. “I just jumped in,” he said.', ['Tomas Korvane']],
]);

probes('an unnamed person after a short opening phrase ("Two doors down, a widow …") is who "she" is: nobody (spk28)', [
  ['"Two doors down, an elderly widow watched …. “…,” she said" is nobody', 'Ana Vekla lost her home in the flood. Two doors down, an elderly widow watched the water rise. “I have nothing left,” she said.', [null]],
  ['"Next door, a widow of 80 sat on her step. “…,” she said" is nobody', 'Ana Vekla lost her home in the flood. Next door, a widow of 80 sat on her step. “I have nothing left,” she said.', [null]],
  // (guards: one who acts on her, or is not there, leaves "she" to the named woman)
  ['"On Sunday, a photographer took her picture." is still the named woman', 'Ana Vekla lost her home in the flood. On Sunday, a photographer took her picture. “I have nothing left,” she said.', ['Ana Vekla']],
  ['"Next door, a nurse was not at home." is still the named woman', 'Ana Vekla lost her home in the flood. Next door, a nurse was not at home. “I have nothing left,” she said.', ['Ana Vekla']],
]);

probes('a definite subject with a WordNet person noun that is nobody\u2019s role in the story brings in someone new: "he"/"she" is nobody (spk28)', [
  ['"The pensioner shook his head. “…,” he said" is nobody', 'Tomas Korvane owns the bakery on Kell Street. The pensioner shook his head. “It used to cost half,” he said.', [null]],
  ['"The nurse sighed. “…,” she said" is nobody', 'Ana Vekla runs the clinic. The nurse sighed. “We sleep in shifts,” she said.', [null]],
  // (guard: the role the story gave the named man is still his)
  ['"X, a pensioner, … The pensioner shook his head" is X', 'Tomas Korvane, a pensioner, queues at the bakery every day. The pensioner shook his head. “It used to cost half,” he said.', ['Tomas Korvane']],
]);

probes('a role noun after a person named as the object of a verb is someone else: nobody (spk28)', [
  ['"Police arrested X. “…,” the officer said" is nobody', 'Police arrested Tomas Korvane on Friday. “He will be charged on Monday,” the officer said.', [null]],
  ['"Rovers sacked X. “…,” the chairman said" is nobody', 'Tolvane Rovers sacked Tomas Korvane on Friday. “We wish him well,” the chairman said.', [null]],
  // (guards: a role before the name that the tagger may take for a verb, and a role the story gave)
  ['"Rovers boss X was in no mood to talk. “…,” the former defender said" is X', 'Rovers boss Tomas Korvane was in no mood to talk. “We were soft,” the former defender said.', ['Tomas Korvane']],
  ['"X, the mayor, opened … “…,” the mayor said" is X', 'Tomas Korvane, the mayor, opened the bridge on Monday. “It took ten years,” the mayor said.', ['Tomas Korvane']],
]);

probes('a possessive after a name in apposition tells that name\u2019s gender ("A neighbour, X, brought his tractor") (probe28)', [
  ['"A neighbour, X, brought his tractor. “…,” she said" is the woman named before', 'Ana Vekla organised the clean-up on Sunday. A neighbour, Marek Tolby, brought his tractor. “We filled forty bags,” she said.', ['Ana Vekla']],
  ['"X, 54, brought his tractor. “…,” she said" is the woman named before', 'Ana Vekla organised the clean-up on Sunday. Marek Tolby, 54, brought his tractor. “We filled forty bags,” she said.', ['Ana Vekla']],
  ['"X, a farmer, brought his tractor. “…,” she said" is the woman named before', 'Ana Vekla organised the clean-up on Sunday. Marek Tolby, a farmer, brought his tractor. “We filled forty bags,” she said.', ['Ana Vekla']],
  ['"A neighbour, Y, brought her tractor. “…,” he said" is the man named before, no list knowing either name', 'Kofi Korvane organised the clean-up on Sunday. A neighbour, Esi Tolby, brought her tractor. “We filled forty bags,” he said.', ['Kofi Korvane']],
  // (guards: "he" is still the man in apposition; an object "her" before a quotation mark tells nothing)
  ['"A neighbour, X, brought his tractor. “…,” he said" is X', 'Ana Vekla organised the clean-up on Sunday. A neighbour, Marek Tolby, brought his tractor. “We filled forty bags,” he said.', ['Marek Tolby']],
  ['"X, who …, called her “…”. “…,” he said" is X', 'Ana Vekla led the choir for forty years. Dariusz Tolby, who followed her as conductor, called her “fierce about tempo”. “She heard every wrong note,” he said.', ['Dariusz Tolby', 'Dariusz Tolby']],
]);

probes('two people joined by "and" are still a pair when the first one\u2019s description names a place ("X, a nurse based in Osaka, and Y") (probe28)', [
  ['"X, a nurse based in Osaka, and Y, a paramedic, were honoured. “…,” he said" is nobody', 'Aiko Tolby, a nurse based in Osaka, and Kenji Vekla, a paramedic, were honoured on Friday. “We only did our jobs,” he said.', [null]],
  ['"X of Osaka and Y were honoured. “…,” he said" is nobody', 'Aiko Tolby of Osaka and Kenji Vekla were honoured on Friday. “We only did our jobs,” he said.', [null]],
  // (guard: a woman and a man the name lists know: "he" is the man)
  ['"Ana X, a nurse based in Osaka, and Peter Y, …. “…,” he said" is Peter Y', 'Ana Tolby, a nurse based in Osaka, and Peter Vekla, a paramedic, were honoured on Friday. “We only did our jobs,” he said.', ['Peter Vekla']],
]);

// General constructions of attribution (stop 30): each rule's rows fail without it; the must-stay rows
// are the cases the rule must not fire on.
probes('a name inside a relative clause between commas is never the subject', [
  ['"whose" clause naming a man, before the cue', 'Edda Marvik, whose coach Pello Arrant retired in May, said: “I miss our early mornings.”', ['Edda Marvik']],
  ['"whose" clause after a body', 'The dockers’ union, whose leader Pello Arrant was arrested on Friday, said: “We will strike on Monday.”', [null]],
  ['"whose" clause, quoted fragment', 'Edda Marvik, whose brother Pello Arrant runs the rival mill, said the offer was “far too low”.', ['Edda Marvik']],
  // must stay: a name in apposition between commas is the subject; a "who" clause is skipped as before
  ['must stay: appositive name after a role', 'The head of the dockers’ union, Pello Arrant, said: “We will strike on Monday.”', ['Pello Arrant']],
  ['must stay: "who" clause naming another person', 'Edda Marvik, who beat Pello Arrant in the final, said: “It was very close.”', ['Edda Marvik']],
]);

probes('a plural of a person noun before "of"/"for" + a name is a group, not the person named', [
  ['bare plural opening the sentence', 'Pello Arrant lost the seat in May. Friends of Pello Arrant said the count had been “rushed and careless”.', [null]],
  ['bare plural after the quote', '“She never stole a penny,” relatives of Edda Marvik told reporters.', [null]],
  ['bare plural after "said"', '“The ruling is a travesty,” said supporters of Tomas Vedrik.', [null]],
  ['critics of a named person', 'Critics of Edda Marvik called the plan “reckless and rushed”.', [null]],
  // must stay: the singular with an article was read before; a clause after the preposition is no complement
  ['must stay: a clause after "for", the name its subject', 'The update is free to members for what Edda Marvik described as “a modest fee”.', ['Edda Marvik']],
]);

probes('a role noun no one carries, after a sentence that names two people, names neither', [
  ['"the minister said" after two men', 'Pello Arrant met Tomas Vedrik in Orvik on Monday. “We found no common ground,” the minister said.', [null]],
  ['"said the official" after a man and a woman', 'Edda Marvik met Tomas Vedrik after the vote. “The count was fair,” said the official.', [null]],
  // must stay: one person named; the role given to one of the two; the reporting subject goes on speaking
  ['must stay: one person named', 'Pello Arrant spoke in Orvik on Monday. “We found no common ground,” the minister said.', ['Pello Arrant']],
  ['must stay: the role carried by one of them', 'Pello Arrant, an economist, met Tomas Vedrik. “Prices will fall,” the economist said.', ['Pello Arrant']],
  ['must stay: the subject of the reporting verb', 'Pello Arrant, whose daughter Mira studies there, said the school had changed her. “She reads every night now,” the father said.', ['Pello Arrant']],
]);

probes('a quotation with no cue that names a thing is nobody\u2019s speech', [
  ['a song title in title case, pronoun first', 'Edda Marvik sang “We Shall Meet in Orvik Again” at the rally on Sunday.', [null]],
  ['a slogan in apposition to its noun', 'Tomas Vedrik’s campaign slogan, “A warm home for every family in Orvik”, was painted on every wall.', [null]],
  // must stay: longer words quoted with no cue after a person stay theirs; a headline's quote is left to its frame
  ['must stay: words quoted with no cue, sentence case', 'Tomas Vedrik wants the harbour to become “a place where young families choose to live”.', ['Tomas Vedrik']],
  ['must stay: a person noun before the commas', 'Tomas Vedrik’s lawyer, Edda Marvik, said the charge was “a gross overreach by the state”.', ['Edda Marvik']],
]);

probes('an unnamed person "at"/"with" a body, by any noun WordNet gives as a person\u2019s, is nobody named', [
  ['a broker at a firm, before the cue', 'Orvik shares fell on Tuesday. “Nobody buys before the rate decision,” a broker at Tolvane Securities said.', [null]],
  ['a dealer with a firm, after "said"', 'The krona slipped again. “Exporters are selling into every rally,” said a dealer with Marvik Capital in Orvik.', [null]],
  ['a clerk at a body, colon', 'A clerk at the Vedrik Land Registry said: “The files were moved in March.”', [null]],
  // must stay: a name in apposition after the role; the body itself speaking
  ['must stay: the broker named after the commas', 'A broker at Tolvane Securities, Pello Arrant, said: “Nobody buys before the rate decision.”', ['Pello Arrant']],
  ['must stay: the firm itself', '“Nobody buys before the rate decision,” Tolvane Securities said in a note.', ['Tolvane Securities']],
]);

probes('a person noun owned by a body ("the club\u2019s treasurer") is an unnamed person, not the body', [
  ['"according to the club\u2019s treasurer"', 'The Orvik Rowing Club lent 40 boats this year. According to the club’s treasurer, who signs every cheque, “we have never been richer”.', [null]],
  ['"the cooperative\u2019s bookkeeper said"', 'The Vedrik Growers Cooperative sold 300 tonnes. “Prices were the highest for ten years,” the cooperative’s bookkeeper said.', [null]],
  // must stay: the body itself
  ['must stay: the club itself', 'The Orvik Rowing Club lent 40 boats this year. “We have never been richer,” the club said.', ['Orvik Rowing Club']],
]);

probes('a role with its complement that opens the sentence, the name in apposition after it, is that person\u2019s role', [
  ['"An agronomist from X, Name, warned … the agronomist said"', 'An agronomist from the Orvik Seed Institute, Pello Arrant, warned that blight was spreading. “Half the valley will be bare by June,” the agronomist said.', ['Pello Arrant']],
  ['"A geologist at X, Name, said … the geologist said"', 'A geologist at the Vedrik Survey, Edda Marvik, said the slope had moved 40 centimetres. “It is still moving,” the geologist said.', ['Edda Marvik']],
  // must stay: the role given after the name, as before
  ['must stay: the role after the name', 'Pello Arrant, an agronomist from the Orvik Seed Institute, warned that blight was spreading. “Half the valley will be bare by June,” the agronomist said.', ['Pello Arrant']],
]);

probes('a name in apposition after a person noun in a complement names that noun, not the unnamed speaker (spk32)', [
  ['"A spokesman for the family of the drowned swimmer, Name, said … the spokesman said"', 'A spokesman for the family of the drowned swimmer, Edvin Marsk, said the search had ended. “We thank every diver,” the spokesman said.', [null]],
  ['"A lawyer representing the widow, Name, told … the lawyer said"', 'A lawyer representing the widow, Sanna Oderholm, told the court the will was forged. “She was misled,” the lawyer said.', [null]],
  ['"A spokeswoman for the provincial governor, Name, said … she said"', 'A spokeswoman for the provincial governor, Rikard Venholt, said the ferry would sail at noon. “The wind has dropped,” the spokeswoman said.', [null]],
  // must stay: a body's noun before the commas leaves the name to the role
  ['must stay: "A lawyer for the union, Name, said … the lawyer said"', 'A lawyer for the union, Ilse Varnow, said the walkout could last all week. “We have the votes,” the lawyer said.', ['Ilse Varnow']],
  ['must stay: "A spokesman for the family, Name, said … the spokesman said"', 'A spokesman for the family, Oskar Tellvik, said the funeral would be private. “We ask for calm,” the spokesman said.', ['Oskar Tellvik']],
]);

probes('a plural noun "of" a named person is a group that spoke, not the person (spk32)', [
  ['"said fans of X"', 'The club sold Rasmus Tovik to a rival on Monday. “We were never asked,” said fans of Tovik outside the ground.', [null]],
  ['"Admirers of X said"', 'Admirers of Greta Holmvik said: “Her paintings belong in the town hall.”', [null]],
  // must stay: the fan named
  ['must stay: "said X, a fan of the club"', '“We were never asked,” said Rasmus Tovik, a fan of the club.', ['Rasmus Tovik']],
]);

probes('an Iban or Malay name joined by "anak" (child of) is one person (spk32)', [
  ['"X anak Y" then "she said"', 'Her neighbour, Sumang anak Tolvik, has planted half her plot with rubber. “Rubber at least pays the fees,” she said.', ['Sumang anak Tolvik']],
  ['"said X anak Y"', '“The longboat leaves at six,” said Rentap anak Lasavek, the headman.', ['Rentap anak Lasavek']],
]);

probes('a plural noun for a record or a writing "of" a named person gives that person\'s words (probe32)', [
  ['"Diaries of the explorer X record: …"', 'Diaries of the late explorer Hanna Vollmark record: “We ate the last dog on Tuesday.”', ['Hanna Vollmark']],
  ['"Notebooks of the composer X, found last year, say: …"', 'Notebooks of the composer Ansgar Velling, found last year, say: “The second movement is for Clara.”', ['Ansgar Velling']],
  // must stay: a group of people that spoke
  ['must stay: "Admirers of X said: …"', 'Admirers of Torvald Enstrom said: “His bridges will outlast us all.”', [null]],
]);

probes('a group "of" a noun "of" a named person, the name two words long, is the group (probe32)', [
  ['"Members of the family of X said: …"', 'Members of the family of Rasmus Tovik said: “He was never told about the sale.”', [null]],
  ['"Relatives of the friend of X said: …"', 'Relatives of the friend of Ines Varga said: “The ferry left without her.”', [null]],
  // must stay: the name that opens the phrase, a relation of hers after it
  ['must stay: "X, the widow of Y, said: …"', 'Ines Varga, the widow of Rasmus Tovik, said: “We will rebuild the boathouse.”', ['Ines Varga']],
]);

probes('a description after a sentence whose subject is "he"/"she" or an age goes on with that person (spk34)', [
  ['a trade noun only WordNet knows, after "Now he …"', 'Tomas Orrevik sold his trawler in 2019. Now he takes tourists out to the seal colony. “The cod has gone north,” the fisherman said.', ['Tomas Orrevik']],
  ['a person noun after "The 58-year-old now …"', 'Ilse Marrow opened the bakery in 1998. The 58-year-old now bakes 300 loaves a night. “Flour costs twice what it did,” the seamstress said.', ['Ilse Marrow']],
  ['an age after "On a busy day he …"', 'Kofi Ansabre has mended shoes on Tema Road since 1983. Customers call him the shoe doctor. On a good day he repairs 40 pairs. “Leather costs more every year,” the 61-year-old said.', ['Kofi Ansabre']],
  // must yield nothing: a noun in "-man" is no "she"; the noun already had an unnamed person; another age; another role
  ['must yield nothing: "she" then "the fisherman"', 'Lena Orrevik sold her trawler in 2019. Now she takes tourists out to the seal colony. “The cod has gone north,” the fisherman said.', [null]],
  ['must yield nothing: "a fisherman from Holt" before', 'A fisherman from Holt lost his nets in the storm. Tomas Orrevik sold his trawler in 2019. Now he takes tourists out to the seal colony. “The cod has gone north,” the fisherman said.', [null]],
  ['must yield nothing: the person given another age', 'Tomas Orrevik, 40, sold his trawler in 2019. The 58-year-old now takes tourists out to the seal colony. “The cod has gone north,” the fisherman said.', [null]],
  ['must yield nothing: the person described by another role', 'Tomas Orrevik, a teacher, sold his trawler in 2019. Now he takes tourists out to the seal colony. “The cod has gone north,” the fisherman said.', [null]],
  // must stay: a role noun the lists know goes to the person named just before
  ['must stay: "the skipper said"', 'Tomas Orrevik sold his trawler in 2019. Now he takes tourists out to the seal colony. “The cod has gone north,” the skipper said.', ['Tomas Orrevik']],
]);

probes('two nouns of one gender joined by "and" as the subject make "she"/"he" either of them (spk34)', [
  ['"Mother and daughter …" then "she said"', 'Vesna Korlevska makes pearl necklaces with her daughter Ilinka. Mother and daughter disagree about opening a stall in the capital. “We would lose our customers here,” she said.', [null]],
  ['"Father and son …" then "he said"', 'Milos Dravik runs the forge with his son Petar. Father and son work six days a week. “Iron does not wait,” he said.', [null]],
  // must stay: a pair of mixed gender leaves the pronoun one of them
  ['must stay: "Husband and wife …" then "she said"', 'Milos Dravik runs the forge with his wife Ana. Husband and wife work six days a week. “Iron does not wait,” she said.', ['Ana']],
  ['must stay: a pronoun after a sentence with one named subject', 'Milos Dravik runs the forge in Kotor. He works six days a week. “Iron does not wait,” he said.', ['Milos Dravik']],
]);

probes('a named subject after a short opening phrase is the subject a description re-describes (spk34)', [
  ['"On the way back, X cut …" then "the fisherman said"', 'On the way back, Tomas Orrevik stopped the motor beside a dozing seal. “Tourists pay better than cod ever did,” the fisherman said.', ['Tomas Orrevik']],
  // must yield nothing: a person named inside the opening phrase leaves the subject uncertain
  ['must yield nothing: a person named in the opening phrase', 'After lunch with Ana Vekla, Tomas Orrevik stopped the motor beside a dozing seal. “Tourists pay better than cod ever did,” the fisherman said.', [null]],
]);

probes('a description whose noun the story already gave someone it did not name ("He met the inspector … the inspector said") is that one, nobody named', [
  ['a role noun: the object of the sentence before', 'Pavel Dunmore, 54, runs a boat yard in Kessick. He met the inspector on Monday. “The papers are in order,” the inspector said.', [null]],
  ['a role noun with an opening phrase', 'On Monday, Sanna Vell criticised the mayor of Orrin. “She simply ignored us,” the mayor said.', [null]],
  ['a person noun after a past verb', 'Anton Brezel questioned the doctor for an hour. “I followed the rules,” the doctor said.', [null]],
  // must stay: the noun in apposition to the name is that person; a headline's "The striker who …" announces the subject
  ['must stay: "X, the inspector," before', 'The boat yard passed its check. Pavel Dunmore, the inspector, signed the papers on Monday. “Everything is in order,” the inspector said.', ['Pavel Dunmore']],
  ['must stay: a headline two paragraphs up', 'The striker who came home\n\nKESSICK — Ivo Marren scored 70 goals abroad.\n\nHe now runs a football school in Kessick. “Every goal was for this town,” the former striker said.', ['Ivo Marren']],
]);
