/** Acronyms written in capitals that are organisations, never part of a person's name, in any language. */
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(
  `GUAM NATO OSCE OSZE CIS SCO CSTO EAEU ASEAN OIC UNESCO UNICEF WTO IMF MFA FCDO MP MPS EU UN UNGA BRICS CICA OTS
  TURKSOY NHK CEO CIA FBI USA USSR UAE ROK DPRK PRC RF RH RK KZ BBC CNN TASS NIAT UZA HE ОБСЕ СНГ ШОС ОДКБ ЕАЭС МИД
  СМИД РФ ОАЭ США КНР НИАТ ООН ЕС`.split(/\s+/),
);
