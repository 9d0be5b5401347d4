using EduRelief.Contracts.TeacherSupport;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>The records behind one figure, read through the same <see cref="FigureRows"/> as the figure, with each teacher's name.</summary>
internal sealed class GetFigureRecordsHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<GetTeacherFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetTeacherFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        switch (request.Figure)
        {
            case TeacherFigure.TeachersRecruited or TeacherFigure.RuralTeachersRecruited:
                var hires = FigureRows.Hires(db, caller, year);
                if (request.Figure == TeacherFigure.RuralTeachersRecruited)
                {
                    hires = hires.Where(h => h.Rural);
                }

                var hired = await (from h in hires
                                   join t in db.Teachers on h.TeacherId equals t.Id
                                   orderby h.HiredOn, h.Id
                                   select new { h.TeacherId, t.Name, h.TownshipCode, h.SchoolCode, h.HiredOn, h.Rural }).ToListAsync(cancellationToken);
                return FigureRecords.Count(
                    hired,
                    Field(hired, "teacherId", "教师编号", "Teacher id", h => h.TeacherId),
                    Field(hired, "name", "姓名", "Name", h => h.Name),
                    Field(hired, "townshipCode", "乡镇代码", "Township", h => h.TownshipCode),
                    Field(hired, "schoolCode", "学校代码", "School", h => h.SchoolCode),
                    Field(hired, "hiredOn", "聘用日期", "Hired on", h => h.HiredOn),
                    Field(hired, "rural", "农村学校", "Rural school", h => h.Rural));
            case TeacherFigure.TrainingPersonTimes:
                var attended = await (from a in FigureRows.Attendance(db, caller, year)
                                      join t in db.Teachers on a.TeacherId equals t.Id
                                      orderby a.StartsOn, a.CourseCode, a.Id
                                      select new { Attendance = a, t.Name }).ToListAsync(cancellationToken);
                return FigureRecords.Count(
                    attended,
                    Field(attended, "teacherId", "教师编号", "Teacher id", a => a.Attendance.TeacherId),
                    Field(attended, "name", "姓名", "Name", a => a.Name),
                    Field(attended, "townshipCode", "乡镇代码", "Township", a => a.Attendance.TownshipCode),
                    Field(attended, "schoolCode", "学校代码", "School", a => a.Attendance.SchoolCode),
                    Field(attended, "courseCode", "培训班编号", "Course", a => a.Attendance.CourseCode),
                    Field(attended, "courseName", "培训班名称", "Course name", a => a.Attendance.CourseName),
                    Field(attended, "startsOn", "开班日期", "Starts on", a => a.Attendance.StartsOn));
            default:
                return FigureRecords.Count(
                    await FigureRows.PairingActivities(db, caller, year).OrderBy(a => a.On).ThenBy(a => a.Id).ToListAsync(cancellationToken),
                    new RecordField<PairingActivityRow>("urbanSchoolCode", "城镇学校", "Urban school", a => a.UrbanSchoolCode),
                    new RecordField<PairingActivityRow>("ruralSchoolCode", "农村学校", "Rural school", a => a.RuralSchoolCode),
                    new RecordField<PairingActivityRow>("on", "活动日期", "Date", a => a.On),
                    new RecordField<PairingActivityRow>("kind", "活动形式", "Kind", a => a.Kind.ToString()),
                    new RecordField<PairingActivityRow>("title", "活动主题", "Title", a => a.Title),
                    new RecordField<PairingActivityRow>("participants", "参与人数", "Participants", a => a.Participants));
        }
    }

    /// <summary>A field of an anonymous row, its type taken from the list.</summary>
    private static RecordField<T> Field<T>(IReadOnlyList<T> _, string key, string label, string labelEn, Func<T, object?> value) => new(key, label, labelEn, value);
}
