using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>Loads the curated data files embedded in the assembly (one resource per record family).</summary>
internal static class EmbeddedDataset
{
    /// <summary>The prefix of every embedded data resource; the file name follows.</summary>
    public const string ResourcePrefix = "BorderCoop.Data.";

    public static BorderCoopData Load() => Load(ReadResource);

    /// <summary>Loads from named files, given a way to read each; every problem in every file is collected before failing.</summary>
    public static BorderCoopData Load(Func<string, ReadOnlyMemory<byte>> readFile)
    {
        var problems = new List<DatasetProblem>();
        var context = BorderCoopJsonContext.Default;

        List<T> Read<T>(string fileName, JsonTypeInfo<List<T>> list, JsonTypeInfo<T> item) =>
            DatasetFile.Read(readFile(fileName), fileName, list, item, problems);

        var document = new DatasetDocument
        {
            Sources = Read("sources.json", context.ListSource, context.Source),
            Agencies = Read("agencies.json", context.ListAgency, context.Agency),
            People = Read("people.json", context.ListPerson, context.Person),
            Agreements = Read("agreements.json", context.ListAgreement, context.Agreement),
            Programs = Read("programs.json", context.ListCooperationProgram, context.CooperationProgram),
            ExtraditionCases = Read("extradition-cases.json", context.ListExtraditionCase, context.ExtraditionCase),
            ExtraditionFigures = Read("extradition-figures.json", context.ListExtraditionFigure, context.ExtraditionFigure),
            BudgetLines = Read("budget-lines.json", context.ListBudgetLine, context.BudgetLine),
            Figures = Read("figures.json", context.ListFigure, context.Figure),
            Events = Read("events.json", context.ListEvent, context.Event),
            Conflicts = Read("conflicts.json", context.ListConflict, context.Conflict),
        };

        if (problems.Count > 0)
        {
            throw new DatasetValidationException(problems);
        }

        return new BorderCoopData(document);
    }

    private static ReadOnlyMemory<byte> ReadResource(string fileName)
    {
        using var stream = typeof(EmbeddedDataset).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new DatasetValidationException([new DatasetProblem(ResourcePrefix + fileName, "the embedded resource is missing from the assembly")]);
        var buffer = new byte[stream.Length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
