using System.Globalization;

namespace BorderCoop.Cli.Report;

/// <summary>
/// The network of cooperation programs and the agencies that lead them or take part: programs in the middle column,
/// U.S. agencies on the left, Mexican (and any other) agencies on the right, an edge for each lead and each participation.
/// On a phone the same network is a list: each program with its agencies under it.
/// </summary>
/// <remarks>
/// <para>
/// The layout is computed here, not by the browser, so it is the same on every run: programs in order of name; the
/// agencies of each side in order of the average row of the programs they are linked to (ties by short name, then id),
/// each agency level with the average of its programs where the rows around it leave room, which keeps most edges
/// short and few crossing. A program's whole name is written, on as many lines as it needs.
/// </para>
/// <para>
/// Nodes are every program, whether or not the sources name its agencies, and every agency named as a lead or a
/// participant of some program. A lead is a solid line, a participation a dashed one; an agency listed both ways in
/// one program gets both edges, as the data says. Nodes are <c>&lt;a data-item="network-node"&gt;</c> with
/// <c>data-kind</c> <c>program</c> or <c>agency</c>, edges <c>&lt;a data-item="network-edge"&gt;</c> with
/// <c>data-role</c> <c>lead</c> or <c>participant</c>; an edge links to its program's citations, which state the link.
/// In the narrow layout an agency is a line of the key at the top, and an edge is the agency's chip under its program.
/// </para>
/// </remarks>
internal static class NetworkChart
{
    /// <summary>The <c>data-item</c> of a node (a program or an agency).</summary>
    public const string NodeItem = "network-node";

    /// <summary>The <c>data-item</c> of an edge (a lead or a participation).</summary>
    public const string EdgeItem = "network-edge";

    private const string HomeCountry = "US";
    private const double Top = 56;
    private const double AgencySpacing = 22;
    private const double LeftAgencyX = 250;
    private const double ProgramLeft = 400;
    private const double ProgramWidth = 430;
    private const double RightAgencyX = 980;
    private const double AgencyRadius = 7;
    private const double BoxPadding = 5;
    private const double RowGap = 6;
    private const double ChipHeight = 18;

    /// <summary>Writes the network in both layouts, or a note that the data has no programs.</summary>
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

        WriteWide(html, data, targets, programs, links, home, others);
        WriteNarrow(html, data, targets, programs, links, home, others);
        html.Write("<p class=\"caption\">Solid lines and filled chips: the agency leads the program. Dashed lines and outlined chips: it takes part. Grey programs: the sources name no agency for them. Every line, chip and node links to the citations that state it.</p>\n");
    }

    private static void WriteWide(TextWriter html, BorderCoopData data, CitationTargets targets, List<CooperationProgram> programs, List<Link> links, List<Agency> home, List<Agency> others)
    {
        var size = ChartLayout.Text;
        var names = programs.ToDictionary(p => p.Id, p => TextWidth.Wrap(p.Name, size, ProgramWidth - (2 * BoxPadding) - 4), StringComparer.Ordinal);
        var programY = new Dictionary<string, double>(StringComparer.Ordinal);
        var boxHeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var y = Top;
        foreach (var program in programs)
        {
            var height = (names[program.Id].Count * size * TextWidth.LineSpacing) + (2 * BoxPadding);
            boxHeights[program.Id] = height;
            programY[program.Id] = y + (height / 2);
            y += height + RowGap;
        }

        // Agencies' names, wrapped into the room beside their column; a name on several lines keeps more room around it.
        var homeIds = home.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var agencyLines = home.Concat(others).ToDictionary(
            a => a.Id,
            a => TextWidth.Wrap(RecordLabel.ShortName(a), size, homeIds.Contains(a.Id) ? LeftAgencyX - AgencyRadius - 8 : ChartLayout.Wide.Width - RightAgencyX - AgencyRadius - 8),
            StringComparer.Ordinal);
        var spans = agencyLines.ToDictionary(p => p.Key, p => Math.Max(AgencySpacing, (p.Value.Count * size * TextWidth.LineSpacing) + 6), StringComparer.Ordinal);
        var bottom = Math.Max(y, Top + Math.Max(home.Sum(a => spans[a.Id]), others.Sum(a => spans[a.Id])));
        var agencyY = Place(home, links, programY, spans, bottom).Concat(Place(others, links, programY, spans, bottom))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        var credit = SourceCredit.Lines(SourceCredit.For(data, programs.Select(p => p.Id)), ChartLayout.Wide.Width);
        Svg.Open(html, ChartLayout.Wide, bottom + 10 + SourceCredit.Height(credit) + 2, $"Network of {programs.Count} programs and {home.Count + others.Count} agencies");
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
            var middle = programY[program.Id];
            var height = boxHeights[program.Id];
            Svg.OpenItem(html, NodeItem, href, $"{program.Name} ({EnumText.Of(program.Kind)})", ("kind", "program"));
            Svg.Rect(html, ProgramLeft, middle - (height / 2), ProgramWidth, height, linked.Contains(program.Id) ? "node program" : "node program isolated");
            Svg.Lines(html, ProgramLeft + BoxPadding + 2, middle - (height / 2) + BoxPadding + (TextWidth.Ascent * size), names[program.Id], size, "node-label");
            Svg.CloseItem(html, href);
        }

        foreach (var agency in home.Concat(others))
        {
            var href = targets.Href(agency.Id);
            var onLeft = homeIds.Contains(agency.Id);
            var x = onLeft ? LeftAgencyX : RightAgencyX;
            var middle = agencyY[agency.Id];
            Svg.OpenItem(html, NodeItem, href, $"{agency.EnglishName} ({agency.Country ?? "no country"})", ("kind", "agency"));
            Svg.Circle(html, x, middle, AgencyRadius, $"node agency {(onLeft ? "home" : "abroad")}");
            var lines = agencyLines[agency.Id];
            var first = middle + 4 - ((lines.Count - 1) * size * TextWidth.LineSpacing / 2);
            Svg.Lines(html, onLeft ? x - AgencyRadius - 6 : x + AgencyRadius + 6, first, lines, size, "node-label", onLeft ? "end" : "start");
            Svg.CloseItem(html, href);
        }

        SourceCredit.Write(html, credit, 0, bottom + 10);
        Svg.Close(html);
    }

    /// <summary>
    /// The phone's network: a key of the agencies (each a node, with its full name), then each program (a node) with
    /// its agencies' chips under it (each an edge): filled for a lead, outlined for a participation.
    /// </summary>
    private static void WriteNarrow(TextWriter html, BorderCoopData data, CitationTargets targets, List<CooperationProgram> programs, List<Link> links, List<Agency> home, List<Agency> others)
    {
        var layout = ChartLayout.Narrow;
        var width = layout.Width;
        var size = ChartLayout.Text;
        var line = size * TextWidth.LineSpacing;
        var body = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        var y = 0.0;
        y = Svg.Lines(body, 0, y + 14, ["Agencies"], ChartLayout.Title, "panel-title") - 4;
        foreach (var agency in home.Concat(others))
        {
            var href = targets.Href(agency.Id);
            var chipWidth = ChipWidth(agency);
            var full = $"{agency.EnglishName} ({agency.Country ?? "no country"})";
            var name = TextWidth.Wrap(RecordLabel.ShortName(agency) == agency.EnglishName ? $"({agency.Country ?? "no country"})" : full, ChartLayout.SmallText, width - chipWidth - 8);
            Svg.OpenItem(body, NodeItem, href, full, ("kind", "agency"));
            DrawChip(body, agency, 0, y, lead: true);
            Svg.Lines(body, chipWidth + 8, y + 13, name, ChartLayout.SmallText, "node-label");
            Svg.CloseItem(body, href);
            y += Math.Max(ChipHeight + 4, (name.Count * ChartLayout.SmallText * TextWidth.LineSpacing) + 4);
        }

        y += 10;
        y = Svg.Lines(body, 0, y + 14, ["Programs"], ChartLayout.Title, "panel-title") - 4;
        var linked = links.Select(l => l.Program.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var program in programs)
        {
            var href = targets.Href(program.Id);
            var name = TextWidth.Wrap(program.Name, size, width - (2 * BoxPadding) - 4);
            var height = (name.Count * line) + (2 * BoxPadding);
            Svg.OpenItem(body, NodeItem, href, $"{program.Name} ({EnumText.Of(program.Kind)})", ("kind", "program"));
            Svg.Rect(body, 0, y, width, height, linked.Contains(program.Id) ? "node program" : "node program isolated");
            Svg.Lines(body, BoxPadding + 2, y + BoxPadding + (TextWidth.Ascent * size), name, size, "node-label");
            Svg.CloseItem(body, href);
            y += height + 4;

            // The program's agencies as chips that flow onto as many lines as they need.
            var x = 8.0;
            var any = false;
            foreach (var link in links.Where(l => l.Program.Id == program.Id))
            {
                var agency = data.Get<Agency>(link.AgencyId);
                var chipWidth = ChipWidth(agency);
                if (x > 8 && x + chipWidth > width)
                {
                    x = 8;
                    y += ChipHeight + 4;
                }

                var role = link.Lead ? "lead" : "participant";
                Svg.OpenItem(body, EdgeItem, href, $"{RecordLabel.ShortName(agency)} {(link.Lead ? "leads" : "takes part in")} {program.Name}", ("role", role));
                DrawChip(body, agency, x, y, link.Lead);
                Svg.CloseItem(body, href);
                x += chipWidth + 6;
                any = true;
            }

            y += (any ? ChipHeight + 4 : 0) + RowGap;
        }

        var credit = SourceCredit.Lines(SourceCredit.For(data, programs.Select(p => p.Id)), width);
        Svg.Open(html, layout, y + 4 + SourceCredit.Height(credit) + 2, $"Network of {programs.Count} programs and {home.Count + others.Count} agencies, as a list");
        html.Write(body.ToString());
        SourceCredit.Write(html, credit, 0, y + 4);
        Svg.Close(html);
    }

    private static double ChipWidth(Agency agency) => Math.Min(Math.Ceiling(TextWidth.Of(RecordLabel.ShortName(agency), ChartLayout.SmallText)), ChartLayout.Narrow.Width - 28) + 12;

    private static void DrawChip(TextWriter html, Agency agency, double x, double y, bool lead)
    {
        var label = RecordLabel.ShortName(agency);
        var width = ChipWidth(agency);
        var country = agency.Country == HomeCountry ? "home" : "abroad";
        Svg.Rect(html, x, y, width, ChipHeight, $"chip {country} {(lead ? "lead" : "participant")}");
        Svg.Text(html, x + 6, y + 13, Svg.Shorten(label, FittingLength(label, width - 12, ChartLayout.SmallText)), lead ? "chip-text lead" : "chip-text", "start");
    }

    /// <summary>How many characters of <paramref name="text"/> fit in <paramref name="room"/> (all of them when it fits), for <see cref="Svg.Shorten"/>.</summary>
    private static int FittingLength(string text, double room, double size)
    {
        if (TextWidth.Of(text, size) <= room + 0.5)
        {
            return text.Length;
        }

        var length = text.Length;
        while (length > 2 && TextWidth.Of(Svg.Shorten(text, length), size) > room)
        {
            length--;
        }

        return length;
    }

    /// <summary>The agencies in order of the average row of their programs, then by short name and id.</summary>
    private static List<Agency> Order(IEnumerable<Agency> agencies, List<Link> links) =>
        [.. agencies
            .OrderBy(a => links.Where(l => l.AgencyId == a.Id).Average(l => l.Row))
            .ThenBy(a => RecordLabel.ShortName(a), StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];

    /// <summary>
    /// The y coordinate of each agency of one column: level with the average of its programs, then pushed apart so each
    /// keeps the room its name needs (<paramref name="spans"/>, at least <see cref="AgencySpacing"/>), and back up where
    /// the column would run past <paramref name="bottom"/>.
    /// </summary>
    private static Dictionary<string, double> Place(List<Agency> agencies, List<Link> links, Dictionary<string, double> programY, Dictionary<string, double> spans, double bottom)
    {
        var ys = agencies.Select(a => links.Where(l => l.AgencyId == a.Id).Average(l => programY[l.Program.Id])).ToArray();
        double Apart(int i) => (spans[agencies[i - 1].Id] + spans[agencies[i].Id]) / 2;
        for (var i = 1; i < ys.Length; i++)
        {
            ys[i] = Math.Max(ys[i], ys[i - 1] + Apart(i));
        }

        for (var i = ys.Length - 1; i >= 0; i--)
        {
            ys[i] = Math.Min(ys[i], i == ys.Length - 1 ? bottom - (spans[agencies[i].Id] / 2) : ys[i + 1] - Apart(i + 1));
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
        Svg.Line(html, ProgramLeft, 36, ProgramLeft + 30, 36, "edge lead");
        Svg.Text(html, ProgramLeft + 36, 40, "leads", "legend-text");
        Svg.Line(html, ProgramLeft + 90, 36, ProgramLeft + 120, 36, "edge participant");
        Svg.Text(html, ProgramLeft + 126, 40, "takes part", "legend-text");
        html.Write("</g>\n");
    }

    private sealed record Link(CooperationProgram Program, int Row, string AgencyId, bool Lead);
}
