using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BorderCoop.Serialization;

namespace BorderCoop;

/// <summary>A <see cref="RecordFamily"/> whose records are <typeparamref name="TRecord"/>; see <see cref="RecordFamily.All"/>.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <remarks>Use it with <see cref="BorderCoopData.RecordsOf{TRecord}(RecordFamily{TRecord})"/> to get the family's records typed.</remarks>
public sealed class RecordFamily<TRecord> : RecordFamily
    where TRecord : class, IRecord
{
    internal RecordFamily(string idPrefix, string propertyName)
        : base(idPrefix, propertyName)
    {
    }

    /// <inheritdoc/>
    public override Type RecordType => typeof(TRecord);

    /// <inheritdoc/>
    internal override JsonTypeInfo ListTypeInfo => BorderCoopJson.Options.GetTypeInfo(typeof(IReadOnlyList<TRecord>));

    /// <inheritdoc/>
    internal override void WriteList(Utf8JsonWriter writer, IReadOnlyList<IRecord> records) =>
        JsonSerializer.Serialize(writer, (IReadOnlyList<TRecord>)records, (JsonTypeInfo<IReadOnlyList<TRecord>>)ListTypeInfo);

    /// <inheritdoc/>
    internal override IReadOnlyList<IRecord> Freeze(List<IRecord> records) => ValueList<TRecord>.From(records.Cast<TRecord>());
}
