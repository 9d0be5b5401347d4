using EduRelief.BuildingBlocks.Locking;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers;

/// <summary>
/// Adds the tiers effective from a day (the allowance is the county's, so a county-wide writer sets it): each
/// follows the open tier of the same schools, refused when it would overlap another's dates or reach a month whose
/// roll is approved. All or nothing.
/// </summary>
internal sealed class SetAllowanceTiersHandler(TeacherSupportDbContext db, IMediator mediator, ICallerContext caller, IDistributedLock locks)
    : IRequestHandler<SetAllowanceTiersCommand, IReadOnlyList<AllowanceTierResponse>>
{
    public async Task<IReadOnlyList<AllowanceTierResponse>> Handle(SetAllowanceTiersCommand request, CancellationToken cancellationToken)
    {
        caller.Scope.EnsureCountyWide("AllowanceTiers", $"{request.EffectiveFrom:yyyy-MM-dd}");
        var added = await TiersAsync(request, cancellationToken);
        await using (await locks.AcquireAsync(AllowanceLock.Name, cancellationToken))
        {
            var schedule = new AllowanceSchedule(await db.AllowanceTiers.ToListAsync(cancellationToken));
            var approved = await db.AllowanceRolls.Where(r => r.Status == AllowanceRollStatus.Approved).MaxAsync(r => (int?)r.Month, cancellationToken);
            schedule.Add(added, approved is { } key ? RollMonth.FromKey(key) : null);
            db.AllowanceTiers.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            return AllowanceTierResponse.All(schedule.Tiers.Concat(added));
        }
    }

    private async Task<List<AllowanceTier>> TiersAsync(SetAllowanceTiersCommand request, CancellationToken cancellationToken)
    {
        var (from, to) = (request.EffectiveFrom!.Value, request.EffectiveTo);
        var tiers = new List<AllowanceTier>();
        var errors = new ValidationErrors();
        for (var i = 0; i < request.Tiers!.Count; i++)
        {
            var input = request.Tiers[i];
            var monthly = input.Monthly!.Value;
            if (input.Location is { Length: > 0 } location)
            {
                tiers.Add(new AllowanceTier { Location = EnumCodes.Parse<SchoolLocation>(location), EffectiveFrom = from, Monthly = monthly });
                continue;
            }

            for (var j = 0; j < input.SchoolCodes!.Count; j++)
            {
                var field = $"tiers[{i}].schoolCodes[{j}]";
                var school = await mediator.Send(new GetSchoolQuery { SchoolCode = input.SchoolCodes[j]!.Trim() }, cancellationToken);
                if (school is null)
                {
                    errors.Add(field, TeacherText.NoSchool(input.SchoolCodes[j]!.Trim()));
                }
                else if (!school.Location.IsRural())
                {
                    errors.Add(field, TeacherText.NotRural(school.Code, school.Location));
                }
                else
                {
                    tiers.Add(new AllowanceTier { SchoolCode = school.Code, EffectiveFrom = from, Monthly = monthly });
                }
            }
        }

        for (var i = 0; i < tiers.Count; i++)
        {
            if (to is { } end)
            {
                tiers[i].EndOn(end);
            }

            if (tiers.Take(i).Any(t => t.SameSchoolsAs(tiers[i])))
            {
                errors.Add("tiers", TeacherText.SchoolsTwice(tiers[i].Schools));
            }
        }

        errors.ThrowIfAny();
        return tiers;
    }
}
