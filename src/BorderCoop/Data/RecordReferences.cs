namespace BorderCoop;

/// <summary>Lists every id a record points to, with the field that holds it, so references are checked in one place.</summary>
internal static class RecordReferences
{
    public static IEnumerable<(string Field, string Id)> Of(IRecord record) =>
        Links(record).Concat(Citations(record).Select(c => ($"{c.Field}.source", c.Citation.SourceId)));

    /// <summary>
    /// The ids a record points to as links between records (its agencies, people, program, agreements, related records),
    /// without the sources its citations name, each with the field that holds it.
    /// </summary>
    public static IEnumerable<(string Field, string Id)> Links(IRecord record) =>
        record switch
        {
            Agency a => Optional("parent", a.ParentId),
            Person p => p.Roles.SelectMany((r, i) => Optional($"roles[{i}].agency", r.AgencyId)),
            Agreement a => Many("partyAgencies", a.PartyAgencyIds)
                .Concat(Many("signatories", a.SignatoryIds))
                .Concat(a.Relations.Select((r, i) => ($"relations[{i}].target", r.TargetId))),
            CooperationProgram p => Many("leadAgencies", p.LeadAgencyIds)
                .Concat(Many("participatingAgencies", p.ParticipatingAgencyIds))
                .Concat(Many("agreements", p.AgreementIds)),
            ExtraditionCase c => Optional("person", c.PersonId).Concat(Many("agencies", c.AgencyIds)),
            ExtraditionFigure f => Optional("reportedBy", f.ReportedById),
            BudgetLine b => Optional("program", b.ProgramId)
                .Concat(Optional("funder", b.FunderId))
                .Concat(Many("recipientAgencies", b.RecipientAgencyIds))
                .Concat(Optional("reportedBy", b.ReportedById)),
            Figure f => Optional("program", f.ProgramId)
                .Concat(Many("agencies", f.AgencyIds))
                .Concat(Optional("reportedBy", f.ReportedById)),
            Event e => Many("participants", e.ParticipantIds)
                .Concat(Many("agencies", e.AgencyIds))
                .Concat(Many("related", e.RelatedIds))
                .Concat(Optional("after", e.AfterId)),
            Conflict c => Many("records", c.RecordIds)
                .Concat(c.Versions.SelectMany((v, i) => Optional($"versions[{i}].record", v.RecordId).Concat(Optional($"versions[{i}].dateOf", v.DateOfId)))),
            _ => [],
        };

    /// <summary>Every citation of a record, nested ones included, with the field that holds it, such as <c>roles[0].citations[1]</c>.</summary>
    public static IEnumerable<(string Field, Citation Citation)> Citations(IRecord record) => record switch
    {
        Person p => p.Roles.SelectMany((r, i) => r.Citations.Select((c, j) => ($"roles[{i}].citations[{j}]", c)))
            .Concat(p.Citations.Select((c, j) => ($"citations[{j}]", c))),
        Conflict c => c.Versions.SelectMany((v, i) => v.Citations.Select((x, j) => ($"versions[{i}].citations[{j}]", x))),
        ICitedRecord cited => cited.Citations.Select((c, j) => ($"citations[{j}]", c)),
        _ => [],
    };

    private static IEnumerable<(string Field, string Id)> Optional(string field, string? id) =>
        id is null ? [] : [(field, id)];

    private static IEnumerable<(string Field, string Id)> Many(string field, IReadOnlyList<string> ids) =>
        ids.Select((id, i) => ($"{field}[{i}]", id));
}
