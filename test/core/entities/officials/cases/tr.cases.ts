/** Turkish sentences in the style of ministry and presidency releases, with the officials they name. */
export const cases: readonly { text: string; officials: readonly string[]; countries?: readonly string[] }[] =
  [
    {
      text: "Dışişleri Bakanı Kemal Aydınlı, Kazakistan Dışişleri Bakanı Murat Nurtileuov ile Ankara'da bir araya geldi.",
      officials: ['Kemal Aydınlı', 'Murat Nurtileuov'],
      countries: ['KZ'],
    },
    {
      text: "Azerbaycan Cumhurbaşkanı Rauf Hasanov'un daveti üzerine Bakü'ye giden Cumhurbaşkanı Yardımcısı Cevdet Yılmazer, iki ülke arasındaki enerji işbirliğini ele aldı.",
      officials: ['Rauf Hasanov', 'Cevdet Yılmazer'],
      countries: ['AZ'],
    },
    {
      text: "Bakan Aydınlı, Özbekistan Dışişleri Bakanı Baxtiyor Saidqulov'a taziyelerini iletti; Saidqulov'la bölgesel gelişmeleri de görüştü.",
      officials: ['Aydınlı', 'Baxtiyor Saidqulov'],
      countries: ['UZ'],
    },
    {
      text: 'Heyette ayrıca Mehmet Sarıkaya, Dışişleri Bakan Yardımcısı, ile Elif Koçak, Dışişleri Bakanlığı Sözcüsü, yer aldı.',
      officials: ['Mehmet Sarıkaya', 'Elif Koçak'],
    },
    {
      text: "Sayın Bakanımız, Macaristan Dışişleri ve Dış Ticaret Bakanı Sayın Gábor Halmai ile Budapeşte'de görüştü.",
      officials: ['Gábor Halmai'],
      countries: ['HU'],
    },
    {
      text: "Bakan, Slovenya Dışişleri Bakanı Nina Kranjc Hanım'ı Ankara'da kabul etti.",
      officials: ['Nina Kranjc'],
      countries: ['SI'],
    },
    {
      text: 'Toplantıya Kazakistan Başbakanı Aslan Jumabekov ve Kırgızistan Bakanlar Kurulu Başkanı Nurlan Asanbekov katıldı.',
      officials: ['Aslan Jumabekov', 'Nurlan Asanbekov'],
      countries: ['KG', 'KZ'],
    },
    {
      text: 'Zirvede Türk Devletleri Teşkilatı üyesi ülkelerin dışişleri bakanları Ceyhun Mahmudov, Murat Nurtileuov, Jeenbek Toktosunov ve Baxtiyor Saidqulov bir araya geldi.',
      officials: ['Ceyhun Mahmudov', 'Murat Nurtileuov', 'Jeenbek Toktosunov', 'Baxtiyor Saidqulov'],
    },
    {
      text: 'Dışişleri Bakanı Kemal Aydınlı, ABD Dışişleri Bakanı Daniel Whitmore ile telefonda görüştü.',
      officials: ['Kemal Aydınlı', 'Daniel Whitmore'],
      countries: ['US'],
    },
    {
      text: 'Cumhurbaşkanımız Ahmet Selçuk, Almanya Federal Şansölyesi Friedrich Lehmann ile bir telefon görüşmesi gerçekleştirdi.',
      officials: ['Ahmet Selçuk', 'Friedrich Lehmann'],
      countries: ['DE'],
    },
    {
      text: 'Ziyaret kapsamında Bakan Aydınlı, Karadeniz Enerji AŞ Yönetim Kurulu Başkanı Orhan Tekin ve gazeteci Zeynep Arslan ile de bir araya geldi.',
      officials: ['Aydınlı'],
    },
    {
      text: 'Türkiye Büyük Millet Meclisi Dış İlişkiler Komisyonu Başkanı Fuat Oktaylı, Avrupa Parlamentosu heyetini kabul etti.',
      officials: ['Fuat Oktaylı'],
      countries: ['TR'],
    },
    {
      text: 'Törene İstanbul Valisi Davut Gülsoy ve Ankara Büyükşehir Belediye Başkanı Selin Aktaş da katıldı.',
      officials: ['Davut Gülsoy', 'Selin Aktaş'],
    },
    {
      text: "Bakan, Ulu Önder Mustafa Kemal Atatürk'ün anıtına çelenk bıraktıktan sonra Gürcistan Başbakanı Irakli Beridze ile görüştü.",
      officials: ['Irakli Beridze'],
      countries: ['GE'],
    },
    {
      text: 'Dışişleri Bakan Yardımcısı Burak Ersoy, Azerbaycanlı mevkidaşı Elnur Səmədov ile siyasi istişareleri yürüttü.',
      officials: ['Burak Ersoy', 'Elnur Səmədov'],
      countries: ['AZ'],
    },
    {
      text: 'Taşkent Büyükelçimiz Selim Karataş, Özbekistan Senatosu Başkanı Dilnoza Rahimova ile görüştü.',
      officials: ['Selim Karataş', 'Dilnoza Rahimova'],
      countries: ['UZ'],
    },
    {
      text: "BM Genel Sekreteri Antonio Ferreira'nın daveti üzerine New York'a giden Bakan, Güvenlik Konseyi toplantısına katıldı.",
      officials: ['Antonio Ferreira'],
    },
    {
      text: 'Bakan, İrlanda Büyükelçisi Sean Murphy’yi kabul etti.',
      officials: ['Sean Murphy'],
      countries: ['IE'],
    },
    {
      text: 'Toplantıya Ahmet Yıldız, Ticaret Bakan Yardımcısı, katıldı.',
      officials: ['Ahmet Yıldız'],
    },
  ];
