using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListTeachers;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.HireTeacher;

internal sealed class HireTeacherHandler(TeacherSupportDbContext db, IMediator mediator, ICallerContext caller, TeacherEnrolment enrolment, CountyClock county)
    : IRequestHandler<HireTeacherCommand, HireResponse>
{
    public async Task<HireResponse> Handle(HireTeacherCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.FindCampaignAsync(request.CampaignCode, cancellationToken);
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        var staffing = request.Staffing is { Length: > 0 } s ? EnumCodes.Parse<Staffing>(s) : Staffing.Established;
        var teacher = await enrolment.NewTeacherAsync(
            new TeacherDetails(request.NationalId!, request.Name!, request.Subject!, request.Title, request.HiredOn!.Value, staffing, request.SpecialPost ?? false),
            school,
            cancellationToken);
        var hire = campaign.Hire(teacher);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            // Another hire took the same seat meanwhile, or the same teacher was added: say which.
            var nationalId = teacher.NationalId;
            db.ChangeTracker.Clear();
            if (await db.Teachers.AnyAsync(t => t.NationalId == nationalId, cancellationToken))
            {
                throw new ConflictException("nationalId", TeacherText.TeacherExists());
            }

            throw new ConflictException("schoolCode", TeacherText.PostsFilled(school.Code, campaign.Posts.First(p => p.Id == hire.PostId).Count));
        }

        return new HireResponse(campaign.Code, hire.Seat, hire.Rural, TeacherResponse.Of(teacher, county.Today, caller));
    }
}
