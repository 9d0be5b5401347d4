using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.RecordGraduation;

/// <summary>Graduates by <see cref="Enrolment.Graduate"/> (and follows up by <see cref="Enrolment.FollowUp"/>); both go to the student file through the outbox.</summary>
internal sealed class RecordGraduationHandler(VocationalDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<RecordGraduationCommand, EnrolmentResponse>
{
    public async Task<EnrolmentResponse> Handle(RecordGraduationCommand request, CancellationToken cancellationToken)
    {
        var enrolment = await db.LatestAsync(VocationalInput.Normalised(request.NationalId!), caller.Scope, cancellationToken);
        var outcome = VocationalInput.Trimmed(request.Outcome) is { } code ? EnumCodes.Parse<GraduateOutcome>(code) : (GraduateOutcome?)null;
        var employer = VocationalInput.Trimmed(request.Employer);
        var today = county.Today;
        var now = time.GetUtcNow();
        if (request.FollowUpOn is { } followUpOn)
        {
            enrolment.Graduate(request.GraduatedOn!.Value, null, null, today);
            enrolment.FollowUp(followUpOn, outcome!.Value, employer, today);
            db.AddToOutbox(StudentFileEntries.Graduated(enrolment), now);
            db.AddToOutbox(StudentFileEntries.FollowedUp(enrolment), now);
        }
        else
        {
            enrolment.Graduate(request.GraduatedOn!.Value, outcome, employer, today);
            db.AddToOutbox(StudentFileEntries.Graduated(enrolment), now);
        }

        await db.SaveOrConflictAsync("nationalId", VocationalText.AlreadyGraduated(request.GraduatedOn!.Value), cancellationToken);
        await db.Entry(enrolment).Collection(e => e.Changes).LoadAsync(cancellationToken);
        return EnrolmentResponse.Of(enrolment, caller);
    }
}
