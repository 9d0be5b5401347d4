using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.ListProjects;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportProjects;

/// <summary>The projects list's rows in one streamed query: with <c>completedIn</c>, the records behind schools built and seats added.</summary>
internal sealed class ExportProjectsHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<ExportProjectsQuery, long>
{
    private static readonly string[] Headers =
        ["项目编号", "项目名称", "学校代码", "乡镇代码", "项目类型", "状态", "计划学位", "实际学位", "竣工日期", "当前预算（元）", "已支出（元）"];

    public Task<long> Handle(ExportProjectsQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, ProjectRows.Matching(db, caller.Scope, request.Filter).Summaries().AsAsyncEnumerable(), p =>
        [
            p.Code, p.Name, p.SchoolCode, p.TownshipCode, ConstructionLabels.Of(p.Type).Chinese, ConstructionLabels.Of(p.Status).Chinese,
            p.PlannedSeats, p.ActualSeats, p.CompletedOn, p.Budget, p.Spent,
        ], cancellationToken);
}
