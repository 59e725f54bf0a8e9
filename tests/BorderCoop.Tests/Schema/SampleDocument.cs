namespace BorderCoop.Tests.Schema;

/// <summary>
/// A small valid document with a record of every family and every nested object the schema constrains: the sample the
/// schema generator asks the constructors about (which families a reference may name) and the parser agreement test
/// mutates.
/// </summary>
internal static class SampleDocument
{
    /// <summary>The document: every reference field holds a reference, so the constructors can be asked about each.</summary>
    public const string Json = """
        {
          "dataVersion": "2026a",
          "sources": [
            { "id": "source/base-source", "description": "A source made up for tests.", "kind": "analysis", "file": "base.txt",
              "citations": [{ "source": "source/other-source", "quote": "a quote", "anchor": { "start": 0, "end": 7, "prefix": "", "suffix": " " } }] },
            { "id": "source/other-source", "description": "Another source.", "kind": "analysis", "file": "other.txt" }
          ],
          "agencies": [
            { "id": "agency/base-agency", "country": "US", "englishName": "Base Agency", "kind": "law-enforcement", "parent": "agency/other-agency" },
            { "id": "agency/other-agency", "country": "US", "englishName": "Other Agency", "kind": "ministry" }
          ],
          "people": [
            { "id": "person/base-person", "name": "Base Person",
              "roles": [{ "title": "Director", "agency": "agency/base-agency", "citations": [{ "source": "source/base-source", "quote": "a quote" }] }],
              "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "agreements": [
            { "id": "agreement/base-agreement", "title": "Base Agreement", "kind": "treaty", "parties": ["MX", "US"],
              "partyAgencies": ["agency/base-agency"], "signatories": ["person/base-person"],
              "relations": [{ "kind": "follows-up", "target": "agreement/other-agreement" }],
              "description": "An agreement.", "citations": [{ "source": "source/base-source", "quote": "a quote" }] },
            { "id": "agreement/other-agreement", "title": "Other Agreement", "kind": "treaty", "description": "Another agreement.",
              "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "programs": [
            { "id": "program/base-program", "name": "Base Program", "kind": "training", "leadAgencies": ["agency/base-agency"],
              "participatingAgencies": ["agency/other-agency"], "countries": ["MX"], "status": "active", "agreements": ["agreement/base-agreement"],
              "description": "A program.", "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "extraditionCases": [
            { "id": "extradition-case/base-case", "person": "person/base-person", "from": "MX", "to": "US", "mechanism": "extradition",
              "outcome": "unknown", "agencies": ["agency/base-agency"], "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "extraditionFigures": [
            { "id": "extradition-figure/base-figure", "from": "MX", "to": "US", "population": "nationals", "nationality": "MX", "measure": "total",
              "value": { "value": 3, "qualifier": "exact" }, "reportedBy": "agency/base-agency",
              "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "budgetLines": [
            { "id": "budget-line/base-line", "program": "program/base-program", "description": "Money.", "funder": "agency/base-agency",
              "recipientCountries": ["MX"], "recipientAgencies": ["agency/other-agency"], "fiscalYear": "FY2011", "amount": { "amount": 1000, "currency": "USD" },
              "stage": "request", "reportedBy": "agency/base-agency", "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "figures": [
            { "id": "figure/base-figure", "measure": "arrests", "value": { "value": 3, "qualifier": "exact" }, "program": "program/base-program",
              "agencies": ["agency/base-agency"], "reportedBy": "agency/base-agency", "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "events": [
            { "id": "event/base-event", "kind": "other", "title": "An event", "description": "Something happened.",
              "participants": ["person/base-person"], "agencies": ["agency/base-agency"], "related": ["agreement/base-agreement"],
              "after": "event/other-event", "citations": [{ "source": "source/base-source", "quote": "a quote" }] },
            { "id": "event/other-event", "kind": "other", "title": "Another event", "description": "Something else happened.",
              "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
          ],
          "conflicts": [
            { "id": "conflict/base-conflict", "title": "A conflict", "explanation": "They differ.", "records": ["event/base-event"],
              "versions": [
                { "statement": "one", "record": "event/base-event", "citations": [{ "source": "source/base-source", "quote": "a quote" }],
                  "date": "2001", "dateKind": "event", "dateOf": "event/base-event" },
                { "statement": "two", "citations": [{ "source": "source/base-source", "quote": "a quote" }] }
              ] }
          ]
        }
        """;
}
