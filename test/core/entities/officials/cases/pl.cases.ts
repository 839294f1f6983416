// Polish sentences in the style of ministry and presidency releases, with the officials they name
// (canonical names in the nominative, fullest form). Names are invented or plausible.
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      text: 'Minister spraw zagranicznych Rzeczypospolitej Polskiej Tomasz Wierzbicki spotkał się w Warszawie z ministrem spraw zagranicznych Litwy Gediminasem Vaitkusem.',
      officials: ['Tomasz Wierzbicki', 'Gediminas Vaitkus'],
      countries: ['LT', 'PL'],
    },
    {
      text: 'Wizyta prezydenta Republiki Słowenii Janeza Novaka rozpoczęła się w poniedziałek od spotkania w Pałacu Prezydenckim.',
      officials: ['Janez Novak'],
      countries: ['SI'],
    },
    {
      text: 'Wiceminister Anna Zielińska rozmawiała z ambasadorem Niemiec Thomasem Brandtem o współpracy energetycznej.',
      officials: ['Anna Zielińska', 'Thomas Brandt'],
      countries: ['DE'],
    },
    {
      text: 'Szef dyplomacji odbył rozmowę telefoniczną z sekretarzem stanu USA Antonym Blinkenem.',
      officials: ['Antony Blinken'],
      countries: ['US'],
    },
    {
      text: 'Premier spotkał się z prezydentem Francji Emmanuelem Macronem i kanclerzem Niemiec Olafem Scholzem.',
      officials: ['Emmanuel Macron', 'Olaf Scholz'],
      countries: ['DE', 'FR'],
    },
    {
      text: 'W spotkaniu uczestniczyła pani Ewa Kaczmarek, przewodnicząca Komisji Spraw Zagranicznych Sejmu.',
      officials: ['Ewa Kaczmarek'],
    },
    {
      text: 'Marek Sobczak, wiceminister rozwoju i technologii, podpisał porozumienie z ukraińskim partnerem w Kijowie.',
      officials: ['Marek Sobczak'],
      countries: ['UA'],
    },
    {
      text: 'W konferencji wzięli udział ministrowie spraw zagranicznych: Jan Lipowski (Polska), Kristina Ozola (Łotwa) i Martin Kask (Estonia).',
      officials: ['Jan Lipowski', 'Kristina Ozola', 'Martin Kask'],
      countries: ['EE', 'LV', 'PL'],
    },
    {
      text: 'Podczas wizyty minister Katarzyny Wolskiej w Wilnie podpisano memorandum o współpracy.',
      officials: ['Katarzyna Wolska'],
    },
    {
      text: 'Prezydent podziękował premierowi Czech Pavelowi Horákowi za wsparcie udzielone w czasie kryzysu.',
      officials: ['Pavel Horák'],
      countries: ['CZ'],
    },
    {
      text: 'Rozmowy z minister finansów Słowacji Janą Kováčovą dotyczyły projektów transgranicznych.',
      officials: ['Jana Kováčová'],
      countries: ['SK'],
    },
    {
      text: 'Minister spotkał się z panem Ahmedem Al-Sayedem, ambasadorem Zjednoczonych Emiratów Arabskich.',
      officials: ['Ahmed Al-Sayed'],
      countries: ['AE'],
    },
    {
      text: 'Minister Wierzbicki przeprowadził rozmowę telefoniczną z szefową dyplomacji Kanady Mélanie Tremblay.',
      officials: ['Wierzbicki', 'Mélanie Tremblay'],
      countries: ['CA'],
    },
    {
      text: 'Z ministrem Piotrem Górskim rozmawiał dziennikarz Adam Kurek z tygodnika „Przegląd Spraw Publicznych”.',
      officials: ['Piotr Górski'],
    },
    {
      text: 'W rozmowach uczestniczył także prezes zarządu spółki Baltic Cargo Logistics Krzysztof Mazur.',
      officials: [],
    },
    {
      text: 'Komunikat w tej sprawie wydała Kancelaria Prezesa Rady Ministrów we współpracy z Ministerstwem Obrony Narodowej.',
      officials: [],
    },
    {
      text: 'Marszałek Sejmu Szymon Kowal przyjął delegację Zgromadzenia Narodowego Republiki Bułgarii z jej przewodniczącą Marią Petrową.',
      officials: ['Szymon Kowal', 'Maria Petrowa'],
      countries: ['BG'],
    },
    {
      // A verb after the office ends the role: the place after it is no name.
      text: 'Po spotkaniu Ambasador złożył przy Pomniku Powstańców Warszawskich wieniec.',
      officials: [],
    },
    {
      // The Order of Malta is an organisation, not the state.
      text: 'Ambasador Piotr Nowicki złożył listy uwierzytelniające w Zakonie Maltańskim.',
      officials: ['Piotr Nowicki'],
      countries: [],
    },
    {
      // A religious style before the name, after a comma; the office in the genitive.
      text: 'Ambasador Piotr Nowicki spotkał się z Namiestnikiem Wielkiego Mistrza, fra’ Thomasem Wernerem.',
      officials: ['Piotr Nowicki', 'Thomas Werner'],
      countries: [],
    },
    {
      text: 'Wiceminister przyjął ambasadorów: Hansa Müllera (Niemcy), Jana Nováka (Czechy) i Pétera Szabó (Węgry).',
      officials: ['Hans Müller', 'Jan Novák', 'Péter Szabó'],
    },
    {
      text: 'Wicepremier spotkał się z ambasadorem Szwecji Larsem Nilssonem.',
      officials: ['Lars Nilsson'],
      countries: ['SE'],
    },
  ];
