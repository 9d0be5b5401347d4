using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.ListEnrolments;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

/// <summary>The enrolments behind one figure, chosen by the same <see cref="EnrolmentFilters"/> as the figure.</summary>
internal sealed class GetFigureRecordsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<GetVocationalFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetVocationalFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var enrolments = db.Enrolments.AsNoTracking().InScope(caller.Scope);
        var chosen = request.Figure == VocationalFigure.PoorEnrolments
            ? EnrolmentFilters.Apply(enrolments, request.Year, true, null, null)
            : EnrolmentFilters.Apply(enrolments, null, null, request.Year, null).Where(e => e.Outcome != null);
        var rows = await chosen.OrderBy(e => e.SchoolCode).ThenBy(e => e.EnrolledOn).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        RecordField<Enrolment>[] fields =
        [
            new("studentId", "学生编号", "Student id", e => e.StudentId),
            new("nationalId", "身份证号", "National ID", e => caller.Shown(e.NationalId)),
            new("name", "姓名", "Name", e => e.Name),
            new("townshipCode", "乡镇代码", "Township", e => e.TownshipCode),
            new("schoolCode", "学校代码", "School", e => e.SchoolCode),
            new("specialtyCode", "专业代码", "Specialty", e => e.SpecialtyCode),
            new("enrolledOn", "入学日期", "Enrolled on", e => e.EnrolledOn),
            new("orderClassCode", "订单班", "Order class", e => e.OrderClassCode),
            new("graduatedOn", "毕业日期", "Graduated on", e => e.GraduatedOn),
            new("outcome", "去向", "Outcome", e => e.Outcome?.ToString()),
            new("employed", "已就业", "Employed", e => VocationalNames.IsEmployed(e.Outcome)),
        ];
        return request.Figure == VocationalFigure.PoorEnrolments
            ? FigureRecords.Count(rows, fields)
            : FigureRecords.Ratio(RecordTally.Ratio, "employed", null, rows, fields);
    }
}
