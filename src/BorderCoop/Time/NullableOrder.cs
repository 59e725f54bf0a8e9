namespace BorderCoop;

/// <summary>Null-aware comparison behind the ordering operators of the comparable value types: null sorts first.</summary>
internal static class NullableOrder
{
    public static int Compare<T>(T? left, T? right)
        where T : class, IComparable<T> =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
