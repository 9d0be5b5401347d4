using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.OpenAdultCourse;

internal sealed class OpenAdultCourseHandler(VocationalDbContext db, IMediator mediator, ICallerContext caller, TimeProvider time)
    : IRequestHandler<OpenAdultCourseCommand, AdultCourseResponse>
{
    public async Task<AdultCourseResponse> Handle(OpenAdultCourseCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        var township = request.TownshipCode!.Trim();
        await mediator.RequireTownshipAsync("townshipCode", township, cancellationToken);
        var course = new AdultCourse
        {
            Id = TimeOrderedId.Next(time.GetUtcNow()), Code = code, Name = request.Name!.Trim(), TownshipCode = township, Trade = request.Trade!.Trim(),
            StartsOn = request.StartsOn!.Value, EndsOn = request.EndsOn!.Value,
        }.EnsureInScope(caller.Scope);
        db.AdultCourses.Add(course);
        await db.SaveOrConflictAsync("code", VocationalText.CodeTaken(code), cancellationToken);
        return AdultCourseResponse.Of(course, 0, 0);
    }
}
