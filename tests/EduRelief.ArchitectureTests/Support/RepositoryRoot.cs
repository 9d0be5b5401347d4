namespace EduRelief.ArchitectureTests.Support;

/// <summary>The folder that holds <c>EduRelief.sln</c>, found by walking up from the test output.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "EduRelief.sln";

    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
