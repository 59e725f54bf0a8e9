namespace BorderCoop.Tests.Queries;

/// <summary>
/// Agencies and people resolve from any name, acronym or alias, in English or Spanish, ignoring case and accents, on a
/// dataset built here with labels shaped like the curated ones.
/// </summary>
public sealed class NameResolutionTests
{
    private static readonly BorderCoopData Data = TestRecords.Data(
        Agency("mx-pgr", "Attorney General's Office of Mexico", "Procuraduría General de la República", ["PGR"], ["Attorney General's Office"]),
        Agency("mx-afi", "Federal Investigation Agency", "Agencia Federal de Investigación", ["AFI"]),
        Agency("mx-ssp", "Ministry of Public Security", "Secretaría de Seguridad Pública", ["SSP"]),
        Agency("mx-cisen", "Center for Investigation and National Security", "Centro de Investigación y Seguridad Nacional", ["CISEN"], ["National Security Center"]),
        Agency("mx-sedena", "Secretariat of National Defense", "Secretaría de la Defensa Nacional", ["SEDENA"]),
        Agency("mx-federal-police", "Federal Police of Mexico", "Policía Federal", ["PF", "PFP"], ["Federal Preventive Police"]),
        new Agency("agency/us-dea", "US", "Drug Enforcement Administration", null, ["DEA", "D.E.A."], null, ["Drug Enforcement Agency"], AgencyKind.LawEnforcement, null),
        new Agency("agency/us-usbp", "US", "United States Border Patrol", null, ["USBP"], null, ["Border Patrol"], AgencyKind.LawEnforcement, null),
        new Agency("agency/us-ice", "US", "U.S. Immigration and Customs Enforcement", null, ["ICE"], null, null, AgencyKind.LawEnforcement, null),
        TestRecords.Person("felipe-calderon", "Felipe Calderón", "Calderón"),
        TestRecords.Person("genaro-garcia-luna", "Genaro García Luna", "Garcia Luna"),
        TestRecords.Person("juan-garcia-abrego", "Juan Garcia Abrego", "García Ábrego"),
        TestRecords.Person("eduardo-medina-mora", "Eduardo Medina Mora", "Medina Mora"));

    /// <summary>A Mexican agency whose acronyms are Spanish ones, as the curated Mexican agencies have them.</summary>
    private static Agency Agency(string slug, string englishName, string spanishName, string[] spanishAcronyms, string[]? aliases = null) =>
        new($"agency/{slug}", "MX", englishName, spanishName, null, spanishAcronyms, aliases, AgencyKind.LawEnforcement, null);

    [Theory]
    [InlineData("PGR", "agency/mx-pgr")]
    [InlineData("pgr", "agency/mx-pgr")]
    [InlineData("Procuraduria General de la Republica", "agency/mx-pgr")]
    [InlineData("PROCURADURÍA GENERAL DE LA REPÚBLICA", "agency/mx-pgr")]
    [InlineData("Attorney General's Office", "agency/mx-pgr")]
    [InlineData("attorney generals office", "agency/mx-pgr")]
    [InlineData("AFI", "agency/mx-afi")]
    [InlineData("Agencia Federal de Investigacion", "agency/mx-afi")]
    [InlineData("SSP", "agency/mx-ssp")]
    [InlineData("Secretaría de Seguridad Pública", "agency/mx-ssp")]
    [InlineData("CISEN", "agency/mx-cisen")]
    [InlineData("National Security Center", "agency/mx-cisen")]
    [InlineData("SEDENA", "agency/mx-sedena")]
    [InlineData("DEA", "agency/us-dea")]
    [InlineData("D.E.A.", "agency/us-dea")]
    [InlineData("Drug Enforcement Agency", "agency/us-dea")]
    [InlineData("USBP", "agency/us-usbp")]
    [InlineData("Border Patrol", "agency/us-usbp")]
    [InlineData("PFP", "agency/mx-federal-police")]
    [InlineData("agency/us-ice", "agency/us-ice")]
    public void FindAgencies_ResolvesNamesAcronymsAndAliases(string query, string expectedId)
    {
        Data.FindAgencies(query).Select(a => a.Id).Should().Equal(expectedId);
    }

    [Theory]
    [InlineData("Calderon", "person/felipe-calderon")]
    [InlineData("calderón", "person/felipe-calderon")]
    [InlineData("Felipe Calderon", "person/felipe-calderon")]
    [InlineData("garcia luna", "person/genaro-garcia-luna")]
    [InlineData("Juan García Ábrego", "person/juan-garcia-abrego")]
    [InlineData("Medina Mora", "person/eduardo-medina-mora")]
    public void FindPeople_ResolvesNamesAndAliasesWithoutAccents(string query, string expectedId)
    {
        Data.FindPeople(query).Select(p => p.Id).Should().Equal(expectedId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("KGB")]
    [InlineData("Procuraduria")]
    public void FindAgencies_ReturnsNothingForUnknownOrPartialNames(string query)
    {
        Data.FindAgencies(query).Should().BeEmpty();
    }

    [Fact]
    public void Find_RejectsNull()
    {
        ((Action)(() => Data.FindAgencies(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Data.FindPeople(null!))).Should().Throw<ArgumentNullException>();
    }
}
