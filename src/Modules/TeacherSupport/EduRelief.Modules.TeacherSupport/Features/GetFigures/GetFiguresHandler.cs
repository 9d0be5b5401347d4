using EduRelief.Contracts.TeacherSupport;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

/// <summary>Every figure counted from the records in the caller's scope at the time asked; none is stored. Each has its list: /hires, /attendance, /pairing-activities, /allowance-payments.</summary>
internal sealed class GetFiguresHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<GetTeacherFiguresQuery, TeacherFiguresDto>
{
    public async Task<TeacherFiguresDto> Handle(GetTeacherFiguresQuery request, CancellationToken cancellationToken)
    {
        var (first, end) = (new DateOnly(request.Year, 1, 1), new DateOnly(request.Year, 12, 31));
        var hires = db.Hires.AsNoTracking().InScope(caller.Scope).Where(h => h.HiredOn >= first && h.HiredOn <= end);
        var recruited = await hires.CountAsync(cancellationToken);
        var rural = await hires.CountAsync(h => h.Rural, cancellationToken);
        var personTimes = await (from a in db.Attendance.AsNoTracking().InScope(caller.Scope)
                                 join c in db.Courses on a.CourseId equals c.Id
                                 where c.StartsOn >= first && c.StartsOn <= end
                                 select a.Id).CountAsync(cancellationToken);
        var perPairing = await (from a in db.PairingActivities.AsNoTracking()
                                join p in db.Pairings.InScope(caller.Scope) on a.PairingId equals p.Id
                                where a.On >= first && a.On <= end
                                group a by new { p.Id, p.UrbanSchoolCode, p.RuralSchoolCode } into g
                                select new PairingActivitiesDto(g.Key.Id, g.Key.UrbanSchoolCode, g.Key.RuralSchoolCode, g.Count()))
            .ToListAsync(cancellationToken);
        var paid = await PaidLines.Of(db, request.Year).InScope(caller.Scope).SumAsync(l => l.Monthly, cancellationToken);
        return new TeacherFiguresDto
        {
            Year = request.Year,
            TeachersRecruited = recruited,
            RuralTeachersRecruited = rural,
            TrainingPersonTimes = personTimes,
            PairingActivities = perPairing.Sum(p => p.Activities),
            AllowancePaid = paid,
            ActivitiesByPairing = perPairing.OrderBy(p => p.UrbanSchoolCode, StringComparer.Ordinal).ThenBy(p => p.RuralSchoolCode, StringComparer.Ordinal).ToList(),
        };
    }
}
