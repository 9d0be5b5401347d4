using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.Enrol;

/// <summary>
/// Enrols by the rules on <see cref="Enrolment"/> (and <see cref="OrderClass.Take"/> when a class is named); the enrolment
/// (and the placement) go to the student file through the outbox in the same transaction.
/// </summary>
internal sealed class EnrolHandler(VocationalDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<EnrolCommand, EnrolmentResponse>
{
    public async Task<EnrolmentResponse> Handle(EnrolCommand request, CancellationToken cancellationToken)
    {
        var specialty = await db.RequireSpecialtyAsync("specialtyCode", request.SpecialtyCode!, caller.Scope, cancellationToken);
        var orderClass = VocationalInput.Trimmed(request.OrderClassCode) is { } code
            ? await db.RequireOrderClassAsync("orderClassCode", code, caller.Scope, cancellationToken)
            : null;
        var student = await mediator.RequireStudentAsync("nationalId", VocationalInput.Normalised(request.NationalId!), cancellationToken);
        if (await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.ActiveStudentId == student.StudentId, cancellationToken) is { } active)
        {
            throw Refusals.Conflict("nationalId", VocationalText.AlreadyEnrolled(active.SpecialtyCode));
        }

        var now = time.GetUtcNow();
        var enrolment = Enrolment.Enrol(TimeOrderedId.Next(now), student, specialty, request.EnrolledOn!.Value, now, county.Today);
        db.Enrolments.Add(enrolment);
        db.AddToOutbox(StudentFileEntries.Enrolled(enrolment, specialty), now);
        if (orderClass is not null)
        {
            orderClass.Take(enrolment);
            db.AddToOutbox(StudentFileEntries.Placed(enrolment, orderClass, enrolment.EnrolledOn), now);
        }

        await db.SaveOrConflictAsync("nationalId", VocationalText.AlreadyEnrolled(specialty.Code), cancellationToken);
        return EnrolmentResponse.Of(enrolment, caller);
    }
}
