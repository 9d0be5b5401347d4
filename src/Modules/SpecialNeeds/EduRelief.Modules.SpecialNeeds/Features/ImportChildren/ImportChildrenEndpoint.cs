using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Upload;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

internal sealed class ImportChildrenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/imports/children", async (HttpRequest request, bool? dryRun, bool? partial, IMediator mediator, IOptions<SpecialNeedsOptions> options, CancellationToken ct) =>
        {
            var file = await UploadRequest.ReadAsync(request, options.Value.MaxImportBytes, ct);
            var result = await mediator.Send(new ImportChildrenCommand(file, dryRun ?? false, partial ?? false), ct);
            return ImportResults.Report(result.Stored, result.DryRun, result.Rejected, result);
        })
        .WithName("ImportDisabledChildren")
        .WithSummary("Import the disabled persons' federation's list (CSV or XLSX, English or Chinese headers): national_id,name,township_code,village_code,disability_category,disability_grade,guardian,source; dryRun checks only, partial keeps the good rows");
}
