using System.Runtime.CompilerServices;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.StreamStudents;

internal sealed class StreamStudentsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<StreamStudentsQuery, IAsyncEnumerable<StudentDto>>
{
    private const int PageSize = 5000;

    public Task<IAsyncEnumerable<StudentDto>> Handle(StreamStudentsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Read(request.Criteria, cancellationToken));

    /// <summary>Keyset pages on the national ID: each page is one short query, so memory stays flat and no read holds a lock for long.</summary>
    private async IAsyncEnumerable<StudentDto> Read(StudentCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var schools = await db.LoadSchoolPlacesAsync(cancellationToken);
        var after = string.Empty;
        while (true)
        {
            var page = await db.Students.AsNoTracking().InScope(caller.Scope).Matching(criteria)
                .Where(s => string.Compare(s.NationalId, after) > 0)
                .OrderBy(s => s.NationalId)
                .Take(PageSize)
                .AsRows()
                .ToListAsync(cancellationToken);
            foreach (var student in page)
            {
                if (!schools.TryGetValue(student.SchoolId, out var school))
                {
                    // A school opened while the stream was being read.
                    schools = await db.LoadSchoolPlacesAsync(cancellationToken);
                    school = schools[student.SchoolId];
                }

                yield return student.ToDto(school);
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].NationalId;
        }
    }
}
