using EduRelief.ArchitectureTests.Support;

namespace EduRelief.ArchitectureTests;

/// <summary>Rule 10: the same boundaries, one level up, in the .csproj files.</summary>
public sealed class ProjectReferenceTests
{
    private const string SharedKernel = "src/SharedKernel/EduRelief.SharedKernel.csproj";
    private const string BuildingBlocks = "src/BuildingBlocks/EduRelief.BuildingBlocks.csproj";
    private const string Web = "src/Web/EduRelief.Web.csproj";

    private static readonly string[] MayReferenceModules = ["src/Host/", "tests/", "bench/"];

    private static readonly string[] ContractsPackages = ["MediatR"];

    private static IReadOnlyList<ProjectFile> ModuleFolderProjects() =>
        Rule.Selects(
            Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src", "Modules"))
                .SelectMany(Directory.GetDirectories)
                .SelectMany(d => Directory.GetFiles(d, "*.csproj"))
                .Order(StringComparer.Ordinal)
                .Select(ProjectFile.Read),
            "projects in src/Modules/*/*/");

    private static IReadOnlyList<ProjectFile> ModuleProjects() =>
        Rule.Selects(ModuleFolderProjects().Where(p => IsModule(p.FileName)), "EduRelief.Modules.*.csproj in src/Modules");

    private static IReadOnlyList<ProjectFile> ContractsProjects() =>
        Rule.Selects(ModuleFolderProjects().Where(p => IsContracts(p.FileName)), "EduRelief.Contracts.*.csproj in src/Modules");

    [Fact]
    public void Module_folders_hold_only_module_and_contracts_projects()
    {
        Rule.Holds(
            ModuleFolderProjects().Where(p => !IsModule(p.FileName) && !IsContracts(p.FileName)).Select(p => p.RelativePath),
            "src/Modules/<M>/ holds only EduRelief.Modules.<M> and EduRelief.Contracts.<M> projects",
            "Failing projects");
    }

    [Fact]
    public void Module_projects_reference_only_SharedKernel_BuildingBlocks_the_console_kit_and_contracts()
    {
        Rule.Holds(
            ModuleProjects().SelectMany(p => p.ProjectReferences
                .Where(r => r != SharedKernel && r != BuildingBlocks && r != Web && !IsContracts(Path.GetFileName(r)))
                .Select(r => $"{p.RelativePath} -> {r}")),
            $"a module project references only {SharedKernel}, {BuildingBlocks}, {Web} and EduRelief.Contracts.* projects",
            "Failing references");
    }

    [Fact]
    public void The_console_kit_references_only_the_SharedKernel()
    {
        var kit = Rule.Selects(new[] { ProjectFile.Read(Path.Combine(RepositoryRoot.Path, Web)) }, "the console kit's project");
        Rule.Holds(
            kit.SelectMany(p => p.ProjectReferences.Where(r => r != SharedKernel).Select(r => $"{p.RelativePath} -> {r}")),
            $"{Web} references only {SharedKernel}: it knows no module and no engine",
            "Failing references");
    }

    [Fact]
    public void Contracts_projects_reference_only_the_SharedKernel()
    {
        Rule.Holds(
            ContractsProjects().SelectMany(p => p.ProjectReferences
                .Where(r => r != SharedKernel)
                .Select(r => $"{p.RelativePath} -> {r}")),
            $"a contracts project references only {SharedKernel}",
            "Failing references");
    }

    [Fact]
    public void Contracts_projects_reference_no_packages_but_MediatR()
    {
        Rule.Holds(
            ContractsProjects().SelectMany(p => p.PackageAndFrameworkReferences
                .Where(r => !ContractsPackages.Contains(r, StringComparer.OrdinalIgnoreCase))
                .Select(r => $"{p.RelativePath} -> {r}")),
            $"a contracts project takes no package or framework reference except {string.Join(", ", ContractsPackages)}",
            "Failing references");
    }

    [Fact]
    public void Only_the_Host_tests_and_benchmarks_reference_module_projects()
    {
        var projects = Rule.Selects(
            ProjectFile.All(".").Where(p => !MayReferenceModules.Any(prefix => p.RelativePath.StartsWith(prefix, StringComparison.Ordinal))),
            "projects outside src/Host, tests and bench");
        Rule.Holds(
            projects.SelectMany(p => p.ProjectReferences
                .Where(r => IsModule(Path.GetFileName(r)))
                .Select(r => $"{p.RelativePath} -> {r}")),
            "no project outside src/Host, tests/ and bench/ references an EduRelief.Modules.* project",
            "Failing references");
    }

    private static bool IsModule(string fileName) =>
        fileName.StartsWith(Assemblies.ModulePrefix, StringComparison.Ordinal) && fileName.EndsWith(".csproj", StringComparison.Ordinal);

    private static bool IsContracts(string fileName) =>
        fileName.StartsWith(Assemblies.ContractsPrefix, StringComparison.Ordinal) && fileName.EndsWith(".csproj", StringComparison.Ordinal);
}
