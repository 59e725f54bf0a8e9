namespace BorderCoop.Cli.Report;

/// <summary>
/// The room already taken in one chart: each label is put at the first of its candidate places that overlaps nothing
/// placed before it, so no two labels of a chart are drawn over each other.
/// </summary>
internal sealed class LabelSpace
{
    private readonly List<Box> taken = [];

    /// <summary>The boxes taken so far, in the order they were taken.</summary>
    public IReadOnlyList<Box> Taken => taken;

    /// <summary>Marks <paramref name="box"/> as taken, whether or not it overlaps anything.</summary>
    public void Take(Box box) => taken.Add(box);

    /// <summary>Whether <paramref name="box"/> overlaps nothing taken.</summary>
    public bool IsFree(Box box) => !taken.Exists(box.Intersects);

    /// <summary>
    /// The index of the first of <paramref name="candidates"/> that is free, which is then taken; or -1, with nothing
    /// taken, when none is.
    /// </summary>
    public int TakeFirstFree(IReadOnlyList<Box> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsFree(candidates[i]))
            {
                taken.Add(candidates[i]);
                return i;
            }
        }

        return -1;
    }
}
