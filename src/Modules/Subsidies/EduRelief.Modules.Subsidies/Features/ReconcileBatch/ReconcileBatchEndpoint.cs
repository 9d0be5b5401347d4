using EduRelief.BuildingBlocks.Http;
using EduRelief.BuildingBlocks.Upload;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

internal sealed class ReconcileBatchEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/batches/{id:guid}/reconcile", async (Guid id, HttpRequest request, IMediator mediator, CancellationToken ct) =>
        {
            var file = await UploadRequest.ReadAsync(request, ReconcileBatchHandler.MaxBytes, ct);
            var result = await mediator.Send(new ReconcileBatchCommand(id, file), ct);
            return ImportResults.Report(result.Stored, dryRun: false, result.Rejected, result, partialAllowed: false);
        })
        .WithName("ReconcileBatch")
        .WithSummary("Apply the bank's result file (CSV or XLSX): national_id,amount,status,reference[,reason]");
}
