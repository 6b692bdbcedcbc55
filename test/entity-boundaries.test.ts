// Boundary and given-name rules, each with sentences written for this test (no article's names).
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { extractEntities, withOpeningApostrophes } from '../src/extract/entities.ts';

function mentionsOf(text: string): [string, string][] {
  return extractEntities(segment(text)).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.type, m.text];
  });
}

describe('given names from the international list', () => {
  it.each([
    ['Yusuf Demir said he was pleased.', [['person', 'Yusuf Demir']]],
    ['Ines Vukovic spoke first.', [['person', 'Ines Vukovic']]],
    ['Tavita Moana, a nurse, said the ward was full.', [['person', 'Tavita Moana']]],
    // "Truth" is a given name somewhere, but an English word here.
    ['He wrote on Truth Social at night.', [['other', 'Truth Social']]],
    // A name only the international list knows does not outrank a body's head word.
    ['Kestrel Computer sued the city.', [['organization', 'Kestrel Computer']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('hyphenated names stay whole', () => {
  it.each([
    ['Ana Lopez-Ortega won the seat.', [['person', 'Ana Lopez-Ortega']]],
    ['Marie-Claire Dubois met Yossi Ben-Haim.', [['person', 'Marie-Claire Dubois'], ['person', 'Yossi Ben-Haim']]],
    // Two places joined by a hyphen are two places.
    ['Russia-Ukraine talks resumed.', [['place', 'Russia'], ['place', 'Ukraine']]],
    // Both halves named alone elsewhere: a pair of names.
    ['Mary Stone called Tom Reyes. The Stone-Reyes call was short.', [['person', 'Mary Stone'], ['person', 'Tom Reyes'], ['person', 'Stone'], ['person', 'Reyes']]],
    // A glottal stop written as an apostrophe stays inside a Polynesian name opening a sentence;
    // an English contraction there is a word.
    ["Ha'avekai meet Tolvane Sharks next. Don't go. Ma'am, the officer said.", [['organization', "Ha'avekai"], ['organization', 'Tolvane Sharks']]],
    // A month's abbreviation opening a hyphenated Chinese given name is part of the name.
    ['The plant stays open, works convener Vek Jun-hao told staff.', [['person', 'Vek Jun-hao']]],
    // A lower-case preposition or article between hyphens joins one place's name.
    ['She was born in Tolby-on-Sea in 1944.', [['place', 'Tolby-on-Sea']]],
    ['They moved to Llanvek-ar-Tolby last year.', [['place', 'Llanvek-ar-Tolby']]],
    ['A market in Aix-en-Vekla opened.', [['place', 'Aix-en-Vekla']]],
    // English "of" joins one too; a dateline prints the whole name, joiner included, in capitals.
    ['The ferry left Port-of-Tolva at noon.', [['place', 'Port-of-Tolva']]],
    // (Its last part may be a country's name: the town is still one name.)
    ['PORT-OF-MALTA, June 9 - The ferry left at noon.', [['place', 'PORT-OF-MALTA']]],
    // A dateline's country may be followed by the wire's name in brackets before the dash.
    ['SAINT-TOLVAN, Ghana (Vekwire) - The pier reopened.', [['place', 'SAINT-TOLVAN'], ['place', 'Ghana'], ['organization', 'Vekwire']]],
    ['VEKMOOR, Ghana (Vekwire) - The pier reopened.', [['place', 'VEKMOOR'], ['place', 'Ghana'], ['organization', 'Vekwire']]],
    // (Stays as before: "of" glued by hyphens to lower-case words is a compound, no name.)
    ['The state-of-the-art ward in Tolby opened.', [['place', 'Tolby']]],
    // A hyphenated title of common words ("Player-of-the-Year") is no town: it names nothing and
    // glues onto no name after it; a tester's cases.
    ['Player-of-the-Year Mara Vekholm scored twice.', [['person', 'Mara Vekholm']]],
    ['Man-in-the-Middle Sara Tolvik spoke.', [['person', 'Sara Tolvik']]],
    // (The title word "Retailer" still opens the body's name; the title before it is gone.)
    ['Out-of-Town Retailer Tolby Homes were named.', [['organization', 'Retailer Tolby Homes']]],
    // (A town's chain still leads a body's name.)
    ['Stratford-upon-Tolva District Council met.', [['organization', 'Stratford-upon-Tolva District Council']]],
    // (A hyphen with no lower-case word between two names still parts them: a road's two ends.)
    ['The Tolby-Vekmoor road reopened.', [['place', 'Tolby'], ['place', 'Vekmoor']]],
    // "Co-operative", "Co-op" with a capital C is one word of a body's name, which may go on after it.
    ['She runs the Tolvane Growers Co-operative, which has 140 members.', [['organization', 'Tolvane Growers Co-operative']]],
    // (A possessive closes the name after "op".)
    ["Vekla Co-op's prices rose again.", [['organization', 'Vekla Co-op']]],
    ['At the shed of the Vekmoor Tea Growers Co-operative Society, workers waited.', [['organization', 'Vekmoor Tea Growers Co-operative Society']]],
    ['The Korvane Co-op said prices would rise.', [['organization', 'Korvane Co-op']]],
    // A title word glued by a hyphen to the word before it is the second half of a surname
    // ("Kgosi" titles a chief when it stands before a name).
    ['Club chairman Tumelo Ntsima-Kgosi said the lights would be fixed.', [['person', 'Tumelo Ntsima-Kgosi']]],
    ['Kgosi Tumelo Vekane opened the hall.', [['person', 'Tumelo Vekane']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a newsroom's word after a paper's name in a byline is the writer's job", () => {
  it.each([
    ['By Ana Moru, Tolbeg Courier Staff\n\nThe vote passed.', [['person', 'Ana Moru'], ['organization', 'Tolbeg Courier']]],
    ['By Ana Moru, Vekby Herald Reporter\n\nThe vote passed.', [['person', 'Ana Moru'], ['organization', 'Vekby Herald']]],
    // (A beat alone before the role names no paper.)
    ['By Ana Moru, Health Correspondent\n\nThe vote passed.', [['person', 'Ana Moru']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a plural common noun opening the sentence describes the name after it', () => {
  it.each([
    ['Leaders Tolvaro were held 1-1 at home.', [['organization', 'Tolvaro']]],
    ['Investors Kembang Vekla Capital also took part.', [['organization', 'Kembang Vekla Capital']]],
    // (Before a body's head the plural is the name's own; a dictionary word after it is left whole.)
    ['Teachers Union members voted.', [['organization', 'Teachers Union']]],
    ['Citizens Advice said the rules changed.', [['other', 'Citizens Advice']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a quoted title in title case is one title, its small words inside', () => {
  it.each([
    ['Her collection “Tide Between the Dunes” won a prize.', [['other', 'Tide Between the Dunes']]],
    ['The show, "Rope and Lantern", opens in May.', [['other', 'Rope and Lantern']]],
    ['He wrote "The Shed on Vekby Lane" in a month.', [['other', 'The Shed on Vekby Lane']]],
    ['A guidebook, "Nine Ferries of Tolbeg", sold well.', [['other', 'Nine Ferries of Tolbeg']]],
    // (Not with a body's own head inside, not with no small word, not with a lower-case word of content.)
    ['She joined the "Bank of Tolbeg" board.', [['organization', 'Bank of Tolbeg']]],
    ['The plan called “Open Road” failed.', [['other', 'Open Road']]],
    ['He called it “a Tolbeg of the mind”.', [['other', 'Tolbeg']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a saint's possessive before a building's or a place's head names the place", () => {
  it.each([
    ["Worshippers met at St Anne's Cathedral in Vekby.", [['place', "St Anne's Cathedral"], ['place', 'Vekby']]],
    ["Crowds filled St Mark's Square on Sunday.", [['place', "St Mark's Square"]]],
    ["The choir sang at Saint Luke's Cathedral.", [['place', "Saint Luke's Cathedral"]]],
    // (A saint's name with no head after it, or a person after a possessive, is left to the other rules.)
    ["St Mark's relics were shown.", [['person', 'St Mark']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a role before a given name is a title, not part of the name', () => {
  it.each([
    ['County Supervisor Ruth Adeyemi said the road would reopen.', 'Ruth Adeyemi', ['county', 'supervisor']],
    ['City Engineer Tom Varga said the bridge was safe.', 'Tom Varga', ['city', 'engineer']],
    ['Prosecutor Lena Brandt told the court.', 'Lena Brandt', ['prosecutor']],
    ['Defender Kojo Vekah scored twice.', 'Kojo Vekah', ['defender']],
    // A portfolio word before a government title belongs to the title, not to a name of its own.
    ['Competition Commissioner Lena Brandt said the fine was fair.', 'Lena Brandt', ['competition', 'commissioner']],
    ['On Monday, Transport Secretary Tom Varga resigned.', 'Tom Varga', ['transport', 'secretary']],
    // After a title and "for"/"of", plain English words before a given name are its portfolio.
    ['European Commissioner for Competition Tova Kessling said no.', 'Tova Kessling', ['commissioner', 'for', 'competition']],
    ['Commissioner for Human Rights Tova Kessling said no.', 'Tova Kessling', ['commissioner', 'for', 'human', 'rights']],
    ['The Minister of Culture Ana Ruiz spoke.', 'Ana Ruiz', ['minister', 'of', 'culture']],
  ])('%j', (text, name, titles) => {
    const [m, ...rest] = extractEntities(segment(text));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ name, type: 'person', titles });
  });

  it.each([
    // A name before a title keeps its own mention: a company before a corporate title, a country, a body.
    ['Kestrel Chairman Tom Varga spoke.', [['organization', 'Kestrel'], ['person', 'Tom Varga']]],
    ['Kenya President Ana Ruiz spoke.', [['place', 'Kenya'], ['person', 'Ana Ruiz']]],
    // A body's head before "of" is no title: the complement stays in its name.
    ['He met the Friends of Ana Ruiz.', [['organization', 'Friends of Ana Ruiz']]],
  ])('keeps the giver of a title: %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('keeps a capitalised word that is no role ("Green River Park") in the name', () => {
    expect(mentionsOf('They walked to Green River Park.')).toEqual([['place', 'Green River Park']]);
  });
});

describe('"and" and "of" inside a body\'s name', () => {
  it.each([
    ['The Food and Drug Administration approved it.', [['organization', 'Food and Drug Administration']]],
    // After "the", capitalised words may open the name before the joined pair.
    ['She led the Glen Vekla Fiddle and Dance Society for 31 years.', [['organization', 'Glen Vekla Fiddle and Dance Society']]],
    // A place that opens a longer name after "the Friends of" belongs to that name.
    ['Volunteers from the Friends of Vekby Library offered to help.', [['organization', 'Friends of Vekby Library']]],
    // After "the", "and" inside a law's name, or a body's after a plural or a long second half.
    ['Lawyers wrote to the Securities and Exchange Commission on Friday.', [['organization', 'Securities and Exchange Commission']]],
    ['Fines were imposed under the Vekla Fisheries and Boating Act.', [['other', 'Vekla Fisheries and Boating Act']]],
    ['It was built with the Ocean and Lower Atmosphere Study Commission.', [['organization', 'Ocean and Lower Atmosphere Study Commission']]],
    ['He worked at the Treasury and Foreign Office.', [['organization', 'Treasury'], ['organization', 'Foreign Office']]],
    // Two bodies, each with its head, stay two.
    ['She joined the Tolvane Society and Vekla Trust.', [['organization', 'Tolvane Society'], ['organization', 'Vekla Trust']]],
    // A commodity before "and" is a trade the body oversees when dictionary words follow "and";
    // a name after "and" may open a second firm.
    ['The Tolvane Coffee and Cocoa Board met on Monday.', [['organization', 'Tolvane Coffee and Cocoa Board']]],
    // A tester's case: "Royal" after "and" opens a second firm when a firm's head closes it.
    ['The Vesk Harbours and Royal Mail Group signed a contract.', [['organization', 'Vesk Harbours'], ['organization', 'Royal Mail Group']]],
    ['The Tolby Coffee and Tea Company opened a shop.', [['organization', 'Tolby Coffee and Tea Company']]],
    ['The Vekla Coffee and Tolby Trading Company bought the crop.', [['organization', 'Vekla Coffee'], ['organization', 'Tolby Trading Company']]],
    ['Shares in Vekla Coffee and Tolby Tea rose.', [['organization', 'Vekla Coffee'], ['organization', 'Tolby Tea']]],
    // A word that opens bodies' names is no given name after "and" when dictionary words follow it;
    // a name after it may make a second body, named after a man.
    ['Officials at the Tolvik Harbours and Free Trade Zones Authority declined to comment.', [['organization', 'Tolvik Harbours and Free Trade Zones Authority']]],
    ['The Tolvik Mines and Christian Okafor Foundation met.', [['organization', 'Tolvik Mines'], ['organization', 'Christian Okafor Foundation']]],
    // A body's plural complement takes a second "of" and the place it serves; a person after it is no part.
    ['The Chamber of Crafts of Rethymno wants the knives registered.', [['organization', 'Chamber of Crafts of Rethymno']]],
    ['She heads the Association of Growers of Kenya, which met on Monday.', [['organization', 'Association of Growers of Kenya']]],
    // A tester's cases: a run after the second "of" that ends in a body's head is a second body; a surname is no place.
    ['The Board of Directors of Varnel Holdings backed the merger.', [['organization', 'Board of Directors'], ['organization', 'Varnel Holdings']]],
    ['The Board of Trustees of Oskel University met on Monday.', [['organization', 'Board of Trustees'], ['organization', 'Oskel University']]],
    ['He spoke for the Union of Growers of Ana Vell.', [['organization', 'Union of Growers'], ['person', 'Ana Vell']]],
    // An event's name joins its two themes with "and"; two events, or a holiday, stay apart.
    ['Crowds came to the Tolby Food and Wine Festival on Saturday.', [['other', 'Tolby Food and Wine Festival']]],
    ['The Vekla Arts and Crafts Fair opens today.', [['other', 'Vekla Arts and Crafts Fair']]],
    ['The Tolby Marathon and Vekla Games drew crowds.', [['other', 'Tolby Marathon'], ['other', 'Vekla Games']]],
    ['Shops shut over the Christmas and New Year holidays.', [['other', 'New Year']]],
    // A city's Roman numeral "I" before a district court's name is inside it; the pronoun "I" takes a verb.
    ['The treasurer told the Trnava I District Court on Monday that he was innocent.', [['organization', 'Trnava I District Court']]],
    ['He joined the Department of Health and Human Services.', [['organization', 'Department of Health and Human Services']]],
    ['The trial is in the Royal Courts of Justice.', [['organization', 'Royal Courts of Justice']]],
    // Two names joined by "and" stay two.
    ['Ford and General Motors sued.', [['organization', 'Ford'], ['organization', 'General Motors']]],
    // Another language's "and", in lower case between capitalised words, is inside one name.
    ['The Transport und Paket Vekschaft said no.', [['organization', 'Transport und Paket Vekschaft']]],
    ['A lawyer for the union, Vekla i Tolva, spoke.', [['organization', 'Vekla i Tolva']]],
    // Two known places joined so stay two.
    ['Prices in Oslo og Bergen rose.', [['place', 'Oslo'], ['place', 'Bergen']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('capitals lines', () => {
  it.each([
    ['CITY WIN AGAIN\nThe match ended late on Saturday.', []],
    // A dateline opens with its town in capitals, then the country and the date.
    ['KESTRA-VALE , Canada 2004-05-11\nThe minister resigned.', [['place', 'KESTRA-VALE'], ['place', 'Canada']]],
    // A country's acronym keeps a hyphen apart.
    ['UK-EU talks resumed.', [['place', 'UK'], ['organization', 'EU']]],
    ['PARIS 2004-05-11\nThe minister resigned on Tuesday.', [['place', 'PARIS']]],
    // A word the document writes as a name elsewhere keeps that name's type.
    ['NASA DELAYS LAUNCH\nEngineers at NASA found a leak.', [['organization', 'NASA'], ['organization', 'NASA']]],
    // A longer name the body gives is matched word for word, before its words alone.
    [
      'SOCCER - VEKRI STARS GO TOP\nVekri Stars went top on Saturday after a 3-1 defeat of Tolva Lakers.',
      [['organization', 'VEKRI STARS'], ['organization', 'Vekri Stars'], ['organization', 'Tolva Lakers']],
    ],
    // A place of two or three words in capitals is whole, before any of its words alone ("SUDAN" is a place too).
    ["SOUTH SUDAN'S LEADER SACKS MINISTER\nThe president acted on Monday.", [['place', 'SOUTH SUDAN']]],
    ["PAPUA NEW GUINEA'S PM VISITS\nThe prime minister arrived.", [['place', 'PAPUA NEW GUINEA']]],
    ['FLOODS HIT RIO GRANDE DO SUL\nRain fell for a week.', [['place', 'RIO GRANDE DO SUL']]],
    // A connector in lower case in the body's name.
    ['BANK OF ENGLAND HOLDS RATES\nThe Bank of England held rates on Thursday.', [['organization', 'BANK OF ENGLAND'], ['organization', 'Bank of England']]],
    // A possessive in capitals is no part of the name.
    ["VEKLORA'S SHARES FALL\nShares of Veklora fell on Monday.", [['organization', 'VEKLORA'], ['organization', 'Veklora']]],
    // A headline in capitals drops the accents the body prints: the body's name, typed as there.
    ['RUGBY - TOLVARÉ LOSE AT HOME\nTolvaré lost 12-30 to the visitors, Tolvaré said in a statement.', [['organization', 'TOLVARÉ'], ['organization', 'Tolvaré'], ['organization', 'Tolvaré']]],
    ['RUGBY - TOLVARE LOSE AT HOME\nTolvaré lost 12-30 to the visitors, Tolvaré said in a statement.', [['organization', 'TOLVARE'], ['organization', 'Tolvaré'], ['organization', 'Tolvaré']]],
    // A hyphenated or an apostrophised word in capitals is one word, as the body prints it.
    ['FLOODS CLOSE KESMORE-VALE ROADS\nRoads in Kesmore-Vale were closed on Monday.', [['place', 'KESMORE-VALE'], ['place', 'Kesmore-Vale']]],
    ["TIMOR-LESTE BUDGET PASSES\nThe budget passed on Monday.", [['place', 'TIMOR-LESTE']]],
    ["SOCCER - HA'ULVA WIN AGAIN\nHa'ulva beat Tolvek Rovers 2-1 on Saturday. Ha'ulva said the pitch was poor.", [['organization', "HA'ULVA"], ['organization', "Ha'ulva"], ['organization', 'Tolvek Rovers'], ['organization', "Ha'ulva"]]],
    // An ordinary hyphenated word in capitals stays no name.
    ['COUNCIL BACKS ALL-NIGHT BUSES\nThe council met on Monday.', []],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('names of places and companies that are not places', () => {
  it.each([
    ['The councillor, Sydney Hart, said the plan was sound.', [['person', 'Sydney Hart']]],
    ['They sailed into Sydney Harbour.', [['place', 'Sydney Harbour']]],
    ['She flew Air Kestrel to Lyon.', [['organization', 'Air Kestrel'], ['place', 'Lyon']]],
    // What a person owns is not a person.
    ["Dana Cole's Colewave grew fast.", [['person', 'Dana Cole'], ['other', 'Colewave']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a first name alone is the full name the document gives', () => {
  it('files "David" under "David Okafor"', () => {
    const [, m] = extractEntities(segment('David Okafor arrived. David said hello.'));
    expect(m).toMatchObject({ text: 'David', name: 'David Okafor', type: 'person' });
  });
  it('leaves it alone when two full names start with it', () => {
    const ms = extractEntities(segment('David Okafor met David Lin. David said hello.'));
    expect(ms[2]).toMatchObject({ text: 'David', name: 'David' });
  });
});

describe('a name a group noun introduces goes on through "of (the)" and "for"', () => {
  it.each([
    ['Nuala Vekla, who started the rowing club Cold Waters of the Tolby, said no.', [['person', 'Nuala Vekla'], ['organization', 'Cold Waters of the Tolby']]],
    ["Ana Ruiz, who chairs the parents' group Fresh Air for Vekzurkh, welcomed the plan.", [['person', 'Ana Ruiz'], ['organization', 'Fresh Air for Vekzurkh']]],
    // A known place after "of" says where the group is.
    ['The campaign group Save Tolvik of Kenya met.', [['organization', 'Save Tolvik'], ['place', 'Kenya']]],
    // No group noun before the name: "of the" ends it.
    ['Rain fell on Vekla Park of the Tolby district.', [['place', 'Vekla Park'], ['place', 'Tolby']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Māori "o" inside a name; "and the" joins a list', () => {
  it.each([
    ['The team, from Te Rūnanga o Vekatahu and the Department of Fisheries, tagged eels.', [['organization', 'Te Rūnanga o Vekatahu'], ['organization', 'Department of Fisheries']]],
    ['Ana Ruiz met the Tolvik Rovers and the Vekby Herons.', [['person', 'Ana Ruiz'], ['organization', 'Tolvik Rovers'], ['organization', 'Vekby Herons']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a monarch's possessive inside a court's \"of\" complement", () => {
  it.each([
    ["Justice Ana Ruiz of the College of King's Surveyors said the firm broke three rules.", [['person', 'Ana Ruiz'], ['organization', "College of King's Surveyors"]]],
    ["The Court of Queen's Bench ruled.", [['organization', "Court of Queen's Bench"]]],
    // A title or a person after a body's possessive is no part of its name.
    ["The Bank of England's Governor spoke.", [['organization', 'Bank of England']]],
    ["The Court of Appeal's Ana Ruiz ruled.", [['organization', 'Court of Appeal'], ['person', 'Ana Ruiz']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('capitals opening a lede, and peoples named for ancestry', () => {
  it.each([
    // A British lede sets its first word in capitals: an English word is that word, not an acronym.
    ['TRIBUTES were paid to the cellist Ana Vek.', [['person', 'Ana Vek']]],
    ['POLICE have arrested a man.', []],
    ['NASA said the launch would slip.', [['organization', 'NASA']]],
    ['A Canadian of Gujarati descent, she trains in Vekmoor.', [['place', 'Vekmoor']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('names holding "of", "on", "and" or "ap", and streets named for titles', () => {
  it.each([
    ['They met on Prince Street on Monday.', [['place', 'Prince Street']]],
    ['Aid to the Horn of Africa was cut.', [['place', 'Horn of Africa']]],
    ['An inspection by the Vekla Commission on Road Safety found faults.', [['organization', 'Vekla Commission on Road Safety']]],
    ['She studied at the Royal Tolvane College of Music and Drama.', [['organization', 'Royal Tolvane College of Music and Drama']]],
    ['Trading at the Stock Exchange of Vekland slowed.', [['organization', 'Stock Exchange of Vekland']]],
    ['Her son, Gruffydd ap Tolwyn, said so.', [['person', 'Gruffydd ap Tolwyn']]],
    // A title before a given name is still the person's.
    ['Mayor Ana Vekla met King Tolvar at the palace.', [['person', 'Ana Vekla'], ['person', 'Tolvar']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a dateline of a town, its country and a dash', () => {
  it.each([
    ['By Ana Vek\nVEKKOT, Nepal — Beside the school gate, the only sound was rain.', [['person', 'Ana Vek'], ['place', 'VEKKOT'], ['place', 'Nepal']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('Nguni names with a lower-case prefix', () => {
  it.each([
    ['The eThekwini Municipality said the pipes were fixed.', [['organization', 'eThekwini Municipality']]],
    ['People in uMhlatuvek were angry.', [['place', 'uMhlatuvek']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a body\'s name that goes on after "of the" or a campus\'s "at"', () => {
  it.each([
    // A known country after "of the" belongs to a body's name ("the Growers Association of the Philippines").
    ['The Tolvane Growers Association of the Philippines said in a statement it backs the bill.', [['organization', 'Tolvane Growers Association of the Philippines']]],
    ['The Federation of the Vekla Ministries met on Friday.', [['organization', 'Federation of the Vekla Ministries']]],
    // A person's title takes no country into its name.
    ['He met the Ambassador of the Philippines.', [['place', 'Philippines']]],
    ['She teaches at the University of Vekland at Denver, where the lab is.', [['organization', 'University of Vekland at Denver']]],
    // Only a town, and only when the run ends there.
    ['Students of the University of Vekland at Tolvane General Hospital met.', [['organization', 'University of Vekland'], ['place', 'Tolvane General Hospital']]],
    ['The University of Vekland at first refused.', [['organization', 'University of Vekland']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a title-case headline names what its story names, wherever the tagger cut it', () => {
  it.each([
    ["Egypt's Vekla Crescent Bank Doubles Earnings on Strong Lending\n\nVekla Crescent Bank said on Thursday that profit rose.", [['place', 'Egypt'], ['organization', 'Vekla Crescent Bank'], ['organization', 'Vekla Crescent Bank']]],
    // A headline word that is also a word or a given name is no name there, though the story names a person so.
    ['Banks Raise Rates as Inflation Bites\n\nThe rise was expected, said economist Tara Banks. Banks said more would follow.', [['person', 'Tara Banks'], ['person', 'Banks']]],
    ['Turkey Prices Soar Before the Holiday\n\nShops said turkey prices rose again this week.', []],
    // Words the story never names stay out of the headline's names.
    ['Growers Gamble on a Crop Malawi Abandoned\n\nCoffee growers in the hills sold less this year.', [['place', 'Malawi']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a body that lists its portfolios with commas', () => {
  it.each([
    ["Funds came from the Tolvane Chamber of Commerce, Industry, Farming and Tourism's investment arm.", [['organization', 'Tolvane Chamber of Commerce, Industry, Farming and Tourism']]],
    ['The Bureau of Planning, Housing and Works said it had registered more.', [['organization', 'Bureau of Planning, Housing and Works']]],
    ['Officials at Fisheries, Science and Coastal Development Canada would publish rules.', [['organization', 'Fisheries, Science and Coastal Development Canada']]],
    // Places and separate bodies in a list stay apart.
    ['He visited Paris, Rome and Berlin.', [['place', 'Paris'], ['place', 'Rome'], ['place', 'Berlin']]],
    ['The Ministry of Finance, Vekla Power and the Treasury met.', [['organization', 'Ministry of Finance'], ['organization', 'Vekla Power'], ['organization', 'Treasury']]],
    // After "of", an item may take two words.
    ['Grain stocks were low, the Ministry of Forestry, Rural Roads and Irrigation said.', [['organization', 'Ministry of Forestry, Rural Roads and Irrigation']]],
    ['The Department of Transport, Small Harbours and Tourism wrote to owners.', [['organization', 'Department of Transport, Small Harbours and Tourism']]],
    // (Stays as before: a body's name in two words after a comma is no portfolio, nor a town.)
    ['The Ministry of Energy, Vekla Grid and Tolby Council signed.', [['organization', 'Ministry of Energy'], ['organization', 'Vekla Grid'], ['organization', 'Tolby Council']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a road or a crossing named after its two ends, or a dateline of two towns, is two places', () => {
  it.each([
    // (Each end is a known town or a name the document types a place elsewhere.)
    ['Traffic on the Lyon-Grenoble road was halted, police said.', [['place', 'Lyon'], ['place', 'Grenoble']]],
    ['Shops near Qesti and Vanro shut. Ferries on the Qesti-Vanro route were suspended.', [['place', 'Qesti'], ['place', 'Vanro'], ['place', 'Qesti'], ['place', 'Vanro']]],
    // A list of such pairs before one way's noun.
    ['Towns near Tolvek, Marsby, Arnu, Belmu, Qesti and Vanro shut. The Tolvek-Marsby, Arnu-Belmu and Qesti-Vanro points reopened.', [['place', 'Tolvek'], ['place', 'Marsby'], ['place', 'Arnu'], ['place', 'Belmu'], ['place', 'Qesti'], ['place', 'Vanro'], ['place', 'Tolvek'], ['place', 'Marsby'], ['place', 'Arnu'], ['place', 'Belmu'], ['place', 'Qesti'], ['place', 'Vanro']]],
    // A firm's or a line's own hyphenated name before a way's noun stays one name.
    ['The Hewlett-Packard corridor was busy.', [['organization', 'Hewlett-Packard']]],
    ['The Nord-Ost pipeline was closed.', [['other', 'Nord-Ost']]],
    ['They drove the Al-Vekla road.', [['other', 'Al-Vekla']]],
    // A dateline of two towns joined by a slash names both.
    ['TOLBEG/VEKMOOR, Nov 27 — The currency rose on Friday.', [['place', 'TOLBEG'], ['place', 'VEKMOOR']]],
    // (Only a line's opening before a comma, a dash or a colon, and no kicker's labels or short acronym.)
    ['The Tolbeg/Vekmoor region grew.', [['place', 'Tolbeg/Vekmoor']]],
    ['UN/TOLBEG, Nov 27 - Talks resumed.', [['place', 'UN/TOLBEG']]],
    // A hyphenated surname before the verb "points" stays whole.
    ['Ana Lopez-Ortega spoke. Lopez-Ortega points to the data.', [['person', 'Ana Lopez-Ortega'], ['person', 'Lopez-Ortega']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a title "of" a place before a person: the place and the person', () => {
  it.each([
    ['Prime Minister of Canada Ana Vek said the deal was done.', [['place', 'Canada'], ['person', 'Ana Vek']]],
    ['The President of Kenya Ana Vek said the deal was done.', [['place', 'Kenya'], ['person', 'Ana Vek']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a paragraph's last full stop after a company's suffix is the sentence's", () => {
  it.each([
    ['He was paid through his company, Tolbeg Roofing Pty Ltd.\n\nThe judge said no.', [['organization', 'Tolbeg Roofing Pty Ltd']]],
    // Inside the paragraph the dot may be the suffix's own.
    ['He joined Vekla Inc., the firm said.', [['organization', 'Vekla Inc.']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("an everyday acronym opening a firm's name before a body's head stays in the name", () => {
  it.each([
    ['The CFA Institute issued guidance on Tuesday.', [['organization', 'CFA Institute']]],
    ['MRI Software bought a rival in Tolbeg.', [['organization', 'MRI Software'], ['place', 'Tolbeg']]],
    ['CT Group won the contract.', [['organization', 'CT Group']]],
    // Alone it names no one.
    ['The MRI scanner at the clinic broke.', []],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a traditional chief\'s title is no part of the name', () => {
  it.each([
    ['Rates fell. Kgosi Tumelo Sebego-Nare said so.', [['person', 'Tumelo Sebego-Nare']]],
    ['The village elders met Inkosi Sipho Vekela.', [['person', 'Sipho Vekela']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a body whose name joins two fields with "and"', () => {
  it.each([
    ['Drivers paid levies to the city and the Vekla Haulage and Licensing Agency. Its head spoke.', [['organization', 'Vekla Haulage and Licensing Agency']]],
    ['Drivers paid levies to the Road Haulage and Licensing Agency.', [['organization', 'Road Haulage and Licensing Agency']]],
    // (One word before "and" is a body of its own.)
    ['He thanked the Treasury and Foreign Office.', [['organization', 'Treasury'], ['organization', 'Foreign Office']]],
    ['The Mavuto Chamber of Commerce and Industry said on Monday it would appeal.', [['organization', 'Mavuto Chamber of Commerce and Industry']]],
    ['Supporters of the Alliance for Change and Transparency marched.', [['organization', 'Alliance for Change and Transparency']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a body\'s head opening a sentence before "of" and its name', () => {
  it.each([
    ['Rates fell. Bank of Velandia governor Ana Pirtu spoke.', [['organization', 'Bank of Velandia'], ['person', 'Ana Pirtu']]],
    ['Rates fell. Bank of Velandia said rates would rise.', [['organization', 'Bank of Velandia']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a name\'s particles and syllables that look like other words', () => {
  it.each([
    // A given name opening the sentence before a surname's particle.
    ['Kamaliza said so.\n\nJean de Dieu Kamaliza has driven a taxi for 11 years.', [['person', 'Kamaliza'], ['person', 'Jean de Dieu Kamaliza']]],
    // "Jun" between two capitalised words of a name is a given name's syllable, not June.
    ['It was founded by former bankers Darren Tay Jun Hao and Siew Vekla.', [['person', 'Darren Tay Jun Hao'], ['person', 'Siew Vekla']]],
    ['Ms Tan Jun Ling said.', [['person', 'Tan Jun Ling']]],
    ['The meeting on Jun 5 was short.', []],
    // A lower-case particle after a body's head is no given name ("Do", "Van" are): it opens no person.
    ['The Union van Tolvaar Boeren said in a statement that it would appeal.', [['organization', 'Union van Tolvaar Boeren']]],
    ['A spokesperson for the Council van Tolvaar Gemeenten declined to comment.', [['organization', 'Council van Tolvaar Gemeenten']]],
    // A particle after a body's head is its "of": the body's head types the name; French "des" is one.
    ['Delegates of the Union van Tolvaar Boeren voted on Monday.', [['organization', 'Union van Tolvaar Boeren']]],
    ['She works for the Federation del Vekla Sur in Tolbeg.', [['organization', 'Federation del Vekla Sur'], ['place', 'Tolbeg']]],
    ['Mireille Kanaka, who leads the Union des Travailleurs du Bois, said the union would strike.', [['person', 'Mireille Kanaka'], ['organization', 'Union des Travailleurs du Bois']]],
    // A role noun ("Interior") before a lower-case particle opens no person's name.
    ['Clubs of the Asociación del Interior de Tolvar met on Monday.', [['organization', 'Asociación del Interior de Tolvar']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('an English word given as a first name before a surname', () => {
  it.each([
    ['Mugaboro left.\n\nInnocent Mugaboro, who belongs to the same club, tried it.', [['person', 'Mugaboro'], ['person', 'Innocent Mugaboro']]],
    ['Blessing Mukandoli said.', [['person', 'Blessing Mukandoli']]],
    ['The fund paid Innocent Mugaboro in cash.', [['person', 'Innocent Mugaboro']]],
    // (Before a dictionary word it is the word.)
    ['Gift Aid rules changed.', [['other', 'Gift Aid']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a given name the tagger misreads opens the name', () => {
  it.each([
    // Bengali names abbreviate Muhammad as "Md" before the name; Maryland's "Md." follows a town.
    ['Flood officer Md Rafiqul Vekbari said 30 schools were shut.', [['person', 'Md Rafiqul Vekbari']]],
    ['The plant moved to Baltimore, Md. Its staff followed.', [['place', 'Baltimore']]],
    // A given name that ends like an English verb ("-ate") opens the name before a surname no dictionary holds.
    ['The press was fixed in March.\nLisiate Vekahili, a Tongan engineer, said the women kept good records.', [['person', 'Lisiate Vekahili']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('May after another month or "dated" is the month', () => {
  it.each([
    ['Tomas Vekla ran a kiosk between March and May.', [['person', 'Tomas Vekla']]],
    ['A council report dated May said costs rose.', []],
    // (a guard: a woman called May after a full name and "and" stays a person)
    ['Tomas Vekla and May Orvik won the pairs.', [['person', 'Tomas Vekla'], ['person', 'May Orvik']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a direction word opens a name whose other words are plain English', () => {
  it.each([
    // The tagger reads Place into "Zone" and "Road" from their frame; they are no place, so the
    // direction word is the name's own first word.
    ['Tolvane keep their grip on the Eastern Zone Shield.', [['organization', 'Tolvane'], ['other', 'Eastern Zone Shield']]],
    ['Crews resurfaced a stretch of the Southern Ring Road, a project.', [['place', 'Southern Ring Road']]],
    // (a guard: before a place the lists know, the direction word still qualifies the place)
    ['Rebels attacked towns in Southern Krasnodar on Monday.', [['place', 'Krasnodar']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a word the document capitalises only inside other names opens no name of its own', () => {
  it.each([
    // "Platinum" is capitalised mid-sentence only as the head of a miner's name: opening a sentence
    // before a lower-case noun it is the metal.
    ['Analysts at Vekla Platinum were cautious. Platinum miners lost ground while gold held.', [['organization', 'Vekla Platinum']]],
    ['Tolby Dairy cut its forecast. Dairy group Vekmark Foods fell too.', [['organization', 'Tolby Dairy'], ['organization', 'Vekmark Foods']]],
    // (guards: a surname after a given name, a team's plural head and a strong body head still stand alone)
    ['Tom Baker left early. Baker family members said the plan was sound.', [['person', 'Tom Baker'], ['person', 'Baker']]],
    ['Tolby Rovers lost again. Rovers boss Ana Vekla was angry.', [['organization', 'Tolby Rovers'], ['organization', 'Rovers'], ['person', 'Ana Vekla']]],
    ['The Vekland Senate met on Monday. Senate committee members backed the ban.', [['organization', 'Vekland Senate'], ['organization', 'Senate']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a genus before its species epithet is no name', () => {
  it.each([
    ['The survey counted 14 of the bees, Vombra tolvensis, on a ranch near Tolby.', [['place', 'Tolby']]],
    ['The snail was named Kelvaria minutella by the team.', []],
    // (guard: a surname's lower-case particle after a given name is no epithet)
    ['Ana da Tolvaro spoke first.', [['person', 'Ana da Tolvaro']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a plural opening a sentence, capitalised elsewhere only mid-name, is the noun', () => {
  it.each([
    ["The Tolby Growers' Union met. Growers say prices fell.", [['organization', "Tolby Growers' Union"]]],
    ["The Vekland District Prosecutors' Office said so. Prosecutors, who had sought ten years, said no.", [['organization', "Vekland District Prosecutors' Office"]]],
    // (guard: a team's plural head, the last word of its name, is its short name)
    ['Tolby Rovers lost again. Rovers beat Vekmark on Sunday.', [['organization', 'Tolby Rovers'], ['organization', 'Rovers'], ['other', 'Vekmark']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('an apostrophe opening a Sesotho or Polynesian name is part of it', () => {
  it.each([
    ["Stall holders agreed. 'Malineo Tsekoa, 61, who sells fruit, said the rank was full.", [['person', "'Malineo Tsekoa"]]],
    ['The secretary, ’Alisi Vekalu, said the vines were gone.', [['person', '’Alisi Vekalu']]],
    // (guard: a quotation's opening single quote, closed later in the paragraph, stays outside)
    ["She said: 'Tomas Vekla will win.' He did not.", [['person', 'Tomas Vekla']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(withOpeningApostrophes(text, extractEntities(segment(text))).map((m) => [m.type, m.text])).toEqual(expected);
  });
});

describe('a listed place whose long name holds "and" stays whole', () => {
  it.each([
    ['The minister flew to São Tomé and Príncipe on Monday.', [['place', 'São Tomé and Príncipe']]],
    ['By Ana Vekla\nTOLVABE, Saint Kitts and Nevis - The racks are full.', [['person', 'Ana Vekla'], ['place', 'TOLVABE'], ['place', 'Saint Kitts and Nevis']]],
    // (guard: two names joined by "and" that no gazetteer lists as one place stay two)
    ['Mary Stone and Tom Reyes went home.', [['person', 'Mary Stone'], ['person', 'Tom Reyes']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a namesake's possessive inside a place's name", () => {
  it.each([
    // A wharf, quay or lane after a possessive (GeoNames, USPS suffixes) is the place's name.
    ["Dara Quill, 33, of Tolvey's Ramp, was fined.", [['person', 'Dara Quill'], ['place', "Tolvey's Ramp"]]],
    ["The ferry leaves from Hollin's Quay at noon.", [['place', "Hollin's Quay"]]],
    // A knight's or a king's title stays with the place named after him.
    ["The Sir Tolvan's Wharf will be closed to boats.", [['place', "Sir Tolvan's Wharf"]]],
    // Stays as it is: a knight's possessive before a common noun owns it.
    ["Sir Tolvan's boat sank.", [['person', 'Tolvan']]],
    // A lone possessive word before a hospital's or a college's head is the institution's name,
    // though the tagger reads the word as an organization's.
    ["He died on Friday at Tolbert's Hospital in Vekby.", [['place', "Tolbert's Hospital"], ['place', 'Vekby']]],
    // (Stays as before: a body the tagger's lexicon knows owns what follows.)
    ["Google's School programme grew.", [['organization', 'Google'], ['organization', 'School']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a lone possessive before an institution's head", () => {
  // A tester's case: the head must close the name; a street named for a church is no church, so
  // the shop's owner and the street are not read as one institution.
  it.each(["Mellby's Church Street shop shut on Friday.", "Kovra's College Road depot was broken into overnight."])('%j', (text) => {
    const names = mentionsOf(text).map(([, name]) => name);
    expect(names.some((n) => /['’]s (?:Church|College) /u.test(n))).toBe(false);
  });
});

describe("a possessive before a capitalised Day or Eve names a day, no entity", () => {
  it.each([
    ["The toll rises on New Year's Day.", []],
    // (The tagger leaves "Year's" before "Eve" without its space; the text has one.)
    ["Dara Quill will work through New Year's Eve in the bakery.", [['person', 'Dara Quill']]],
    ['It rained on New Year’s Eve.', []],
    ["Dara Quill swam on St Vekla's Day.", [['person', 'Dara Quill']]],
    // Stays as it is: a capital after "Day" goes on to another name, which the rule leaves alone.
    ["Tolvey's Day Centre shut.", [['organization', 'Tolvey'], ['organization', 'Day Centre']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a government or a public service names what it serves after "of"', () => {
  it.each([
    ['The Government of Tolvia will pay half.', [['organization', 'Government of Tolvia']]],
    ['Forecasters at the Meteorological Service of Vekland said 40 mm fell.', [['organization', 'Meteorological Service of Vekland']]],
    // Stays as it is: a lower-case "government" heads no name, and a title after "of" opens a person's.
    ['A loan came from the government of Portugal on Monday.', [['place', 'Portugal']]],
    ['The Government of Prime Minister Ana Venn fell.', [['person', 'Ana Venn']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a body named for the office it serves: head, "of the" and a title', () => {
  it.each([
    ['The Office of the President said no.', [['organization', 'Office of the President']]],
    ['A statement from the Office of the Chief Justice came on Monday.', [['organization', 'Office of the Chief Justice']]],
    ['The Court of the Chief Metropolitan Magistrate fined him.', [['organization', 'Court of the Chief Metropolitan Magistrate']]],
    // A given name after the title makes it the person's; the body's name ends before "of the".
    ['The Office of the President Ana Venn said no.', [['organization', 'Office'], ['person', 'Ana Venn']]],
    // An agent noun the title list lacks, or a word before a closing "General", serves as a title.
    ['Staff at the Office of the Auditor General in Tolbeg checked the ledgers.', [['organization', 'Office of the Auditor General'], ['place', 'Tolbeg']]],
    ['Forms go to the Office of the Registrar General by Friday.', [['organization', 'Office of the Registrar General']]],
    // The office keeps its own "of" complement inside the body's name.
    ['The Office of the Director of Public Prosecutions dropped the charge.', [['organization', 'Office of the Director of Public Prosecutions']]],
    ['The Bureau of the Commissioner of Revenue wrote back.', [['organization', 'Bureau of the Commissioner of Revenue']]],
    // Stay as before: the person titled as auditor general, and a body with no "of the" before the title.
    ['Auditor General Ana Venn said the ledgers were wrong.', [['person', 'Ana Venn']]],
    ['The Tolbeg Council of Elders met on Monday.', [['organization', 'Tolbeg Council of Elders']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a division\'s formal name: its category, "of" and its name', () => {
  it.each([
    // One name; acting, it is the division's government.
    ['The Municipality of Tolvaro has delayed its new parking charge.', [['organization', 'Municipality of Tolvaro']]],
    ['Last year the Canton of Vekby paid for the bridge.', [['organization', 'Canton of Vekby']]],
    // After a locative preposition it is the place.
    ['She grew up in the Province of Vekmoor, near the sea.', [['place', 'Province of Vekmoor']]],
    ['Rain fell across the Region of Tolbeg on Sunday.', [['place', 'Region of Tolbeg']]],
    // (Stays as before: the category in lower case is no part of the name.)
    ['Tourism in the region of Vekmoor grew.', [['place', 'Vekmoor']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a headland: a word no dictionary holds and "Head"', () => {
  it.each([
    ['He knew every rock between Tolgarth Head and the harbour.', [['place', 'Tolgarth Head']]],
    ['The lighthouse at Vekmoor Head was lit.', [['place', 'Vekmoor Head']]],
    // Stays as it is: "Head" before a name is a title that the body's name gives.
    ['Vekla Head Ana Lind said no.', [['organization', 'Vekla'], ['person', 'Ana Lind']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a stage race named for the land it crosses: "Tour of" and a place', () => {
  it.each([
    ['She rode the Tour of Vekland in May.', [['other', 'Tour of Vekland']]],
    ['Ana Vekmoor won a stage of the Tour of Portugal on Sunday.', [['person', 'Ana Vekmoor'], ['other', 'Tour of Portugal']]],
    // Stays as it is: a lower-case tour is no name, and the place after it stays a place.
    ['The band began a tour of Portugal on Sunday.', [['place', 'Portugal']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('a point of land: "Point of" and a word no dictionary holds', () => {
  it.each([
    ['He knew every rock between the harbour and the Point of Tolvay.', [['place', 'Point of Tolvay']]],
    ['They sailed past Point of Vekla at dawn.', [['place', 'Point of Vekla']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a league's or a division's tier, an ordinal word, is inside its name", () => {
  it.each([
    ['The club climbed to first place in the Second Basketball League last weekend.', [['other', 'Second Basketball League']]],
    ['The club sits at the top of the Tolby First Division after a 3-0 home win.', [['other', 'Tolby First Division']]],
    // Stays as it is: an ordinal before no league or division opens no name.
    ['First, Vekla League officials met.', [['organization', 'Vekla League']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a currency's sign of capital letters before an amount is its unit, no name", () => {
  it.each([
    ['The court fined him KD 50,000 on Monday.', []],
    ['Fees rose to KES 5,000 a term.', []],
    ['The plan costs MWK 1.5 million.', []],
    // Stays as it is: a body's acronym before a year or a bare number.
    ['The KPMG 2023 report was late.', [['organization', 'KPMG']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a surname prefix of python-nameparser's list, in lower case, stays inside the name", () => {
  it.each([
    ['Giulia della Vekra opened the bakery in 1998.', [['person', 'Giulia della Vekra']]],
    ['The mill is run by Pieter ter Tolhuis and his son.', [['person', 'Pieter ter Tolhuis']]],
    ['Sverre af Vekdal painted the chapel wall.', [['person', 'Sverre af Vekdal']]],
    ['Ottilie zu Tolvenberg chaired the meeting.', [['person', 'Ottilie zu Tolvenberg']]],
    // The prefix opens an Italian square's name, too.
    ['The night market in Piazza della Tolvina opened late.', [['place', 'Piazza della Tolvina']]],
    // Stays as it is: an English word of that list ("op", "bar") joins nothing.
    ['After the photo op Mara Lindqvist left.', [['person', 'Mara Lindqvist']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a surname opened by the elided particle d' stays inside a person's name", () => {
  it.each([
    ['The harvest, said Tomás d’Avila, came late.', [['person', 'Tomás d’Avila']]],
    ["Lucie d'Orvanne opened the gallery on Monday.", [['person', "Lucie d'Orvanne"]]],
    // Given name, "d'" word and a last name make a full name even when the given name is unknown.
    ["The report is by Nilsa d'Arvela Costa and her team.", [['person', "Nilsa d'Arvela Costa"]]],
    // A country the gazetteers hold whole.
    ["Cocoa prices in Côte d'Ivoire rose on Monday.", [['place', "Côte d'Ivoire"]]],
    // Stays as it was: a body or an institution before "d'" is not joined as a person.
    ["The Musée d'Orsay lent a painting.", [['other', 'Musée']]],
    // A tester's cases: a prize's, an award's or a body's head closing the name makes it that prize
    // or body, no person; a landform opening it makes it a place.
    ["The film took the Grenat d'Elmire Prize on Sunday.", [['other', "Grenat d'Elmire Prize"]]],
    ["The director won the Lion d'Avelle Award.", [['other', "Lion d'Avelle Award"]]],
    ["The Henri d'Estavel Foundation gave 2 million euros.", [['organization', "Henri d'Estavel Foundation"]]],
    ["Hikers crowded into Val d'Ombrelle on Monday.", [['place', "Val d'Ombrelle"]]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('"Mar", the sea in Spanish and Portuguese place names, stays inside a name beside a particle', () => {
  it.each([
    ['The final was played in Mar del Tolvo on Sunday.', [['place', 'Mar del Tolvo']]],
    ['They moved to Tolva de la Mar, a fishing town.', [['place', 'Tolva de la Mar']]],
    ['The regatta in Tolvera del Mar ended.', [['place', 'Tolvera del Mar']]],
    // Stays as it is: the month's abbreviation before a day is a date, no name.
    ['Rain is due on Mar 5 in Vekla.', [['place', 'Vekla']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a surname named again with its lower-case particles keeps them, when the full name came first", () => {
  it.each([
    ['Ramona Vek de la Tolva steered the boat. "Look there," said de la Tolva.', [['person', 'Ramona Vek de la Tolva'], ['person', 'de la Tolva']]],
    ['The mill belongs to Pieter van der Holmvek. Later van der Holmvek sold it.', [['person', 'Pieter van der Holmvek'], ['person', 'van der Holmvek']]],
    // Stays as it was: with no full name in the story, a lower-case particle is not read into a name.
    ['"Look there," said de la Tolvaro.', [['other', 'Tolvaro']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("a dateline's bracketed credit names the news agency", () => {
  it.each([
    ['VEKBY, Feb 2 (Harbinger) - The mill closed on Monday.', [['place', 'VEKBY'], ['organization', 'Harbinger']]],
    ['TOLBEG, Jan. 18 (Lanternfly News) - The port opened.', [['place', 'TOLBEG'], ['organization', 'Lanternfly News']]],
    // Stays as it is: brackets in a story's sentence credit no agency.
    ['The mill (Harbinger said) closed on Monday.', []],
    // A tester's cases: an editor's note in capitals and a transcript's role before a colon credit no agency.
    ['ORVIK (UPDATED) - Firefighters saved two horses.', [['place', 'ORVIK']]],
    ['ORVIK (UPDATE 2) - Firefighters saved two horses.', [['place', 'ORVIK']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
  it("a transcript's role before a colon is no agency", () => {
    expect(mentionsOf('MARTA VELKOS (Moderator): Good evening and welcome.').filter(([type]) => type === 'organization')).toEqual([]);
  });
});

describe('a Roman numeral of two letters or more between two capitalised words stays inside the name', () => {
  it.each([
    ['The match was played at the Estadio IV Tolvario on Sunday.', [['place', 'Estadio IV Tolvario']]],
    ['The Vekla XII Regiment marched past.', [['organization', 'Vekla XII Regiment']]],
    // (A tester's case: a competition's finals are an event, no body.)
    ['Tickets for Orvik IX Finals sold out.', [['other', 'Orvik IX Finals']]],
    // Stays as it is: "I" alone is the pronoun, and a numeral before a lower-case word closes nothing new.
    ['In Tolbeg I met the mayor.', [['place', 'Tolbeg']]],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe('the pronoun "I" in a title-case headline joins no name', () => {
  it.each([
    'In Tolvice I Lodged A Complaint With The Tax Office',
    'Why In Vekla I Joined The Army',
  ])('%j', (text) => {
    expect(mentionsOf(text).some(([, name]) => / I /u.test(` ${name} `) || name === 'I')).toBe(false);
  });
});
