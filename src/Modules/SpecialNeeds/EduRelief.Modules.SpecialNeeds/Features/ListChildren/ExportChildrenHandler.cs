using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.Modules.SpecialNeeds.Web.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

/// <summary>The register list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportChildrenHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportChildrenQuery, long>
{
    private static readonly string[] Headers =
        ["身份证号", "姓名", "学年年龄", "学龄", "乡镇代码", "村代码", "残疾类别", "残疾等级", "监护人", "来源", "登记日期", "安置学校"];

    public async Task<long> Handle(ExportChildrenQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var child in ChildRows.Matching(db, caller, request.Filter, today).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var c = ChildResponse.Of(child, today, caller);
            ExportCell[] cells =
            [
                c.NationalId, c.Name, c.Age, c.SchoolAge ? "是" : "否", c.TownshipCode, c.VillageCode, SpecialNeedsLabels.Of(c.DisabilityCategory).Chinese,
                c.DisabilityGrade, c.Guardian, c.Source, c.RegisteredOn, c.SchoolCode,
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
