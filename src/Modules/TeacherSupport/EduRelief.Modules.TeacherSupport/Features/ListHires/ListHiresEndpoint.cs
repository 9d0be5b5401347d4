using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListHires;

internal sealed class ListHiresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/hires", async (int? year, string? campaignCode, bool? rural, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListHiresQuery(year, campaignCode, rural, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListHires")
        .WithSummary("Hires by year of hire, campaign and rural=true|false: the records behind teachersRecruited and ruralTeachersRecruited");
}
