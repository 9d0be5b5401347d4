using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.TeacherSupport;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/figures", async (int? year, IMediator mediator, CancellationToken ct) =>
        {
            if (year is null)
            {
                var errors = new ValidationErrors();
                errors.Missing("year");
                errors.ThrowIfAny();
            }

            return Results.Ok(await mediator.Send(new GetTeacherFiguresQuery(year!.Value), ct));
        })
        .WithName("GetTeacherFigures")
        .WithSummary("The year's figures: teachers recruited (of them to rural or remote schools), training person-times, pairing activities (per pair too), allowance paid");
}
