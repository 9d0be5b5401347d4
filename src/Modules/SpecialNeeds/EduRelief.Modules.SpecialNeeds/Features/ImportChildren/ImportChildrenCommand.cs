using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>The disabled persons' federation's list (CSV or XLSX), read from <see cref="File"/> as it arrives.</summary>
internal sealed record ImportChildrenCommand(UploadedFile File, bool DryRun, bool Partial) : ICommand<ChildImportResult>, IAudited
{
    public string AuditRecords => $"disabled children list upload (dryRun={DryRun}, partial={Partial})";
}
