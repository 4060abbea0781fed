package org.yjhub.budget.rest;

/** Request and response examples for the OpenAPI document, from the seed papers. */
final class Examples {

    private Examples() {
    }

    /** Milton Keynes' partner contributions for 2019/20 as its plan's table gives them (whole pounds). */
    private static final String MILTON_KEYNES_CONTRIBUTIONS = """
              "contributions": [
                {"partner": "POLICE", "staff": 54015, "delegated": 0},
                {"partner": "PCC", "staff": 0, "delegated": 116900},
                {"partner": "PROBATION", "staff": 0, "delegated": 29776},
                {"partner": "HEALTH", "staff": 32185, "delegated": 31502},
                {"partner": "LOCAL_AUTHORITY", "staff": 0, "delegated": 609347},
                {"partner": "YJB", "staff": 0, "delegated": 268311},
                {"partner": "OTHER", "description": "DSG for speech and language therapy", "staff": 22721, "delegated": 0},
                {"partner": "OTHER", "description": "Strengthening Families", "staff": 0, "delegated": 70000}
              ]""";

    static final String MILTON_KEYNES_BUDGET = "{\n" + MILTON_KEYNES_CONTRIBUTIONS + """
            ,
              "statedTotal": 1234757,
              "source": "Milton Keynes Youth Justice Plan 2019/20, partner contributions table"
            }""";

    static final String MEDWAY_BUDGET = """
            {
              "contributions": [
                {"partner": "PCC", "delegated": 90353},
                {"partner": "PROBATION", "delegated": 2500},
                {"partner": "HEALTH", "delegated": 56000},
                {"partner": "LOCAL_AUTHORITY", "delegated": 158370},
                {"partner": "YJB", "delegated": 304366}
              ],
              "statedTotal": 611589,
              "source": "Medway Youth Justice Plan 2020, delegated funds"
            }""";

    /** The same contributions with the total the plan's narrative states, 11,000 short. */
    static final String MILTON_KEYNES_NARRATIVE_TOTAL = "{\n" + MILTON_KEYNES_CONTRIBUTIONS + """
            ,
              "statedTotal": 1223757
            }""";

    static final String BUDGET_RESPONSE = """
            {
              "team": "medway", "year": "2020-21", "revision": 1,
              "contributions": [
                {"partner": "PCC", "description": null, "staff": 0, "delegated": 90353, "total": 90353, "share": 14.77,
                 "previousYear": null},
                {"partner": "PROBATION", "description": null, "staff": 0, "delegated": 2500, "total": 2500, "share": 0.41,
                 "previousYear": null},
                {"partner": "HEALTH", "description": null, "staff": 0, "delegated": 56000, "total": 56000, "share": 9.16,
                 "previousYear": null},
                {"partner": "LOCAL_AUTHORITY", "description": null, "staff": 0, "delegated": 158370, "total": 158370,
                 "share": 25.89, "previousYear": null},
                {"partner": "YJB", "description": null, "staff": 0, "delegated": 304366, "total": 304366, "share": 49.77,
                 "previousYear": null}
              ],
              "staffTotal": 0, "delegatedTotal": 611589, "total": 611589, "statedTotal": 611589, "previousYear": null,
              "submittedAt": "2021-02-01T10:15:30Z", "submittedBy": "medway-data-officer",
              "source": "Medway Youth Justice Plan 2020, delegated funds", "synthetic": false
            }""";

    static final String TOTAL_MISMATCH_PROBLEM = """
            {
              "type": "https://yjhub.org/problems/validation", "title": "Validation failed", "status": 422,
              "detail": "stated total 1,223,757 differs from the computed total 1,234,757 by 11,000",
              "instance": "/api/v1/teams/milton-keynes/budgets/2019-20",
              "errors": [{"field": "statedTotal",
                          "message": "stated total 1,223,757 differs from the computed total 1,234,757 by 11,000"}],
              "statedTotal": 1223757, "computedTotal": 1234757
            }""";

    static final String MILTON_KEYNES_STAFFING = """
            {
              "fte": [
                {"role": "YOT staff", "contractType": "PERMANENT", "fte": 16.59},
                {"role": "Police officer", "contractType": "SECONDED", "fte": 1},
                {"role": "Mental health worker", "contractType": "SECONDED", "fte": 0.8},
                {"role": "Speech and language therapist", "contractType": "SECONDED", "fte": 0.4},
                {"role": "Vacant post", "contractType": "VACANT", "fte": 1}
              ],
              "statedTotalFte": 19.79,
              "headcount": [
                {"dimension": "gender", "category": "Female", "role": null, "count": 15},
                {"dimension": "gender", "category": "Male", "role": null, "count": 6},
                {"dimension": "ethnicity", "category": "White British", "role": null, "count": 16},
                {"dimension": "ethnicity", "category": "Black British", "role": null, "count": 5}
              ],
              "source": "FTE: Milton Keynes Youth Justice Plan 2019/20, staffing appendix; headcount figures illustrative"
            }""";

    static final String STAFFING_RESPONSE = """
            {
              "team": "milton-keynes", "year": "2019-20", "revision": 1,
              "fte": [
                {"role": "YOT staff", "contractType": "PERMANENT", "fte": 16.59},
                {"role": "Police officer", "contractType": "SECONDED", "fte": 1.00},
                {"role": "Mental health worker", "contractType": "SECONDED", "fte": 0.80},
                {"role": "Speech and language therapist", "contractType": "SECONDED", "fte": 0.40},
                {"role": "Vacant post", "contractType": "VACANT", "fte": 1.00}
              ],
              "totalFte": 19.79, "statedTotalFte": 19.79,
              "fteByContractType": {"PERMANENT": 16.59, "SECONDED": 2.20, "VACANT": 1.00},
              "headcount": [
                {"dimension": "gender", "category": "Female", "role": null, "count": 15},
                {"dimension": "gender", "category": "Male", "role": null, "count": 6}
              ],
              "headcountTotals": {"gender": 21},
              "submittedAt": "2020-05-01T09:00:00Z", "submittedBy": "mk-data-officer",
              "source": "FTE: Milton Keynes Youth Justice Plan 2019/20, staffing appendix; headcount figures illustrative", "synthetic": false
            }""";

    static final String FTE_MISMATCH_PROBLEM = """
            {
              "type": "https://yjhub.org/problems/validation", "title": "Validation failed", "status": 422,
              "detail": "stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33",
              "errors": [{"field": "statedTotalFte",
                          "message": "stated total FTE 17.46 differs from the computed total FTE 19.79 by 2.33"}],
              "statedTotalFte": 17.46, "computedTotalFte": 19.79
            }""";
}
