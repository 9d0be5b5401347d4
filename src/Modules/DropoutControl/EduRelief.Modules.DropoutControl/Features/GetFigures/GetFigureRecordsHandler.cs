using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>The records behind a figure for Reporting, by the same definitions as the figure (<see cref="FigureCases"/>, <see cref="StudentCounts"/>).</summary>
internal sealed class GetFigureRecordsHandler(DropoutControlDbContext db, StudentCounts counts, ICallerContext caller, CountyClock county)
    : IRequestHandler<GetDropoutFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetDropoutFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        var day = Consolidation.CountingDay(year, county.Today);
        if (request.Figure == DropoutFigure.ConsolidationRate)
        {
            var students = await counts.ListAsync(year, day, cancellationToken);
            return FigureRecords.Ratio(
                RecordTally.OneMinusRatio,
                "droppedNotReturned",
                "enrolledAtStart",
                students,
                new RecordField<CountedStudent>("studentId", "学生编号", "Student id", s => s.Student.StudentId),
                new RecordField<CountedStudent>("nationalId", "身份证号", "National ID", s => caller.Shown(s.Student.NationalId)),
                new RecordField<CountedStudent>("name", "姓名", "Name", s => s.Student.Name),
                new RecordField<CountedStudent>("townshipCode", "乡镇代码", "Township", s => s.Student.TownshipCode),
                new RecordField<CountedStudent>("schoolCode", "学校代码", "School", s => s.Student.SchoolCode),
                new RecordField<CountedStudent>("enrolledAtStart", "年初在校", "Enrolled on 1 January", s => s.EnrolledAtStart),
                new RecordField<CountedStudent>("droppedNotReturned", "辍学未返校", "Dropped out, not returned", s => s.DroppedNotReturned));
        }

        var cases = db.Cases.AsNoTracking().InScope(caller.Scope);
        var chosen = request.Figure == DropoutFigure.PersuadedReturns ? cases.Returned(year) : cases.OpenConfirmed(day);
        return FigureRecords.Count(
            await chosen.OrderBy(c => c.TownshipCode).ThenBy(c => c.DetectedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken),
            new RecordField<DropoutCase>("caseId", "案件编号", "Case", c => c.Id),
            new RecordField<DropoutCase>("studentId", "学生编号", "Student id", c => c.StudentId),
            new RecordField<DropoutCase>("nationalId", "身份证号", "National ID", c => caller.Shown(c.NationalId)),
            new RecordField<DropoutCase>("name", "姓名", "Name", c => c.StudentName),
            new RecordField<DropoutCase>("townshipCode", "乡镇代码", "Township", c => c.TownshipCode),
            new RecordField<DropoutCase>("schoolCode", "学校代码", "School", c => c.SchoolCode),
            new RecordField<DropoutCase>("detectedOn", "发现日期", "Detected on", c => c.DetectedOn),
            new RecordField<DropoutCase>("stage", "阶段", "Stage", c => c.Stage.ToString()),
            new RecordField<DropoutCase>("outcomeOn", "结案日期", "Closed on", c => c.OutcomeOn));
    }
}
