/** Azerbaijani sentences in the style of presidency and ministry releases, with the officials they name. */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      text: 'Azərbaycan Respublikasının Prezidenti İlham Rzayev Türkiyə Respublikasının Prezidenti Ahmet Selçuk ilə telefonla danışıb.',
      officials: ['İlham Rzayev', 'Ahmet Selçuk'],
      countries: ['AZ', 'TR'],
    },
    {
      text: 'Xarici işlər naziri Ceyhun Mahmudov Gürcüstanın xarici işlər naziri Levan Kobaidzenin dəvəti ilə Tbilisiyə səfər edib.',
      officials: ['Ceyhun Mahmudov', 'Levan Kobaidze'],
      countries: ['GE'],
    },
    {
      text: 'Prezident İlham Rzayev Özbəkistan Prezidenti Şahin Mirzayevə təbrik məktubu göndərib.',
      officials: ['İlham Rzayev', 'Şahin Mirzayev'],
      countries: ['UZ'],
    },
    {
      text: 'Milli Məclisin Sədri Sahibə Qəniyevanın rəhbərlik etdiyi nümayəndə heyəti Vyanada keçirilən sessiyada iştirak edib.',
      officials: ['Sahibə Qəniyeva'],
    },
    {
      text: 'Baş nazir Əli Həsənli Belarusun Baş naziri Andrey Kovalenko ilə görüşüb.',
      officials: ['Əli Həsənli', 'Andrey Kovalenko'],
      countries: ['BY'],
    },
    {
      text: 'Qazaxıstanın xarici işlər naziri Murat Nurtileuov Bakıda nazir Mahmudovla görüşüb.',
      officials: ['Murat Nurtileuov', 'Mahmudov'],
      countries: ['KZ'],
    },
    {
      text: 'Görüşdə Elnur Səmədov, xarici işlər nazirinin müavini, və Leyla Abbasova, Nazirliyin mətbuat katibi, iştirak ediblər.',
      officials: ['Elnur Səmədov', 'Leyla Abbasova'],
    },
    {
      text: 'Zati-aliləri cənab Tomas Berger, Avstriya Respublikasının Azərbaycandakı Fövqəladə və Səlahiyyətli Səfiri, etimadnaməsini təqdim edib.',
      officials: ['Tomas Berger'],
      countries: ['AT', 'AZ'],
    },
    {
      text: 'Tədbirdə Türkiyənin Bakıdakı səfiri Ahmet Kaya və Qazaxıstanın səfiri Bolat Seitov iştirak ediblər.',
      officials: ['Ahmet Kaya', 'Bolat Seitov'],
      countries: ['KZ', 'TR'],
    },
    {
      text: 'Forumda Türk Dövlətləri Təşkilatına üzv ölkələrin xarici işlər nazirləri Murat Nurtileuov, Jeenbek Toktosunov və Baxtiyor Saidqulov çıxış ediblər.',
      officials: ['Murat Nurtileuov', 'Jeenbek Toktosunov', 'Baxtiyor Saidqulov'],
    },
    {
      text: 'Xarici işlər naziri Ceyhun Mahmudov ABŞ Dövlət katibi Daniel Whitmore ilə telefon danışığı aparıb.',
      officials: ['Ceyhun Mahmudov', 'Daniel Whitmore'],
      countries: ['US'],
    },
    {
      text: 'Nazir həmçinin "Xəzər Enerji" şirkətinin prezidenti Rəşad Quliyev və jurnalist Aynur Məmmədova ilə görüşüb.',
      officials: [],
    },
    {
      text: 'Nizami Gəncəvi adına Beynəlxalq Mərkəzin nümayəndələri Milli Məclisdə olublar.',
      officials: [],
    },
    {
      text: 'Prezidentin köməkçisi – Prezident Administrasiyasının xarici siyasət məsələləri şöbəsinin müdiri Hikmət Cavadov Hindistanın səfiri ilə görüşüb.',
      officials: ['Hikmət Cavadov'],
      countries: ['IN'],
    },
    {
      text: 'Prezident Ukrayna Prezidentinin ofisinin rəhbəri Oleksandr Şevçenkonu qəbul edib.',
      officials: ['Oleksandr Şevçenko'],
      countries: ['UA'],
    },
    {
      text: 'Nazir İrlandiyanın səfiri Şon Merfi ilə görüşüb.',
      officials: ['Şon Merfi'],
      countries: ['IE'],
    },
    {
      text: 'Nazir Almaniyanın səfiri Hans Müller ilə görüşüb.',
      officials: ['Hans Müller'],
      countries: ['DE'],
    },
    {
      text: 'Nazir Koreya Respublikasının səfiri Kim Çon Su ilə görüşüb.',
      officials: ['Kim Çon Su'],
      countries: ['KR'],
    },
    {
      text: 'Tədbirdə Kamran Əliyev, İqtisadiyyat nazirinin müavini, çıxış edib.',
      officials: ['Kamran Əliyev'],
    },
  ];
