using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

/// <summary>The records behind one figure, read through the same <see cref="FigureRows"/> as the figure, on the same counting day.</summary>
internal sealed class GetFigureRecordsHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetSpecialNeedsFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetSpecialNeedsFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var day = FigureDay.Of(request.Year, county.Today);
        if (request.Figure == SpecialNeedsFigure.Homes)
        {
            return FigureRecords.Count(
                await FigureRows.HomesOpen(db, caller, day).OrderBy(h => h.TownshipCode).ThenBy(h => h.Code).ToListAsync(cancellationToken),
                new RecordField<ChildrenHome>("code", "编号", "Code", h => h.Code),
                new RecordField<ChildrenHome>("name", "名称", "Name", h => h.Name),
                new RecordField<ChildrenHome>("townshipCode", "乡镇代码", "Township", h => h.TownshipCode),
                new RecordField<ChildrenHome>("schoolCode", "依托学校", "School", h => h.SchoolCode),
                new RecordField<ChildrenHome>("villageCode", "村代码", "Village", h => h.VillageCode),
                new RecordField<ChildrenHome>("openedOn", "建成日期", "Opened on", h => h.OpenedOn));
        }

        return FigureRecords.Ratio(
            RecordTally.Ratio,
            "placed",
            null,
            await FigureRows.SchoolAgeChildrenAsync(db, caller, request.Year, day, cancellationToken),
            new RecordField<SchoolAgeChild>("childId", "儿童编号", "Child id", c => c.Id),
            new RecordField<SchoolAgeChild>("nationalId", "身份证号", "National ID", c => caller.Shown(c.NationalId)),
            new RecordField<SchoolAgeChild>("name", "姓名", "Name", c => c.Name),
            new RecordField<SchoolAgeChild>("townshipCode", "乡镇代码", "Township", c => c.TownshipCode),
            new RecordField<SchoolAgeChild>("mode", "安置方式", "Placement", c => c.Mode?.ToString()),
            new RecordField<SchoolAgeChild>("placed", "已入学", "Placed at school", c => c.Placed));
    }
}
