import {
  identityKey,
  officialId,
  sameIdentity,
  surnameKey,
} from '../../../lambdas/core/identity/official-identity';

describe('one key per person, whatever the script or romanisation', () => {
  test.each([
    // The examples: Russian, Kazakh and Ukrainian Cyrillic; BGN/PCGN, passport, French, ISO 9,
    // Kazakh Latin 2021 and Ukrainian national romanisations.
    [['Путин', 'Putin', 'Poutine'], 'putin'],
    [['Токаев', 'Тоқаев', 'Tokayev', 'Tokaev', 'Tokaiev', 'Toqaev'], 'tokaev'],
    [['Зеленський', 'Зеленский', 'Zelensky', 'Zelenskyy', 'Zelenskyi', 'Zelenskiy', 'Zelenskij'], 'zelensky'],
    [
      ['Kassym\u2011Jomart Tokayev', 'Kassym-Jomart TOKAYEV', 'Касым-Жомарт Токаев', 'Қасым-Жомарт Тоқаев'],
      'kasim-jomart-tokaev',
    ],
    [['Qasym-Jomart Toqaev', 'Kasym-Zhomart Tokaev'], 'kasim-jomart-tokaev'],
    [['Шавкат Мирзиёев', 'Shavkat Mirziyoyev'], 'shavkat-mirzioev'],
    [['Ильхам Алиев', 'Ilham Aliyev', 'Ilham Aliev'], 'ilham-aliev'],
    [['Джаббаров', 'Dzhabbarov', 'Jabbarov'], 'jabarov'],
    [['Ержан Қазыханов', 'Yerzhan Kazykhanov', 'Erzhan Kazykhanov'], 'erjan-kazihanov'],
    [['Сооронбай Жээнбеков', 'Sooronbay Jeenbekov', 'Sooronbai Zheenbekov'], 'soronbay-jenbekov'],
    [['Сергей Лавров', 'Sergey Lavrov', 'Sergei Lavrov', 'Sergej Lavrov'], 'sergey-lavrov'],
    [['Алексей', 'Aleksey', 'Alexei', 'Aleksei'], 'aleksey'],
    [['Đukanović', 'Djukanović', 'Ђукановић'], 'jukanovich'],
    [['Nataša Pirc Musar', 'Natasha Pirc Musar'], 'natasha-pirc-musar'],
    // Ukrainian and Russian forms of one given name, in both scripts.
    [['Volodymyr Zelensky', 'Володимир Зеленський', 'Владимир Зеленский'], 'vladimir-zelensky'],
    [['Oleksandr Kovalenko', 'Олександр Коваленко', 'Александр Коваленко'], 'aleksandr-kovalenko'],
    // A name with Turkish letters reads its c as j, as Russian releases write it.
    [['Recep Tayyip Erdoğan', 'Режеп Тайип Эрдоган', 'Реджеп Тайип Эрдоган'], 'rejep-tayip-erdogan'],
  ])('%j', (forms, key) => {
    for (const form of forms) expect([form, identityKey(form)]).toEqual([form, key]);
  });

  test('a c without Turkish letters in the name is not j; Ukrainian h and Russian g stay apart', () => {
    expect(identityKey('Vincent Cecil')).not.toContain('j');
    expect(identityKey('Denys Shmyhal')).not.toBe(identityKey('Денис Шмигаль'));
  });

  test('the id is the key: a Latin slug', () => {
    expect(officialId('Владимир Путин')).toBe('vladimir-putin');
    expect(officialId('Recep Tayyip Erdoğan')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(officialId('Ursula von der Leyen')).toBe('ursula-von-der-leyen');
  });

  test('different people stay apart', () => {
    for (const [a, b] of <Array<[string, string]>>[
      ['Putin', 'Putina'],
      ['Vladimir Putin', 'Vladimir Putilin'],
      ['Sergey Lavrov', 'Sergey Lavrin'],
      ['Kim Jong-un', 'Kim Jong-il'],
      ['Person1 Surname1', 'Person11 Surname11'],
    ])
      expect([a, b, sameIdentity(a, b)]).toEqual([a, b, false]);
    expect(sameIdentity('', '')).toBe(false);
  });

  test('sameIdentity and surnameKey', () => {
    expect(sameIdentity('Зеленський', 'Zelenskyy')).toBe(true);
    expect(sameIdentity('Vladimir Putin', 'Putin')).toBe(false);
    expect(surnameKey('Касым-Жомарт Токаев')).toBe('tokaev');
    expect(surnameKey('...')).toBe('');
  });
});
