using EduRelief.BuildingBlocks.Periods;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.CertifyTrainee;

internal sealed class CertifyTraineeHandler(VocationalDbContext db, ICallerContext caller, CountyClock county, PeriodGuard periods) : IRequestHandler<CertifyTraineeCommand, TraineeResponse>
{
    public async Task<TraineeResponse> Handle(CertifyTraineeCommand request, CancellationToken cancellationToken)
    {
        var course = await db.CourseAsync(request.CourseCode, caller.Scope, cancellationToken);
        await periods.EnsureOpenAsync("courseCode", course.StartsOn, cancellationToken);
        var nationalId = VocationalInput.Normalised(request.NationalId);
        var trainee = await db.AdultTrainees.FirstOrDefaultAsync(t => t.CourseId == course.Id && t.NationalId == nationalId, cancellationToken)
            ?? throw new NotFoundException("AdultTrainee", $"{course.Code}/{SharedKernel.Primitives.NationalId.Mask(nationalId)}");
        trainee.Certify(request.Certificate!.Trim(), course, county.Today);
        await db.SaveOrConflictAsync("certificate", VocationalText.TraineeExists(course.Code), cancellationToken);
        return TraineeResponse.Of(trainee, caller);
    }
}
