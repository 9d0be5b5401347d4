using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

/// <summary>The list's rows in one streamed query.</summary>
internal sealed class ExportOrderClassesHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportOrderClassesQuery, long>
{
    private static readonly string[] Headers = ["订单班代码", "专业代码", "学校代码", "订单企业", "承诺招聘名额", "年度", "已编班人数"];

    public Task<long> Handle(ExportOrderClassesQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, ListOrderClassesHandler.Matching(db, caller, request.Filter).AsAsyncEnumerable(), c => (ExportCell[])[c.Code, c.SpecialtyCode, c.SchoolCode, c.Employer, c.Places, c.Year, c.Students], cancellationToken);
}
