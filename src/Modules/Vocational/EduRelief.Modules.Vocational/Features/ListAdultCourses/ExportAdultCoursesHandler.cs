using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>The list's rows in one streamed query.</summary>
internal sealed class ExportAdultCoursesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportAdultCoursesQuery, long>
{
    private static readonly string[] Headers = ["培训班代码", "培训班名称", "乡镇代码", "培训工种", "开班日期", "结业日期", "学员人数", "取证人数"];

    public Task<long> Handle(ExportAdultCoursesQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, ListAdultCoursesHandler.Matching(db, caller, request.Filter).AsAsyncEnumerable(), c => (ExportCell[])[c.Code, c.Name, c.TownshipCode, c.Trade, c.StartsOn, c.EndsOn, c.Trainees, c.Certificates], cancellationToken);
}
