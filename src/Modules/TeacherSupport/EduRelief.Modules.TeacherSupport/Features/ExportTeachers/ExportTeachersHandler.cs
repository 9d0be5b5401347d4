using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Web.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ExportTeachers;

/// <summary>The teachers list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportTeachersHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportTeachersQuery, long>
{
    private static readonly string[] Headers =
        ["身份证号", "姓名", "学校代码", "乡镇代码", "学校类别", "学科", "职称", "入职日期", "编制", "特岗", "农村任教年限", "在岗状态"];

    public async Task<long> Handle(ExportTeachersQuery request, CancellationToken cancellationToken)
    {
        var today = county.Today;
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        var teachers = TeacherRows.Matching(db, caller, request.Filter).AsAsyncEnumerable();
        await foreach (var teacher in teachers.WithCancellation(cancellationToken))
        {
            if (request.Filter.RuralYearsAtLeast is { } years && teacher.RuralYears(today) < years)
            {
                continue;
            }

            var t = TeacherResponse.Of(teacher, today, caller);
            ExportCell[] cells =
            [
                t.NationalId, t.Name, t.SchoolCode, t.TownshipCode, TeacherTexts.LocationName(t.Location).Chinese, t.Subject, t.Title, t.HiredOn,
                TeacherTexts.StaffingName(t.Staffing).Chinese, t.SpecialPost ? "是" : "否", t.RuralYears, TeacherTexts.ServiceName(t.LeftOn, t.LeavingReason).Chinese,
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
