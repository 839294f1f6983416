import type { Language } from './language';
import { SOUTH_SLAVIC_OFFICE_CASE, southSlavicNominative } from './sl';

/** Croatian. */
export const hr: Language = {
  code: 'hr',
  name: 'Croatian',
  script: 'latin',
  letters: 'čćšžđ',
  stopWords: `i je su u na s sa za pri koji da se će bio bila bili također te o po među kao iz od do ili
    njegov njezin sastao sastala primio primila`,
  offices: `predsjednik* predsjednic* potpredsjednik* potpredsjednic* premijer* premijerka* ministar* ministric* veleposlanik* veleposlanic*
    tajnik* tajnica* gradonačelnik* glasnogovornik* glasnogovornica* zastupnik* kancelar* ministra ministru
    ministrom ministri kolega kolegom kolegu kolege kolegica kolegicom`,
  pluralOffices:
    'ministri ministara predsjednici predsjednika veleposlanici veleposlanika zastupnici zastupnika',
  modifiers: 'državni državna izvanredni opunomoćeni za pri na u i',
  connectors: 'u za pri',
  honorifics: `gospodin gospodina gospodinu gospodinom gospođa gospođe gospođi gospođu gospođom gospođica
    dr prof njegova njezina ekselencija ekselencije ekselenciji ekselenciju`,
  institutions: `sobranje sobranja sobranju republika republike republici republiku republikom vlada vlade vladi sabor sabora ministarstvo
    veleposlanstvo`,
  regions: `europa europe europi europu azija azije aziji afrika afrike africi balkan balkana balkanu
    kavkaz kavkaza bliski bliskog istok istoka istoku sredozemlje sredozemlja arktik arktika`,
  cues: 'tvrtke novinar novinarka',
  and: 'i',
  with: 's sa',
  callWords: 'razgovor*',
  callVerbs: 'imao imala',
  particles: '',
  endings: 'a e i o u om em ov ih im ima ama ami ega emu ju jo ja je',
  // Borutom, Pahorjem, Kanglerja and Borut, Pahor, Kangler compare equal.
  caseEndings: 'jem jom ja jo ju ji om em a u e o i',
  surnameEndings: 'ic ovic evic',
  // Men's names ending in a vowel that their case forms drop (Stevom, Nikole): see withLostVowel.
  givenNames: `Stevo Đuro Darko Zdravko Slavko Janko Ranko Vlatko Zlatko Božo Jozo Mato Pero Krsto Mijo Ivo
    Mirko Marko Branko Željko Vinko Zvonko Srećko Franjo Dinko Hrvoje Ivica Luka Nikola Andrija Saša Nebojša`,
  officeCase: SOUTH_SLAVIC_OFFICE_CASE,
  nominative: southSlavicNominative('a'),
};
