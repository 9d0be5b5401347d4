using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

/// <summary>
/// Every student a programme is for in the year (read from the Registry, or for Rain-Dew from Vocational's
/// enrolments, in the caller's scope), each with whether they hold a paid award in that year: the coverage and its
/// records walk the same students.
/// </summary>
internal static class CoverageWalk
{
    public static async Task Walk(SubsidiesDbContext db, IMediator mediator, ProgrammeCode programme, int year, Action<EligibleStudent, bool> counted, CancellationToken cancellationToken)
    {
        var paidStudents = (await db.Payments
                .Where(p => p.Programme == programme && p.Year == year && p.Status == PaymentStatus.Paid)
                .Select(p => p.StudentId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        // The year's two terms: spring from March, autumn to the end of January — the same windows batches use.
        var period = new DateRange { From = new Term(year, Semester.Spring).StartsOn, To = new Term(year, Semester.Autumn).EndsOn };
        var students = await mediator.StreamEligibleAsync(programme, period, cancellationToken);
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            counted(student, paidStudents.Contains(student.Id));
        }
    }

    public static decimal Rate(int paid, int eligible) => eligible == 0 ? 1m : decimal.Round((decimal)paid / eligible, 4);
}
