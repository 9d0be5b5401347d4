using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.FindSchoolChanges;

internal sealed class FindSchoolChangesHandler(RegistryDbContext db, ICallerContext caller)
    : IRequestHandler<FindSchoolChangesQuery, IReadOnlyList<SchoolChangeDto>>
{
    private const string SchoolField = "schoolCode";

    public async Task<IReadOnlyList<SchoolChangeDto>> Handle(FindSchoolChangesQuery request, CancellationToken cancellationToken)
    {
        if (request.StudentIds.Count == 0)
        {
            return [];
        }

        var ids = request.StudentIds.Distinct().ToList();
        var visible = db.Students.AsNoTracking().InScope(caller.Scope).Where(s => ids.Contains(s.Id)).Select(s => s.Id);
        var changes = await db.StudentChanges.AsNoTracking()
            .Where(c => c.Field == SchoolField && c.EffectiveOn >= request.Since && visible.Contains(c.StudentId))
            .Select(c => new { c.StudentId, c.Id, c.EffectiveOn, c.OldValue, c.NewValue })
            .ToListAsync(cancellationToken);
        return changes.OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id)
            .Select(c => new SchoolChangeDto(c.StudentId, c.EffectiveOn, c.OldValue, c.NewValue))
            .ToList();
    }
}
