import type { Language } from './language';

/**
 * Polish. Names decline: the office word shows the case ("z ministrem Janem Kowalskim", "wizyta prezydenta
 * Andrzeja Nowaka"). Feminine office words are often indeclinable ("minister", "ambasador", "prezydent"
 * for a woman), so the endings that no nominative name has (-ą, -ę, -skiego, -skiej ...) are rebuilt in
 * `nameSuffixes` whatever office stands before the name.
 */
export const pl: Language = {
  code: 'pl',
  name: 'Polish',
  script: 'latin',

  letters: 'ąęłńśźżóć',

  stopWords: `
    i w we z na się nie że do jest są oraz przez dla od po przy o jak także również który która które
    których którym był była było byli będzie ich jego jej tym tego tej tych czy lub ale aby już może został
    została zostały podczas wraz pomiędzy między wobec według ponadto jednak tak co gdzie kiedy bardzo
  `,

  offices: `
    prezydent* prezydencie prezydenci prezydentk* prezydentce wiceprezydent* wiceprezydencie
    premier* premierzy premierk* wicepremier* wicepremierzy
    minister ministr* ministrowie wiceminister wiceministr* wiceministrowie
    ambasador* ambasadorowie ambasadork* ambasadorce
    sekretarz* sekretarzowie podsekretarz* sekretark*
    charge attache
    konsul* konsulowie konsulk*
    wysłannik* wysłannicy wysłanniczk*
    przedstawiciel* przedstawicielk*
    marszałek marszałk* marszałkowie wicemarszałek wicemarszałk*
    przewodnicząc* wiceprzewodnicząc*
    senator* senatorowie senatork*
    poseł posł* pośle posłowie posłank* deputowan* parlamentarzyst* parlamentarzyści
    gubernator* gubernatorowie burmistrz* burmistrzowie wiceburmistrz* namiestnik* mistrz*
    wojewod* wojewodzie wicewojewod* wicewojewodzie starost* staroście wójt* wójtowie
    rzecznik* rzecznicy rzeczniczk* ombudsman* rzeczniczce
    dyrektor* dyrektorzy dyrektork* dyrektorce wicedyrektor* wicedyrektorzy
    szef* szefow* wiceszef* prezes* prezesi wiceprezes* kierownik* kierownicy kierowniczk* naczelnik* naczelnicy
    głowa głowy głowie głowę przywódc* przywódczyni lider* liderzy liderk*
    doradc* doradczyni
    komisarz* eurokomisarz* komisarze pełnomocnik* pełnomocnicy komendant* prokurator* prokuratorzy
    koordynator* koordynatorzy koordynatork* rektor* prorektor* audytor* kontroler* inspektor* inspektorzy
    sprawozdawc* sprawozdawczyni delegat* delegaci
    członek członk* członkowie członkini
    król* królowie królow* emir* emirowie szejk* szejkowie sułtan* cesarz*
    książę księcia księciu księciem książęta księżna księżnej następc* następczyni
    kanclerz* kanclerze odpowiednik* odpowiednicy odpowiedniczk*
    patriarch* patriarsze papież* mufti muftiego nuncjusz* arcybiskup* metropolit* kardynał* kardynałowie
  `,

  pluralOffices: `
    ministrowie ministrów ministrom ministrami ministrach wiceministrowie wiceministrów
    prezydenci prezydentów prezydentom prezydentami prezydentach premierzy premierów wicepremierzy wicepremierów
    ambasadorowie ambasadorów ambasadorom ambasadorami ambasadorach ambasadorek
    szefowie szefów szefom szefami szefowe szefowych przewodniczących przewodniczącym
    posłowie posłów posłom posłami posłanek senatorowie senatorów senatorom deputowani deputowanych
    parlamentarzyści parlamentarzystów przedstawiciele przedstawicieli przedstawicielami
    sekretarze sekretarzy konsulowie konsulów dyrektorzy dyrektorów doradców gubernatorzy gubernatorów
    burmistrzowie burmistrzów marszałkowie marszałków członkowie członków członkiń rzecznicy rzeczników
    wysłannicy wysłanników kanclerze kanclerzy przywódcy przywódców liderzy liderów komisarze komisarzy
    wojewodowie wojewodów delegaci delegatów koordynatorzy koordynatorów prezesi prezesów królowie królów
    odpowiednicy odpowiedników
  `,

  modifiers: `
    wice pierwsz* nadzwyczajn* pełnomocn* specjaln* stał* generaln* główn* naczeln* tymczasow* pełniąc*
    obowiązki obowiązków wysok* honorow* ds stanu nowo mianowan* desygnowan* kierując* urzędując*
    koronn* zastępc* zastępczyni senior wielki wielkiego wielkiemu wielkim wielka wielkiej
  `,

  connectors: `
    do spraw w we przy na dla z ze i oraz u od
    zagranicznych wewnętrznych administracji obrony narodowej finansów publicznych gospodarki rozwoju
    technologii sprawiedliwości zdrowia edukacji nauki szkolnictwa wyższego kultury dziedzictwa narodowego
    rolnictwa wsi klimatu środowiska infrastruktury energii cyfryzacji sportu turystyki pracy rodziny
    polityki społecznej aktywów państwowych funduszy regionalnej europejskich unii europejskiej handlu
    przemysłu transportu łączności bezpieczeństwa praw obywatelskich człowieka dyplomacji rady ministrów
    tronu sztabu generalnego zarządu miasta województwa powiatu gminy rządu parlamentu sejmu senatu
  `,

  honorifics: `
    pan pana panu panem panie pani panią panowie panów panom paniami państwo państwa
    fra dr hab prof inż mgr jego jej ich ekscelencja ekscelencji ekscelencję ekscelencjo
    magnificencja magnificencji ks ksiądz księdza księdzem abp bp kard gen płk szanowny szanownego
    szanowna szanownej szanowni h e
  `,

  institutions: `
    ministerstw* resort* rząd* rządzie rządow* kancelari* prezydium sejm* senat* senacie parlament* kongres* zgromadzeni*
    rada rady radzie radę rad radach izb* komisj* komitet* agencj* urząd* urzędu urzędowi urzędem
    urzędzie urzędy urzędów ambasad* konsulat* przedstawicielstw* departament* biur* instytut*
    uniwersytet* uniwersytecie akademi* politechnik* bank* fundusz* fundacj* organizacj* narod* zjednoczon*
    uni* europejsk* republik* republice rzeczpospolit* rzeczypospolitej królestw* federacj* księstw*
    emirat* sułtanat* trybunał* sąd* sądzie prokuratur* policj* straż* wojsk* sił* sztab*
    spółk* spółce koncern* grup* holding* firm* sa sp zoo gmbh inc ltd
    narodow* państwow* federaln* międzynarodow* krajow* wojewódzk* samorząd* samorządow*
    styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca
    sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia
    poniedziałek poniedziałku wtorek wtorku środa środy środę czwartek czwartku piątek piątku
    sobota soboty sobotę niedziela niedzieli niedzielę
    warszaw* kijów kijowa kijowie moskw* berlin* paryż* londyn* waszyngton* bruksel* wilno wilna wilnie
    ryga rygi rydze tallin* praga pragi pradze bratysław* budapeszt* budapeszcie wiedeń wiednia wiedniu
    rzym* madryt* madrycie lizbon* ateny aten atenach ankar* ankarze pekin* tokio seul* genew* haga hagi
    hadze mińsk* astan* taszkent* taszkencie baku tbilisi erywań erywaniu kiszyniów kiszyniowie
    bukareszt* bukareszcie sofia sofii belgrad* belgradzie zagrzeb* lublan* sarajew* helsinki helsinek
    helsinkach sztokholm* oslo kopenhag* kopenhadze dublin* ottaw* kraków krakowa krakowie gdańsk*
    wrocław* poznań poznania poznaniu nowy nowym nowego jork* jorku
  `,

  regions: `
    europ* azj* afryk* afryce ameryk* ameryce bałkan* kaukaz* bliski bliskiego bliskim wschód wschodu wschodzie
    środkow* centraln* zachodni* wschodni* północn* południow* skandynawi* bałtyk* bałtyck* arktyk* arktyce
    sahel* zatok* pacyfik* indo-pacyfik* morz* czarnomorsk* śródziemnomorsk* nordyck* lewant* maghreb*
    oceani* antarktyd* karaib* bliskowschodni*
  `,

  cues: `
    firma firmy firmie spółka spółki spółce koncern koncernu koncernie zarząd zarządu grupa grupy
    dziennikarz dziennikarza dziennikarzem dziennikarka dziennikarki korespondent korespondenta korespondentem
    redaktor redaktora pisarz pisarza pisarka poeta poety poetka historyk historyka historyczka fotograf
    fotografa fotoreporter reporter reportera publicysta publicysty autor autora autorka aktor aktora aktorka
    artysta artysty kompozytor naukowiec naukowca filozof założyciel założyciela śp zmarły zmarłego zmarłej
    nieżyjący nieżyjącego nieżyjącej sa gmbh inc ltd
  `,

  and: 'i oraz',
  with: 'z ze',

  callWords: `
    rozmow* telefoniczn* telefon* telekonferencj* wideokonferencj* wideorozmow* spotkani* spotkał* rozmawia*
    konsultacj* rozmów
  `,

  callVerbs: `
    odbył odbyła odbyli odbyło przeprowadził przeprowadziła przeprowadzili się dwustronn* oficjaln* roboczą
    roboczej roboczy wideo telefoniczną telefonicznej krótką długą
  `,

  particles: 'von van der den de da di del della dos das du la le ter ten zu bin ibn al el',

  endings: 'a u e i y o em ie ce ze owi om ow ami ach ego emu ym im ej iem',

  surnameEndings: 'ski ska cki cka dzki dzka wicz czyk czak iak ewski owski ińska',
  nounEndings: 'acja acji ości ość stwo stwa',
  // Past tense: oddał, spotkała, podpisali.
  verbEndings: 'ł ła ło ły ali ili yli eli',

  // On the folded office word (ą ę ó folded; ł kept). No rule for the nominative forms: minister, prezydent,
  // premier, przewodniczący, przewodnicząca, doradca, wojewoda, książę, prezydentka, głowa, szefowa.
  officeCase: [
    [/ego$/, 'genitive'], // przewodniczącego, deputowanego
    // Plural office words: a list of names takes their case ("z ministrami Janem Nowakiem i Anną Lis").
    [/ami$/, 'instrumental'],
    [/om$/, 'dative'],
    [/ow$/, 'genitive'],
    [/ach$/, 'locative'],
    [/emu$/, 'dative'], // przewodniczącemu
    [/owi$/, 'dative'], // ministrowi, prezydentowi
    [/ciu$/, 'dative'], // księciu
    [/[iy]m$/, 'instrumental'], // przewodniczącym, deputowanym
    [/em$/, 'instrumental'], // ministrem, prezydentem, marszałkiem, księciem
    [/ej$/, 'genitive'], // przewodniczącej, królowej, szefowej
    [/(?:tc|rc|czc|nc)e$/, 'dative'], // prezydentce, ambasadorce, rzeczniczce, posłance
    [/(?:ie|rze)$/, 'locative'], // prezydencie, szefie, prezesie, ministrze, premierze, ambasadorze
    [/(?:rz|ul|[iłn]k|sz)u$/, 'locative'], // sekretarzu, konsulu, rzeczniku, marszałku, członku
    [/^(?!.*(?:tka|rka|czka|anka|owa|[dc]a|sta|cha|zna)$).*(?:[bcdfghjklłmnprstwz]a|ecia)$/, 'genitive'],
    [/^(?!.*acy$).*(?:tki|rki|czki|anki|[dc]y|sty|rchy|owy)$/, 'genitive'], // prezydentki, doradcy, wojewody
    [/(?:tk|rk|czk|ank|[dc]|st|rch|ow)e$/, 'genitive'], // accusative: prezydentkę, doradcę, wojewodę, głowę
  ],

  // As written. The accusative reads like the genitive, so the genitive rules also take -ę/-ą forms. The vowel
  // classes hold the accented vowels of foreign names: Nováka -> Novák (not "Nováek"), Szabóa.
  nominative: {
    genitive: [
      [/iego$/, 'i'], // Antoniego -> Antoni, Zawadzkiego -> Zawadzki
      [/ego$/, 'y'], // Jerzego -> Jerzy, Ignacego -> Ignacy
      [/([kg])iej$/, '$1a'],
      [/ej$/, 'a'],
      [/ii$/, 'ia'], // Marii -> Maria
      [/ji$/, 'ja'], // Alicji -> Alicja
      [/li$/, 'la'], // Urszuli -> Urszula, Mattarelli -> Mattarella
      [/([kg])i$/, '$1a'], // Agnieszki -> Agnieszka, Olgi -> Olga, Łukaszenki -> Łukaszenka
      // Anny -> Anna, Dudy -> Duda; not the undeclined part of Antony'ego, Harry'ego, Henry'ego.
      [/^(?!.*(?:ony|rry|nry)$)(.*[^aeiouyąęóáéíúýěůäöüőű])y$/, '$1a'],
      [/wła$/, 'weł'], // Pawła -> Paweł
      [/([^aeiouyąęóáéíúýěůäöüőű])ka$/, '$1ek'], // Marka -> Marek, Jacka -> Jacek
      [/([^aeiouyąęóáéíúýěůäöüőű])a$/, '$1'], // Jana -> Jan, Nowaka -> Nowak, Blinkena -> Blinken
    ],
    dative: [
      [/iemu$/, 'i'], // Antoniemu -> Antoni
      [/emu$/, 'y'], // Jerzemu -> Jerzy
      [/([^aeiouyąęóáéíúýěůäöüőű])kowi$/, '$1ek'], // Markowi -> Marek
      [/włowi$/, 'weł'],
      [/owi$/, ''], // Janowi -> Jan, Bidenowi -> Biden
      [/([kg])iej$/, '$1a'],
      [/ej$/, 'a'],
      [/ii$/, 'ia'],
      [/ji$/, 'ja'],
      [/li$/, 'la'],
      [/rze$/, 'ra'], // Barbarze -> Barbara
      [/dzie$/, 'da'], // Dudzie -> Duda
      [/ście$/, 'sta'],
      [/cie$/, 'ta'], // Marcie -> Marta, Elżbiecie -> Elżbieta
      [/dze$/, 'ga'], // Oldze -> Olga
      [/ce$/, 'ka'], // Agnieszce -> Agnieszka, Monice
      [/([bfmnpsvwzł])ie$/, '$1a'], // Annie -> Anna, Ewie -> Ewa
    ],
    instrumental: [
      [/ym$/, 'y'], // Antonym -> Antony, Jerzym -> Jerzy
      [/([^aeiouyąęóáéíúýěůäöüőű])kiem$/, '$1ek'], // Markiem -> Marek, Jackiem -> Jacek
      [/([kg])iem$/, '$1'], // Nowakiem -> Nowak
      [/włem$/, 'weł'], // Pawłem -> Paweł
      [/em$/, ''], // Janem -> Jan, Blinkenem -> Blinken, Andrzejem -> Andrzej
    ],
    locative: [
      [/ym$/, 'y'],
      [/([kg])iej$/, '$1a'],
      [/ej$/, 'a'],
      [/([^aeiouyąęóáéíúýěůäöüőű])ku$/, '$1ek'], // Marku -> Marek
      [/wle$/, 'weł'], // Pawle -> Paweł
      [/le$/, 'ł'], // Michale -> Michał
      [/rze$/, 'r'], // Piotrze -> Piotr
      [/dzie$/, 'd'], // Dawidzie -> Dawid
      [/ście$/, 'st'],
      [/cie$/, 't'], // Robercie -> Robert
      [/(ch|[kgjlz])u$/, '$1'], // Nowaku, Andrzeju, Tomaszu, Karolu, Scholzu
      [/ie$/, ''], // Janie -> Jan, Bidenie -> Biden
    ],
  },

  // Endings no nominative name has: rebuilt in any case (after indeclinable feminine office words and
  // honorifics too: "z minister Anną Kowalską", "panią Ewę Nowak").
  nameSuffixes: [
    [/['’](?:ego|emu|owi|iem|em|a|u|m)$/, ''], // Tony'ego, Mike'a
    [/(sk|ck|dzk)iego$/, '$1i'],
    [/(sk|ck|dzk)iemu$/, '$1i'],
    [/(sk|ck|dzk)im$/, '$1i'],
    [/(sk|ck|dzk)iej$/, '$1a'],
    [/ą$/, 'a'], // Anną, Kowalską, Dudą
    [/ę$/, 'a'], // Annę, Urszulę, Dudę
  ],
};
