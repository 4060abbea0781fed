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

    static final String MERTON_2011 = """
            {"team": "merton", "framework": "hmip-cci-2009",
             "fieldworkStart": "2011-05-09", "fieldworkEnd": "2011-05-13", "publishedOn": "2011-07-20",
             "ratings": {"safeguarding": "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm": "SUBSTANTIAL_IMPROVEMENT",
                         "likelihood-of-reoffending": "MODERATE_IMPROVEMENT"},
             "source": "Merton council paper, July 2011"}""";

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

    static final String RECOMMENDATION = """
            {"addressee": "Management Board",
             "text": "Ensure that out-of-court disposal planning addresses safety and wellbeing."}""";

    static final String ACTION = """
            {"recommendation": "3f0c7a52-8d3e-4c58-9a5f-0a8d0f4b2f11", "reference": "A",
             "text": "Review the out-of-court disposal protocol with partners", "owner": "YOT Manager",
             "due": "July Strategic Board Agenda Item", "status": "YELLOW", "progress": "Draft circulated"}""";

    static final String PROGRESS = """
            {"progress": "Protocol agreed by the Strategic Board in July", "status": "COMPLETE"}""";
}
