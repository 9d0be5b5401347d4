using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.ListTownships;

internal sealed class ListTownshipsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/townships", async ([AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            paging.Validate(errors);
            errors.ThrowIfAny();
            var townships = await mediator.Send(new ListTownshipsQuery(), ct);
            return Results.Ok(townships.ToPage(paging.PageOrDefault, paging.PageSizeOrDefault));
        })
        .WithName("ListTownships")
        .WithSummary("List townships");
}
