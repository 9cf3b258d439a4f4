/**
 * The abbreviations UN texts use for the human-rights instruments and
 * institutions, spelt out before the text is reduced to stems: a second-cycle
 * "Ratify CRPD" must meet the first cycle's "Ratify the Convention on the
 * Rights of Persons with Disabilities". Only capitalised forms are expanded,
 * as a whole word, so "cat" or "ICC" inside ordinary words is left alone.
 *
 * Names follow the instruments' official English, French, Spanish and Russian
 * titles (OHCHR's list of the core international human rights instruments).
 */
const EN: Record<string, string> = {
  ICCPR: "International Covenant on Civil and Political Rights",
  ICESCR: "International Covenant on Economic, Social and Cultural Rights",
  CAT: "Convention against Torture",
  OPCAT: "Optional Protocol to the Convention against Torture",
  CEDAW: "Convention on the Elimination of All Forms of Discrimination against Women",
  ICERD: "International Convention on the Elimination of All Forms of Racial Discrimination",
  CERD: "Elimination of All Forms of Racial Discrimination",
  CRC: "Convention on the Rights of the Child",
  OPAC: "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
  OPSC: "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
  OPIC: "Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
  CRPD: "Convention on the Rights of Persons with Disabilities",
  CPRD: "Convention on the Rights of Persons with Disabilities",
  ICRMW:
    "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  CMW: "Protection of the Rights of All Migrant Workers and Members of Their Families",
  ICPPED: "International Convention for the Protection of All Persons from Enforced Disappearance",
  CPED: "International Convention for the Protection of All Persons from Enforced Disappearance",
  CED: "Enforced Disappearance",
  ICC: "International Criminal Court",
  NHRI: "national human rights institution",
  NHRIs: "national human rights institutions",
  NPM: "national preventive mechanism",
  OHCHR: "Office of the High Commissioner for Human Rights",
  UNHCR: "United Nations High Commissioner for Refugees",
  ILO: "International Labour Organization",
  UPR: "universal periodic review",
  LGBT: "lesbian gay bisexual transgender",
  LGBTI: "lesbian gay bisexual transgender intersex",
  LGBTIQ: "lesbian gay bisexual transgender intersex",
  FGM: "female genital mutilation",
  NGO: "non-governmental organization",
  NGOs: "non-governmental organizations",
  HRDs: "human rights defenders",
  CSOs: "civil society organizations",
  GBV: "gender-based violence",
  SDG: "Sustainable Development Goal",
  SDGs: "Sustainable Development Goals",
  // French
  PIDCP: "Pacte international relatif aux droits civils et politiques",
  PIDESC: "Pacte international relatif aux droits économiques, sociaux et culturels",
  CDE: "Convention relative aux droits de l'enfant",
  CDPH: "Convention relative aux droits des personnes handicapées",
  INDH: "institution nationale des droits de l'homme",
  MNP: "mécanisme national de prévention",
  // Spanish
  CDN: "Convención sobre los Derechos del Niño",
  CDPD: "Convención sobre los derechos de las personas con discapacidad",
  // Russian
  МПГПП: "Международный пакт о гражданских и политических правах",
  МПЭСКП: "Международный пакт об экономических, социальных и культурных правах",
  КПП: "Конвенция против пыток",
  КЛДЖ: "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
  КЛРД: "Конвенция о ликвидации всех форм расовой дискриминации",
  КПР: "Конвенция о правах ребенка",
  КПИ: "Конвенция о правах инвалидов",
  НПМ: "национальный превентивный механизм",
  НПО: "неправительственная организация",
};

/** "OP-CRC-AC", "CRC-OP-SC", "ICCPR-OP2", "OP-ICESCR": an optional protocol to the instrument named. */
const COMPOUND =
  /(?<![\p{L}\p{N}])(?:OP-?(?:(ICESCR|CAT|CEDAW|CRPD|ICCPR)|CRC-?(AC|SC|IC))|(ICCPR|CRC)-OP-?(2|AC|SC|IC)|OP2)(?![\p{L}\p{N}])/gu;
const CRC_PROTOCOL: Record<string, string> = { AC: "OPAC", SC: "OPSC", IC: "OPIC" };
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}-])(${Object.keys(EN).join("|")})(?![\\p{L}\\p{N}-])`, "gu");

function compound(_: string, treaty?: string, crcOf?: string, base?: string, which?: string): string {
  if (treaty) return `Optional Protocol to the ${EN[treaty]}`;
  if (crcOf) return EN[CRC_PROTOCOL[crcOf]];
  if (base === "CRC" && which && which !== "2") return EN[CRC_PROTOCOL[which]];
  return `Second Optional Protocol to the ${EN.ICCPR}`;
}

export function expandAcronyms(text: string): string {
  return text.replace(COMPOUND, compound).replace(WORDS, (m: string) => EN[m]);
}
