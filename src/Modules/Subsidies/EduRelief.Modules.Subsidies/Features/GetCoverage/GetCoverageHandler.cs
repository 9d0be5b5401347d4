using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

/// <summary>Coverage checked, not claimed: every student the programme is for against the students with a paid award in that year (<see cref="CoverageWalk"/>); the unpaid are named.</summary>
internal sealed class GetCoverageHandler(SubsidiesDbContext db, IMediator mediator, ICallerContext caller) : IRequestHandler<GetCoverageQuery, CoverageDto>
{
    public async Task<CoverageDto> Handle(GetCoverageQuery request, CancellationToken cancellationToken)
    {
        var (eligible, paid) = (0, 0);
        var unpaid = new List<UnpaidStudentDto>();
        await CoverageWalk.Walk(db, mediator, request.Programme, request.Year, (student, isPaid) =>
        {
            eligible++;
            if (isPaid)
            {
                paid++;
                return;
            }

            unpaid.Add(new UnpaidStudentDto
            {
                StudentId = student.Id,
                NationalId = caller.CanSeeFullNationalIds ? student.NationalId : NationalId.Mask(student.NationalId),
                Name = student.Name,
                SchoolCode = student.SchoolCode,
                TownshipCode = student.TownshipCode,
            });
        }, cancellationToken);

        return new CoverageDto
        {
            Year = request.Year,
            Programme = request.Programme,
            Eligible = eligible,
            Paid = paid,
            Rate = CoverageWalk.Rate(paid, eligible),
            Unpaid = unpaid,
        };
    }
}
