using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Upload;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

internal sealed class ImportRosterEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/imports/roster", async (HttpRequest request, bool? dryRun, bool? partial, IMediator mediator, IOptions<RegistryOptions> options, CancellationToken ct) =>
        {
            var file = await UploadRequest.ReadAsync(request, options.Value.MaxImportBytes, ct);
            var result = await mediator.Send(new ImportRosterCommand(file, dryRun ?? false, partial ?? false), ct);
            return ImportResults.Report(result.Stored, result.DryRun, result.Rejected, result);
        })
        .WithName("ImportRoster")
        .WithSummary("Import the student-aid system's roster (CSV, English or Chinese headers); dryRun checks only, partial keeps the good rows");
}
