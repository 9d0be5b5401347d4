using EduRelief.Contracts.TeacherSupport;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>Every figure counted from the records in the caller's scope at the time asked (<see cref="FigureRows"/>); none is stored. Each has its list: /hires, /attendance, /pairing-activities, /allowance-payments.</summary>
internal sealed class GetFiguresHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<GetTeacherFiguresQuery, TeacherFiguresDto>
{
    public async Task<TeacherFiguresDto> Handle(GetTeacherFiguresQuery request, CancellationToken cancellationToken)
    {
        var hires = FigureRows.Hires(db, caller, request.Year);
        var perPairing = await FigureRows.PairingActivities(db, caller, request.Year)
            .GroupBy(a => new { a.PairingId, a.UrbanSchoolCode, a.RuralSchoolCode })
            .Select(g => new PairingActivitiesDto(g.Key.PairingId, g.Key.UrbanSchoolCode, g.Key.RuralSchoolCode, g.Count()))
            .ToListAsync(cancellationToken);
        return new TeacherFiguresDto
        {
            Year = request.Year,
            TeachersRecruited = await hires.CountAsync(cancellationToken),
            RuralTeachersRecruited = await hires.CountAsync(h => h.Rural, cancellationToken),
            TrainingPersonTimes = await FigureRows.Attendance(db, caller, request.Year).CountAsync(cancellationToken),
            PairingActivities = perPairing.Sum(p => p.Activities),
            AllowancePaid = await PaidLines.Of(db, request.Year).InScope(caller.Scope).SumAsync(l => l.Monthly, cancellationToken),
            ActivitiesByPairing = perPairing.OrderBy(p => p.UrbanSchoolCode, StringComparer.Ordinal).ThenBy(p => p.RuralSchoolCode, StringComparer.Ordinal).ToList(),
        };
    }
}
