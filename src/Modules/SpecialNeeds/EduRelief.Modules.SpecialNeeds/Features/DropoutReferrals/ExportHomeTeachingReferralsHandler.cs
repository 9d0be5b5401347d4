using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Web.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>The home-teaching referrals list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportHomeTeachingReferralsHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ExportHomeTeachingReferralsQuery, long>
{
    private static readonly string[] Headers = ["身份证号", "姓名", "乡镇代码", "学校代码", "辍学原因", "送教措施", "责任人", "完成期限", "案件编号"];

    public async Task<long> Handle(ExportHomeTeachingReferralsQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var referral in ListHomeTeachingReferralsHandler.Matching(db, caller, request.Filter).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var r = HomeTeachingReferralResponse.Of(referral, caller);
            ExportCell[] cells =
            [
                r.NationalId, r.StudentName, r.TownshipCode, r.SchoolCode, SpecialNeedsLabels.DropoutReasons(r.Reasons).Chinese, r.Description, r.Responsible, r.DueOn, r.CaseId.ToString(),
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
