using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

/// <summary>The enrolment list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportEnrolmentsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportEnrolmentsQuery, long>
{
    private static readonly string[] Headers =
        ["身份证号", "姓名", "学校代码", "专业代码", "入学日期", "建档立卡", "订单班", "订单企业", "毕业日期", "就业去向", "就业单位", "跟踪回访日期"];

    public async Task<long> Handle(ExportEnrolmentsQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var e in ListEnrolmentsHandler.Matching(db, caller, request.Filter).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            ExportCell[] cells =
            [
                caller.Shown(e.NationalId), e.Name, e.SchoolCode, e.SpecialtyCode, e.EnrolledOn, e.PoorHousehold ? "是" : "否", e.OrderClassCode, e.OrderEmployer,
                e.GraduatedOn, e.Outcome is { } o ? VocationalNames.Outcome(o).Chinese : null, e.Employer, e.FollowUpOn,
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
