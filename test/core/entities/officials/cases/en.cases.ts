/**
 * English sentences in the style of foreign-ministry, presidency and news-agency releases worldwide, with the
 * officials they name (canonical name: the fullest form given). Names are invented.
 */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // Offices missing from older lexicons: coordinator, rector, comptroller, chief of staff.
      text: 'The delegation was led by the Coordinator for Migration Affairs Helena Varga. The Rector of the National Defence University Karim Benali and the Auditor General Ruth Okafor also took part. Chief of Staff Daniel Moreau joined them later.',
      officials: ['Helena Varga', 'Karim Benali', 'Ruth Okafor', 'Daniel Moreau'],
    },
    {
      // Member of parliament as an apposition; vice-chair of a committee.
      text: 'The memorandum was signed by Oskar Lindgren, a member of the Swedish parliament, and by Vice-Chair of the Foreign Affairs Committee Maria Costa.',
      officials: ['Oskar Lindgren', 'Maria Costa'],
      countries: ['SE'],
    },
    {
      // Styles before the name: H.E., Shri, Smt., Sheikh as a title.
      text: 'The Foreign Minister received H.E. Lucas Ferreira, Ambassador of Brazil to Kenya. Prime Minister Shri Vikram Mehta met Smt. Anjali Rao, Minister of Culture.',
      officials: ['Lucas Ferreira', 'Vikram Mehta', 'Anjali Rao'],
      countries: ['BR', 'KE'],
    },
    {
      // A qualifier in brackets inside the role; an acronym in brackets.
      text: 'The Minister met the Deputy Director (Trade) of the Export Promotion Council of Ghana Akua Mensah. The inspection was led by the Director-General of the Maritime Safety Authority (MSA) Peter Holm.',
      officials: ['Akua Mensah', 'Peter Holm'],
      countries: ['GH'],
    },
    {
      // A comma enumeration inside a "for" complement.
      text: 'The meeting was attended by the Special Representative for the Caucasus, Central Asia and the Black Sea, Ms Ilona Marsh.',
      officials: ['Ilona Marsh'],
    },
    {
      // Institution words before the name are not the name.
      text: 'He received the Head of the National Anti-Doping Agency Tomasz Wrona and the Chairman of the Civil Service Commission Grace Njoroge.',
      officials: ['Tomasz Wrona', 'Grace Njoroge'],
    },
    {
      // Company staff are not officials; a company name is not a person.
      text: 'The Minister of Industry also received the President of Silverline Mining Ltd. and the Chief Executive of Harbourview Logistics Corporation Alan Pike.',
      officials: [],
    },
    {
      // An event title after a spaced dash is not a name.
      text: 'The conference closes with a panel of the ministers – Future Energy Dialogue 2031 in the main auditorium.',
      officials: [],
    },
    {
      // A lone surname after the office's complement, before "of <country>".
      text: 'The forum was attended by Deputy Minister of Energy Kovacs of Hungary and Deputy Minister of Transport Petrescu of Romania.',
      officials: ['Kovacs', 'Petrescu'],
      countries: ['HU', 'RO'],
    },
    {
      // An honorific and a surname before the office.
      text: 'The Prime Minister met Mr. Watanabe, Minister of Economy. Mr. Watanabe thanked the Kenyan side.',
      officials: ['Watanabe'],
      countries: ['KE'],
    },
    {
      // A list after a plural office in the "Country Name" shape.
      text: 'The President received the Foreign Ministers of Peru – Lucia Quispe, the Republic of Finland Mikko Laine and the Kingdom of Denmark Søren Holt.',
      officials: ['Lucia Quispe', 'Mikko Laine', 'Søren Holt'],
      countries: ['DK', 'FI', 'PE'],
    },
    {
      // A list in the "Name (Country)" shape.
      text: 'The Governor-General accepted the letters of credence of the Ambassadors: Anna Weber (Switzerland), Jan de Vries (Netherlands) and Rui Costa (Portugal).',
      officials: ['Anna Weber', 'Jan de Vries', 'Rui Costa'],
      countries: ['CH', 'NL', 'PT'],
    },
    {
      // Bare names filling the offices of the headline.
      text: 'Telephone conversation between the President of Kenya and the Prime Minister of Iceland\n\nDavid Kamau congratulated his counterpart on the anniversary. Sigrid Jonsdottir invited him to the geothermal forum in Reykjavik.',
      officials: ['David Kamau', 'Sigrid Jonsdottir'],
      countries: ['IS', 'KE'],
    },
    {
      // A bare full name followed by an anaphor for the office.
      text: 'Speaker of the Senate visits Armenia\n\nOn the margins of the forum, Bakyt Isaev toured the new logistics centre in Gyumri. The Speaker later met members of the Armenian parliament.',
      officials: ['Bakyt Isaev'],
      countries: ['AM'],
    },
    {
      // A peerage title is part of the name.
      text: 'The Ambassador conveyed the message of Baroness Whitfield of Ashby, Minister for Africa, to the Zambian side.',
      officials: ['Baroness Whitfield of Ashby'],
      countries: ['ZM'],
    },
    {
      // Family name first, used alone later.
      text: 'Premier Zhao Minghui met the Ambassador of Chile. Zhao said the two sides should deepen trade.',
      officials: ['Zhao Minghui'],
      countries: ['CL'],
    },
    {
      // A journalist and a historical figure are not officials.
      text: 'The Minister of Culture Farida Nazarova opened an exhibition devoted to the poet Abai Kunanbayev, presented by the journalist Irina Volkova.',
      officials: ['Farida Nazarova'],
    },
    {
      // A call opening with a reporting verb; the partner's office after "with".
      text: 'Foreign Minister Sara Lindqvist held a telephone conversation with the Minister of Foreign Affairs of Chile Pablo Herrera. Pablo Herrera thanked her for the support.',
      officials: ['Sara Lindqvist', 'Pablo Herrera'],
      countries: ['CL'],
    },
    {
      // Indian style: "Joint Secretary" and a place after "in" that is no name.
      text: 'Ms. Kavita Menon, Joint Secretary, Gulf Division at the Ministry of External Affairs in New Delhi and Mr. R. Iyer, Director, Forum Secretariat, were also present at the meeting.',
      officials: ['Kavita Menon', 'R. Iyer'],
    },
    {
      // A surname that is a month in English, after a given name.
      text: 'Home Secretary Brian May met the Minister of Justice of Ireland on 5 May to discuss border checks.',
      officials: ['Brian May'],
      countries: ['IE'],
    },
    {
      // A father's name that is also a country form (Slovenian "Turki") after "bin".
      text: 'HH Sayyid Nasser bin Turki bin Hamad al Harthy, the Sultanate’s Ambassador to Kenya, presented a copy of his credentials.',
      officials: ['Nasser bin Turki bin Hamad al Harthy'],
      countries: ['KE'],
    },
    {
      // Roles in brackets after the names of a delegation.
      text: 'The delegation included Mr. Kwame Asante (Minister of Trade), Ms. Nana Owusu (Deputy Governor, Bank of Ghana) and Mr. Kofi Boateng (Director, Ministry of Finance).',
      officials: ['Kwame Asante', 'Nana Owusu', 'Kofi Boateng'],
      countries: ['GH'],
    },
    {
      // A two-word Malaysian style before the name; Tan as a Chinese family name.
      text: 'Deputy Prime Minister Tan Sri Ahmad Zahid Hamidi spoke first. Minister of State Tan Keng Hui welcomed Vietnamese Deputy Prime Minister Tran Luu Quang.',
      officials: ['Ahmad Zahid Hamidi', 'Tan Keng Hui', 'Tran Luu Quang'],
      countries: ['VN'],
    },
    {
      // A peer, a Romanian surname after the office complement, an epithet before a name.
      text: 'Lord Ashdown of Marlow met Deputy Minister of Economy Popescu of Moldova and the Chairman of the Council – Arkadag Berdi Saparov.',
      officials: ['Lord Ashdown of Marlow', 'Popescu', 'Berdi Saparov'],
      countries: ['MD'],
    },
    {
      text: "Norway's Prime Minister Jonas Gahr Støre met NATO Secretary General Mark Rutte. H.E. Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received H.E. Dr. Amina Yusuf, Minister of Health of Nigeria.",
      officials: ['Jonas Gahr Støre', 'Mark Rutte', 'Abdullah bin Zayed Al Nahyan', 'Amina Yusuf'],
      countries: ['NG', 'NO'],
    },
    {
      text: 'Anna Smith, who met the President, said the talks went well.',
      officials: [],
    },
    {
      // The office after "as": an appointment, a succession (both hold the office), a nomination.
      text: 'Mark Jansen succeeded Erik Solberg as Secretary General of the Council in March. The President later appointed Anna Berg as Ambassador to Chile, and the Senate confirmed Mr. Okafor as Minister of Transport.',
      officials: ['Mark Jansen', 'Erik Solberg', 'Anna Berg', 'Okafor'],
      countries: ['CL'],
    },
    {
      // "as well as" and "such as" are no office: a name alone stays out.
      text: 'Delegations from Peru as well as observers from the region attended, and speakers such as Laura Benson as well as the hosts addressed the forum.',
      officials: [],
      countries: ['PE'],
    },
    {
      // Staff offices of ministries and missions ("Desk Officer", "Liaison Officer") hold a public post.
      text: 'The delegation included the Desk Officer for the Pacific Department, Mr. Tomas Reyes, and the Liaison Officer Ines Baptiste of the Embassy.',
      officials: ['Tomas Reyes', 'Ines Baptiste'],
    },
    {
      // A company's officers stay company staff.
      text: 'The Minister also received the Chief Executive Officer of Silverline Mining Daniel Kerr and the Chief Financial Officer of Northwind Airways Paula Grant.',
      officials: [],
    },
    {
      // A list whose items hold a comma is parted by semicolons; a semicolon without a country ends it.
      text: 'The talks brought together the Ministers of Trade of Chile, Ana Soto; of Peru, Luis Vega; and of Bolivia, Rosa Quispe; Daniel Ortiz Reyes later spoke to the press.',
      officials: ['Ana Soto', 'Luis Vega', 'Rosa Quispe'],
      countries: ['BO', 'CL', 'PE'],
    },
  ];
