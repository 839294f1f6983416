// Serbian (Latin) sentences in the style of ministry and presidency releases, with the officials they name
// (canonical names in the nominative, fullest form). Names are invented or plausible.
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      text: 'Ministar spoljnih poslova Republike Srbije Nikola Jovanović razgovarao je u Beogradu sa ministrom spoljnih poslova Mađarske Peterom Sijartom.',
      officials: ['Nikola Jovanović', 'Peter Sijarto'],
      countries: ['HU', 'RS'],
    },
    {
      text: 'Predsednik Republike primio je akreditivna pisma ambasadora Kraljevine Norveške Erika Dala.',
      officials: ['Erik Dal'],
      countries: ['NO'],
    },
    {
      text: 'Sastanku je prisustvovala i gospođa Jelena Marković, državni sekretar u Ministarstvu privrede.',
      officials: ['Jelena Marković'],
    },
    {
      text: 'Dragan Petrović, ambasador Srbije u Ruskoj Federaciji, uručio je poruku predsednika.',
      officials: ['Dragan Petrović'],
      countries: ['RS', 'RU'],
    },
    {
      text: 'Premijerka se sastala sa predsednikom Slovenije Janezom Novakom i kancelarom Austrije Lukasom Brandnerom.',
      officials: ['Janez Novak', 'Lukas Brandner'],
      countries: ['AT', 'SI'],
    },
    {
      text: 'Ministar je primio ambasadore: Tomasa Bergera (Austrija), Lika Dimona (Belgija) i Anu Sousu (Portugalija).',
      officials: ['Tomas Berger', 'Lik Dimon', 'Ana Sousa'],
      countries: ['AT', 'BE', 'PT'],
    },
    {
      text: 'Predsednik Srbije obavio je telefonski razgovor sa predsednikom Francuske Emanuelom Makronom.',
      officials: ['Emanuel Makron'],
      countries: ['FR', 'RS'],
    },
    {
      text: 'Tokom posete premijerke Italije Đulije Rosi razgovarano je o novim investicijama.',
      officials: ['Đulija Rosi'],
      countries: ['IT'],
    },
    {
      text: 'Predsednik je uručio orden ambasadoru Kine Li Mingu u znak zahvalnosti.',
      officials: ['Li Ming'],
      countries: ['CN'],
    },
    {
      text: 'Ministar se sastao sa ministarkom spoljnih poslova Nemačke Anom Lorenc.',
      officials: ['Ana Lorenc'],
      countries: ['DE'],
    },
    {
      text: 'NJ.E. gospodin Ahmed al Sajed, ambasador Ujedinjenih Arapskih Emirata, posetio je Novi Sad.',
      officials: ['Ahmed al Sajed'],
      countries: ['AE'],
    },
    {
      text: 'Na pitanje novinara Milana Ilića odgovorio je portparol Ministarstva Stefan Kostić.',
      officials: ['Stefan Kostić'],
    },
    {
      text: 'Ugovor su potpisali ministar energetike Marko Stanković i generalni direktor kompanije „Energo Invest“ Zoran Lazić.',
      officials: ['Marko Stanković'],
    },
    {
      text: 'Saopštenje je objavilo Ministarstvo spoljnih poslova Republike Srbije u saradnji sa Kancelarijom za evropske integracije.',
      officials: [],
      countries: ['RS'],
    },
    {
      text: 'Državni sekretar SAD Entoni Blinken razgovarao je sa predsednicom Narodne skupštine Anom Brnabić.',
      officials: ['Entoni Blinken', 'Ana Brnabić'],
      countries: ['US'],
    },
    {
      // Men's names in -o and -a lose the vowel in the instrumental: Stevom, Nebojšom; "Misija" is no name.
      text: 'Ministar je razgovarao sa ambasadorom Srbije u Grčkoj Stevom Markovićem, ambasadorom Srbije u Mađarskoj Nebojšom Lazićem i sa šefom Misije Srbije u Ženevi Goranom Petrovićem.',
      officials: ['Stevo Marković', 'Nebojša Lazić', 'Goran Petrović'],
      countries: ['GR', 'HU', 'RS'],
    },
    {
      // "Kosovo i Metohija" is the province's name: no country.
      text: 'Državni sekretar Milan Jovanović informisao je ambasadore o situaciji na Kosovu i Metohiji.',
      officials: ['Milan Jovanović'],
      countries: [],
    },
    {
      text: 'Održan je razgovor ministra odbrane Srbije sa ministrom odbrane Grčke Nikosom Dendijasom.',
      officials: ['Nikos Dendijas'],
      countries: ['GR', 'RS'],
    },
    {
      text: 'Ministar je razgovarao sa ministarkom spoljnih poslova Austrije Kristinom Hofer.',
      officials: ['Kristina Hofer'],
      countries: ['AT'],
    },
    {
      text: 'Predsednik je uručio orden ambasadoru Rumunije Andreju Ionesku.',
      officials: ['Andrej Ionesku'],
      countries: ['RO'],
    },
    {
      text: 'Ministar se sastao sa gospodinom Tomasom Šulcem, ambasadorom Švajcarske.',
      officials: ['Tomas Šulc'],
      countries: ['CH'],
    },
    {
      text: 'Predsednik je primio ambasadore: Hansa Milera (Nemačka), Pjera Lorana (Francuska) i Jana Novaka (Češka).',
      officials: ['Hans Miler', 'Pjer Loran', 'Jan Novak'],
    },
    {
      text: 'Ministar je posetio Kinu i Vijetnam, a potom se sastao sa ministarkom Anom Petrović.',
      officials: ['Ana Petrović'],
      countries: ['CN', 'VN'],
    },
  ];
