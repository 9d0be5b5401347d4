using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>An uploaded roster, read from <see cref="Csv"/> as it arrives.</summary>
internal sealed record ImportRosterCommand(Stream Csv, bool DryRun, bool Partial) : ICommand<RosterImportResult>, IAudited
{
    public string AuditRecords => $"roster upload (dryRun={DryRun}, partial={Partial})";
}
