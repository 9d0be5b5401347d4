using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Reporting.Features.Templates;

internal sealed class TemplateEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/templates", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListTemplatesQuery(), ct)))
            .WithName("ListSummaryTemplates")
            .WithSummary("Every saved version of the summary template, newest first; version 0 is the built-in one");
        group.MapGet("/templates/current", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetTemplateQuery(), ct)))
            .WithName("GetCurrentSummaryTemplate")
            .WithSummary("The template the documents use now: the newest saved version, or the built-in one");
        group.MapGet("/templates/{version:int}", async (int version, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetTemplateQuery(version), ct)))
            .WithName("GetSummaryTemplate")
            .WithSummary("One version of the summary template");
        group.MapPut("/templates", async (SaveTemplateCommand body, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(body, ct)))
            .WithName("SaveSummaryTemplate")
            .WithSummary("Save {text, note} as the next version; every {{placeholder}} must name a figure key, year or countedOn (otherwise a 400 naming text)");
    }
}
