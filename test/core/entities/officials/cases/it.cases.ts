/**
 * Italian sentences in the style of Farnesina, Quirinale, Palazzo Chigi and parliament releases, with the
 * officials they name (canonical name: the fullest form given) and the countries.
 */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // Office, comma, name; the Italian head of government is not named by country.
      text: 'Il Presidente del Consiglio dei Ministri, Giovanna Ferrante, ha ricevuto a Palazzo Chigi il Primo Ministro della Repubblica di Polonia, Tomasz Wierzbicki.',
      officials: ['Giovanna Ferrante', 'Tomasz Wierzbicki'],
      countries: ['PL'],
    },
    {
      // On. before the name, a call, "omologo" with a country adjective.
      text: 'Il Ministro degli Affari Esteri e della Cooperazione Internazionale, On. Lorenzo Cantalupi, ha avuto un colloquio telefonico con il suo omologo tunisino, Karim Ben Salah.',
      officials: ['Lorenzo Cantalupi', 'Karim Ben Salah'],
      countries: ['TN'],
    },
    {
      // S.E. and an elided article before the office; Dott. before the name; a capital and a province are no country.
      text: "S.E. l'Ambasciatore d'Italia a Buenos Aires, Dott. Alessandro Marchetti, ha incontrato il Governatore della Provincia di Córdoba, Martín Echeverría.",
      officials: ['Alessandro Marchetti', 'Martín Echeverría'],
      countries: ['IT'],
    },
    {
      // Sen. and Dott.ssa; the second person's office follows her name.
      text: "Alla cerimonia hanno partecipato la Sen. Paola Guidi e la Dott.ssa Chiara Lombardo, Direttrice Generale per l'Europa.",
      officials: ['Paola Guidi', 'Chiara Lombardo'],
    },
    {
      // A lowercase particle inside a noble name, a capitalised one in a surname.
      text: 'Il Sottosegretario agli Esteri Federico Gualtieri di Montalto ha accolto il Sindaco di Napoli, Vincenzo De Santis.',
      officials: ['Federico Gualtieri di Montalto', 'Vincenzo De Santis'],
    },
    {
      // A list after a plural office, between dashes.
      text: 'I Ministri degli Esteri di Francia, Germania e Spagna – Claire Duval, Markus Brenner e Lucía Ortega – hanno firmato la dichiarazione congiunta.',
      officials: ['Claire Duval', 'Markus Brenner', 'Lucía Ortega'],
      countries: ['DE', 'ES', 'FR'],
    },
    {
      // Coordinated names after a plural office; the President is not named.
      text: 'Il Presidente della Repubblica ha ricevuto al Quirinale i deputati Marco Santoro ed Elisa Fontana.',
      officials: ['Marco Santoro', 'Elisa Fontana'],
    },
    {
      // A journalist must not be counted.
      text: "Al termine dell'incontro il Ministro ha rilasciato un'intervista alla giornalista Federica Orsini del quotidiano La Gazzetta del Mattino.",
      officials: [],
    },
    {
      // A company executive must not be counted.
      text: "Il Viceministro delle Imprese, Sergio Bellandi, ha incontrato l'amministratore delegato della società Energia Adriatica, Roberto Galli.",
      officials: ['Sergio Bellandi'],
    },
    {
      // Institution names are not persons.
      text: 'La Camera dei Deputati e la Corte Costituzionale hanno ospitato giovedì una delegazione della Commissione Europea.',
      officials: [],
    },
    {
      // Name, comma, office; a city named after a saint is not a person.
      text: "Anna Maria Ricci, Console Generale d'Italia a San Paolo, ha inaugurato la mostra sulla cooperazione culturale.",
      officials: ['Anna Maria Ricci'],
      countries: ['IT'],
    },
    {
      // A call opening.
      text: 'Telefonata tra il Presidente del Consiglio e il Cancelliere federale tedesco Klaus Hoffmann sulla situazione in Medio Oriente.',
      officials: ['Klaus Hoffmann'],
      countries: ['DE'],
    },
    {
      // A diplomatic rank between the role and the name.
      text: 'Lo ha dichiarato il portavoce della Farnesina, Min. Plen. Stefano Rinaldi, al termine della riunione.',
      officials: ['Stefano Rinaldi'],
    },
    {
      // Cardinal as a style before the name; the Mayor is not named.
      text: 'Il Segretario di Stato della Santa Sede, Cardinale Pietro Galassi, ha ricevuto il Sindaco di Roma.',
      officials: ['Pietro Galassi'],
    },
    {
      // "premier" with a country adjective.
      text: 'Il premier britannico Oliver Hastings ha telefonato al Presidente della Repubblica per gli auguri.',
      officials: ['Oliver Hastings'],
      countries: ['GB'],
    },
    {
      // La carica dopo "come": una nomina.
      text: 'Il Consiglio dei ministri ha confermato oggi Lucia Ferri come rappresentante permanente presso le Nazioni Unite, su proposta del governo.',
      officials: ['Lucia Ferri'],
    },
    {
      // Stili di chi ricopre una carica: "Sen.", "Min. Plen."; una capitale di due parole non è un nome.
      text: 'Al ricevimento a Buenos Aires erano presenti il Sen. Marco Vitale e il Min. Plen. Giulia Serra, accolti dal premier tunisino Hedi Mansour.',
      officials: ['Marco Vitale', 'Giulia Serra', 'Hedi Mansour'],
      countries: ['TN'],
    },
  ];
