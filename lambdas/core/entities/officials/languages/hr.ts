import type { Language } from './language';
import { SOUTH_SLAVIC_OFFICE_CASE, southSlavicNominative } from './sl';

/** Croatian. */
export const hr: Language = {
  code: 'hr',
  name: 'Croatian',
  script: 'latin',
  stopWords: `i je su u na s sa za pri koji da se će bio bila bili također te o po među kao iz od do ili
    njegov njezin sastao sastala primio primila`,
  offices: `predsjednik* predsjednic* potpredsjednik* potpredsjednic* premijer* premijerka* ministar* ministric* veleposlanik* veleposlanic*
    tajnik* tajnica* gradonačelnik* glasnogovornik* glasnogovornica* zastupnik* kancelar* ministra ministru
    ministrom ministri kolega kolegom kolegu kolege kolegica kolegicom`,
  pluralOffices:
    'ministri ministara predsjednici predsjednika veleposlanici veleposlanika zastupnici zastupnika',
  modifiers: 'državni državna izvanredni opunomoćeni za pri na u i',
  connectors: 'u za pri',
  honorifics: 'gospodin gospođa',
  institutions: `sobranje sobranja sobranju republika republike republici republiku republikom vlada vlade vladi sabor sabora ministarstvo
    veleposlanstvo`,
  regions: '',
  cues: 'tvrtke novinar novinarka',
  and: 'i',
  with: 's sa',
  callWords: 'razgovor*',
  callVerbs: 'imao imala',
  particles: '',
  endings: 'a e i o u om em ov ih im ima ama ami ega emu ju jo ja je',
  surnameEndings: 'ic ovic evic',
  officeCase: SOUTH_SLAVIC_OFFICE_CASE,
  nominative: southSlavicNominative('a'),
};
