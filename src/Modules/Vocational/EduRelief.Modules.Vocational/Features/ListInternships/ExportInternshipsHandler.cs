using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

/// <summary>The list's rows in one streamed query, masked as the list masks them.</summary>
internal sealed class ExportInternshipsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ExportInternshipsQuery, long>
{
    private static readonly string[] Headers = ["身份证号", "姓名", "学校代码", "实习基地", "开始日期", "结束日期"];

    public Task<long> Handle(ExportInternshipsQuery request, CancellationToken cancellationToken) =>
        request.Writer.WriteStreamAsync(Headers, ListInternshipsHandler.Matching(db, caller, request.Filter).AsAsyncEnumerable(), i => (ExportCell[])[caller.Shown(i.NationalId), i.Name, i.SchoolCode, i.Base, i.StartsOn, i.EndsOn], cancellationToken);
}
