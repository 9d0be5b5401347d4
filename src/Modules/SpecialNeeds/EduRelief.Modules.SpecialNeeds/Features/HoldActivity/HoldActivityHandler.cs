using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

internal sealed class HoldActivityHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<HoldActivityCommand, ActivityResponse>
{
    public async Task<ActivityResponse> Handle(HoldActivityCommand request, CancellationToken cancellationToken)
    {
        var home = await db.FindHomeAsync(request.HomeCode, caller, cancellationToken);
        var participants = request.Participants!.Select(p => SpecialNeedsInput.Normalized(p!)).ToList();
        var activity = home.Hold(
            TimeOrderedId.Next(time.GetUtcNow()), request.On!.Value, EnumCodes.Parse<ActivityKind>(request.Kind!), SpecialNeedsInput.Blank(request.Title), participants, county.Today);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return ActivityResponse.Of(activity, caller);
    }
}
