/** Acronyms written in capitals that are organisations, never part of a person's name, in any language:
 * the EU, the UN, the OSCE and the CIS in each supported language too (ЄС, UE, AB, БҰҰ ...). */
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set(
  `GUAM NATO OSCE OSZE CIS SCO CSTO EAEU ASEAN OIC UNESCO UNICEF WTO IMF MFA FCDO MP MPS EU UN UNGA BRICS CICA OTS
  TURKSOY NHK CEO CIA FBI USA USSR UAE ROK DPRK PRC RF RH RK KZ BBC CNN TASS NIAT UZA HE ОБСЕ СНГ ШОС ОДКБ ЕАЭС МИД
  СМИД РФ ОАЭ США КНР НИАТ ООН ЕС
  ЄС ОБСЄ СНД ААН АБСЕ ЕУ УН ОЕБС ЗНД OEBS ZND UE ONZ OBWE ONU OTAN AGİT BDT BMT ATƏT MDB БҰҰ ЕАЭО ТМД ЕАЭБ БУУ КМШ
  ЕИ БМТ МДҲ YI MDH`.split(/\s+/),
);
