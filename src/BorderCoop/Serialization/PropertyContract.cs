using System.Reflection;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace BorderCoop.Serialization;

/// <summary>One property of an object contract.</summary>
internal sealed class PropertyContract
{
    private readonly JsonPropertyInfo info;

    public PropertyContract(JsonPropertyInfo info, bool required)
    {
        this.info = info;
        Name = info.Name;
        Utf8Name = Encoding.UTF8.GetBytes(info.Name);
        Required = required;
        MemberName = (info.AttributeProvider as MemberInfo)?.Name;
    }

    /// <summary>The JSON name.</summary>
    public string Name { get; }

    /// <summary>The JSON name in UTF-8, to compare with the reader without allocating.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>Whether the data must state the property (and not as null).</summary>
    public bool Required { get; }

    /// <summary>The .NET member name, which names the constructor parameter that receives the value.</summary>
    public string? MemberName { get; }

    /// <summary>The contract of the property's value.</summary>
    public TypeContract Value => TypeContract.For(info.Options.GetTypeInfo(info.PropertyType));
}
