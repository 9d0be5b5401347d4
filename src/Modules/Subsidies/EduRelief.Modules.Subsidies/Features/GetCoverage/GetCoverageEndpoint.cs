using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

internal sealed class GetCoverageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/coverage", async (int? year, string? programme, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (year is null)
            {
                errors.Missing("year");
            }

            errors.Range("year", year, 2000, 2100);
            var code = errors.Enum<ProgrammeCode>("programme", programme);
            errors.ThrowIfAny();
            return Results.Ok(await mediator.Send(new GetCoverageQuery { Year = year!.Value, Programme = code!.Value }, ct));
        })
        .WithName("GetCoverage")
        .WithSummary("Eligible students, paid students, the rate, and every unpaid eligible student by name");
}
