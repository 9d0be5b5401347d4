using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

internal sealed class ExportBankFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/batches/{id:guid}/bank-file", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.File(BankFile.Bytes(await mediator.Send(new ExportBankFileQuery(id), ct)), BankFile.ContentType, BankFile.FileName(id)))
        .WithName("ExportBankFile")
        .WithSummary("The approved lines as a CSV for the bank");
}
