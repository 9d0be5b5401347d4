using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.ListSchools;

internal sealed class ListSchoolsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/schools", async (string? townshipCode, string? stage, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            paging.Validate(errors);
            var parsedStage = errors.Enum<Stage>("stage", stage, required: false);
            errors.ThrowIfAny();
            var schools = await mediator.Send(new ListSchoolsQuery { TownshipCode = townshipCode, Stage = parsedStage }, ct);
            return Results.Ok(schools.ToPage(paging.PageOrDefault, paging.PageSizeOrDefault));
        })
        .WithName("ListSchools")
        .WithSummary("List schools, optionally of one township or stage");
}
