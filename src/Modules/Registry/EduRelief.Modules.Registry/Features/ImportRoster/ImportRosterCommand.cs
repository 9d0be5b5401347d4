using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>An uploaded roster, read from <see cref="Csv"/> as it arrives.</summary>
internal sealed record ImportRosterCommand(Stream Csv, bool DryRun, bool Partial) : IRequest<RosterImportResult>, IAudited
{
    public string AuditRecords => $"roster upload (dryRun={DryRun}, partial={Partial})";
}
