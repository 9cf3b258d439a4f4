/**
 * The founding case, entered from Forum 18's article "KAZAKHSTAN: Regime
 * ignores UN alternative service recommendations" (Felix Corley, May 2024,
 * https://forum18.org/archive.php?article_id=2910; full text in
 * db/seed/sources/). "All Forum 18 material may be referred to, quoted from,
 * or republished in full, if Forum 18 is credited as the source."
 *
 * Nothing here goes beyond the article and the UN documents named in the
 * cycles' notes (follow-up paragraphs, grades, dates): where a source gives no
 * paragraph number the paragraph is null (unknown), where it gives only a year
 * or a month the date is partial ("2023-11"). No recommendation text is
 * written that no source gives.
 */
export const FORUM18_URL = "https://forum18.org/archive.php?article_id=2910";

export const foundingCase = {
  state: { code: "KAZ", name: "Kazakhstan" },
  body: "CCPR",
  source: {
    key: "forum18",
    title: "KAZAKHSTAN: Regime ignores UN alternative service recommendations",
    kind: "news_article" as const,
    publisher: "Forum 18 News Service (Felix Corley)",
    date: "2024-05",
    url: FORUM18_URL,
  },
  // Dates, follow-up paragraphs and grades from the UN record (each named in the notes);
  // the texts of the follow-up paragraphs are in no source we hold, so they are not recommendations here.
  cycles: [
    {
      ordinal: 1,
      adoptionDate: "2011-07-26",
      followUpDeadline: "2012-07-26",
      nextReportDue: "2014-07-29",
      followUpParagraphs: "7, 21, 25, 26",
      notes:
        "CCPR/C/KAZ/CO/1 was adopted at the 2826th meeting on 26 July 2011 (CCPR/C/SR.2826) and issued on 19 August " +
        "2011. The Committee picked paragraphs 7, 21, 25 and 26 for its follow-up procedure (paragraph 23, on " +
        "conscientious objection, was not selected); the State party's reply was due on 26 July 2012 and was " +
        "received on 27 July 2012. CCPR/C/107/2 (March 2013) graded it: paragraph 7 B2, paragraph 21 B2, paragraph " +
        "25 C1, paragraph 26 C1. The texts of these four paragraphs are not in the sources this tracker holds, so " +
        "they are not recorded as recommendations.",
      documents: [
        {
          key: "co1",
          symbol: "CCPR/C/KAZ/CO/1",
          title: "Concluding observations on the initial report of Kazakhstan",
          kind: "concluding_observations" as const,
          date: "2011-08-19",
          url: "https://undocs.org/ccpr/c/kaz/co/1",
        },
        // CCPR/C/107/2 gives the date the reply was received, not its symbol.
        {
          key: "reply2012",
          symbol: null,
          title: "Kazakhstan's follow-up reply on CCPR/C/KAZ/CO/1 (paragraphs 7, 21, 25 and 26)",
          kind: "follow_up_report" as const,
          date: "2012-07-27",
          url: null,
        },
        {
          key: "ccpr-107-2",
          symbol: "CCPR/C/107/2",
          title: "Human Rights Committee follow-up progress report on concluding observations (March 2013)",
          kind: "follow_up_assessment" as const,
          date: "2013-03",
          url: "https://undocs.org/CCPR/C/107/2",
        },
      ],
    },
    {
      ordinal: 2,
      adoptionDate: "2016-07-11",
      followUpDeadline: null,
      nextReportDue: "2020-07-15",
      followUpParagraphs: "18, 24, 54",
      notes:
        "The Committee picked paragraphs 18, 24 and 54 for its follow-up procedure. The State party replied in " +
        "CCPR/C/KAZ/CO/2/Add.1 (7 December 2016) and CCPR/C/KAZ/CO/2/Add.2 (18 April 2017). CCPR/C/123/2 (July " +
        "2018) graded them: paragraph 18 [C]; paragraph 24 [B] for (a)–(b) and [C] for (c)–(f); paragraph 54 " +
        "[C][C][B]. The texts of these paragraphs are not in the sources this tracker holds, so they are not " +
        "recorded as recommendations.",
      documents: [
        {
          key: "co2",
          symbol: "CCPR/C/KAZ/CO/2",
          title: "Concluding observations on the second periodic report of Kazakhstan",
          kind: "concluding_observations" as const,
          date: "2016-07-11",
          url: "https://undocs.org/CCPR/C/KAZ/CO/2",
        },
        {
          key: "co2-add1",
          symbol: "CCPR/C/KAZ/CO/2/Add.1",
          title: "Kazakhstan's follow-up reply on CCPR/C/KAZ/CO/2 (paragraphs 18, 24 and 54)",
          kind: "follow_up_report" as const,
          date: "2016-12-07",
          url: "https://undocs.org/CCPR/C/KAZ/CO/2/Add.1",
        },
        {
          key: "co2-add2",
          symbol: "CCPR/C/KAZ/CO/2/Add.2",
          title: "Kazakhstan's further follow-up reply on CCPR/C/KAZ/CO/2",
          kind: "follow_up_report" as const,
          date: "2017-04-18",
          url: "https://undocs.org/CCPR/C/KAZ/CO/2/Add.2",
        },
        {
          key: "ccpr-123-2",
          symbol: "CCPR/C/123/2",
          title: "Human Rights Committee follow-up progress report on concluding observations (July 2018)",
          kind: "follow_up_assessment" as const,
          date: "2018-07",
          url: "https://undocs.org/CCPR/C/123/2",
        },
      ],
    },
    {
      ordinal: 3,
      // Simplified reporting procedure: the State party's reply to the list of issues prior to reporting is its report.
      reportDate: "2024-04-02",
      sessionDate: "2025-06-24",
      adoptionDate: "2025-07-11",
      followUpDeadline: null,
      nextReportDue: null,
      followUpParagraphs: null,
      notes:
        "Under the simplified reporting procedure the State party's reply of 2 April 2024 to CCPR/C/KAZ/QPR/3 is " +
        "its third periodic report. The Committee considered it at its 4226th and 4227th meetings on 24 and 25 June " +
        "2025 and adopted CCPR/C/KAZ/CO/3 at its 4252nd meeting on 11 July 2025; the concluding observations were " +
        "distributed on 3 September 2025. Their recommendations are not recorded here yet: their texts are not in " +
        "the sources this tracker holds.",
      documents: [
        {
          key: "qpr3",
          symbol: "CCPR/C/KAZ/QPR/3",
          title: "List of issues prior to submission of the third periodic report of Kazakhstan",
          kind: "list_of_issues_prior_to_reporting" as const,
          date: "2023-04-05",
          url: "https://digitallibrary.un.org/record/4009386/files/CCPR_C_KAZ_QPR_3-EN.pdf?ln=en",
        },
        // The article gives the date of the reply but not its symbol.
        {
          key: "reply2024",
          symbol: null,
          title:
            "Kazakhstan's reply to the Human Rights Committee on its list of issues prior to reporting (CCPR/C/KAZ/QPR/3)",
          kind: "reply_to_list_of_issues" as const,
          date: "2024-04-02",
          url: null,
        },
        {
          key: "co3",
          symbol: "CCPR/C/KAZ/CO/3",
          title: "Concluding observations on the third periodic report of Kazakhstan",
          kind: "concluding_observations" as const,
          date: "2025-09-03",
          url: "https://undocs.org/CCPR/C/KAZ/CO/3",
        },
      ],
    },
  ],
  recommendations: [
    {
      key: "co1-23",
      cycle: 1,
      document: "co1",
      paragraph: "23",
      subject: "Conscientious objection to military service",
      // CO/1 itself is not quoted in the article; this is the recommendation as CO/2 restates it.
      text:
        "Review its legislation to recognize a person's right to conscientious objection to military service and to " +
        "provide for alternative military service. (As restated in CCPR/C/KAZ/CO/2.)",
      themes: ["Freedom of thought, conscience and religion", "Conscientious objection"],
    },
    {
      key: "co2-co",
      cycle: 2,
      document: "co2",
      paragraph: null,
      subject: "Conscientious objection and alternative civilian service",
      text:
        "The State party should ensure the legal recognition of conscientious objection to military service, and " +
        "provide for alternative service of a civilian nature for conscientious objectors.",
      themes: ["Freedom of thought, conscience and religion", "Conscientious objection"],
      reiterates: "co1-23",
      reiterationNote:
        'CCPR/C/KAZ/CO/2: "the State party has failed to implement its previous recommendation (see ' +
        "CCPR/C/KAZ/CO/1, para. 23) and review its legislation to recognize a person's right to conscientious " +
        'objection to military service and to provide for alternative military service."',
    },
    {
      key: "co2-art22",
      cycle: 2,
      document: "co2",
      paragraph: null,
      subject: "Freedom of conscience: article 22 of the Constitution",
      text:
        "Bringing article 22 of its Constitution into line with the Covenant and revise all relevant laws and " +
        "practices with a view to removing all restrictions that go beyond the narrowly construed restrictions " +
        "permitted under article 18 of the Covenant.",
      themes: ["Freedom of thought, conscience and religion"],
      concern:
        "The Committee is concerned that article 22 of the Constitution is more restrictive in scope than article " +
        "18 of the Covenant, as it only protects freedom of conscience.",
    },
  ],
  responses: [
    {
      recommendation: "co2-co",
      date: "2024-04-02",
      document: "reply2024",
      stance: "rejects" as const,
      quote:
        "The law does not directly recognise the right of an individual to refuse to carry out military service on " +
        "religious or other grounds.",
      notes:
        'Reply to CCPR/C/KAZ/QPR/3, which asked the State party to report on "the progress made" to "ensure the ' +
        "legal recognition of conscientious objection to military service and provide for alternative service of a " +
        'civilian nature for conscientious objectors". The reply did not explain why the right is not recognised.',
    },
  ],
  evidence: [
    {
      key: "smal-2023",
      date: "2023-11",
      kind: "court_decision" as const,
      title: "Daniil Smal: Almaty Military Garrison Court rules his conscription illegal",
      summary:
        "Jehovah's Witness Daniil Smal presented the Conscription Office a certificate that he is a \"religious " +
        'minister", which should have exempted him. He was summoned on 17 May 2023 and forcibly transferred to a ' +
        "military unit, and freed only in November 2023 when Almaty Military Garrison Court ruled that his " +
        "conscription was illegal.",
      url: "https://www.forum18.org/archive.php?article_id=2909",
    },
    {
      key: "smal-2024",
      date: "2024-04-16",
      kind: "court_decision" as const,
      title: "Daniil Smal: Astana Military Court rejects the Defence Department's appeal",
      summary:
        "Astana Military Court rejected the Kostanai Region Defence Department's appeal and confirmed that " +
        'citizens have the right to object to military service based on strongly held religious beliefs: "According ' +
        "to the practice of the United Nations (UN) Human Rights Committee, the right to refuse military service on " +
        "the basis of strongly held religious beliefs is an integral part of the right to freedom of thought, " +
        "conscience and religion and is protected by Article 18 of the International Covenant on Civil and " +
        'Political Rights." The decision entered into legal force on 23 May 2024. No alternative civilian service ' +
        "exists.",
      url: "https://www.forum18.org/archive.php?article_id=2909",
    },
    {
      key: "turksib-2022",
      date: "2022-12-27",
      kind: "incident" as const,
      title: "Two Jehovah's Witnesses beaten at Turksib District Conscription Office, Almaty",
      summary:
        "Officials seized two Jehovah's Witnesses on the streets of Almaty and took them to Turksib District " +
        'Conscription Office, where "military officers subjected them to physical violence (beatings without ' +
        'traces) and psychological pressure" to force them to join the army. They were released after three hours; ' +
        "an ambulance took one to hospital. No officials appear to have been prosecuted.",
      url: FORUM18_URL,
    },
    {
      key: "cc-387",
      date: null,
      kind: "law" as const,
      title: 'Criminal Code Article 387 ("refusing military service")',
      summary:
        'Punishes "refusing military service" — for a first offence — with a fine of up to 1,000 Monthly Financial ' +
        "Indicators, or corrective labour to the same value, or up to one year of restricted freedom or " +
        "imprisonment. Cases were opened in 2017 against six Jehovah's Witness young men under Article 387, Part " +
        "1; none reached court.",
      url: FORUM18_URL,
    },
    {
      key: "religion-law",
      date: "2011",
      kind: "law" as const,
      title: "Religion Law (2011), Articles 12 and 16(3)",
      summary:
        'Article 12 bans registered religious organisations from "incitement of citizens to refuse to carry out ' +
        'obligations envisaged in the Constitution and laws". Article 16, Part 3 requires a community applying for ' +
        'registration to state its "attitude to the realisation of the constitutional rights and obligations of its ' +
        'participants (members) and officials".',
      url: "https://www.forum18.org/archive.php?article_id=2753",
    },
    {
      key: "constitution",
      date: null,
      kind: "law" as const,
      title: "Constitution, Articles 22 and 36",
      summary:
        'Article 22: "1. Everyone has the right to freedom of conscience. 2. The exercise of the right to freedom ' +
        "of conscience should not set conditions on or limit universal human and civic rights and obligations to " +
        'the State." Article 36: "Defence of the Republic of Kazakhstan shall be a sacred duty and responsibility ' +
        "of every citizen. Citizens of the Republic shall perform military service in accordance with the procedure " +
        'and in the form established by law."',
      url: FORUM18_URL,
    },
  ],
  assessments: [
    {
      recommendation: "co1-23",
      date: "2016-07-11",
      status: "not_implemented" as const,
      author: "Human Rights Committee finding, recorded from Forum 18",
      rationale:
        'In CCPR/C/KAZ/CO/2 the Committee found that "the State party has failed to implement its previous ' +
        'recommendation (see CCPR/C/KAZ/CO/1, para. 23)".',
      evidence: [] as string[],
    },
    {
      recommendation: "co2-co",
      date: "2024-05",
      status: "not_implemented" as const,
      author: "Demo assessment based on Forum 18 reporting",
      rationale:
        "No law recognises conscientious objection and no alternative civilian service exists. On 2 April 2024 the " +
        'State party told the Committee that "the law does not directly recognise the right of an individual to ' +
        'refuse to carry out military service on religious or other grounds". Refusing military service remains a ' +
        "crime under Criminal Code Article 387, and objectors are pressured and on occasion beaten at Conscription " +
        "Offices. Courts upheld one objector's rights (Daniil Smal, 2023–2024), case by case only.",
      evidence: ["smal-2023", "smal-2024", "turksib-2022", "cc-387", "religion-law", "constitution"],
    },
  ],
};
