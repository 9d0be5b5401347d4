using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>An uploaded roster (CSV or XLSX), read from <see cref="File"/> as it arrives.</summary>
internal sealed record ImportRosterCommand(UploadedFile File, bool DryRun, bool Partial) : ICommand<RosterImportResult>, IAudited
{
    public string AuditRecords => $"roster upload (dryRun={DryRun}, partial={Partial})";
}
