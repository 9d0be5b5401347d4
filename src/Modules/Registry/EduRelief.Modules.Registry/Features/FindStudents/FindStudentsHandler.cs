using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.FindStudents;

/// <summary>
/// A page of students in list order (<see cref="Student.ListKey"/>), or by name, school or grade, with the exact total. The total and the keyset of deep pages are reused
/// from <see cref="StudentTotals"/> while the students have not changed (the <see cref="StudentListStamp"/> says);
/// the stamp is read before either is learnt, so nothing is ever filed under a version older than the data it saw:
/// a change committed in between files it under a version no later reader sees again.
/// </summary>
internal sealed class FindStudentsHandler(RegistryDbContext db, ICallerContext caller, StudentTotals lists) : IRequestHandler<FindStudentsQuery, PagedResult<StudentDto>>
{
    public async Task<PagedResult<StudentDto>> Handle(FindStudentsQuery request, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var students = db.Students.AsNoTracking().InScope(scope).Matching(request.Criteria);
        var offset = (request.Page - 1) * request.PageSize;
        int total;
        IQueryable<Student> ordered;
        if (request.Order != StudentOrder.ListOrder)
        {
            // Ordered by a column: an index walk or a sort of the filtered rows, then the offset; no keyset anchors.
            total = await CountAsync(students, request.Criteria, scope, cancellationToken);
            ordered = students.OrderedBy(request.Order).Skip(offset);
        }
        else if (StudentTotals.KeyOf(request.Criteria, scope) is not { } key)
        {
            total = await students.CountAsync(cancellationToken);
            ordered = students.OrderBy(s => s.ListKey).Skip(offset);
        }
        else
        {
            var facts = await FactsAsync(students, key, cancellationToken);
            total = facts.Total!.Value;
            if (offset >= StudentTotals.AnchorStep && offset < total)
            {
                facts = await lists.WithAnchorsAsync(key, facts, () => AnchorsAsync(students, cancellationToken), cancellationToken);
            }

            if (offset >= StudentTotals.AnchorStep && offset < total && facts.Anchors is { Count: > 0 })
            {
                // From the nearest anchor at or before the offset: an index seek, then at most AnchorStep rows.
                var anchor = Math.Min(offset / StudentTotals.AnchorStep, facts.Anchors.Count - 1);
                var from = facts.Anchors[anchor];
                ordered = students.Where(s => s.ListKey >= from)
                    .OrderBy(s => s.ListKey)
                    .Skip(offset - (anchor * StudentTotals.AnchorStep));
            }
            else
            {
                ordered = students.OrderBy(s => s.ListKey).Skip(offset);
            }
        }

        var page = await ordered.Take(request.PageSize).AsRows().ToListAsync(cancellationToken);
        var schools = await db.LoadSchoolPlacesAsync(page.Select(s => s.SchoolId).Distinct().ToList(), cancellationToken);
        return new PagedResult<StudentDto>
        {
            Items = page.Select(s => s.ToDto(schools[s.SchoolId])).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>The total, from <see cref="StudentTotals"/> while the students have not changed, as for the list order.</summary>
    private async Task<int> CountAsync(IQueryable<Student> students, StudentCriteria criteria, DataScope scope, CancellationToken cancellationToken) =>
        StudentTotals.KeyOf(criteria, scope) is { } key
            ? (await FactsAsync(students, key, cancellationToken)).Total!.Value
            : await students.CountAsync(cancellationToken);

    /// <summary>What is known of this list at the students' current version, its total counted if it was not.</summary>
    private async Task<ListFacts> FactsAsync(IQueryable<Student> students, string key, CancellationToken cancellationToken)
    {
        var version = await db.StudentListStamps.AsNoTracking()
            .Where(s => s.Id == StudentListStamp.SingleId)
            .Select(s => s.Version)
            .FirstAsync(cancellationToken);
        var facts = lists.Get(key, version);
        if (facts.Total is null)
        {
            facts = facts with { Total = await students.CountAsync(cancellationToken) };
            lists.Set(key, facts);
        }

        return facts;
    }

    /// <summary>Every <see cref="StudentTotals.AnchorStep"/>-th list key of the list, in order (one walk of the index).</summary>
    private static async Task<List<long>> AnchorsAsync(IQueryable<Student> students, CancellationToken cancellationToken)
    {
        var anchors = new List<long>();
        var position = 0;
        await foreach (var listKey in students.OrderBy(s => s.ListKey).Select(s => s.ListKey).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (position++ % StudentTotals.AnchorStep == 0)
            {
                anchors.Add(listKey);
            }
        }

        return anchors;
    }
}
