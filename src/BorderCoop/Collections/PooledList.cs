using System.Buffers;
using System.Runtime.CompilerServices;

namespace BorderCoop;

/// <summary>
/// A list that grows in arrays rented from <see cref="ArrayPool{T}.Shared"/> and gives them back when disposed: the
/// working list of a query, so that a window matching a million records leaves no garbage behind but its answer.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// A <see cref="List{T}"/> doubles its array as it grows, leaving each smaller one to the garbage collector, and the
/// answer is then copied once more into an immutable list. Here the growing arrays go back to the pool, and
/// <see cref="ToValueList"/> copies the items once, into an array of exactly their number, which the answer keeps.
/// Dispose the list once its items are copied out; it must not be used afterwards.
/// </remarks>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items = [];

    /// <summary>How many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get => items[CheckIndex(index)];
        set => items[CheckIndex(index)] = value;
    }

    /// <summary>Adds an item at the end.</summary>
    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Grow();
        }

        items[Count++] = item;
    }

    /// <summary>Removes every item <paramref name="match"/> accepts, keeping the others in order, in one pass.</summary>
    public void RemoveAll(Predicate<T> match)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (!match(items[i]))
            {
                items[kept++] = items[i];
            }
        }

        items.AsSpan(kept, Count - kept).Clear();
        Count = kept;
    }

    /// <summary>The items, in order.</summary>
    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>The items, copied once into an immutable list of exactly their number.</summary>
    public ValueList<T> ToValueList() => ValueList<T>.Own(AsSpan().ToArray());

    /// <summary>Gives the array back to the pool (cleared, when the items hold references).</summary>
    public void Dispose()
    {
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        items = [];
        Count = 0;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, items.Length * 2));
        Array.Copy(items, larger, Count);
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        items = larger;
    }

    private int CheckIndex(int index) =>
        (uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index), index, "The index is past the end of the list.");
}
