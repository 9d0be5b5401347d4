using System.Runtime.CompilerServices;
using EduRelief.Contracts.Vocational;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.StreamRainDewStudents;

/// <summary>
/// The Rain-Dew eligible list Subsidies asks for: enrolments active during the period whose student was poor on some day
/// of it, read lazily in student order, one per student (a student graduated and enrolled again in the period counts once).
/// </summary>
internal sealed class StreamRainDewStudentsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<StreamRainDewStudentsQuery, IAsyncEnumerable<RainDewStudentDto>>
{
    public Task<IAsyncEnumerable<RainDewStudentDto>> Handle(StreamRainDewStudentsQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(StreamAsync(request.From, request.To, cancellationToken));

    private async IAsyncEnumerable<RainDewStudentDto> StreamAsync(DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = db.Enrolments.AsNoTracking().InScope(caller.Scope)
            .Where(EnrolmentPeriods.ActiveDuring(from, to))
            .Where(EnrolmentPeriods.PoorDuring(from, to))
            .OrderBy(e => e.StudentId).ThenByDescending(e => e.EnrolledOn)
            .Select(e => new RainDewStudentDto
            {
                StudentId = e.StudentId, NationalId = e.NationalId, Name = e.Name, SchoolCode = e.SchoolCode, TownshipCode = e.TownshipCode,
                SpecialtyCode = e.SpecialtyCode, EnrolledOn = e.EnrolledOn,
            })
            .AsAsyncEnumerable();
        Guid? last = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.StudentId != last)
            {
                last = row.StudentId;
                yield return row;
            }
        }
    }
}
