// Slovenian sentences in the style of government, presidency and ministry releases (gov.si), with the officials
// they name (canonical names in the nominative, fullest form). Names are invented.
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // A given name that is also a country's name in another language (Portuguese "França"), in the genitive.
      text: 'Na pobudo državnega sekretarja Franca Hrovatina je ministrstvo danes obiskala avstrijska državna sekretarka Eva Leitner.',
      officials: ['Franc Hrovatin', 'Eva Leitner'],
      countries: ['AT'],
    },
    {
      // The same person in the instrumental (headline) and in the nominative (body) is one person.
      text: 'Zunanja ministrica se je srečala s predsednikom Republike Estonije Tarmom Kaskom. Predsednik Tarmo Kask je poudaril pomen sodelovanja.',
      officials: ['Tarmo Kask'],
      countries: ['EE'],
    },
    {
      // -r stems take j in every case: sekretarjem, kanclerju, premierja.
      text: 'Minister je v Berlinu govoril z nemškim kanclerjem Klausom Berndtom, nato pa še s sekretarjem Matjažem Koširjem.',
      officials: ['Klaus Berndt', 'Matjaž Košir'],
      countries: ['DE'],
    },
    {
      text: 'Obisk premierja Romana Kolarja na Hrvaškem je potekal v prijateljskem vzdušju.',
      officials: ['Roman Kolar'],
      countries: ['HR'],
    },
    {
      text: 'Predsednica republike Nina Zorman je sprejela veleposlanika Kraljevine Švedske Larsa Holma.',
      officials: ['Nina Zorman', 'Lars Holm'],
      countries: ['SE'],
    },
    {
      text: 'Državni sekretar Gregor Pintar je s kolegom iz Madžarske Gáborjem Tóthom podpisal memorandum.',
      officials: ['Gregor Pintar', 'Gábor Tóth'],
      countries: ['HU'],
    },
    {
      text: 'Ministrica za zunanje zadeve Maja Kovač je v Ljubljani sprejela zunanjega ministra Malte Josepha Camillerija.',
      officials: ['Maja Kovač', 'Joseph Camilleri'],
      countries: ['MT'],
    },
    {
      text: 'Veleposlanik Janez Mlakar je predal poverilna pisma predsedniku Republike Kazahstan.',
      officials: ['Janez Mlakar'],
      countries: ['KZ'],
    },
    {
      text: 'Na srečanju s predstavniki Hrvatov v Avstriji je sodeloval tudi župan Marko Petek.',
      officials: ['Marko Petek'],
      countries: ['AT', 'HR'],
    },
    {
      text: 'Državna sekretarka Tanja Bizjak je gostila generalnega direktorja Petra Vidmarja.',
      officials: ['Tanja Bizjak', 'Peter Vidmar'],
    },
  ];
