using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

/// <summary>The list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportTraineesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportTraineesQuery, long>
{
    private static readonly string[] Headers = ["培训班代码", "乡镇代码", "开班日期", "身份证号", "姓名", "职业技能证书"];

    public Task<long> Handle(ExportTraineesQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, ListTraineesHandler.Matching(db, caller, request.Filter).AsAsyncEnumerable(), t => (ExportCell[])[t.CourseCode, t.TownshipCode, t.CourseStartsOn, caller.Shown(t.NationalId), t.Name, t.Certificate], cancellationToken);
}
