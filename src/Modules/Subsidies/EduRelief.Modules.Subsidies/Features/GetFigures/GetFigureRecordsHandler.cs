using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.GetCoverage;
using EduRelief.Modules.Subsidies.Features.ListPayments;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

/// <summary>The records behind one figure, read by the same definitions as the figure (<see cref="FigureRows"/>, <see cref="CoverageWalk"/>).</summary>
internal sealed class GetFigureRecordsHandler(SubsidiesDbContext db, IMediator mediator, ICallerContext caller) : IRequestHandler<GetSubsidiesFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetSubsidiesFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        switch (request.Figure)
        {
            case SubsidiesFigure.AidDisbursed or SubsidiesFigure.AidPersonTimes or SubsidiesFigure.RainDewPersonTimes:
                var awards = FigureRows.PaidAwards(db, caller, year);
                if (request.Figure == SubsidiesFigure.RainDewPersonTimes)
                {
                    awards = awards.Where(r => r.Payment.Programme == ProgrammeCode.RainDew);
                }

                var rows = await awards.OrderBy(r => r.Payment.PaidOn).ThenBy(r => r.Payment.Id).ToListAsync(cancellationToken);
                RecordField<PaymentRow>[] fields =
                [
                    new("studentId", "学生编号", "Student id", r => r.Payment.StudentId),
                    new("nationalId", "身份证号", "National ID", r => Shown(r.Line.NationalId)),
                    new("name", "姓名", "Name", r => r.Line.Name),
                    new("townshipCode", "乡镇代码", "Township", r => r.Line.TownshipCode),
                    new("schoolCode", "学校代码", "School", r => r.Line.SchoolCode),
                    new("programme", "资助项目", "Programme", r => r.Payment.Programme.ToString()),
                    new("term", "学期", "Term", r => r.Payment.Term),
                    new("amount", "金额（元）", "Amount (yuan)", r => r.Payment.Amount),
                    new("paidOn", "发放日期", "Paid on", r => r.Payment.PaidOn),
                    new("bankReference", "银行流水号", "Bank reference", r => r.Payment.BankReference),
                ];
                return request.Figure == SubsidiesFigure.AidDisbursed ? FigureRecords.Sum("amount", rows, fields) : FigureRecords.Count(rows, fields);
            case SubsidiesFigure.LivingSubsidyCoverage:
                var students = new List<CoveredStudent>();
                await CoverageWalk.Walk(db, mediator, ProgrammeCode.LivingSubsidy, year, (student, paid) => students.Add(new CoveredStudent(student, paid)), cancellationToken);
                return FigureRecords.Ratio(
                    RecordTally.Ratio,
                    "paid",
                    null,
                    students,
                    new RecordField<CoveredStudent>("studentId", "学生编号", "Student id", s => s.Student.Id),
                    new RecordField<CoveredStudent>("nationalId", "身份证号", "National ID", s => Shown(s.Student.NationalId)),
                    new RecordField<CoveredStudent>("name", "姓名", "Name", s => s.Student.Name),
                    new RecordField<CoveredStudent>("townshipCode", "乡镇代码", "Township", s => s.Student.TownshipCode),
                    new RecordField<CoveredStudent>("schoolCode", "学校代码", "School", s => s.Student.SchoolCode),
                    new RecordField<CoveredStudent>("paid", "已发放", "Paid", s => s.Paid));
            default:
                return FigureRecords.Sum(
                    "materials",
                    await FigureRows.Outreach(db, caller, year).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken),
                    new RecordField<OutreachActivity>("date", "日期", "Date", a => a.Date),
                    new RecordField<OutreachActivity>("townshipCode", "乡镇代码", "Township", a => a.TownshipCode),
                    new RecordField<OutreachActivity>("kind", "活动形式", "Kind", a => a.Kind),
                    new RecordField<OutreachActivity>("participants", "参与人数", "Participants", a => a.Participants),
                    new RecordField<OutreachActivity>("materials", "发放资料（份）", "Materials", a => a.Materials));
        }
    }

    private string Shown(string nationalId) => caller.CanSeeFullNationalIds ? nationalId : NationalId.Mask(nationalId);
}
