namespace BorderCoop.Cli.Export;

/// <summary>
/// One item of a list held by a record (an agency it names, a role, a version of a conflict), with its 0-based position
/// in the list: one row of a link or child table.
/// </summary>
/// <remarks>The position is the index the JSON paths of <c>citations.csv</c> use (<c>roles[1].citations[0]</c>).</remarks>
/// <typeparam name="TOwner">The record holding the list.</typeparam>
/// <typeparam name="TItem">The item type.</typeparam>
/// <param name="Owner">The record holding the list.</param>
/// <param name="Position">The 0-based index in the list.</param>
/// <param name="Item">The item.</param>
internal readonly record struct ListItem<TOwner, TItem>(TOwner Owner, int Position, TItem Item);

/// <summary>Flattens records' lists into <see cref="ListItem{TOwner, TItem}"/> rows.</summary>
internal static class ListItem
{
    /// <summary>Every item of every owner's list, owners in the order given and items in list order.</summary>
    public static IEnumerable<ListItem<TOwner, TItem>> Of<TOwner, TItem>(IEnumerable<TOwner> owners, Func<TOwner, IReadOnlyList<TItem>> items) =>
        owners.SelectMany(owner => items(owner).Select((item, i) => new ListItem<TOwner, TItem>(owner, i, item)));
}
