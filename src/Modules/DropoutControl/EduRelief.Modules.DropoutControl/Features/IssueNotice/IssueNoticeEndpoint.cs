using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.IssueNotice;

internal sealed class IssueNoticeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases/{id:guid}/notice", async (Guid id, IssueNoticeCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("IssueReturnNotice")
        .WithSummary("A deadline-to-return notice {issuedOn, returnBy}, return-by after the issue date; a case still out after it is flagged overdue");
}
