using EduRelief.Host.Modules;

namespace EduRelief.Host.Admin;

/// <summary>The modules the Host found and whether each runs: what the API lists and the console shows.</summary>
internal static class ModuleQueries
{
    public static IReadOnlyList<ModuleResponse> List(ModuleCatalog catalog) =>
        catalog.All.Select(m => new ModuleResponse(m.Name, m.Module.RoutePrefix, m.Enabled, m.Module.RecurringJobs.Select(j => j.Id).ToList())).ToList();
}
