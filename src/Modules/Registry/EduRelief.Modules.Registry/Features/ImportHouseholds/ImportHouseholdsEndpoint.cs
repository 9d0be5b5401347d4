using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Upload;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

internal sealed class ImportHouseholdsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/imports/households", async (HttpRequest request, bool? dryRun, bool? partial, IMediator mediator, IOptions<RegistryOptions> options, CancellationToken ct) =>
        {
            var file = await UploadRequest.ReadAsync(request, options.Value.MaxImportBytes, ct);
            var result = await mediator.Send(new ImportHouseholdsCommand(file, dryRun ?? false, partial ?? false), ct);
            return ImportResults.Report(result.Stored, result.DryRun, result.Rejected, result);
        })
        .WithName("ImportHouseholds")
        .WithSummary("Import the poverty data platform's household list: household_id,category,effective_on,status");
}
