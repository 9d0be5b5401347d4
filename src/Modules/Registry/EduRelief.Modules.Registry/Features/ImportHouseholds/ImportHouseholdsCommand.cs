using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>An uploaded household list from the poverty data platform.</summary>
internal sealed record ImportHouseholdsCommand(Stream Csv, bool DryRun, bool Partial) : ICommand<HouseholdListResult>, IAudited
{
    public string AuditRecords => $"household list upload (dryRun={DryRun}, partial={Partial})";
}
