using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.ListUsers;

internal sealed class ListUsersEndpoint : IEndpoint
{
    private static readonly string[] Headers = ["用户名", "角色", "乡镇", "学校", "模块", "附加权限", "已锁定"];

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/users", async Task<IResult> (string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"用户-{county.Today:yyyyMMdd}", async (writer, token) =>
                    await writer.WriteAllAsync(Headers, await mediator.Send(new ListUsersQuery(), token), u =>
                    [
                        u.UserName, Joined(u.Roles), Joined(u.Townships), Joined(u.Schools), Joined(u.Modules), Joined(u.Permissions), u.LockedOut ? "是" : "否",
                    ], token)) { SheetName = "用户" };
            }

            return Results.Ok(await mediator.Send(new ListUsersQuery(), ct));
        })
        .WithName("ListUsers")
        .WithSummary("Every user with roles and scope (administrators and auditors); format=csv|xlsx exports them");

    private static string Joined(IReadOnlyList<string> values) => string.Join('|', values);
}
