using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>An uploaded household list from the poverty data platform (CSV or XLSX).</summary>
internal sealed record ImportHouseholdsCommand(UploadedFile File, bool DryRun, bool Partial) : ICommand<HouseholdListResult>, IAudited
{
    public string AuditRecords => $"household list upload (dryRun={DryRun}, partial={Partial})";
}
