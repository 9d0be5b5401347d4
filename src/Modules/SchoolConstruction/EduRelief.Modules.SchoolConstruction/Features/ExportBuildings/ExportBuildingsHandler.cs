using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportBuildings;

/// <summary>The buildings list's rows in one streamed query: the records behind the D-grade area when filtered to the D list.</summary>
internal sealed class ExportBuildingsHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportBuildingsQuery, long>
{
    private static readonly string[] Headers =
        ["学校代码", "乡镇代码", "校舍名称", "用途", "建筑面积（m²）", "建成年份", "结构", "鉴定等级", "鉴定日期", "下次鉴定日期", "状态", "校舍编号"];

    public Task<long> Handle(ExportBuildingsQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        return request.Writer.WriteStreamAsync(Headers, BuildingRows.Matching(db, caller.Scope, request.Filter, today).AsAsyncEnumerable(), b =>
        [
            b.SchoolCode, b.TownshipCode, b.Name, ConstructionLabels.Of(b.Use).Chinese, b.FloorArea, b.YearBuilt, b.Structure,
            b.Grade?.ToString(), b.AppraisedOn, b.NextAppraisalDueOn,
            ConstructionLabels.StateOf(b.IsClosed, b.IsOverdue(today), b.DemolishedOn, b.DemolishedBy).Chinese, b.Id.ToString(),
        ], cancellationToken);
    }
}
