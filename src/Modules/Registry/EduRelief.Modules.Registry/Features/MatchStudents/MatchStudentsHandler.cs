using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.MatchStudents;

/// <summary>
/// Identity facts for national IDs, county-wide by design (the contract says why): one query per thousand IDs on the
/// unique national-ID index. Nothing here is shown to the caller; the asking module shows only what it keeps itself.
/// </summary>
internal sealed class MatchStudentsHandler(RegistryDbContext db) : IRequestHandler<MatchStudentsQuery, IReadOnlyList<StudentFactsDto>>
{
    private const int Batch = 1000;

    public async Task<IReadOnlyList<StudentFactsDto>> Handle(MatchStudentsQuery request, CancellationToken cancellationToken)
    {
        var ids = request.NationalIds.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var facts = new List<StudentFactsDto>(ids.Count);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.Students.AsNoTracking()
                .Where(s => chunk.Contains(s.NationalId))
                .Select(s => new { s.Id, s.NationalId, Township = s.School!.Township!.Code, School = s.School!.Code, s.Status, s.LeftBehind, s.DisabilityCategory, s.DisabilityGrade })
                .ToListAsync(cancellationToken);
            facts.AddRange(rows.Select(s => new StudentFactsDto
            {
                Id = s.Id, NationalId = s.NationalId, TownshipCode = s.Township, SchoolCode = s.School, Status = s.Status, LeftBehind = s.LeftBehind,
                Disability = s.DisabilityCategory is { } category ? new DisabilityDto { Category = category, Grade = s.DisabilityGrade ?? 0 } : null,
            }));
        }

        return facts;
    }
}
