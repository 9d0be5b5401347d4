using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.RecordFollowUp;

internal sealed class RecordFollowUpHandler(VocationalDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<RecordFollowUpCommand, EnrolmentResponse>
{
    public async Task<EnrolmentResponse> Handle(RecordFollowUpCommand request, CancellationToken cancellationToken)
    {
        var enrolment = await db.LatestAsync(VocationalInput.Normalised(request.NationalId!), caller.Scope, cancellationToken);
        enrolment.FollowUp(request.FollowUpOn!.Value, EnumCodes.Parse<GraduateOutcome>(request.Outcome!), VocationalInput.Trimmed(request.Employer), county.Today);
        db.AddToOutbox(StudentFileEntries.FollowedUp(enrolment), time.GetUtcNow());
        await db.SaveOrConflictAsync("nationalId", VocationalText.NotGraduated(), cancellationToken);
        await db.Entry(enrolment).Collection(e => e.Changes).LoadAsync(cancellationToken);
        return EnrolmentResponse.Of(enrolment, caller);
    }
}
