package org.yjhub.inspection.rest;

/** Request examples for the OpenAPI document (the seeds' published cases). */
final class Examples {

    private Examples() {
    }

    /** Dated only to the month by the paper: published "August 2021", fieldwork "in May 2021". */
    static final String MILTON_KEYNES_2021 = """
            {"team": "milton-keynes", "framework": "hmip-youth-2018",
             "fieldworkStart": "2021-05", "fieldworkEnd": "2021-05", "publishedOn": "2021-08",
             "ratings": {"1.1": "GOOD", "1.2": "GOOD", "1.3": "GOOD", "1.4": "REQUIRES_IMPROVEMENT",
                         "2.1": "GOOD", "2.2": "GOOD", "2.3": "GOOD", "2.4": "OUTSTANDING",
                         "3.1": "OUTSTANDING", "3.2": "INADEQUATE", "3.3": "GOOD", "3.4": "GOOD"},
             "overall": "GOOD",
             "source": "HM Inspectorate of Probation, 'An inspection of youth offending services in Milton Keynes', August 2021"}""";

    /**
     * Merton's 2011 paper gives the fieldwork month ("inspected by HMIP (Probation) in July 2011") and no publication
     * date: publishedOn is left out.
     */
    static final String MERTON_2011 = """
            {"team": "merton", "framework": "hmip-cci-2009",
             "fieldworkStart": "2011-07", "fieldworkEnd": "2011-07",
             "ratings": {"safeguarding": "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm": "SUBSTANTIAL_IMPROVEMENT",
                         "likelihood-of-reoffending": "MODERATE_IMPROVEMENT"},
             "source": "Merton Council, Children and Young People Scrutiny Panel, 21 September 2011: Youth Offending Service Post-Inspection Scrutiny Briefing, paragraphs 1.2 and 2.1"}""";

    /** Dated to the day by the council's news item. */
    static final String MEDWAY_HEADLINE = """
            {"team": "medway", "framework": "hmip-headline",
             "fieldworkStart": "2020-02-24", "fieldworkEnd": "2020-02-28", "publishedOn": "2020-06-04",
             "overall": "REQUIRES_IMPROVEMENT",
             "source": "Medway Council news, 'Inspection of Medway's Youth Offending Team', 4 June 2020"}""";

    /** Dated only to the month: inspected in September 2022, findings published in January 2023. */
    static final String BUCKINGHAMSHIRE_HEADLINE = """
            {"team": "buckinghamshire", "framework": "hmip-headline",
             "fieldworkStart": "2022-09", "fieldworkEnd": "2022-09", "publishedOn": "2023-01",
             "overall": "GOOD", "source": "Buckinghamshire Council select committee agenda item on the Youth Offending Service"}""";

    /** No fieldwork dates stated: they are left out. */
    static final String WITHOUT_FIELDWORK = """
            {"team": "buckinghamshire", "framework": "hmip-headline", "publishedOn": "2023-01",
             "overall": "GOOD", "source": "Buckinghamshire Council select committee agenda item on the Youth Offending Service"}""";

    // ---- recommendations: addressed to a body (Milton Keynes, Buckinghamshire) or owned by a role (Merton)

    static final String RECOMMENDATION = """
            {"addressee": "The Milton Keynes Management Board",
             "text": "provide safe and confidential premises for children and staff to meet and undertake necessary work"}""";

    static final String RECOMMENDATION_OWNED = """
            {"owner": "YJS Manager",
             "text": "a timely and good quality assessment and plan, using Asset, is completed when the case starts"}""";

    static final String RECOMMENDATION_BUCKINGHAMSHIRE = """
            {"addressee": "Buckinghamshire Youth Offending Service Board",
             "text": "monitor the reintegration rates of YOS children into mainstream education to make sure that children return to full-time mainstream education in every case where this is appropriate"}""";

    /** Buckinghamshire's select committee paper of 25 January 2024, against recommendation 1. */
    static final String RECOMMENDATION_PROGRESS = """
            {"reportedOn": "2024-01-25",
             "text": "The Partnership Board now has oversight of young people open to the YOS who are not in mainstream education. This has enabled the Board to identify themes and raise strategic issues related to children being educated through alternative provision and support improved outcomes.",
             "source": "Buckinghamshire Council, Children's and Education Select Committee, 25 January 2024: Progress Update - One year on from YOS inspection, paragraph 2.3"}""";

    // ---- actions of Milton Keynes' draft action plan (Scrutiny Committee, 9 September 2021)

    /** Action 7: one owner (the shorthand), a target written in words with its date. */
    static final String ACTION = """
            {"reference": "7",
             "text": "Target recruiting needs to be in place to increase the diversity of the staff team to better reflect the demography of Milton Keynes and the young people and families the service works with",
             "owner": "YOT Manager", "due": "30th July 2021 (in place for next recruitment)", "dueDate": "2021-07-30",
             "progress": "Exploring targeted recruitment approaches to increase the diversity of the staff team to better reflect the demography of Milton Keynes and the children and families who work with the service"}""";

    /** Action 2: two owners, due at a meeting (no date), not rated. */
    static final String ACTION_MEETING = """
            {"reference": "2",
             "text": "Introduce specific partner feedback slot relevant to the YOT at each YOSB Meeting to encourage greater participation and dialogue",
             "owners": ["Chair of the YOSB", "YOSB Members"], "due": "July Strategic Board Agenda Item"}""";

    /** Action 3: a target "onwards" from a date. */
    static final String ACTION_ONWARDS = """
            {"reference": "3",
             "text": "Share the work and focus of the YOT / Youth Justice Plan across key partners to increase insight and understanding of the work of the service (example CSC)",
             "owners": ["YOT Manager", "YOSB Members"], "due": "30th June 2021 onwards", "dueDate": "2021-06-30"}""";

    /** Action A, from the Youth Justice Plan: "See points 2 & 3 in Action Plan above." */
    static final String ACTION_REFERRING = """
            {"reference": "A", "section": "From Youth Justice Plan",
             "text": "Enhancing the connection between the YOSB and the front-line service delivery to improve effectiveness and coordination",
             "owners": ["Chair of the YOSB", "YOSB Members", "YOT Manager"], "due": "July Strategic Board Agenda Item",
             "progress": "See points 2 & 3 in Action Plan above.", "refersTo": ["2", "3"]}""";

    /** Action 13: rated Yellow (stored as AMBER). */
    static final String ACTION_YELLOW = """
            {"reference": "13",
             "text": "Establish a regular audit methodology to continue to drive forward and monitor professional practice",
             "owner": "YOT Manager", "due": "30th June 2021", "dueDate": "2021-06-30", "status": "YELLOW",
             "progress": "Establishing a regular audit methodology to continue to drive forward and monitor professional practice. Initial draft not yet finalised."}""";

    static final String PROGRESS = """
            {"progress": "New process is in place", "status": "GREEN"}""";

    // ---- the plan's own record

    static final String PLAN_DRAFT = """
            {"title": "Youth Offending Team Action Plan", "status": "DRAFT",
             "source": "Milton Keynes Council, Children and Young People Scrutiny Committee, 9 September 2021: Outcome of the HMIP inspection of Youth Offending Service in Milton Keynes (the DRAFT Youth Offending Team Action Plan)"}""";

    static final String PLAN_IN_PREPARATION = """
            {"status": "IN_PREPARATION", "due": "October 3rd", "dueDate": "2011-10-03",
             "source": "Merton Council, Children and Young People Scrutiny Panel, 21 September 2011: Youth Offending Service Post-Inspection Scrutiny Briefing, paragraph 2.10"}""";

    static final String PLAN_AGREED = """
            {"status": "AGREED",
             "source": "Buckinghamshire Council, Children's and Education Select Committee, 25 January 2024: Progress Update - One year on from YOS inspection, paragraph 1.5"}""";
}
