using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.BuildingBlocks.Http;

/// <summary>Every module's <c>GET /figures?year=</c>: the year is required (a 400 naming it when missing), the figures are the module's query's answer.</summary>
public static class FiguresRoute
{
    public static RouteHandlerBuilder MapFigures<TFigures>(this IEndpointRouteBuilder group, Func<int, IRequest<TFigures>> queryFor) =>
        group.MapGet("/figures", async (int? year, IMediator mediator, CancellationToken ct) =>
        {
            if (year is null)
            {
                var errors = new ValidationErrors();
                errors.Missing("year");
                errors.ThrowIfAny();
            }

            return Results.Ok(await mediator.Send(queryFor(year!.Value), ct));
        });
}
