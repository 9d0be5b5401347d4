using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>
/// Matches the register with the Registry by national ID, within the caller's scope. The register's entries (a
/// county's few thousand, at most tens of thousands) are held in one dictionary; the Registry's students flagged
/// disabled are streamed past it in keyset pages, so a million students never sit in memory. An entry the stream did
/// not meet is looked up by its ID alone: the child may be enrolled but not flagged, or not a student at all.
/// </summary>
internal sealed class RegistryMatch(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller)
{
    public async Task<List<Mismatch>> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var register = await db.Children.AsNoTracking().InScope(caller.Scope)
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
            if (student.Disability is not { } registry || registry.Category != entry.Category || registry.Grade != entry.Grade)
            {
                mismatches.Add(entry.Differs(student.Id, student.Disability));
            }
        }

        foreach (var entry in register.Values.Where(e => !met.Contains(e.NationalId)))
        {
            if (await mediator.Send(new GetStudentQuery { NationalId = entry.NationalId }, cancellationToken) is { } student)
            {
                mismatches.Add(entry.Differs(student.Id, student.Disability));
            }
        }

        mismatches.AddRange(await UnplacedAsync(register, today, cancellationToken));
        return mismatches;
    }

    private async Task<IEnumerable<Mismatch>> UnplacedAsync(Dictionary<string, Entry> register, DateOnly today, CancellationToken cancellationToken)
    {
        var schoolYear = SchoolAge.SchoolYearOf(today);
        var placed = (await db.Plans.AsNoTracking()
                .Where(p => p.StartsOn <= today && (p.EndsOn == null || today < p.EndsOn) && p.Mode != PlacementMode.AwaitingPlacement)
                .Select(p => p.ChildId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return register.Values
            .Where(e => SchoolAge.IsSchoolAge(e.BirthDate, schoolYear) && !placed.Contains(e.Id))
            .Select(e => new Mismatch(MismatchKind.Unplaced, e.NationalId, e.Name, e.TownshipCode, e.SchoolCode, e.Id, null, e.Disability, null));
    }

    private sealed record Entry(Guid Id, string NationalId, string Name, string TownshipCode, string? SchoolCode, DateOnly BirthDate, DisabilityCategory Category, int Grade)
    {
        public DisabilityDto Disability => new() { Category = Category, Grade = Grade };

        public Mismatch Differs(Guid studentId, DisabilityDto? registry) =>
            new(MismatchKind.DisabilityDiffers, NationalId, Name, TownshipCode, SchoolCode, Id, studentId, Disability, registry);
    }
}
