using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>
/// Matches the register with the Registry by national ID. Identity is matched county-wide, what comes out stays in the
/// caller's scope: a child on a township's register may attend a school beyond it, and a student of the township's
/// schools may be on another township's register; neither is a mismatch. The whole register (a county's thousands of
/// children, tens of thousands at most) is held in one dictionary; the Registry's students flagged disabled within the
/// caller's scope are streamed past it in keyset pages, so a million students never sit in memory, and are listed when
/// on no register at all. The caller's entries the stream did not meet are looked up together, county-wide, by
/// <see cref="MatchStudentsQuery"/>: the child may be a student beyond the scope, a student not flagged, or no student.
/// </summary>
internal sealed class RegistryMatch(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller)
{
    public async Task<List<Mismatch>> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var scope = caller.Scope;
        var register = await db.Children.AsNoTracking()
            .Select(c => new Entry(c.Id, c.NationalId, c.Name, c.TownshipCode, c.SchoolCode, c.BirthDate, c.Category, c.Grade))
            .ToDictionaryAsync(c => c.NationalId, StringComparer.Ordinal, cancellationToken);
        var mismatches = new List<Mismatch>();
        var met = new HashSet<string>(StringComparer.Ordinal);
        var disabled = await mediator.Send(new StreamStudentsQuery { Criteria = new StudentCriteria { Disabled = true } }, cancellationToken);
        await foreach (var student in disabled.WithCancellation(cancellationToken))
        {
            if (!register.TryGetValue(student.NationalId, out var entry))
            {
                mismatches.Add(new Mismatch(MismatchKind.NotOnRegister, student.NationalId, student.Name, student.TownshipCode, student.SchoolCode, null, student.Id, null, student.Disability));
                continue;
            }

            met.Add(entry.NationalId);
            if (scope.Includes(entry) && entry.DiffersFrom(student.Disability))
            {
                mismatches.Add(entry.Differs(student.Id, student.Disability));
            }
        }

        var mine = register.Values.Where(e => scope.Includes(e)).ToList();
        var unmet = mine.Where(e => !met.Contains(e.NationalId)).Select(e => e.NationalId).ToList();
        if (unmet.Count > 0)
        {
            foreach (var student in await mediator.Send(new MatchStudentsQuery { NationalIds = unmet }, cancellationToken))
            {
                if (register.TryGetValue(student.NationalId, out var entry) && entry.DiffersFrom(student.Disability))
                {
                    mismatches.Add(entry.Differs(student.Id, student.Disability));
                }
            }
        }

        mismatches.AddRange(await UnplacedAsync(mine, today, cancellationToken));
        return mismatches;
    }

    private async Task<IEnumerable<Mismatch>> UnplacedAsync(List<Entry> mine, DateOnly today, CancellationToken cancellationToken)
    {
        var schoolYear = SchoolAge.SchoolYearOf(today);
        var placed = (await db.Plans.AsNoTracking()
                .Where(p => p.StartsOn <= today && (p.EndsOn == null || today < p.EndsOn) && p.Mode != PlacementMode.AwaitingPlacement)
                .Select(p => p.ChildId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return mine
            .Where(e => SchoolAge.IsSchoolAge(e.BirthDate, schoolYear) && !placed.Contains(e.Id))
            .Select(e => new Mismatch(MismatchKind.Unplaced, e.NationalId, e.Name, e.TownshipCode, e.SchoolCode, e.Id, null, e.Disability, null));
    }

    private sealed record Entry(Guid Id, string NationalId, string Name, string TownshipCode, string? SchoolCode, DateOnly BirthDate, DisabilityCategory Category, int Grade)
        : IScopedRecord
    {
        public DisabilityDto Disability => new() { Category = Category, Grade = Grade };

        public bool DiffersFrom(DisabilityDto? registry) => registry is null || registry.Category != Category || registry.Grade != Grade;

        public Mismatch Differs(Guid studentId, DisabilityDto? registry) =>
            new(MismatchKind.DisabilityDiffers, NationalId, Name, TownshipCode, SchoolCode, Id, studentId, Disability, registry);
    }
}
