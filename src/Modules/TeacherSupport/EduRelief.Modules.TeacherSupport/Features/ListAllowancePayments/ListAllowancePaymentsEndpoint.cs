using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowancePayments;

internal sealed class ListAllowancePaymentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/allowance-payments", async (int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListAllowancePaymentsQuery(year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListAllowancePayments")
        .WithSummary("The lines of the approved allowance rolls of a year: the records behind allowancePaid");
}
