using System.Runtime.CompilerServices;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.StreamStatusHistories;

/// <summary>Keyset pages of students on the list key, each page's status changes read in one more query.</summary>
internal sealed class StreamStatusHistoriesHandler(RegistryDbContext db, ICallerContext caller)
    : IRequestHandler<StreamStatusHistoriesQuery, IAsyncEnumerable<StudentStatusHistoryDto>>
{
    private const int PageSize = 5000;

    public Task<IAsyncEnumerable<StudentStatusHistoryDto>> Handle(StreamStatusHistoriesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Read(request, cancellationToken));

    private async IAsyncEnumerable<StudentStatusHistoryDto> Read(StreamStatusHistoriesQuery request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var schools = await db.LoadSchoolPlacesAsync(cancellationToken);
        long? after = null;
        while (true)
        {
            var students = db.Students.AsNoTracking().InScope(caller.Scope).Matching(request.Criteria).Where(s => s.EnrolledOn <= request.EnrolledBy);
            if (after is { } last)
            {
                students = students.Where(s => s.ListKey > last);
            }

            var page = await students.OrderBy(s => s.ListKey).Take(PageSize)
                .Select(s => new { s.Id, s.ListKey, s.NationalId, s.Name, s.BirthDate, s.SchoolId, s.EnrolledOn, s.Status })
                .ToListAsync(cancellationToken);
            var ids = page.Select(s => s.Id).ToList();
            var changes = (await db.StudentChanges.AsNoTracking().Where(c => c.Field == StudentChange.StatusField && ids.Contains(c.StudentId))
                    .Select(c => new { c.StudentId, c.Id, c.EffectiveOn, c.OldValue, c.NewValue })
                    .ToListAsync(cancellationToken))
                .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id)
                .ToLookup(c => c.StudentId, c => new StatusChangeDto { EffectiveOn = c.EffectiveOn, From = Enum.Parse<StudentStatus>(c.OldValue!), To = Enum.Parse<StudentStatus>(c.NewValue!) });
            foreach (var student in page)
            {
                if (!schools.TryGetValue(student.SchoolId, out var school))
                {
                    schools = await db.LoadSchoolPlacesAsync(cancellationToken);
                    school = schools[student.SchoolId];
                }

                yield return new StudentStatusHistoryDto
                {
                    StudentId = student.Id,
                    NationalId = student.NationalId,
                    Name = student.Name,
                    BirthDate = student.BirthDate,
                    SchoolCode = school.SchoolCode,
                    TownshipCode = school.TownshipCode,
                    EnrolledOn = student.EnrolledOn,
                    Status = student.Status,
                    Changes = changes[student.Id].ToList(),
                };
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].ListKey;
        }
    }
}
