package org.yjhub.inspection.rest;

/** Request examples for the OpenAPI document (the seeds' published cases). */
final class Examples {

    private Examples() {
    }

    static final String MILTON_KEYNES_2021 = """
            {"team": "milton-keynes", "framework": "hmip-youth-2018",
             "fieldworkStart": "2021-03-01", "fieldworkEnd": "2021-03-05", "publishedOn": "2021-06-10",
             "ratings": {"1.1": "GOOD", "1.2": "GOOD", "1.3": "GOOD", "1.4": "REQUIRES_IMPROVEMENT",
                         "2.1": "GOOD", "2.2": "GOOD", "2.3": "GOOD", "2.4": "OUTSTANDING",
                         "3.1": "OUTSTANDING", "3.2": "INADEQUATE", "3.3": "GOOD", "3.4": "GOOD"},
             "overall": "GOOD",
             "source": "HMIP inspection of youth offending services in Milton Keynes, 2021"}""";

    static final String MERTON_2011 = """
            {"team": "merton", "framework": "hmip-cci-2009",
             "fieldworkStart": "2011-05-09", "fieldworkEnd": "2011-05-13", "publishedOn": "2011-07-20",
             "ratings": {"safeguarding": "SUBSTANTIAL_IMPROVEMENT", "risk-of-harm": "SUBSTANTIAL_IMPROVEMENT",
                         "likelihood-of-reoffending": "MODERATE_IMPROVEMENT"},
             "source": "Merton council paper, July 2011"}""";

    static final String BUCKINGHAMSHIRE_HEADLINE = """
            {"team": "buckinghamshire", "framework": "hmip-headline", "publishedOn": "2023-01-17",
             "overall": "GOOD", "source": "Buckinghamshire Youth Justice Plan 2024"}""";

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
