using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

internal sealed class ImportChildrenHandler(ChildListImporter importer) : IRequestHandler<ImportChildrenCommand, ChildImportResult>
{
    public Task<ChildImportResult> Handle(ImportChildrenCommand request, CancellationToken cancellationToken) =>
        importer.ImportAsync(request.File, request.DryRun, request.Partial, cancellationToken);
}
