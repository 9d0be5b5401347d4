using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Figures;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetFigures;

/// <summary>The students an identification figure counts (<see cref="IdentifiedStudents"/>), in list order, IDs masked unless the caller may see them.</summary>
internal sealed class GetFigureRecordsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetRegistryFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetRegistryFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var rows = await IdentifiedStudents.Of(db, caller, request.Year, request.Figure).OrderBy(s => s.ListKey).AsRows().ToListAsync(cancellationToken);
        var schools = await db.LoadSchoolPlacesAsync(cancellationToken);
        return FigureRecords.Count(
            rows,
            new RecordField<StudentRow>("studentId", "学生编号", "Student id", s => s.Id),
            new RecordField<StudentRow>("nationalId", "身份证号", "National ID", s => caller.CanSeeFullNationalIds ? s.NationalId : NationalId.Mask(s.NationalId)),
            new RecordField<StudentRow>("name", "姓名", "Name", s => s.Name),
            new RecordField<StudentRow>("townshipCode", "乡镇代码", "Township", s => schools[s.SchoolId].TownshipCode),
            new RecordField<StudentRow>("schoolCode", "学校代码", "School", s => schools[s.SchoolId].SchoolCode),
            new RecordField<StudentRow>("stage", "学段", "Stage", s => schools[s.SchoolId].Stage.ToString()),
            new RecordField<StudentRow>("grade", "年级", "Grade", s => s.Grade),
            new RecordField<StudentRow>("categories", "现困难类别", "Current categories", s => string.Join("|", CategoryMasks.ToList(s.CategoryMask))),
            new RecordField<StudentRow>("status", "学籍状态", "Status", s => s.Status.ToString()));
    }
}
