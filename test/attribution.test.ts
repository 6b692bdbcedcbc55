// Speaker attribution, one table per rule (src/extract/attribution/). Every sentence is written
// for this test; none comes from an article. `speaker` is the text of the speaker's mention.
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities } from '../src/extract/entities.ts';
import { extractQuotes } from '../src/extract/quotes.ts';

interface Want {
  text: string;
  speaker: string | null;
  kind?: 'speech' | 'term';
  method?: string | null;
  source?: string | null;
}

function attribute(text: string) {
  const doc = segment(text);
  const mentions = extractEntities(doc);
  return extractQuotes(doc, mentions).map((q) => ({
    text: q.text,
    speaker: q.speakerMention === null ? null : mentions[q.speakerMention].text,
    kind: q.kind,
    method: q.attribution?.method ?? null,
    source: q.attribution?.source ? text.slice(q.attribution.source.start, q.attribution.source.end) : null,
  }));
}

function check(text: string, want: Want[]) {
  const got = attribute(text);
  expect(got.map((g) => g.text)).toEqual(want.map((w) => w.text));
  want.forEach((w, i) => {
    const g = got[i];
    expect({ text: g.text, speaker: g.speaker }).toEqual({ text: w.text, speaker: w.speaker });
    if (w.kind) expect(g.kind).toBe(w.kind);
    if (w.method !== undefined) expect(g.method).toBe(w.method);
    if (w.source !== undefined) expect(g.source).toBe(w.source);
  });
}

type Case = [string, string, Want[]];

describe('rule 1: the frame after the quote', () => {
  it.each<Case>([
    ['name, then the cue', '“We will reopen the pier,” Mayor Tessa Quinlan said.', [{ text: 'We will reopen the pier,', speaker: 'Tessa Quinlan', method: 'named', source: 'Mayor Tessa Quinlan' }]],
    ['the cue, then the name', '“The pier is safe,” said Tessa Quinlan, who took office in May.', [{ text: 'The pier is safe,', speaker: 'Tessa Quinlan', method: 'named' }]],
    ['a role inside the frame is the speaker\u2019s, not a team', '“We played scared,” Falcons coach Oren Blake said.', [{ text: 'We played scared,', speaker: 'Oren Blake', source: 'Falcons coach Oren Blake' }]],
    ['a role and a name after a comma', '“Orders are up,” said the chief financial officer of Pellworth Ltd., Mara Sokol.', [{ text: 'Orders are up,', speaker: 'Mara Sokol' }]],
    ['a question mark before the frame', '“Who will pay for it?” Commissioner Ines Varga asked.', [{ text: 'Who will pay for it?', speaker: 'Ines Varga' }]],
    ['an exclamation before an inverted frame', '“Not again!” shouted Ines Varga.', [{ text: 'Not again!', speaker: 'Ines Varga' }]],
    ['a verb outside the list, where the cue stands', '“This is the best day of my life,” Lotte Brenner gushed.', [{ text: 'This is the best day of my life,', speaker: 'Lotte Brenner' }]],
    ['a dash attribution', '“Nobody reads the fine print.” — Gideon Hale', [{ text: 'Nobody reads the fine print.', speaker: 'Gideon Hale', method: 'named' }]],
    ['a dash attribution with no space', '“Build it and they will come.” —Commissioner Ray Olin', [{ text: 'Build it and they will come.', speaker: 'Ray Olin' }]],
    ['a closing "X said" frames the whole sentence', 'The levy would be “a fair share” for the harbour towns, Gideon Hale said.', [{ text: 'a fair share', speaker: 'Gideon Hale' }]],
    ['"as stated on" names who publishes there', 'The ferry is described as “the fastest in the fleet” as stated on the Castor Freight Inc. website.', [{ text: 'the fastest in the fleet', speaker: 'Castor Freight Inc.' }]],
    ['a sentence that is only a name and a cue', '“We will build it.”\nMr. Oren Blake said.', [{ text: 'We will build it.', speaker: 'Oren Blake' }]],
    ['a name and a role with no verb credit the quote', '“Prices will fall in spring,” Dana Ruiz, an analyst at Norvex.', [{ text: 'Prices will fall in spring,', speaker: 'Dana Ruiz' }]],
    ['a quote followed right away by another shares its frame', '“We tried,” “It failed,” said Dana Ruiz.', [{ text: 'We tried,', speaker: 'Dana Ruiz', method: 'continuation' }, { text: 'It failed,', speaker: 'Dana Ruiz' }]],
    ['according to', '“Repairs will take weeks,” according to Harbor Transit Authority.', [{ text: 'Repairs will take weeks,', speaker: 'Harbor Transit Authority' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('rule 2: the frame before the quote', () => {
  it.each<Case>([
    ['a colon after the cue', 'Governor Paula Ostrova said: “The budget is balanced.”', [{ text: 'The budget is balanced.', speaker: 'Paula Ostrova' }]],
    ['"Said X:"', 'Said Ostrova: “We are not done yet.”', [{ text: 'We are not done yet.', speaker: 'Ostrova' }]],
    ['a name and a colon, no verb', 'Ruben Castell, River Radio: “The bridge is closed.”', [{ text: 'The bridge is closed.', speaker: 'Ruben Castell' }]],
    ['brackets after a member\u2019s name are no subject', 'Sen. Colm Mayhew (R-Ky.) wrote that the plan was “dead on arrival.”', [{ text: 'dead on arrival.', speaker: 'Colm Mayhew' }]],
    ['a quoted name in the subject does not hide its comma', 'A statement on the Castor Freight Inc. website, under the heading “Our Promise”, states: “Every parcel arrives.”', [{ text: 'Our Promise', speaker: null, kind: 'term' }, { text: 'Every parcel arrives.', speaker: 'Castor Freight Inc.' }]],
    ['a name between commas is the subject', 'The senator\u2019s chief of staff, Wren Adeyemi, said the bill “needs another week.”', [{ text: 'needs another week.', speaker: 'Wren Adeyemi' }]],
    ['a name between commas after lower-case role words is the subject', 'The club collected 2,400 signatures. Its chairman, retired nurse Brage Vekla, called the vote “a fair start.”', [{ text: 'a fair start.', speaker: 'Brage Vekla' }]],
    ['a passive cue names its agent', 'The plan was praised by Dario Felt as “the only sane option.”', [{ text: 'the only sane option.', speaker: 'Dario Felt' }]],
    ['a participle takes the sentence subject', 'During the hearing, Judge Amara Ekwueme closed the case, saying, “There is nothing more to decide.”', [{ text: 'There is nothing more to decide.', speaker: 'Amara Ekwueme' }]],
    ['a name, its roles between commas, then the cue', 'Dora Vance, chair of Local 88, Transit Workers union said “We will strike on Monday.”', [{ text: 'We will strike on Monday.', speaker: 'Dora Vance' }]],
    ['a full sentence quoted after a comma belongs to the person whose verb it follows', 'After the verdict Judge Amara Ekwueme sent a note to the jury, “you have served your city well.”', [{ text: 'you have served your city well.', speaker: 'Amara Ekwueme', source: 'Judge Amara Ekwueme' }]],
    ['two people as one subject: the first named', 'Mayor Tessa Quinlan and regional transport minister Hugo Brandt announced a “new start for the harbour.”', [{ text: 'new start for the harbour.', speaker: 'Tessa Quinlan' }]],
    ['coordinated verbs share their subject', 'Nadia Ferro thanked the staff and described the result as “a team effort.”', [{ text: 'a team effort.', speaker: 'Nadia Ferro' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('pronouns, with gender agreement', () => {
  it.each<Case>([
    ['"she" skips a man named after her', 'Margaret Lowe met Robert Finch on Sunday.\n“We found common ground,” she said.', [{ text: 'We found common ground,', speaker: 'Margaret Lowe', method: 'pronoun', source: 'she' }]],
    ['"he" takes the man', 'Margaret Lowe met Robert Finch on Sunday.\n“We found common ground,” he said.', [{ text: 'We found common ground,', speaker: 'Robert Finch', method: 'pronoun' }]],
    ['an honorific gives the gender', 'Mrs. Tarrant and Dr. Okoye spoke after the vote. Later Mrs. Tarrant left.\n“It was a long night,” she said.', [{ text: 'It was a long night,', speaker: 'Tarrant' }]],
    ['the subject of the nearest sentence', 'Defence minister Avram Tal broke ranks on Sunday. Hours after meeting President Ilan Dor, he went public.\n“This is a danger to the country,” he said.', [{ text: 'This is a danger to the country,', speaker: 'Avram Tal' }]],
    ['a pronoun with no one before it stays null', '“We are ready,” she said.', [{ text: 'We are ready,', speaker: null, method: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('descriptions', () => {
  it.each<Case>([
    ['"the company" → the organisation named before', 'Castor Freight Inc. closed two depots on Monday.\n“Repairs will take months,” the company said.', [{ text: 'Repairs will take months,', speaker: 'Castor Freight Inc.', method: 'description', source: 'the company' }]],
    ['"the commission" → the body with that word in its name', 'The Harbor County Elections Commission met twice. Castor Freight Inc. objected.\n“The count is final,” the commission said in an email.', [{ text: 'The count is final,', speaker: 'Harbor County Elections Commission' }]],
    // An unnamed person who speaks for a named body: nobody we can name, and the body did not speak.
    ['"a spokesman for X said" names nobody', 'Zarnicom closed two depots.\nA spokesman for Zarnicom said: “No comment.”', [{ text: 'No comment.', speaker: null, method: null }]],
    ['"a spokesperson for the X of Y, a group, said" names nobody, however long the name', 'A spokeswoman for the Guild of Tolvik Weavers, a lobby group, said: “We are pleased.”', [{ text: 'We are pleased.', speaker: null, method: null }]],
    ['a person of a long-named body still speaks', 'Mayor Ana Ruiz of the Tolvik Vekla Harbour Board said: “We are delighted.”', [{ text: 'We are delighted.', speaker: 'Ana Ruiz' }]],
    ['"a lawyer for X, Ana Ruiz, said" names her', 'A lawyer for Zarnicom, Ana Ruiz, said: “We will appeal.”', [{ text: 'We will appeal.', speaker: 'Ana Ruiz' }]],
    ['an indefinite description names nobody', 'Castor Freight Inc. closed two depots.\n“It is a dark day,” a senior official said.', [{ text: 'It is a dark day,', speaker: null, method: null }]],
    ['"the ministry" with no ministry named stays null', 'Castor Freight Inc. closed two depots.\n“We are watching closely,” the ministry said.', [{ text: 'We are watching closely,', speaker: null }]],
    // A match report names the opponent last: "the club" is the side the story is about.
    ['"the club" → the organisation named most, not the nearest', 'Vekby Rovers have dismissed their coach. Vekby Rovers lost again on Monday, two days after a 1-4 away defeat by Redvale.\n“Good luck to him,” the club said.', [{ text: 'Good luck to him,', speaker: 'Vekby Rovers', method: 'description', source: 'the club' }]],
    ['"the club" → the body that was the subject of the report before', 'Team Vekmond won again. Team Vekmond riders were happy.\nThe organisers, the Tolvik Vekla Wheelers, said 4,000 came. “The town turned out,” the club said.', [{ text: 'The town turned out,', speaker: 'Tolvik Vekla Wheelers', method: 'description' }]],
    // "said X, 24." after "Given X" in full: the surname is that person's.
    ['a surname after the cue is the person named in full before', 'Tolvik City - Jericho Dalvano hit a jump shot.\n“I trusted my hands,” said Dalvano, 24.', [{ text: 'I trusted my hands,', speaker: 'Jericho Dalvano' }]],
    ['"the club" counts a club\u2019s short name with its full name', 'Vekmere boss sacked\nVekmere City have dismissed their coach, a day after a 1-4 away defeat by Redvale.\n“Good luck to him,” the club said.', [{ text: 'Good luck to him,', speaker: 'Vekmere City', method: 'description' }]],
    ['"the union" → the body introduced as a union', 'The pilots\u2019 union Tolbund said it would open talks in May. Vekair kept its forecast.\n“Record profits need record pay,” the union said.', [{ text: 'Record profits need record pay,', speaker: 'Tolbund', method: 'description' }]],
    ['"the cooperative" → the body an appositive calls a cooperative', 'Tolvik Growers Association, a cooperative with 900 members, delayed its loans by 60 days.\n“Our growers kept every promise,” the cooperative said.', [{ text: 'Our growers kept every promise,', speaker: 'Tolvik Growers Association', method: 'description' }]],
    ['"the regulator" with no body introduced as one names nobody', 'Vekair cut 300 jobs on Monday.\n“We are watching closely,” the regulator said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the club" → the one club that opens the sentence before', 'Tolby Rovers won 2-0 on Saturday. Vekby Athletic were angry about the penalty.\n“He dived,” the club said.', [{ text: 'He dived,', speaker: 'Vekby Athletic', method: 'description' }]],
    ['"the club" with two clubs named as often stays null', 'Vekby Rovers drew 1-1 with Redvale Town.\n“It was fair,” the club said.', [{ text: 'It was fair,', speaker: null }]],
    // A lower-case role before the name, or in an appositive after it, is what "the minister" refers back to.
    ['"the minister" → the person a lower-case role introduced', 'Zarnia\'s finance minister, Tavish Quarrie, cut the subsidy. Protests followed in the capital.\n“We paid for the fuel of the wealthy,” the minister said.', [{ text: 'We paid for the fuel of the wealthy,', speaker: 'Tavish Quarrie', method: 'description' }]],
    ['"the coach" → the person named with that role in an appositive', 'Ana Ruiz, the club\'s new coach, arrived on Monday.\n“We start again,” the coach said.', [{ text: 'We start again,', speaker: 'Ana Ruiz', method: 'description' }]],
    // A surname alone that speaks is the person whose name ends with it, even when no list knows the name.
    ['a surname alone is the person named in full before', 'Tavish Quarrie kicked two goals.\n“It was easy,” Quarrie said after the match.', [{ text: 'It was easy,', speaker: 'Tavish Quarrie' }]],
    // A nationality noun as the subject of the cue is the person the story just named.
    ['"the Belgian said" → the person named in the sentence before', 'Tavish Quarrie finished second. Quarrie was calm.\n“He was faster in the final,” the Belgian said.', [{ text: 'He was faster in the final,', speaker: 'Tavish Quarrie', method: 'description', source: 'the Belgian' }]],
    ['"said the Kenyan" → the person named before', 'Ana Ruiz won the race in Tolvik.\n“The wind was hard,” said the Kenyan, who led from the start.', [{ text: 'The wind was hard,', speaker: 'Ana Ruiz', method: 'description' }]],
    ['"the Belgian government said" is a body, not the person before', 'Ana Ruiz won the race in Tolvik.\n“We are proud,” the Belgian government said.', [{ text: 'We are proud,', speaker: null }]],
    ['a nationality compromise does not tag ("the Filipino said") is still one', 'Ana Ruiz won the race in Tolvik.\n“The wind was hard,” the Filipino said.', [{ text: 'The wind was hard,', speaker: 'Ana Ruiz', method: 'description' }]],
    ['"a Kenyan said" names nobody', 'Ana Ruiz won the race in Tolvik.\n“It was chaos,” a Kenyan said.', [{ text: 'It was chaos,', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('no speaker stays no speaker', () => {
  it.each<Case>([
    ['an unnamed resident does not borrow the last speaker', '“The water is back,” said Mayor Tessa Quinlan.\nOne resident shouted: “Too late!”', [{ text: 'The water is back,', speaker: 'Tessa Quinlan' }, { text: 'Too late!', speaker: null }]],
    ['a scare quote gets no speaker and no cue from another sentence', 'Tessa Quinlan spoke on Monday. The firm was accused of “creative accounting” in the audit.', [{ text: 'creative accounting', speaker: null, kind: 'term' }]],
    ['a title is a term', 'Her favourite film is “The Long Road” and she has seen it twice.', [{ text: 'The Long Road', speaker: null, kind: 'term' }]],
    ['a name given by a naming word is a term', 'The storm, dubbed “Ophelia” by forecasters, hit the coast.', [{ text: 'Ophelia', speaker: null, kind: 'term' }]],
    ['a quoted modifier of a noun is a term', 'Tessa Quinlan announced the new “green corridor” plan on Monday.', [{ text: 'green corridor', speaker: null, kind: 'term' }]],
    ['a chant with no speaker named', 'Crowds gathered outside the court.\n“No justice, no peace!”', [{ text: 'No justice, no peace!', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));

  it('a term a person coins is theirs', () => {
    check('Mayor Tessa Quinlan unveiled what she called a “harbour for all”.', [{ text: 'harbour for all', speaker: 'Tessa Quinlan', kind: 'term' }]);
  });
});

describe('a whole-sentence quote after reported speech in the same paragraph', () => {
  it.each<Case>([
    ['continues the reported speaker', 'Tavish Quarrie said in a statement that he would return in June. “I have booked a seat already.”', [{ text: 'I have booked a seat already.', speaker: 'Tavish Quarrie', method: 'paragraph' }]],
    // Reported speech by nobody named gives nobody.
    ['an unnamed reporter gives nobody', 'Officials said in a statement that the road would close. “It is a dark day.”', [{ text: 'It is a dark day.', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('paragraphs', () => {
  it.each<Case>([
    ['a paragraph that is only a quote continues the previous speaker', '“The vote is close,” said Senator Hugo Brandt.\n“We will know by Friday.”', [{ text: 'The vote is close,', speaker: 'Hugo Brandt' }, { text: 'We will know by Friday.', speaker: 'Hugo Brandt', method: 'continuation' }]],
    ['reported speech introduces the next paragraph', 'Ruth Okonjo, a councillor, said she was angry.\n“Nobody told the families anything.”', [{ text: 'Nobody told the families anything.', speaker: 'Ruth Okonjo', method: 'paragraph' }]],
    ['a paragraph ending in a colon introduces the quote', 'And from the chair, Joanna Pike:\n“We will vote again in March.”', [{ text: 'We will vote again in March.', speaker: 'Joanna Pike', method: 'paragraph' }]],
    ['a quote over two paragraphs is one quote per paragraph, one speaker', 'Director Lena Vos said: “We opened the doors at dawn.\n“By noon the hall was full,” she said.', [{ text: 'We opened the doors at dawn.', speaker: 'Lena Vos' }, { text: 'By noon the hall was full,', speaker: 'Lena Vos' }]],
    ['a paragraph after an unnamed speaker stays unnamed', 'One caller said: “The line was dead for hours.”\n“Nobody picked up.”', [{ text: 'The line was dead for hours.', speaker: null }, { text: 'Nobody picked up.', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));

  it('a quoted sentence runs on to the next line when that line opens with no mark', () => {
    check('“We are not leaving.\nThis is our home,” said Ada Lindqvist.', [{ text: 'We are not leaving.\nThis is our home,', speaker: 'Ada Lindqvist' }]);
  });
});

describe('unseen-news rules (branch spk6)', () => {
  it.each<Case>([
    // A capitalised word of a name is no reporting verb, so "according to" still frames the quote.
    ['a cue-like word inside a name is no cue', 'According to Dana Ruiz, who leads the Vekla Valley State Survey, the count has “roughly doubled” since 2015.', [{ text: 'roughly doubled', speaker: 'Dana Ruiz' }]],
    ['"Said" opening the sentence is still a cue', 'Said Tessa Quinlan: “We are not done yet.”', [{ text: 'We are not done yet.', speaker: 'Tessa Quinlan' }]],
    // "of" inside a name is no preposition of the phrase: the phrase still ends on the role noun.
    ['"a Bank of X board member said" names nobody', 'The krona climbed after a Central Bank of Vekland board member said on Friday that a rate cut was “firmly on the table”.', [{ text: 'firmly on the table', speaker: null }]],
    ['the bank itself still speaks', 'The krona climbed after the Central Bank of Vekland said on Friday that a rate cut was “firmly on the table”.', [{ text: 'firmly on the table', speaker: 'Central Bank of Vekland' }]],
    // "X of the Y said": the person before "of" is the subject, whatever the complement's name looks like.
    ['"leader X of the League for a Y said" → the leader', 'Party leader Dana Ruiz of the League for a Green Vekland said the cabinet had “won itself some time” with funds it lacked.', [{ text: 'won itself some time', speaker: 'Dana Ruiz' }]],
    ['"Mayor X of a long-named board said" → the mayor', 'Mayor Ana Ruiz of the Tolvik Vekla North Harbour Development Board said: “We are delighted.”', [{ text: 'We are delighted.', speaker: 'Ana Ruiz' }]],
    ['"a spokesman of the League for a Y said" names nobody', 'A spokesman of the League for a Green Vekland said: “No comment.”', [{ text: 'No comment.', speaker: null }]],
    ['"a statement from X stated" is still the body\u2019s', 'A statement from the Tolvik Harbour Board stated that “the vote was fair.”', [{ text: 'the vote was fair.', speaker: 'Tolvik Harbour Board' }]],
    // A description of another kind than the subject: the one other body the sentence before names.
    ['"the regulator" → the agent that brought the case', 'Vekair was fined $3 million on Monday. The complaint was lodged by the Tolvik Energy Ombudsman. “Suppliers must do better,” the regulator said.', [{ text: 'Suppliers must do better,', speaker: 'Tolvik Energy Ombudsman', method: 'description' }]],
    ['"the agency" → the body named beside the subject', 'Vekair shares fell 7%. The company holds $2.4 billion in TASA contracts.\n“We welcome the ruling,” the agency said.', [{ text: 'We welcome the ruling,', speaker: 'TASA', method: 'description' }]],
    ['"the regulator" after a company that names its own kind names nobody', 'Vekair signed a deal with Tolvik Freight Ltd. on Monday.\n“We are watching closely,” the regulator said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the regulator" after two bodies names nobody', 'Vekair was fined by Tolvik Aviation and Vekla Airways on Monday.\n“We are watching closely,” the regulator said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the regulator" after the object of a person\u2019s action names nobody', 'Ana Ruiz sued TASA on Monday.\n“We are watching closely,” the regulator said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the regulator" after "a deal with X" names nobody', 'Ana Ruiz signed a deal with TASA on Monday.\n“We are watching closely,” the regulator said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the agency" after the subject only names nobody', 'TASA delayed the launch on Monday.\n“We are watching closely,” the agency said.', [{ text: 'We are watching closely,', speaker: null }]],
    ['"the cooperative" → a name no list knows that an appositive calls a cooperative', 'Cotralvo, a cooperative with 8,200 farmers in the region, said it had delayed its fees. “Our farmers sowed on time,” the cooperative said.', [{ text: 'Our farmers sowed on time,', speaker: 'Cotralvo', method: 'description' }]],
    ['"the cooperative" with no name called one names nobody', 'Cotralvo said it had delayed its fees by 45 days.\n“Our farmers sowed on time,” the cooperative said.', [{ text: 'Our farmers sowed on time,', speaker: null }]],
    // A surname no list knows, after the person was named in full (Spanish names: the first surname).
    ['"said Velasco" → the person named "Marta Velasco Ruiz" before', 'Senator Marta Velasco Ruiz waved a bag of rice. “This is what they call progress,” said Velasco.', [{ text: 'This is what they call progress,', speaker: 'Marta Velasco Ruiz' }]],
    // (Either of them: no speaker, branch spk13; it was the bare name, which the sheet's resolution may bind to one.)
    ['a surname shared by two people named before names nobody', 'Marta Velasco Ruiz met Tomas Velasco Lind. “This is progress,” said Velasco.', [{ text: 'This is progress,', speaker: null }]],
    // A body's name between commas after a description is the subject of the cue, as a person's is.
    ['"The organisers, the X Wheelers, said" → "the club" is the Wheelers, not the side named most', 'Vekby Rovers won again on Sunday. Vekby Rovers fans were happy.\nThe organisers, the Tolvik Vekla Wheelers, said 4,000 came. “The town turned out,” the club said.', [{ text: 'The town turned out,', speaker: 'Tolvik Vekla Wheelers', method: 'description' }]],
    ['a body named between commas after another name is not the subject', 'Vekby Rovers won again on Sunday. Vekby Rovers fans were happy.\nAfter Tolvik, the Vekla Wheelers, said 4,000 came. “The town turned out,” the club said.', [{ text: 'The town turned out,', speaker: 'Vekby Rovers' }]],
    // The subject pronoun keeps the topic: a person named after "she learned … from" is not who "she" is next.
    ['"she" skips a woman named after a subject "she"', 'Orla Vekmaney, the singer, has died. She was 81.\nBorn in Tolvik in 1944, she learned her songs from her grandmother, Brid.\n“A song is only borrowed,” she told a radio station in 2004.', [{ text: 'A song is only borrowed,', speaker: 'Orla Vekmaney', method: 'pronoun' }]],
    ['"she" after "when she arrived, X …" is X', 'Orla Vekmaney spoke first.\nWhen she arrived, Brid Tallon thanked the crowd.\n“It was a long road,” she said.', [{ text: 'It was a long road,', speaker: 'Brid Tallon', method: 'pronoun' }]],
    ['"she" with no one before the subject pronoun takes the woman named', 'She learned her songs from her grandmother, Brid Tallon.\n“A song is only borrowed,” she said.', [{ text: 'A song is only borrowed,', speaker: 'Brid Tallon', method: 'pronoun' }]],
    // A quoted modifier is a term, but inside reported speech it is the reporter's subject's word.
    ['a quoted modifier inside "he stated that …" is a term he used', 'Tomas Lind runs Vekair.\nHe stated that Vekair would offer a “deferred exit” package to dealers.', [{ text: 'deferred exit', speaker: 'Tomas Lind', kind: 'term' }]],
    ['a quoted modifier with no reported clause stays a term', 'Tomas Lind runs Vekair.\nVekair will offer a “deferred exit” package to dealers.', [{ text: 'deferred exit', speaker: null, kind: 'term' }]],
    ['a quoted brand inside "X claims that …" stays a term', 'Tolvik Records claims that Vekair may not use the “Tolvik” brand in music.', [{ text: 'Tolvik', speaker: null, kind: 'term' }]],
    ['"Officials at the X Board said" names nobody', 'Officials at the Tolvik Harbour Board said the plan was “dead in the water”.', [{ text: 'dead in the water', speaker: null }]],
    // (spk15: a whole quote after the pair is neither one's; a lower-case phrase of theirs stays the first-named's)
    ['"A of X and B of Y said" → the first person, not a name in her complement', 'Ana Ruiz of Vekair and Tomas Lind of Zarnicom said the deal was “the only way out”.', [{ text: 'the only way out', speaker: 'Ana Ruiz' }]],
    ['"A of X and B of Y said: “…”" → neither', 'Ana Ruiz of Vekair and Tomas Lind of Zarnicom said: “We had no choice.”', [{ text: 'We had no choice.', speaker: null }]],
    ['a name with a cue-like word names no one when nothing frames the quote', 'The Vekla Valley State Survey counted ticks. The count has “roughly doubled” since 2015.', [{ text: 'roughly doubled', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a family name that ends the one full name named so far, or one word that opens it, is that person, by the full name (spk26)', () => {
  it.each<Case>([
    ['a surname after the full name, before a relative with the same surname is named', 'Harvek Singh Vekhawalia has farmed the same fields for 40 years.\n“Everybody burned,” Vekhawalia, 63, said.\nHis son, Sunny Vekhawalia, 27, remembers it differently.', [{ text: 'Everybody burned,', speaker: 'Harvek Singh Vekhawalia' }]],
    ['a family name of two words after "Te"', 'Tamati Te Vekaha-Brown made 112 on Sunday.\n“It was nice to push on,” Te Vekaha-Brown said.', [{ text: 'It was nice to push on,', speaker: 'Tamati Te Vekaha-Brown' }]],
    // (limits: two people named before with the family name leave it to neither; a full name stays itself)
    ['two people named before with the surname: nobody', 'Harvek Vekhawalia runs the farm. His son, Sunny Vekhawalia, runs the mill.\n“Everybody burned,” Vekhawalia said.', [{ text: 'Everybody burned,', speaker: null }]],
    ['a one-word name that opens the one full name named before (a family name written first)', 'Pyo Vek-chul runs the soup shop with his son.\n“Delivery pays the rent,” Pyo said.', [{ text: 'Delivery pays the rent,', speaker: 'Pyo Vek-chul' }]],
    ['a one-word name that opens two people\u2019s names: nobody', 'Pyo Vek-chul and his son Pyo Min-vek run the soup shop.\n“Delivery pays the rent,” Pyo said.', [{ text: 'Delivery pays the rent,', speaker: null }]],
    ['the full name at the cue stays the full name', 'Harvek Singh Vekhawalia has farmed here for 40 years.\n“Everybody burned,” Harvek Singh Vekhawalia said.', [{ text: 'Everybody burned,', speaker: 'Harvek Singh Vekhawalia' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a name that opens with a common given name is a full name of its own, not the end of a longer one (probe19)', () => {
  it.each<Case>([
    ['a mother named after the daughter who bears her name as a middle name', 'Sarah Jane Morvik, 19, was hurt in the crash.\n“She is a fighter,” her mother, Jane Morvik, said.', [{ text: 'She is a fighter,', speaker: 'Jane Morvik' }]],
    ['a father named after the son who bears his name as a middle name', 'Michael John Tolmarsk won the race. His father John Tolmarsk watched from the stands.\n“I cried,” John Tolmarsk said.', [{ text: 'I cried,', speaker: 'John Tolmarsk' }]],
    ['a sister whose given name is the other\u2019s middle name', 'Rosa Maria Delvane leads the union.\n“We will strike,” Maria Delvane, her sister, said.', [{ text: 'We will strike,', speaker: 'Maria Delvane' }]],
    // (limits: two surnames that no list gives as a given name still end the full name; a surname alone still does)
    ['two surnames without the given name are still the full name', 'Juan Carlos Orsavo Tellez leads the strike.\n“We want a contract,” Orsavo Tellez said.', [{ text: 'We want a contract,', speaker: 'Juan Carlos Orsavo Tellez' }]],
    ['a surname alone is still the full name', 'Sarah Jane Morvik, 19, was hurt in the crash.\n“It hurts,” Morvik said.', [{ text: 'It hurts,', speaker: 'Sarah Jane Morvik' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('"his sister said": the relative the story named with that very kinship to the same person (spk35)', () => {
  it.each<Case>([
    ['a sister named in apposition before', 'Anselm Tolvik, who built boats on the lake, died on Friday. He was 91.\nHis sister, Hedda Varnes, found him in the workshop.\nThe yard will close in May.\n“He never took a holiday,” his sister said.', [{ text: 'He never took a holiday,', speaker: 'Hedda Varnes' }]],
    ['a husband named after the name', 'Mirela Dunvik ran the village shop for 30 years.\nPieter Ostrand, her husband, kept the books.\n“She knew every customer by name,” her husband said.', [{ text: 'She knew every customer by name,', speaker: 'Pieter Ostrand' }]],
    // (limits: a relative the story never named, two named with the same kinship, a kinship given to someone else)
    ['a sister never named: nobody', 'Anselm Tolvik, who built boats on the lake, died on Friday. He was 91.\nThe yard will close in May.\n“He never took a holiday,” his sister said.', [{ text: 'He never took a holiday,', speaker: null }]],
    ['two sisters named: nobody', 'Anselm Tolvik died on Friday. He was 91.\nHis sister, Hedda Varnes, found him. His sister, Ilse Morrow, called the doctor.\n“He never took a holiday,” his sister said.', [{ text: 'He never took a holiday,', speaker: null }]],
    ['the niece of another person: nobody', 'Greta Solvang\u2019s niece, Hedda Varnes, runs the café.\nAnselm Tolvik built boats on the lake until he was 90.\n“He never took a holiday,” his niece said.', [{ text: 'He never took a holiday,', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a capitalised title no list holds, which the story also writes in lower case, is the bearer\u2019s role (spk35)', () => {
  it.each<Case>([
    ['a title that opens the sentence before the name, the description after', 'Centenier Tomas Orlev told the parish meeting that the road had flooded twice.\n“The drains are older than the houses,” the centenier said.', [{ text: 'The drains are older than the houses,', speaker: 'Tomas Orlev' }]],
    // (limits: two bearers of the title leave it to neither; a word written only with a capital is no role)
    ['two bearers of the title: nobody', 'Centenier Tomas Orlev heard the first complaint. Centenier Ilse Varnes heard the second.\n“The drains are older than the houses,” the centenier said.', [{ text: 'The drains are older than the houses,', speaker: null }]],
    ['a day before the name is no role', 'Yesterday Tomas Orlev told the parish meeting that the road had flooded twice.\n“The drains are older than the houses,” the yesterday said.', [{ text: 'The drains are older than the houses,', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a hyphenated given name whose parts are both of one gender says that gender (spk35)', () => {
  it.each<Case>([
    ['"he" passes over a woman with a hyphenated given name', 'Tomas Orlev dealt cards at the casino for 41 years.\nAnne-Lise Varnes, the manager, gave a speech on Friday.\n“Others have gambled here for most of my life,” he said.', [{ text: 'Others have gambled here for most of my life,', speaker: 'Tomas Orlev' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('"X and her sister Y … she said": the possessive after "and" is the first one\u2019s, so both may be the pronoun (spk36)', () => {
  it.each<Case>([
    ['a name no list genders and her sister: nobody', 'Oyelaran Adebimpe and her sister Folake dried 300 kilos of cocoa this year.\n“We learned it from our grandmother,” she said.', [{ text: 'We learned it from our grandmother,', speaker: null }]],
    ['a hyphenated kinship noun: nobody', 'Tsewang Dolkar and her sister-in-law Kunzang Choden weave on a porch by the river.\n“Nobody waits three weeks for a colour,” she said.', [{ text: 'Nobody waits three weeks for a colour,', speaker: null }]],
    // (limits: a kinship noun of the other gender, or a possessive of the other gender, leaves one who fits)
    ['"his wife": "she" is the wife', 'Obinna Nwachukwu and his wife Ngozi sell yams at the Ariaria market.\n“Prices doubled in a year,” she said.', [{ text: 'Prices doubled in a year,', speaker: 'Ngozi' }]],
    ['"his wife": "he" is the husband', 'Obinna Nwachukwu and his wife Ngozi sell yams at the Ariaria market.\n“Prices doubled in a year,” he said.', [{ text: 'Prices doubled in a year,', speaker: 'Obinna Nwachukwu' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('an unnamed reporter after a named subject ("…, the family said") is who "she"/"he" goes on with (spk36)', () => {
  it.each<Case>([
    ['the family reports about a named man: "she" is a member of it, nobody named', 'Ivo Rasmark, 29, took over the forge last year.\nRasmark will keep the forge open, the family said. “My grandfather wanted the fire lit,” she said.', [{ text: 'My grandfather wanted the fire lit,', speaker: null }]],
    ['an unnamed spokesman in the named person\u2019s own sentence: nobody', 'Ivo Rasmark will appeal the ruling, a spokesman said. “The verdict ignores the evidence,” he said.', [{ text: 'The verdict ignores the evidence,', speaker: null }]],
    // (limits: a named reporter, or no reporter at all, leaves the pronoun to the named subject)
    ['the named person reports: still his', 'Ivo Rasmark will keep the forge open, he told the paper. “My grandfather wanted the fire lit,” he said.', [{ text: 'My grandfather wanted the fire lit,', speaker: 'Ivo Rasmark' }]],
    ['no reporter: still his', 'Ivo Rasmark will keep the forge open until spring. “My grandfather wanted the fire lit,” he said.', [{ text: 'My grandfather wanted the fire lit,', speaker: 'Ivo Rasmark' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a reporting verb after a modal inside reported speech is no inner cue: "X said the strike would continue “…”" is X\u2019s (spk36)', () => {
  it.each<Case>([
    ['"would continue": the outer speaker', 'Dockers\u2019 leader Rosa Quintanilla said the stoppage would continue “until the owners sit down with us”.', [{ text: 'until the owners sit down with us', speaker: 'Rosa Quintanilla' }]],
    ['"will continue": the outer speaker', 'Rosa Quintanilla said the vigil will continue “for as long as it takes”.', [{ text: 'for as long as it takes', speaker: 'Rosa Quintanilla' }]],
    // (limit: a past inner verb of saying with a named subject is still the inner speaker\u2019s)
    ['a past inner cue with a named subject: the inner speaker', 'Rosa Quintanilla said Anselmo Birri had shouted “Close the gates”.', [{ text: 'Close the gates', speaker: 'Anselmo Birri' }]],
    // (a tester's cases: a verb of saying after a modal, "would say" of a habit, reports the inner subject's words; unnamed, so nobody)
    ['"would only say": the unnamed inner subject\u2019s words', 'Sergeant Lia Marsh said the prisoner would only say "I need a doctor".', [{ text: 'I need a doctor', speaker: null }]],
    ['"would say … to every question": the unnamed inner subject\u2019s words', 'Sergeant Lia Marsh said the prisoner would say "I need a doctor" to every question.', [{ text: 'I need a doctor', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a name cited "according to" is not the topic a "she"-subject chain carries (spk36)', () => {
  it.each<Case>([
    ['"her" after a cited man no list genders: the woman the chain is about', 'Voronika Tsiambo, 64, put on her boots and walked to the ward.\n“It was a girl,” said Tsiambo.\nShe reckons she has delivered 4,000 babies. She has worked nights since 1987. The ward has two beds, according to district officer Jean-Mathieu Rabetafika.\nHer daughter, Lova, 35, came home last year. “I learn here,” said Lova.\nHer mother laughed. “She will learn,” she said.', [
      { text: 'It was a girl,', speaker: 'Voronika Tsiambo' },
      { text: 'I learn here,', speaker: 'Lova' },
      { text: 'She will learn,', speaker: 'Voronika Tsiambo' },
    ]],
    // (limit: a name cited with no "she" chain before it is still the nearest candidate)
    ['no chain: the cited name stays the nearest', 'Voronika Tsiambo, 64, walked to the ward.\nThe ward has two beds, according to district officer Jean-Mathieu Rabetafika.\n“We need four,” she said.', [{ text: 'We need four,', speaker: 'Jean-Mathieu Rabetafika' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('a document of saying printed with its issuer ("the statement the guild issued:") is the issuer\u2019s (spk37)', () => {
  it.each<Case>([
    ['a body by a description', 'The Tolvane Dockers\u2019 Union met on Sunday. Here is the statement the union issued:\n\n“The port belongs to those who work in it.”', [{ text: 'The port belongs to those who work in it.', speaker: 'Tolvane Dockers\u2019 Union' }]],
    ['a person by a surname, after "that"', 'Mira Kalvane resigned on Friday. Below is the statement that Kalvane issued:\n\n“I did nothing wrong, and I will say so in court.”', [{ text: 'I did nothing wrong, and I will say so in court.', speaker: 'Mira Kalvane' }]],
    // (limits: an issuer the story does not name gives nobody, neither the printer nor the reader)
    ['an unnamed coalition: nobody', 'Residents marched on Friday. We print the letter as a coalition of tenants sent it:\n\n“Nobody asked us before the rents doubled.”', [{ text: 'Nobody asked us before the rents doubled.', speaker: null }]],
    ['"the council" with no council named: nobody', 'The council sent the residents a letter in May. Here is the letter the council sent:\n\n“The bridge will close for repairs on June 3.”', [{ text: 'The bridge will close for repairs on June 3.', speaker: null }]],
    ['a reader who reads out a document with no issuer named stays the frame', 'Mira Kalvane read the statement aloud: “We will not close the school.”', [{ text: 'We will not close the school.', speaker: 'Mira Kalvane' }]],
  ])('%s', (_name, text, want) => check(text, want));
});

describe('the sender of a message the entity stage left untyped is who wrote it when the name reads as a person\u2019s (spk37)', () => {
  it.each<Case>([
    ['a name placed "in" a place', 'The phone lines opened at nine. We have a message from Tevaki in Nukualofa: “The ferry has not come for a week.”', [{ text: 'The ferry has not come for a week.', speaker: 'Tevaki' }]],
    ['a given name of the name lists', 'The phone lines opened at nine. We have a message from Ilka in Vesterby: “The bus is my only way to town.”', [{ text: 'The bus is my only way to town.', speaker: 'Ilka' }]],
    // (limit: a bare untyped name may be a town, and a town writes no letter)
    ['"a letter from" an untyped name alone: nobody', 'The phone lines opened at nine. We have a letter from Vesterby: “The bus is my only way to town.”', [{ text: 'The bus is my only way to town.', speaker: null }]],
  ])('%s', (_name, text, want) => check(text, want));
});
