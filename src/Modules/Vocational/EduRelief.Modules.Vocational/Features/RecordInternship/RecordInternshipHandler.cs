using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.RecordInternship;

internal sealed class RecordInternshipHandler(VocationalDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<RecordInternshipCommand, InternshipResponse>
{
    public async Task<InternshipResponse> Handle(RecordInternshipCommand request, CancellationToken cancellationToken)
    {
        var enrolment = await db.LatestAsync(VocationalInput.Normalised(request.NationalId!), caller.Scope, cancellationToken);
        var now = time.GetUtcNow();
        var internship = enrolment.Intern(TimeOrderedId.Next(now), request.Base!.Trim(), request.StartsOn!.Value, request.EndsOn!.Value);
        db.Internships.Add(internship);
        db.AddToOutbox(StudentFileEntries.Interned(internship), now);
        await db.SaveChangesAsync(cancellationToken);
        return InternshipResponse.Of(internship, caller);
    }
}
