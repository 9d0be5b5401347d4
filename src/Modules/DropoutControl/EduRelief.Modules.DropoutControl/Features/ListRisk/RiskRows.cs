using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

/// <summary>The scores a filter selects in the list's order (highest first), for the list and its export alike.</summary>
internal static class RiskRows
{
    /// <summary>The filter's school must be the Registry's (a 400 naming <c>schoolCode</c>) and in the caller's scope (a 404, from the Registry).</summary>
    public static async Task<IQueryable<StudentRisk>> MatchingAsync(DropoutControlDbContext db, ICallerContext caller, IMediator mediator, ListRiskQuery filter, CancellationToken cancellationToken)
    {
        var scores = db.RiskScores.AsQueryable().InScope(caller.Scope);
        if (filter.SchoolCode is { Length: > 0 } schoolCode)
        {
            var school = schoolCode.Trim();
            _ = await mediator.Send(new GetSchoolQuery { SchoolCode = school }, cancellationToken)
                ?? throw ValidationFailedException.For("schoolCode", DropoutControlText.NoSchool(school));
            scores = scores.Where(r => r.SchoolCode == school);
        }

        if (filter.TownshipCode is { Length: > 0 } township)
        {
            scores = scores.Where(r => r.TownshipCode == township.Trim());
        }

        if (filter.Signal is { Length: > 0 } signal)
        {
            var signalCode = EnumCodes.Parse<RiskSignal>(signal).ToString();
            scores = scores.Where(r => r.SignalCodes.Contains(signalCode));
        }

        return scores.OrderByDescending(r => r.Score).ThenBy(r => r.SchoolCode).ThenBy(r => r.Name).ThenBy(r => r.StudentId);
    }
}
