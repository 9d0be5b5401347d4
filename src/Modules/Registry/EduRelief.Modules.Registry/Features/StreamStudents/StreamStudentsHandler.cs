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

    /// <summary>Keyset pages on the list key: each page is one short query, so memory stays flat and no read holds a lock for long.</summary>
    private async IAsyncEnumerable<StudentDto> Read(StudentCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var schools = await db.LoadSchoolPlacesAsync(cancellationToken);
        long? after = null;
        while (true)
        {
            var students = db.Students.AsNoTracking().InScope(caller.Scope).Matching(criteria);
            if (after is { } last)
            {
                students = students.Where(s => s.ListKey > last);
            }

            var page = await students
                .OrderBy(s => s.ListKey)
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

            after = page[^1].ListKey;
        }
    }
}
