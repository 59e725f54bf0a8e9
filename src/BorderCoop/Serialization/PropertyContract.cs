using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace BorderCoop.Serialization;

/// <summary>One property of an object contract.</summary>
internal sealed class PropertyContract
{
    private readonly JsonPropertyInfo info;

    public PropertyContract(JsonPropertyInfo info)
    {
        this.info = info;
        Name = info.Name;
        Utf8Name = Encoding.UTF8.GetBytes(info.Name);
        Required = info.IsRequired;
        AllowsNull = info.AssociatedParameter?.IsNullable ?? info.IsSetNullable;
        ParameterName = info.AssociatedParameter?.Name;
    }

    /// <summary>The JSON name.</summary>
    public string Name { get; }

    /// <summary>The JSON name in UTF-8, to compare with the reader without allocating.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>Whether the data must state the property (see <see cref="BorderCoopJson.Options"/> for the rule).</summary>
    public bool Required { get; }

    /// <summary>Whether the property may be null: its constructor parameter is nullable.</summary>
    public bool AllowsNull { get; }

    /// <summary>The constructor parameter that receives the value, which a constructor's objection names.</summary>
    public string? ParameterName { get; }

    /// <summary>The contract of the property's value.</summary>
    public TypeContract Value => TypeContract.For(info.Options.GetTypeInfo(info.PropertyType));
}
