using EduRelief.BuildingBlocks.Export;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Web.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>
/// The follow-up list as a file for the townships and schools that must act on it: the match is computed once and
/// written from hand, masked as the list masks it, with each side's category and grade in columns of their own.
/// </summary>
internal sealed class ExportMismatchesHandler(RegistryMatch match, ICallerContext caller, CountyClock county) : IRequestHandler<ExportMismatchesQuery, long>
{
    private static readonly string[] Headers =
        ["差异类型", "身份证号", "姓名", "乡镇代码", "学校代码", "名册残疾类别", "名册残疾等级", "学籍残疾类别", "学籍残疾等级"];

    public async Task<long> Handle(ExportMismatchesQuery request, CancellationToken cancellationToken)
    {
        var rows = MismatchRows.Of(await match.RunAsync(county.Today, cancellationToken), request.Filter.Kind)
            .Select(m => MismatchResponse.Of(m, caller))
            .ToList();
        await request.Writer.WriteAllAsync(Headers, rows, m =>
            [
                SpecialNeedsLabels.Of(m.Kind).Chinese, m.NationalId, m.Name, m.TownshipCode, m.SchoolCode,
                Category(m.Register), m.Register?.Grade, Category(m.Registry), m.Registry?.Grade,
            ],
            cancellationToken);
        return rows.Count;
    }

    private static string? Category(DisabilityDto? disability) => disability is { } d ? SpecialNeedsLabels.Of(d.Category).Chinese : null;
}
