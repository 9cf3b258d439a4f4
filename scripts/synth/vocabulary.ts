/**
 * Words for synthetic recommendations: UHRI-style themes, each with the
 * actions a committee actually asks for, so that a search for "religion"
 * finds recommendations tagged with the matching theme, as in real data.
 * A few states get Russian or French texts (Cyrillic and accented search).
 */
export type Theme = {
  name: string;
  subject: string;
  actions: string[];
  ru: string[];
  fr: string[];
  affected: string[];
  sdg: string[];
};

export const THEMES: Theme[] = [
  {
    name: "Freedom of thought, conscience and religion",
    subject: "Freedom of religion or belief",
    actions: [
      "guarantee the freedom of religion or belief for everyone",
      "remove the mandatory registration of religious associations",
      "refrain from prosecuting persons for peaceful religious activity",
      "ensure that any restriction on the manifestation of religion complies with article 18 of the Covenant",
    ],
    ru: ["гарантировать свободу вероисповедания для всех", "отменить обязательную регистрацию религиозных объединений"],
    fr: [
      "garantir la liberté de religion ou de conviction",
      "supprimer l'enregistrement obligatoire des associations religieuses",
    ],
    affected: ["Religious minorities"],
    sdg: ["16.10"],
  },
  {
    name: "Conscientious objection",
    subject: "Conscientious objection to military service",
    actions: [
      "recognize the right to conscientious objection to military service",
      "provide an alternative service of a civilian nature for conscientious objectors",
      "release conscientious objectors imprisoned for refusing military service",
    ],
    ru: ["признать право на отказ от военной службы по соображениям совести"],
    fr: ["reconnaître le droit à l'objection de conscience au service militaire"],
    affected: ["Conscientious objectors"],
    sdg: ["16.3"],
  },
  {
    name: "Freedom of opinion and expression",
    subject: "Freedom of expression",
    actions: [
      "decriminalize defamation and bring the criminal code into line with article 19",
      "protect journalists and bloggers from harassment and arbitrary detention",
      "stop blocking websites and independent media without a court order",
    ],
    ru: ["защищать свободу выражения мнений", "декриминализировать клевету и защищать журналистов"],
    fr: ["protéger la liberté d'expression et les journalistes", "dépénaliser la diffamation"],
    affected: ["Journalists", "Human rights defenders"],
    sdg: ["16.10"],
  },
  {
    name: "Freedom of peaceful assembly",
    subject: "Peaceful assembly",
    actions: [
      "replace the authorization regime for assemblies with a notification procedure",
      "investigate the excessive use of force against peaceful protesters",
    ],
    ru: ["обеспечить право на мирные собрания без предварительного разрешения"],
    fr: ["garantir le droit de réunion pacifique"],
    affected: ["Human rights defenders"],
    sdg: ["16.10"],
  },
  {
    name: "Freedom of association",
    subject: "Freedom of association",
    actions: [
      "simplify the registration of non-governmental organizations",
      "repeal provisions restricting foreign funding of civil society organizations",
    ],
    ru: ["упростить регистрацию неправительственных организаций"],
    fr: ["simplifier l'enregistrement des organisations non gouvernementales"],
    affected: ["Civil society organizations"],
    sdg: ["16.10"],
  },
  {
    name: "Torture and other cruel, inhuman or degrading treatment",
    subject: "Torture and ill-treatment",
    actions: [
      "ensure that all allegations of torture are investigated promptly and impartially by an independent body",
      "define torture in its criminal code in line with article 1 of the Convention",
      "exclude evidence obtained under torture in all proceedings",
    ],
    ru: ["обеспечить оперативное и беспристрастное расследование всех заявлений о пытках"],
    fr: ["veiller à ce que toutes les allégations de torture fassent l'objet d'enquêtes impartiales"],
    affected: ["Persons deprived of their liberty"],
    sdg: ["16.1", "16.3"],
  },
  {
    name: "Conditions of detention",
    subject: "Conditions of detention",
    actions: [
      "reduce overcrowding in places of detention",
      "improve health care in prisons and pre-trial detention centres",
      "establish an effective national preventive mechanism",
    ],
    ru: ["улучшить условия содержания под стражей"],
    fr: ["améliorer les conditions de détention et réduire la surpopulation carcérale"],
    affected: ["Persons deprived of their liberty"],
    sdg: ["16.3"],
  },
  {
    name: "Administration of justice and fair trial",
    subject: "Independence of the judiciary",
    actions: [
      "guarantee the independence of judges and prosecutors",
      "ensure access to a lawyer from the moment of deprivation of liberty",
      "strengthen legal aid for persons without sufficient means",
    ],
    ru: ["гарантировать независимость судебной власти"],
    fr: ["garantir l'indépendance de la magistrature et l'accès à un avocat dès la garde à vue"],
    affected: ["Persons deprived of their liberty"],
    sdg: ["16.3"],
  },
  {
    name: "Gender-based violence",
    subject: "Violence against women",
    actions: [
      "criminalize domestic violence and marital rape",
      "provide shelters and legal aid for victims of gender-based violence",
      "train police officers and judges on gender-based violence",
    ],
    ru: ["криминализировать бытовое насилие"],
    fr: ["ériger en infraction pénale la violence domestique"],
    affected: ["Women", "Girls"],
    sdg: ["5.2"],
  },
  {
    name: "Women's rights",
    subject: "Equality between women and men",
    actions: [
      "repeal discriminatory provisions against women in the family code",
      "increase the participation of women in political and public life",
      "close the gender pay gap",
    ],
    ru: ["обеспечить равенство мужчин и женщин"],
    fr: ["garantir l'égalité entre les femmes et les hommes"],
    affected: ["Women"],
    sdg: ["5.1", "5.5"],
  },
  {
    name: "Rights of the child",
    subject: "Rights of the child",
    actions: [
      "prohibit corporal punishment of children in all settings",
      "raise the minimum age of marriage to 18 years for girls and boys",
      "establish a juvenile justice system in line with the Convention",
    ],
    ru: ["запретить телесные наказания детей"],
    fr: ["interdire les châtiments corporels des enfants"],
    affected: ["Children"],
    sdg: ["16.2"],
  },
  {
    name: "Right to education",
    subject: "Education",
    actions: [
      "ensure free and compulsory primary education for all children",
      "reduce school drop-out among girls in rural areas",
      "provide inclusive education for children with disabilities",
    ],
    ru: ["обеспечить доступ к образованию для всех детей"],
    fr: ["assurer l'accès à l'éducation pour tous les enfants"],
    affected: ["Children", "Persons with disabilities"],
    sdg: ["4.1", "4.5"],
  },
  {
    name: "Right to health",
    subject: "Right to health",
    actions: [
      "increase public expenditure on health",
      "ensure access to sexual and reproductive health services",
      "reduce maternal mortality",
    ],
    ru: ["увеличить расходы на здравоохранение"],
    fr: ["améliorer l'accès aux soins de santé"],
    affected: ["Women", "Rural women"],
    sdg: ["3.1", "3.7"],
  },
  {
    name: "Racial discrimination",
    subject: "Racial discrimination",
    actions: [
      "adopt comprehensive anti-discrimination legislation",
      "combat hate speech and racist crimes",
      "collect data disaggregated by ethnic origin",
    ],
    ru: ["принять всеобъемлющее антидискриминационное законодательство"],
    fr: ["adopter une législation complète contre la discrimination raciale"],
    affected: ["Minorities", "Migrants"],
    sdg: ["10.3"],
  },
  {
    name: "Migration",
    subject: "Migrants and asylum seekers",
    actions: [
      "respect the principle of non-refoulement",
      "end the detention of migrant children",
      "ensure access to asylum procedures at the border",
    ],
    ru: ["соблюдать принцип невысылки"],
    fr: ["respecter le principe de non-refoulement"],
    affected: ["Migrants", "Refugees and asylum seekers"],
    sdg: ["10.7"],
  },
  {
    name: "Persons with disabilities",
    subject: "Persons with disabilities",
    actions: [
      "replace substituted decision-making with supported decision-making",
      "ensure the accessibility of public buildings and transport",
      "close institutions and support independent living in the community",
    ],
    ru: ["обеспечить доступность для лиц с инвалидностью"],
    fr: ["garantir l'accessibilité pour les personnes handicapées"],
    affected: ["Persons with disabilities"],
    sdg: ["10.2", "11.2"],
  },
  {
    name: "Enforced disappearances",
    subject: "Enforced disappearances",
    actions: [
      "make enforced disappearance an autonomous offence",
      "search for disappeared persons and inform their families",
      "ratify the International Convention for the Protection of All Persons from Enforced Disappearance",
    ],
    ru: ["квалифицировать насильственное исчезновение как отдельное преступление"],
    fr: ["ériger la disparition forcée en infraction autonome"],
    affected: ["Victims of enforced disappearance"],
    sdg: ["16.3"],
  },
  {
    name: "Human rights defenders",
    subject: "Human rights defenders",
    actions: [
      "protect human rights defenders from reprisals",
      "investigate threats and attacks against human rights defenders",
    ],
    ru: ["защищать правозащитников от преследований"],
    fr: ["protéger les défenseurs des droits de l'homme contre les représailles"],
    affected: ["Human rights defenders"],
    sdg: ["16.10"],
  },
  {
    name: "Death penalty",
    subject: "Death penalty",
    actions: [
      "establish a moratorium on executions with a view to abolishing the death penalty",
      "ratify the Second Optional Protocol to the Covenant",
    ],
    ru: ["отменить смертную казнь"],
    fr: ["abolir la peine de mort"],
    affected: [],
    sdg: ["16.1"],
  },
  {
    name: "Trafficking in persons",
    subject: "Trafficking in persons",
    actions: [
      "prosecute traffickers and protect victims of trafficking",
      "adopt a national action plan against trafficking in persons",
    ],
    ru: ["преследовать торговцев людьми и защищать жертв"],
    fr: ["poursuivre les trafiquants et protéger les victimes de la traite"],
    affected: ["Women", "Children", "Migrants"],
    sdg: ["5.2", "8.7", "16.2"],
  },
  {
    name: "National human rights institution",
    subject: "National human rights institution",
    actions: [
      "bring the national human rights institution into full compliance with the Paris Principles",
      "provide the Ombudsman with adequate financial and human resources",
    ],
    ru: ["привести национальное правозащитное учреждение в соответствие с Парижскими принципами"],
    fr: ["rendre l'institution nationale des droits de l'homme conforme aux Principes de Paris"],
    affected: [],
    sdg: ["16.a"],
  },
  {
    name: "Indigenous peoples",
    subject: "Indigenous peoples",
    actions: ["obtain the free, prior and informed consent of indigenous peoples", "recognize indigenous land rights"],
    ru: ["обеспечить свободное, предварительное и осознанное согласие коренных народов"],
    fr: ["obtenir le consentement libre, préalable et éclairé des peuples autochtones"],
    affected: ["Indigenous peoples"],
    sdg: ["1.4", "2.3"],
  },
];

/** Themes a body returns to most (index into THEMES by name); others draw from all. */
export const BODY_FOCUS: Record<string, string[]> = {
  CCPR: [
    "Freedom of thought, conscience and religion",
    "Conscientious objection",
    "Freedom of opinion and expression",
    "Freedom of peaceful assembly",
    "Administration of justice and fair trial",
    "Death penalty",
    "Torture and other cruel, inhuman or degrading treatment",
  ],
  CESCR: ["Right to education", "Right to health", "Women's rights"],
  CERD: ["Racial discrimination", "Migration", "Indigenous peoples"],
  CEDAW: ["Gender-based violence", "Women's rights", "Trafficking in persons"],
  CAT: [
    "Torture and other cruel, inhuman or degrading treatment",
    "Conditions of detention",
    "Administration of justice and fair trial",
  ],
  SPT: ["Conditions of detention", "Torture and other cruel, inhuman or degrading treatment"],
  CRC: ["Rights of the child", "Right to education", "Right to health"],
  CMW: ["Migration", "Trafficking in persons"],
  CRPD: ["Persons with disabilities", "Right to education"],
  CED: ["Enforced disappearances"],
  UPR: [],
  SP: ["Human rights defenders", "Freedom of opinion and expression", "Freedom of association"],
};

export const OPENINGS_TREATY = [
  "The State party should",
  "The Committee recommends that the State party",
  "The Committee urges the State party to",
  "The State party should take all measures necessary to",
];
export const OPENING_REITERATED =
  "The Committee reiterates its previous recommendation and calls upon the State party to";
export const OPENINGS_UPR = [
  "Take measures to",
  "Continue efforts to",
  "Ensure effective steps to",
  "Redouble its efforts to",
];
export const QUALIFIERS = [
  "in law and in practice",
  "without discrimination of any kind",
  "in line with its international obligations",
  "and allocate adequate resources to that end",
  "including in rural and remote areas",
  "with the participation of civil society",
  "and report on progress in its next periodic report",
];
export const OPENING_RU = "Государству-участнику следует";
export const QUALIFIERS_RU = [
  "на практике и в законодательстве",
  "без какой-либо дискриминации",
  "в соответствии с международными стандартами",
];
export const OPENING_FR = "L'État partie devrait";
export const QUALIFIERS_FR = [
  "en droit et en pratique",
  "sans discrimination aucune",
  "conformément à ses obligations internationales",
];

/** States some of whose texts are synthesised in Russian / French. */
export const RUSSIAN_STATES = new Set(["RUS", "KAZ", "KGZ", "TJK", "UZB", "BLR", "ARM", "AZE", "TKM", "MDA"]);
export const FRENCH_STATES = new Set([
  "FRA",
  "BEL",
  "SEN",
  "MLI",
  "CIV",
  "CMR",
  "MDG",
  "COD",
  "HTI",
  "TUN",
  "MAR",
  "LUX",
  "CHE",
  "BFA",
  "NER",
  "TCD",
  "GIN",
  "BEN",
  "TGO",
  "GAB",
]);

export const EXTRA_AFFECTED = [
  "Older persons",
  "Lesbian, gay, bisexual, transgender and intersex persons",
  "Persons living in poverty",
  "Stateless persons",
];
