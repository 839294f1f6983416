import type { Language } from './language';

/**
 * Portuguese in European and Brazilian usage, as written by the foreign ministries (Negócios Estrangeiros,
 * Itamaraty), presidencies and parliaments: "o Presidente da República, Marcelo X", "o Primeiro-Ministro",
 * "o chanceler Mauro Y", "S. Exa. o Senhor Embaixador Z". Both spellings are listed where folding does not
 * join them (director/diretor, actual/atual, Moscovo/Moscou). Names do not inflect for case, so there is no
 * `officeCase` or `nominative`. Hyphenated office words (primeiro-ministro, porta-voz, secretário-geral) are
 * listed whole, and their parts where a part is itself an office or a modifier.
 */
export const pt: Language = {
  code: 'pt',
  name: 'Portuguese',
  script: 'latin',

  letters: 'ãõçáéíóúâêôà',

  stopWords: `
    o os do da dos das no na nos nas um uma uns umas com pelo pela pelos pelas para que se seu sua seus
    suas é são foi foram também entre sobre como mais ao aos à às não já estão este esta isso essa
    esse onde quando ainda mas ou muito hoje após durante segundo até nesta neste desta deste numa num
    lhe há tem sido
  `,

  offices: `
    presidente presidenta presidentes presidentas vice-presidente vice-presidenta vice-presidentes
    primeiro-ministro primeira-ministra primeiros-ministros primeiras-ministras
    ministro ministra ministros ministras vice-ministro vice-ministra vice-ministros
    premier premiê
    secretário secretária secretários secretárias subsecretário subsecretária subsecretários
    secretário-geral secretária-geral secretários-gerais secretário-executivo secretária-executiva
    chanceler chanceleres vice-chanceler
    embaixador embaixadora embaixadores embaixadoras encarregado encarregada encarregados
    cônsul cônsules cônsul-geral consulesa vice-cônsul adido adida adidos
    enviado enviada enviados enviadas emissário emissária representante representantes delegado
    delegada delegados delegadas
    porta-voz porta-vozes
    diretor diretora diretores diretoras director directora directores directoras diretor-geral
    diretora-geral director-geral directora-geral subdiretor subdiretora subdirector subdirectora
    chefe chefes
    assessor assessora assessores assessoras conselheiro conselheira conselheiros conselheiras consultor
    consultora
    comissário comissária comissários comissárias alto-comissário alta-comissária
    coordenador coordenadora coordenadores coordenadoras
    reitor reitora reitores reitoras registrador registradora controlador controladora controlador-geral
    auditor auditora auditores inspetor inspetora inspetores inspector inspectora inspectores
    inspetor-geral inspector-geral provedor provedora ouvidor ouvidora defensor defensora relator
    relatora relatores mediador mediadora
    administrador administradora superintendente procurador procuradora procuradores procurador-geral
    procuradora-geral magistrado magistrada juiz juíza
    governador governadora governadores vice-governador governador-geral prefeito prefeita prefeitos
    prefeitas vice-prefeito autarca autarcas vereador vereadora vereadores
    deputado deputada deputados deputadas eurodeputado eurodeputada eurodeputados senador senadora
    senadores senadoras parlamentar parlamentares congressista congressistas membro membros
    mandatário mandatária governante governantes titular titulares líder líderes dirigente dirigentes
    rei rainha príncipe princesa príncipes infanta emir emires xeque xeques sultão
    homólogo homóloga homólogos homólogas contraparte contrapartes
    papa pontífice patriarca mufti núncio arcebispo cardeal bispo
  `,

  pluralOffices: `
    presidentes vice-presidentes primeiros-ministros ministros ministras vice-ministros secretários
    secretárias secretários-gerais chanceleres embaixadores embaixadoras cônsules enviados representantes
    delegados delegadas porta-vozes diretores directores chefes assessores conselheiros comissários
    coordenadores reitores governadores prefeitos autarcas vereadores deputados deputadas eurodeputados
    senadores senadoras parlamentares congressistas membros mandatários titulares líderes dirigentes
    homólogos homólogas príncipes xeques emires procuradores magistrados
  `,

  modifiers: `
    primeiro primeira vice sub adjunto adjunta adjuntos geral gerais extraordinário extraordinária
    plenipotenciário plenipotenciária especial especiais permanente permanentes interino interina
    substituto substituta exercício alto alta altos altas principal superior executivo executiva cessante
    eleito eleita designado designada novo nova atual actual honorário honorária residente regional
    nacional federal estadual municipal ex i decano decana estado governo
  `,

  connectors: `
    de do da dos das e em no na nos nas para o a os as ao aos junto perante sobre contra pelo pela
    pelos pelas entre
    negócios estrangeiros relações exteriores assuntos exterior
  `,

  honorifics: `
    senhor senhora senhores senhoras sr sra srs sras dom dona d
    excelentíssimo excelentíssima excelentíssimos exmo exma exmos exmas excelência excelências exa
    exas majestade alteza santidade eminência sua vossa s e
    doutor doutora dr dra eng engenheiro engenheira prof professor professora general gen cel alm
  `,

  institutions: `
    ministério ministérios governo governos presidência vice-presidência palácio planalto itamaraty
    alvorada belém embaixada embaixadas consulado consulados república repúblicas reino federação estado
    estados unidos união europeia nações unidas organização organizações organismo agência gabinete
    conselho congresso senado câmara assembleia parlamento comissão comité tribunal supremo
    superior constitucional eleitoral procuradoria controladoria ouvidoria provedoria prefeitura
    autarquia município municipal concelho freguesia distrito província região comunidade
    universidade academia instituto fundação banco fundo empresa companhia corporação grupo sociedade
    associação confederação sindicato partido movimento frente aliança coligação coalizão fórum cimeira
    cúpula conferência reunião sessão cooperação desenvolvimento comércio economia fazenda finanças
    defesa interior justiça educação cultura saúde trabalho energia agricultura indústria turismo
    transportes ambiente infraestrutura infraestruturas habitação ciência tecnologia inovação segurança
    social negócios estrangeiros relações exteriores assuntos polícia forças armadas
    nacional internacional europeu legislativa legislativo presidencial países língua lusófona
    mercosul
    janeiro fevereiro março maio junho julho agosto setembro outubro novembro dezembro
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira feira sábado
    lisboa brasília luanda maputo bissau praia díli moscovo moscou paris londres berlim roma bruxelas
    genebra viena madrid madri washington pequim tóquio déli pretória ancara argel rabat cairo
    montevidéu bogotá caracas astana estrasburgo
  `,

  regions: `
    américa américas latina lusofonia europa ásia áfrica oceânia magrebe sahel mediterrâneo balcãs
    cáucaso médio oriente próximo golfo pérsico indo-pacífico pacífico atlântico ártico antártida
    báltico escandinávia caraíbas caribe sul norte leste oeste sudeste nordeste central ocidental
    oriental meridional setentrional subsariana subsaariana austral cone
  `,

  cues: `
    empresa empresas companhia firma multinacional consórcio holding fundador fundadora cofundador
    empresário empresária presidente-executivo presidente-executiva jornalista jornalistas
    correspondente repórter fotógrafo fotógrafa fotojornalista editor editora escritor escritora autor
    autora poeta poetisa romancista artista ator atriz actor actriz cantor cantora compositor compositora
    filósofo cientista historiador historiadora investigador investigadora pesquisador pesquisadora
    analista falecido falecida saudoso saudosa finado finada santo santa beato
  `,

  and: 'e',
  with: 'com',

  callWords: `
    telefonema telefonemas chamada chamadas telefónica telefónicas telefónico telefone conversa conversas
    conversação conversações conversou conversaram videoconferência videochamada reunião reuniões
    encontro encontros diálogo entrevista negociações consultas contacto contato avistou avistaram
  `,

  asWords: 'como',
  succeedVerbs: 'sucede sucedeu substitui substituiu',
  callVerbs: `
    teve tiveram manteve mantiveram realizou realizaram efetuou efectuou efetuaram efectuaram fez
    fizeram houve se um uma o a os as realizado realizada mantido mantida bilateral bilaterais oficial
    cordial nova primeira vídeo via por hoje ontem
  `,

  particles: 'de da do dos das e von van der den bin ibn bint',

  endings: 'o a os as e es',

  surnameEndings: 'es eira eiro inho ao aes oso ado',
  nounEndings: 'ção ções idade mento ismo',
};
