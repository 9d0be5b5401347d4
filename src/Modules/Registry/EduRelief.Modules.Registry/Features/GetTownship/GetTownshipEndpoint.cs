using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetTownship;

internal sealed class GetTownshipEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/townships/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok((await mediator.Send(new ListTownshipsQuery(), ct)).FirstOrDefault(t => t.Code == code) ?? throw new NotFoundException("Township", code)))
        .WithName("GetTownship")
        .WithSummary("One township by its code");
}
