import type { Language } from './language';

/**
 * Spanish, as written by the foreign ministries, presidencies and parliaments of Spain and Latin America
 * ("el Presidente del Gobierno, Pedro X", "la Canciller Ana Y", "el Excmo. Sr. D. Juan Z, Embajador de ...").
 * Names do not inflect for case, so there is no `officeCase` or `nominative`: a name after "al", "del" or
 * "con el" is already the canonical form. Double surnames ("González Murga Rivas") and the particles of
 * names ("de la Vega", "del Río", "Ortega y Gasset") are read by the name grammar.
 */
export const es: Language = {
  code: 'es',
  name: 'Spanish',
  script: 'latin',

  letters: 'ñáéíóúü',

  stopWords: `
    el los las del y con por para una unos unas al su sus que se lo le les es son fue fueron ha han había
    hemos este esta estos estas ese esa entre sobre como más también sin hacia desde durante según ante
    tras muy ya pero cuando donde así además mediante cual cuales dicho dicha están sido hoy ayer
    cuyo cuya mismo misma
  `,

  offices: `
    presidente presidenta presidentes presidentas vicepresidente vicepresidenta vicepresidentes
    vicepresidentas
    ministro ministra ministros ministras viceministro viceministra viceministros viceministras
    premier
    secretario secretaria secretarios secretarias subsecretario subsecretaria subsecretarios subsecretarias
    vicesecretario vicesecretaria
    canciller cancilleres vicecanciller vicecancilleres
    embajador embajadora embajadores embajadoras encargado encargada encargados
    cónsul cónsules vicecónsul consulesa agregado agregada agregados
    enviado enviada enviados enviadas emisario emisaria representante representantes delegado delegada
    delegados delegadas
    portavoz portavoces vocero vocera voceros voceras
    director directora directores directoras subdirector subdirectora subdirectores
    jefe jefa jefes jefas
    asesor asesora asesores asesoras consejero consejera consejeros consejeras
    comisario comisaria comisarios comisarias comisionado comisionada comisionados comisionadas
    coordinador coordinadora coordinadores coordinadoras
    rector rectora rectores rectoras registrador registradora contralor contralora contralores
    auditor auditora auditores interventor interventora inspector inspectora inspectores
    defensor defensora defensores ombudsman relator relatora relatores mediador mediadora
    administrador administradora superintendente intendente intendenta intendentes
    fiscal fiscales procurador procuradora procuradores magistrado magistrada magistrados juez jueza
    gobernador gobernadora gobernadores vicegobernador alcalde alcaldesa alcaldes alcaldesas
    prefecto prefecta regidor regidora concejal concejala concejales edil lehendakari
    diputado diputada diputados diputadas eurodiputado eurodiputada eurodiputados senador senadora
    senadores senadoras congresista congresistas asambleísta asambleístas parlamentario parlamentaria
    parlamentarios parlamentarias legislador legisladora legisladores miembro miembros
    mandatario mandataria mandatarios gobernante gobernantes titular titulares líder lideresa líderes
    dirigente dirigentes
    rey reina príncipe princesa príncipes infanta emir emires jeque jeques sultán
    homólogo homóloga homólogos homólogas contraparte contrapartes
    papa pontífice patriarca muftí nuncio arzobispo cardenal obispo
  `,

  pluralOffices: `
    presidentes presidentas vicepresidentes ministros ministras viceministros secretarios subsecretarios
    cancilleres embajadores embajadoras cónsules enviados representantes delegados delegadas portavoces
    voceros directores jefes asesores consejeros comisarios comisionados coordinadores rectores
    gobernadores alcaldes alcaldesas intendentes diputados diputadas eurodiputados senadores senadoras
    congresistas asambleístas parlamentarios legisladores concejales mandatarios titulares líderes
    dirigentes miembros homólogos homólogas príncipes jeques emires fiscales magistrados
  `,

  modifiers: `
    primer primera primero vice sub adjunto adjunta adjuntos general generales extraordinario
    extraordinaria plenipotenciario plenipotenciaria especial especiales permanente permanentes
    interino interina sustituto sustituta suplente suplentes alto alta altos altas principal superior ejecutivo ejecutiva saliente entrante
    electo electa designado designada nuevo nueva actual honorario honoraria residente regional nacional
    federal estatal municipal provincial ex i decano decana estado gobierno negocios
  `,

  connectors: `
    de del la las el los lo al a en ante para por sobre contra y e entre desde
    asuntos exteriores relaciones extranjeros exterior
  `,

  honorifics: `
    señor señora señorita señores señoras sr sra srta sres sras srs don doña dña Dª d
    excelentísimo excelentísima excelentísimos excmo excma excmos ilustrísimo ilustrísima ilmo ilma
    fray excelencia excelencias majestad alteza santidad eminencia señoría su s e
    doctor doctora dr dra lic licenciado licenciada ing ingeniero ingeniera prof arq abog
    gral cnel alm
  `,

  institutions: `
    ministerio ministerios gobierno gobiernos presidencia vicepresidencia cancillería embajada embajadas
    consulado consulados república repúblicas reino federación estado estados unidos unión europea
    naciones unidas organización organizaciones organismo agencia oficina consejo congreso senado cámara
    asamblea parlamento comisión comité tribunal corte suprema supremo constitucional fiscalía
    procuraduría contraloría defensoría auditoría alcaldía gobernación intendencia ayuntamiento
    municipalidad municipio prefectura provincia región departamento comunidad autónoma junta xunta
    generalitat diputación cabildo moncloa zarzuela casa rosada real
    universidad academia instituto fundación banco fondo empresa compañía corporación grupo sociedad
    asociación confederación sindicato partido movimiento frente alianza coalición foro cumbre
    conferencia reunión sesión cooperación desarrollo comercio economía hacienda finanzas defensa
    interior justicia educación cultura salud sanidad trabajo energía agricultura industria turismo
    transporte transportes ambiente infraestructura vivienda ciencia tecnología innovación seguridad
    social asuntos exteriores relaciones extranjeros migraciones igualdad deporte deportes
    comunicaciones obras públicas policía guardia civil ejército fuerzas armadas
    nacional nacionales internacional internacionales europeo iberoamericana iberoamericano popular
    socialista bilateral multilateral estratégica estratégico
    enero febrero marzo mayo junio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado
    madrid bogotá caracas quito lima montevideo buenos aires managua tegucigalpa habana
    parís londres berlín roma bruselas ginebra viena moscú pekín tokio washington lisboa estrasburgo
    varsovia praga atenas estocolmo copenhague dublín kiev ankara teherán cairo rabat argel nairobi
    pretoria delhi seúl canberra ottawa brasilia astaná
  `,

  regions: `
    latinoamérica américa américas iberoamérica centroamérica sudamérica suramérica norteamérica caribe
    europa asia áfrica oceanía magreb sahel mediterráneo balcanes cáucaso oriente medio próximo golfo
    pérsico indopacífico indo-pacífico pacífico atlántico ártico antártida báltico escandinavia
    occidental oriental meridional septentrional central andina patagonia subsahariana
    sur norte oeste sudeste sureste noreste noroeste
  `,

  // "consejero delegado" is a company's chief executive; a "delegado" alone is a public post.
  companyTitles: 'consejero consejera',
  cues: `
    delegado delegada empresa empresas compañía firma multinacional consorcio holding fundador fundadora cofundador
    empresario empresaria periodista periodistas corresponsal reportero reportera fotógrafo fotógrafa
    editor editora escritor escritora autor autora poeta poetisa novelista artista actor actriz cantante
    compositor compositora filósofo científico científica historiador historiadora politólogo analista
    investigador investigadora catedrático catedrática difunto difunta fallecido fallecida finado finada
    prócer libertador héroe san santo santa beato
  `,

  and: 'y e',
  with: 'con junto',

  callWords: `
    llamada llamadas telefónica telefónicas telefónico teléfono conversación conversaciones conversó
    conversaron videollamada videoconferencia entrevista entrevistas entrevistó reunión reuniones
    encuentro encuentros diálogo negociaciones consultas contacto
  `,

  asWords: 'como',
  succeedVerbs: 'sucede sucedió reemplaza reemplazó sustituye sustituyó',
  callVerbs: `
    sostuvo sostuvieron mantuvo mantuvieron celebró celebraron realizó realizaron tuvo tuvieron ha han
    había habían hubo sostenido mantenido celebrado realizado tenido se un una el la los las bilateral
    bilaterales oficial cordial fructífera amplia extensa nueva primera video vía hoy
  `,

  particles: 'de del la las los y i von van der den bin ibn bint',

  endings: 'o a os as e es',

  surnameEndings: 'ez az iz oz aga egui arte',
  nounEndings: 'ción ciones idad miento ismo',
};
