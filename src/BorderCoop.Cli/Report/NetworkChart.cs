namespace BorderCoop.Cli.Report;

/// <summary>
/// The network of cooperation programs and the agencies that lead them or take part: programs in the middle column,
/// U.S. agencies on the left, Mexican (and any other) agencies on the right, an edge for each lead and each participation.
/// </summary>
/// <remarks>
/// <para>
/// The layout is computed here, not by the browser, so it is the same on every run: programs in order of name; the
/// agencies of each side in order of the average row of the programs they are linked to (ties by short name, then id),
/// each agency level with the average of its programs where the rows around it leave room, which keeps most edges
/// short and few crossing.
/// </para>
/// <para>
/// Nodes are every program, whether or not the sources name its agencies, and every agency named as a lead or a
/// participant of some program. A lead is a solid line, a participation a dashed one; an agency listed both ways in
/// one program gets both edges, as the data says. Nodes are <c>&lt;a data-item="network-node"&gt;</c> with
/// <c>data-kind</c> <c>program</c> or <c>agency</c>, edges <c>&lt;a data-item="network-edge"&gt;</c> with
/// <c>data-role</c> <c>lead</c> or <c>participant</c>; an edge links to its program's citations, which state the link.
/// </para>
/// </remarks>
internal static class NetworkChart
{
    /// <summary>The <c>data-item</c> of a node (a program or an agency).</summary>
    public const string NodeItem = "network-node";

    /// <summary>The <c>data-item</c> of an edge (a lead or a participation).</summary>
    public const string EdgeItem = "network-edge";

    private const string HomeCountry = "US";
    private const double Width = 1180;
    private const double Top = 56;
    private const double RowHeight = 26;
    private const double LeftAgencyX = 260;
    private const double ProgramLeft = 420;
    private const double ProgramWidth = 340;
    private const double RightAgencyX = 920;
    private const double AgencyRadius = 7;
    private const int ProgramNameLength = 50;

    /// <summary>Writes the network, or a note that the data has no programs.</summary>
    public static void Write(TextWriter html, BorderCoopData data, CitationTargets targets)
    {
        var programs = data.Programs
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        if (programs.Count == 0)
        {
            html.Write("<p class=\"empty\">No cooperation programs.</p>\n");
            return;
        }

        var links = programs
            .SelectMany((program, row) => program.LeadAgencyIds.Select(id => new Link(program, row, id, Lead: true))
                .Concat(program.ParticipatingAgencyIds.Select(id => new Link(program, row, id, Lead: false))))
            .ToList();
        var agencies = links.Select(l => l.AgencyId).Distinct(StringComparer.Ordinal).Select(data.Get<Agency>).ToList();
        var home = Order(agencies.Where(a => a.Country == HomeCountry), links);
        var others = Order(agencies.Where(a => a.Country != HomeCountry), links);
        var rows = Math.Max(programs.Count, Math.Max(home.Count, others.Count));
        var height = Top + (rows * RowHeight) + 16;

        var programY = programs.Select((p, row) => (p.Id, Y: Top + ((row + 0.5) * RowHeight))).ToDictionary(p => p.Id, p => p.Y, StringComparer.Ordinal);
        var bottom = Top + (rows * RowHeight);
        var agencyY = Place(home, links, programY, bottom).Concat(Place(others, links, programY, bottom))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var homeIds = home.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        Svg.Open(html, Width, height, $"Network of {programs.Count} programs and {agencies.Count} agencies");
        WriteHeadings(html, others);

        foreach (var link in links)
        {
            var agency = data.Get<Agency>(link.AgencyId);
            var onLeft = homeIds.Contains(link.AgencyId);
            var href = targets.Href(link.Program.Id);
            var role = link.Lead ? "lead" : "participant";
            Svg.OpenItem(html, EdgeItem, href, $"{RecordLabel.ShortName(agency)} {(link.Lead ? "leads" : "takes part in")} {link.Program.Name}", ("role", role));
            Svg.Line(
                html,
                onLeft ? LeftAgencyX + AgencyRadius : RightAgencyX - AgencyRadius,
                agencyY[link.AgencyId],
                onLeft ? ProgramLeft : ProgramLeft + ProgramWidth,
                programY[link.Program.Id],
                $"edge {role}");
            Svg.CloseItem(html, href);
        }

        var linked = links.Select(l => l.Program.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var program in programs)
        {
            var href = targets.Href(program.Id);
            var y = programY[program.Id];
            Svg.OpenItem(html, NodeItem, href, $"{program.Name} ({EnumText.Of(program.Kind)})", ("kind", "program"));
            Svg.Rect(html, ProgramLeft, y - (RowHeight / 2) + 3, ProgramWidth, RowHeight - 6, linked.Contains(program.Id) ? "node program" : "node program isolated");
            Svg.Text(html, ProgramLeft + 8, y + 4, Svg.Shorten(program.Name, ProgramNameLength), "node-label");
            Svg.CloseItem(html, href);
        }

        foreach (var agency in home.Concat(others))
        {
            var href = targets.Href(agency.Id);
            var onLeft = homeIds.Contains(agency.Id);
            var x = onLeft ? LeftAgencyX : RightAgencyX;
            var y = agencyY[agency.Id];
            var country = agency.Country ?? "no country";
            Svg.OpenItem(html, NodeItem, href, $"{agency.EnglishName} ({country})", ("kind", "agency"));
            Svg.Circle(html, x, y, AgencyRadius, $"node agency {(onLeft ? "home" : "abroad")}");
            Svg.Text(html, onLeft ? x - AgencyRadius - 6 : x + AgencyRadius + 6, y + 4, RecordLabel.ShortName(agency), "node-label", onLeft ? "end" : "start");
            Svg.CloseItem(html, href);
        }

        Svg.Close(html);
        html.Write("<p class=\"caption\">Solid lines: the agency leads the program. Dashed lines: it takes part. Grey programs: the sources name no agency for them. Every line and node links to the citations that state it.</p>\n");
    }

    /// <summary>The agencies in order of the average row of their programs, then by short name and id.</summary>
    private static List<Agency> Order(IEnumerable<Agency> agencies, List<Link> links) =>
        [.. agencies
            .OrderBy(a => links.Where(l => l.AgencyId == a.Id).Average(l => l.Row))
            .ThenBy(a => RecordLabel.ShortName(a), StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>
    /// The y coordinate of each agency of one column: level with the average of its programs, then pushed apart to at
    /// least a row from each other, and back up where the column would run past <paramref name="bottom"/>.
    /// </summary>
    private static Dictionary<string, double> Place(List<Agency> agencies, List<Link> links, Dictionary<string, double> programY, double bottom)
    {
        var ys = agencies.Select(a => links.Where(l => l.AgencyId == a.Id).Average(l => programY[l.Program.Id])).ToArray();
        for (var i = 1; i < ys.Length; i++)
        {
            ys[i] = Math.Max(ys[i], ys[i - 1] + RowHeight);
        }

        for (var i = ys.Length - 1; i >= 0; i--)
        {
            ys[i] = Math.Min(ys[i], i == ys.Length - 1 ? bottom - (RowHeight / 2) : ys[i + 1] - RowHeight);
        }

        return agencies.Select((a, i) => (a.Id, Y: ys[i])).ToDictionary(p => p.Id, p => p.Y, StringComparer.Ordinal);
    }

    private static void WriteHeadings(TextWriter html, List<Agency> others)
    {
        var countries = others.Select(a => a.Country ?? "no country").Distinct().Order(StringComparer.Ordinal);
        html.Write("<g class=\"legend\">");
        Svg.Text(html, LeftAgencyX, 18, $"{HomeCountry} agencies", "panel-title", "end");
        Svg.Text(html, ProgramLeft + (ProgramWidth / 2), 18, "Programs", "panel-title", "middle");
        Svg.Text(html, RightAgencyX, 18, $"{string.Join(", ", countries)} agencies", "panel-title");
        Svg.Line(html, ProgramLeft, 34, ProgramLeft + 30, 34, "edge lead");
        Svg.Text(html, ProgramLeft + 36, 38, "leads", "legend-text");
        Svg.Line(html, ProgramLeft + 90, 34, ProgramLeft + 120, 34, "edge participant");
        Svg.Text(html, ProgramLeft + 126, 38, "takes part", "legend-text");
        html.Write("</g>\n");
    }

    private sealed record Link(CooperationProgram Program, int Row, string AgencyId, bool Lead);
}
