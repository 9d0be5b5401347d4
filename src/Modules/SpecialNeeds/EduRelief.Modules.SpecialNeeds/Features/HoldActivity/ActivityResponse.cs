using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

internal sealed record ActivityResponse(Guid Id, string HomeCode, DateOnly On, ActivityKind Kind, string? Title, IReadOnlyList<ParticipantResponse> Participants)
{
    public static ActivityResponse Of(HomeActivity a, ICallerContext caller) => new(
        a.Id, a.HomeCode, a.On, a.Kind, a.Title, a.Participants.OrderBy(p => p.Id).Select(p => new ParticipantResponse(p.StudentId, caller.Shown(p.NationalId), p.Name)).ToList());
}
