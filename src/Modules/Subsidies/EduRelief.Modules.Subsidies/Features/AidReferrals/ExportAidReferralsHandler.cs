using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Web.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>The aid referrals list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportAidReferralsHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ExportAidReferralsQuery, long>
{
    private static readonly string[] Headers = ["身份证号", "姓名", "乡镇代码", "学校代码", "转介事项", "辍学原因", "资助措施", "责任人", "完成期限", "案件编号"];

    public async Task<long> Handle(ExportAidReferralsQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var referral in ListAidReferralsHandler.Matching(db, caller, request.Filter).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var r = AidReferralResponse.Of(referral, caller);
            ExportCell[] cells =
            [
                r.NationalId, r.StudentName, r.TownshipCode, r.SchoolCode, ConsoleTexts.AidReviewName(r.Review).Chinese, ConsoleTexts.DropoutReasons(r.Reasons).Chinese,
                r.Description, r.Responsible, r.DueOn, r.CaseId.ToString(),
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
