using System.Globalization;
using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.ListFacilities;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportFacilities;

/// <summary>The facilities ledger's rows in one streamed query, as of its last refresh.</summary>
internal sealed class ExportFacilitiesHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportFacilitiesQuery, long>
{
    private static readonly string[] Headers =
    [
        "学校代码", "学校名称", "乡镇代码", "学校位置", "校舍栋数", "D 级危房栋数", "D 级危房面积（m²）", "鉴定逾期栋数", "学位",
        "装备登记日期", "教室", "班班通教室", "在线课堂", "统计时间（县时间）",
    ];

    public Task<long> Handle(ExportFacilitiesQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, FacilitiesRows.Matching(db, caller.Scope, request.Filter).AsAsyncEnumerable(), r =>
        [
            r.SchoolCode, r.SchoolName, r.TownshipCode, ConstructionLabels.Of(r.Location).Chinese, r.Buildings, r.DGradeBuildings, r.DGradeArea,
            r.OverdueAppraisals, r.Seats, r.EquipmentAsOf, r.Classrooms, r.MultimediaClassrooms, r.OnlineClassrooms,
            TimeZoneInfo.ConvertTime(r.RefreshedAt, county.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ], cancellationToken);
}
