#!/usr/bin/env python3
"""Data-correction experiments (issue 11): which tests fail when a researcher corrects the curated data?

Usage, from the repository root:
    python3 tests/data-correction-experiments.py all                 # every experiment below
    python3 tests/data-correction-experiments.py a-events b-cases    # some of them
    python3 tests/data-correction-experiments.py release a2-cases --release   # also start data release 2026b

Each experiment edits src/BorderCoop/Data/*.json as src/BorderCoop/Data/README.md invites: (a) correct one date of
one record and add one verbatim quote to it, or (b) add one record with a verbatim quote. It runs the whole test
suite, prints the failed tests, and restores the data files and CHANGELOG.md with `git checkout` (so run it on a
clean tree). Only the touched family's snapshot and a SeedFactsTests fact that pins the corrected value should fail.
"""
import json, os, re, subprocess, sys

DATA = "src/BorderCoop/Data"
SEEDS = "seeds"

def load(f):
    with open(os.path.join(DATA, f), encoding="utf-8") as h: return json.load(h)

def save(f, d):
    with open(os.path.join(DATA, f), "w", encoding="utf-8") as h: h.write(json.dumps(d, indent=2, ensure_ascii=False) + "\n")

def seed_of(source_id):
    for s in load("sources.json"):
        if s["id"] == source_id:
            with open(os.path.join(SEEDS, s["file"]), encoding="utf-8") as h: return h.read()
    raise KeyError(source_id)

def next_sentence(citation):
    """A verbatim quote: the sentence of the seed that follows the record's first quote."""
    seed = seed_of(citation["source"])
    at = seed.index(citation["quote"]) + len(citation["quote"])
    m = re.search(r"[A-Z][^\n]{20,300}?[a-z0-9\)”][.;](?= [A-Z]|\n|$)", seed[at:])
    quote = m.group(0)
    assert quote in seed
    return {"source": citation["source"], "quote": quote}

def correct(file, rid, field, value):
    """Correct one date of one record and add one quote (a second citation) to it."""
    def run():
        records = load(file)
        r = next(r for r in records if r["id"] == rid)
        print(f"  {rid}.{field}: {r.get(field)!r} -> {value!r}")
        r[field] = value
        r["citations"].append(next_sentence(r["citations"][0]))
        print(f"  + quote {r['citations'][-1]['quote'][:70]!r}")
        save(file, records)
    return run

def add(file, record):
    def run():
        records = load(file)
        for c in record.get("citations", []):
            assert c["quote"] in seed_of(c["source"]), c["quote"]
        records.append(record)
        print(f"  + {record['id']}")
        save(file, records)
    return run

ARZT, LOGAN, NYT, JUAREZ, PATROLS = ("source/arzt-security-collaboration", "source/isn-logan-border-deal",
    "source/nyt-widens-role-2011", "source/blog-embedded-agents-juarez", "source/border-blog-joint-patrols-2010")
def cite(source, quote): return [{"source": source, "quote": quote}]

EXPERIMENTS = {
    # (a) one date corrected and one quote added
    "a-events": correct("events.json", "event/santiago-vasconcelos-extradition-workshop-statement-2007", "date", "2007-08-14"),
    "a-agreements": correct("agreements.json", "agreement/declaration-alliance-against-drugs-1997", "signed", "1997-05-06"),
    "a-cases": correct("extradition-cases.json", "extradition-case/mario-villanueva", "surrendered", "2010-05-08"),
    "a-programs": correct("programs.json", "program/best", "period", "2005-12/.."),
    "a-budget": correct("budget-lines.json", "budget-line/us-antinarcotics-assistance-2008-2010", "period", "2008/2011"),
    "a-figures": correct("figures.json", "figure/mexico-drug-violence-deaths-2011", "asOf", "2011-08-24"),
    "a-extradition-figures": correct("extradition-figures.json", "extradition-figure/mx-to-us-mexican-nationals-2010-to-september", "period", "2010-01/2010-08"),
    # (a) on the records the tests use most
    "a2-agreements": correct("agreements.json", "agreement/mou-information-exchange-1987", "signed", "1987-11"),
    "a2-cases": correct("extradition-cases.json", "extradition-case/juan-garcia-abrego", "arrested", "1996-01-13"),
    "a2-events": correct("events.json", "event/arrest-juan-garcia-abrego", "date", "1996-01-13"),
    "a2-programs": correct("programs.json", "program/dea-siu", "period", "1996/.."),
    "a2-budget": correct("budget-lines.json", "budget-line/dea-siu-fy2006-budget", "fiscalYear", "FY2005"),
    "a2-figures": correct("figures.json", "figure/best-teams-2010-08-05", "asOf", "2010-08-04"),
    "a2-extradition-figures": correct("extradition-figures.json", "extradition-figure/mx-to-us-mexican-nationals-2009", "period", "2009-01/2009-11"),
    # (b) one record added
    "b-events": add("events.json", {
        "id": "event/arrest-cancun-mayor-days-after", "date": "2010-05~", "kind": "arrest",
        "title": "The mayor of Cancun is arrested", "description": "Days after Villanueva's extradition the mayor of Cancun was arrested.",
        "participants": [], "agencies": [], "related": [],
        "citations": cite(ARZT, "Days after the extradition, the mayor of the famous tourist city, Cancun, was also arrested on organized crime charges.")}),
    "b-cases": add("extradition-cases.json", {
        "id": "extradition-case/adam-amezcua-contreras", "person": "person/adam-amezcua-contreras", "from": "MX", "to": "US",
        "mechanism": "extradition", "outcome": "unknown", "charges": [], "agencies": [],
        "citations": cite(ARZT, "While Adam Amezcua was set free")}),
    "b-agreements": add("agreements.json", {
        "id": "agreement/test-correction-agreement", "title": "An agreement on the extradition process", "aliases": [],
        "kind": "agreement", "parties": ["MX", "US"], "partyAgencies": [], "signatories": [], "signed": "2001",
        "provisions": [], "relations": [], "description": "The extradition treaty signed by both governments.",
        "citations": cite(ARZT, "the extradition treaty signed by both governments and approved by each Senate")}),
    "b-programs": add("programs.json", {
        "id": "program/test-correction-program", "name": "Extradition information exchange", "aliases": [], "kind": "task-force",
        "leadAgencies": [], "participatingAgencies": [], "countries": ["MX", "US"], "places": [], "period": "2007/..",
        "status": "active", "agreements": [], "description": "An exchange of information on fugitives.",
        "citations": cite(ARZT, "More and more, through an important exchange of information")}),
    "b-budget": add("budget-lines.json", {
        "id": "budget-line/test-correction-line", "description": "Money for a test.", "recipientCountries": ["MX"],
        "recipientAgencies": [], "fiscalYear": "FY2009", "amount": {"amount": 1000000, "currency": "USD"},
        "stage": "request", "qualifiers": [], "citations": cite(ARZT, "anti-narcotics assistance had jumped significantly")}),
    "b-figures": add("figures.json", {
        "id": "figure/test-correction-figure", "measure": "tons of cocaine", "value": {"value": 200, "qualifier": "more-than", "unit": "tons"},
        "asOf": "2010-05", "agencies": [], "citations": cite(ARZT, "more than 200 tons of cocaine")}),
    "b-extradition-figures": add("extradition-figures.json", {
        "id": "extradition-figure/test-correction-figure", "period": "1995/2000", "from": "MX", "to": "US", "population": "all-persons",
        "measure": "total", "value": {"value": 61, "qualifier": "exact", "unit": "persons"},
        "citations": cite(ARZT, "between 1995 and 2000, Mexico extradited a total of sixty one persons to the United States")}),
    "b-people": add("people.json", {
        "id": "person/test-correction-person", "name": "Test Person", "aliases": [], "roles": [],
        "citations": cite(ARZT, "the mayor of the famous tourist city, Cancun")}),
    "b-agencies": add("agencies.json", {
        "id": "agency/mx-test-correction", "country": "MX", "englishName": "Ministry of Foreign Relations",
        "aliases": [], "kind": "ministry"}),
    "b-conflicts": add("conflicts.json", {
        "id": "conflict/test-correction-conflict", "title": "Two readings", "explanation": "They differ.",
        "records": ["event/arrest-cancun-mayor-2010"], "versions": [
            {"statement": "one", "citations": cite(ARZT, "the mayor of the famous tourist city, Cancun")},
            {"statement": "two", "citations": cite(ARZT, "was also arrested on organized crime charges")}]}),
}

def release():
    """Start data release 2026b as Data/README.md asks."""
    with open(os.path.join(DATA, "VERSION"), "w") as h: h.write("2026b\n")
    text = open("CHANGELOG.md", encoding="utf-8").read()
    text = text.replace("## 1.0.0 with data 2026a (not yet published)\n",
        "## 1.0.1 with data 2026b (not yet published)\n\n### Data 2026b\n\nA corrected date and an added quote.\n\n### API 1.0.1\n\nNo change.\n\n## 1.0.0 with data 2026a (not yet published)\n", 1)
    open("CHANGELOG.md", "w", encoding="utf-8").write(text)
    print("  + release 2026b (VERSION, CHANGELOG.md)")

def run_tests():
    lock = ["flock", "/work/build.lock"] if os.path.exists("/work/build.lock") else []
    p = subprocess.run([*lock, "dotnet", "test", "tests/BorderCoop.Tests", "-v", "q"], capture_output=True, text=True)
    out = p.stdout + p.stderr
    failed = sorted(set(m.group(1) for m in re.finditer(r"^\[xUnit\.net [^\]]*\]\s+(\S+) \[FAIL\]", out, re.M)))
    summary = [l.strip() for l in out.splitlines() if "Total:" in l or "error" in l.lower() and ".cs(" in l]
    return failed, summary

def restore():
    subprocess.run(["git", "checkout", "--", DATA, "CHANGELOG.md"], check=True)

def main():
    args = sys.argv[1:]
    with_release = "--release" in args
    names = [a for a in args if not a.startswith("--")]
    if names == ["all"]: names = list(EXPERIMENTS)
    for name in names:
        print(f"== {name}{' + release' if with_release else ''}")
        try:
            if name != "release": EXPERIMENTS[name]()
            if with_release or name == "release": release()
            failed, summary = run_tests()
        finally:
            restore()
        for s in summary[:5]: print("  " + s)
        for f in failed: print("  FAILED " + f)
        sys.stdout.flush()

if __name__ == "__main__":
    main()
