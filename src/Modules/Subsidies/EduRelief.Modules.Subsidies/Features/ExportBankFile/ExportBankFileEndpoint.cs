using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ExportBankFile;

internal sealed class ExportBankFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/batches/{id:guid}/bank-file", (Guid id, string? format, IMediator mediator) =>
            new TableExport(ExportFormats.Parse(format) ?? ExportFormat.Csv, BankFile.FileName(id), (writer, token) =>
                mediator.Send(new ExportBankFileQuery(id, writer), token)) { SheetName = BankFile.SheetName })
        .WithName("ExportBankFile")
        .WithSummary("The approved lines for the bank: reference, student, the account each is paid into, amount; format=csv (default) or xlsx");
}
