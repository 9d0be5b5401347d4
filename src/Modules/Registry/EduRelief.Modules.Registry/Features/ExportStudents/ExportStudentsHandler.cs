using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ExportStudents;

/// <summary>
/// One query streamed row by row into the writer, masked as the list is: a million students leave in constant
/// memory. Schools (hundreds) are read first, so the student rows need no join.
/// </summary>
internal sealed class ExportStudentsHandler(RegistryDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ExportStudentsQuery, long>
{
    public async Task<long> Handle(ExportStudentsQuery request, CancellationToken cancellationToken)
    {
        var schools = await db.Schools.AsNoTracking()
            .Select(s => new { s.Id, School = new ExportedSchool(new SchoolPlace(s.Code, s.Township!.Code, s.Stage, s.Location), s.Name, s.Township.Name) })
            .ToDictionaryAsync(s => s.Id, s => s.School, cancellationToken);
        var students = db.Students.AsNoTracking().InScope(caller.Scope).Matching(request.Criteria).OrderedBy(request.Order).AsRows();

        await request.Writer.WriteHeaderAsync(StudentExportColumns.Headers, cancellationToken);
        var rows = 0L;
        await foreach (var row in students.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var school = schools[row.SchoolId];
            await request.Writer.WriteRowAsync(StudentExportColumns.Row(row.ToDto(school.Place).MaskedFor(caller, county), school), cancellationToken);
            rows++;
        }

        return rows;
    }
}
