using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Catalogue;
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
        var paidStudents = (await PaidStudentsAsync(db, programme, year, cancellationToken)).ToHashSet();
        var students = await mediator.StreamEligibleAsync(programme, Period(year), cancellationToken);
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            counted(student, paidStudents.Contains(student.Id));
        }
    }

    /// <summary>
    /// The same two counts, and where the Registry's criteria alone say who is eligible, from the eligible students' ids
    /// only (no student read whole); otherwise by the walk.
    /// </summary>
    public static async Task<(int Eligible, int Paid)> CountAsync(SubsidiesDbContext db, IMediator mediator, ProgrammeCode programme, int year, CancellationToken cancellationToken)
    {
        var (eligible, paid) = (0, 0);
        if (!EligibilityRules.CriteriaSuffice(programme))
        {
            await Walk(db, mediator, programme, year, (_, isPaid) => (eligible, paid) = (eligible + 1, paid + (isPaid ? 1 : 0)), cancellationToken);
            return (eligible, paid);
        }

        var paidStudents = (await PaidStudentsAsync(db, programme, year, cancellationToken)).ToHashSet();
        var ids = await mediator.Send(new StreamStudentIdsQuery { Criteria = EligibilityRules.CriteriaFor(programme, Period(year)) }, cancellationToken);
        await foreach (var id in ids.WithCancellation(cancellationToken))
        {
            (eligible, paid) = (eligible + 1, paid + (paidStudents.Contains(id) ? 1 : 0));
        }

        return (eligible, paid);
    }

    public static decimal Rate(int paid, int eligible) => eligible == 0 ? 1m : decimal.Round((decimal)paid / eligible, 4);

    /// <summary>The year's two terms: spring from March, autumn to the end of January — the same windows batches use.</summary>
    private static DateRange Period(int year) => new() { From = new Term(year, Semester.Spring).StartsOn, To = new Term(year, Semester.Autumn).EndsOn };

    private static Task<List<Guid>> PaidStudentsAsync(SubsidiesDbContext db, ProgrammeCode programme, int year, CancellationToken cancellationToken) =>
        db.Payments.Where(p => p.Programme == programme && p.Year == year && p.Status == PaymentStatus.Paid)
            .Select(p => p.StudentId).Distinct().ToListAsync(cancellationToken);
}
