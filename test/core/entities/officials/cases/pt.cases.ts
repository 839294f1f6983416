/**
 * Portuguese sentences in the style of European and Brazilian foreign-ministry, presidency and parliament
 * releases, with the officials they name (canonical name: the fullest form given) and the countries.
 */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      // Office, comma, name; a hyphenated office.
      text: 'O Presidente da República, Henrique Valadares Correia, recebeu hoje no Palácio de Belém o Primeiro-Ministro de Cabo Verde, Ulisses Tavares.',
      officials: ['Henrique Valadares Correia', 'Ulisses Tavares'],
      countries: ['CV'],
    },
    {
      // Brazilian "chanceler", a call, the European ministry name.
      text: 'O chanceler Mauro Vasconcelos manteve conversa telefônica com o Ministro das Relações Exteriores de Angola, Edson Baptista Neto.',
      officials: ['Mauro Vasconcelos', 'Edson Baptista Neto'],
      countries: ['AO'],
    },
    {
      // S. Exa. o Senhor Embaixador, Dr. and a particle inside the name.
      text: 'S. Exa. o Senhor Embaixador da República Federativa do Brasil em Lisboa, Dr. Raimundo Nonato de Albuquerque, apresentou as cartas credenciais.',
      officials: ['Raimundo Nonato de Albuquerque'],
      countries: ['BR'],
    },
    {
      // Particles dos, da and "e" inside names; coordinated office holders.
      text: 'A Ministra das Relações Exteriores, Luíza Helena dos Santos, e o Secretário-Geral do Itamaraty, João Batista da Costa e Silva, participaram da cúpula.',
      officials: ['Luíza Helena dos Santos', 'João Batista da Costa e Silva'],
    },
    {
      // A call opening.
      text: 'Telefonema entre o Presidente Gilberto Amaral e o Presidente da França, Lucien Morel, sobre a situação no Sahel.',
      officials: ['Gilberto Amaral', 'Lucien Morel'],
      countries: ['FR'],
    },
    {
      // A list after a plural office, "Name (Country)".
      text: 'Assinaram a declaração os ministros Carla Pimentel (Portugal), Domingos Cabral (Guiné-Bissau) e Aurélio Macuácua (Moçambique).',
      officials: ['Carla Pimentel', 'Domingos Cabral', 'Aurélio Macuácua'],
      countries: ['GW', 'MZ', 'PT'],
    },
    {
      // A journalist must not be counted; the Prime Minister is not named.
      text: 'A jornalista Teresa Lobo, correspondente da agência Lusitânia Press, entrevistou o Primeiro-Ministro no final da cimeira.',
      officials: [],
    },
    {
      // A company executive must not be counted.
      text: 'O Ministro da Economia, Rui Sampaio, visitou a fábrica da empresa Metalúrgica Atlântico, acompanhado pelo presidente-executivo da companhia, Vasco Meireles.',
      officials: ['Rui Sampaio'],
    },
    {
      // Institution names are not persons.
      text: 'A Assembleia da República e o Tribunal Constitucional receberam na quinta-feira a delegação da Comunidade dos Países de Língua Portuguesa.',
      officials: [],
    },
    {
      // Lowercase offices before names, feminine forms.
      text: 'Estiveram presentes a deputada Inês Carvalhal, o senador Fábio Guimarães e a vereadora Patrícia Nogueira.',
      officials: ['Inês Carvalhal', 'Fábio Guimarães', 'Patrícia Nogueira'],
    },
    {
      // Name, comma, lowercase office; a capital city is not a country.
      text: 'Ana Paula Teixeira, secretária de Estado dos Negócios Estrangeiros e da Cooperação, deslocou-se a Luanda para consultas políticas.',
      officials: ['Ana Paula Teixeira'],
    },
    {
      // A spokesperson with a rank between the role and the name.
      text: 'Segundo o porta-voz do Ministério das Relações Exteriores, embaixador Otávio Rangel, as consultas terão lugar em Brasília.',
      officials: ['Otávio Rangel'],
    },
    {
      // Counterpart with a country adjective.
      text: 'O Ministro dos Negócios Estrangeiros, Jorge Albuquerque Sena, reuniu-se com o seu homólogo espanhol, Álvaro Pizarro.',
      officials: ['Jorge Albuquerque Sena', 'Álvaro Pizarro'],
      countries: ['ES'],
    },
    {
      // Brazilian mayor and governor; the city of Salvador is not part of a name.
      text: 'O prefeito de Salvador, Cláudio Rebouças, recebeu o governador da Bahia, Marcelo Peixoto, e a senhora Helena Peixoto.',
      officials: ['Cláudio Rebouças', 'Marcelo Peixoto'],
    },
    {
      // The late poet is not an official.
      text: 'Na cerimónia foi homenageado o falecido poeta Albano Queirós, natural de Coimbra.',
      officials: [],
    },
  ];
