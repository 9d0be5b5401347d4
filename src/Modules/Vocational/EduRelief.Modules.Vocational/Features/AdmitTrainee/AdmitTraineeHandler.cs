using EduRelief.BuildingBlocks.Periods;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.AdmitTrainee;

internal sealed class AdmitTraineeHandler(VocationalDbContext db, ICallerContext caller, CountyClock county, TimeProvider time, PeriodGuard periods) : IRequestHandler<AdmitTraineeCommand, TraineeResponse>
{
    public async Task<TraineeResponse> Handle(AdmitTraineeCommand request, CancellationToken cancellationToken)
    {
        var course = await db.CourseAsync(request.CourseCode, caller.Scope, cancellationToken);
        await periods.EnsureOpenAsync("courseCode", course.StartsOn, cancellationToken);
        var trainee = course.Admit(
            TimeOrderedId.Next(time.GetUtcNow()), VocationalInput.Normalised(request.NationalId!), request.Name!.Trim(), VocationalInput.Trimmed(request.Certificate), county.Today);
        db.AdultTrainees.Add(trainee);
        await db.SaveOrConflictAsync("nationalId", VocationalText.TraineeExists(course.Code), cancellationToken);
        return TraineeResponse.Of(trainee, caller);
    }
}
