using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

/// <summary>
/// Coverage checked, not claimed: every student the programme is for in the year (read from the registry, or for
/// Rain-Dew from Vocational's enrolments, in the caller's scope) against the students with a paid award in that year; the unpaid are named.
/// </summary>
internal sealed class GetCoverageHandler(SubsidiesDbContext db, IMediator mediator, ICallerContext caller) : IRequestHandler<GetCoverageQuery, CoverageDto>
{
    public async Task<CoverageDto> Handle(GetCoverageQuery request, CancellationToken cancellationToken)
    {
        var paidStudents = (await db.Payments
                .Where(p => p.Programme == request.Programme && p.Year == request.Year && p.Status == PaymentStatus.Paid)
                .Select(p => p.StudentId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        // The year's two terms: spring from March, autumn to the end of January — the same windows batches use.
        var year = new DateRange { From = new Term(request.Year, Semester.Spring).StartsOn, To = new Term(request.Year, Semester.Autumn).EndsOn };
        var students = await mediator.StreamEligibleAsync(request.Programme, year, cancellationToken);
        var (eligible, paid) = (0, 0);
        var unpaid = new List<UnpaidStudentDto>();
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            eligible++;
            if (paidStudents.Contains(student.Id))
            {
                paid++;
                continue;
            }

            unpaid.Add(new UnpaidStudentDto
            {
                StudentId = student.Id,
                NationalId = caller.CanSeeFullNationalIds ? student.NationalId : NationalId.Mask(student.NationalId),
                Name = student.Name,
                SchoolCode = student.SchoolCode,
                TownshipCode = student.TownshipCode,
            });
        }

        return new CoverageDto
        {
            Year = request.Year,
            Programme = request.Programme,
            Eligible = eligible,
            Paid = paid,
            Rate = eligible == 0 ? 1m : decimal.Round((decimal)paid / eligible, 4),
            Unpaid = unpaid,
        };
    }
}
