namespace EduRelief.Modules.Registry.Features.Shared;

internal static class RegistryLocks
{
    /// <summary>
    /// Held by the roster import, the household import and the ledger refresh, which all rewrite students' categories
    /// in bulk: on any number of Hosts, one of them runs at a time and the next finds its work done.
    /// </summary>
    public const string BulkStudentChanges = "registry:bulk-student-changes";
}
