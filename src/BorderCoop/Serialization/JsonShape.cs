namespace BorderCoop.Serialization;

/// <summary>The kind of JSON value a type is written as.</summary>
internal enum JsonShape
{
    Object,
    Array,
    String,
    Number,
    Boolean,
}
