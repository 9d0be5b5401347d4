using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.PlaceInOrderClass;

/// <summary>Places by <see cref="OrderClass.Take"/>; the class's version guards its last place against two placements at once.</summary>
internal sealed class PlaceInOrderClassHandler(VocationalDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<PlaceInOrderClassCommand, EnrolmentResponse>
{
    public async Task<EnrolmentResponse> Handle(PlaceInOrderClassCommand request, CancellationToken cancellationToken)
    {
        var orderClass = await db.OrderClassAsync(request.OrderClassCode, caller.Scope, cancellationToken);
        var enrolment = await db.ActiveAsync(VocationalInput.Normalised(request.NationalId!), caller.Scope, cancellationToken);
        orderClass.Take(enrolment);
        db.AddToOutbox(StudentFileEntries.Placed(enrolment, orderClass, county.Today), time.GetUtcNow());
        await db.SaveOrConflictAsync("orderClassCode", VocationalText.ClassFull(orderClass.Code, orderClass.Places), cancellationToken);
        await db.Entry(enrolment).Collection(e => e.Changes).LoadAsync(cancellationToken);
        return EnrolmentResponse.Of(enrolment, caller);
    }
}
