using System.Collections;

namespace BorderCoop;

/// <summary>
/// An immutable list that compares by content, so records holding lists get real value equality.
/// Public properties expose it as <see cref="IReadOnlyList{T}"/>; it cannot be cast to a mutable list.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    /// <summary>The shared empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>A list over <paramref name="items"/> itself, not a copy: the caller hands the array over and never changes it again.</summary>
    internal static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public int Count => items.Length;

    public T this[int index] => items[index];

    /// <summary>Copies <paramref name="source"/> (null means empty), so later changes to it are not seen.</summary>
    public static ValueList<T> From(IEnumerable<T>? source)
    {
        if (source is null)
        {
            return Empty;
        }

        if (source is ValueList<T> already)
        {
            return already;
        }

        var array = source.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", items)}]";
}
