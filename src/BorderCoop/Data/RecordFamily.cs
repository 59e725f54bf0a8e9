using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>
/// One record family as the data names it: the property of the export document (<c>extraditionCases</c>), the
/// embedded file (<c>extradition-cases.json</c>) and the contract of its records.
/// </summary>
/// <remarks>
/// The list is read from the metadata of the export document, so the names the loader accepts are exactly the
/// names <see cref="BorderCoopData.WriteJson"/> writes, in the same order.
/// </remarks>
internal sealed class RecordFamily
{
    private RecordFamily(JsonPropertyInfo documentProperty)
    {
        PropertyName = documentProperty.Name;
        Utf8PropertyName = Encoding.UTF8.GetBytes(PropertyName);
        FileName = JsonNamingPolicy.KebabCaseLower.ConvertName(PropertyName) + ".json";
        ListTypeInfo = documentProperty.Options.GetTypeInfo(documentProperty.PropertyType);
        Records = TypeContract.For(ListTypeInfo).Element;
    }

    /// <summary>Every family, in the order of the export document: its properties that hold records.</summary>
    public static IReadOnlyList<RecordFamily> All { get; } =
        [.. BorderCoopJson.TypeInfo<DatasetDocument>().Properties
            .Where(p => typeof(IEnumerable<IRecord>).IsAssignableFrom(p.PropertyType))
            .Select(p => new RecordFamily(p))];

    /// <summary>The property of the export document, such as <c>extraditionCases</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The name of the embedded one-family file, such as <c>extradition-cases.json</c>.</summary>
    public string FileName { get; }

    /// <summary>The source-generated metadata of the family's list, for reading a whole file in one call.</summary>
    public JsonTypeInfo ListTypeInfo { get; }

    /// <summary>The contract of one record.</summary>
    public TypeContract Records { get; }

    private byte[] Utf8PropertyName { get; }

    /// <summary>The family the reader's current property name names, or null.</summary>
    public static RecordFamily? Named(ref Utf8JsonReader reader)
    {
        foreach (var family in All)
        {
            if (reader.ValueTextEquals(family.Utf8PropertyName))
            {
                return family;
            }
        }

        return null;
    }
}
