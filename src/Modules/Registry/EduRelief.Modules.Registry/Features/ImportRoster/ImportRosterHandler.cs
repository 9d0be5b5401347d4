using MediatR;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

internal sealed class ImportRosterHandler(RosterImporter importer) : IRequestHandler<ImportRosterCommand, RosterImportResult>
{
    public Task<RosterImportResult> Handle(ImportRosterCommand request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.File, request.DryRun, request.Partial, cancellationToken);
}
