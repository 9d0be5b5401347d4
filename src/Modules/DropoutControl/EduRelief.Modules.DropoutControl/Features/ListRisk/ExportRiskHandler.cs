using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Web.Risk;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

/// <summary>The risk list's rows in one streamed query, masked as the list masks them, the signals in Chinese.</summary>
internal sealed class ExportRiskHandler(DropoutControlDbContext db, ICallerContext caller, IMediator mediator) : IRequestHandler<ExportRiskQuery, long>
{
    private static readonly string[] Headers = ["风险分", "身份证号", "姓名", "乡镇代码", "学校代码", "年级", "年龄", "风险因素", "评分日期"];

    public async Task<long> Handle(ExportRiskQuery request, CancellationToken cancellationToken)
    {
        var scores = await RiskRows.MatchingAsync(db, caller, mediator, request.Filter, cancellationToken);
        await request.Writer.WriteHeaderAsync(Headers, cancellationToken);
        var rows = 0L;
        await foreach (var risk in scores.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var r = RiskResponse.Of(risk, caller);
            ExportCell[] cells =
                [r.Score, r.NationalId, r.Name, r.TownshipCode, r.SchoolCode, r.Grade, r.Age, string.Join("、", risk.Signals.Select(s => RiskLabels.Of(s).Chinese)), r.ScoredOn];
            await request.Writer.WriteRowAsync(cells, cancellationToken);
            rows++;
        }

        return rows;
    }
}
