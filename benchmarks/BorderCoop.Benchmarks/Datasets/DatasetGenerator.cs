using NodaTime;

namespace BorderCoop.Benchmarks;

/// <summary>
/// Makes a large, realistic and always identical dataset for the benchmarks: the same seed and size give the same
/// records, in the same order, on every run and machine.
/// </summary>
/// <remarks>
/// <para>
/// The records are spread over the eleven families in the proportions of the curated data (of its 244 records,
/// 5 sources, 37 agencies, 33 people, 11 agreements, 22 programs, 7 extradition cases, 13 extradition figures,
/// 5 budget lines, 26 figures, 65 events and 20 conflicts); rounding leftovers go to the events, so the total is exact.
/// </para>
/// <para>
/// What the generated data looks like, family by family:
/// </para>
/// <list type="bullet">
/// <item><description>Sources: news reports, analyses and papers, each with a pool of quotes that citations draw from.
/// Every cited record cites one or two of these quotes. Most have a publication date; 10 % have none, 4 % are known
/// only to be published no earlier than a date (<c>[2010-09..]</c>) and 3 % only by a date.</description></item>
/// <item><description>Agencies: Mexican state agencies with accented Spanish names ("Secretaría de Seguridad Pública
/// de Nuevo León") and Spanish acronyms, U.S. agencies with English acronyms and some Spanish names; each has an
/// English alias. The first agency of each kind and state is the headquarters; regional units ("Región 12") name it
/// as their parent and carry the region in their acronym ("SSP-NL-12"), so names and acronyms stay mostly unique, as
/// real ones are.</description></item>
/// <item><description>People: Spanish and English names with accents, an accent-free alias where it differs and
/// sometimes a surname alias; names repeat as real names do. Some hold dated roles in agencies.</description></item>
/// <item><description>Agreements: kinds, parties, party agencies and signatories, an optional Spanish title, and
/// signed and in-force dates of every precision the model allows (day, month or year only, some approximate, many
/// missing, as in the curated data); a tenth of the dated ones are norms one government issued rather than signed
/// (<see cref="Agreement.Issued"/>), and 5 % of the entries into force are known only as "by" a date. Some follow up
/// an earlier agreement.</description></item>
/// <item><description>Programs: lead and participating agencies, countries, border places, and periods whose start
/// may be unknown or open (or, 4 % of the known ones, given only as "by" a date) and whose end may be known, open or
/// unknown; the status agrees with the period. Open programs are running as of the latest source that cites them or
/// figure about them.</description></item>
/// <item><description>Extradition cases: a person, a direction (mostly Mexico to the United States), a mechanism,
/// partial dates of arrest, request, grant and surrender in a possible order (6 % of the surrenders known only as "by"
/// a date, as three curated cases are), an outcome, charges, an organization and agencies.</description></item>
/// <item><description>Extradition figures: periods (some open, unknown or approximate), as-of dates or no date at
/// all, directions, populations, measures and qualified values.</description></item>
/// <item><description>Budget lines: fiscal years (or now and then a calendar span), stages, U.S. funders,
/// recipients, amounts in dollars or pesos, some for a program.</description></item>
/// <item><description>Figures and events: measures with units and periods; dated events of every kind with places,
/// participants, agencies and related records (5 % undated, 3 % of the dates only a bound).</description></item>
/// <item><description>Conflicts: two or three versions about one to three earlier records.</description></item>
/// </list>
/// <para>
/// The result is built with <see cref="BorderCoopData.Create"/>, so it passes the same validation as the curated
/// data. One million records take a few seconds; <see cref="DatasetFixture"/> makes each size once per process.
/// Every date of every precision may be approximate (10 %), which widens it by one unit of its precision.
/// </para>
/// </remarks>
internal sealed class DatasetGenerator
{
    /// <summary>The seed of every generated dataset of the benchmarks.</summary>
    public const int DefaultSeed = 2026;

    private const int FirstYear = 1980;
    private const int LastYear = 2025;
    private const int QuotesPerSource = 32;

    // Records per family in the curated data (244 in all), in the family order of RecordId.Families.
    private const int CuratedTotal = 244;
    private const int CuratedSources = 5;
    private const int CuratedAgencies = 37;
    private const int CuratedPeople = 33;
    private const int CuratedAgreements = 11;
    private const int CuratedPrograms = 22;
    private const int CuratedExtraditionCases = 7;
    private const int CuratedExtraditionFigures = 13;
    private const int CuratedBudgetLines = 5;
    private const int CuratedFigures = 26;
    private const int CuratedConflicts = 20;

    private static readonly (string Name, string Code)[] MexicanStates =
    [
        ("Baja California", "BC"), ("Chihuahua", "CHIH"), ("Ciudad de México", "CDMX"), ("Coahuila", "COAH"),
        ("Durango", "DGO"), ("Estado de México", "MEX"), ("Guanajuato", "GTO"), ("Guerrero", "GRO"), ("Jalisco", "JAL"),
        ("Michoacán", "MICH"), ("Nuevo León", "NL"), ("Querétaro", "QRO"), ("San Luis Potosí", "SLP"), ("Sinaloa", "SIN"),
        ("Sonora", "SON"), ("Tamaulipas", "TAMPS"), ("Veracruz", "VER"), ("Yucatán", "YUC"), ("Zacatecas", "ZAC"),
    ];

    private static readonly (string Name, string Code)[] UnitedStates =
    [
        ("Arizona", "AZ"), ("California", "CA"), ("Colorado", "CO"), ("Florida", "FL"), ("Illinois", "IL"),
        ("New Mexico", "NM"), ("New York", "NY"), ("Texas", "TX"),
    ];

    // English name, Spanish name, acronym and kind; {0} is the state.
    private static readonly AgencyTemplate[] MexicanAgencies =
    [
        new("Public Security Secretariat of {0}", "Secretaría de Seguridad Pública de {0}", "SSP", "Public Security", AgencyKind.LawEnforcement),
        new("Attorney General's Office of {0}", "Procuraduría General de Justicia de {0}", "PGJ", "State Attorney General", AgencyKind.LawEnforcement),
        new("State Prosecutor's Office of {0}", "Fiscalía General del Estado de {0}", "FGE", "State Prosecutor", AgencyKind.LawEnforcement),
        new("Investigative Police of {0}", "Policía de Investigación de {0}", "PDI", "Investigative Police", AgencyKind.LawEnforcement),
        new("Intelligence Center of {0}", "Centro de Inteligencia de {0}", "CI", "Intelligence Center", AgencyKind.Intelligence),
        new("Military Zone of {0}", "Zona Militar de {0}", "ZM", "Military Zone", AgencyKind.Military),
        new("Superior Court of Justice of {0}", "Tribunal Superior de Justicia de {0}", "TSJ", "Superior Court", AgencyKind.Judiciary),
        new("State Congress of {0}", "Congreso del Estado de {0}", "CE", "State Congress", AgencyKind.Legislature),
        new("Human Rights Commission of {0}", "Comisión de Derechos Humanos de {0}", "CDH", "Human Rights Commission", AgencyKind.Oversight),
    ];

    private static readonly AgencyTemplate[] UnitedStatesAgencies =
    [
        new("{0} Department of Public Safety", "Departamento de Seguridad Pública de {0}", "DPS", "Public Safety", AgencyKind.LawEnforcement),
        new("{0} Highway Patrol", null, "HP", "Highway Patrol", AgencyKind.LawEnforcement),
        new("DEA {0} Field Division", "División de Campo de la DEA en {0}", "DEAFD", "DEA Field Division", AgencyKind.LawEnforcement),
        new("{0} Fusion Center", "Centro de Fusión de {0}", "FC", "Fusion Center", AgencyKind.Intelligence),
        new("{0} National Guard", "Guardia Nacional de {0}", "NG", "National Guard", AgencyKind.Military),
        new("U.S. Attorney's Office for {0}", null, "USAO", "U.S. Attorney", AgencyKind.Judiciary),
        new("{0} Office of the Inspector General", null, "OIG", "Inspector General", AgencyKind.Oversight),
    ];

    private static readonly string[] FirstNames =
    [
        "José", "María", "Juan Carlos", "Ramón", "Jesús", "Andrés", "Verónica", "Sofía", "Héctor", "Raúl", "Joaquín",
        "Inés", "Ángel", "Luis", "Patricia", "Genaro", "Michael", "Robert", "Karen", "David", "Linda", "James", "Susan",
    ];

    private static readonly string[] Surnames =
    [
        "García", "Hernández", "López", "Martínez", "González", "Pérez", "Sánchez", "Ramírez", "Núñez", "Peña", "Ibáñez",
        "Muñoz", "Beltrán", "Gómez", "Fernández", "Díaz", "Cárdenas", "Zambrano", "Smith", "Johnson", "Miller", "Brown",
    ];

    private static readonly string[] Places =
    [
        "Ciudad Juárez", "Tijuana", "Nuevo Laredo", "Reynosa", "Matamoros", "Nogales", "Culiacán", "Monterrey",
        "Mexico City", "Mérida", "El Paso", "San Diego", "Laredo", "Brownsville", "Tucson", "Washington, D.C.",
    ];

    private static readonly (string English, string Spanish)[] Topics =
    [
        ("information exchange", "intercambio de información"), ("mutual legal assistance", "asistencia jurídica mutua"),
        ("border security", "seguridad fronteriza"), ("drug trafficking", "narcotráfico"),
        ("money laundering", "lavado de dinero"), ("arms trafficking", "tráfico de armas"),
        ("maritime interdiction", "interdicción marítima"), ("precursor chemicals", "precursores químicos"),
        ("police training", "capacitación policial"), ("extradition", "extradición"),
    ];

    private static readonly string[] Charges =
    [
        "drug trafficking", "money laundering", "homicide", "kidnapping", "arms trafficking", "organized crime", "fraud",
    ];

    private static readonly string[] Organizations =
    [
        "Gulf Cartel", "Sinaloa Cartel", "Juárez Cartel", "Tijuana Cartel", "Los Zetas", "Beltrán Leyva Organization",
        "La Familia Michoacana", "Cártel de Jalisco Nueva Generación",
    ];

    private static readonly string[] RoleTitles =
    [
        "Director", "Attorney General", "Secretary", "Commander", "Special Agent in Charge", "Prosecutor", "Ambassador",
    ];

    private static readonly (string Measure, string Unit)[] FigureMeasures =
    [
        ("cocaine seized", "kilograms"), ("homicides", "persons"), ("vetted officers trained", "officers"),
        ("troops deployed", "troops"), ("arrests", "persons"), ("weapons seized", "weapons"),
    ];

    private readonly Random random;

    // Draws for the dates the sources give only as bounds, by a government's issue, or not at all (see DateQualifier):
    // a second stream, so that adding them left every other draw, and so every other record, as it was.
    private readonly Random qualifiers;
    private readonly List<IRecord> records;
    private readonly List<List<Citation>> quotesBySource = [];
    private readonly List<string> agencyIds = [];
    private readonly List<string> mexicanAgencyIds = [];
    private readonly List<string> unitedStatesAgencyIds = [];
    private readonly List<string> personIds = [];
    private readonly List<string> agreementIds = [];
    private readonly List<string> programIds = [];

    // Ids of the cited records made so far, which events and conflicts may refer to.
    private readonly List<string> citedIds = [];

    private DatasetGenerator(int seed, int capacity)
    {
        random = new Random(seed);
        qualifiers = new Random(seed + 1);
        records = new List<IRecord>(capacity);
    }

    /// <summary>Generates a validated dataset of exactly <paramref name="totalRecords"/> records.</summary>
    /// <param name="totalRecords">How many records in all; at least <see cref="CuratedTotal"/>, so every family has some.</param>
    /// <param name="seed">The seed of the random numbers; the same seed and size give the same dataset.</param>
    /// <returns>The dataset, built and validated by <see cref="BorderCoopData.Create"/>.</returns>
    public static BorderCoopData Generate(int totalRecords, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(totalRecords, CuratedTotal);
        var generator = new DatasetGenerator(seed, totalRecords);
        generator.AddAll(totalRecords);
        return BorderCoopData.Create(generator.records);
    }

    private static int Share(int total, int curated) => (int)((long)total * curated / CuratedTotal);

    private void AddAll(int total)
    {
        Repeat(Share(total, CuratedSources), AddSource);
        Repeat(Share(total, CuratedAgencies), AddAgency);
        Repeat(Share(total, CuratedPeople), AddPerson);
        Repeat(Share(total, CuratedAgreements), AddAgreement);
        Repeat(Share(total, CuratedPrograms), AddProgram);
        Repeat(Share(total, CuratedExtraditionCases), AddExtraditionCase);
        Repeat(Share(total, CuratedExtraditionFigures), AddExtraditionFigure);
        Repeat(Share(total, CuratedBudgetLines), AddBudgetLine);
        Repeat(Share(total, CuratedFigures), AddFigure);

        // Events take what the other families leave, so the total is exact.
        var conflicts = Share(total, CuratedConflicts);
        Repeat(total - records.Count - conflicts, AddEvent);
        Repeat(conflicts, AddConflict);
    }

    private static void Repeat(int count, Action<int> add)
    {
        for (var i = 0; i < count; i++)
        {
            add(i);
        }
    }

    private void AddSource(int index)
    {
        var kind = (SourceKind)random.Next(3);
        var topic = Pick(Topics).English;
        var id = $"source/report-{index}";
        var quotes = new List<Citation>(QuotesPerSource);
        for (var q = 0; q < QuotesPerSource; q++)
        {
            quotes.Add(new Citation(id, $"Passage {q + 1} of report {index}: officials described {Pick(Topics).English} along the border."));
        }

        quotesBySource.Add(quotes);
        records.Add(new Source(
            id,
            title: $"U.S.–Mexico cooperation on {topic}, report {index}",
            description: $"A {kind} about {topic} between the United States and Mexico.",
            authors: [PersonName(out _)],
            outlet: Chance(0.6) ? Pick(["Reuters", "El Universal", "Proceso", "The Washington Post", "Wilson Center"]) : null,
            published: Published(Date()),
            kind,
            url: Chance(0.7) ? $"https://example.org/reports/{index}" : null,
            fileName: $"report-{index}.txt",
            citations: null));
    }

    private void AddAgency(int index)
    {
        // Alternate countries; within one, cycle over kinds and states, then over regions.
        var mexican = index % 2 == 0;
        var ordinal = index / 2;
        var templates = mexican ? MexicanAgencies : UnitedStatesAgencies;
        var states = mexican ? MexicanStates : UnitedStates;
        var template = templates[ordinal % templates.Length];
        var state = states[ordinal / templates.Length % states.Length];
        var region = ordinal / (templates.Length * states.Length);
        var country = mexican ? "MX" : "US";

        var acronym = $"{template.Acronym}-{state.Code}" + (region == 0 ? string.Empty : $"-{region}");
        var suffix = region == 0 ? string.Empty : $", Región {region}";
        var englishSuffix = region == 0 ? string.Empty : $", Region {region}";
        var spanishName = template.SpanishName is null || (!mexican && Chance(0.5)) ? null : string.Format(null, template.SpanishName, state.Name) + suffix;
        var id = $"agency/{country.ToLowerInvariant()}-{acronym.ToLowerInvariant()}";

        // A regional unit reports to the headquarters of its kind and state, made one full cycle earlier.
        var parent = region == 0 ? null : agencyIds[(ordinal % (templates.Length * states.Length) * 2) + (mexican ? 0 : 1)];

        agencyIds.Add(id);
        (mexican ? mexicanAgencyIds : unitedStatesAgencyIds).Add(id);
        records.Add(new Agency(
            id,
            country,
            englishName: string.Format(null, template.EnglishName, state.Name) + englishSuffix,
            spanishName,
            englishAcronyms: mexican ? null : [acronym],
            spanishAcronyms: mexican ? [acronym] : null,
            aliases: [$"{state.Name} {template.ShortName}{(region == 0 ? string.Empty : $" {region}")}"],
            template.Kind,
            parent));
    }

    private void AddPerson(int index)
    {
        var name = PersonName(out var surname);
        var plain = Plain(name);
        var aliases = new List<string>(2);
        if (plain != name)
        {
            aliases.Add(plain);
        }

        if (Chance(0.3))
        {
            aliases.Add(surname);
        }

        var roles = new List<PersonRole>();
        for (var r = random.Next(3); r > 0; r--)
        {
            var start = Date();
            roles.Add(new PersonRole(
                Pick(RoleTitles),
                agencyId: Chance(0.8) ? Pick(agencyIds) : null,
                organization: null,
                period: new DateRange(start, Chance(0.6) ? DateAfter(start, 3000) : null, isEndOpen: false),
                citations: Citations()));
        }

        var id = $"person/{Slug(plain)}-{index}";
        personIds.Add(id);
        records.Add(new Person(id, name, aliases, roles, Citations()));
    }

    private void AddAgreement(int index)
    {
        var kind = (AgreementKind)random.Next(8);
        var topic = Pick(Topics);
        var signed = Chance(0.6) ? Date() : null;
        var inForce = signed is not null && Chance(0.4) ? DateAfter(signed, 1500)
            : signed is null && Chance(0.05) ? Date()
            : null;
        var relations = agreementIds.Count > 0 && Chance(0.1)
            ? new[] { new AgreementRelation((AgreementRelationKind)random.Next(3), Pick(agreementIds)) }
            : null;

        // Some norms are issued by one government rather than signed; some entries into force are known only as "by" a date.
        PartialDate? issued = null;
        if (signed is not null && Qualify(0.1))
        {
            (issued, signed, kind) = (signed, null, AgreementKind.Regulation);
        }

        if (inForce is not null && Qualify(0.05))
        {
            inForce = inForce.OrBefore();
        }

        var id = $"agreement/{Slug(topic.English)}-{index}";
        agreementIds.Add(id);
        citedIds.Add(id);
        records.Add(new Agreement(
            id,
            title: $"{KindTitle(kind)} on {topic.English} ({index})",
            aliases: Chance(0.5) ? [$"Acuerdo sobre {topic.Spanish} ({index})"] : null,
            kind,
            parties: ["US", "MX"],
            partyAgencyIds: Some(agencyIds, 0, 2),
            signatoryIds: Some(personIds, 0, 2),
            signed,
            inForce,
            venue: Chance(0.3) ? Pick(Places) : null,
            provisions: Chance(0.5) ? [$"exchange of information on {topic.English}", "designation of liaison officers"] : null,
            relations,
            description: $"Bilateral {KindTitle(kind).ToLowerInvariant()} on {topic.English}.",
            citations: Citations(),
            issued: issued));
    }

    private void AddProgram(int index)
    {
        var kind = (ProgramKind)random.Next(11);
        var place = Pick(Places);
        var period = Bounded(ProgramPeriod());
        var status = period?.EndKind switch
        {
            DateBoundKind.Known => ProgramStatus.Ended,
            DateBoundKind.Open => ProgramStatus.Active,
            _ => (ProgramStatus)random.Next(4),
        };

        var id = $"program/{Slug(kind.ToString())}-{index}";
        programIds.Add(id);
        citedIds.Add(id);
        records.Add(new CooperationProgram(
            id,
            name: $"{ProgramName(kind)} {place} {index}",
            aliases: Chance(0.5) ? [$"{ProgramAcronym(kind)}-{index}"] : null,
            kind,
            leadAgencyIds: Some(agencyIds, 1, 2),
            participatingAgencyIds: Some(agencyIds, 0, 4),
            countries: Chance(0.9) ? ["MX", "US"] : ["MX", "US", "CO"],
            places: [place],
            period,
            status,
            agreementIds: Chance(0.3) ? [Pick(agreementIds)] : null,
            description: $"{ProgramName(kind)} operating from {place}.",
            citations: Citations()));
    }

    private DateRange? ProgramPeriod()
    {
        if (Chance(0.05))
        {
            return null;
        }

        var start = Chance(0.9) ? Date() : null;
        var startOpen = start is null && Chance(0.3);
        var endDraw = random.NextDouble();
        PartialDate? end = endDraw < 0.4 ? (start is null ? Date() : DateAfter(start, 4000)) : null;
        var endOpen = end is null && endDraw < 0.75;
        return start is null && end is null && !startOpen && !endOpen ? new DateRange(null, null, isEndOpen: true) : new DateRange(start, end, startOpen, endOpen);
    }

    private void AddExtraditionCase(int index)
    {
        var (from, to) = Direction();
        var arrested = Chance(0.8) ? Date() : null;
        var requested = Chance(0.4) ? (arrested is null ? Date() : DateAfter(arrested, 200)) : null;
        var before = requested ?? arrested;
        var granted = Chance(0.4) ? (before is null ? Date() : DateAfter(before, 700)) : null;
        var latest = granted ?? arrested;
        var surrendered = Chance(0.6) ? (latest is null ? Date() : DateAfter(latest, 400)) : null;
        var outcome = surrendered is not null ? ExtraditionOutcome.Surrendered : (ExtraditionOutcome)random.Next(5);
        if (surrendered is not null && Qualify(0.06))
        {
            surrendered = surrendered.OrBefore(); // "extradited by January 2007"
        }

        var id = $"extradition-case/case-{index}";
        citedIds.Add(id);
        records.Add(new ExtraditionCase(
            id,
            personId: Pick(personIds),
            from,
            to,
            mechanism: Weighted(0.75, 0.15) switch { 0 => ExtraditionMechanism.Extradition, 1 => ExtraditionMechanism.Expulsion, _ => ExtraditionMechanism.Deportation },
            arrested,
            arrestPlace: arrested is not null && Chance(0.5) ? Pick(Places) : null,
            requested,
            granted,
            surrendered,
            outcome,
            charges: Chance(0.7) ? [Pick(Charges)] : null,
            organization: Chance(0.6) ? Pick(Organizations) : null,
            agencyIds: Some(agencyIds, 0, 3),
            citations: Citations()));
    }

    private void AddExtraditionFigure(int index)
    {
        var (from, to) = Direction();
        var dating = Weighted(0.75, 0.15);
        var period = dating == 0 ? FigurePeriod() : null;
        var asOf = dating == 1 ? Date() : null;
        var population = Weighted(0.65, 0.25) switch { 0 => ExtraditionPopulation.AllPersons, 1 => ExtraditionPopulation.Nationals, _ => ExtraditionPopulation.Unspecified };
        var measure = Weighted(0.6, 0.2) switch { 0 => ExtraditionMeasure.Total, 1 => ExtraditionMeasure.AnnualAverage, _ => (ExtraditionMeasure)(2 + random.Next(2)) };

        var id = $"extradition-figure/{from.ToLowerInvariant()}-to-{to.ToLowerInvariant()}-{index}";
        citedIds.Add(id);
        records.Add(new ExtraditionFigure(
            id,
            period,
            asOf,
            from,
            to,
            population,
            nationality: population == ExtraditionPopulation.Nationals ? from : null,
            measure,
            value: new Quantity(random.Next(1, 500), (QuantityQualifier)random.Next(5), "persons"),
            reportedById: Chance(0.4) ? Pick(agencyIds) : null,
            citations: Citations()));
    }

    private DateRange FigurePeriod()
    {
        var startOpen = Chance(0.05);
        var start = startOpen ? null : Date(FirstYear, LastYear - 5, DatePrecision.Year);
        var endDraw = random.NextDouble();
        var end = endDraw < 0.8 ? (start is null ? Date(FirstYear, LastYear, DatePrecision.Year) : DateAfter(start, 3650, DatePrecision.Year)) : null;
        return new DateRange(start, end, startOpen, isEndOpen: end is null && endDraw < 0.9);
    }

    private void AddBudgetLine(int index)
    {
        var byFiscalYear = Chance(0.9);
        var year = random.Next(1990, LastYear + 1);
        var stage = byFiscalYear
            ? Weighted(0.35, 0.25) switch { 0 => BudgetStage.Appropriation, 1 => BudgetStage.Budget, _ => Chance(0.9) ? BudgetStage.Request : BudgetStage.AssistanceTotal }
            : BudgetStage.AssistanceTotal;
        var pesos = Chance(0.1);

        var id = $"budget-line/line-{index}";
        citedIds.Add(id);
        records.Add(new BudgetLine(
            id,
            programId: Chance(0.75) ? Pick(programIds) : null,
            description: $"{stage} for cooperation with Mexico, FY{year}.",
            funderId: Pick(pesos ? mexicanAgencyIds : unitedStatesAgencyIds),
            recipientCountries: ["MX"],
            recipientAgencyIds: Some(mexicanAgencyIds, 0, 2),
            fiscalYear: byFiscalYear ? new FiscalYear(year) : null,
            period: byFiscalYear ? null : new DateRange(PartialDate.FromYear(year - random.Next(1, 8)), PartialDate.FromYear(year)),
            amount: new Money(random.Next(100, 500_000) * 1000m, pesos ? "MXN" : "USD"),
            stage,
            qualifiers: Chance(0.15) ? ["non-personnel"] : null,
            reportedById: Chance(0.3) ? Pick(agencyIds) : null,
            citations: Citations()));
    }

    private void AddFigure(int index)
    {
        var (measure, unit) = Pick(FigureMeasures);
        var dating = Weighted(0.5, 0.3);
        var id = $"figure/{Slug(measure)}-{index}";
        citedIds.Add(id);
        records.Add(new Figure(
            id,
            measure,
            subject: Chance(0.3) ? Pick(Organizations) : null,
            value: new Quantity(random.Next(1, 100_000), (QuantityQualifier)random.Next(5), unit),
            period: dating == 0 ? FigurePeriod() : null,
            asOf: dating == 1 ? Date() : null,
            place: Chance(0.5) ? Pick(Places) : null,
            programId: Chance(0.4) ? Pick(programIds) : null,
            agencyIds: Some(agencyIds, 0, 2),
            reportedById: Chance(0.3) ? Pick(agencyIds) : null,
            citations: Citations()));
    }

    private void AddEvent(int index)
    {
        var kind = (EventKind)random.Next(15);
        var place = Chance(0.8) ? Pick(Places) : null;
        var id = $"event/{Slug(kind.ToString())}-{index}";
        var related = Chance(0.4) ? new[] { Pick(citedIds) } : null;
        citedIds.Add(id);
        records.Add(new Event(
            id,
            date: Chance(0.95) ? Bounded(Date()) : null,
            kind,
            title: $"{kind} {index}{(place is null ? string.Empty : $" in {place}")}",
            description: $"{kind} reported by the sources{(place is null ? string.Empty : $", in {place}")}.",
            place,
            participantIds: Some(personIds, 0, 3),
            agencyIds: Some(agencyIds, 0, 3),
            relatedIds: related,
            citations: Citations()));
    }

    private void AddConflict(int index)
    {
        var about = Some(citedIds, 1, 3);
        var versions = new ConflictVersion[2 + random.Next(2)];
        for (var v = 0; v < versions.Length; v++)
        {
            versions[v] = new ConflictVersion($"Version {v + 1} of what the sources say.", Chance(0.85) ? Pick(about) : null, Citations());
        }

        records.Add(new Conflict($"conflict/disagreement-{index}", $"Disagreement {index}", "The sources give different accounts.", about, versions));
    }

    // ---- Dates --------------------------------------------------------------------------------------------------

    /// <summary>A date between <see cref="FirstYear"/> and <see cref="LastYear"/>: 60 % to the day, 25 % to the month, 15 % only the year; 10 % approximate.</summary>
    private PartialDate Date() => Date(FirstYear, LastYear, Precision());

    private PartialDate Date(int firstYear, int lastYear, DatePrecision precision)
    {
        var start = new LocalDate(firstYear, 1, 1);
        var days = Period.DaysBetween(start, new LocalDate(lastYear, 12, 31));
        return Coarsen(start.PlusDays(random.Next(days + 1)), precision);
    }

    /// <summary>
    /// A date some days after <paramref name="earliest"/> ends. Coarsening only widens the span, so the result never
    /// ends before <paramref name="earliest"/> starts, which is the order the model checks.
    /// </summary>
    private PartialDate DateAfter(PartialDate earliest, int maxDays) => DateAfter(earliest, maxDays, Precision());

    private PartialDate DateAfter(PartialDate earliest, int maxDays, DatePrecision precision)
    {
        var day = earliest.End.PlusDays(random.Next(1, maxDays + 1));
        return Coarsen(day.Year > PartialDate.MaximumYear ? earliest.End : day, precision);
    }

    /// <summary>
    /// A source's publication: 10 % undated, 4 % known only as "no earlier than" the date, 3 % only as "by" it
    /// (as in the curated data, where two of five sources are undated and one is "[2010-09..]").
    /// </summary>
    private PartialDate? Published(PartialDate date)
    {
        var draw = qualifiers.NextDouble();
        return draw < 0.10 ? null : draw < 0.14 ? date.OrAfter() : draw < 0.17 ? date.OrBefore() : date;
    }

    /// <summary>A date given, 2 % of the time, only as "by" it, and 1 % as "no earlier than" it.</summary>
    private PartialDate Bounded(PartialDate date)
    {
        var draw = qualifiers.NextDouble();
        return draw < 0.02 ? date.OrBefore() : draw < 0.03 ? date.OrAfter() : date;
    }

    /// <summary>A period whose known start is given, 4 % of the time, only as "by" it ("running by 2005").</summary>
    private DateRange? Bounded(DateRange? period) =>
        period?.Start is { } start && Qualify(0.04)
            ? new DateRange(start.OrBefore(), period.End, isEndOpen: period.EndKind == DateBoundKind.Open)
            : period;

    private bool Qualify(double probability) => qualifiers.NextDouble() < probability;

    private DatePrecision Precision() => Weighted(0.6, 0.25) switch { 0 => DatePrecision.Day, 1 => DatePrecision.Month, _ => DatePrecision.Year };

    private PartialDate Coarsen(LocalDate day, DatePrecision precision)
    {
        var approximate = Chance(0.1);
        return precision switch
        {
            DatePrecision.Day => PartialDate.FromDate(day.Year, day.Month, day.Day, approximate),
            DatePrecision.Month => PartialDate.FromYearMonth(day.Year, day.Month, approximate),
            _ => PartialDate.FromYear(day.Year, approximate),
        };
    }

    // ---- Names and helpers --------------------------------------------------------------------------------------

    private string PersonName(out string surname)
    {
        surname = Pick(Surnames);
        return Chance(0.6) ? $"{Pick(FirstNames)} {surname} {Pick(Surnames)}" : $"{Pick(FirstNames)} {surname}";
    }

    /// <summary>The text without accents, as a person without a Spanish keyboard types it ("Núñez" → "Nunez").</summary>
    private static string Plain(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var plain = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }

    /// <summary>A record-id slug: lower-case ASCII letters and digits joined by single hyphens.</summary>
    private static string Slug(string text) => TextKey.Fold(text).Replace(' ', '-');

    private static string KindTitle(AgreementKind kind) => kind switch
    {
        AgreementKind.MemorandumOfUnderstanding => "Memorandum of Understanding",
        AgreementKind.JointStatement => "Joint Statement",
        _ => kind.ToString(),
    };

    private static string ProgramName(ProgramKind kind) => kind switch
    {
        ProgramKind.VettedUnit => "Sensitive Investigative Unit",
        ProgramKind.TaskForce => "Border Enforcement Security Task Force",
        ProgramKind.IntelligenceCenter => "Joint Intelligence Center",
        ProgramKind.FusionCenter => "Regional Fusion Center",
        ProgramKind.JointPatrol => "Joint Patrol",
        ProgramKind.EmbeddedAgents => "Embedded Liaison Agents",
        ProgramKind.CrossBorderOperation => "Cross-Border Operation",
        ProgramKind.AerialSurveillance => "Aerial Surveillance Flights",
        ProgramKind.Training => "Police Training Program",
        ProgramKind.DialogueGroup => "Bilateral Contact Group",
        _ => "Operativo Conjunto",
    };

    private static string ProgramAcronym(ProgramKind kind) => string.Concat(ProgramName(kind).Split(' ').Select(w => w[0]));

    private (string From, string To) Direction() => Weighted(0.8, 0.15) switch
    {
        0 => ("MX", "US"),
        1 => ("US", "MX"),
        _ => ("CO", "US"),
    };

    private List<Citation> Citations()
    {
        var quotes = Pick(quotesBySource);
        var citations = new List<Citation>(2) { Pick(quotes) };
        if (Chance(0.3))
        {
            citations.Add(Pick(quotes));
        }

        return citations;
    }

    /// <summary>Between <paramref name="least"/> and <paramref name="most"/> distinct items of <paramref name="items"/>.</summary>
    private List<string> Some(List<string> items, int least, int most)
    {
        var count = Math.Min(random.Next(least, most + 1), items.Count);
        var chosen = new List<string>(count);
        while (chosen.Count < count)
        {
            var item = Pick(items);
            if (!chosen.Contains(item))
            {
                chosen.Add(item);
            }
        }

        return chosen;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private bool Chance(double probability) => random.NextDouble() < probability;

    /// <summary>0 with probability <paramref name="first"/>, 1 with probability <paramref name="second"/>, else 2.</summary>
    private int Weighted(double first, double second)
    {
        var draw = random.NextDouble();
        return draw < first ? 0 : draw < first + second ? 1 : 2;
    }

    /// <summary>How one kind of agency is named in each state.</summary>
    private sealed record AgencyTemplate(string EnglishName, string? SpanishName, string Acronym, string ShortName, AgencyKind Kind);
}
