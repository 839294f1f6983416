/**
 * Spanish sentences in the style of foreign-ministry, presidency and parliament releases of Spain and Latin
 * America, with the officials they name (canonical name: the fullest form given) and the countries.
 */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // Office, comma, name; the Spanish head of government is not named by country.
      text: 'El Presidente del Gobierno, Ramón Ibarra Soler, recibió hoy en el Palacio de la Moncloa al Primer Ministro de Portugal, Duarte Lemos Vieira.',
      officials: ['Ramón Ibarra Soler', 'Duarte Lemos Vieira'],
      countries: ['PT'],
    },
    {
      // Style and honorific before the name, office after it.
      text: 'El Excmo. Sr. D. Julián Ortega Baena, Embajador de España en la República de Chile, presentó sus cartas credenciales al Presidente de la República, Gonzalo Prieto Larraín.',
      officials: ['Julián Ortega Baena', 'Gonzalo Prieto Larraín'],
      countries: ['CL', 'ES'],
    },
    {
      // Latin American "Canciller" and "homólogo" (counterpart).
      text: 'La Canciller Mariela Quiroga Santibáñez sostuvo una conversación telefónica con su homólogo de Uruguay, Esteban Larrañaga.',
      officials: ['Mariela Quiroga Santibáñez', 'Esteban Larrañaga'],
      countries: ['UY'],
    },
    {
      // A call opening; a ministry name with commas inside the role.
      text: 'Conversación telefónica del Ministro de Asuntos Exteriores, Unión Europea y Cooperación, Tomás Villalba, con el Secretario de Estado de los Estados Unidos, Peter Lindqvist.',
      officials: ['Tomás Villalba', 'Peter Lindqvist'],
      countries: ['US'],
    },
    {
      // Doña, particles inside the name, double surnames.
      text: 'Asistieron al acto la Vicepresidenta Primera del Gobierno, Doña Carmen de la Vega Urrutia, y el Alcalde de Sevilla, Francisco Javier Moreno del Río.',
      officials: ['Carmen de la Vega Urrutia', 'Francisco Javier Moreno del Río'],
    },
    {
      // Coordinated names after a plural office.
      text: 'Los cancilleres Rodrigo Peñaloza y Ana Lucía Benítez firmaron en Quito un memorando de entendimiento sobre cooperación consular.',
      officials: ['Rodrigo Peñaloza', 'Ana Lucía Benítez'],
    },
    {
      // A list after a plural office, each item with its country.
      text: 'Participaron en la reunión los Ministros de Comercio de Colombia, Laura Restrepo Uribe; del Perú, Miguel Ángel Salas; y del Ecuador, Patricio Andrade.',
      officials: ['Laura Restrepo Uribe', 'Miguel Ángel Salas', 'Patricio Andrade'],
      countries: ['CO', 'EC', 'PE'],
    },
    {
      // A journalist must not be counted.
      text: 'La entrevista al Presidente de la República, Héctor Zambrano Ríos, fue realizada por la periodista Marta Gil Lozano, corresponsal del diario El Observador.',
      officials: ['Héctor Zambrano Ríos'],
    },
    {
      // Company executives must not be counted.
      text: 'El Ministro de Industria, Luis Carrasco Pardo, se reunió con el presidente de la empresa Aceros del Norte, Joaquín Herrera, y con el consejero delegado del Grupo Iberlux, Pablo Urquiza.',
      officials: ['Luis Carrasco Pardo'],
    },
    {
      // Institution names are not persons.
      text: 'La Comisión Nacional de los Mercados y la Competencia y el Tribunal Supremo emitieron un comunicado conjunto el martes.',
      officials: [],
    },
    {
      // "Su Majestad el Rey" unnamed; a head of state with country in the role.
      text: 'Su Majestad el Rey recibió en audiencia en el Palacio de la Zarzuela al Presidente de la República de Panamá, Aurelio Castrellón Vega.',
      officials: ['Aurelio Castrellón Vega'],
      countries: ['PA'],
    },
    {
      // MPs with lowercase office words, a particle inside a surname.
      text: 'La diputada Rosa María Etxeberria y el senador Ignacio Ruiz de Alda intervinieron en la Comisión de Asuntos Exteriores del Congreso.',
      officials: ['Rosa María Etxeberria', 'Ignacio Ruiz de Alda'],
    },
    {
      // Name, comma, lowercase office with a country.
      text: 'Gabriela Fonseca Arias, viceministra de Relaciones Exteriores de Costa Rica, inauguró el foro sobre migraciones en San José.',
      officials: ['Gabriela Fonseca Arias'],
      countries: ['CR'],
    },
    {
      // Historical persons and a writer are not officials.
      text: 'En la ceremonia se recordó el legado del Libertador Simón Bolívar y del escritor Rómulo Gallegos.',
      officials: [],
    },
    {
      // Chargé d'affaires a.i. with an embassy in the role.
      text: 'El Encargado de Negocios a.i. de la Embajada de Francia, Olivier Marchand, fue convocado al Ministerio de Asuntos Exteriores.',
      officials: ['Olivier Marchand'],
      countries: ['FR'],
    },
    {
      // Spokesperson with "Sra." between the role and the name.
      text: 'Según declaró la portavoz del Gobierno, Sra. Elena Cuadrado Mena, las consultas políticas bilaterales continuarán en Bruselas.',
      officials: ['Elena Cuadrado Mena'],
    },
    {
      // "Ministro Sustituto": an acting minister, the office before the name in apposition.
      text: 'El Ministro Sustituto, Embajador Ramón Ortiz, recibió en audiencia al Embajador de la República de Chile, Pablo Fuentes Lagos.',
      officials: ['Ramón Ortiz', 'Pablo Fuentes Lagos'],
      countries: ['CL'],
    },
    {
      // El cargo tras "como": una designación y una sucesión.
      text: 'El Consejo de Ministros designó a Lucía Herrera como embajadora de España en el Perú, y Andrés Molina sucede a Tomás Rivas como secretario general de la Cancillería.',
      officials: ['Lucía Herrera', 'Andrés Molina', 'Tomás Rivas'],
      countries: ['ES', 'PE'],
    },
    {
      // "consejera delegada" es cargo de empresa; un delegado del Gobierno, un cargo público.
      text: 'Asistieron el Delegado del Gobierno en Andalucía, Pedro Robles Vidal, y la consejera delegada de Transportes Sur, Marta Gil Ibáñez.',
      officials: ['Pedro Robles Vidal'],
    },
  ];
