/** Uzbek (Latin) sentences in the style of presidency and ministry releases, with the officials they name. */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      text: 'Oʻzbekiston Respublikasi Prezidenti Shavkat Rahimov Qozogʻiston Prezidenti Qasim Nurlanov bilan telefon orqali muloqot qildi.',
      officials: ['Shavkat Rahimov', 'Qasim Nurlanov'],
      countries: ['KZ', 'UZ'],
    },
    {
      text: 'Tashqi ishlar vaziri Baxtiyor Saidqulov Qirgʻiziston Tashqi ishlar vaziri Jeenbek Toktosunovning taklifiga binoan Bishkekka tashrif buyurdi.',
      officials: ['Baxtiyor Saidqulov', 'Jeenbek Toktosunov'],
      countries: ['KG'],
    },
    {
      text: 'Prezident Shavkat Rahimov Tojikiston Prezidenti Emomali Sharifovga tabrik maktubi yoʻlladi.',
      officials: ['Shavkat Rahimov', 'Emomali Sharifov'],
      countries: ['TJ'],
    },
    {
      text: 'Oliy Majlis Senati Raisi Dilnoza Rahimovaning Yaponiyaga rasmiy tashrifi davom etmoqda.',
      officials: ['Dilnoza Rahimova'],
      countries: ['JP'],
    },
    {
      text: 'Bosh vazir Abdulla Orifov Rossiya Federatsiyasi Bosh vazirining oʻrinbosari Aleksey Morozovni qabul qildi.',
      officials: ['Abdulla Orifov', 'Aleksey Morozov'],
      countries: ['RU'],
    },
    {
      text: 'Uchrashuvda Jasur Karimov, tashqi ishlar vazirining oʻrinbosari, hamda Nigora Tursunova, vazirlik matbuot kotibi, ishtirok etdi.',
      officials: ['Jasur Karimov', 'Nigora Tursunova'],
    },
    {
      text: 'Janob Tomas Berger, Avstriyaning Oʻzbekistondagi Favqulodda va muxtor elchisi, ishonch yorliqlarini topshirdi.',
      officials: ['Tomas Berger'],
      countries: ['AT', 'UZ'],
    },
    {
      text: 'Tadbirda Turkiya Prezidenti Ahmet Selçuk va Ozarbayjon Prezidenti Ilham Rzayev ishtirok etdi.',
      officials: ['Ahmet Selçuk', 'Ilham Rzayev'],
      countries: ['AZ', 'TR'],
    },
    {
      text: 'Forumda Markaziy Osiyo davlatlari tashqi ishlar vazirlari Murat Nurtileuov, Jeenbek Toktosunov va Sirojiddin Mahmudzoda soʻzga chiqdi.',
      officials: ['Murat Nurtileuov', 'Jeenbek Toktosunov', 'Sirojiddin Mahmudzoda'],
    },
    {
      text: 'Tashqi ishlar vaziri Baxtiyor Saidqulov AQSh Davlat kotibi Daniel Whitmore bilan telefon orqali suhbatlashdi.',
      officials: ['Baxtiyor Saidqulov', 'Daniel Whitmore'],
      countries: ['US'],
    },
    {
      text: 'Vazir, shuningdek, “Samarqand Invest” kompaniyasi rahbari Rustam Ergashev va jurnalist Malika Yusupova bilan uchrashdi.',
      officials: [],
    },
    {
      text: 'Alisher Navoiy nomidagi Milliy kutubxona xodimlari Vazirlar Mahkamasi huzuridagi kengash yigʻilishida qatnashdi.',
      officials: [],
    },
    {
      text: 'Toshkent shahar hokimi Jahongir Azimov Koreya Respublikasi elchisi Park Min-jae bilan uchrashdi.',
      officials: ['Jahongir Azimov', 'Park Min-jae'],
      countries: ['KR'],
    },
    {
      text: 'Prezident Germaniya Federal kansleri Friedrich Lehmann bilan muzokaralar oʻtkazdi.',
      officials: ['Friedrich Lehmann'],
      countries: ['DE'],
    },
    {
      // A dative on a name of no surname shape is the same person as its nominative.
      text: 'Fransiyaning Oʻzbekistondagi elchisi Luc Bernard vazirga ishonch yorliqlarini topshirdi. Vazir Elchi Luc Bernardga muvaffaqiyat tiladi.',
      officials: ['Luc Bernard'],
      countries: ['FR', 'UZ'],
    },
    {
      text: 'Muzokaralarda Sardor Umarov, Oliy Majlis Senati Raisining oʻrinbosari, ishtirok etdi.',
      officials: ['Sardor Umarov'],
    },
    {
      text: 'Vazir “Navoiy Kon” aksiyadorlik jamiyati kompaniyasi direktori Bekzod Yoqubov bilan uchrashdi.',
      officials: [],
    },
    {
      text: 'Vazir Koreya Respublikasi elchisi Kim Jong-su bilan uchrashdi.',
      officials: ['Kim Jong-su'],
      countries: ['KR'],
    },
    {
      text: 'Tadbirda Dilshod Rahimov, Tashqi ishlar vazirligi matbuot kotibi, soʻzga chiqdi.',
      officials: ['Dilshod Rahimov'],
    },
  ];
