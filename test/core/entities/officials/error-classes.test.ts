import { parseRelease } from '../../../../lambdas/core/parse/parse-release';

// One sentence of our own per error class of ../shared/extraction-error-classes.md (O1-O9), in the same shape
// as its synthetic example with other names, countries and wording.
const parse = (body: string, title = 'Title') =>
  parseRelease(new TextEncoder().encode(`date 2024-01-01 example.org\n\n${title}\n\n${body}`));
const names = (body: string, title?: string) => parse(body, title).officials.map((o) => o.name);

describe('O1: a bare full name fills an office named in the headline or by an anaphor', () => {
  test('two offices of the headline, two sentence-opening names', () => {
    expect(
      names(
        'Luis Navarro congratulated his counterpart on the anniversary of independence. Mette Larsen invited him to the climate conference in Aarhus.',
        'Telephone conversation between the President of Peru and the Prime Minister of Denmark',
      ),
    ).toEqual(['Luis Navarro', 'Mette Larsen']);
  });

  test('an anaphor after the name', () => {
    expect(
      names(
        'On the margins of the conference, Serik Bekov toured the new logistics centre in Gyumri. The Speaker later met members of the Armenian parliament.',
        'Speaker of the Senate visits Armenia',
      ),
    ).toEqual(['Serik Bekov']);
  });
});

describe('O2: office words beyond minister and ambassador', () => {
  test('coordinator, rector, comptroller, chief of staff', () => {
    expect(
      names(
        'The delegation was led by the Coordinator for Development Affairs Maria Santos. The Rector of the National University Karim Nasser and the Comptroller General Julia Weber also took part. Chief of Staff Mark Dunn joined them.',
      ),
    ).toEqual(['Maria Santos', 'Karim Nasser', 'Julia Weber', 'Mark Dunn']);
  });

  test('a member of parliament in an apposition', () => {
    expect(
      names(
        'The memorandum was signed by Erik Holm, a member of the Swedish parliament, and by Vice-Chair of the Senate Committee Dan Cole.',
      ),
    ).toEqual(['Erik Holm', 'Dan Cole']);
  });

  test('a Slovenian case form of premier', () => {
    const r = parse(
      'Zunanja ministrica je v Atenah obiskala grškega premierja Nikosa Papadopoulosa.',
      'Obisk',
    );
    expect(r.officials.map((o) => o.name)).toEqual(['Nikos Papadopoulos']);
    expect(r.countries.map((c) => c.code)).toEqual(['GR']);
  });
});

describe('O3: honorifics, styles and epithets are no part of the name', () => {
  test('H.E., Shri and Smt.', () => {
    expect(names('The Minister received H.E. Martin Keller, Ambassador of Switzerland to Peru.')).toEqual([
      'Martin Keller',
    ]);
    expect(
      names(
        'Prime Minister Shri Vikram Nair addressed the meeting together with Smt. Priya Menon, Minister of Culture.',
      ),
    ).toEqual(['Vikram Nair', 'Priya Menon']);
  });

  test('an honorific in a case form: German Herrn', () => {
    expect(
      names(
        'Die Ministerin sprach mit Herrn Diego Morales, Botschafter der Republik Peru, über Investitionen.',
      ),
    ).toEqual(['Diego Morales']);
  });

  test('a local epithet of a head of state before the name', () => {
    expect(
      names(
        "He recalled the visit of the Chairman of the People's Council – Arkadag Berdi Saparov to the province last autumn.",
      ),
    ).toEqual(['Berdi Saparov']);
  });
});

describe('O3: a peerage name is one unit', () => {
  test('title, name and territorial designation; the variant is title and name', () => {
    const r = parse(
      'The Ambassador also conveyed greetings from Baroness Grey of Westbrook, Minister for Africa, to the Kenyan side. Baroness Grey thanked him.',
    );
    expect(r.officials.map((o) => o.name)).toEqual(['Baroness Grey of Westbrook']);
    expect(r.officials[0]?.variants).toEqual(['Baroness Grey of Westbrook', 'Baroness Grey']);
  });

  test('a peer without an office beside the name; "Lord Mayor" is an office', () => {
    expect(names('The President welcomed Lord Ashdown of Marlow at the palace.')).toEqual([
      'Lord Ashdown of Marlow',
    ]);
    expect(names('The Lord Mayor of the city Nick Jones opened the fair.')).toEqual(['Nick Jones']);
  });
});

describe('O4: a role read through a parenthesis and an enumeration', () => {
  test('a capitalised qualifier and an acronym in brackets', () => {
    expect(
      names(
        'The Minister received the Deputy Director (Operations) of the Water Authority of Uganda Grace Achieng.',
      ),
    ).toEqual(['Grace Achieng']);
    expect(
      names('The inspection was led by the Director-General of the National Roads Agency (NRA) Peter Kamau.'),
    ).toEqual(['Peter Kamau']);
  });

  test('regions enumerated in the complement, in English and in German', () => {
    expect(
      names(
        'The meeting was joined by the Special Representative for the Balkans, the Caucasus and Central Asia, Ms Clara Jensen.',
      ),
    ).toEqual(['Clara Jensen']);
    expect(
      names(
        'Das Treffen mit dem Sonderbeauftragten für Osteuropa, Kaukasus und Zentralasien, Herrn Lukas Weber, fand in Wien statt.',
        'Titel',
      ),
    ).toEqual(['Lukas Weber']);
  });
});

describe('O5: institutions, companies and titles are no names', () => {
  test('institution words before the person', () => {
    expect(
      names(
        'The inspection was led by the Director-General of the Maritime Transport Authority Peter Kamau.',
      ),
    ).toEqual(['Peter Kamau']);
    expect(names('He met the Head of the Anti-Monopoly Committee Oleh Bondar.')).toEqual(['Oleh Bondar']);
    expect(
      names(
        'Das Gespräch mit dem Präsidenten des Bundesrates Martin Kessler und der Vorsitzenden der Bezirksversammlung Anna Huber fand statt.',
        'Titel',
      ),
    ).toEqual(['Martin Kessler', 'Anna Huber']);
  });

  test('a common noun of a programme ends no name: "Water Supply Programme Director"', () => {
    expect(
      names(
        'Deputy Minister of Health Rakhimov of Armenia, Rural Water Supply Programme Director Tashkentov of the Ministry of Water of Georgia and others attended.',
      ),
    ).toEqual(['Rakhimov', 'Tashkentov']);
  });

  test('company staff with the suffix after the name', () => {
    expect(
      names(
        'The President later received the President of Silverline Mining Inc. and the Chairman of Redrock Energy Corporation Paul Drake.',
      ),
    ).toEqual([]);
  });

  test('an event title after a plural office and a spaced dash', () => {
    expect(
      names(
        'The conference closes with a discussion with the ministers – Green Future 2040 in the plenary hall.',
      ),
    ).toEqual([]);
    expect(names('Sledila bo razprava z ministroma – Modra prihodnost Jadrana.', 'Naslov')).toEqual([]);
  });
});

describe('O6: a surname alone after the office complement', () => {
  test('before "of <country>", also with a surname shape of a language without a table', () => {
    expect(
      names(
        'Deputy Minister of Energy Karimov of Armenia, and Deputy Minister of Economy Popescu of Moldova attended.',
      ),
    ).toEqual(['Karimov', 'Popescu']);
  });

  test('honorific and surname before ", <office>"', () => {
    expect(
      names('The President received Mr. Suzuki, Minister of Economy. Mr. Suzuki thanked the President.'),
    ).toEqual(['Suzuki']);
  });
});

describe('O7: lists after a plural office', () => {
  test('"of Country, Name" items after counterparts, in English, French and Spanish', () => {
    expect(
      names('The President met his counterparts of Ghana, John Mensah, and of Togo, Kodjo Adjo.'),
    ).toEqual(['John Mensah', 'Kodjo Adjo']);
    expect(
      names(
        'Le ministre a rencontré ses homologues du Niger, Ali Lamine, du Bénin, Rose Agbo et de la Guinée, Sékou Camara.',
        'Titre',
      ),
    ).toEqual(['Ali Lamine', 'Rose Agbo', 'Sékou Camara']);
    expect(
      names('El ministro se reunió con sus homólogos de Chile, Ana Soto, y de Perú, Luis Vega.', 'Título'),
    ).toEqual(['Ana Soto', 'Luis Vega']);
  });

  test('a country and a comma with no name after it ends the list', () => {
    expect(
      names(
        'The President met his counterparts of Ghana, John Mensah, and of Togo, in the Presidential Palace.',
      ),
    ).toEqual(['John Mensah']);
  });

  test('items that start with their country', () => {
    expect(
      names(
        'The Secretary General received the Education Ministers of Peru – Rosa Flores, the Kingdom of Denmark Lars Nielsen and the Republic of Kenya John Otieno.',
      ),
    ).toEqual(['Rosa Flores', 'Lars Nielsen', 'John Otieno']);
  });

  test('"Name (Country)" items', () => {
    expect(
      names(
        'The King received the credentials of the Ambassadors: Hans Müller (Germany), Pierre Lefèvre (France) and Marta Silva (Brazil).',
      ),
    ).toEqual(['Hans Müller', 'Pierre Lefèvre', 'Marta Silva']);
  });
});

describe('O9: the nominative is rebuilt', () => {
  test('Slovenian instrumental of names with x and of -r stems', () => {
    expect(
      names(
        'Predsednik se je v Mariboru srečal z nemškim kanclerjem Maxom Weberjem, ministrom za gospodarstvo Jonasom Kellerjem in županom mesta Felixom Bauerjem.',
        'Naslov',
      ),
    ).toEqual(['Max Weber', 'Jonas Keller', 'Felix Bauer']);
  });

  test('Croatian genitive and a Kazakh suffix', () => {
    expect(names('Ministar je primio austrijskog premijera Karla Hubera.', 'Naslov')).toEqual(['Karl Huber']);
    expect(names('Астанада Сенат Төрағасы Перу Елшісі Диего Моралеспен кездесті.', 'Тақырып')).toEqual([
      'Диего Моралес',
    ]);
  });

  test('initials stay when the surname is rebuilt', () => {
    expect(names('Министр принял Посла А.К.Рахимова.', 'Заголовок')).toEqual(['А.К.Рахимов']);
  });

  test('an indeclinable Russian given name in -и after a genitive office stays as written', () => {
    expect(
      names('Посол передал послание президента Таджикистана Эмомали Рахмона эмиру.', 'Заголовок'),
    ).toEqual(['Эмомали Рахмон']);
  });
});

describe('worldwide styles', () => {
  test('the role in brackets after each name of a delegation', () => {
    expect(
      names(
        'Present were Mr. Kwame Asante (Minister of Trade) and Ms. Nana Owusu (Deputy Governor, Bank of Ghana).',
      ),
    ).toEqual(['Kwame Asante', 'Nana Owusu']);
    // A country in brackets is no role.
    expect(names('Present were Kwame Asante (Ghana) and Nana Owusu (Togo).')).toEqual([]);
  });

  test('a two-word style "Tan Sri" before a name; Tan as a family name elsewhere', () => {
    expect(
      names('Deputy Prime Minister Tan Sri Ahmad Zahid Hamidi spoke. Minister Tan Chuan Lim replied.'),
    ).toEqual(['Ahmad Zahid Hamidi', 'Tan Chuan Lim']);
  });

  test('a list after the complement of a plural office and a colon (Polish)', () => {
    expect(
      names(
        'W spotkaniu wzięli udział ministrowie zdrowia: Adam Nowak (Polska), Ieva Kalnina (Łotwa) i Rein Tamm (Estonia).',
        'Tytuł',
      ),
    ).toEqual(['Adam Nowak', 'Ieva Kalnina', 'Rein Tamm']);
  });

  test('"fra’" before a name after a genitive office (Polish)', () => {
    expect(
      names('Ambasador spotkał się z Namiestnikiem Wielkiego Mistrza, fra’ Thomasem Wernerem.', 'Tytuł'),
    ).toEqual(['Thomas Werner']);
  });
});

describe('O8: text artefacts, glued words and hyphenation inside names', () => {
  test('a lost space between a country and a name', () => {
    const r = parse(
      'The Minister received the Ambassador of Norway to PolandIngrid Dahl at the ministry. Ingrid Dahl presented a copy of her credentials.',
    );
    expect(r.officials.map((o) => o.name)).toEqual(['Ingrid Dahl']);
    expect(r.countries.map((c) => c.code).sort()).toEqual(['NO', 'PL']);
  });

  test('a lost space between an office word and a name', () => {
    expect(names('The talks were opened by Deputy MinisterPaulo Mendes of Angola.')).toEqual([
      'Paulo Mendes',
    ]);
  });

  test('inner capitals of a name stay: McDonald, DeSantis, MacLeod', () => {
    expect(names('Governor Ron DeSantis met Senator Fiona McDonald and Minister Iain MacLeod.')).toEqual([
      'Ron DeSantis',
      'Fiona McDonald',
      'Iain MacLeod',
    ]);
  });

  test('a surname cut by a hyphen and a line break (Russian instrumental)', () => {
    expect(names('Министр провёл встречу с Послом Андреем Мель-\nниковым в Астане.', 'Встреча')).toEqual([
      'Андрей Мельников',
    ]);
  });

  test('a surname cut by a hyphen, the line break lost (Kazakh instrumental suffix)', () => {
    expect(names('Министр Сергей Кова-левпен кездесті.', 'Кездесу')).toEqual(['Сергей Ковалев']);
  });

  test('a double surname keeps both parts', () => {
    expect(names('Министр Анна Петрова-Сидорова выступила на форуме.', 'Форум')).toEqual([
      'Анна Петрова-Сидорова',
    ]);
  });
});

describe('variants: honorific and title forms, family names first', () => {
  const variants = (body: string) => parse(body).officials.map((o) => [o.name, ...o.variants]);

  test('an honorific and the surname ("Mr. Osei", "Dr Lindqvist")', () => {
    expect(
      variants(
        'Minister of Health Kofi Osei met Director-General Dr Eva Lindqvist. Mr. Osei thanked Dr Lindqvist for the support.',
      ),
    ).toEqual([
      ['Kofi Osei', 'Kofi Osei', 'Osei', 'Mr. Osei'],
      ['Eva Lindqvist', 'Eva Lindqvist', 'Lindqvist', 'Dr Lindqvist'],
    ]);
  });

  test('the end of a longer style is no honorific of its own ("H.E. Osei")', () => {
    const all = variants('President Kofi Osei spoke first. Later, H.E. Osei opened the forum.').flat();
    expect(all).not.toContain('E. Osei');
  });

  test('a monarch with a regnal number: title and full name, title and name', () => {
    expect(
      variants('King Olav VI received the Ambassador of Chile. King Olav thanked the Ambassador.'),
    ).toEqual([['Olav VI', 'Olav VI', 'Olav', 'King Olav VI', 'King Olav']]);
  });

  test('a Chinese or Korean name written family name first: the family name alone', () => {
    expect(
      variants(
        'Premier Zhao Minghui met Foreign Minister Park Sun-young. Zhao said the visit opened a new chapter, and Park agreed.',
      ),
    ).toEqual([
      ['Zhao Minghui', 'Zhao Minghui', 'Zhao'],
      ['Park Sun-young', 'Park Sun-young', 'Park'],
    ]);
  });

  test('a Western name that starts like a family name keeps its surname ("Lee Anderson")', () => {
    expect(variants('Senator Lee Anderson met the delegation. Anderson said the talks went well.')).toEqual([
      ['Lee Anderson', 'Lee Anderson', 'Anderson'],
    ]);
  });
});
