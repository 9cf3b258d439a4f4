import type { BodyKind } from "../schema/enums";

/** The mechanisms of shared/docs/domain.md, seeded into every database. */
export const BODIES: { code: string; name: string; kind: BodyKind; treaty: string }[] = [
  { code: "CCPR", name: "Human Rights Committee", kind: "treaty_body", treaty: "ICCPR (1966)" },
  { code: "CESCR", name: "Committee on Economic, Social and Cultural Rights", kind: "treaty_body", treaty: "ICESCR" },
  { code: "CERD", name: "Committee on the Elimination of Racial Discrimination", kind: "treaty_body", treaty: "ICERD" },
  {
    code: "CEDAW",
    name: "Committee on the Elimination of Discrimination against Women",
    kind: "treaty_body",
    treaty: "CEDAW",
  },
  { code: "CAT", name: "Committee against Torture", kind: "treaty_body", treaty: "CAT" },
  { code: "SPT", name: "Subcommittee on Prevention of Torture", kind: "treaty_body", treaty: "OPCAT" },
  { code: "CRC", name: "Committee on the Rights of the Child", kind: "treaty_body", treaty: "CRC (+ OPAC, OPSC)" },
  { code: "CMW", name: "Committee on Migrant Workers", kind: "treaty_body", treaty: "ICRMW" },
  { code: "CRPD", name: "Committee on the Rights of Persons with Disabilities", kind: "treaty_body", treaty: "CRPD" },
  { code: "CED", name: "Committee on Enforced Disappearances", kind: "treaty_body", treaty: "ICPPED" },
  {
    code: "UPR",
    name: "Human Rights Council — Universal Periodic Review",
    kind: "upr",
    treaty: "UN Charter / GA res. 60/251",
  },
  {
    code: "SP",
    name: "Special Procedures (rapporteurs, working groups)",
    kind: "special_procedure",
    treaty: "HRC mandates",
  },
];
