namespace BorderCoop.Tests;

/// <summary>Finds files of the repository (the seed documents) from the test's output folder.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BorderCoop.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with BorderCoop.sln) was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static byte[] ReadSeed(string fileName) => File.ReadAllBytes(Path.Combine(Root, "seeds", fileName));

    public static string DataFile(string fileName) => Path.Combine(Root, "src", "BorderCoop", "Data", fileName);
}
