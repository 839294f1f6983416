// Kazakh sentences in the style of Akorda, MFA and Kazinform releases, with the officials they name (canonical
// names in the nominative, fullest form). Names are invented.
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // The official representative of the MFA, a name with Kazakh letters.
      text: 'Бұл туралы апталық брифингте ҚР СІМ ресми өкілі Әсет Әбенов мәлім етті.',
      officials: ['Әсет Әбенов'],
      countries: ['KZ'],
    },
    {
      // The press secretary of the President, after the office in the genitive.
      text: 'Бұл туралы Президенттің баспасөз хатшысы Бауыржан Уәлиев хабарлады.',
      officials: ['Бауыржан Уәлиев'],
    },
    {
      // A verb after an office ends the role: the newspaper's name is no person.
      text: 'Мемлекет басшысы қол қойған жарлық Түрік үкіметінің Resmi Gazete ресми басылымында жарияланды.',
      officials: [],
      countries: ['TR'],
    },
    {
      // "болып": appointed as ambassador.
      text: 'Жапониядағы Қазақстан Елшісі болып Ерлан Сәрсенбаев тағайындалды.',
      officials: ['Ерлан Сәрсенбаев'],
      countries: ['JP', 'KZ'],
    },
    {
      // A case suffix on the surname comes off.
      text: 'Қазақстан Республикасы Сыртқы істер министрі Марат Жұмабаев Италия Сыртқы істер министрі Лука Бьянкимен кездесті.',
      officials: ['Марат Жұмабаев', 'Лука Бьянки'],
      countries: ['IT', 'KZ'],
    },
    {
      text: 'Келіссөздерге Сенат Төрағасының орынбасары Гүлнар Омарова қатысты.',
      officials: ['Гүлнар Омарова'],
    },
    {
      text: 'Вице-министр Нұрлан Сейітов Франция Елшісі Жан Дюбуамен кездесті.',
      officials: ['Нұрлан Сейітов', 'Жан Дюбуа'],
      countries: ['FR'],
    },
    {
      text: 'Алматы облысының әкімі Серік Қаржаубаев жаңа зауыттың ашылуына қатысты.',
      officials: ['Серік Қаржаубаев'],
    },
    {
      text: 'Департамент директоры Айдос Мұқанов Германия делегациясын қабылдады.',
      officials: ['Айдос Мұқанов'],
      countries: ['DE'],
    },
    {
      text: 'Мемлекет басшысы Түркия Президенті Режеп Тайып Ердоғанмен телефон арқылы сөйлесті.',
      officials: ['Режеп Тайып Ердоған'],
      countries: ['TR'],
    },
    {
      text: 'Кездесуде Ерлан Сапаров, Сыртқы істер министрінің орынбасары, баяндама жасады.',
      officials: ['Ерлан Сапаров'],
    },
    {
      text: 'Министр Үндістан Елшісі Раджеш Кумармен кездесті.',
      officials: ['Раджеш Кумар'],
      countries: ['IN'],
    },
    {
      text: 'Кездесуге Дәурен Сейітов, Қаржы министрінің орынбасары, қатысты.',
      officials: ['Дәурен Сейітов'],
    },
  ];
