using EduRelief.Modules.Registry.Features.ImportRoster;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>
/// <see cref="Changed"/> household categories that started, ended or moved date; <see cref="Unchanged"/> lines the
/// registry already held; <see cref="StudentsChanged"/> students whose categories followed their household.
/// </summary>
internal sealed record HouseholdListResult(
    int Changed,
    int Unchanged,
    int Rejected,
    int StudentsChanged,
    bool DryRun,
    bool Stored,
    IReadOnlyList<RosterRowError> Errors);
