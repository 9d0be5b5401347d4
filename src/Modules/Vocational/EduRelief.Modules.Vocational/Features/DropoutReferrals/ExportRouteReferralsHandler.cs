using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>The vocational routes list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportRouteReferralsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportRouteReferralsQuery, long>
{
    private static readonly string[] Headers = ["身份证号", "姓名", "乡镇代码", "学校代码", "辍学原因", "分流措施", "责任人", "完成期限", "案件编号"];

    public async Task<long> Handle(ExportRouteReferralsQuery request, CancellationToken cancellationToken)
    {
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var referral in ListRouteReferralsHandler.Matching(db, caller, request.Filter).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var r = RouteReferralResponse.Of(referral, caller);
            ExportCell[] cells =
            [
                r.NationalId, r.StudentName, r.TownshipCode, r.SchoolCode, VocationalNames.DropoutReasons(r.Reasons).Chinese, r.Description, r.Responsible, r.DueOn, r.CaseId.ToString(),
            ];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
